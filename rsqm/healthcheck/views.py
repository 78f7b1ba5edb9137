"""Pages of the healthcheck: the public journey, the report and PDF, and the staff pages.

Each view parses the request, reaches the healthcheck through one access helper, calls a service
or a selector, and renders. Every page works without JavaScript.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from rsqm.core import audit, clock, figures
from rsqm.core.access import staff_required
from rsqm.core.csvexport import csv_response
from rsqm.core.validators import allow_for_organisation, allow_for_user
from rsqm.healthcheck import access, charts, links, rules, selectors, services
from rsqm.healthcheck.forms import (
    ChooseOrganisationForm,
    ReadinessOverrideForm,
    ResumeLinkForm,
    StaffReplyForm,
    StandardAnswersForm,
    StartForm,
    SupportMessageForm,
)
from rsqm.healthcheck.models import Healthcheck
from rsqm.organisations.models import Organisation
from rsqm.standards import selectors as standards

STAFF_PAGE_SIZE = 50

TASK_TAGS = {
    "not_started": ("Not yet started", "govuk-tag"),
    "in_progress": ("In progress", "govuk-tag govuk-tag--yellow"),
    "carried": ("Check answers", "govuk-tag govuk-tag--orange"),
    "completed": ("Completed", ""),
}


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _privacy_allow(request, healthcheck: Healthcheck | None = None):
    """What the privacy guard accepts in this person's free text: the staff names and contact
    details of their own organisation (PRIV-STAFF-DATA); nothing for someone not signed in."""
    if healthcheck is not None and healthcheck.organisation_id:
        return lambda: allow_for_organisation(healthcheck.organisation)
    return lambda: allow_for_user(request.user)


# --- Start --------------------------------------------------------------------------------------


def home(request):
    """What the healthcheck is, the healthchecks this person holds, and the way to start one."""
    user = request.user
    held = list(selectors.healthchecks_in_session(access.session_ids(request.session)))
    own = list(selectors.healthchecks_of_user(user)) if access.may_hold(user) else []
    framework = standards.current_framework()
    return render(request, "healthcheck/home.html", {
        "held": held,
        "own": own,
        "framework": framework,
        "structure": standards.structure(framework) if framework else [],
        "may_take": access.may_take_healthcheck(user),
        "unlinked": [h for h in own if h.organisation_id is None],
        "organisations": access.organisations_of(user),
    })


@require_http_methods(["GET", "POST"])
def start(request):
    """Start a healthcheck: straight away for someone not signed in or with one organisation; a
    user with several organisations chooses which one it is for."""
    user = request.user
    if not access.may_take_healthcheck(user):
        raise PermissionDenied
    organisations = access.organisations_of(user)
    data = request.POST if request.method == "POST" else None
    form = StartForm(data, organisations=organisations) if len(organisations) > 1 else None
    if request.method == "POST":
        organisation = None
        if form is not None:
            if not form.is_valid():
                return render(request, "healthcheck/start.html", {"form": form, "organisations": organisations})
            organisation = form.chosen()
        elif organisations:
            organisation = organisations[0]
        if user.is_authenticated:
            current = selectors.in_progress_for(organisation=organisation, owner=user)
            if current is not None:
                messages.info(request, "You already have a healthcheck in progress: carry on with it here.")
                return redirect("healthcheck_tasks", pk=current.pk)
        try:
            healthcheck = services.healthcheck_start(by=user, organisation=organisation, request=request)
        except services.NoFramework:
            messages.error(request, "The healthcheck is not available yet. Try again later.")
            return redirect("healthcheck_home")
        if healthcheck.is_unclaimed:
            access.session_hold(request.session, healthcheck.pk)
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    return render(request, "healthcheck/start.html", {"form": form, "organisations": organisations})


def resume(request, token):
    """A resume link: the browser holds the healthcheck again (a signed-in user claims it)."""
    try:
        pk, nonce = links.read_token(token)
    except links.LinkExpired:
        return render(request, "healthcheck/resume_refused.html", {"reason": "expired"}, status=410)
    except links.LinkInvalid:
        return render(request, "healthcheck/resume_refused.html", {"reason": "invalid"}, status=404)
    healthcheck = Healthcheck.objects.filter(pk=pk, resume_nonce=nonce).first()
    if healthcheck is None or not healthcheck.is_unclaimed:
        return render(request, "healthcheck/resume_refused.html", {"reason": "claimed"}, status=404)
    if access.may_hold(request.user):
        services.healthcheck_claim(healthcheck=healthcheck, by=request.user, request=request)
        messages.success(request, "The healthcheck is now kept on your account.")
    else:
        access.session_hold(request.session, healthcheck.pk)
    return redirect("healthcheck_tasks", pk=healthcheck.pk)


# --- Answering ----------------------------------------------------------------------------------


def _tasks_context(healthcheck):
    structure = standards.structure(healthcheck.framework)
    answers = selectors.answers_by_indicator(healthcheck)
    tasks = selectors.task_list(healthcheck, structure, answers)
    done = sum(1 for t in tasks if t.status == "completed")
    return {
        "healthcheck": healthcheck,
        "tasks": [{"task": t, "tag": TASK_TAGS[t.status]} for t in tasks],
        "done": done,
        "total": len(tasks),
        "all_done": done == len(tasks),
        "carried": any(t.carried for t in tasks),
    }


def tasks(request, pk):
    healthcheck = access.get_healthcheck_for(request, pk)
    if healthcheck.is_completed:
        return redirect("healthcheck_report", pk=healthcheck.pk)
    return render(request, "healthcheck/tasks.html", {
        **_tasks_context(healthcheck),
        "unclaimed": healthcheck.is_unclaimed,
        "may_choose_organisation": healthcheck.organisation_id is None and access.may_hold(request.user)
        and healthcheck.owner_id == request.user.pk and bool(access.organisations_of(request.user)),
    })


@require_http_methods(["GET", "POST"])
def standard(request, pk, number):
    healthcheck = access.get_healthcheck_for(request, pk)
    if healthcheck.is_completed:
        return redirect("healthcheck_report", pk=healthcheck.pk)
    structure = standards.structure(healthcheck.framework)
    view = next((v for v in structure if v.number == number), None)
    if view is None:
        raise Http404
    answers = selectors.answers_by_indicator(healthcheck)
    later = next((v for v in structure if v.number > number), None)
    allow = _privacy_allow(request, healthcheck)
    if request.method == "POST":
        form = StandardAnswersForm(request.POST, indicators=view.indicators, privacy_allow=allow)
        complete = "later" not in request.POST
        if form.is_valid():
            try:
                services.healthcheck_answers_save(healthcheck=healthcheck, standard_number=number,
                                                  answers=form.given(), complete=complete, by=request.user,
                                                  request=request)
            except ValidationError as error:
                _add_errors(form, error)
            except services.HealthcheckCompleted as error:
                messages.error(request, str(error))
                return redirect("healthcheck_report", pk=healthcheck.pk)
            else:
                if not complete:
                    messages.success(request, f"Your answers to standard {number} have been saved.")
                    return redirect("healthcheck_tasks", pk=healthcheck.pk)
                if later is not None:
                    return redirect("healthcheck_standard", pk=healthcheck.pk, number=later.number)
                return redirect("healthcheck_tasks", pk=healthcheck.pk)
    else:
        form = StandardAnswersForm(indicators=view.indicators, answers=answers, privacy_allow=allow)
    carried = [a for i in view.indicators if (a := answers.get(i.pk)) is not None and a.carried_forward]
    return render(request, "healthcheck/standard.html", {
        "healthcheck": healthcheck,
        "view": view,
        "form": form,
        "total": len(structure),
        "carried": bool(carried),
        "previous": healthcheck.carried_from,
    })


@require_http_methods(["GET", "POST"])
def finish(request, pk):
    """Check your answers, then finish: the report follows."""
    healthcheck = access.get_healthcheck_for(request, pk)
    if healthcheck.is_completed:
        return redirect("healthcheck_report", pk=healthcheck.pk)
    context = _tasks_context(healthcheck)
    if not context["all_done"]:
        messages.info(request, "Answer every standard before you finish.")
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    if request.method == "POST":
        try:
            services.healthcheck_complete(healthcheck=healthcheck, by=request.user, request=request)
        except services.NotFinished as error:
            messages.error(request, str(error))
            return redirect("healthcheck_tasks", pk=healthcheck.pk)
        except services.HealthcheckCompleted:
            pass
        return redirect("healthcheck_report", pk=healthcheck.pk)
    structure = standards.structure(healthcheck.framework)
    answers = selectors.answers_by_indicator(healthcheck)
    return render(request, "healthcheck/finish.html", {
        **context,
        "verdict": selectors.results(healthcheck, structure, answers),
    })


# --- Keeping it ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def save(request, pk):
    """Email a link to continue later (unclaimed healthchecks only)."""
    healthcheck = access.get_healthcheck_for(request, pk)
    if not healthcheck.is_unclaimed:
        messages.info(request, "This healthcheck is kept on your account: sign in to continue it.")
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    form = ResumeLinkForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.healthcheck_resume_link_send(
                healthcheck=healthcheck, email=form.cleaned_data["email"], client=audit.client_address(request) or "",
                by=request.user, request=request)
        except services.ResumeLimitReached as error:
            form.add_error("email", str(error))
            status = 429
        else:
            return render(request, "healthcheck/save_sent.html", {
                "healthcheck": healthcheck, "email": form.cleaned_data["email"],
                "days": figures.get("healthcheck.resume_link_days"),
            })
    return render(request, "healthcheck/save.html", {
        "healthcheck": healthcheck, "form": form, "days": figures.get("healthcheck.resume_link_days"),
    }, status=status)


@require_http_methods(["GET", "POST"])
def choose_organisation(request, pk):
    healthcheck = access.get_healthcheck_for(request, pk)
    if healthcheck.owner_id != request.user.pk or healthcheck.organisation_id is not None:
        raise Http404
    organisations = access.organisations_of(request.user)
    if not organisations:
        messages.info(request, "Ask for your organisation to join the scheme first; then come back to choose it.")
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    form = ChooseOrganisationForm(request.POST if request.method == "POST" else None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        services.healthcheck_organisation_set(healthcheck=healthcheck, organisation=form.chosen(), by=request.user,
                                              request=request)
        messages.success(request, f"The healthcheck is now {form.chosen().legal_name}'s.")
        return redirect("healthcheck_report" if healthcheck.is_completed else "healthcheck_tasks", pk=healthcheck.pk)
    return render(request, "healthcheck/choose_organisation.html", {"healthcheck": healthcheck, "form": form})


# --- The report ---------------------------------------------------------------------------------


def report_context(healthcheck: Healthcheck) -> dict:
    structure = standards.structure(healthcheck.framework)
    answers = selectors.answers_by_indicator(healthcheck)
    verdict = selectors.results(healthcheck, structure, answers)
    sections = [
        {"standard": s, "chart": charts.standard_chart(s, chart_id=f"chart-standard-{s.number}")}
        for s in verdict.standards
    ]
    gate = None
    if healthcheck.is_completed and healthcheck.organisation_id:
        gate = selectors.application_gate(healthcheck.organisation)
    return {
        "healthcheck": healthcheck,
        "framework": healthcheck.framework,
        "verdict": verdict,
        "sections": sections,
        "overview": charts.overview_chart(verdict),
        "valid_until": rules.healthcheck_valid_until(healthcheck.completed_on, figures.get("healthcheck.valid_months"))
        if healthcheck.completed_on else None,
        "gate": gate,
        "labels": charts.LABELS,
    }


def report(request, pk):
    healthcheck = access.get_healthcheck_for(request, pk)
    if not healthcheck.is_completed:
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    return render(request, "healthcheck/report.html", {
        **report_context(healthcheck),
        "may_share": access.may_share(request.user, healthcheck),
        "unclaimed": healthcheck.is_unclaimed,
        "may_choose_organisation": healthcheck.organisation_id is None and healthcheck.owner_id == request.user.pk
        and bool(access.organisations_of(request.user)),
    })


def _pdf_response(healthcheck: Healthcheck) -> HttpResponse:
    from rsqm.healthcheck.pdf import render_report_pdf

    content = render_report_pdf({**report_context(healthcheck), "printed_on": clock.today()})
    response = HttpResponse(content, content_type="application/pdf")
    name = f"rsqm-healthcheck-{healthcheck.completed_on:%Y-%m-%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def report_pdf(request, pk):
    healthcheck = access.get_healthcheck_for(request, pk)
    if not healthcheck.is_completed:
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    return _pdf_response(healthcheck)


@require_http_methods(["GET", "POST"])
def support(request, pk):
    """Share the report with the scheme's staff to ask for support, and read their replies."""
    healthcheck = access.get_healthcheck_for(request, pk)
    if not access.may_share(request.user, healthcheck):
        raise Http404
    if not healthcheck.is_completed:
        return redirect("healthcheck_tasks", pk=healthcheck.pk)
    shared = healthcheck.shared_at is not None
    label = "Write to the scheme's staff" if shared else None
    form = SupportMessageForm(request.POST or None, label=label, privacy_allow=_privacy_allow(request, healthcheck))
    if request.method == "POST" and form.is_valid():
        try:
            services.support_message_post(healthcheck=healthcheck, body=form.cleaned_data["body"], by=request.user,
                                          request=request)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Your healthcheck has been shared with the scheme's case officers. We will "
                                      "email you when they reply." if not shared else "Your message has been sent.")
            return redirect("healthcheck_support", pk=healthcheck.pk)
    return render(request, "healthcheck/support.html", {
        "healthcheck": healthcheck, "form": form, "shared": shared,
        "thread": list(selectors.messages_of(healthcheck)),
    })


