"""Pages of accounts: the session keepalive and the staff pages about users.

Views are thin: parse the request, check access, call one service or selector, render.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from rsqm.accounts import selectors, services
from rsqm.accounts.access import get_conflict_for, get_user_for
from rsqm.accounts.forms import (
    AssessorProfileForm,
    ConfidentialityForm,
    ConflictEndForm,
    ConflictForm,
    DutiesForm,
    UnlockForm,
    UserCreateForm,
    UserDetailsForm,
    UserFilterForm,
    uk_date,
)
from rsqm.accounts.middleware import KEEPALIVE_URL_NAME, is_ajax
from rsqm.accounts.models import Duty
from rsqm.accounts.preservation import preserved_initial
from rsqm.accounts.services import ASSESSOR_MANAGERS, USER_MANAGERS, Role, may
from rsqm.accounts.throttle import current_lockouts, unlocks_at
from rsqm.core import clock
from rsqm.core import selectors as core_selectors
from rsqm.core.access import any_duty_required, staff_required
from rsqm.core.csvexport import csv_response

PAGE_SIZE = 50


# --- Session keepalive ----------------------------------------------------------------------

@require_POST
def session_keepalive(request):
    """"Stay signed in": the timeout middleware has already counted this request as activity.

    Scripted requests get 204 (401 once signed out); a plain form post goes back to the page it
    came from when that page is on this site, else to the dashboard.
    """
    if not request.user.is_authenticated:
        if is_ajax(request):
            return HttpResponse(status=401)
        return redirect_to_login(reverse("dashboard"))
    if is_ajax(request):
        return HttpResponse(status=204)
    return HttpResponseRedirect(_same_site_referer(request) or reverse("dashboard"))


def _same_site_referer(request) -> str | None:
    referer = request.headers.get("Referer", "")
    if not referer or not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    parts = urlsplit(referer)
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//") or path == reverse(KEEPALIVE_URL_NAME):
        return None
    return path + (f"?{parts.query}" if parts.query else "")


# --- Helpers ---------------------------------------------------------------------------------

def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _detail(user):
    return redirect("staff_user_detail", pk=user.pk)


def _permissions(viewer) -> dict[str, bool]:
    return {
        "can_manage_users": may(viewer, *USER_MANAGERS),
        "can_manage_assessors": may(viewer, *ASSESSOR_MANAGERS),
        "can_change_duties": may(viewer, Duty.ADMINISTRATOR),
    }


# --- The list ---------------------------------------------------------------------------------

@staff_required()
def user_list(request):
    form = UserFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    users = selectors.users_queryset(
        role=filters.get("role", ""), q=filters.get("q", ""), active=filters.get("active", "")
    )
    only_missing = filters.get("checks") == "missing"
    if only_missing:
        users = users.filter(Q(is_staff=True) | Q(assessor_profile__isnull=False))
    if request.GET.get("format") == "csv":
        rows = [r for r in selectors.user_rows(users) if r.missing or not only_missing]
        return csv_response(
            "users.csv",
            ["id", "name", "email", "active", "roles", "duties", "missing for confidential access",
             "DBS recheck due", "authenticator app", "locked out"],
            (
                [r.user.pk, r.user.full_name, r.user.email, "yes" if r.user.is_active else "no",
                 "; ".join(r.roles), "; ".join(r.duties), "; ".join(r.missing),
                 r.dbs_due.isoformat() if r.dbs_due else "", "yes" if r.has_totp else "no",
                 "yes" if r.locked_out else "no"]
                for r in rows
            ),
        )
    if only_missing:
        rows = [r for r in selectors.user_rows(users) if r.missing]
        page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    else:
        page = Paginator(users, PAGE_SIZE).get_page(request.GET.get("page"))
        page.object_list = selectors.user_rows(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    return render(request, "accounts/staff/user_list.html", {
        "form": form, "page": page, "query": query.urlencode(), **_permissions(request.user),
    })


@staff_required()
def user_detail(request, pk):
    user = get_user_for(request.user, pk)
    row = selectors.user_rows([user])[0]
    profile = getattr(user, "assessor_profile", None)
    conflicts = list(profile.conflicts.select_related("organisation")) if profile else []
    return render(request, "accounts/staff/user_detail.html", {
        "subject": user,
        "row": row,
        "profile": profile,
        "conflicts": conflicts,
        "fitness": selectors.assessor_fitness(user) if profile else [],
        "lockouts": [(a, unlocks_at(a)) for a in selectors.lockouts_of(user.email)],
        "events": list(core_selectors.audit_events(object_type="accounts.user", object_id=str(user.pk))[:10]),
        "is_self": user.pk == request.user.pk,
        **_permissions(request.user),
    })


# --- Creating ---------------------------------------------------------------------------------

@any_duty_required(*ASSESSOR_MANAGERS)
def user_create(request):
    roles = [Role.STAFF, Role.ASSESSOR] if may(request.user, *USER_MANAGERS) else [Role.ASSESSOR]
    form = UserCreateForm(request.POST or None, roles=roles, initial=preserved_initial(
        request, UserCreateForm, {"role": roles[0]} if len(roles) == 1 else None))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.user_create(
                email=data["email"], full_name=data["full_name"], role=data["role"],
                duties=data.get("duties") or [], by=request.user, request=request,
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"Account created. We have emailed {user.email} a link to set a password.")
            return _detail(user)
    return render(request, "accounts/staff/user_create.html", {"form": form})


@any_duty_required(*ASSESSOR_MANAGERS)
def user_invitation_resend(request, pk):
    user = get_user_for(request.user, pk)
    if request.method == "POST":
        try:
            services.user_invitation_resend(user=user, by=request.user, request=request)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"We have emailed {user.email} a new link to set a password.")
        return _detail(user)
    return render(request, "accounts/staff/confirm.html", {
        "subject": user,
        "title": f"Send {user} a new link to set a password?",
        "body": "The link in the email they already have will stop working once they use the new one.",
        "button": "Send the link",
        "warning": False,
    })


# --- Changing -------------------------------------------------------------------------------

@staff_required(Duty.ADMINISTRATOR)
def user_edit(request, pk):
    user = get_user_for(request.user, pk)
    form = UserDetailsForm(request.POST or None,
                           initial=preserved_initial(request, UserDetailsForm, {"full_name": user.full_name}))
    if request.method == "POST" and form.is_valid():
        services.user_details_update(user=user, full_name=form.cleaned_data["full_name"],
                                     by=request.user, request=request)
        messages.success(request, "Name changed.")
        return _detail(user)
    return render(request, "accounts/staff/user_form.html", {
        "subject": user, "form": form, "title": f"Change the name of {user}", "button": "Save",
    })


@staff_required(Duty.ADMINISTRATOR)
def user_duties(request, pk):
    user = get_user_for(request.user, pk)
    if not user.is_staff:
        messages.error(request, "Only members of staff have duties.")
        return _detail(user)
    form = DutiesForm(request.POST or None, initial=preserved_initial(
        request, DutiesForm, {"duties": [d.value for d in services.duties_of(user)]}))
    if request.method == "POST" and form.is_valid():
        try:
            services.user_duties_set(user=user, duties=form.cleaned_data["duties"], by=request.user, request=request)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Duties changed.")
            return _detail(user)
    return render(request, "accounts/staff/user_form.html", {
        "subject": user, "form": form, "title": f"Duties of {user}", "button": "Save duties",
    })


@any_duty_required(*ASSESSOR_MANAGERS)
def user_confidentiality(request, pk):
    user = get_user_for(request.user, pk)
    if not (user.is_staff or user.is_assessor):
        messages.error(request, "Only staff and assessors sign the confidentiality statement.")
        return _detail(user)
    form = ConfidentialityForm(request.POST or None, initial=preserved_initial(
        request, ConfidentialityForm, {"signed_on": uk_date(user.confidentiality_signed_on)}))
    if request.method == "POST" and form.is_valid():
        try:
            services.user_confidentiality_set(user=user, signed_on=form.cleaned_data["signed_on"],
                                              by=request.user, request=request)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Confidentiality statement date saved.")
            return _detail(user)
    return render(request, "accounts/staff/user_form.html", {
        "subject": user, "form": form, "title": f"Confidentiality statement of {user}", "button": "Save",
        "intro": "Staff and assessors see no organisation's confidential pages until the office has "
                 "recorded that they signed the confidentiality statement.",
    })


@any_duty_required(*ASSESSOR_MANAGERS)
def user_assessor_profile(request, pk):
    user = get_user_for(request.user, pk)
    profile = getattr(user, "assessor_profile", None)
    if profile is None:
        messages.error(request, "This person is not an assessor.")
        return _detail(user)
    form = AssessorProfileForm(request.POST or None, initial=preserved_initial(request, AssessorProfileForm, {
        "training_completed_on": uk_date(profile.training_completed_on),
        "dbs_checked_on": uk_date(profile.dbs_checked_on),
        "dbs_level": profile.dbs_level,
        "dbs_reference": profile.dbs_reference,
    }))
    if request.method == "POST" and form.is_valid():
        try:
            services.assessor_profile_update(user=user, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Assessor checks saved.")
            return _detail(user)
    return render(request, "accounts/staff/user_form.html", {
        "subject": user, "form": form, "title": f"Assessor checks of {user}", "button": "Save",
        "intro": "Record the date, level and certificate number of the DBS check only. "
                 "Never record anything the disclosure says.",
    })


@any_duty_required(*ASSESSOR_MANAGERS)
def conflict_add(request, pk):
    user = get_user_for(request.user, pk)
    if not user.is_assessor:
        messages.error(request, "Only assessors declare conflicts of interest.")
        return _detail(user)
    form = ConflictForm(request.POST or None,
                        initial=preserved_initial(request, ConflictForm, {"declared_on": uk_date(clock.today())}))
    if request.method == "POST" and form.is_valid():
        try:
            services.conflict_declare(user=user, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Conflict of interest recorded.")
            return _detail(user)
    return render(request, "accounts/staff/user_form.html", {
        "subject": user, "form": form, "title": f"Record a conflict of interest of {user}", "button": "Record it",
        "intro": "An assessor is never assigned to an organisation they have an open conflict with.",
    })


@any_duty_required(*ASSESSOR_MANAGERS)
def conflict_end(request, pk, conflict_pk):
    user = get_user_for(request.user, pk)
    conflict = get_conflict_for(request.user, user, conflict_pk)
    form = ConflictEndForm(request.POST or None,
                           initial=preserved_initial(request, ConflictEndForm, {"ended_on": uk_date(clock.today())}))
    if request.method == "POST" and form.is_valid():
        try:
            services.conflict_end(conflict=conflict, ended_on=form.cleaned_data["ended_on"],
                                  by=request.user, request=request)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"The conflict with {conflict.organisation} has ended.")
            return _detail(user)
    return render(request, "accounts/staff/conflict_end.html", {"subject": user, "conflict": conflict, "form": form})


# --- Access: deactivate, reactivate, MFA reset, unlock --------------------------------------

def _confirmed_action(request, user, *, action, done, title, body, button, warning=True):
    if request.method == "POST":
        try:
            action(user=user, by=request.user, request=request)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, done)
        return _detail(user)
    return render(request, "accounts/staff/confirm.html", {
        "subject": user, "title": title, "body": body, "button": button, "warning": warning,
    })


@staff_required(Duty.ADMINISTRATOR)
def user_deactivate(request, pk):
    user = get_user_for(request.user, pk)
    return _confirmed_action(
        request, user, action=services.user_deactivate,
        done=f"{user} can no longer sign in. Any session they had has ended.",
        title=f"Deactivate the account of {user}?",
        body="They will be signed out at once and cannot sign in until the account is reactivated. "
             "Nothing they did is deleted.",
        button="Deactivate account",
    )


@staff_required(Duty.ADMINISTRATOR)
def user_reactivate(request, pk):
    user = get_user_for(request.user, pk)
    return _confirmed_action(
        request, user, action=services.user_reactivate,
        done=f"{user} can sign in again.",
        title=f"Reactivate the account of {user}?",
        body="They will be able to sign in again with their password and, for staff and assessors, "
             "their authenticator app.",
        button="Reactivate account",
        warning=False,
    )


@staff_required(Duty.ADMINISTRATOR)
def user_mfa_reset(request, pk):
    user = get_user_for(request.user, pk)
    return _confirmed_action(
        request, user, action=services.user_mfa_reset,
        done=f"Two-factor authentication of {user} has been reset. We have emailed them.",
        title=f"Reset two-factor authentication of {user}?",
        body="Their authenticator app and recovery codes stop working and any session they have ends. "
             "Staff and assessors must set up an authenticator app again when they next sign in. "
             "Only do this once you are sure who asked.",
        button="Reset two-factor authentication",
    )


@staff_required(Duty.ADMINISTRATOR)
def lockout_list(request):
    rows = [(a, unlocks_at(a)) for a in current_lockouts()]
    return render(request, "accounts/staff/lockouts.html", {"rows": rows})


@require_POST
@staff_required(Duty.ADMINISTRATOR)
def lockout_unlock(request):
    form = UnlockForm(request.POST)
    if form.is_valid():
        email = form.cleaned_data["email"]
        services.user_unlock(email=email, by=request.user, request=request)
        messages.success(request, f"{email} can try to sign in again from any address.")
    else:
        messages.error(request, "Choose an account to unlock.")
    back = request.POST.get("back", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(back)
    return redirect("staff_lockouts")
