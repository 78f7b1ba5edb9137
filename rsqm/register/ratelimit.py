"""A limit on how often one client address may look certificates up.

Certificate numbers are short; the limit keeps anyone from trying them in bulk while leaving a
funder checking a handful untroubled. Counts live in the shared cache (a database table), so every
web process sees the same count; a window is a fixed stretch of time. Above the limit the page
says so, with ``Retry-After``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.shortcuts import render

from rsqm.core import clock
from rsqm.core.audit import client_address


@dataclass(frozen=True)
class Limit:
    bucket: str
    requests: int
    seconds: int


#: Certificate look-ups: the check form (when a number is sent) and /verify/<number> share it.
VERIFY = Limit("verify", requests=40, seconds=300)


def _window(limit: Limit) -> tuple[int, int]:
    stamp = int(clock.now().timestamp())
    start = stamp - stamp % limit.seconds
    return start, start + limit.seconds - stamp


def hit(request, limit: Limit) -> tuple[bool, int]:
    """Count one request of this client against ``limit``: ``(allowed, seconds until the window ends)``."""
    start, remaining = _window(limit)
    address = client_address(request) or "unknown"
    key = f"ratelimit:{limit.bucket}:{address}:{start}"
    if cache.add(key, 1, timeout=limit.seconds + 5):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, timeout=limit.seconds + 5)
            count = 1
    return count <= limit.requests, remaining


def rate_limited(limit: Limit, *, when=lambda request: True):
    """Decorator: count each request for which ``when(request)`` is true; over the limit, answer 429."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if when(request):
                allowed, retry_after = hit(request, limit)
                if not allowed:
                    response = render(request, "register/too_many.html", {"retry_after": retry_after}, status=429)
                    response["Retry-After"] = str(max(retry_after, 1))
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
