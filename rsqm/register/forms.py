"""Forms of the register: the search and its filters, dates, certificate checks, listing corrections.

The search never fails on what someone typed: an unknown filter value is ignored and a date that
cannot be read gets a message beside it while the rest of the search still runs.
"""

from __future__ import annotations

from datetime import date

from django import forms

from rsqm.assessments import certificates
from rsqm.organisations.models import Region, Sector
from rsqm.register.searchtext import MAX_QUERY_CHARACTERS, clean
from rsqm.register.selectors import Sort, Status


def parse_date_parts(day: str, month: str, year: str, *, label: str = "The date") -> tuple[date | None, str]:
    """A date from the three boxes of a GOV.UK date input: ``(date, "")`` or ``(None, message)``;
    ``(None, "")`` when all three are empty."""
    parts = {"day": (day or "").strip(), "month": (month or "").strip(), "year": (year or "").strip()}
    if not any(parts.values()):
        return None, ""
    missing = [name for name, value in parts.items() if not value]
    if missing:
        return None, f"{label} must include a {' and a '.join(missing)}"
    try:
        d, m, y = int(parts["day"]), int(parts["month"]), int(parts["year"])
    except ValueError:
        return None, f"{label} must be a real date, with numbers, like 27 3 2024"
    if not 1900 <= y <= 9999:
        return None, f"{label} must have a year of 4 numbers, like 2024"
    try:
        return date(y, m, d), ""
    except ValueError:
        return None, f"{label} must be a real date"


def parse_iso(text: str | None) -> date | None:
    text = (text or "").strip()
    if len(text) != 10:
        return None
    try:
        value = date.fromisoformat(text)
    except ValueError:
        return None
    return value if value.year >= 1900 else None


class DateAnswer:
    """A date asked for in three boxes (``<prefix>_day``, ``_month``, ``_year``) or given as
    ``<prefix>=YYYY-MM-DD`` in the address, with what to show in the boxes and any error."""

    def __init__(self, data, prefix: str = "on", *, label: str = "The date"):
        self.prefix = prefix
        iso = data.get(prefix)
        parts = [data.get(f"{prefix}_{p}", "") for p in ("day", "month", "year")]
        self.value: date | None = None
        self.error = ""
        if any((p or "").strip() for p in parts):
            self.value, self.error = parse_date_parts(*parts, label=label)
            self.day, self.month, self.year = (clean(p)[:10] for p in parts)
        elif iso:
            self.value = parse_iso(iso)
            if self.value is None:
                self.error = f"{label} must be a real date, like 2024-03-27"
            self.day = str(self.value.day) if self.value else ""
            self.month = str(self.value.month) if self.value else ""
            self.year = str(self.value.year) if self.value else ""
        else:
            self.day = self.month = self.year = ""

    @property
    def given(self) -> bool:
        return bool(self.value or self.error)


def search_values(data, *, sectors: list[tuple[str, str]], regions: list[tuple[str, str]]) -> dict:
    """What to search for, from the address's parameters, with anything that cannot be used left
    out: a search never fails on what someone typed."""
    sector_codes = {code for code, _ in sectors}
    region_codes = {code for code, _ in regions}
    status = data.get("status") if data.get("status") in dict(Status.CHOICES) else Status.HELD
    sort = data.get("sort") if data.get("sort") in Sort.ORDER else ""
    return {
        "q": clean(data.get("q"))[:MAX_QUERY_CHARACTERS],
        "sectors": tuple(code for code in dict.fromkeys(data.getlist("sector")) if code in sector_codes),
        "regions": tuple(code for code in dict.fromkeys(data.getlist("region")) if code in region_codes),
        "status": status,
        "sort": sort,
    }


class VerifyForm(forms.Form):
    number = forms.CharField(
        label="Certificate number", max_length=certificates.MAX_INPUT,
        help_text="It is printed on the certificate, for example RSQM-K7DX-4MQ9.",
        error_messages={"required": "Enter the certificate number",
                        "max_length": "Enter a certificate number of at most 40 characters"},
    )

    def clean_number(self):
        number = self.cleaned_data["number"]
        problem = certificates.problem_with(number)
        if problem:
            raise forms.ValidationError(problem)
        return number


class ListingForm(forms.Form):
    """The registrar's corrections to how a service is listed."""

    listed_name = forms.CharField(
        label="Listed name", max_length=250,
        help_text="Exactly as the register shows it, for example “Restorative Solutions, Bedfordshire County”.",
        error_messages={"required": "Enter the name as it is listed on the register"},
    )
    organisation_name = forms.CharField(
        label="Organisation", max_length=200, help_text="The organisation that runs the service.",
        error_messages={"required": "Enter the organisation's name"},
    )
    service_name = forms.CharField(
        label="Service", max_length=250, required=False,
        help_text="The service's own name within the organisation, if the listed name has one.",
    )
    delivery_partner = forms.CharField(label="Delivery partner", max_length=200, required=False)
    areas_served = forms.CharField(label="Areas served", max_length=500, required=False,
                                   help_text="Towns, districts or counties.")
    sectors = forms.ModelMultipleChoiceField(
        label="Sectors", queryset=Sector.objects.order_by("position"), widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one sector"},
    )
    regions = forms.ModelMultipleChoiceField(
        label="Regions", queryset=Region.objects.order_by("position"), widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one region"},
    )