# --- Staff --------------------------------------------------------------------------------------


@access.case_officer_required
def staff_list(request):
    page = Paginator(selectors.shared_healthchecks(), STAFF_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "healthcheck/staff/list.html", {"page": page})


@access.case_officer_required
@require_http_methods(["GET", "POST"])
def staff_detail(request, pk):
    healthcheck = access.get_shared_healthcheck_for(request.user, pk)
    form = StaffReplyForm(request.POST or None, privacy_allow=_privacy_allow(request, healthcheck))
    if request.method == "POST" and form.is_valid():
        try:
            services.support_reply_post(healthcheck=healthcheck, body=form.cleaned_data["body"], by=request.user,
                                        request=request)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Your reply has been sent. The organisation has been emailed a link to it.")
            return redirect("staff_healthcheck_detail", pk=healthcheck.pk)
    return render(request, "healthcheck/staff/detail.html", {
        **report_context(healthcheck),
        "form": form,
        "thread": list(selectors.messages_of(healthcheck)),
    })


@access.case_officer_required
def staff_report_pdf(request, pk):
    return _pdf_response(access.get_shared_healthcheck_for(request.user, pk))


@staff_required()
def staff_weakest(request):
    rows = selectors.weakest_indicators()
    if request.GET.get("format") == "csv":
        return csv_response(
            "weakest-indicators.csv",
            ["indicator_key", "indicator", "text", "below_progressing_well", "rated", "share_below_percent"],
            ([r.key, r.code, r.text, r.below, r.rated, r.percent] for r in rows),
        )
    return render(request, "healthcheck/staff/weakest.html", {
        "rows": rows, "organisations": selectors.organisations_counted(),
    })


