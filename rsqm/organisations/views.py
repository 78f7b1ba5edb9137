"""Pages for organisations, their services and users, and the staff pages that verify them.

Each view parses the request, calls one access helper, then a service or a selector, and renders.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from rsqm.core import clock
from rsqm.organisations import access, selectors, services
from rsqm.organisations.forms import (
    ContactConsentForm,
    InvitationForm,
    OpenDataConsentForm,
    OrganisationDetailsForm,
    RejectForm,
    RoleForm,
    ServiceForm,
    StatusFilterForm,
)
from rsqm.organisations.models import MembershipRole, OrganisationStatus

STAFF_PAGE_SIZE = 50


def _add_errors(form, error: ValidationError) -> None:
    """Put a service's ``ValidationError`` on the form: by field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


# --- The user's organisations -----------------------------------------------------------------


@login_required
def organisation_list(request):
    memberships = list(selectors.memberships_of(request.user))
    return render(request, "organisations/organisation_list.html", {
        "memberships": memberships,
        "may_join": access.may_join(request.user),
    })


@login_required
def organisation_detail(request, pk):
    organisation = access.get_organisation_for(request.user, pk)
    return render(request, "organisations/organisation_detail.html", {
        "organisation": organisation,
        "is_admin": organisation.viewer_role == MembershipRole.ADMIN,
        "services": list(selectors.services_of(organisation)),
        "members": list(selectors.members_of(organisation)),
    })


# --- Asking to join (and asking again) --------------------------------------------------------
# Two steps: the question page keeps the answers in the session, the check-your-answers page
# shows them with links to change each one, and sends the request when confirmed.


def _draft_key(organisation_id=None) -> str:
    return f"organisation_request:{organisation_id or 'new'}"


def _details_step(request, *, organisation=None):
    key = _draft_key(organisation.pk if organisation else None)
    check_url = (reverse("organisation_ask_again_check", args=[organisation.pk]) if organisation
                 else reverse("organisation_join_check"))
    if request.method == "POST":
        form = OrganisationDetailsForm(request.POST)
        if form.is_valid():
            request.session[key] = form.cleaned_data
            return redirect(check_url)
    else:
        initial = request.session.get(key)
        if initial is None and organisation is not None:
            initial = {name: getattr(organisation, name) for name in services.ORGANISATION_DETAIL_FIELDS}
        form = OrganisationDetailsForm(initial=initial)
    return render(request, "organisations/organisation_join.html", {"form": form, "organisation": organisation})


def _check_step(request, *, organisation=None):
    key = _draft_key(organisation.pk if organisation else None)
    form_url = (reverse("organisation_ask_again", args=[organisation.pk]) if organisation
                else reverse("organisation_join"))
    draft = request.session.get(key)
    if draft is None:
        return redirect(form_url)
    form = OrganisationDetailsForm(draft)
    if not form.is_valid():
        return render(request, "organisations/organisation_join.html", {"form": form, "organisation": organisation})
    if request.method == "POST":
        try:
            if organisation is None:
                organisation = services.organisation_request(details=form.cleaned_data, by=request.user,
                                                             request=request)
                messages.success(request, "Your request has been sent. We have emailed you to confirm it.")
            else:
                services.organisation_resubmit(organisation=organisation, details=form.cleaned_data,
                                               by=request.user, request=request)
                messages.success(request, "You have asked again. We have emailed you to confirm it.")
        except ValidationError as error:
            _add_errors(form, error)
            return render(request, "organisations/organisation_join.html",
                          {"form": form, "organisation": organisation})
        except services.TransitionNotAllowed as error:
            messages.error(request, str(error))
        request.session.pop(key, None)
        return redirect("organisation_detail", pk=organisation.pk)
    return render(request, "organisations/organisation_join_check.html", {
        "answers": form.answers(), "form_url": form_url, "organisation": organisation,
    })


def _joiner(request):
    if not access.may_join(request.user):
        raise PermissionDenied


@login_required
def organisation_join(request):
    _joiner(request)
    return _details_step(request)


@login_required
def organisation_join_check(request):
    _joiner(request)
    return _check_step(request)


def _rejected_for_admin(request, pk):
    organisation = access.get_organisation_for(request.user, pk, write=True)
    if OrganisationStatus.PENDING not in services.available_statuses(organisation):
        messages.info(request, "Only an organisation that was not verified can ask again.")
        return organisation, redirect("organisation_detail", pk=organisation.pk)
    return organisation, None


@login_required
def organisation_ask_again(request, pk):
    organisation, stop = _rejected_for_admin(request, pk)
    return stop or _details_step(request, organisation=organisation)


@login_required
def organisation_ask_again_check(request, pk):
    organisation, stop = _rejected_for_admin(request, pk)
    return stop or _check_step(request, organisation=organisation)


# --- Services ---------------------------------------------------------------------------------


