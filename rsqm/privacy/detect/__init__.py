"""Stage two: find sensitive personal data in extracted text.

Each category has its own recogniser (patterns, checksums, the words around, a gazetteer for
names); this module runs them, clears what the organisation's allow-list covers, settles overlaps
and turns candidates into findings with a place and a masked snippet.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..base import LABELS, THRESHOLD, Allow, Finding, Segment, mask
from . import fields, identifiers, names, statements
from .doc import Cand, Doc, Spans

# When two candidates overlap and score alike, the more specific category wins.
_PRIORITY = {
    "nhs_number": 0, "ni_number": 0, "driving_licence": 0, "passport": 1, "prison_number": 1, "email": 1,
    "police_reference": 2, "vehicle_registration": 2, "phone": 2, "date_of_birth": 3, "postcode": 3,
    "postal_address": 4, "school_with_pupil": 5, "age_with_detail": 5, "person_name": 6, "special_category": 7,
}


_PLACEHOLDER = re.compile("|".join(re.escape(label) for label in sorted(set(LABELS.values()), key=len, reverse=True)))


def candidates(doc: Doc, allow: Allow) -> list[Cand]:
    emails, email_spans = identifiers.emails(doc, allow)
    protected = Spans(email_spans + identifiers.urls(doc))
    found: list[Cand] = list(emails)
    found += identifiers.phones(doc, allow)
    found += identifiers.postcodes(doc, allow)
    found += identifiers.addresses(doc, allow)
    found += identifiers.dates_of_birth(doc)
    found += identifiers.ni_numbers(doc)
    found += identifiers.nhs_numbers(doc)
    found += identifiers.passports(doc)
    found += identifiers.driving_licences(doc)
    found += identifiers.vehicle_registrations(doc)
    found += identifiers.prison_numbers(doc)
    found += identifiers.police_references(doc)
    found += identifiers.ages(doc)
    found += identifiers.ages_after_birth_dates(doc, [c for c in found if c.category == "date_of_birth"])
    field_cands = fields.fields(doc, allow)
    # a name a form gives ("Participants: Wassaya Tungkasethakul") is known when the text uses it again
    all_names = names.person_names(doc, protected, [(c.start, c.end) for c in field_cands if c.category == "person_name"])
    # Everyone named, the organisation's staff included: an offence or a diagnosis of a member of
    # staff is as sensitive as anyone's.
    named = Spans({(c.start, c.end) for c in all_names if c.score >= THRESHOLD}
                  | {(c.start, c.end) for c in field_cands if c.category == "person_name"})
    for _start, end in named.spans:
        found += names.beside_name(doc, end)
    real = [(c.start, c.end) for c in all_names
            if c.score >= THRESHOLD and not allow.allows_name(doc.text[c.start:c.end])]
    real += [(c.start, c.end) for c in field_cands if c.category == "person_name"]
    found += statements.special_category(doc, named, names_someone=bool(real), people=Spans(real))
    found += statements.schools(doc, named, names_someone=bool(real))
    found += identifiers.ages_after_birth_dates(doc, [c for c in field_cands if c.category == "date_of_birth"])
    # an offence in a table is about the person named in its row; one in a form ("Offence: burglary"),
    # about the person the document names
    for c in field_cands:
        if c.why == "offence":
            seg = doc.segment(c.start)
            if seg is not None and seg.kind == "cell":
                ls, le = doc.line_bounds(c.start)
                form_row = doc.text.count("\t", ls, le) == 1  # "Offences | Driving with excess alcohol": a form
                if not named.any_overlap(ls, le) and not (form_row and real):
                    continue
            elif not real:
                continue
        found.append(c)
    found += [c for c in all_names if not allow.allows_name(doc.text[c.start:c.end])]
    found = [c for c in found if c.category == "email" or not protected.contains(c.start, c.end)]
    if "[" in doc.text:
        # what a redacted copy says in place of a finding ("Address: [address]") is no one's data
        found = [c for c in found if any(ch.isalnum() for ch in _PLACEHOLDER.sub("", doc.text[c.start:c.end]))]
    return found


def resolve(cands: list[Cand], text: str) -> list[Cand]:
    """Keep the best of overlapping candidates: higher score, then the more specific category, then longer."""
    cands = [c for c in cands if c.score >= THRESHOLD and c.end > c.start]
    cands.sort(key=lambda c: (-c.score, _PRIORITY.get(c.category, 9), -(c.end - c.start), c.start))
    starts: list[int] = []  # taken spans, kept sorted and apart
    ends: list[int] = []
    kept: list[Cand] = []
    for c in cands:
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends
        if i and ends[i - 1] > c.start:
            # a long statement that runs into a name ("arrested for damage to Elias's fence") keeps its start
            j = bisect.bisect_right(starts, c.start)  # the first taken span after c's start
            if c.category != "special_category" or j >= len(starts) or (j and ends[j - 1] > c.start) \
                    or starts[j] - c.start < 4:
                continue
            end = starts[j]
            while end > c.start and not text[end - 1].isalnum():
                end -= 1
            if end - c.start < 3:
                continue
            c = Cand(c.category, c.start, end, c.score, c.why)
            i = j
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def detect(text: str, segments: Sequence[Segment] | None = None, *, allow: Allow | None = None) -> list[Finding]:
    """Findings in ``text``, in order of start. ``segments`` say where stretches came from.

    PRIV-NO-SENSITIVE: everything that could identify a participant in a restorative process, and
    special-category data (health, ethnicity, religion or belief, sexual life, political opinion,
    trade union membership, offences) about anyone, staff and pseudonymised people included, is a
    finding here; every upload and free text passes through this function. A finding holds its
    category, place and a masked snippet, never the flagged text.
    """
    if not text:
        return []
    allow = allow or Allow()
    doc = Doc(text, list(segments or []))
    out = []
    for c in resolve(candidates(doc, allow), text):
        seg = doc.segment(c.start)
        out.append(Finding(
            category=c.category,
            start=c.start,
            end=c.end,
            score=min(1.0, c.score),
            snippet=mask(text[c.start:c.end]),
            page=seg.page if seg else None,
            sheet=seg.sheet if seg else None,
            cell=seg.cell if seg else None,
            line=doc.line_number(c.start),
        ))
    return out


__all__ = ["detect", "candidates", "resolve"]
