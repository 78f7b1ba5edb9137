"""The healthcheck's rules as pure functions: the verdict, and the application gate. No database.

APP-HEALTHCHECK: an organisation applies only when it is ready: its healthcheck, completed within
the last 12 months (configurable), rates every applicable indicator of every standard at least
"progressing well"; or staff record that it is ready, with a reason (which lasts 12 months,
configurable).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rsqm.core.clock import add_months

NOT_STARTED = "not_started"
DEVELOPING = "developing"
PROGRESSING = "progressing_well"
IN_PLACE = "fully_in_place"
NOT_APPLICABLE = "not_applicable"

#: The four points of the scale, lowest first; "not applicable" is not on it.
SCALE = (NOT_STARTED, DEVELOPING, PROGRESSING, IN_PLACE)
LEVEL = {rating: index for index, rating in enumerate(SCALE)}
#: The lowest rating that counts as ready (APP-HEALTHCHECK).
THRESHOLD = PROGRESSING


def meets_threshold(rating: str | None) -> bool:
    """APP-HEALTHCHECK: at least "progressing well" ("not applicable" and no answer do not meet it)."""
    return rating in LEVEL and LEVEL[rating] >= LEVEL[THRESHOLD]


@dataclass(frozen=True)
class IndicatorResult:
    key: str
    code: str
    text: str
    rating: str | None  # None: not answered
    na_reason: str = ""
    note: str = ""

    @property
    def applicable(self) -> bool:
        return self.rating != NOT_APPLICABLE

    @property
    def meets(self) -> bool:
        return meets_threshold(self.rating)


@dataclass(frozen=True)
class StandardResult:
    number: int
    key: str
    title: str
    indicators: tuple[IndicatorResult, ...]

    @property
    def unanswered(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if i.rating is None]

    @property
    def applicable(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if i.rating is not None and i.applicable]

    @property
    def not_applicable(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if i.rating == NOT_APPLICABLE]

    @property
    def below(self) -> list[IndicatorResult]:
        """Answered, applicable and under "progressing well": the areas to improve."""
        return [i for i in self.applicable if not i.meets]

    @property
    def strengths(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if i.rating == IN_PLACE]

    @property
    def progressing(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if i.rating == PROGRESSING]

    @property
    def all_not_applicable(self) -> bool:
        return bool(self.indicators) and len(self.not_applicable) == len(self.indicators)

    @property
    def ready(self) -> bool:
        """APP-HEALTHCHECK for one standard: every indicator answered, at least one applicable, and
        every applicable one at least "progressing well". All "not applicable" is not ready."""
        return not self.unanswered and bool(self.applicable) and not self.below

    @property
    def met_count(self) -> int:
        return sum(1 for i in self.applicable if i.meets)


@dataclass(frozen=True)
class Verdict:
    standards: tuple[StandardResult, ...]

    @property
    def ready(self) -> bool:
        """APP-HEALTHCHECK: ready when every standard is ready."""
        return bool(self.standards) and all(s.ready for s in self.standards)

    @property
    def below(self) -> list[IndicatorResult]:
        return [i for s in self.standards for i in s.below]

    @property
    def unanswered(self) -> list[IndicatorResult]:
        return [i for s in self.standards for i in s.unanswered]

    @property
    def all_not_applicable_standards(self) -> list[StandardResult]:
        return [s for s in self.standards if s.all_not_applicable]


def verdict(standards: Iterable[StandardResult]) -> Verdict:
    """APP-HEALTHCHECK: the verdict of a healthcheck from its standards' answers."""
    return Verdict(standards=tuple(standards))


# --- The gate ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletedHealthcheck:
    """What the gate needs of an organisation's latest completed healthcheck."""

    id: int
    completed_on: date
    verdict: Verdict


@dataclass(frozen=True)
class Override:
    id: int
    recorded_on: date
    reason: str


@dataclass(frozen=True)
class Reason:
    code: str  # not_verified, no_healthcheck, expired, not_ready
    message: str


