from django import forms

from rsqm.core.figures import FIGURES


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(required=False, label="Action")
    actor = forms.CharField(required=False, max_length=200, label="Who", help_text="Part of a name or email address")
    organisation_id = forms.IntegerField(required=False, min_value=1, label="Organisation number")
    date_from = forms.DateField(required=False, label="From", help_text="For example, 15/06/2027",
                                input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    date_to = forms.DateField(required=False, label="To", help_text="For example, 30/06/2027",
                              input_formats=["%d/%m/%Y", "%Y-%m-%d"])

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "Any action"), *[(a, a) for a in actions]]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The 'to' date must be the same as or after the 'from' date")
        return data


class FigureForm(forms.Form):
    value = forms.IntegerField(label="Value")

    def __init__(self, *args, figure, **kwargs):
        super().__init__(*args, **kwargs)
        self.figure = figure
        field = self.fields["value"]
        field.label = f"{figure.label} ({figure.unit})"
        field.help_text = figure.help_text
        field.min_value = figure.minimum
        field.max_value = figure.maximum
        field.validators = []
        field.widget.input_type = "number"

    def clean_value(self):
        value = self.cleaned_data["value"]
        if not self.figure.minimum <= value <= self.figure.maximum:
            raise forms.ValidationError(
                f"Enter a number from {self.figure.minimum} to {self.figure.maximum}"
            )
        return value


__all__ = ["AuditFilterForm", "FigureForm", "FIGURES"]
