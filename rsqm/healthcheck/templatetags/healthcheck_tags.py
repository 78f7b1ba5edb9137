"""Template tags that put the healthcheck on pages of other apps (the dashboard)."""

from __future__ import annotations

from django import template

from rsqm.core import clock
from rsqm.healthcheck import access, selectors

register = template.Library()


@register.simple_tag
def healthcheck_dashboard(user) -> dict:
    """For an organisation user: each organisation's readiness to apply (APP-HEALTHCHECK), its
    latest report and any healthcheck in progress; and the user's own healthchecks not yet for
    an organisation."""
    if not access.may_hold(user):
        return {"shown": False}
    today = clock.today()
    rows = []
    for organisation in access.organisations_of(user):
        rows.append({
            "organisation": organisation,
            "gate": selectors.application_gate(organisation, on=today),
            "latest": selectors.latest_completed(organisation=organisation),
            "in_progress": selectors.in_progress_for(organisation=organisation),
        })
    unlinked = [h for h in selectors.healthchecks_of_user(user) if h.organisation_id is None]
    return {"shown": bool(rows or unlinked), "organisations": rows, "unlinked": unlinked}
