"""How text becomes the register's search words: the same for what is indexed and what is typed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rsqm.register import searchtext as t


def test_accents_case_apostrophes_and_ampersands_are_folded():
    assert t.words("Children’s Home, Ynys Môn & Crime") == ["childrens", "home", "ynys", "mon", "and", "crime"]


def test_query_syntax_is_only_words():
    assert t.parse_query("Why me?").words == ("why", "me")
    assert t.parse_query("Police & Crime").words == ("police", "crime")
    assert t.parse_query("(WYJS)").words == ("wyjs",)
    assert t.parse_query('HMP Durham - Offender').words == ("hmp", "durham", "offender")
    assert t.parse_query('"unclosed AND (NOT x* OR').words == ("unclosed", "not", "x", "or")


def test_stopwords_are_dropped_unless_there_is_nothing_else():
    assert t.parse_query("Police and the Crime").words == ("police", "crime")
    assert t.parse_query("The").words == ("the",)


def test_a_query_has_a_bounded_number_of_words_each_once():
    query = t.parse_query(" ".join(f"word{i}" for i in range(30)) + " word1")
    assert len(query.words) == t.MAX_QUERY_WORDS
    assert t.parse_query("leeds LEEDS Leeds").words == ("leeds",)


def test_control_characters_are_dropped_from_what_is_shown_back():
    assert t.clean("Leeds\x00\x1b[31m\u202e yos") == "Leeds [31m yos"
    assert len(t.clean("x" * 5000)) == t.MAX_QUERY_CHARACTERS


def test_a_long_form_makes_its_short_form_searchable_and_the_other_way_round():
    names, _ = t.search_fields(listed_name="Leeds Youth Offending Service", organisation_name="Leeds Youth "
                               "Offending Service", service_name="", delivery_partner="", areas_served="",
                               region_names=[])
    assert {"yos", "yot"} <= set(names.split())
    names, _ = t.search_fields(listed_name="RJ Working CIC", organisation_name="RJ Working CIC", service_name="",
                               delivery_partner="", areas_served="", region_names=[])
    assert {"restorative", "justice", "community", "interest", "company"} <= set(names.split())


def test_police_and_crime_commissioner_is_pcc_however_it_is_written():
    for name in ("Police & Crime Commissioner for Cheshire", "Police and Crime Commissioner for Cheshire"):
        names, _ = t.search_fields(listed_name=name, organisation_name="", service_name="", delivery_partner="",
                                   areas_served="", region_names=[])
        assert "pcc" in names.split()


def test_places_are_kept_apart_from_names():
    names, places = t.search_fields(listed_name="Remedi", organisation_name="Remedi", service_name="",
                                    delivery_partner="", areas_served="Sheffield, South Yorkshire",
                                    region_names=["Yorkshire and the Humber"])
    assert "sheffield" not in names.split()
    assert places.split() == ["sheffield", "south", "yorkshire", "yorkshire", "and", "the", "humber"]


def test_names_sort_without_a_leading_the():
    assert t.sort_key("The Mediation Service") == "mediation service"


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_any_text_becomes_words_of_letters_and_digits_only(text):
    query = t.parse_query(text)
    assert len(query.words) <= t.MAX_QUERY_WORDS
    for word in query.words:
        assert word and re.fullmatch(r"[^\W_]+", word)
        assert len(word) <= t.MAX_WORD_LENGTH
