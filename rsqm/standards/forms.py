"""Forms of the standards' staff pages. Free texts pass the privacy guard (PRIV-NO-RECORD)."""

from __future__ import annotations

import json

from django import forms

from rsqm.core.validators import PrivacyGuardedForm
from rsqm.standards import rules


class FrameworkForm(PrivacyGuardedForm):
    privacy_fields = ("title",)

    title = forms.CharField(label="Title", max_length=rules.MAX_TITLE,
                            error_messages={"required": "Enter the framework's title"})
    illustrative = forms.BooleanField(
        label="The wording is illustrative", required=False,
        help_text="Pages that show these standards say that the wording is not the scheme's official text.",
    )


class StandardForm(PrivacyGuardedForm):
    privacy_fields = ("title",)

    key = forms.CharField(
        label="Key", max_length=60,
        help_text="Stays with this standard in every later version, for example “leadership”. Lower-case letters, "
                  "digits, hyphens and underscores.",
        error_messages={"required": "Enter the standard's key"},
    )
    title = forms.CharField(label="Title", max_length=rules.MAX_TITLE,
                            error_messages={"required": "Enter the standard's title"})
    summary = forms.CharField(label="Summary", required=False, max_length=rules.MAX_TEXT, widget=forms.Textarea)

    def __init__(self, *args, with_key: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_key:
            del self.fields["key"]


class IndicatorForm(PrivacyGuardedForm):
    key = forms.CharField(
        label="Key", max_length=80,
        help_text="Stays with this indicator in every later version, so answers carry forward: give the key an "
                  "earlier version used if this is the same indicator reworded, for example “leadership.purpose”.",
        error_messages={"required": "Enter the indicator's key"},
    )
    text = forms.CharField(label="Indicator", max_length=rules.MAX_TEXT, widget=forms.Textarea,
                           error_messages={"required": "Enter the indicator"})
    guidance = forms.CharField(label="Guidance", required=False, max_length=rules.MAX_GUIDANCE, widget=forms.Textarea,
                               help_text="Shown beside the indicator in the healthcheck.")
    evidence_examples = forms.CharField(label="Examples of evidence", required=False, widget=forms.Textarea,
                                        help_text="One example a line.")

    def __init__(self, *args, with_key: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_key:
            del self.fields["key"]

    def clean_evidence_examples(self):
        try:
            return rules.clean_examples(self.cleaned_data.get("evidence_examples", ""))
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None


class ImportForm(forms.Form):
    document = forms.FileField(
        label="Framework document (JSON)",
        help_text="A file exported from this page, or one in the same format with the scheme's official wording.",
        error_messages={"required": "Choose a JSON file to import"},
    )

    MAX_BYTES = 2 * 1024 * 1024

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError("The file must be smaller than 2 MB")
        try:
            return json.loads(upload.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise forms.ValidationError("The file must be JSON, like the export of a framework") from None


class ConfirmForm(forms.Form):
    """A button with nothing to fill in."""
