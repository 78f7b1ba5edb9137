"""Forms of the organisation pages: they parse and check what was typed; the rules live in
``rules.py`` and ``services.py``."""

from __future__ import annotations

from django import forms

from rsqm.organisations import rules
from rsqm.organisations.models import MembershipRole, OrganisationStatus, OrganisationType, Region, Sector, Service


def _apply(rule, value):
    """Run one of ``rules``' format checks, turning its ``ValueError`` into a field error."""
    try:
        return rule(value or "")
    except ValueError as exc:
        raise forms.ValidationError(str(exc)) from None


class OrganisationDetailsForm(forms.Form):
    """The organisation's details, asked for when it asks to join (and when it asks again)."""

    legal_name = forms.CharField(
        label="Legal name of the organisation", max_length=200,
        help_text="As registered, for example with the Charity Commission or Companies House.",
        error_messages={"required": "Enter the organisation's legal name"},
    )
    type = forms.ChoiceField(
        label="Type of organisation", choices=OrganisationType.choices, widget=forms.RadioSelect,
        error_messages={"required": "Select the type of organisation"},
    )
    charity_number = forms.CharField(
        label="Registered charity number", max_length=20, required=False,
        help_text="If it is a registered charity: for example 1123456, SC012345 or NIC100123.",
    )
    company_number = forms.CharField(
        label="Company number", max_length=20, required=False,
        help_text="If it is a registered company: 8 characters, for example 01234567 or SC123456.",
    )
    address_line_1 = forms.CharField(
        label="Address line 1", max_length=200,
        error_messages={"required": "Enter the first line of the address"},
    )
    address_line_2 = forms.CharField(label="Address line 2", max_length=200, required=False)
    town = forms.CharField(
        label="Town or city", max_length=100, error_messages={"required": "Enter the town or city"}
    )
    postcode = forms.CharField(
        label="Postcode", max_length=10, error_messages={"required": "Enter the postcode"},
    )
    contact_name = forms.CharField(
        label="Main contact's full name", max_length=200,
        help_text="The person the scheme's office contacts about the organisation.",
        error_messages={"required": "Enter the main contact's name"},
    )
    contact_email = forms.EmailField(
        label="Main contact's email address", max_length=254,
        error_messages={"required": "Enter the main contact's email address",
                        "invalid": "Enter an email address in the correct format, like name@example.org"},
    )
    contact_phone = forms.CharField(
        label="Main contact's phone number", max_length=30, required=False,
    )

    def clean_charity_number(self):
        return _apply(rules.clean_charity_number, self.cleaned_data.get("charity_number"))

    def clean_company_number(self):
        return _apply(rules.clean_company_number, self.cleaned_data.get("company_number"))

    def clean_postcode(self):
        return _apply(rules.clean_postcode, self.cleaned_data.get("postcode"))

    def clean_contact_phone(self):
        return _apply(rules.clean_phone, self.cleaned_data.get("contact_phone"))

    def clean_contact_email(self):
        return (self.cleaned_data.get("contact_email") or "").lower()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["address_line_1"].widget.attrs["autocomplete"] = "address-line1"
        self.fields["address_line_2"].widget.attrs["autocomplete"] = "address-line2"
        self.fields["town"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["postcode"].widget.attrs["autocomplete"] = "postal-code"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["contact_phone"].widget.input_type = "tel"

    def answers(self) -> list[tuple[str, str, str]]:
        """(field name, question, answer) for each field, for the check-your-answers page."""
        rows = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name, "")
            if name == "type" and value:
                value = OrganisationType(value).label
            rows.append((name, str(field.label), value or ""))
        return rows


