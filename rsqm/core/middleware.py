"""Middleware of the core: the health check and cache headers for signed-in pages."""

from __future__ import annotations

from django.db import connection
from django.http import HttpResponse


class HealthCheckMiddleware:
    """Answer ``/healthz`` before host checks, sessions, login or MFA get involved.

    200 when the database answers a query, 503 when it does not. It sits right after
    SecurityMiddleware (whose SSL redirect exempts it) so that a load balancer probing by IP
    address is not refused for its Host header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
                    cursor.fetchone()
            except Exception:  # noqa: BLE001 - any failure means "not healthy"
                return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
            return HttpResponse("ok\n", content_type="text/plain")
        return self.get_response(request)


class NoStoreForSignedInMiddleware:
    """``Cache-Control: no-store`` on every response to a signed-in user, and on account pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.path.startswith("/accounts/"):
            response["Cache-Control"] = "no-store"
        return response
