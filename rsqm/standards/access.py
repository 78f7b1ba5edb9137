"""Who may see and change frameworks of the standards.

- Published frameworks are public: anyone may read them (``get_published_framework``).
- Drafts are seen by scheme staff only, and changed by staff with the administrator duty
  (``may_edit_frameworks``); a published framework is changed by nobody.
Both helpers raise ``Http404`` alike for "not yours" and "does not exist".
"""

from __future__ import annotations

from django.http import Http404

from rsqm.accounts.models import Duty
from rsqm.core.access import has_duty, is_scheme_staff
from rsqm.standards.models import Framework, FrameworkStatus

is_framework_editor = has_duty(Duty.ADMINISTRATOR)


def may_edit_frameworks(user) -> bool:
    """Staff with the administrator duty edit drafts, publish them and import documents."""
    return bool(is_framework_editor(user))


def get_published_framework(version) -> Framework:
    try:
        return Framework.objects.get(version=int(version), status=FrameworkStatus.PUBLISHED)
    except (Framework.DoesNotExist, TypeError, ValueError):
        raise Http404 from None


def get_framework_for(user, pk) -> Framework:
    """Any framework for scheme staff; ``Http404`` for everyone else and for one that does not exist."""
    if not is_scheme_staff(user):
        raise Http404
    try:
        return Framework.objects.get(pk=int(pk))
    except (Framework.DoesNotExist, TypeError, ValueError):
        raise Http404 from None
