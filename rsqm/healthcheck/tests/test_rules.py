"""APP-HEALTHCHECK as pure rules: the verdict at its boundary, and the gate's dates."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rsqm.healthcheck import rules
from rsqm.healthcheck.rules import DEVELOPING, IN_PLACE, NOT_APPLICABLE, NOT_STARTED, PROGRESSING

ALL = [NOT_STARTED, DEVELOPING, PROGRESSING, IN_PLACE, NOT_APPLICABLE]


def standard(number: int, *ratings: str | None) -> rules.StandardResult:
    return rules.StandardResult(
        number=number, key=f"s{number}", title=f"Standard {number}",
        indicators=tuple(rules.IndicatorResult(key=f"s{number}.{i}", code=f"{number}.{i}", text=f"Indicator {i}",
                                               rating=r) for i, r in enumerate(ratings, start=1)),
    )


def verdict(*standards: rules.StandardResult) -> rules.Verdict:
    return rules.verdict(standards)


# --- The verdict ----------------------------------------------------------------------------------


def test_app_healthcheck_progressing_well_everywhere_is_ready():
    assert verdict(standard(1, PROGRESSING, PROGRESSING), standard(2, PROGRESSING)).ready


def test_app_healthcheck_one_indicator_just_below_progressing_well_is_not_ready():
    v = verdict(standard(1, IN_PLACE, DEVELOPING), standard(2, IN_PLACE))
    assert not v.ready
    assert [i.code for i in v.below] == ["1.2"]


def test_app_healthcheck_not_applicable_is_left_out():
    v = verdict(standard(1, PROGRESSING, NOT_APPLICABLE), standard(2, NOT_APPLICABLE, IN_PLACE))
    assert v.ready and v.below == []


def test_app_healthcheck_a_standard_with_every_indicator_not_applicable_is_not_ready():
    v = verdict(standard(1, IN_PLACE), standard(2, NOT_APPLICABLE, NOT_APPLICABLE))
    assert not v.ready
    assert [s.number for s in v.all_not_applicable_standards] == [2]
    assert v.below == []


def test_app_healthcheck_an_unanswered_indicator_is_not_ready():
    assert not verdict(standard(1, IN_PLACE, None)).ready


def test_the_threshold_is_progressing_well():
    assert [r for r in ALL if rules.meets_threshold(r)] == [PROGRESSING, IN_PLACE]
    assert not rules.meets_threshold(None)


@given(st.lists(st.lists(st.sampled_from(ALL), min_size=1, max_size=6), min_size=1, max_size=6))
def test_app_healthcheck_ready_exactly_when_every_standard_has_an_applicable_indicator_and_none_below(grid):
    v = verdict(*[standard(n, *ratings) for n, ratings in enumerate(grid, start=1)])
    expected = all(
        any(r != NOT_APPLICABLE for r in ratings)
        and all(r in (PROGRESSING, IN_PLACE) for r in ratings if r != NOT_APPLICABLE)
        for ratings in grid
    )
    assert v.ready is expected


# --- The gate -------------------------------------------------------------------------------------


def gate(on, *, completed_on=date(2026, 3, 10), ready=True, verified=True, override_on=None, months=12,
         override_months=12, latest=True):
    v = verdict(standard(1, IN_PLACE if ready else DEVELOPING))
    return rules.gate(
        on=on, organisation_verified=verified,
        latest=rules.CompletedHealthcheck(id=1, completed_on=completed_on, verdict=v) if latest else None,
        override=rules.Override(id=7, recorded_on=override_on, reason="Assessed in person") if override_on else None,
        valid_months=months, override_months=override_months,
    )


def test_app_healthcheck_allowed_on_the_last_day_of_the_12_months_and_not_the_day_after():
    assert gate(date(2027, 3, 10)).allowed
    after = gate(date(2027, 3, 11))
    assert not after.allowed and after.codes == ["expired"]
    assert "10 March 2027" in after.reasons[0].message


def test_app_healthcheck_12_months_from_31_january_end_on_31_january_and_from_29_february_on_28_february():
    assert gate(date(2027, 1, 31), completed_on=date(2026, 1, 31)).allowed
    assert not gate(date(2027, 2, 1), completed_on=date(2026, 1, 31)).allowed
    assert gate(date(2029, 2, 28), completed_on=date(2028, 2, 29)).allowed
    assert not gate(date(2029, 3, 1), completed_on=date(2028, 2, 29)).allowed


def test_app_healthcheck_the_period_is_configurable():
    assert gate(date(2026, 9, 10), months=6).allowed
    assert not gate(date(2026, 9, 11), months=6).allowed
    assert gate(date(2027, 9, 10), months=18).allowed


def test_app_healthcheck_not_ready_names_the_indicators():
    decision = gate(date(2026, 4, 1), ready=False)
    assert not decision.allowed and decision.codes == ["not_ready"]
    assert "1.1 Indicator 1" in decision.reasons[0].message


def test_app_healthcheck_too_old_and_not_ready_gives_both_reasons():
    assert gate(date(2028, 1, 1), ready=False).codes == ["expired", "not_ready"]


def test_app_healthcheck_without_a_healthcheck():
    decision = gate(date(2026, 4, 1), latest=False)
    assert not decision.allowed and decision.codes == ["no_healthcheck"]


def test_app_healthcheck_an_organisation_not_yet_verified_cannot_apply():
    decision = gate(date(2026, 4, 1), verified=False)
    assert not decision.allowed and decision.codes == ["not_verified"]
    assert not gate(date(2026, 4, 1), verified=False, override_on=date(2026, 4, 1)).allowed


def test_app_healthcheck_staff_record_of_readiness_lasts_12_months():
    on_the_day = gate(date(2027, 5, 20), ready=False, override_on=date(2026, 5, 20))
    assert on_the_day.allowed and on_the_day.via == "override" and on_the_day.valid_until == date(2027, 5, 20)
    assert not gate(date(2027, 5, 21), ready=False, override_on=date(2026, 5, 20)).allowed
    assert gate(date(2026, 6, 1), latest=False, override_on=date(2026, 5, 20)).allowed
    assert not gate(date(2026, 12, 1), latest=False, override_on=date(2026, 5, 20), override_months=6).allowed


def test_resume_links_are_limited_per_address_and_per_client():
    assert rules.may_send_resume_link(sent_to_address_last_day=2, sent_from_client_last_hour=9)
    assert not rules.may_send_resume_link(sent_to_address_last_day=3, sent_from_client_last_hour=0)
    assert not rules.may_send_resume_link(sent_to_address_last_day=0, sent_from_client_last_hour=10)
