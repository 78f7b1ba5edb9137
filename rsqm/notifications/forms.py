from django import forms

from rsqm.notifications.models import MessageStatus


class OutboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        required=False, label="Status", choices=[("", "Any status"), *MessageStatus.choices]
    )
