"""Every write to users, roles and assessor profiles: one atomic function per action.

Each takes the acting user as ``by``, checks that they hold the duty the action needs (the views
check too; this is the last word), writes an audit row and any email in the same transaction.

Who may do what:
- administrator duty: create staff, change duties, change names, deactivate and reactivate,
  reset MFA, unlock a locked-out account;
- administrator or case officer duty: create assessors, record confidentiality statements,
  keep assessor profiles (training, DBS) and declared conflicts of interest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from rsqm.accounts import sessions
from rsqm.accounts.models import AssessorProfile, ConflictOfInterest, DbsLevel, Duty, User
from rsqm.core import audit, clock
from rsqm.notifications import outbox

USER_MANAGERS = (Duty.ADMINISTRATOR,)
ASSESSOR_MANAGERS = (Duty.ADMINISTRATOR, Duty.CASE_OFFICER)


class Role:
    STAFF = "staff"
    ASSESSOR = "assessor"
    CHOICES = [(STAFF, "Member of staff"), (ASSESSOR, "Assessor")]


def may(by, *duties: Duty) -> bool:
    return bool(by is not None and by.is_authenticated and by.is_active and by.is_staff
                and any(by.has_perm(d.perm) for d in duties))


def _require(by, *duties: Duty) -> None:
    if not may(by, *duties):
        raise PermissionDenied


def duties_of(user) -> list[Duty]:
    labels = {g.name for g in user.groups.all()}
    return [d for d in Duty if d.label in labels]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- Creating people -----------------------------------------------------------------------

@transaction.atomic
def user_create(
    *, email: str, full_name: str, role: str, duties: Iterable[Duty] = (), by, request=None, now=None
) -> User:
    """Create a member of staff or an assessor and email them a link to set their password.

    The address counts as verified (the office typed it, and only its owner can use the link);
    the new user must still set up an authenticator app when they first sign in.
    """
    at = now or clock.now()
    if role == Role.STAFF:
        _require(by, *USER_MANAGERS)
    elif role == Role.ASSESSOR:
        _require(by, *ASSESSOR_MANAGERS)
    else:
        raise ValueError(f"unknown role {role!r}")
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists() or EmailAddress.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": "An account with this email address already exists"})
    duties = list(duties) if role == Role.STAFF else []
    user = User.objects.create_user(email=email, password=None, full_name=full_name.strip(),
                                    is_staff=role == Role.STAFF)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if duties:
        user.groups.set(Group.objects.filter(name__in=[d.label for d in duties]))
    if role == Role.ASSESSOR:
        AssessorProfile.objects.create(user=user, created_at=at)
    audit.record("user.created", by=by, obj=user, request=request, now=at,
                 detail={"role": role, "duties": [d.value for d in duties]})
    _send_invitation(user, by=by, now=at)
    return user


def _send_invitation(user: User, *, by, now) -> None:
    # allauth's own reset-link token (it covers the email address too), so the link opens
    # allauth's "set a new password" page and stops working once used.
    token = default_token_generator.make_token(user)
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": token})
    outbox.enqueue(
        template="account_invitation",
        to=user.email,
        context={
            "user": user,
            "invited_by": by,
            "set_password_url": settings.SITE_URL.rstrip("/") + path,
            "reset_url": settings.SITE_URL.rstrip("/") + reverse("account_reset_password"),
            "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
            "is_assessor": user.is_assessor,
        },
        key=f"account_invitation:{user.pk}:{now.isoformat()}",
        now=now,
    )


@transaction.atomic
def user_invitation_resend(*, user: User, by, request=None, now=None) -> None:
    """Send a new set-password link to someone who has never signed in."""
    at = now or clock.now()
    _require(by, *(USER_MANAGERS if user.is_staff else ASSESSOR_MANAGERS))
    if user.last_login is not None:
        raise ValidationError("This person has already signed in: they can reset their own password")
    if not user.is_active:
        raise ValidationError("Reactivate the account first")
    audit.record("user.invitation_sent", by=by, obj=user, request=request, now=at)
    _send_invitation(user, by=by, now=at)


# --- Changing people ------------------------------------------------------------------------

@transaction.atomic
def user_details_update(*, user: User, full_name: str, by, request=None, now=None) -> User:
    _require(by, *USER_MANAGERS)
    full_name = full_name.strip()
    if full_name != user.full_name:
        user.full_name = full_name
        user.save(update_fields=["full_name"])
        audit.record("user.details_changed", by=by, obj=user, request=request, now=now,
                     detail={"changed": ["full_name"]})
    return user


@transaction.atomic
def user_duties_set(*, user: User, duties: Iterable[Duty], by, request=None, now=None) -> User:
    """Give a member of staff exactly ``duties`` (administrator duty only)."""
    _require(by, Duty.ADMINISTRATOR)
    if not user.is_staff:
        raise ValidationError("Only members of staff have duties")
    new = [d for d in Duty if d in set(duties)]
    old = duties_of(user)
    if user.pk == by.pk and Duty.ADMINISTRATOR in old and Duty.ADMINISTRATOR not in new:
        raise ValidationError({"duties": "You cannot remove your own administrator duty: ask another administrator"})
    if new != old:
        user.groups.remove(*Group.objects.filter(name__in=[d.label for d in Duty]))
        user.groups.add(*Group.objects.filter(name__in=[d.label for d in new]))
        audit.record("user.duties_changed", by=by, obj=user, request=request, now=now,
                     detail={"old": [d.value for d in old], "new": [d.value for d in new]})
    return user


@transaction.atomic
def user_confidentiality_set(*, user: User, signed_on: date | None, by, request=None, now=None) -> User:
    """Record the date the user signed the confidentiality statement (PRIV-ASSESSOR-CHECKS)."""
    _require(by, *ASSESSOR_MANAGERS)
    if not (user.is_staff or user.is_assessor):
        raise ValidationError("Only staff and assessors sign the confidentiality statement")
    at = now or clock.now()
    if signed_on is not None and signed_on > clock.london_date(at):
        raise ValidationError({"signed_on": "The date must be today or in the past"})
    old = user.confidentiality_signed_on
    if old != signed_on:
        user.confidentiality_signed_on = signed_on
        user.save(update_fields=["confidentiality_signed_on"])
        audit.record("user.confidentiality_changed", by=by, obj=user, request=request, now=at,
                     detail={"old": _iso(old), "new": _iso(signed_on)})
    return user


@transaction.atomic
def assessor_profile_update(
    *,
    user: User,
    training_completed_on: date | None,
    dbs_checked_on: date | None,
    dbs_level: str,
    dbs_reference: str,
    by,
    request=None,
    now=None,
) -> AssessorProfile:
    """Keep what APP-ASSESSOR-FIT needs: training date and the DBS check's date, level and
    certificate reference (never what the disclosure says)."""
    _require(by, *ASSESSOR_MANAGERS)
    at = now or clock.now()
    profile = AssessorProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        raise ValidationError("This person is not an assessor")
    today = clock.london_date(at)
    errors = {}
    if training_completed_on and training_completed_on > today:
        errors["training_completed_on"] = "The training date must be today or in the past"
    if dbs_checked_on and dbs_checked_on > today:
        errors["dbs_checked_on"] = "The DBS check date must be today or in the past"
    if dbs_level and dbs_level not in DbsLevel.values:
        errors["dbs_level"] = "Choose a DBS check level"
    if dbs_checked_on and not dbs_level:
        errors["dbs_level"] = "Choose the level of the DBS check"
    if errors:
        raise ValidationError(errors)
    new = {
        "training_completed_on": training_completed_on,
        "dbs_checked_on": dbs_checked_on,
        "dbs_level": dbs_level or "",
        "dbs_reference": (dbs_reference or "").strip(),
    }
    changed = [name for name, value in new.items() if getattr(profile, name) != value]
    if not changed:
        return profile
    detail: dict = {"changed": changed}
    for name in ("training_completed_on", "dbs_checked_on"):
        if name in changed:
            detail[name] = {"old": _iso(getattr(profile, name)), "new": _iso(new[name])}
    if "dbs_level" in changed:
        detail["dbs_level"] = {"old": profile.dbs_level, "new": new["dbs_level"]}
    for name, value in new.items():
        setattr(profile, name, value)
    profile.save(update_fields=changed)
    audit.record("assessor.profile_changed", by=by, obj=user, request=request, now=at, detail=detail)
    return profile


@transaction.atomic
def conflict_declare(
    *, user: User, organisation, nature: str, declared_on: date, by, request=None, now=None
) -> ConflictOfInterest:
    """Record a conflict of interest an assessor declared with an organisation (APP-ASSESSOR-FIT)."""
    _require(by, *ASSESSOR_MANAGERS)
    at = now or clock.now()
    profile = AssessorProfile.objects.filter(user=user).first()
    if profile is None:
        raise ValidationError("This person is not an assessor")
    if declared_on > clock.london_date(at):
        raise ValidationError({"declared_on": "The date must be today or in the past"})
    if profile.conflicts.filter(organisation=organisation, ended_on__isnull=True).exists():
        raise ValidationError({"organisation": "This assessor already has an open conflict with this organisation"})
    conflict = ConflictOfInterest.objects.create(
        assessor=profile, organisation=organisation, nature=nature.strip(), declared_on=declared_on
    )
    audit.record("assessor.conflict_declared", by=by, obj=user, request=request, now=at,
                 organisation_id=organisation.pk,
                 detail={"conflict_id": conflict.pk, "organisation_id": organisation.pk,
                         "declared_on": declared_on.isoformat()})
    return conflict


@transaction.atomic
def conflict_end(*, conflict: ConflictOfInterest, ended_on: date, by, request=None, now=None) -> ConflictOfInterest:
    _require(by, *ASSESSOR_MANAGERS)
    at = now or clock.now()
    conflict = ConflictOfInterest.objects.select_for_update().get(pk=conflict.pk)
    if conflict.ended_on is not None:
        raise ValidationError("This conflict has already ended")
    if ended_on < conflict.declared_on:
        raise ValidationError({"ended_on": "The end date must be on or after the date it was declared"})
    if ended_on > clock.london_date(at):
        raise ValidationError({"ended_on": "The date must be today or in the past"})
    conflict.ended_on = ended_on
    conflict.save(update_fields=["ended_on"])
    audit.record("assessor.conflict_ended", by=by, obj=conflict.assessor.user, request=request, now=at,
                 organisation_id=conflict.organisation_id,
                 detail={"conflict_id": conflict.pk, "organisation_id": conflict.organisation_id,
                         "ended_on": ended_on.isoformat()})
    return conflict


# --- Access ---------------------------------------------------------------------------------

@transaction.atomic
def user_deactivate(*, user: User, by, request=None, now=None) -> User:
    """Stop the user signing in, and end every session they have now."""
    _require(by, *USER_MANAGERS)
    if user.pk == by.pk:
        raise ValidationError("You cannot deactivate your own account")
    if not user.is_active:
        raise ValidationError("This account is already deactivated")
    user.is_active = False
    user.save(update_fields=["is_active"])
    ended = sessions.end_all_for(user)
    audit.record("user.deactivated", by=by, obj=user, request=request, now=now, detail={"sessions_ended": ended})
    return user


@transaction.atomic
def user_reactivate(*, user: User, by, request=None, now=None) -> User:
    _require(by, *USER_MANAGERS)
    if user.is_active:
        raise ValidationError("This account is already active")
    user.is_active = True
    user.save(update_fields=["is_active"])
    audit.record("user.reactivated", by=by, obj=user, request=request, now=now)
    return user


@transaction.atomic
def user_mfa_reset(*, user: User, by, request=None, now=None) -> list[str]:
    """Remove every authenticator of a user who lost theirs (administrator duty only).

    Their sessions end too; at their next sign-in staff and assessors must set up an app again.
    Returns the types removed.
    """
    _require(by, Duty.ADMINISTRATOR)
    at = now or clock.now()
    if user.pk == by.pk:
        raise ValidationError("You cannot reset your own two-factor authentication: ask another administrator")
    authenticators = Authenticator.objects.filter(user=user)
    removed = sorted({a.type for a in authenticators})
    if not removed:
        raise ValidationError("This person has no two-factor authentication to reset")
    authenticators.delete()
    ended = sessions.end_all_for(user)
    audit.record("mfa.reset_by_staff", by=by, obj=user, request=request, now=at,
                 detail={"removed": removed, "sessions_ended": ended})
    outbox.enqueue(
        template="mfa_reset",
        to=user.email,
        context={"user": user, "login_url": settings.SITE_URL.rstrip("/") + reverse("account_login")},
        key=f"mfa_reset:{user.pk}:{at.isoformat()}",
        now=at,
    )
    return removed


@transaction.atomic
def user_unlock(*, email: str, by, request=None, now=None) -> int:
    """Clear the failed sign-ins of an email address from every client address."""
    from axes.utils import reset

    _require(by, Duty.ADMINISTRATOR)
    email = email.strip().lower()
    cleared = reset(username=email)
    target = User.objects.filter(email__iexact=email).first()
    audit.record("account.unlocked", by=by, obj=target, request=request, now=now,
                 detail={"email": email, "attempts_cleared": cleared})
    return cleared