@access.case_officer_required
def staff_readiness(request):
    page = Paginator(Organisation.objects.order_by("legal_name"), STAFF_PAGE_SIZE).get_page(request.GET.get("page"))
    today = clock.today()
    return render(request, "healthcheck/staff/readiness.html", {
        "page": page, "rows": selectors.readiness_rows(list(page.object_list), on=today), "today": today,
    })


@access.case_officer_required
@require_http_methods(["GET", "POST"])
def staff_readiness_detail(request, pk):
    organisation = access.get_organisation_for_case_officer(request.user, pk)
    form = ReadinessOverrideForm(request.POST or None, privacy_allow=lambda: allow_for_organisation(organisation))
    if request.method == "POST" and form.is_valid():
        try:
            services.readiness_override_record(organisation=organisation, reason=form.cleaned_data["reason"],
                                               by=request.user, request=request)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"You have recorded that {organisation.legal_name} is ready to apply.")
            return redirect("staff_readiness_detail", pk=organisation.pk)
    return render(request, "healthcheck/staff/readiness_detail.html", {
        "organisation": organisation,
        "gate": selectors.application_gate(organisation),
        "form": form,
        "overrides": list(selectors.overrides_of(organisation)),
        "healthchecks": list(selectors.completed_of(organisation)),
        "override_months": figures.get("healthcheck.override_months"),
    })
