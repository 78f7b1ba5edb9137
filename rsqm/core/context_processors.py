from django.conf import settings


def site(request):
    return {
        "DEMO_MODE": settings.DEMO,
        "SESSION_IDLE_SECONDS": settings.SESSION_IDLE_SECONDS,
        "SESSION_WARNING_SECONDS": settings.SESSION_WARNING_SECONDS,
    }


def navigation(request):
    """The navigation for the signed-in user's roles; each app adds its own entries here."""
    from django.urls import reverse

    user = getattr(request, "user", None)
    # The public register is the scheme's public face: everyone has it first.
    items: list[tuple[str, str]] = [("Register", reverse("register_search"))]
    signed_in = user is not None and user.is_authenticated
    if signed_in:
        items.append(("Dashboard", reverse("dashboard")))
        if user.org_memberships.exists():
            items.append(("Your organisations", reverse("organisation_list")))
        if user.is_staff and user.is_active:
            items.append(("Organisations", reverse("staff_organisations")))
            items.append(("Healthchecks", reverse("staff_healthchecks")
                          if user.has_perm("accounts.duty_case_officer") else reverse("staff_healthcheck_weakest")))
            items.append(("Standards", reverse("staff_frameworks")))
            items.append(("Users", reverse("staff_users")))
            items.append(("Audit log", reverse("staff_audit")))
            items.append(("Outbox", reverse("staff_outbox")))
            if user.has_perm("accounts.duty_registrar"):
                items.append(("Awards", reverse("staff_award_list")))
    if not signed_in or not (user.is_staff or getattr(user, "is_assessor", False)):
        items.append(("Healthcheck", reverse("healthcheck_home")))
    path = request.path
    dashboard = reverse("dashboard")
    return {
        "nav_items": [
            {"label": label, "url": url,
             "active": path == url or (url != dashboard and path.startswith(url))}
            for label, url in items
        ]
    }