@dataclass(frozen=True)
class GateDecision:
    """Whether an organisation may apply on ``on``; if not, every reason why."""

    on: date
    allowed: bool
    via: str = ""  # "healthcheck" or "override" when allowed
    reasons: tuple[Reason, ...] = ()
    healthcheck_id: int | None = None
    valid_until: date | None = None
    not_ready: tuple[IndicatorResult, ...] = ()
    all_not_applicable: tuple[str, ...] = field(default=())  # titles of standards rated all "not applicable"
    override_id: int | None = None

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]


def healthcheck_valid_until(completed_on: date, valid_months: int) -> date:
    """APP-HEALTHCHECK: the last day a healthcheck completed on ``completed_on`` lets its
    organisation apply ("within N months of D" is on or before D + N months)."""
    return add_months(completed_on, valid_months)


def override_valid_until(recorded_on: date, override_months: int) -> date:
    """APP-HEALTHCHECK: the last day staff's record that an organisation is ready lets it apply."""
    return add_months(recorded_on, override_months)


def _fmt(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def gate(
    *,
    on: date,
    organisation_verified: bool,
    latest: CompletedHealthcheck | None,
    override: Override | None,
    valid_months: int,
    override_months: int,
) -> GateDecision:
    """APP-HEALTHCHECK: may the organisation apply on ``on``?

    ``latest`` is its latest healthcheck completed on or before ``on`` (on any version);
    ``override`` its latest readiness record made on or before ``on``. Allowed when the
    organisation is verified and either the override is in date, or ``latest`` is in date
    (``on`` ≤ completed_on + ``valid_months``) and ready. Otherwise every reason is given:
    not verified, no healthcheck, older than allowed, not ready (naming the indicators).
    """
    reasons: list[Reason] = []
    if not organisation_verified:
        reasons.append(Reason("not_verified", "The scheme's office has not yet verified the organisation."))
    if override is not None:
        until = override_valid_until(override.recorded_on, override_months)
        if on <= until and organisation_verified:
            return GateDecision(on=on, allowed=True, via="override", valid_until=until, override_id=override.id,
                                healthcheck_id=latest.id if latest else None)
    if latest is None:
        reasons.append(Reason("no_healthcheck", "The organisation has not completed a healthcheck."))
        return GateDecision(on=on, allowed=False, reasons=tuple(reasons))
    until = healthcheck_valid_until(latest.completed_on, valid_months)
    v = latest.verdict
    if on > until:
        reasons.append(Reason(
            "expired",
            f"The latest healthcheck was completed on {_fmt(latest.completed_on)}: it could be used until "
            f"{_fmt(until)}. Complete a new one.",
        ))
    if not v.ready:
        names = [f"{i.code} {i.text}" for i in v.below + v.unanswered]
        empty = [s.title for s in v.all_not_applicable_standards]
        parts = []
        if names:
            parts.append("these indicators are below “progressing well”: " + "; ".join(names))
        if empty:
            parts.append("every indicator of " + ", ".join(f"“{t}”" for t in empty) + " is marked “not applicable”")
        reasons.append(Reason("not_ready", "The latest healthcheck does not show the organisation is ready: "
                                           + "; and ".join(parts) + "."))
    if reasons:
        return GateDecision(on=on, allowed=False, reasons=tuple(reasons), healthcheck_id=latest.id,
                            valid_until=until, not_ready=tuple(v.below + v.unanswered),
                            all_not_applicable=tuple(s.title for s in v.all_not_applicable_standards))
    return GateDecision(on=on, allowed=True, via="healthcheck", healthcheck_id=latest.id, valid_until=until)


# --- Limits on resume links --------------------------------------------------------------------

#: Resume links to one email address in a rolling day, and from one client in a rolling hour.
LINKS_PER_ADDRESS_PER_DAY = 3
LINKS_PER_CLIENT_PER_HOUR = 10


def may_send_resume_link(*, sent_to_address_last_day: int, sent_from_client_last_hour: int) -> bool:
    """So the form cannot be used to send mail to strangers: at most
    ``LINKS_PER_ADDRESS_PER_DAY`` links to one address a day and ``LINKS_PER_CLIENT_PER_HOUR``
    from one client an hour."""
    return (sent_to_address_last_day < LINKS_PER_ADDRESS_PER_DAY
            and sent_from_client_last_hour < LINKS_PER_CLIENT_PER_HOUR)
