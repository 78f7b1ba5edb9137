"""Forms and tables: a value is what its label says it is.

A label is a column header, the cell to a value's left, a PDF form field's name, or the words
before a colon ("Date of birth: 12/03/2009"). In a table of counts, the rows describe no one and
their labels say nothing about a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..base import Allow
from . import lexicon
from .doc import Cand, Doc
from .identifiers import find_date, phone_digits, venue_row
from .names import looks_like_name

_ORDER = ("school_with_pupil", "date_of_birth", "age_with_detail", "postal_address", "postcode", "phone", "email",
          "nhs_number", "ni_number", "passport", "driving_licence", "vehicle_registration", "prison_number",
          "police_reference", "special_category", "person_name")
_EXACT: dict[str, str] = {}
_PHRASE_CAT: dict[str, str] = {}
for _cat in _ORDER:
    for _label in lexicon.LABELS[_cat]:
        _EXACT.setdefault(_label, _cat)
        if " " in _label or "." in _label or "/" in _label:
            _PHRASE_CAT.setdefault(_label, _cat)
_RANK = {c: i for i, c in enumerate(_ORDER)}
_PHRASES = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(_PHRASE_CAT, key=len, reverse=True))
                      + r")(?![\w])")
_EXACT["re"] = "person_name"
# Labels of lists of people: each name in the list is weighed apart (and staff among them allowed)
_LIST_LABELS = frozenset({"attendees", "attendee", "present", "apologies", "participants", "mediators", "passengers",
                          "pupils", "parties", "visitors", "pupils involved", "pupils in dispute", "young people involved",
                          "people involved", "panel members", "witnesses", "those present", "others present",
                          "also present", "in attendance", "invitees", "victims", "harmers", "siblings",
                          "household members", "family members", "children"})


# an item of a list of people: between commas, semicolons, slashes, brackets and "and"
_LIST_ITEM = re.compile(r"(?:(?![ \t](?:and|&)[ \t])[^,;/()\n.]|\.(?!\s|$))+")
_AND_BEFORE = re.compile(r"^(?:and|&)\s+")
_LABEL_MARKS = re.compile(r"[*:#?]+|\(s\)")
_SPACES = re.compile(r"\s+")


# Words run together in a system's column names: "VictimTel", "SubjDOB", "date_of_birth"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_")


@lru_cache(maxsize=8192)
def _label_key(text: str) -> str:
    """A label as the word lists hold it: words apart, lower case, no marks, single spaces."""
    if "_" in text or " " not in text and len(text) > 4 and not (text.islower() or text.isupper()):
        text = _CAMEL.sub(" ", text)  # ("DoB", "YoB" and "eMail" stay whole)
    return _SPACES.sub(" ", _LABEL_MARKS.sub("", text.lower())).strip(" .-–")


@lru_cache(maxsize=4096)
def label_category(label: str) -> str | None:
    key = _label_key(label)
    if not key or len(key) > 60:
        return None
    if key in _EXACT:
        return _EXACT[key]
    no_paren = re.sub(r"\s*\([^)]*\)", "", key).strip()
    if no_paren in _EXACT:
        return _EXACT[no_paren]
    for variant in (key.replace(" / ", "/"), key.replace("(", "").replace(")", "")):
        if variant != key and variant in _EXACT:
            return _EXACT[variant]  # "School / college"
    if "(" in key:
        inside = re.search(r"\(([^)]*)\)", key)
        if inside and inside.group(1).split() and inside.group(1).split()[-1] in ("postcode", "address", "dob", "phone",
                                                                                "mobile", "email"):
            return label_category(inside.group(1))  # "From (home postcode)", "Contact (mobile)"
    cats = [_PHRASE_CAT[m.group()] for m in _PHRASES.finditer(key)]
    if cats:
        return min(cats, key=_RANK.__getitem__)
    last = key.split()[-1] if key.split() else ""
    if last in ("name", "names", "surname", "forename", "forenames"):
        return "person_name"
    if last in ("dob", "d.o.b", "d.o.b."):
        return "date_of_birth"
    if last in ("address",):
        return "postal_address"
    if last in ("postcode",):
        return "postcode"
    if last in ("phone", "mobile", "telephone", "tel"):
        return "phone"
    if last in ("school",):
        return "school_with_pupil"
    if last in ("nhs", "chi"):
        return "nhs_number"  # "SubjNHS", "VicNHS"
    if last in ("nino",):
        return "ni_number"
    if last in ("ref", "reference", "no", "number", "id", "urn") and _POLICE_LABEL.search(key):
        return "police_reference"  # "Occ_Ref", "Crime ID", "Incident no"
    if (last == "age" and len(key.split()) <= 3 or key.startswith("age if") or key.startswith("age at")) and not re.search(
            r"average|mean|median|range|band|group|minimum|maximum", key):
        return "age_with_detail"  # "Age", "Child's age", "Age if under 18"
    words = key.split()
    if "offence" in words or "offences" in words:
        # "Offence or issue", "Alleged offence"; a date or a number of an offence is no statement
        return None if {"date", "dates", "number", "no", "ref", "reference"} & set(words) else "special_category"
    if last in ("ethnicity", "religion", "disability", "diagnosis", "sexuality", "medication"):
        return "special_category"
    if set(words) & _WORKER_WORDS and not set(words) & _NOT_A_WORKER:
        return "person_name"  # "Probation practitioner", "Link worker allocated", "Lead officer"
    if words[0] in ("name", "names") and not set(words) & {"school", "organisation", "organization", "team", "venue", "agency",
                                                            "service", "company", "course", "file", "project", "group",
                                                            "business", "setting", "employer", "street", "road"}:
        return "person_name"  # "Name on document", "Name as on passport"
    # a field's word anywhere in a longer label: "DOB on document", "Address of visit", "Secondary school from September"
    if "dob" in words or "date of birth" in key:
        return "date_of_birth"
    if "address" in words and not set(words) & {"email", "e-mail", "web", "ip", "mac", "website"}:
        return "postal_address"
    if "school" in words and not set(words) & {"holiday", "holidays", "type", "phase", "term", "terms", "contact", "nurse",
                                                 "staff", "phone", "email", "address", "policy", "days", "day"}:
        return "school_with_pupil"
    return None


_WORKER_WORDS = frozenset("""worker practitioner officer coordinator co-ordinator facilitator manager nurse teacher mentor
    advocate isva idva caseworker counsellor therapist psychologist psychiatrist gp clinician solicitor""".split())
_NOT_A_WORKER = frozenset("""team service services phone tel telephone mobile email e-mail address contact number no
    ref reference id role title type hours""".split())


def _is_label(value: str) -> bool:
    return _label_key(value) in _EXACT


_POLICE_LABEL = re.compile(r"\b(?:occ|occurrence|crime|incident|custody|cad|storm|niche|athena|police|psni|cr|crn|cris|"
                           r"serial)\b")
_STATISTICS = re.compile(r"\d\s*%|%\s*\d|^[\d.,\s]+$|\b\d+\s+(?:of|out of)\s+\d+\b|^\s*\d+\s+(?:[a-z-]+\s+)?[a-z]+s\b")
_NO_SCHOOL = re.compile(r"(?:yes|no|n/a|none|home educated|not in education|neet|not in school|no school|not at school|"
                        r"not attending|not on roll|elective home education|ehe|left school|not known)")
_POSTCODE_LOOSE = re.compile(r"[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}", re.I)
_HELPLINE_PREFIX = re.compile(r"0[3589]")


def _value_cand(doc: Doc, cat: str, label: str, start: int, end: int, allow: Allow, aggregate: bool) -> list[Cand]:
    raw = doc.text[start:end]
    value = raw.strip()
    if not value:
        return []
    start += len(raw) - len(raw.lstrip())
    end = start + len(value)
    low = value.lower().strip(" .")
    if low in lexicon.NEUTRAL_VALUES or aggregate or _is_label(value):
        return []  # nothing recorded, a table of counts, or the value is another label
    if cat in ("postal_address", "postcode", "phone") and venue_row(doc, start):
        return []  # a venue's address and switchboard
    if cat == "person_name":
        if len(value) > 120:
            return []
        if "(" in value and ")" not in value[value.index("("):]:
            # a bracket cut off where a clause seemed to end: "Kian Doherty (b. 2011)"
            value = value[:value.index("(")].rstrip()
            end = start + len(value)
            if not value:
                return []
        out = []
        if label_category(label) == "person_name" and (
                re.sub(r"[^a-z ]", "", label.lower()).strip() in _LIST_LABELS or _TWO_PEOPLE.search(value)):
            # a list, or two people ("Bethan Lloyd and Daniel Okoro"): each is weighed, and allowed, on its own
            for m in _LIST_ITEM.finditer(value):
                part = _AND_BEFORE.sub("", m.group().strip())
                if looks_like_name(part, strict=True) and not allow.allows_name(part):
                    s = start + m.start() + m.group().index(part)
                    out.append(Cand("person_name", s, s + len(part), 0.85))
            return out
        surname = bool(re.search(r"surname|last name|family name", label.lower()))
        bracket = _BRACKETED.fullmatch(value)
        if bracket:
            # "Northmoor (Daniel Okoro)", "Jade Pike (mother)": each part is weighed, and allowed, on its own
            out = []
            for g in (1, 2):
                part = bracket.group(g).strip()
                pieces = [(m.start(), m.group()) for m in _PERSON_PIECE.finditer(part)] if g == 1 and _TWO_PEOPLE.search(
                    part) else [(0, part)]
                for offset, piece in pieces:
                    if piece.lower() in lexicon.NEUTRAL_VALUES:
                        continue  # "Self-referral (website)"
                    if looks_like_name(piece, surname=surname, strict=g == 2 or len(pieces) > 1) \
                            and not allow.allows_name(piece):
                        s = start + bracket.start(g) + offset
                        out.append(Cand("person_name", s, s + len(piece), 0.9))
            return out
        if looks_like_name(value, surname=surname):
            return [] if allow.allows_name(value) else [Cand("person_name", start, end, 0.9)]
        # a name, then who they are or when: "Todsawun Matinawin, 12 June 2025", "Afruza Diyorayeva (mother)"
        head = _NAME_HEAD.match(value)
        if head and looks_like_name(head.group(), surname=surname) and not allow.allows_name(head.group()):
            return [Cand("person_name", start, start + head.end(), 0.85)]
        return []
    if cat == "date_of_birth":
        m = find_date(value)
        if m:
            return [Cand("date_of_birth", start + m.start(), start + m.end(), 0.95)]
        return []
    if cat == "age_with_detail":
        m = re.fullmatch(r"(\d{1,3})(?:\s*(?:years?|yrs?|y)(?:\s+old)?)?", low)
        if m and 0 < int(m.group(1)) <= 110:
            return [Cand("age_with_detail", start, end, 0.85)]
        return []
    if cat == "school_with_pupil":
        if re.search(r"[a-z]", low) and len(value) < 100 and not _NO_SCHOOL.fullmatch(low) and (
                value[:1].isupper() or _SCHOOL_WORD.search(low)):
            return [Cand("school_with_pupil", start, end, 0.8)]
        return []
    if cat == "postal_address":
        if len(value) > 200 or not re.search(r"[a-z]", low) or allow.allows_address(value):
            return []
        if not (_DIGIT_OR_COMMA.search(value) or _STREET_LABEL.search(label.lower())
                or _STREET_WORD.search(value)):
            return []  # "Bank statement" under "Proof of address": no number, street or town in it
        pc = _POSTCODE_LOOSE.search(value)
        stop = pc.start() if pc else len(value)
        part = value[:stop].rstrip(" ,")
        out = [Cand("postal_address", start, start + len(part), 0.85)] if part else []
        if pc:
            out.append(Cand("postcode", start + pc.start(), start + pc.end(), 0.9))
        return out
    if cat == "postcode":
        m = _POSTCODE_LOOSE.search(value)
        if m and not allow.allows_address(m.group()):
            return [Cand("postcode", start + m.start(), start + m.end(), 0.9)]
        return []
    if cat == "phone":
        digits = phone_digits(value)
        if 9 <= len(digits) <= 13 and not _HELPLINE_PREFIX.match(digits):
            m = re.search(r"[+(\d][\d\s().+-]*\d", value)
            # the number alone is checked against the allow-list: "01904 496000 (Monday to Friday, 9am to 5pm)"
            if m and not allow.allows_phone(m.group()):
                return [Cand("phone", start + m.start(), start + m.end(), 0.85)]
        return []
    if cat == "nhs_number":
        m = re.search(r"\d{3}[\s-]?\d{3}[\s-]?\d{4}", value)
        if m:
            return [Cand("nhs_number", start + m.start(), start + m.end(), 0.9)]
        return []
    if cat == "ni_number":
        m = re.search(r"[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]?", low)
        if m:
            return [Cand("ni_number", start + m.start(), start + m.end(), 0.9)]
        return []
    if cat in ("passport", "driving_licence", "prison_number", "police_reference", "vehicle_registration"):
        m = re.search(r"[A-Za-z0-9][A-Za-z0-9 /-]*[A-Za-z0-9]", value)
        if not m or len(m.group()) > 40:
            return []
        digits = sum(c.isdigit() for c in m.group())
        need = {"passport": 6, "driving_licence": 6, "prison_number": 4, "police_reference": 4, "vehicle_registration": 1}[cat]
        if digits >= need:
            return [Cand(cat, start + m.start(), start + m.end(), 0.9)]
        return []
    if cat == "special_category":
        if len(value) > 200 or _STATISTICS.search(value):
            return []  # a breakdown of a group ("78% White British, 9% Asian") describes no one
        if _POLICY_VALUE.match(low):
            return []  # a policy's heading and what it does: "Disability: we make reasonable adjustments ..."
        if _NO_CRIME.search(low):
            return []  # "Neighbour dispute (no crime)": no offence
        if _ABOUT_AN_OFFENCE_LABEL.search(label.lower()) and not (_OFFENCE_NOUN.search(low) or _ORDER_VALUE.search(low)):
            return []  # "Incident: the dog barked all night", "What happened: a row over parking": no offence named
        offence = bool(_OFFENCE_LABEL.search(label.lower()))
        if offence and _EITHER_LABEL.search(label.lower()) and not _OFFENCE_NOUN.search(low):
            return []  # "Offence / issue: Neighbour dispute (noise)": an issue, not an offence
        return [Cand("special_category", start, end, 0.75, "offence" if offence else "")]
    return []


_NO_CRIME = re.compile(r"\b(?:no crime|non-crime|not a crime|no offence|not an offence|no crime recorded)\b")
_PERSON_PIECE = re.compile(r"[^\s&](?:(?!\s(?:and|&)\s).)*[^\s&]")
_TWO_PEOPLE = re.compile(r"^[^\d(),;]{3,40}\s(?:and|&)\s[^\d(),;]{3,40}$")
# labels that hold an offence only when the value names one ("Incident: Assault on door staff")
_ABOUT_AN_OFFENCE_LABEL = re.compile(r"^(?:incident|incident type|nature of incident|allegation|alleged behaviour|"
                                     r"reason for exclusion|exclusion reason|order made|court order|order|sentence given|"
                                     r"outcome at court|reason for arrest)$")
_ORDER_VALUE = re.compile(r"\b(?:order|sentence|caution|licence|tag|curfew|months|years|custody|custodial|fine|fined|"
                          r"discharge|community resolution)\b")
_SCHOOL_WORD = re.compile(r"\b(?:school|academy|college|pru|high|primary|ysgol)\b")
_THEIR_REF = re.compile(r"(?:their|referrer['’]?s?|referring agency['’]?s?|agency|partner|external|source)\s+ref(?:erence)?"
                        r"(?:\s+(?:no|number))?\.?")
_FORCE_IN_ROW = re.compile(r"\b(?:police|constabulary|syp|wyp|nyp|gmp|wmp|mps|btp|psni|met)\b")
_TOTAL_ROW = re.compile(r"[\t, \"]*(?:total|totals|grand total|sum|count|all)\b")
_DIGIT_OR_COMMA = re.compile(r"\d|,|\n")
_STREET_LABEL = re.compile(r"road|street|house|flat|line|building")
# the commonest words of a street or a home, fewer than identifiers' street types: "Bank" of "Bank statement" is none
_STREET_WORD = re.compile(r"\b(?:road|rd|street|st|lane|avenue|close|drive|way|court|gardens|terrace|place|grove|walk|row|"
                          r"square|hill|rise|park|mews|view|green|crescent|farm|cottage|house|flat|apartment|ffordd|heol|"
                          r"stryd|lôn)\b", re.I)
# a label that asks for an offence or something else ("Offence / issue", "Offence or concern")
_EITHER_LABEL = re.compile(r"(?:/|\bor\b|&|\band\b)\s*(?:issue|concern|incident|problem|dispute|matter|harm|reason)"
                           r"|(?:issue|concern|incident|problem|dispute|matter|harm|reason)\s*(?:/|\bor\b|&|\band\b)")
_OFFENCE_NOUN = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in lexicon.OFFENCE_NOUNS + lexicon.OFFENCE_VERBS
                                               + lexicon.OFFENCE_PROCEEDINGS) + r")\b")
_OFFENCE_LABEL = re.compile(r"\b(?:offence|offences|offence type|index offence|charge|charges|conviction|convictions|"
                            r"reason for arrest|disposals?|sentence|court outcome|order|bail conditions|cautions|incident|"
                            r"allegation|alleged behaviour|reason for exclusion|exclusion reason|"
                            r"crime|crime type)\b")
_INLINE_END = re.compile(r"\t|\n|\s{3,}|\|")


_COLON = re.compile(r"[:：?]")
_BRACKETED = re.compile(r"([^()]*[^()\s])\s*\(([^()]+)\)")
_NAME_HEAD = re.compile(r"[^,(;<\n]*[^\s,(;<](?=\s*(?:[,(;<]|\s[-–]\s))")
_SPACE_THEN_WORD = re.compile(r"[ \t]+\S")
_WIDE_GAP = re.compile(r"\s{3,}")
_BULLET = re.compile(r"^[\s\-•*>]+|^\d+[.)]\s*")
_NEXT_LABEL = re.compile(r"\s(?=[A-Z][A-Za-z'’()/.&-]*(?: [A-Za-z'’()/.&-]+){0,4}\s?:)")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def fields(doc: Doc, allow: Allow) -> list[Cand]:
    out: list[Cand] = []
    # cells and form fields with labels
    for seg in doc.cells():
        if not seg.labels:
            continue
        if seg.aggregate:
            continue  # a table of counts
        # the first label that finds something: a column's header ("Young person"), then the row's ("Date of birth"),
        # which counts only when it is a label and nothing more (not "St Mary's Primary School")
        first = doc.row_start_cell(seg.start)
        row_label = doc.text[first.start:first.end].strip() if first is not None and first is not seg else None
        for label in seg.labels:
            if label == row_label and label not in seg.labels[:1] and not _is_label(label):
                continue
            cat = label_category(label)
            if cat is None and _THEIR_REF.fullmatch(label.strip().lower()):
                # "Their ref" in a row whose referrer is a police force: the force's reference
                ls, le = doc.line_bounds(seg.start)
                value = doc.text[seg.start:seg.end].strip()
                if _FORCE_IN_ROW.search(doc.folded, ls, le) and sum(c.isdigit() for c in value) >= 5 and len(value) <= 30:
                    out.append(Cand("police_reference", seg.start + doc.text[seg.start:seg.end].index(value),
                                    seg.start + doc.text[seg.start:seg.end].index(value) + len(value), 0.8))
                    break
            if cat:
                found = _value_cand(doc, cat, label, seg.start, seg.end, allow, seg.aggregate)
                if found:
                    if not _TOTAL_ROW.match(doc.folded, doc.line_bounds(seg.start)[0]):
                        out.extend(found)  # (a table's total row is no one's)
                    break
    # "Label: value" in running text
    text = doc.text
    for colon in _COLON.finditer(text):
        pos = colon.start()
        if colon.group() == "?" and not _SPACE_THEN_WORD.match(text[pos + 1:pos + 3]):
            continue
        if text[pos + 1:pos + 3] == "//" or (pos and text[pos - 1].isdigit() and text[pos + 1:pos + 2].isdigit()):
            continue
        lo = max(0, pos - 100)
        line_start = max(text.rfind("\n", lo, pos), text.rfind("\t", lo, pos), text.rfind("|", lo, pos), lo - 1) + 1
        label_text = text[max(line_start, pos - (90 if colon.group() == "?" else 45)):pos]
        gap = _WIDE_GAP.search(label_text)
        while gap:
            label_text = label_text[gap.end():]
            gap = _WIDE_GAP.search(label_text)
        # a label starts after the sentence or the field before it ("Date of birth: 1970-12-03. Offence:")
        cut = max(label_text.rfind(". "), label_text.rfind("; "), label_text.rfind(": "))
        if cut >= 0:
            label_text = label_text[cut + 2:]
        label_text = _BULLET.sub("", label_text)
        if not label_text or len(label_text) > 90:
            continue
        cat = label_category(label_text)
        if not cat:
            continue
        vstart = pos + 1
        # a form lines its values up: "Prison number:      A1234BC", "Name:\tKyle Morgan"
        while vstart < len(text) and text[vstart] in " \t\u00a0":
            vstart += 1
        stop = _INLINE_END.search(text, vstart)
        vend = stop.start() if stop else len(text)
        # a second "Label:" on the same line ends this value
        nxt = _NEXT_LABEL.search(text[vstart:vend])
        if nxt and label_category(text[vstart + nxt.end():vend].split(":", 1)[0]):
            vend = vstart + nxt.start()
        # the value ends with its clause; a list of conditions or offences goes on past a semicolon
        clause = (_SENTENCE_END if cat == "special_category" else _CLAUSE_END).search(text[vstart:vend])
        if clause and text[vstart:vstart + clause.start()].strip():
            vend = vstart + clause.start()  # the value ends with its clause
        if not text[vstart:vend].strip() and stop is not None and stop.group() == "\n":
            # the value on the next line
            nl_end = text.find("\n", vend + 1)
            nl_end = len(text) if nl_end < 0 else nl_end
            if nl_end - vend < 80:
                vstart, vend = vend + 1, nl_end
        if cat == "special_category" and (_SHARE_AFTER.match(text, vend) or _in_reference_list(doc, pos)):
            continue  # "Sexual orientation: LGB+ | 6% (39)", a code list's "Other ethnic group: Arab"
        out.extend(_value_cand(doc, cat, label_text, vstart, vend, allow, False))
    # a label on its own line, its value on the next, as a form printed to PDF lays them out:
    # "Date of birth\n14/02/2010"
    if "\n" in text:
        first = _LABEL_OVER_VALUE_CORE.match(text)
        for m in ([first] if first else []) + list(_LABEL_OVER_VALUE.finditer(text)):
            cat = _whole_label(m.group(1))
            if cat not in _SHAPED or cat == "person_name" and not _NAME_LINE.fullmatch(m.group(2)):
                continue
            seg = doc.segment(m.start(1))
            if seg is not None and seg.kind in ("cell", "field", "property"):
                continue  # a table's cells have their own labels
            out.extend(_value_cand(doc, cat, m.group(1), m.start(2), m.end(2), allow, False))
    return out


_SHARE_AFTER = re.compile(r"[ \t]*[\t|,][ \t]*[<>]?\d+(?:\.\d+)?\s*%"
                          # or only counts and shares to the end of the row: "Religion: Sikh | 39 | 5.1"
                          r"|(?:[ \t]*[\t|,][ \t]*(?:[<>≤≥]?\d[\d,]*(?:\.\d+)?\s*%?|-|–|n/a)){1,4}[ \t]*(?:\r?\n|$)")
# a value that speaks as the organisation or of people in general: a policy's text, not a person's data
_POLICY_VALUE = re.compile(r"\W*(?:we|our|us|you|your|staff|all|any|every|each|where|if|when|whether|participants|people|"
                           r"the service|this|these|there|they|no one|nobody|anyone|someone)\b")
_REFERENCE_COLUMN = re.compile(r"\b(?:description|meaning|definition|category|categories|code|codes|key|explanation)\b")


def _in_reference_list(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is in a table's column of descriptions ("Code | Description"): a list of categories."""
    seg = doc.segment(pos)
    if seg is None or seg.kind != "cell" or not any(_REFERENCE_COLUMN.search(label.lower()) for label in seg.labels):
        return False
    first = doc.row_start_cell(pos)
    return first is not None and first is not seg and len(doc.text[first.start:first.end].strip()) <= 4  # "W1", "NS"


def _whole_label(line: str) -> str | None:
    """The category of a line that is a label and nothing more ("Child's date of birth"), not a sentence that
    holds one ("The young person Jayden Okafor")."""
    words = _label_key(line).split()
    for n in (1, 2, 3):
        if n <= len(words) and label_category(" ".join(words[-n:])):
            return label_category(line)
    return None


_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.-]*[ ]?){1,4}")
# Categories whose values have a shape of their own, so that a heading over a paragraph is not taken for a label
_SHAPED = frozenset({"date_of_birth", "nhs_number", "ni_number", "phone", "postcode", "prison_number", "passport",
                     "driving_licence", "vehicle_registration", "person_name"})
_LABEL_OVER_VALUE_CORE = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’ ./()-]{1,38})(?=\n[ \t]*([^\n:]{2,40})(?:\n|$))")
_LABEL_OVER_VALUE = re.compile(r"\n" + _LABEL_OVER_VALUE_CORE.pattern)  # (led by the line break: found quickly)
