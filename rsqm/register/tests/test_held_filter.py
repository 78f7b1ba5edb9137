"""The register's status filters agree with the award periods on every day (MEM-AWARD-3Y,
MEM-RENEWAL, MEM-MARK-CEASE): the listing's copy of its newest award's held run is only a faster
way to the same answer."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rsqm.assessments import rules
from rsqm.assessments import selectors as award_selectors
from rsqm.core import clock
from rsqm.register import selectors
from rsqm.register.demo import generate_services
from rsqm.register.models import Listing

pytestmark = pytest.mark.usefixtures("demo")


def test_the_filters_match_the_periods_on_every_kind_of_day():
    generate_services(60)
    today = clock.today()
    facts, _ = award_selectors.award_facts_for_services(Listing.objects.values_list("service_id", flat=True))
    service_of = dict(Listing.objects.values_list("pk", "service_id"))
    days = [today - timedelta(days=n) for n in (0, 1, 7, 10, 40, 60, 61, 150, 151, 270, 271, 300, 365, 366, 700,
                                                 1000, 1100, 1200, 1500)]
    for day in days:
        held = set(selectors.public_listings().filter(selectors.held_on(day, today=today)).values_list("pk", flat=True))
        renewal = set(selectors.public_listings().filter(selectors.held_on(day, today=today, renewal=True))
                      .values_list("pk", flat=True))
        expected_held, expected_renewal = set(), set()
        for pk, service_id in service_of.items():
            standing = rules.service_standing_on(facts.get(service_id, []), day, today=today)
            if standing.holds_mark:
                expected_held.add(pk)
            if standing.state == rules.RENEWAL_IN_PROGRESS:
                expected_renewal.add(pk)
        assert held == expected_held, day
        assert renewal == expected_renewal, day
