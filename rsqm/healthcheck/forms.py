"""Forms of the healthcheck. Every free text passes the privacy guard through
``rsqm.core.validators.PrivacyGuardedForm`` (PRIV-NO-RECORD)."""

from __future__ import annotations

from django import forms

from rsqm.core.validators import PrivacyGuardedForm
from rsqm.healthcheck.models import Rating
from rsqm.healthcheck.services import Given

NOTE_MAX = 2000


class StandardAnswersForm(PrivacyGuardedForm):
    """One standard's indicators: a rating each, a reason when "not applicable", an optional note.

    Fields are named by indicator id: ``rating_<id>``, ``na_reason_<id>``, ``note_<id>``. Ratings
    are optional here: whether every indicator must be answered depends on the button pressed,
    and the service says which are missing.
    """

    def __init__(self, *args, indicators, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        answers = answers or {}
        for indicator in self.indicators:
            answer = answers.get(indicator.pk)
            self.fields[f"rating_{indicator.pk}"] = forms.ChoiceField(
                label=f"{indicator.code} {indicator.text}", choices=Rating.choices, required=False,
                widget=forms.RadioSelect, initial=answer.rating if answer else None,
            )
            self.fields[f"na_reason_{indicator.pk}"] = forms.CharField(
                label=f"If {indicator.code} does not apply to your service, why not?", required=False,
                max_length=NOTE_MAX, widget=forms.Textarea, initial=answer.na_reason if answer else "",
                help_text="Needed only when you choose “not applicable”.",
            )
            self.fields[f"note_{indicator.pk}"] = forms.CharField(
                label=f"Note on {indicator.code}", required=False, max_length=NOTE_MAX, widget=forms.Textarea,
                initial=answer.note if answer else "",
                help_text="For your own use: what you have in place, or what you plan. Describe roles, not "
                          "people: never name or describe a participant.",
            )

    def rows(self):
        """For the template: each indicator with its three bound fields."""
        for indicator in self.indicators:
            yield {
                "indicator": indicator,
                "rating": self[f"rating_{indicator.pk}"],
                "na_reason": self[f"na_reason_{indicator.pk}"],
                "note": self[f"note_{indicator.pk}"],
                "na_reason_marked": self.privacy_findings.get(f"na_reason_{indicator.pk}"),
                "note_marked": self.privacy_findings.get(f"note_{indicator.pk}"),
            }

    def given(self) -> dict[int, Given | None]:
        data = self.cleaned_data
        out: dict[int, Given | None] = {}
        for indicator in self.indicators:
            rating = data.get(f"rating_{indicator.pk}") or ""
            out[indicator.pk] = Given(
                rating=rating,
                na_reason=data.get(f"na_reason_{indicator.pk}", "") if rating == Rating.NOT_APPLICABLE else "",
                note=data.get(f"note_{indicator.pk}", ""),
            ) if rating else None
        return out


class ResumeLinkForm(forms.Form):
    email = forms.EmailField(
        label="Email address", max_length=254,
        help_text="We will send a link to continue this healthcheck, and nothing else. We do not keep the address.",
        error_messages={"required": "Enter your email address",
                        "invalid": "Enter an email address in the correct format, like name@example.org"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"


class StartForm(forms.Form):
    """For a signed-in user with several organisations: which one the healthcheck is for."""

    organisation = forms.TypedChoiceField(label="Which organisation is this healthcheck for?", coerce=int,
                                          widget=forms.RadioSelect,
                                          error_messages={"required": "Choose the organisation"})

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = {o.pk: o for o in organisations}
        self.fields["organisation"].choices = [(o.pk, o.legal_name) for o in organisations]
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk

    def chosen(self):
        return self.organisations[self.cleaned_data["organisation"]]


class ChooseOrganisationForm(StartForm):
    pass


class SupportMessageForm(PrivacyGuardedForm):
    body = forms.CharField(
        label="What would you like help with?", max_length=4000, widget=forms.Textarea,
        help_text="The scheme's case officers will read your report and reply here. Describe roles, not people: "
                  "never name or describe a participant.",
        error_messages={"required": "Enter what you would like help with"},
    )

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["body"].label = label


class StaffReplyForm(PrivacyGuardedForm):
    body = forms.CharField(label="Your reply", max_length=4000, widget=forms.Textarea,
                           help_text="The organisation is emailed a link to read it. Never name or describe a "
                                     "participant.",
                           error_messages={"required": "Enter your reply"})



class ReadinessOverrideForm(PrivacyGuardedForm):
    reason = forms.CharField(
        label="Why is the organisation ready to apply?", max_length=4000, widget=forms.Textarea,
        help_text="This goes on the organisation's record and lets it apply for the period shown above, whatever "
                  "its healthcheck says.",
        error_messages={"required": "Enter why the organisation is ready to apply"},
    )

