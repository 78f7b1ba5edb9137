"""The registrar's award pages: the list, recording an award made before rsqm, an award's record,
starting its renewal and ending it.

Each view parses the request, checks the registrar duty, calls one service or selector, and
renders. Recording and ending go through a check-your-answers page: the answers wait in the
session until they are confirmed.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from rsqm.accounts.models import Duty
from rsqm.assessments import rules, selectors, services
from rsqm.assessments.forms import AwardFilterForm, EndAwardForm, RecordAwardForm, RenewalStartForm
from rsqm.assessments.models import Award, EndReason
from rsqm.core import clock
from rsqm.core.access import staff_required
from rsqm.core.validators import allow_for_organisation
from rsqm.organisations.models import OrganisationStatus, Service

PAGE_SIZE = 50
registrar_required = staff_required(Duty.REGISTRAR)


def _add_errors(form, error: ValidationError, *, dates: dict[str, str]) -> None:
    for field, errors in error.message_dict.items():
        field = dates.get(field, field)
        form.add_error(field if field in form.fields else None, errors)


def _award_or_404(pk) -> Award:
    try:
        return selectors.award_for_staff(pk)
    except (Award.DoesNotExist, TypeError, ValueError):
        raise Http404 from None


@registrar_required
def staff_award_list(request):
    form = AwardFilterForm(request.GET or None)
    values = form.cleaned_data if form.is_bound and form.is_valid() else {}
    awards = selectors.staff_award_list(text=values.get("text", ""), status=values.get("status", ""))
    page = Paginator(awards, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "assessments/staff/award_list.html", {
        "form": form, "page": page, "query": query.urlencode(), "today": clock.today(),
    })


# --- Recording an award made before rsqm ----------------------------------------------------

_RECORD_DRAFT = "award_record"


def _service_choices(text: str):
    qs = (Service.objects.filter(organisation__status=OrganisationStatus.VERIFIED)
          .select_related("organisation").order_by("listed_name", "pk"))
    text = (text or "").strip()
    if text:
        qs = qs.filter(Q(listed_name__icontains=text) | Q(organisation__legal_name__icontains=text))
    return qs[:50]


def _chosen_service(value) -> Service | None:
    try:
        return Service.objects.select_related("organisation").get(
            pk=int(value), organisation__status=OrganisationStatus.VERIFIED)
    except (Service.DoesNotExist, TypeError, ValueError):
        return None


@registrar_required
def staff_award_record(request):
    service = _chosen_service(request.GET.get("service") or request.POST.get("service"))
    if service is None:
        text = request.GET.get("find", "")
        return render(request, "assessments/staff/award_record_service.html", {
            "find": text[:200], "services": _service_choices(text) if text else [],
        })
    allow = lambda: allow_for_organisation(service.organisation)  # noqa: E731 - built only when needed
    if request.method == "POST":
        form = RecordAwardForm(request.POST, privacy_allow=allow)
        if form.is_valid():
            request.session[_RECORD_DRAFT] = {
                "service": service.pk, "scope": form.cleaned_data["scope"],
                "approved_on": form.cleaned_data["approved_on"].isoformat(),
                "certificate_number": form.cleaned_data["certificate_number"],
            }
            return redirect("staff_award_record_check")
    else:
        draft = request.session.get(_RECORD_DRAFT) or {}
        initial = {}
        if draft.get("service") == service.pk:
            approved = date.fromisoformat(draft["approved_on"])
            initial = {"scope": draft["scope"], "certificate_number": draft["certificate_number"],
                       "approved_day": approved.day, "approved_month": approved.month, "approved_year": approved.year}
        form = RecordAwardForm(initial=initial, privacy_allow=allow)
    return render(request, "assessments/staff/award_record.html", {
        "form": form, "service": service, "approved": form.boxes("approved"),
        "open_award": selectors.service_has_open_award(service.pk),
    })


@registrar_required
def staff_award_record_check(request):
    draft = request.session.get(_RECORD_DRAFT)
    service = _chosen_service(draft.get("service")) if draft else None
    if service is None:
        return redirect("staff_award_record")
    approved_on = date.fromisoformat(draft["approved_on"])
    form_url = reverse("staff_award_record") + f"?service={service.pk}"
    if request.method == "POST":
        try:
            award = services.award_record_existing(
                service=service, scope=draft["scope"], approved_on=approved_on,
                certificate_number=draft["certificate_number"], by=request.user, request=request)
        except ValidationError as error:
            for messages_of_field in error.message_dict.values():
                for text in messages_of_field:
                    messages.error(request, text)
            return redirect(form_url)
        request.session.pop(_RECORD_DRAFT, None)
        messages.success(request, f"The award {award.certificate_number} is recorded and listed on the register.")
        return redirect("staff_award_detail", pk=award.pk)
    renewal_on = rules.renewal_date(approved_on)
    return render(request, "assessments/staff/award_record_check.html", {
        "service": service, "draft": draft, "approved_on": approved_on, "renewal_on": renewal_on,
        "last_day": rules.last_day_held_without_renewal(renewal_on), "form_url": form_url,
    })


# --- One award ------------------------------------------------------------------------------


@registrar_required
def staff_award_detail(request, pk):
    award = _award_or_404(pk)
    today = clock.today()
    facts = selectors.award_facts(award)
    return render(request, "assessments/staff/award_detail.html", {
        "award": award,
        "standing": rules.award_standing_on(facts, today, today=today),
        "available": services.available_statuses(award),
        "today": today,
        "listing": getattr(award.service, "listing", None),
    })


@registrar_required
def staff_award_renewal(request, pk):
    award = _award_or_404(pk)
    if "renewal_in_progress" not in services.available_statuses(award):
        messages.info(request, "A renewal can be recorded only for an award that is current.")
        return redirect("staff_award_detail", pk=award.pk)
    if request.method == "POST":
        form = RenewalStartForm(request.POST)
        if form.is_valid():
            try:
                services.award_renewal_start(award=award, started_on=form.cleaned_data["started_on"],
                                             by=request.user, request=request)
            except ValidationError as error:
                _add_errors(form, error, dates={"started_on": "started_day"})
            except services.TransitionNotAllowed as error:
                messages.error(request, str(error))
                return redirect("staff_award_detail", pk=award.pk)
            else:
                messages.success(request, "The renewal is recorded: the register shows “renewal in progress”.")
                return redirect("staff_award_detail", pk=award.pk)
    else:
        today = clock.today()
        form = RenewalStartForm(initial={"started_day": today.day, "started_month": today.month,
                                         "started_year": today.year})
    return render(request, "assessments/staff/award_renewal.html", {
        "award": award, "form": form, "started": form.boxes("started"),
    })


# --- Ending an award ------------------------------------------------------------------------


def _end_draft_key(award: Award) -> str:
    return f"award_end:{award.pk}"


def _endable(request, award: Award):
    if "ended" not in services.available_statuses(award):
        messages.info(request, "This award has already ended or been replaced.")
        return redirect("staff_award_detail", pk=award.pk)
    return None


@registrar_required
def staff_award_end(request, pk):
    award = _award_or_404(pk)
    stop = _endable(request, award)
    if stop:
        return stop
    renewal = award.last_status == "renewal_in_progress"
    allow = lambda: allow_for_organisation(award.service.organisation)  # noqa: E731 - built only when needed
    if request.method == "POST":
        form = EndAwardForm(request.POST, renewal_in_progress=renewal, privacy_allow=allow)
        if form.is_valid():
            today = clock.today()
            period = list(award.periods.all())[-1]
            problem = rules.end_problem(
                reason=form.cleaned_data["reason"], last_status=award.last_status, current_since=period.starts_on,
                effective_on=form.cleaned_data["effective_on"], today=today, lapses_on=award.lapses_on,
                by_staff=True)
            if problem:
                form.add_error("effective_day", problem)
            else:
                request.session[_end_draft_key(award)] = {
                    "reason": form.cleaned_data["reason"], "note": form.cleaned_data["note"],
                    "effective_on": form.cleaned_data["effective_on"].isoformat(),
                }
                return redirect("staff_award_end_check", pk=award.pk)
    else:
        draft = request.session.get(_end_draft_key(award)) or {}
        initial = {}
        if draft:
            effective = date.fromisoformat(draft["effective_on"])
            initial = {"reason": draft["reason"], "note": draft["note"], "effective_day": effective.day,
                       "effective_month": effective.month, "effective_year": effective.year}
        form = EndAwardForm(initial=initial, renewal_in_progress=renewal, privacy_allow=allow)
    return render(request, "assessments/staff/award_end.html", {
        "award": award, "form": form, "effective": form.boxes("effective"), "today": clock.today(),
    })


@registrar_required
def staff_award_end_check(request, pk):
    award = _award_or_404(pk)
    stop = _endable(request, award)
    if stop:
        return stop
    draft = request.session.get(_end_draft_key(award))
    if not draft:
        return redirect("staff_award_end", pk=award.pk)
    effective_on = date.fromisoformat(draft["effective_on"])
    if request.method == "POST":
        try:
            services.award_end(award=award, reason=draft["reason"], effective_on=effective_on, note=draft["note"],
                               by=request.user, request=request)
        except ValidationError as error:
            for messages_of_field in error.message_dict.values():
                for text in messages_of_field:
                    messages.error(request, text)
            return redirect("staff_award_end", pk=award.pk)
        except services.TransitionNotAllowed as error:
            messages.error(request, str(error))
            return redirect("staff_award_detail", pk=award.pk)
        request.session.pop(_end_draft_key(award), None)
        messages.success(request, f"The award ends on {effective_on:%-d %B %Y}. The organisation has been told.")
        return redirect("staff_award_detail", pk=award.pk)
    return render(request, "assessments/staff/award_end_check.html", {
        "award": award, "draft": draft, "effective_on": effective_on,
        "reason": EndReason(draft["reason"]).label, "today": clock.today(),
        "last_day": effective_on - timedelta(days=1),
    })
