"""Pages of the core: home, the signed-in dashboard, the footer's pages and the error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from rsqm.core.access import lacks_for_confidential


def home(request):
    return render(request, "core/home.html")


@login_required
def dashboard(request):
    user = request.user
    memberships = list(user.org_memberships.select_related("organisation").order_by("organisation__legal_name"))
    missing = lacks_for_confidential(user) if (user.is_staff or user.is_assessor) else []
    return render(request, "core/dashboard.html", {"memberships": memberships, "missing_checks": missing})


def privacy(request):
    return render(request, "core/privacy.html")


def accessibility(request):
    return render(request, "core/accessibility.html")


def forbidden(request, exception=None):
    return render(request, "errors/403.html", status=403)


def not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # No context processors may run here: the error may have come from one of them.
    from django.http import HttpResponseServerError
    from django.template import loader

    return HttpResponseServerError(loader.get_template("errors/500.html").render())
