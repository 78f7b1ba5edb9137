"""The one validator every free-text field of rsqm passes: the privacy guard.

PRIV-NO-RECORD: neither assessors nor the scheme's staff record sensitive personal data they see,
and every free text written in rsqm (notes, reasons, replies, reports, case notes) is held to the
same rule as uploads (PRIV-NO-SENSITIVE). A text in which the guard (``rsqm.privacy.scan_text``)
finds anything is not stored: the form is shown again with the text as typed and each finding
(its kind and a masked snippet, never the raw words) marked beside the field.

The ordinary contact data of the writer's own organisation's staff may be held (PRIV-STAFF-DATA):
the allow-list comes from the form's context, built by :func:`allow_for_organisation` or
:func:`allow_for_user` from the names of the organisation's users and its main contact, its
email domains, address and phone numbers. Without one (someone not signed in), no name is
allowed and the message suggests naming roles instead ("our RJ lead").

Use: a form inherits :class:`PrivacyGuardedForm` (or mixes in :class:`PrivacyGuardMixin`) and is
given ``privacy_allow=`` (an allow-list, or a callable that builds one); every ``CharField`` it
has with a ``Textarea`` widget, and any field named in ``privacy_fields``, is guarded, including
fields added in ``__init__``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

#: How each kind of finding is named to the person who wrote it.
CATEGORY_WORDS: dict[str, str] = {
    "person_name": "a person's name",
    "postal_address": "a postal address",
    "postcode": "a postcode",
    "date_of_birth": "a date of birth",
    "phone": "a phone number",
    "email": "an email address",
    "ni_number": "a National Insurance number",
    "nhs_number": "an NHS number",
    "passport": "a passport number",
    "driving_licence": "a driving licence number",
    "vehicle_registration": "a vehicle registration",
    "prison_number": "a prison number",
    "age_with_detail": "an age with details that could identify someone",
    "school_with_pupil": "a school with a pupil",
    "police_reference": "a police reference",
    "special_category": "information about health, ethnicity, religion, sexual life, politics, trade union "
                        "membership or offences",
}

SUGGEST_ROLES = ("Describe roles and processes, not people: for example “our RJ lead” or “a participant”, "
                 "and leave out anything that could identify someone.")
SUGGEST_SIGNED_IN = ("Describe roles and processes, not people: for example “our RJ lead” or “a participant”. "
                     "Your own organisation's staff may be named.")


def _allow_class():
    from rsqm.privacy import Allow

    return Allow


def allow_for_organisation(organisation) -> Any:
    """The allow-list of one organisation (PRIV-STAFF-DATA): the names of its users and its main
    contact, the domains of its email addresses, its address and its phone numbers, and its own
    name and its services' names."""
    from rsqm.organisations.models import OrganisationMembership

    users = [m.user for m in OrganisationMembership.objects.filter(organisation=organisation).select_related("user")]
    names = [u.full_name for u in users if u.full_name] + [organisation.contact_name]
    services = list(organisation.services.values_list("listed_name", "contact_email", "contact_phone"))
    emails = [u.email for u in users] + [organisation.contact_email] + [email for _name, email, _phone in services]
    phones = [organisation.contact_phone] + [phone for _name, _email, phone in services]
    address = ", ".join(p for p in (organisation.address_line_1, organisation.address_line_2, organisation.town,
                                    organisation.postcode) if p)
    return _allow_class()(
        names=tuple(n for n in names if n),
        email_domains=tuple(sorted({e.rsplit("@", 1)[-1].lower() for e in emails if e and "@" in e})),
        addresses=tuple(a for a in (address, organisation.address_line_1, organisation.postcode) if a),
        phones=tuple(p for p in phones if p),
        organisations=tuple(n for n in [organisation.legal_name, *(name for name, _email, _phone in services)] if n),
    )


def allow_for_user(user) -> Any:
    """The allow-list of everything the signed-in ``user``'s organisations may name, merged; an
    empty list for someone not signed in (or with no organisation)."""
    Allow = _allow_class()
    if user is None or not getattr(user, "is_authenticated", False):
        return Allow()
    from rsqm.organisations.models import Organisation

    parts = [allow_for_organisation(o) for o in Organisation.objects.filter(memberships__user=user)]
    own_name = (user.full_name,) if getattr(user, "full_name", "") else ()
    return Allow(
        names=own_name + tuple(n for a in parts for n in a.names),
        email_domains=tuple(d for a in parts for d in a.email_domains),
        addresses=tuple(x for a in parts for x in a.addresses),
        phones=tuple(p for a in parts for p in a.phones),
        organisations=tuple(n for a in parts for n in a.organisations),
    )


