"""Certificate numbers: no look-alike characters, a check character that catches typing mistakes,
and matching that ignores case, spaces and hyphens."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rsqm.assessments import certificates as c

payloads = st.text(alphabet=c.ALPHABET, min_size=7, max_size=7)


def test_the_alphabet_leaves_out_characters_read_one_for_another():
    assert not set("0O1IL") & set(c.ALPHABET)
    assert len(c.ALPHABET) == 31


def test_a_new_number_reads_rsqm_and_two_groups_of_four():
    number = c.generate(random.Random(4).randrange)
    assert len(number) == 14 and number.startswith("RSQM-") and number[9] == "-"
    assert set(number.replace("RSQM-", "").replace("-", "")) <= set(c.ALPHABET)
    assert c.has_good_check(c.key_of(number)[4:])


@given(payloads)
def test_every_single_mistyped_character_is_caught(payload):
    full = payload + c.check_character(payload)
    assert c.has_good_check(full)
    for position in range(8):
        for other in c.ALPHABET:
            if other != full[position]:
                assert not c.has_good_check(full[:position] + other + full[position + 1:])


@given(payloads)
def test_every_swap_of_two_neighbours_is_caught(payload):
    full = payload + c.check_character(payload)
    for position in range(7):
        a, b = full[position], full[position + 1]
        if a != b:
            assert not c.has_good_check(full[:position] + b + a + full[position + 2:])


@pytest.mark.parametrize("typed", ["RSQM-K7DX-4MQ9", "rsqm k7dx 4mq9", " RSQMK7DX4MQ9 ", "rsqm–k7dx–4mq9",
                                   "K7DX-4MQ9", "k7dx4mq9"])
def test_numbers_are_matched_ignoring_case_spaces_and_hyphens(typed):
    payload = "K7DX4MQ"
    number = "RSQM-K7DX-4MQ" + c.check_character(payload)
    typed = typed.replace("4MQ9", "4MQ" + c.check_character(payload)).replace("4mq9", "4mq" + c.check_character(
        payload).lower())
    assert c.key_of(typed) == c.key_of(number)


def test_a_number_with_a_wrong_check_character_says_so():
    payload = "K7DX4MQ"
    wrong = next(ch for ch in c.ALPHABET if ch != c.check_character(payload))
    assert "characters is wrong" in c.problem_with(f"RSQM-K7DX-4MQ{wrong}")
    assert c.problem_with("RSQM-K7DX-4MQ" + c.check_character(payload)) is None


@pytest.mark.parametrize("typed", ["", "   ", "#@!", "<script>", "x" * 500])
def test_what_cannot_be_a_number_is_refused_in_words(typed):
    assert c.problem_with(typed)


def test_existing_numbers_are_kept_as_issued_and_matched_by_the_same_key():
    number = c.clean_existing("  rj-2019 / 0042 ".replace("/ ", ""))
    assert number == "RJ-2019 0042"
    assert c.key_of("rj 2019-0042") == c.key_of(number) == "RJ20190042"
    with pytest.raises(ValueError):
        c.clean_existing("no/slashes")
    with pytest.raises(ValueError):
        c.clean_existing("ab")


def test_an_existing_number_that_looks_like_ours_must_carry_a_good_check():
    payload = "K7DX4MQ"
    wrong = next(ch for ch in c.ALPHABET if ch != c.check_character(payload))
    with pytest.raises(ValueError):
        c.clean_existing(f"RSQM-K7DX-4MQ{wrong}")


def test_the_address_form_turns_spaces_into_hyphens():
    assert c.path_form("RJ 2019 0042") == "RJ-2019-0042"
    assert c.path_form("RSQM-K7DX-4MQ9") == "RSQM-K7DX-4MQ9"
