"""Signing in (or up) claims the unclaimed healthchecks this browser holds."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from rsqm.healthcheck import access, services
from rsqm.healthcheck.models import Healthcheck


@receiver(user_logged_in, dispatch_uid="rsqm_healthcheck_claim_on_sign_in")
def claim_on_sign_in(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    ids = access.session_ids(request.session)
    if not ids or not access.may_hold(user):
        return
    for healthcheck in Healthcheck.objects.filter(pk__in=ids, owner__isnull=True, organisation__isnull=True):
        services.healthcheck_claim(healthcheck=healthcheck, by=user, request=request)
    request.session[access.SESSION_KEY] = []
