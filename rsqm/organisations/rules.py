"""Pure rules about organisations and services: formats of registered numbers and postcodes, and the
shape of the tree of local units. No database here.

Each ``clean_*`` function takes what a person typed and returns it in its standard form, or raises
``ValueError`` with a message fit to show next to the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# England and Wales: 6 to 8 digits, a linked charity adds "-N". Scotland: SC and 6 digits.
# Northern Ireland: NIC and digits (issued with 6).
_CHARITY_EW = re.compile(r"^\d{6,8}(-\d{1,3})?$")
_CHARITY_SC = re.compile(r"^SC\d{6}$")
_CHARITY_NI = re.compile(r"^NIC\d{1,7}$")
# Companies House: 8 characters, either 8 digits or 2 letters (SC, NI, OC, ...) and 6 digits.
_COMPANY = re.compile(r"^([0-9]{8}|[A-Z]{2}[0-9]{6})$")
# The UK postcode shapes: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA).
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()\-]+$")


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def clean_charity_number(value: str) -> str:
    """A charity number of England and Wales (``1234567`` or ``1234567-1``), Scotland
    (``SC012345``) or Northern Ireland (``NIC100123``)."""
    number = _squash(value)
    if not number:
        return ""
    if _CHARITY_EW.match(number) or _CHARITY_SC.match(number) or _CHARITY_NI.match(number):
        return number
    raise ValueError(
        "Enter a charity number in the correct format, like 1123456, SC012345 or NIC100123"
    )


def clean_company_number(value: str) -> str:
    """A Companies House number: 8 characters, 8 digits (``01234567``) or 2 letters and 6 digits
    (``SC123456``)."""
    number = _squash(value)
    if not number:
        return ""
    if _COMPANY.match(number):
        return number
    raise ValueError(
        "Enter a company number of 8 characters, like 01234567 or SC123456"
    )


def clean_postcode(value: str) -> str:
    """A UK postcode, upper case with one space before the inward code (``SW1A 1AA``)."""
    squashed = _squash(value)
    match = _POSTCODE.match(squashed)
    if not match:
        raise ValueError("Enter a real postcode, like SW1A 1AA")
    return f"{match.group(1)} {match.group(2)}"


def clean_phone(value: str) -> str:
    """A phone number of at least 10 digits, written with digits, spaces, brackets, dashes and
    an optional leading +."""
    phone = " ".join((value or "").split())
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    if not _PHONE_ALLOWED.match(phone) or not 10 <= len(digits) <= 15:
        raise ValueError("Enter a phone number, like 01632 960 001 or +44 808 157 0192")
    return phone


def creates_cycle(service_id: int | None, parent_id: int | None, parent_of: Mapping[int, int | None]) -> bool:
    """Whether making ``parent_id`` the parent of ``service_id`` would put a service above itself.

    ``parent_of`` maps each service of the organisation to its current parent (APP-LOCAL-FIRST:
    local units sit under the service they belong to, and the tree must stay a tree).
    """
    if parent_id is None:
        return False
    if service_id is None:
        return False
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None:
        if current == service_id:
            return True
        if current in seen:
            # An existing loop that does not pass through this service: refuse it too.
            return True
        seen.add(current)
        current = parent_of.get(current)
    return False


def descendants(service_id: int, parent_of: Mapping[int, int | None]) -> set[int]:
    """Every service below ``service_id`` in the tree (its local units, theirs, and so on)."""
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = list(children.get(service_id, []))
    while stack:
        child = stack.pop()
        if child in found or child == service_id:
            continue
        found.add(child)
        stack.extend(children.get(child, []))
    return found
