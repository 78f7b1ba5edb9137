"""Pages of the standards: the public pages of published versions, and the staff pages where
administrators draft, import, export and publish versions."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from rsqm.accounts.models import Duty
from rsqm.core.access import staff_required
from rsqm.standards import access, selectors, services
from rsqm.standards.forms import ConfirmForm, FrameworkForm, ImportForm, IndicatorForm, StandardForm
from rsqm.standards.models import Indicator, Standard

ADMIN = Duty.ADMINISTRATOR


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


# --- Public -------------------------------------------------------------------------------------


def current(request):
    framework = selectors.current_framework()
    if framework is None:
        raise Http404
    return _public(request, framework)


def version(request, number):
    return _public(request, access.get_published_framework(number))


def _public(request, framework):
    return render(request, "standards/public.html", {
        "framework": framework,
        "structure": selectors.structure(framework),
        "versions": list(selectors.frameworks().filter(status="published")),
        "current": selectors.current_framework(),
    })


# --- Staff: reading -----------------------------------------------------------------------------


@staff_required()
def staff_list(request):
    return render(request, "standards/staff/list.html", {
        "frameworks": list(selectors.frameworks()),
        "draft": selectors.draft_framework(),
        "may_edit": access.may_edit_frameworks(request.user),
    })


@staff_required()
def staff_detail(request, pk):
    framework = access.get_framework_for(request.user, pk)
    return render(request, "standards/staff/detail.html", {
        "framework": framework,
        "structure": selectors.structure(framework),
        "may_edit": access.may_edit_frameworks(request.user) and framework.is_draft,
        "is_current": selectors.current_framework() == framework,
    })


@staff_required()
def staff_export(request, pk):
    framework = access.get_framework_for(request.user, pk)
    body = json.dumps(selectors.document(framework), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="standards-version-{framework.version}.json"'
    return response


# --- Staff: changing ----------------------------------------------------------------------------


def _draft(request, pk):
    """The framework ``pk`` for an administrator's change; a published one sends them back to it."""
    framework = access.get_framework_for(request.user, pk)
    if not framework.is_draft:
        messages.info(request, f"Version {framework.version} is published and cannot be changed. Start a new "
                               f"version to change the standards.")
        return framework, redirect("staff_framework_detail", pk=framework.pk)
    return framework, None


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_new(request):
    draft = selectors.draft_framework()
    if draft is not None:
        messages.info(request, f"Version {draft.version} is already being drafted.")
        return redirect("staff_framework_detail", pk=draft.pk)
    if request.method == "POST":
        framework = services.framework_draft_create(by=request.user, request=request)
        messages.success(request, f"Version {framework.version} has been started as a copy of the current version.")
        return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/new.html", {"current": selectors.current_framework(),
                                                          "form": ConfirmForm()})


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_import(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            framework = services.framework_import(document=form.cleaned_data["document"], by=request.user,
                                                  request=request)
        except ValidationError as error:
            form.add_error("document", error.messages)
        else:
            messages.success(request, f"The document has been loaded as draft version {framework.version}. Check it, "
                                      f"then publish it.")
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/import.html", {"form": form, "draft": selectors.draft_framework()})


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_edit(request, pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    form = FrameworkForm(request.POST or None,
                         initial={"title": framework.title, "illustrative": framework.illustrative})
    if request.method == "POST" and form.is_valid():
        try:
            services.framework_update(framework=framework, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/form.html", {
        "framework": framework, "form": form, "heading": "Change the title",
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_publish(request, pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    problems: list[str] = []
    if request.method == "POST":
        try:
            services.framework_publish(framework=framework, by=request.user, request=request)
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(request, f"Version {framework.version} is published. New healthchecks start on it.")
            return redirect("staff_framework_detail", pk=framework.pk)
    structure = selectors.structure(framework)
    return render(request, "standards/staff/publish.html", {
        "framework": framework, "structure": structure, "problems": problems, "form": ConfirmForm(),
        "indicator_count": sum(len(v.indicators) for v in structure),
        "current": selectors.current_framework(),
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_delete(request, pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    if request.method == "POST":
        services.framework_draft_delete(framework=framework, by=request.user, request=request)
        messages.success(request, f"Draft version {framework.version} has been deleted.")
        return redirect("staff_frameworks")
    return render(request, "standards/staff/confirm_delete.html", {
        "framework": framework, "form": ConfirmForm(),
        "what": f"draft version {framework.version}",
    })


def _standard_of(framework, number) -> Standard:
    standard = Standard.objects.filter(framework=framework, number=number).first()
    if standard is None:
        raise Http404
    return standard


def _indicator_of(framework, indicator_pk) -> Indicator:
    indicator = Indicator.objects.select_related("standard").filter(framework=framework, pk=indicator_pk).first()
    if indicator is None:
        raise Http404
    return indicator


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_standard_new(request, pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    form = StandardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.standard_create(framework=framework, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/form.html", {"framework": framework, "form": form,
                                                           "heading": "Add a standard"})


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_standard_edit(request, pk, number):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    standard = _standard_of(framework, number)
    form = StandardForm(request.POST or None, with_key=False,
                        initial={"title": standard.title, "summary": standard.summary})
    if request.method == "POST" and form.is_valid():
        try:
            services.standard_update(standard=standard, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/form.html", {
        "framework": framework, "form": form, "heading": f"Change standard {standard.number}",
        "key": standard.key,
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_standard_delete(request, pk, number):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    standard = _standard_of(framework, number)
    if request.method == "POST":
        services.standard_delete(standard=standard, by=request.user, request=request)
        messages.success(request, f"Standard {number} has been removed from the draft.")
        return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/confirm_delete.html", {
        "framework": framework, "form": ConfirmForm(),
        "what": f"standard {standard.number}, “{standard.title}”, and its indicators",
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_indicator_new(request, pk, number):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    standard = _standard_of(framework, number)
    form = IndicatorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_create(standard=standard, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/form.html", {
        "framework": framework, "form": form, "heading": f"Add an indicator to standard {standard.number}",
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_indicator_edit(request, pk, indicator_pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    indicator = _indicator_of(framework, indicator_pk)
    form = IndicatorForm(request.POST or None, with_key=False, initial={
        "text": indicator.text, "guidance": indicator.guidance,
        "evidence_examples": "\n".join(indicator.evidence_examples or []),
    })
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_update(indicator=indicator, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/form.html", {
        "framework": framework, "form": form, "heading": f"Change indicator {indicator.code}", "key": indicator.key,
    })


@staff_required(ADMIN)
@require_http_methods(["GET", "POST"])
def staff_indicator_delete(request, pk, indicator_pk):
    framework, stop = _draft(request, pk)
    if stop:
        return stop
    indicator = _indicator_of(framework, indicator_pk)
    if request.method == "POST":
        services.indicator_delete(indicator=indicator, by=request.user, request=request)
        messages.success(request, f"Indicator {indicator.code} has been removed from the draft.")
        return redirect("staff_framework_detail", pk=framework.pk)
    return render(request, "standards/staff/confirm_delete.html", {
        "framework": framework, "form": ConfirmForm(), "what": f"indicator {indicator.code}",
    })
