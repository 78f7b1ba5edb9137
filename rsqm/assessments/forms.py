"""Forms of the registrar's award pages. Dates are asked for in three boxes (GOV.UK date input)."""

from __future__ import annotations

from datetime import date

from django import forms

from rsqm.assessments import certificates, rules
from rsqm.assessments.models import AwardStatus, EndReason
from rsqm.core.validators import PrivacyGuardMixin
from rsqm.register.forms import parse_date_parts


class DateBoxes:
    """The three boxes of a date field called ``name`` in a form, for the date input template."""

    def __init__(self, form: forms.Form, name: str):
        self.prefix = f"id_{name}"
        self.name = name
        self.day = form[f"{name}_day"].value() or ""
        self.month = form[f"{name}_month"].value() or ""
        self.year = form[f"{name}_year"].value() or ""
        self.error = " ".join(form.errors.get(f"{name}_day", []))


class _DateForm(forms.Form):
    date_fields: tuple[tuple[str, str], ...] = ()

    def _clean_date(self, name: str, label: str) -> date | None:
        value, error = parse_date_parts(self.data.get(f"{self.add_prefix(name)}_day", ""),
                                        self.data.get(f"{self.add_prefix(name)}_month", ""),
                                        self.data.get(f"{self.add_prefix(name)}_year", ""), label=label)
        if error:
            self.add_error(f"{name}_day", error)
        elif value is None:
            self.add_error(f"{name}_day", f"Enter {label.lower()}")
        return value

    def boxes(self, name: str) -> DateBoxes:
        return DateBoxes(self, name)


def _box() -> forms.CharField:
    return forms.CharField(required=False, max_length=10)


class RecordAwardForm(PrivacyGuardMixin, _DateForm):
    """An award made before rsqm: its scope, approval date and the number on its certificate. The
    scope is free text the registrar writes: it passes the privacy guard (PRIV-NO-RECORD)."""

    scope = forms.CharField(
        label="Scope of the award", widget=forms.Textarea, max_length=2000,
        help_text="What was assessed: the service, and any sites or local units.",
        error_messages={"required": "Enter the scope of the award: what was assessed"},
    )
    certificate_number = forms.CharField(
        label="Certificate number", max_length=40,
        help_text="Exactly as it is on the certificate. It is kept, so that the certificate already issued still checks.",
        error_messages={"required": "Enter the certificate number as it is on the certificate"},
    )
    approved_day, approved_month, approved_year = _box(), _box(), _box()

    def clean_certificate_number(self):
        try:
            return certificates.clean_existing(self.cleaned_data["certificate_number"])
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean(self):
        data = super().clean()
        data["approved_on"] = self._clean_date("approved", "The approval date")
        return data


class EndAwardForm(PrivacyGuardMixin, _DateForm):
    """Why an award ends (MEM-WITHDRAW, MEM-MARK-CEASE) and from which day. The note is sent to the
    organisation and kept: it passes the privacy guard (PRIV-NO-RECORD)."""

    reason = forms.ChoiceField(
        label="Why does the award end?", widget=forms.RadioSelect,
        error_messages={"required": "Select why the award ends"},
    )
    note = forms.CharField(
        label="What happened", widget=forms.Textarea, max_length=2000,
        help_text="The organisation is sent this. Write no personal details of anyone.",
        error_messages={"required": "Enter why the award ends: the organisation is told"},
    )
    effective_day, effective_month, effective_year = _box(), _box(), _box()

    def __init__(self, *args, renewal_in_progress: bool, **kwargs):
        super().__init__(*args, **kwargs)
        reasons = [r for r in rules.STAFF_END_REASONS
                   if r != rules.NOT_APPROVED_AT_RENEWAL or renewal_in_progress]
        hints = {
            rules.WITHDRAWN: "Withdrawn: the holder failed the ongoing requirements (MEM-WITHDRAW)",
            rules.NOT_APPROVED_AT_RENEWAL: "Not approved at renewal",
            rules.MEMBERSHIP_ENDED: "Membership ended: the organisation is no longer a member",
        }
        self.fields["reason"].choices = [(r, hints.get(r, EndReason(r).label)) for r in reasons]

    def clean(self):
        data = super().clean()
        data["effective_on"] = self._clean_date("effective", "The date the mark ends")
        return data


class RenewalStartForm(_DateForm):
    started_day, started_month, started_year = _box(), _box(), _box()

    def clean(self):
        data = super().clean()
        data["started_on"] = self._clean_date("started", "The date the renewal started")
        return data


class AwardFilterForm(forms.Form):
    text = forms.CharField(label="Service, organisation or certificate number", required=False, max_length=200)
    status = forms.ChoiceField(label="Latest status", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", "Any status"), *AwardStatus.choices]
