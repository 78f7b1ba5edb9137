"""Failed-login throttling by django-axes, locked on the pair (account, client address)."""

from __future__ import annotations

from django.shortcuts import render


def username_from_request(request, credentials):
    """allauth posts ``login`` but passes ``email`` in the credentials."""
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username") or credentials.get("login")
    if value is None and request is not None:
        value = request.POST.get("login")
    return (value or "").strip().lower()


def lockout_response(request, response=None, credentials=None, *args, **kwargs):
    return render(request, "accounts/locked_out.html", status=429)
