"""Formats of registered numbers and postcodes, and the shape of the tree of local units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rsqm.organisations import rules


@pytest.mark.parametrize(("typed", "stored"), [
    ("123456", "123456"),
    ("1123456", "1123456"),
    ("11234567", "11234567"),
    ("1123456-1", "1123456-1"),
    (" 1123456 - 12 ", "1123456-12"),
    ("sc012345", "SC012345"),
    ("SC 012345", "SC012345"),
    ("NIC100123", "NIC100123"),
    ("nic 105", "NIC105"),
    ("", ""),
])
def test_charity_numbers_of_each_nation_are_accepted_in_their_standard_form(typed, stored):
    assert rules.clean_charity_number(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "123456789", "1123456-", "1123456-1234", "SC12345", "SC0123456",
                                   "NI100123", "NIC", "charity", "12-34"])
def test_other_charity_numbers_are_refused(typed):
    with pytest.raises(ValueError, match="Enter a charity number in the correct format"):
        rules.clean_charity_number(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("01234567", "01234567"), ("sc123456", "SC123456"), ("NI 012345", "NI012345"), ("OC300001", "OC300001"),
    ("", ""),
])
def test_company_numbers_have_8_characters(typed, stored):
    assert rules.clean_company_number(typed) == stored


@pytest.mark.parametrize("typed", ["1234567", "123456789", "S1234567", "SCO12345", "ABC12345", "12345678A"])
def test_other_company_numbers_are_refused(typed):
    with pytest.raises(ValueError, match="Enter a company number of 8 characters"):
        rules.clean_company_number(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("SW1A 1AA", "SW1A 1AA"), ("sw1a1aa", "SW1A 1AA"), ("M1 1AE", "M1 1AE"), ("B33 8TH", "B33 8TH"),
    ("CR2 6XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"), (" ec1a  1bb ", "EC1A 1BB"), ("W1A 0AX", "W1A 0AX"),
])
def test_uk_postcodes_are_stored_upper_case_with_one_space(typed, stored):
    assert rules.clean_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["", "SW1A", "1AA SW1", "SW1A 1A", "SW1A 11A", "ABC1 1AA", "12345", "SW1A-1AA"])
def test_other_postcodes_are_refused(typed):
    with pytest.raises(ValueError, match="Enter a real postcode"):
        rules.clean_postcode(typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("01632 960 001", "01632 960 001"), ("+44 808 157 0192", "+44 808 157 0192"), ("(0113) 496-0000",
                                                                                     "(0113) 496-0000"),
    ("  0113   496 0000 ", "0113 496 0000"), ("", ""),
])
def test_phone_numbers(typed, stored):
    assert rules.clean_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "call me", "0113 496 0000 ext 5", "+44 1234 567 890 123 456"])
def test_other_phone_numbers_are_refused(typed):
    with pytest.raises(ValueError, match="Enter a phone number"):
        rules.clean_phone(typed)


class TestTheTreeOfLocalUnits:
    """APP-LOCAL-FIRST: local units sit under the service they belong to, and never loop."""

    TREE = {1: None, 2: 1, 3: 2, 4: 1, 5: None}

    @pytest.mark.parametrize(("service", "parent", "loops"), [
        (1, 1, True), (1, 2, True), (1, 3, True), (2, 3, True),
        (3, 1, False), (3, 4, False), (1, 5, False), (5, 3, False), (1, None, False), (None, 3, False),
    ])
    def test_a_parent_below_the_service_makes_a_loop(self, service, parent, loops):
        assert rules.creates_cycle(service, parent, self.TREE) is loops

    def test_an_existing_loop_elsewhere_is_refused_rather_than_followed_for_ever(self):
        assert rules.creates_cycle(9, 7, {7: 8, 8: 7, 9: None}) is True

    def test_descendants(self):
        assert rules.descendants(1, self.TREE) == {2, 3, 4}
        assert rules.descendants(2, self.TREE) == {3}
        assert rules.descendants(5, self.TREE) == set()

    @given(st.dictionaries(st.integers(1, 12), st.one_of(st.none(), st.integers(1, 12)), min_size=1),
           st.integers(1, 12), st.integers(1, 12))
    def test_choosing_a_parent_outside_the_descendants_never_makes_a_loop(self, tree, service, parent):
        tree = dict(tree)
        tree.setdefault(service, None)
        # Start from a tree without loops: drop any edge that would close one.
        clean: dict[int, int | None] = {}
        for child, up in tree.items():
            clean[child] = up if up is not None and not rules.creates_cycle(child, up, clean) else None
        allowed = parent != service and parent not in rules.descendants(service, clean)
        assert rules.creates_cycle(service, parent, clean) is (not allowed)
