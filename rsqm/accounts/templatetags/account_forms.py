"""Small filters that adjust allauth's form fields for GOV.UK markup (``includes/field.html``).

Each changes the field of this one form instance (Django copies fields per form), never the
form class.
"""

from django import template

register = template.Library()


@register.filter
def as_email(bound_field):
    """Render as ``type="email"`` (allauth uses a text input with a type attribute)."""
    bound_field.field.widget.input_type = "email"
    bound_field.field.widget.attrs.setdefault("autocomplete", "email")
    return bound_field


@register.filter
def hint(bound_field, text):
    """Replace the field's help text (shown as the GOV.UK hint); an empty string removes it."""
    bound_field.help_text = text
    return bound_field


@register.filter
def label(bound_field, text):
    bound_field.label = text
    return bound_field


@register.filter
def autocomplete(bound_field, value):
    bound_field.field.widget.attrs["autocomplete"] = value
    return bound_field