@dataclass(frozen=True)
class Marked:
    """A text refused by the guard, with its findings, for the page to mark them."""

    text: str
    findings: tuple

    def html(self) -> SafeString:
        """The text with each finding wrapped in ``<mark>``, everything escaped."""
        return mark_findings(self.text, self.findings)


def mark_findings(text: str, findings: Iterable) -> SafeString:
    out, at = [], 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.start < at:
            continue  # overlapping findings: the first one marks the span
        out.append(escape(text[at:finding.start]))
        words = CATEGORY_WORDS.get(finding.category, "personal data")
        out.append(f'<mark title="{escape(words)}">{escape(text[finding.start:finding.end])}</mark>')
        at = finding.end
    out.append(escape(text[at:]))
    return mark_safe("".join(out))


@deconstructible
class NoSensitiveData:
    """Validator (PRIV-NO-RECORD): refuse a free text in which the privacy guard finds anything.

    ``allow`` is the allow-list of the writer's own organisation (PRIV-STAFF-DATA), a callable
    returning it, or ``None``.
    The ``ValidationError`` has one message per finding (its kind and masked snippet, where it
    is) and a last one suggesting roles instead of names. ``sink`` (a dict), when given, receives
    ``{field_name: Marked}`` so the page can mark the findings in the text.
    """

    code = "sensitive_data"

    def __init__(self, allow=None, *, sink: dict | None = None, field_name: str = ""):
        self.allow = allow
        self.sink = sink
        self.field_name = field_name

    def resolved_allow(self):
        """The allow-list; a callable given as ``allow`` is called once, when first needed, so a
        form that is only displayed costs no queries."""
        if callable(self.allow):
            self.allow = self.allow()
        return self.allow

    def findings(self, value: str) -> tuple:
        if not value or not str(value).strip():
            return ()
        from rsqm.privacy import scan_text

        allow = self.resolved_allow()
        return tuple(scan_text(str(value), allow=allow if allow is not None else _allow_class()()))

    def __call__(self, value) -> None:
        found = self.findings(value)
        if not found:
            return
        if self.sink is not None:
            self.sink[self.field_name] = Marked(text=str(value), findings=found)
        errors = [
            ValidationError(
                "Remove %(what)s (“%(snippet)s”, characters %(start)s to %(end)s)",
                code=self.code,
                params={"what": CATEGORY_WORDS.get(f.category, "personal data"), "snippet": f.snippet,
                        "start": f.start + 1, "end": f.end},
            )
            for f in found
        ]
        names_allowed = bool(getattr(self.resolved_allow(), "names", ()))
        errors.append(ValidationError(SUGGEST_SIGNED_IN if names_allowed else SUGGEST_ROLES, code=self.code))
        raise ValidationError(errors)

    def __eq__(self, other) -> bool:
        return isinstance(other, NoSensitiveData) and self.allow == other.allow


class PrivacyGuardMixin:
    """Puts :class:`NoSensitiveData` on every free-text field of a form just before it is cleaned.

    Free-text fields: every ``CharField`` with a ``Textarea`` widget, and those named in
    ``privacy_fields``. ``privacy_findings`` maps each refused field's name to a :class:`Marked`.
    """

    privacy_fields: tuple[str, ...] = ()

    def __init__(self, *args, privacy_allow=None, **kwargs):
        self.privacy_allow = privacy_allow
        self.privacy_findings: dict[str, Marked] = {}
        super().__init__(*args, **kwargs)

    def free_text_fields(self) -> list[str]:
        return [
            name for name, field in self.fields.items()
            if isinstance(field, forms.CharField)
            and (isinstance(field.widget, forms.Textarea) or name in self.privacy_fields)
        ]

    def guard_free_text(self) -> None:
        """Attach the validator (once) to every free-text field; safe to call again."""
        for name in self.free_text_fields():
            field = self.fields[name]
            if any(isinstance(v, NoSensitiveData) for v in field.validators):
                continue
            field.validators = [*field.validators,
                                NoSensitiveData(self.privacy_allow, sink=self.privacy_findings, field_name=name)]

    def full_clean(self):
        self.guard_free_text()
        self.privacy_findings.clear()
        return super().full_clean()


class PrivacyGuardedForm(PrivacyGuardMixin, forms.Form):
    """A ``Form`` whose free texts pass the privacy guard (PRIV-NO-RECORD)."""