@login_required
def service_create(request, pk):
    organisation = access.get_organisation_for(request.user, pk, write=True)
    choices = selectors.parent_choices(organisation)
    if request.method == "POST":
        form = ServiceForm(request.POST, parent_choices=choices)
        if form.is_valid():
            try:
                service = services.service_create(organisation=organisation, by=request.user, request=request,
                                                  **form.cleaned_data)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, f"{service.listed_name} has been added.")
                return redirect("service_detail", pk=service.pk)
    else:
        form = ServiceForm(parent_choices=choices)
    return render(request, "organisations/service_form.html", {"form": form, "organisation": organisation})


@login_required
def service_detail(request, pk):
    service = access.get_service_for(request.user, pk)
    organisation = service.organisation
    service = selectors.service_detail(service)
    service.organisation = organisation
    is_admin = organisation.viewer_role == MembershipRole.ADMIN
    return render(request, "organisations/service_detail.html", {
        "service": service,
        "organisation": organisation,
        "is_admin": is_admin,
        "public_contact": selectors.public_contact(service),
        "consent_form": ContactConsentForm(initial={"consent": "yes" if service.contact_consent else "no"})
        if is_admin else None,
    })


@login_required
def service_edit(request, pk):
    service = access.get_service_for(request.user, pk, write=True)
    choices = selectors.parent_choices(service.organisation, service)
    if request.method == "POST":
        form = ServiceForm(request.POST, parent_choices=choices)
        if form.is_valid():
            try:
                services.service_update(service=service, by=request.user, request=request, **form.cleaned_data)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, "The service's details have been saved.")
                return redirect("service_detail", pk=service.pk)
    else:
        form = ServiceForm(initial=ServiceForm.initial_for(service), parent_choices=choices)
    return render(request, "organisations/service_form.html",
                  {"form": form, "organisation": service.organisation, "service": service})


@login_required
def service_contact_consent(request, pk):
    service = access.get_service_for(request.user, pk, write=True)
    open_data_form = OpenDataConsentForm(initial={"open_data": "yes" if service.open_data_consent else "no"})
    if request.method == "POST" and request.POST.get("which") == "open_data":
        open_data_form = OpenDataConsentForm(request.POST)
        if open_data_form.is_valid():
            consent = open_data_form.cleaned_data["open_data"]
            changed = services.service_open_data_consent_set(service=service, consent=consent, by=request.user,
                                                             request=request)
            if changed:
                messages.success(request, "The service's contact details will be included in the register's open "
                                          "data." if consent else "The service's contact details are no longer "
                                          "included in the register's open data.")
            return redirect("service_detail", pk=service.pk)
        form = ContactConsentForm(initial={"consent": "yes" if service.contact_consent else "no"})
    elif request.method == "POST":
        form = ContactConsentForm(request.POST)
        if form.is_valid():
            consent = form.cleaned_data["consent"]
            changed = services.service_contact_consent_set(service=service, consent=consent, by=request.user,
                                                           request=request)
            if changed and consent:
                messages.success(request, "The service's contact details will be shown on the public register.")
            elif changed:
                messages.success(request, "The service's contact details are no longer shown on the public "
                                          "register.")
            return redirect("service_detail", pk=service.pk)
    else:
        form = ContactConsentForm(initial={"consent": "yes" if service.contact_consent else "no"})
    return render(request, "organisations/service_consent.html", {
        "form": form, "open_data_form": open_data_form, "service": service, "organisation": service.organisation,
    })


# --- Users and invitations --------------------------------------------------------------------


@login_required
def organisation_users(request, pk):
    organisation = access.get_organisation_for(request.user, pk)
    is_admin = organisation.viewer_role == MembershipRole.ADMIN
    return render(request, "organisations/organisation_users.html", {
        "organisation": organisation,
        "is_admin": is_admin,
        "members": list(selectors.members_of(organisation)),
        "invitations": list(selectors.open_invitations(organisation, at=clock.now())) if is_admin else [],
    })


@login_required
def organisation_invite(request, pk):
    organisation = access.get_organisation_for(request.user, pk, write=True)
    if request.method == "POST":
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                invitation, _token = services.invitation_create(
                    organisation=organisation, email=form.cleaned_data["email"], role=form.cleaned_data["role"],
                    by=request.user, request=request,
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, f"We have emailed an invitation to {invitation.email}.")
                return redirect("organisation_users", pk=organisation.pk)
    else:
        form = InvitationForm(initial={"role": MembershipRole.CONTRIBUTOR})
    return render(request, "organisations/organisation_invite.html", {"form": form, "organisation": organisation})


@login_required
@require_POST
def invitation_revoke(request, pk, invitation_pk):
    organisation = access.get_organisation_for(request.user, pk, write=True)
    invitation = get_object_or_404(organisation.invitations, pk=invitation_pk)
    if services.invitation_revoke(invitation=invitation, by=request.user, request=request):
        messages.success(request, f"The invitation to {invitation.email} has been cancelled.")
    return redirect("organisation_users", pk=organisation.pk)


def _membership(request, pk, membership_pk):
    organisation = access.get_organisation_for(request.user, pk, write=True)
    membership = get_object_or_404(organisation.memberships.select_related("user"), pk=membership_pk)
    membership.organisation = organisation
    return organisation, membership


