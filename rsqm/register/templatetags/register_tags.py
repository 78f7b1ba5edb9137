"""Template helpers of the register: how a standing is said, and how dates and numbers are written."""

from __future__ import annotations

from datetime import timedelta

from django import template

from rsqm.assessments import certificates
from rsqm.assessments.models import AwardStatus
from rsqm.register import wording

register = template.Library()


@register.filter
def standing_words(standing, award=None):
    """The tag and sentence for a standing: ``{% with words=standing|standing_words:award %}``."""
    return wording.standing_words(standing, award)


@register.filter
def end_reason(code: str) -> str:
    return wording.reason_words(code)


@register.filter
def award_status(code: str) -> str:
    return AwardStatus(code).label if code in AwardStatus.values else code


@register.filter
def path_form(number: str) -> str:
    """The certificate number as it is written in the address ``/verify/<number>``."""
    return certificates.path_form(number or "")


@register.filter
def last_day(ends_on):
    """The last day of a period whose ``ends_on`` is the first day after it."""
    return ends_on - timedelta(days=1) if ends_on else ends_on
