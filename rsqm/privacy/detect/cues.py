"""One pass over the folded text for every word and phrase a recogniser looks for.

An Aho-Corasick automaton holds the special-category lexicon and the cue words of the
identifier recognisers ("date of birth", "crime reference", "passport"); a document's hits are
found once, whole words only, and bucketed by what they cue.
"""

from __future__ import annotations

import threading

import ahocorasick

from . import lexicon
from .doc import Doc

CUES: dict[str, tuple[str, ...]] = {
    "police": ("crime", "crn", "incident", "incidents", "cad", "police", "log", "custody", "occurrence", "urn", "arrest",
               "asn", "pnc", "cro", "storm", "niche", "athena", "btp", "cris", "psni", "gmp", "wmp", "wyp", "syp", "nyp",
               "mps", "serial", "met"),
    "dob": ("dob", "d.o.b", "d o b", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "birthday",
            "year of birth", "yob"),
    "passport": ("passport",),
    "ni": ("national insurance", "ni", "nino"),
    "relation": ("son", "daughter", "brother", "sister", "cousin", "nephew", "niece", "grandson", "granddaughter",
                 "boyfriend", "girlfriend", "stepson", "stepdaughter"),
    # words that say the police are being spoken of, before a reference given with no name for it
    "police_context": ("police", "constabulary", "officer", "pc", "pcso", "crime", "caution", "cautioned", "arrest",
                       "arrested", "cad", "storm", "niche", "athena", "101", "oic", "reported", "reporting", "cris", "psni",
                       "gmp", "wmp", "wyp", "syp", "nyp", "mps", "btp", "fiscal", "procurator"),
    # words for a kind of condition, the end of a condition's name no list holds (see statements.special_category)
    "condition": ("disorder", "syndrome", "disease", "degeneration", "deficiency", "impairment", "palsy", "dystrophy"),
    "lives": ("lives", "live at", "lives on", "lives at", "living on", "living at", "resides at", "resides on", "staying at",
              "staying on",
              "moved to", "address is"),
}
_LEXICON = (
    ("strong", lexicon.HEALTH_STRONG), ("weak", lexicon.HEALTH_WEAK), ("strong", lexicon.RELIGION_STRONG),
    ("weak", lexicon.RELIGION_WEAK), ("strong", lexicon.ETHNICITY_STRONG), ("weak", lexicon.ETHNICITY_WEAK),
    ("strong", lexicon.SEXUALITY_STRONG), ("strong", lexicon.POLITICS_STRONG), ("strong", lexicon.UNION_STRONG),
    ("offence", lexicon.OFFENCE_PROCEEDINGS), ("offence_verb", lexicon.OFFENCE_VERBS),
)
_RANK = {"strong": 0, "weak": 1, "offence": 2, "offence_verb": 3}

_automaton = None
_lock = threading.Lock()


def _inflections(term: str) -> tuple[str, ...]:
    """The plural or third person of a one-word term ("seizures", "self-harms", "asbos"); short terms are left as
    they are (the caller leaves out "SEND", which counts only in capitals, and phrases)."""
    last = term.rsplit(" ", 1)[-1]
    if len(last) <= 3 or last.endswith(("s", "ed", "ing", "ly", "'", "+")) or not last[-1].isalpha():
        return ()
    if last.endswith("y") and last[-2] not in "aeiou":
        return (term[:-1] + "ies",)
    if last.endswith(("sh", "ch", "x", "z")):
        return (term + "es",)
    return (term + "s",)


def _build():
    tags: dict[str, set[str]] = {}
    lex: dict[str, str] = {}
    for kind, terms in _LEXICON:
        for term in terms:
            # a term listed twice keeps its stronger reading
            if term not in lex or _RANK[kind] < _RANK[lex[term]]:
                lex[term] = kind
    # plurals of conditions and proceedings ("seizures", "self-harms", "asbos"); not of ethnicities and beliefs,
    # which in the plural speak of groups ("stuff about Gypsies")
    inflected = {t for t in lexicon.HEALTH_STRONG + lexicon.OFFENCE_PROCEEDINGS + lexicon.OFFENCE_VERBS
                 if " " not in t and t not in ("send", "sen")}
    for term, kind in list(lex.items()):
        if term in inflected:
            for form in _inflections(term):
                lex.setdefault(form, kind)
    for term, kind in lex.items():
        tags.setdefault(term, set()).add(kind)
    for term in lexicon.ORIGIN:
        if term not in lex:
            tags.setdefault(term, set()).add("origin")
    # plurals of ethnicities and faiths ("Irish Travellers", "Sikhs"): said of a family they are a statement about it;
    # elsewhere they speak of groups (see statements.special_category)
    for term in lexicon.ETHNICITY_STRONG + lexicon.RELIGION_STRONG:
        for form in _inflections(term):
            if form not in lex:
                tags.setdefault(form, set()).add("plural")
    for tag, words in CUES.items():
        for word in words:
            tags.setdefault(word, set()).add(tag)
    automaton = ahocorasick.Automaton()
    for word, kinds in tags.items():
        automaton.add_word(word, (len(word), tuple(sorted(kinds))))
    automaton.make_automaton()
    return automaton


def automaton():
    global _automaton
    if _automaton is None:
        with _lock:
            if _automaton is None:
                _automaton = _build()
    return _automaton


def hits_of(doc: Doc, tag: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of the words tagged ``tag``, in order."""
    if doc.hits is None:
        buckets: dict[str, list[tuple[int, int]]] = {}
        folded = doc.folded
        n = len(folded)
        for end_index, (length, kinds) in automaton().iter(folded):
            start = end_index - length + 1
            end = end_index + 1
            if (start > 0 and folded[start - 1].isalnum()) or (end < n and folded[end].isalnum()):
                continue
            for kind in kinds:
                buckets.setdefault(kind, []).append((start, end))
        doc.hits = buckets
    return doc.hits.get(tag, [])