class ServiceForm(forms.Form):
    """A restorative service's listing details and its public (service) contact."""

    listed_name = forms.CharField(
        label="Name of the service", max_length=250,
        help_text="The name people looking for a restorative service will see.",
        error_messages={"required": "Enter the service's name"},
    )
    sectors = forms.ModelMultipleChoiceField(
        label="Sectors", queryset=Sector.objects.order_by("position"), widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.", error_messages={"required": "Select at least one sector"},
    )
    regions = forms.ModelMultipleChoiceField(
        label="Regions", queryset=Region.objects.order_by("position"), widget=forms.CheckboxSelectMultiple,
        help_text="Select every region where the service works.",
        error_messages={"required": "Select at least one region"},
    )
    areas_served = forms.CharField(
        label="Areas served", max_length=500, required=False, help_text="Towns, districts or counties.",
    )
    delivery_partner = forms.CharField(
        label="Delivery partner", max_length=200, required=False,
        help_text="If another organisation delivers the service with you.",
    )
    parent = forms.ModelChoiceField(
        label="Part of another service", queryset=Service.objects.none(), required=False,
        empty_label="No, it is not part of another service",
        help_text="For a local unit: the service of this organisation it belongs to.",
        error_messages={"invalid_choice": "Choose one of this organisation's other services"},
    )
    contact_email = forms.EmailField(
        label="Service email address", max_length=254, required=False,
        help_text="A shared address for the service, like referrals@example.org, not a named person's.",
        error_messages={"invalid": "Enter an email address in the correct format, like referrals@example.org"},
    )
    contact_phone = forms.CharField(
        label="Service phone number", max_length=30, required=False,
        help_text="The service's own number, not a named person's direct line or mobile.",
    )
    contact_website = forms.URLField(
        label="Website", max_length=200, required=False, assume_scheme="https",
        error_messages={"invalid": "Enter a web address, like https://www.example.org"},
    )

    def clean_contact_phone(self):
        return _apply(rules.clean_phone, self.cleaned_data.get("contact_phone"))

    def __init__(self, *args, parent_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = parent_choices if parent_choices is not None else Service.objects.none()
        self.fields["contact_email"].widget.attrs["autocomplete"] = "off"
        self.fields["contact_phone"].widget.input_type = "tel"

    @classmethod
    def initial_for(cls, service: Service) -> dict:
        return {
            "listed_name": service.listed_name,
            "sectors": list(service.sectors.all()),
            "regions": list(service.regions.all()),
            "areas_served": service.areas_served,
            "delivery_partner": service.delivery_partner,
            "parent": service.parent_id,
            "contact_email": service.contact_email,
            "contact_phone": service.contact_phone,
            "contact_website": service.contact_website,
        }


class ContactConsentForm(forms.Form):
    consent = forms.TypedChoiceField(
        label="Show these contact details on the public register?",
        choices=[
            ("yes", "Yes, show them to people looking for a restorative service"),
            ("no", "No, do not show them"),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        help_text="If you say yes, anyone looking for a restorative service can see this service's email "
                  "address, phone number and website on the public register. You can change your mind at any "
                  "time: the details stop being shown as soon as you do.",
        error_messages={"required": "Select yes if the contact details may be shown on the public register"},
    )


class OpenDataConsentForm(forms.Form):
    open_data = forms.TypedChoiceField(
        label="Include these contact details in the register's open data?",
        choices=[
            ("yes", "Yes, include them in the open data files"),
            ("no", "No, leave them out of the open data files"),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        help_text="The register can be downloaded by anyone as open data: spreadsheet and data files that people "
                  "may copy, reuse and publish elsewhere, for example in their own directory of services. If you "
                  "say yes, this service's email address, phone number and website are in those files too. They "
                  "are included only while they are also shown on the register. Once a file has been downloaded "
                  "we cannot take the details back out of it. The scheme never gives data to anyone for "
                  "marketing, and the files say that the details must not be used for it.",
        error_messages={"required": "Select yes if the contact details may be included in the open data"},
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="Email address", max_length=254,
        help_text="We will email a link to join the organisation. It works for 14 days.",
        error_messages={"required": "Enter the email address of the person to invite",
                        "invalid": "Enter an email address in the correct format, like name@example.org"},
    )
    role = forms.ChoiceField(
        label="Role", choices=MembershipRole.choices, widget=forms.RadioSelect,
        help_text="Admins manage the organisation's services and users. Contributors can see and work on "
                  "its applications.",
        error_messages={"required": "Select a role"},
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label="Role", choices=MembershipRole.choices, widget=forms.RadioSelect,
        error_messages={"required": "Select a role"},
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Reason the organisation is not verified", widget=forms.Textarea, max_length=2000,
        help_text="The organisation's admins are sent this reason.",
        error_messages={"required": "Enter the reason the organisation is not verified"},
    )


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "All statuses"), *OrganisationStatus.choices],
    )
