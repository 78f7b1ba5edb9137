"""Resume links: signed, expiring tokens that let a browser pick up an unclaimed healthcheck.

A token holds the healthcheck's id and its ``resume_nonce``, signed with the site's secret key
and stamped with the time it was made. It is refused when the signature does not match (a forged
or altered link), when it is older than ``healthcheck.resume_link_days``, or when the
healthcheck's nonce has changed since (it has been claimed by an account).
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

from rsqm.core import figures

SALT = "rsqm.healthcheck.resume"


class LinkInvalid(Exception):
    """The link was not made by us, or has been altered."""


class LinkExpired(Exception):
    """The link was ours but is too old."""


def make_token(healthcheck) -> str:
    return signing.dumps({"h": healthcheck.pk, "n": healthcheck.resume_nonce}, salt=SALT, compress=False)


def max_age() -> timedelta:
    return timedelta(days=figures.get("healthcheck.resume_link_days"))


def read_token(token: str) -> tuple[int, str]:
    """The (healthcheck id, nonce) a token holds; ``LinkExpired`` or ``LinkInvalid`` otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        raise LinkInvalid from None
    if not isinstance(data, dict) or not isinstance(data.get("h"), int) or not isinstance(data.get("n"), str):
        raise LinkInvalid
    return data["h"], data["n"]
