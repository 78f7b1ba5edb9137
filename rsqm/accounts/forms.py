"""Forms of the staff pages about users. They parse input only; the rules live in ``services``."""

from __future__ import annotations

from datetime import date

from django import forms

from rsqm.accounts.models import DbsLevel, Duty
from rsqm.accounts.selectors import RoleFilter
from rsqm.accounts.services import Role

DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d %m %Y", "%Y-%m-%d"]


def uk_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def date_field(label: str, *, required: bool = True, help_text: str = "For example, 15/06/2027") -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_FORMATS,
        help_text=help_text,
        error_messages={
            "required": f"Enter the {label[0].lower() + label[1:]}",
            "invalid": f"Enter the {label[0].lower() + label[1:]} as day/month/year, for example 15/06/2027",
        },
    )


class UserFilterForm(forms.Form):
    role = forms.ChoiceField(label="Role", choices=RoleFilter.CHOICES, required=False)
    active = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Active and deactivated"), ("active", "Active"), ("deactivated", "Deactivated")],
    )
    checks = forms.ChoiceField(
        label="Checks for confidential access",
        required=False,
        choices=[("", "Any"), ("missing", "Something missing")],
    )
    q = forms.CharField(label="Name or email address", required=False, max_length=200)


class UserCreateForm(forms.Form):
    role = forms.ChoiceField(
        label="Role", choices=Role.CHOICES, widget=forms.RadioSelect,
        error_messages={"required": "Choose whether this is a member of staff or an assessor"},
    )
    full_name = forms.CharField(label="Full name", max_length=200,
                                error_messages={"required": "Enter their full name"})
    email = forms.EmailField(label="Email address", max_length=254,
                             error_messages={"required": "Enter their email address",
                                             "invalid": "Enter an email address in the correct format, "
                                                        "like name@example.org"})
    duties = forms.MultipleChoiceField(
        label="Duties (members of staff only)",
        required=False,
        choices=[(d.value, d.label) for d in Duty],
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave empty for an assessor. You can change duties later.",
    )

    def __init__(self, *args, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        if roles is not None:
            self.fields["role"].choices = [c for c in Role.CHOICES if c[0] in roles]
        if roles is not None and Role.STAFF not in roles:
            del self.fields["duties"]
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    def clean(self):
        data = super().clean()
        if data.get("role") == Role.ASSESSOR and data.get("duties"):
            self.add_error("duties", "Assessors have no duties: untick them, or choose member of staff")
        return data

    def clean_duties(self):
        return [Duty(v) for v in self.cleaned_data.get("duties") or []]


class UserDetailsForm(forms.Form):
    full_name = forms.CharField(label="Full name", max_length=200,
                                error_messages={"required": "Enter their full name"})


class DutiesForm(forms.Form):
    duties = forms.MultipleChoiceField(
        label="Duties",
        required=False,
        choices=[(d.value, d.label) for d in Duty],
        widget=forms.CheckboxSelectMultiple,
        help_text="Each duty lets this member of staff do a different part of the office's work.",
    )

    def clean_duties(self):
        return [Duty(v) for v in self.cleaned_data.get("duties") or []]


class ConfidentialityForm(forms.Form):
    signed_on = date_field(
        "Date the confidentiality statement was signed",
        required=False,
        help_text="For example, 15/06/2027. Leave empty if they have not signed it.",
    )


class AssessorProfileForm(forms.Form):
    training_completed_on = date_field("Date assessor training was completed", required=False,
                                       help_text="For example, 15/06/2027. Leave empty if not completed.")
    dbs_checked_on = date_field("DBS check date", required=False,
                                help_text="The date on the DBS certificate, for example 15/06/2027.")
    dbs_level = forms.ChoiceField(label="DBS check level", required=False,
                                  choices=[("", "Choose a level"), *DbsLevel.choices])
    dbs_reference = forms.CharField(
        label="DBS certificate number",
        required=False,
        max_length=40,
        help_text="The certificate number only. Never record anything the disclosure says.",
    )


class ConflictForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=None,
        empty_label="Choose an organisation",
        error_messages={"required": "Choose the organisation", "invalid_choice": "Choose the organisation"},
    )
    nature = forms.CharField(
        label="What the conflict is",
        max_length=300,
        help_text="In a few words, for example: worked there until 2024; a relative is on its board.",
        error_messages={"required": "Say in a few words what the conflict is"},
    )
    declared_on = date_field("Date declared")

    def __init__(self, *args, **kwargs):
        from rsqm.organisations.models import Organisation

        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("legal_name")


class ConflictEndForm(forms.Form):
    ended_on = date_field("Date the conflict ended")


class UnlockForm(forms.Form):
    # What was typed at sign-in, which need not be a well-formed address.
    email = forms.CharField(max_length=254)
