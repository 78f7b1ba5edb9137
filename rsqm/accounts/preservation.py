"""Keeping what someone typed when their session ended before they pressed the button.

When a signed-in user's session has timed out and they post a form (that passed the CSRF check),
``SessionTimeoutMiddleware`` calls :func:`keep`: the posted fields are held in a ``PreservedForm``
row for at most ``PRESERVED_FORM_SECONDS``, for that user and that path only. Passwords, CSRF
tokens and any field whose name contains "password", "token", "code" or "secret" are never kept;
nor are files, only their names, so that the page can ask for them again.

After the same user signs in and opens the same path, :func:`take` attaches the fields to the
request as ``request.preserved_form``, shows a banner, and deletes the row. A view fills its form
with :func:`preserved_initial`::

    form = ReturnForm(initial=preserved_initial(request, ReturnForm, initial={...}))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

from rsqm.accounts import sessions
from rsqm.core import clock

NEVER_KEPT = ("password", "token", "code", "secret")
BANNER = "We kept what you typed. Check it and submit again."


@dataclass
class KeptForm:
    """What ``request.preserved_form`` holds: the posted values by name, and file names."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    file_names: list[str] = field(default_factory=list)

    def as_querydict(self) -> QueryDict:
        data = QueryDict(mutable=True)
        for name, values in self.fields.items():
            data.setlist(name, list(values))
        return data


def is_keepable(name: str) -> bool:
    lowered = name.lower()
    return lowered != "csrfmiddlewaretoken" and not any(word in lowered for word in NEVER_KEPT)


def keep(request, user, *, now=None):
    """Store the keepable part of ``request.POST`` for ``user`` at ``request.path``.

    Returns the row, or ``None`` when nothing was worth keeping. A newer post to the same path
    replaces an older one.
    """
    from rsqm.accounts.models import PreservedForm

    at = now or clock.now()
    fields = {name: request.POST.getlist(name) for name in request.POST if is_keepable(name)}
    file_names = [
        upload.name for name in request.FILES for upload in request.FILES.getlist(name) if upload.name
    ]
    if not any(any(v.strip() for v in values) for values in fields.values()) and not file_names:
        return None
    with transaction.atomic():
        PreservedForm.objects.filter(user=user, path=request.path).delete()
        return PreservedForm.objects.create(
            user=user,
            path=request.path[:500],
            fields=fields,
            file_names=file_names,
            created_at=at,
            expires_at=at + timedelta(seconds=settings.PRESERVED_FORM_SECONDS),
        )


def has_live(user, *, now=None) -> bool:
    from rsqm.accounts.models import PreservedForm

    return PreservedForm.objects.filter(user=user, expires_at__gt=now or clock.now()).exists()


def take(request, *, now=None) -> KeptForm | None:
    """Attach the user's kept form for this path to the request, show the banner, delete the row.

    Only runs when the session says the user has a kept form (set at sign-in), so other requests
    cost nothing. An expired row is never shown.
    """
    from rsqm.accounts.models import PreservedForm

    if not request.session.get(sessions.HAS_PRESERVED):
        return None
    at = now or clock.now()
    user = request.user
    with transaction.atomic():
        row = (
            PreservedForm.objects.filter(user=user, path=request.path, expires_at__gt=at)
            .order_by("-created_at", "-id")
            .first()
        )
        if row is not None:
            PreservedForm.objects.filter(user=user, path=request.path).delete()
        if not PreservedForm.objects.filter(user=user, expires_at__gt=at).exists():
            request.session.pop(sessions.HAS_PRESERVED, None)
    if row is None:
        return None
    kept = KeptForm(fields=dict(row.fields), file_names=list(row.file_names))
    text = BANNER
    if kept.file_names:
        text += " Attach again: " + ", ".join(kept.file_names) + "."
    messages.info(request, text)
    return kept


def preserved_initial(request, form_class_or_fields, initial: dict | None = None, *, prefix: str | None = None):
    """``initial`` for a form, overlaid with what the user typed before their session ended.

    ``form_class_or_fields`` is a form class, a form instance, or an iterable of field names.
    Each widget reads its own value back (so check boxes left unticked come back unticked and
    split widgets work); file fields are left alone.
    """
    result = dict(initial or {})
    kept: KeptForm | None = getattr(request, "preserved_form", None)
    if not kept:
        return result
    if isinstance(form_class_or_fields, type) and issubclass(form_class_or_fields, forms.BaseForm):
        form_fields = form_class_or_fields.base_fields
    elif isinstance(form_class_or_fields, forms.BaseForm):
        form_fields = form_class_or_fields.fields
        prefix = prefix or form_class_or_fields.prefix
    else:
        for name in form_class_or_fields:
            key = f"{prefix}-{name}" if prefix else name
            if key in kept.fields and kept.fields[key]:
                result[name] = kept.fields[key][-1]
        return result
    data = kept.as_querydict()
    files = MultiValueDict()
    for name, form_field in form_fields.items():
        widget = form_field.widget
        if isinstance(form_field, forms.FileField):
            continue
        html_name = f"{prefix}-{name}" if prefix else name
        if widget.value_omitted_from_data(data, files, html_name):
            continue
        result[name] = widget.value_from_datadict(data, files, html_name)
    return result


def delete_expired(*, now=None) -> int:
    from rsqm.accounts.models import PreservedForm

    deleted, _ = PreservedForm.objects.filter(expires_at__lte=now or clock.now()).delete()
    return deleted
