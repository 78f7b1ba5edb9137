"""The names gazetteer: first names and surnames from public statistics plus our reviewed supplement,
loaded once per process, on first use.

Each name maps to an int of flags: how common it is as a first name and as a surname, whether it
is also an ordinary English word (and how common a word), and whether it is a place. See
docs/decisions/0010-names-gazetteer.md for the sources and their licences.
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources

from ..base import name_key

FIRST_MASK = 0x7  # 0..7: 0 not a first name, else roughly log10(births) - 1
SURNAME_SHIFT = 3
SURNAME_MASK = 0x3 << SURNAME_SHIFT  # 0..3: 0 not a surname, 3 among the most common
WORD_SHIFT = 5
WORD_MASK = 0x7 << WORD_SHIFT  # 0 not an English word; 1 (the most common words) .. 5
PLACE = 1 << 8
SUPPLEMENT = 1 << 9
STOP = 1 << 10  # never a person's name in the documents we check

_WORD_LEVEL = {"10": 1, "20": 2, "35": 3, "40": 4, "50": 5}

# Capitalised words that documents use that are neither names nor in the English word lists.
_NOT_NAMES = """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan eid diwali hanukkah vaisakhi
halloween advent lent passover new year covid coronavirus zoom teams skype whatsapp facebook instagram snapchat
tiktok youtube twitter google microsoft excel word outlook onedrive sharepoint android iphone apple amazon
ofsted ofqual nacro barnardos unison unite gmb nspcc rspca samaritans victim support catch22 citizens advice
crown police court courts magistrates probation prison hmp hmyoi yoi yot yjs yjb moj cps nhs camhs dwp hmrc dbs
restorative justice council quality standards standard indicator appendix annex section chapter table figure
policy procedure guidance framework protocol agreement statement report minutes agenda action actions item items
yours sincerely faithfully kind best please note notes summary introduction conclusion
england wales scotland ireland uk gb britain european union
english british welsh scottish irish cornish american african asian european caribbean polish romanian turkish
pakistani indian bangladeshi chinese jamaican nigerian ghanaian somali kurdish albanian lithuanian latvian ukrainian
russian german french spanish italian portuguese greek cypriot syrian iranian iraqi afghan eritrean arab muslim
christian catholic jewish sikh hindu buddhist thai czech croatian estonian slovak hungarian bulgarian serbian bosnian
kosovan cantonese mandarin vietnamese filipino tagalog nepali nepalese sinhala sinhalese malayalam korean japanese
brazilian dutch ethiopian sudanese zimbabwean congolese rwandan egyptian moroccan algerian libyan palestinian yemeni
tamil gujarati punjabi bengali
mediation conference conferencing circle circles panel panels session sessions meeting meetings visit visits
"""


class Gazetteer:
    def __init__(self) -> None:
        self.flags: dict[str, int] = {}
        data = resources.files("rsqm.privacy") / "data"
        with gzip.open(data.joinpath("names.tsv.gz").open("rb"), "rt", encoding="utf-8") as fh:
            flags = self.flags
            for line in fh:
                name, first, surname, word = line.rstrip("\n").split("\t")
                flags[name] = int(first) | (int(surname) << SURNAME_SHIFT) | (_WORD_LEVEL.get(word, 0) << WORD_SHIFT)
        with gzip.open(data.joinpath("words.txt.gz").open("rb"), "rt", encoding="utf-8") as fh:
            self.words = frozenset(fh.read().split())
        # UK places of 500 people or more; those of several words keep their spaces ("thornton heath")
        with gzip.open(data.joinpath("uk_places.txt.gz").open("rb"), "rt", encoding="utf-8") as fh:
            self.uk_places = frozenset(line for line in fh.read().split("\n") if line)
        section = 0
        for line in data.joinpath("names_supplement.txt").read_text("utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line in ("[first]", "[surname]"):
                section = 3 if line == "[first]" else (2 << SURNAME_SHIFT)
                continue
            for word in line.split():
                key = name_key(word)
                if len(key) >= 2:
                    old = self.flags.get(key, 0)
                    if section == 3:
                        old = (old & ~FIRST_MASK) | max(old & FIRST_MASK, 3)
                    else:
                        old = (old & ~SURNAME_MASK) | max(old & SURNAME_MASK, section)
                    self.flags[key] = old | SUPPLEMENT
        for line in data.joinpath("places.txt").read_text("utf-8").splitlines():
            if line.startswith("#"):
                continue
            for word in line.split():
                key = name_key(word)
                self.flags[key] = self.flags.get(key, 0) | PLACE
        for word in _NOT_NAMES.split():
            self.flags[word] = self.flags.get(word, 0) | STOP

    def get(self, key: str) -> int:
        return self.flags.get(key, 0)

    def is_uk_place(self, key: str) -> bool:
        """A UK town, village or district (``key`` folded, words apart by single spaces)."""
        return key in self.uk_places

    def is_word(self, key: str) -> bool:
        """An ordinary English word that is no name at all."""
        return key in self.words


_lock = threading.Lock()
_instance: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Gazetteer()
    return _instance


def first_level(flags: int) -> int:
    return flags & FIRST_MASK


def surname_level(flags: int) -> int:
    return (flags & SURNAME_MASK) >> SURNAME_SHIFT


def word_level(flags: int) -> int:
    return (flags & WORD_MASK) >> WORD_SHIFT
