"""How the register says a service's standing on a day, in words (no database, no templates)."""

from __future__ import annotations

from dataclasses import dataclass

from rsqm.assessments import rules
from rsqm.assessments.models import EndReason

_TAGS = {
    rules.CURRENT: ("govuk-tag--green", "Holds the mark"),
    rules.RENEWAL_OVERDUE: ("govuk-tag--orange", "Renewal overdue"),
    rules.RENEWAL_IN_PROGRESS: ("govuk-tag--blue", "Renewal in progress"),
    rules.ENDED: ("govuk-tag--grey", "Mark ended"),
    rules.SUPERSEDED: ("govuk-tag--grey", "Replaced by renewal"),
    rules.NOT_AWARDED: ("govuk-tag--grey", "Not quality-marked"),
    rules.NOT_YET_KNOWN: ("govuk-tag--grey", "Not yet known"),
}


@dataclass(frozen=True)
class Words:
    tag_class: str
    tag_text: str
    sentence: str


def day(value) -> str:
    """A date as the register writes it: 15 June 2027."""
    return f"{value.day} {value:%B %Y}" if value else ""


def reason_words(code: str) -> str:
    return EndReason(code).label.lower() if code in EndReason.values else ""


def standing_words(standing: rules.Standing, award=None) -> Words:
    """The tag and the sentence for ``standing``; ``award`` is the award it is about, if any."""
    tag_class, tag_text = _TAGS.get(standing.state, ("govuk-tag--grey", standing.state))
    renewal_on = getattr(award, "renewal_on", None)
    state = standing.state
    if state == rules.CURRENT:
        if standing.held_until and renewal_on and standing.held_until < renewal_on:
            sentence = f"The mark is held until {day(standing.held_until)}."
        else:
            sentence = f"Renewal due by {day(renewal_on)}." if renewal_on else ""
    elif state == rules.RENEWAL_OVERDUE:
        sentence = (f"The renewal date, {day(renewal_on)}, has passed and no renewal has started yet: "
                    f"the mark is held until {day(standing.held_until)}.")
    elif state == rules.RENEWAL_IN_PROGRESS:
        sentence = f"A renewal assessment has been running since {day(standing.since)}: the mark is held until its decision."
    elif state == rules.ENDED:
        sentence = f"Not held from {day(standing.since)} ({reason_words(standing.reason)})."
    elif state == rules.SUPERSEDED:
        sentence = f"Replaced by a renewal award from {day(standing.since)}."
    elif state == rules.NOT_AWARDED:
        sentence = f"It did not hold the mark on {day(standing.on)}."
    else:
        sentence = f"{day(standing.on)} is in the future: whether it will hold the mark then is not yet known."
    return Words(tag_class, tag_text, sentence)
