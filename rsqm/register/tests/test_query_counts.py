"""The register's pages make as many queries with 10,000 services as with 100."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rsqm.core import clock
from rsqm.register import selectors
from rsqm.register.demo import generate_services
from rsqm.register.models import Listing


def _counts(client, urls: list[str]) -> dict[str, int]:
    counts = {}
    for url in urls:
        cache.clear()  # the certificate checks' rate limit counts in the cache: start each from nothing
        selectors._CHOICES.clear()  # and each web process keeps the filters' choices for a while
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)
        counts[url] = len(queries)
    return counts


def test_page_query_counts_do_not_grow_from_100_to_10000_services(client, db):
    generate_services(100)
    listing = Listing.objects.order_by("id").first()
    past = (clock.today() - timedelta(days=30)).isoformat()
    urls = [
        "/register/",
        "/register/?q=restorative",
        "/register/?q=mediaton",                               # a typing mistake: corrections are looked up
        "/register/?q=youth+justice&region=london&region=wales&sector=criminal-justice",
        "/register/?status=ended&sort=renewal",
        f"/register/?status=all&on={past}&page=2",
        "/register/?q=restorative&sort=approved&page=3",
        f"/register/services/{listing.service_id}/",
        f"/register/services/{listing.service_id}/?on={past}",
        f"/verify/{listing.certificate_number}",
        "/register/data/",
        "/register/data/register.json",
        "/register/data/register.csv",
    ]
    small = _counts(client, urls)
    generate_services(10_000)
    assert Listing.objects.count() == 10_000
    large = _counts(client, urls)
    assert large == small
    assert max(small.values()) <= 12, small
