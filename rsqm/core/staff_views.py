"""Staff pages of the core: the audit log and the scheme's configurable figures."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from rsqm.accounts.models import Duty
from rsqm.core import figures, selectors
from rsqm.core.access import staff_required
from rsqm.core.csvexport import csv_response
from rsqm.core.forms import AuditFilterForm, FigureForm

PAGE_SIZE = 50


@staff_required()
def audit_log(request):
    form = AuditFilterForm(request.GET or None, actions=selectors.audit_actions())
    filters = {}
    if form.is_bound and form.is_valid():
        filters = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
    events = selectors.audit_events(**filters) if not form.errors else selectors.audit_events().none()
    if request.GET.get("format") == "csv" and not form.errors:
        return csv_response(
            "audit-log.csv",
            ["id", "at", "actor_id", "actor", "action", "object_type", "object_id", "object",
             "organisation_id", "client_address", "detail"],
            (
                [e.id, timezone.localtime(e.at).isoformat(), e.actor_id or "", e.actor_label, e.action,
                 e.object_type, e.object_id, e.object_label, e.organisation_id or "",
                 getattr(getattr(e, "address", None), "ip_address", ""), e.detail]
                for e in events.iterator(chunk_size=2000)
            ),
        )
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "core/staff/audit_log.html", {
        "form": form, "page": page, "query": query.urlencode(),
    })


@staff_required()
def figure_list(request):
    rows = [(f, figures.get(f.key)) for f in figures.FIGURES.values()]
    return render(request, "core/staff/figures.html", {"rows": rows})


@staff_required(Duty.ADMINISTRATOR)
def figure_edit(request, key):
    figure = figures.FIGURES.get(key)
    if figure is None:
        raise Http404
    if request.method == "POST":
        form = FigureForm(request.POST, figure=figure)
        if form.is_valid():
            figures.figure_set(key=key, value=form.cleaned_data["value"], by=request.user, request=request)
            messages.success(request, f"{figure.label} is now {form.cleaned_data['value']} {figure.unit}.")
            return redirect(reverse("staff_figures"))
    else:
        form = FigureForm(initial={"value": figures.get(key)}, figure=figure)
    return render(request, "core/staff/figure_edit.html", {"form": form, "figure": figure})
