"""Pages of the public register: search, a service's page, certificate checks and the open data;
and the registrar's page that corrects a listing.

Each view parses the request, calls a selector or a service, and renders. Public pages start from
``selectors.public_listings`` and read contacts through ``public_contact`` (PRIV-CONTACT-SHARE).
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from rsqm.accounts.models import Duty
from rsqm.assessments import certificates, rules
from rsqm.assessments import selectors as award_selectors
from rsqm.core import clock
from rsqm.core.access import staff_required
from rsqm.core.csvexport import csv_response
from rsqm.register import selectors, services
from rsqm.register.forms import DateAnswer, ListingForm, VerifyForm, search_values
from rsqm.register.models import Listing
from rsqm.register.ratelimit import VERIFY, rate_limited
from rsqm.register.searchtext import parse_query


def _query_string(values: dict, on_value) -> str:
    pairs: list[tuple[str, str]] = []
    if values["q"]:
        pairs.append(("q", values["q"]))
    pairs += [("sector", code) for code in values["sectors"]]
    pairs += [("region", code) for code in values["regions"]]
    if values["status"] != selectors.Status.HELD:
        pairs.append(("status", values["status"]))
    if values["sort"]:
        pairs.append(("sort", values["sort"]))
    if on_value:
        pairs.append(("on", on_value.isoformat()))
    return urlencode(pairs)


@require_GET
def register_search(request):
    today = clock.today()
    sectors, regions = selectors.filter_choices()
    values = search_values(request.GET, sectors=sectors, regions=regions)
    on = DateAnswer(request.GET, label="The date")
    date_error = on.error
    if on.value and on.value > today and not date_error:
        date_error = "We cannot yet say who will hold the mark on a future date: enter today or a date in the past"
    on_value = on.value if on.value and not date_error else None
    criteria = selectors.Criteria(
        query=parse_query(values["q"]), on=on_value or today, today=today, sectors=values["sectors"],
        regions=values["regions"], status=values["status"], sort=values["sort"],
    )
    results = selectors.register_search(criteria, request.GET.get("page"))
    return render(request, "register/search.html", {
        "sectors": sectors,
        "regions": regions,
        "values": values,
        "results": results,
        "criteria": criteria,
        "on": on,
        "date_error": date_error,
        "on_value": on_value,
        "query": _query_string(values, on_value),
        "sort_choices": selectors.Sort.CHOICES,
        "status_choices": selectors.Status.CHOICES,
        "today": today,
    })


@require_GET
def register_service(request, pk):
    listing = selectors.public_listing(pk)
    if listing is None:
        raise Http404
    today = clock.today()
    page = selectors.service_page(listing, today=today)
    on = DateAnswer(request.GET, label="The date")
    answer = selectors.standing_on(page.entry, on.value, today=today) if on.value and not on.error else None
    return render(request, "register/service.html", {
        "listing": listing,
        "page": page,
        "entry": page.entry,
        "on": on,
        "answer": answer,
        "today": today,
    })


@require_GET
def register_data(request):
    today = clock.today()
    count = selectors.public_listings().filter(selectors.held_on(today, today=today)).count()
    return render(request, "register/data.html", {
        "columns": selectors.OPEN_DATA_COLUMNS,
        "licence": selectors.OPEN_DATA_LICENCE,
        "count": count,
        "generated_at": clock.now(),
    })


def _open_data():
    return selectors.open_data(now=clock.now(), today=clock.today())


@require_GET
def register_data_csv(request):
    data = _open_data()
    names = [name for name, _ in selectors.OPEN_DATA_COLUMNS]
    rows = ([("; ".join(row[name]) if isinstance(row[name], list) else row[name]) for name in names]
            for row in data.rows)
    response = csv_response(f"rsqm-register-{data.generated_on.isoformat()}.csv", names, rows)
    response["X-Generated-At"] = data.generated_at.isoformat(timespec="seconds")
    return response


@require_GET
def register_data_json(request):
    data = _open_data()
    document = {
        "title": "Register of restorative services holding the Restorative Service Quality Mark",
        "generated_at": data.generated_at.isoformat(timespec="seconds"),
        "generated_on": data.generated_on.isoformat(),
        "licence": selectors.OPEN_DATA_LICENCE,
        "columns": [{"name": name, "description": text} for name, text in selectors.OPEN_DATA_COLUMNS],
        "count": len(data.rows),
        "services": data.rows,
    }
    response = HttpResponse(json.dumps(document, ensure_ascii=False, indent=1), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="rsqm-register-{data.generated_on.isoformat()}.json"'
    return response


# --- Certificate checks ---------------------------------------------------------------------


@require_GET
@rate_limited(VERIFY, when=lambda request: "number" in request.GET)
def verify(request):
    if "number" not in request.GET:
        return render(request, "register/verify.html", {"form": VerifyForm()})
    form = VerifyForm(request.GET)
    if not form.is_valid():
        return render(request, "register/verify.html", {"form": form})
    award = award_selectors.public_award_by_number(form.cleaned_data["number"])
    number = award.certificate_number if award else certificates.squash(form.cleaned_data["number"])
    return redirect("verify_certificate", number=certificates.path_form(number))


@require_GET
@rate_limited(VERIFY)
def verify_certificate(request, number):
    award = award_selectors.public_award_by_number(number)
    if award is None:
        return render(request, "register/verify_unknown.html", {
            "number": certificates.squash(number)[:40], "form": VerifyForm(),
        }, status=404)
    today = clock.today()
    listing = award.service.listing
    page = selectors.service_page(listing, today=today)
    award_standing = award_selectors.award_facts(award)
    return render(request, "register/certificate.html", {
        "award": award,
        "listing": listing,
        "entry": page.entry,
        "award_standing": rules.award_standing_on(award_standing, today, today=today),
        "page": page,
        "today": today,
    })


# --- The registrar's corrections --------------------------------------------------------------


@staff_required(Duty.REGISTRAR)
def staff_listing_edit(request, pk):
    listing = get_object_or_404(Listing.objects.select_related("service__organisation"), pk=pk)
    if request.method == "POST":
        form = ListingForm(request.POST)
        if form.is_valid():
            try:
                services.listing_correct(listing=listing, by=request.user, request=request, **form.cleaned_data)
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(request, "The listing has been corrected.")
                return redirect("register_service", pk=listing.service_id)
    else:
        form = ListingForm(initial={
            "listed_name": listing.listed_name, "organisation_name": listing.organisation_name,
            "service_name": listing.service_name, "delivery_partner": listing.delivery_partner,
            "areas_served": listing.areas_served, "sectors": list(listing.sectors.all()),
            "regions": list(listing.regions.all()),
        })
    return render(request, "register/staff/listing_form.html", {"form": form, "listing": listing})