@login_required
def membership_role(request, pk, membership_pk):
    organisation, membership = _membership(request, pk, membership_pk)
    if request.method == "POST":
        form = RoleForm(request.POST)
        if form.is_valid():
            try:
                services.membership_role_set(membership=membership, role=form.cleaned_data["role"],
                                             by=request.user, request=request)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, f"{membership.user} is now {membership.get_role_display().lower()}.")
                return redirect("organisation_users", pk=organisation.pk)
    else:
        form = RoleForm(initial={"role": membership.role})
    return render(request, "organisations/membership_role.html",
                  {"form": form, "organisation": organisation, "membership": membership})


@login_required
def membership_remove(request, pk, membership_pk):
    organisation, membership = _membership(request, pk, membership_pk)
    problem = None
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership, by=request.user, request=request)
        except ValidationError as error:
            problem = " ".join(error.messages)
        else:
            if membership.user_id == request.user.pk:
                messages.success(request, f"You are no longer a user of {organisation}.")
                return redirect("organisation_list")
            messages.success(request, f"{membership.user} has been removed from {organisation}.")
            return redirect("organisation_users", pk=organisation.pk)
    return render(request, "organisations/membership_remove.html",
                  {"organisation": organisation, "membership": membership, "problem": problem})


def invitation_accept(request, token):
    """The link in an invitation email. Anyone holding the link may see whom it is from; only
    the person it was sent to, signed in, may accept it."""
    invitation = selectors.invitation_by_token(token)
    if invitation is None:
        raise Http404
    context = {"invitation": invitation, "organisation": invitation.organisation, "token": token}
    at = clock.now()
    try:
        services.check_invitation(invitation, request.user, at=at)
    except services.InvitationRefused as refusal:
        status = 403 if refusal.code in {"wrong_user", "staff"} else 410
        return render(request, "organisations/invitation_refused.html",
                      {**context, "problem": str(refusal), "code": refusal.code}, status=status)
    if not request.user.is_authenticated:
        here = request.get_full_path()
        return render(request, "organisations/invitation_accept.html", {
            **context,
            "sign_in_url": f"{reverse('account_login')}?{urlencode({'next': here})}",
            "sign_up_url": f"{reverse('account_signup')}?{urlencode({'next': here})}",
        })
    if request.method == "POST":
        try:
            services.invitation_accept(invitation=invitation, by=request.user, request=request)
        except services.InvitationRefused as refusal:
            return render(request, "organisations/invitation_refused.html",
                          {**context, "problem": str(refusal), "code": refusal.code}, status=403)
        messages.success(request, f"You are now a user of {invitation.organisation}.")
        return redirect("organisation_detail", pk=invitation.organisation_id)
    return render(request, "organisations/invitation_accept.html", context)


# --- Staff: verifying organisations -----------------------------------------------------------


@access.organisation_decider_required
def staff_organisations(request):
    form = StatusFilterForm(request.GET or None)
    status = form.cleaned_data["status"] if form.is_bound and form.is_valid() else ""
    page = Paginator(selectors.staff_organisation_list(status=status or None), STAFF_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "organisations/staff_organisation_list.html", {
        "form": form if form.is_bound else StatusFilterForm(),
        "page": page,
        "status": status,
        "counts": selectors.status_counts(),
    })


def _staff_detail(request, organisation, *, reject_form=None):
    allowed = services.available_statuses(organisation)
    return render(request, "organisations/staff_organisation_detail.html", {
        "organisation": organisation,
        "members": list(selectors.members_of(organisation)),
        "services": list(selectors.services_of(organisation)),
        "history": list(selectors.status_history(organisation)),
        "may_verify": OrganisationStatus.VERIFIED in allowed,
        "may_reject": OrganisationStatus.REJECTED in allowed,
        "form": reject_form or RejectForm(),
    })


@access.organisation_decider_required
def staff_organisation_detail(request, pk):
    organisation = access.get_organisation_for(request.user, pk)
    return _staff_detail(request, organisation)


@access.organisation_decider_required
@require_POST
def staff_organisation_verify(request, pk):
    organisation = access.get_organisation_for(request.user, pk)
    try:
        services.organisation_verify(organisation=organisation, by=request.user, request=request)
    except services.TransitionNotAllowed as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{organisation} is verified. Its admins have been told.")
    return redirect("staff_organisation_detail", pk=organisation.pk)


@access.organisation_decider_required
@require_POST
def staff_organisation_reject(request, pk):
    organisation = access.get_organisation_for(request.user, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _staff_detail(request, organisation, reject_form=form)
    try:
        services.organisation_reject(organisation=organisation, reason=form.cleaned_data["reason"],
                                     by=request.user, request=request)
    except services.TransitionNotAllowed as error:
        messages.error(request, str(error))
    except ValidationError as error:
        _add_errors(form, error)
        return _staff_detail(request, organisation, reject_form=form)
    else:
        messages.success(request, f"{organisation} is not verified. Its admins have been told why.")
    return redirect("staff_organisation_detail", pk=organisation.pk)
