"""No input ever makes the register fail: whatever is typed, a page comes back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("demo_read")

# Any text an address can carry: every Unicode character but lone surrogates, which no URL holds.
typed = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=120)
tricky = st.sampled_from([
    'Why me?', 'Police & Crime', "Children's Home", '(WYJS)', 'HMP Durham - Offender', '"', '""', "'", '*', '^',
    'NEAR(a b)', 'a OR', 'AND', 'NOT', 'col:value', '-', '+', '\\', '%', '_', '\x00', '🙂', 'ꙮ', '𞤀', 'ǅ', 'ß',
    'x' * 400, ' ' * 10, "':*", '!!', '<->', 'a & | b', 'منچستر', '曼彻斯特', 'İstanbul', '１２３',
])
settings_ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings_
@given(q=st.one_of(typed, tricky, st.lists(tricky, max_size=5).map(" ".join)))
def test_any_query_gives_a_page(client, q):
    response = client.get("/register/", {"q": q})
    assert response.status_code == 200


@settings_
@given(q=typed, sector=typed, region=typed, status=typed, sort=typed, page=typed, on=typed,
       day=typed, month=typed, year=typed)
def test_any_parameters_give_a_page(client, q, sector, region, status, sort, page, on, day, month, year):
    response = client.get("/register/", {"q": q, "sector": sector, "region": region, "status": status,
                                         "sort": sort, "page": page, "on": on, "on_day": day, "on_month": month,
                                         "on_year": year})
    assert response.status_code == 200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.one_of(typed.filter(lambda s: "/" not in s and s.strip()), tricky))
def test_any_certificate_number_gives_a_page(client, number):
    from django.core.cache import cache

    cache.clear()
    response = client.get("/verify/", {"number": number})
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code in (200, 404)
