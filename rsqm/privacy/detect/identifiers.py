"""Recognisers for identifiers: patterns, checksums and the words around them.

Each function takes the document and returns candidates. Patterns start with a character class
rather than ``\\b`` where they can: the regular-expression engine then skips ahead quickly, which
is most of the guard's speed.
"""

from __future__ import annotations

import re

from ..base import Allow
from . import lexicon
from .cues import hits_of
from .doc import Cand, Doc, Spans, ending, ends
from .gazetteer import FIRST_MASK, PLACE, SURNAME_MASK, gazetteer

# ------------------------------------------------------------------------------------ email

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*"
                           r"\.[A-Za-z]{2,24}(?![\w-])")
# Mailboxes that belong to a role or an organisation rather than a person.
_ROLE_MAILBOXES = frozenset("""
info enquiries enquiry admin administration office contact contactus hello help helpdesk support referrals referral
team mail reception bookings booking general feedback complaints complaint safeguarding rj restorative noreply
no-reply donotreply accounts finance invoices hr jobs recruitment careers press media communications comms secure
victims victimservices yot yjs youthjustice service services duty intake triage admin.team
""".split())
# Words a role mailbox is made of ("childrensfrontdoor", "mash.referrals", "yjs-intake"); a mailbox made of nothing else
# belongs to a team, not a person.
_ROLE_WORDS = frozenset("""
info enquiries enquiry admin office contact us hello help desk support referrals referral team mail reception bookings
booking general feedback complaints safeguarding rj restorative mediation noreply no reply donot do not accounts finance
invoices hr jobs recruitment careers press media communications comms secure victims victim services service yot yjs yos
youth justice offending duty intake triage children childrens child family families front door mash early adult adults
social care hub gateway centre center main data privacy dpo foi customer school office head pastoral attendance senco
sendco send police crime unit probation court courts health community council housing volunteers volunteering training
events out hours emergency access point single spa triage ops operations partnership partnerships board
liaison diversion resettlement outreach engagement oocr oocd parks asb cctv licensing lado iom mappa marac idva isva vru
control room inclusion lettings conferencing conference information sharing pubwatch sheriff snt npt clerk clerks
admissions exclusions dsl welfare wellbeing counselling chaplaincy facilities estates disclosure dbs records legal
governance quality audit compliance yja yos yot cyp sendiass send sen panel panels justice restorative practice surgery
reception appointments prescriptions generalenquiries enquiries office
witness witnesscare neighbourhoods neighbourhood courtteam oocd fgc iow
""".split())


def _role_mailbox(local: str, domain: str = "") -> bool:
    """Whether a mailbox belongs to a team: its words are roles, or places and its domain's own words beside a role
    ("mash.referrals", "glasgowsheriff@scotcourts.gov.uk", "hackneysnt.dalston@met.police.uk")."""
    local = re.sub(r"\d+$", "", local)
    pieces = [piece for piece in re.split(r"[._+-]+", local) if piece]
    own = {label for label in re.split(r"[.-]", domain.lower()) if len(label) > 2}
    gaz = gazetteer()

    def word(w: str) -> bool:
        return w in _ROLE_WORDS or w in own or len(w) > 3 and bool(gaz.get(w) & PLACE) and not gaz.get(w) & FIRST_MASK

    roles = 0
    for piece in pieces:
        # can the piece be read as role words run together?
        ok = [True] + [False] * len(piece)
        for i in range(1, len(piece) + 1):
            ok[i] = any(ok[j] and word(piece[j:i]) for j in range(max(0, i - 16), i))
        if ok[-1]:
            roles += 1
        elif not (len(piece) <= 4 and piece.isalpha() and not gazetteer().get(piece) & (FIRST_MASK | SURNAME_MASK)):
            return False
    # a team's acronym beside a role word ("ysj.finance", "cyp-referrals"), never initials alone
    return roles > 0


# the domains of public bodies, whose people have mailboxes made of their names
_PUBLIC_BODY = re.compile(r"(?:\.gov\.uk|\.police\.uk|\.nhs\.uk|\.nhs\.net|^nhs\.net|\.sch\.uk|\.gov\.wales|\.gov\.scot|"
                          r"\.pnn\.police\.uk|\.mod\.uk|\.parliament\.uk|\.ac\.uk)$")


def _names_someone(local: str, domain: str) -> bool:
    """Whether a mailbox's name holds a person's name: "jo.bloggs", "jbloggs", "bloggsj", "z.stanikzai", and not
    a team's words ("yjs.highpeak", "witnesscare.southbank") or an acronym ("fgc")."""
    gaz = gazetteer()
    pieces = [p for p in re.split(r"[._+-]+", re.sub(r"\d+$", "", local)) if p]
    if any(_role_mailbox(p, domain) for p in pieces if len(p) > 1):
        return False  # a team's word among them
    for piece in pieces:
        for part in (piece, piece[1:], piece[:-1], piece[2:]):
            if len(part) >= 3 and gaz.get(part) & (FIRST_MASK | SURNAME_MASK) and not gaz.is_word(part):
                return True
    if len(pieces) == 2 and all(p.isalpha() for p in pieces):
        return True  # first.last, or an initial and a surname, from no list
    return len(pieces) == 1 and len(pieces[0]) >= 5 and pieces[0].isalpha() and any(v in pieces[0] for v in "aeiouy")


def emails(doc: Doc, allow: Allow) -> tuple[list[Cand], list[tuple[int, int]]]:
    """(findings, every email's span): names inside an address are the address's business."""
    out: list[Cand] = []
    spans: list[tuple[int, int]] = []
    text = doc.text
    at = text.find("@")
    while at >= 0:
        local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        nxt = text.find("@", at + 1)
        if local is None or domain is None:
            at = nxt
            continue
        start = local.start()
        while start < at and text[start] in "._%+'-":
            start += 1
        span = (start, domain.end())
        at = nxt
        spans.append(span)
        addr = text[span[0]:span[1]]
        if allow.allows_email(addr):
            continue
        local = addr.split("@", 1)[0].lower()
        domain = addr.split("@", 1)[1].lower()
        if local in _ROLE_MAILBOXES or re.sub(r"[\d._-]+$", "", local) in _ROLE_MAILBOXES or _role_mailbox(local, domain):
            continue
        if _PUBLIC_BODY.search(domain) and not _names_someone(local, domain):
            continue  # "witnesscare.southbank@humberside.police.uk": a public body's team; its people are "jo.bloggs@"
        out.append(Cand("email", span[0], span[1], 0.95))
    return out, spans


_URL_HTTP = re.compile(r"http(?:s?)://[^\s<>\"')\]]+")
_URL_WWW = re.compile(r"www\.[^\s<>\"')\]]+")


def urls(doc: Doc) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_HTTP.finditer(doc.folded)] + [m.span() for m in _URL_WWW.finditer(doc.folded)]


# ------------------------------------------------------------------------------------ phone

_PHONE = re.compile(
    r"[+0(](?<![\w+][+0(])(?<![(]0)"
    r"(?:(?<=\+)44[ ]?(?:\(0\)[ ]?)?(?:[ .\-()]{0,2}\d){9,10}(?!\d)"
    r"|(?<=0)044[ ]?(?:\(0\)[ ]?)?(?:[ .\-()]{0,2}\d){9,10}(?!\d)"
    r"|(?<=\()0(?:[ .\-()]{0,2}\d){9,10}(?!\d)"
    r"|(?<=0)(?:[ .\-()]{0,2}\d){9,10}(?!\d)"
    r"|(?<=\+)(?!44)[1-9]\d{0,2}(?:[ .\-]?\d){7,12}(?!\d)"
    r"|(?<=\()\+44\)[ ]?(?:[ .\-]{0,2}\d){9,10}(?!\d))"
)
_HELPLINE_WORDS = re.compile(r"(?:helpline|help line|switchboard|freephone|textphone|minicom|reception|main office|bookings|"
                             r"head office|office number|enquiries|fax|advice line|support line|crimestoppers|"
                             r"samaritans|childline|victim support|police on|call 101|non-emergency|team line|team phone|"
                             r"team number|duty line|duty phone|office line|booking line|bookings line|visits line|call in|"
                             r"dial in|dial-in|audio only|conference line)[^\n]{0,30}$")


# what a landline is, said after it, and an organisation's name with its number in brackets
_LINE_NAMED_AFTER = re.compile(r"[ \t]*[(,–-][ \t]*(?:switchboard|main line|reception|duty|office|main office|enquiries|"
                               r"general enquiries|out of hours|24 hours?|24/7|helpline|admin|ward|front desk)\b")
_ORGANISATION_BRACKET = re.compile(r"\b(?:Partners|Solicitors|LLP|Ltd|Limited|Associates|Council|Centre|Center|Surgery|"
                                   r"Practice|Trust|Service|Services|Team|MASH|Hub|Office|Clinic|Hospital|School|Academy|"
                                   r"College|Police|Constabulary|Court|Housing|Homes|Association)[ \t]*[(:][ \t]*$")
# an organisation speaking of itself: "If you have any questions please contact us on 020 ..."
_CONTACT_US = re.compile(r"\b(?:contact|call|ring|phone|telephone|reach|text)\s+us\b[^\n]{0,20}$")


# a letterhead's phone line, under the name and address: "Tel 01248 370 900 | Fax ..."
_LETTERHEAD_PHONE = re.compile(r"[ \t]*(?:tel(?:ephone)?|phone|t|main line|office)\.?[ \t]*[:.]?[ \t]*")


def phone_digits(raw: str) -> str:
    raw = raw.lstrip().lstrip("(")
    digits = re.sub(r"\D", "", raw)
    if raw.startswith(("+44", "0044")):
        digits = "0" + digits[(2 if raw.startswith("+") else 4):]
        if digits.startswith("00"):  # "+44 (0)7700 ..."
            digits = digits[1:]
    return digits


# a mobile number written for an international form without its plus: "447434152487"
_MOBILE_44 = re.compile(r"4(?<![\w+]4)47\d{9}(?!\d)")


def phones(doc: Doc, allow: Allow) -> list[Cand]:
    out = [Cand("phone", m.start(), m.end(), 0.85) for m in _MOBILE_44.finditer(doc.text)
           if not allow.allows_phone("+" + m.group())]
    for m in _PHONE.finditer(doc.text):
        raw = m.group()
        start, end = m.start(), m.end()
        if raw.startswith("(") and ")" not in raw:
            start += 1
            raw = raw[1:]
        if allow.allows_phone(raw):
            continue
        if raw.startswith("+") and not raw.startswith("+44"):
            out.append(Cand("phone", start, end, 0.75))
            continue
        digits = phone_digits(raw)
        if len(digits) not in (10, 11) or digits[0] != "0":
            continue
        if digits[1] in "3589":
            continue  # non-geographic numbers belong to organisations and helplines
        if digits[1] not in "127":
            continue
        if digits[1] == "7" and len(digits) != 11:
            continue
        if _HELPLINE_WORDS.search(doc.before(start, 60)) or any(_HELPLINE_WORDS.search(lab.lower()) for lab in doc.labels(start)):
            continue  # a helpline, or a column of switchboards
        if digits[1] != "7" and (_LINE_NAMED_AFTER.match(doc.folded, end) or _ORGANISATION_BRACKET.search(
                doc.text, max(0, start - 60), start)):
            continue  # "01752 000 111 (switchboard)", "Carlton Defence Partners (0141 000 2020)"
        if digits[1] != "7" and _CONTACT_US.search(doc.before(start, 40)):
            continue  # an office's line; a family gives a mobile ("call us on 07...") and it stays a finding
        if digits[1] != "7" and venue_row(doc, start):
            continue  # a venue's own number
        if digits[1] != "7" and (_institutional(doc, start, 120) or _LETTERHEAD_PHONE.fullmatch(
                doc.folded, doc.line_bounds(start)[0], start) and _institution_block(doc, start, letterhead=True)) \
                and "direct" not in doc.before(start, 120):
            continue  # a landline on the line of a venue's or an office's name and address, or under them
        out.append(Cand("phone", start, end, 0.9))
    return out


# --------------------------------------------------------------------------- postcode, address

_POSTCODE = re.compile(r"[A-PR-UWYZ](?<![\w-][A-PR-UWYZ])[A-HK-Y]?\d[A-HJKPS-UW\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
_STREET_TYPES = (r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Crescent|Cres|Way|Court|Ct|Gardens|Gdns|Terrace|"
                 r"Place|Pl|Grove|Walk|Row|Square|Sq|Hill|Rise|Park|Mews|View|Green|Parade|Fold|Croft|Mount|Vale|Yard|"
                 r"Wynd|Brow|Bank|Boulevard|Gate|Meadow|Meadows|Chase|Lea|Wharf|Quay|Heights|Circus|Approach|Broadway|"
                 r"Causeway|Crest|Dale|Embankment|Glade|Glen|Hollow|Nook|Orchard|Passage|Path|Ridge|Side|Villas|Wood|"
                 r"Woods|Estate|Place|Grange|Fields|Field|End|Cottages|Mead|Garth|Loke|Drove|Close|Oval|Arcade|Promenade|Esplanade|"
                 r"Precinct")
# Welsh names a street by its kind first: "Ffordd Caergybi", "Heol y Bryn", "Lôn Isaf"
_STREET_FIRST = r"(?:Ffordd|Heol|Stryd|Lôn|Lon|Rhodfa|Clos|Cilgant|Teras|Cae|Maes)(?:[ ](?:y|yr|[A-Z][\w'’-]*)){1,3}(?![\w'’])"
_STREET = rf"(?:(?:[A-Z][\w'’]*[ -]){{1,3}}(?:{_STREET_TYPES})(?![\w'])\.?|{_STREET_FIRST})"
_ADDRESS_BODY = (rf"\d{{0,3}}[A-Za-z]?(?:\s?[-–]\s?\d{{1,4}}[A-Za-z]?)?,?[ ]{_STREET}"
                 rf"(?:,[ ](?!(?:{_POSTCODE.pattern}))[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){{0,2}}){{0,2}}")
# a house number after no letter, digit or comma ("12,345" is a number); a cell may start with one after a CSV's comma
_ADDRESS = re.compile(r"\d(?<![\w/.,:-]\d)" + _ADDRESS_BODY)
_ADDRESS_IN_CELL = re.compile(r"\d" + _ADDRESS_BODY)
_FLAT_BEFORE = re.compile(r"(?:Flat|Apartment|Apt|Unit|Room|Suite)\s+\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’]+\s+){0,3}"
                          r"(?:(?:House|Court|Lodge|Mansions|Tower|Point|Buildings?|Hall|Block)\s*,?\s*)?$")
_FLAT_IN_BUILDING = re.compile(
    rf"(?:Flat|Apartment)\s+\d+[A-Za-z]?,\s+(?:[A-Z][\w'’]+\s+){{1,3}}(?:House|Court|Lodge|Mansions|Tower|Point|Buildings?|"
    rf"Block|Heights|Lofts|Apartments|Wharf|Mill),\s+{_STREET}"
    rf"|(?<![\w'’-])(?:[A-Z][\w'’]+\s+){{1,3}}(?:Barn|Cottage|Farm|Farmhouse|Bungalow),\s+{_STREET}")
# Words before a number that make it no house number; written reversed (see doc.ending)
_NOT_HOUSE_NUMBER = ending("""room suite unit floor age aged year yr class group set form page section step stage level ks
    key stage table row
    column item
    question week day session chapter appendix part rule paragraph para standard indicator platform route bus gate
    junction exit module lesson phase tier band grade""".split(), trailing=r"[ \u00a0]+")
_MONTH_AFTER_NUMBER = re.compile(r"\d+[A-Za-z]?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_NUMBERED_PLACE = re.compile(
    r"(\d(?<![\w/.,:-]\d)\d{0,3}[A-Za-z]?,?[ ](?:[A-Z][\w'’-]*[ ]){0,2}[A-Z][\w'’-]*"
    r"(?:,[ ]?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})"
    r"{1,3}),?[ ]*$")
_HOME_WORD = re.compile(r"(?:Barn|Cottage|Farm|Farmhouse|Bungalow),")
_STREET_AFTER = re.compile(rf"\s+((?:[A-Z][\w'’]*[ -]){{1,3}}(?:{_STREET_TYPES})(?![\w']))")
# An address after one of these belongs to an institution (a court, a venue, an office).
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:court|courts|prison|hmp|hmyoi|yoi|police station|station|school|academy|college|university|centre|center|"
    r"hall|library|church|mosque|office|offices|headquarters|hq|council|trust|hospital|surgery|clinic|practice|"
    r"care home|nursing home|hospice|infirmary|constabulary|police|partners|associates|"
    r"ltd|limited|cic|llp|plc|solicitors|charity|foundation|services|service|team|house|venue|building|chambers|hub|institute|"
    r"registered office|our office address|correspondence address|postal address for|find us|visit us|write to us|based at|"
    r"p\.?o\.? box|insurance|desk|concierge)\b"
    r"(?!\s+(?:road|rd|street|st|lane|avenue|close|drive|way|hill|row|terrace|place|grove|gardens|walk|square|crescent|"
    r"rise|view|green|yard|mews|parade|fold|croft|court|park|gate|side|bank|end|field|fields|wood|vale))"
)


_ROOM_BEFORE = re.compile(r"\b(?:Room|Suite|Unit|Floor)\s+\w{1,4},?\s+$")


def _institutional(doc: Doc, start: int, width: int = 80) -> bool:
    """An institution named just before ("the Town Hall, 1 Market Street") and no word of a home between."""
    before = doc.before(start, width)
    seg = doc.segment(start)
    if seg is not None and seg.kind in ("cell", "field") and start - seg.start < len(before):
        before = doc.folded[seg.start:start]  # a cell says whose it is; the row's other cells do not
    found = list(_INSTITUTION_BEFORE.finditer(before))
    return bool(found) and not _RESIDENCE.search(before, found[-1].end())


# An address block that says it is someone's home, whatever building it is in
_SWITCHBOARD_AFTER = re.compile(r"[^\n]{0,60}?\b(?:switchboard|main line|main office|reception)\b")
_RESIDENCE = re.compile(r"\b(?:(?<!care )(?<!nursing )(?<!children's )(?<!childrens )home|lives|living|address|flat \d+\w?|"
                        r"apartment \d+\w?)\b")


_VENUE_LABEL = re.compile(r"\b(?:venues?|locations?|sites?|premises|buildings?|offices?|where|rooms?)\b")


def venue_row(doc: Doc, start: int) -> bool:
    """Whether ``start`` is in a table row about a place, not a person: the row's first cell is headed "Venue",
    "Location", "Organisation" or the like, and names one."""
    first = doc.row_start_cell(start)
    if first is None or first.end > start or not first.labels:
        return False
    return bool(_VENUE_LABEL.search(first.labels[0].lower())) and bool(
        _INSTITUTION_BEFORE.search(doc.folded, first.start, first.end) or first.labels[0].lower().startswith("venue"))


# words of a sentence, not of an address line
_SENTENCE_WORDS = re.compile(r"\b(?:is|was|are|were|with|his|her|their|staying|lives|living|at|the|and|who|has|had)\b")


def _institution_block(doc: Doc, start: int, *, letterhead: bool = False) -> bool:
    """Whether a postcode ends an institution's address: the institution is named before it on
    its line or, in an address block, on the two lines above (a blank line ends a block).

    ``letterhead``: a line with no house number counts as part of the block above it, as a street under
    an organisation's name does ("Penrhos Medical Practice / Ffordd Penrhos, Bangor LL57 2EE").
    """
    if _SWITCHBOARD_AFTER.match(doc.folded, start) or venue_row(doc, start):
        return True  # "..., Preston PR4 5SB, switchboard 01772 ...": an office's address; a table of venues
    seg = doc.segment(start)
    if seg is not None and seg.kind in ("cell", "field") and seg.start < start and seg.end >= start:
        context = doc.folded[max(seg.start, start - 120):start]  # a cell says whose it is; its row's other cells do not
        return bool(_INSTITUTION_BEFORE.search(context)) and not _RESIDENCE.search(context)
    newline, tab = doc.text.rfind("\n", 0, start), doc.text.rfind("\t", 0, start)
    if tab > newline:  # in a table cell: the cell alone says whose it is
        context = doc.folded[max(tab + 1, start - 120):start]
        return bool(_INSTITUTION_BEFORE.search(context)) and not _RESIDENCE.search(context)
    line_start = newline + 1
    context = doc.folded[max(line_start, start - 120):start]
    if len(context.split()) <= 3 or letterhead and not any(c.isdigit() for c in context) and len(context.split()) <= 6 \
            and "," in context and not _SENTENCE_WORDS.search(context):
        # a postcode on its own line, or after the town: the lines above are the address
        above = doc.folded[max(0, line_start - 160):line_start]
        block = above.split("\n\n")[-1].split("\n")[-3:]
        context = " ".join(block) + " " + context
    return bool(_INSTITUTION_BEFORE.search(context)) and not _RESIDENCE.search(context)


_PLACE_LINE = re.compile(r",?[ \t]*\n[ \t]*([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}),?[ \t]*(?=\n)")
_POSTCODE_LINE = re.compile(r",?[ \t]*\n[ \t]*[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\w-])")


def _block_tail(text: str, end: int) -> int:
    """The end of an address laid out over lines: the village, town and county lines after the street, when a
    postcode line follows them ("14 Orchard Way / Little Budworth / Tarporley / CW6 9EB")."""
    pos, last = end, end
    for _ in range(3):
        m = _PLACE_LINE.match(text, pos)
        if m is None:
            break
        pos, last = m.end(), m.end(1)
        if _POSTCODE_LINE.match(text, pos):
            return last
    return end


def addresses(doc: Doc, allow: Allow) -> list[Cand]:
    out = []
    text = doc.text
    cell_starts = [seg.start for seg in doc.cells() if text[seg.start:seg.start + 1].isdigit()
                   and text[seg.start - 1:seg.start] == ","]
    found = list(_ADDRESS.finditer(text)) + [m for m in (_ADDRESS_IN_CELL.match(text, p) for p in cell_starts) if m]
    for m in found:
        start = m.start()
        if ends(_NOT_HOUSE_NUMBER, doc.folded[max(0, start - 20):start]):
            continue  # "Year 9, Park View Academy", "Section 3, Standard Street"
        flat = _FLAT_BEFORE.search(text, max(0, start - 60), start)
        if flat:
            start = flat.start()
        span = text[start:m.end()].rstrip(" ,")
        if _ROOM_BEFORE.search(text, max(0, start - 30), start) or span.startswith(("Room", "Suite", "Unit")):
            continue  # a room or a unit is where a meeting is held, not where someone lives
        if allow.allows_address(span) or _institutional(doc, start) or _institution_block(doc, start):
            continue
        out.append(Cand("postal_address", start, _block_tail(text, start + len(span)), 0.85))
    # "Apartment 30, Mill Race House, Dalton Lane": a flat in a named building on a street without a number
    # ... and a house with a name instead of a number: "Low Birk Barn, Coniston Avenue"
    if "Flat" in text or "Apartment" in text or _HOME_WORD.search(text):
        taken = [(c.start, c.end) for c in out]
        for m in _FLAT_IN_BUILDING.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken) and not allow.allows_address(m.group()) \
                    and not _institutional(doc, m.start()):
                out.append(Cand("postal_address", m.start(), m.end(), 0.85))
    # "3 Bryn Teg, Mold, Flintshire CH7 1XY": a house number and a street with no word for a street, as far as the
    # postcode it runs to
    for pc in doc.codes(_POSTCODE):
        line_start = max(text.rfind("\n", 0, pc.start()), text.rfind("\t", 0, pc.start())) + 1
        lo = max(line_start, pc.start() - 120)
        if text.find(",", lo, pc.start()) < 0:
            continue
        m = _NUMBERED_PLACE.search(text, lo, pc.start())
        if m is None or any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
            continue
        span = m.group(1)
        start = m.start(1)
        if _MONTH_AFTER_NUMBER.match(span):
            continue  # "Workshop on 14 March, Bangor LL57 2DG": a date
        if ends(_NOT_HOUSE_NUMBER, doc.folded[max(0, start - 20):start]) \
                or _ROOM_BEFORE.search(text, max(0, start - 30), start) or allow.allows_address(span) \
                or _institutional(doc, start) or _institution_block(doc, pc.start()):
            continue
        out.append(Cand("postal_address", start, start + len(span), 0.8))
    # "lives on Mill Lane": a street without a number; "i live at 175 whitehawk road": a home typed in lower case
    for _hit, hit_end in hits_of(doc, "lives"):
        m = _STREET_AFTER.match(text, hit_end) or _HOME_TYPED.match(text, hit_end)
        if m and not allow.allows_address(m.group(1)):
            out.append(Cand("postal_address", m.start(1), m.end(1), 0.75))
            pc = _POSTCODE_AFTER_HOME.match(text, m.end(1))
            if pc and pc.group(2).lower() in _POSTCODE_AREAS:
                out.append(Cand("postcode", pc.start(1), pc.end(1), 0.8))
    # a letter's address block under its addressee, with no house number: "Mr Grigor Swankie / Bank End Cottage /
    # Hollins Lane / Tansley, Matlock / DE4 6LB"
    if "\n" in text:
        for m in _POSTCODE_LINE_ALONE.finditer(text):
            block = _addressee_block(doc, m.start())
            if block and not allow.allows_address(text[block[0]:block[1]]):
                out.append(Cand("postal_address", block[0], block[1], 0.8))
    # "outside Amelie's house (204 Trevethin Way)": a number and a street in brackets after a home
    for m in _ADDRESS_IN_BRACKETS.finditer(text):
        if _HOME_BEFORE_BRACKET.search(doc.folded, max(0, m.start() - 12), m.start()) and not allow.allows_address(m.group(1)):
            out.append(Cand("postal_address", m.start(1), m.end(1), 0.75))
    return out


_POSTCODE_LINE_ALONE = re.compile(r"(?m)^[ \t]*[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}[ \t]*$")
_ADDRESSEE = re.compile(r"[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?[ ]+[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){0,3}[ \t]*$")
_BLOCK_LINE = re.compile(r"[ \t]*[A-Z0-9][\w'’.,&() -]{1,44}$")


def _addressee_block(doc: Doc, postcode_start: int) -> tuple[int, int] | None:
    """The lines between a titled addressee's name and a postcode on its own line, when they read as an address's
    lines (short, no label, no sentence) and name no institution."""
    text = doc.text
    end = postcode_start - 1  # the newline before the postcode's line
    if end <= 0 or text[end] != "\n":
        return None
    lines: list[tuple[int, int]] = []
    pos = end
    for _ in range(5):
        ls = text.rfind("\n", 0, pos) + 1
        line = text[ls:pos]
        if _ADDRESSEE.fullmatch(line):
            if not lines or any(_INSTITUTION_BEFORE.search(doc.folded, a, b) for a, b in lines):
                return None
            return lines[-1][0], lines[0][1]
        if not _BLOCK_LINE.fullmatch(line) or ":" in line or _SENTENCE_WORDS.search(doc.folded, ls, pos):
            return None
        lines.append((ls + len(line) - len(line.lstrip()), pos - (len(line) - len(line.rstrip()))))
        if ls == 0:
            return None
        pos = ls - 1
    return None


_DISTANCE_WORDS = ("doors?|minutes?|mins?|miles?|metres?|meters?|yards?|houses?|streets?|hours?|steps?|down|up|along|"
                   "the|a|an|from|away|round|around|off|near|of|to|on|in|at|by|past")
_STREET_WORDS_LOWER = ("road|rd|street|st|lane|avenue|ave|close|drive|way|court|gardens|terrace|place|grove|walk|row|"
                       "crescent|hill|rise|park|mews|view|green|parade|square|vale|fold|croft|heights")
# the words between the number and the street word are a street's name, not a distance ("2 doors down the road",
# "10 minutes walk")
_HOME_TYPED = re.compile(rf"[ \t:,-]*(\d{{1,4}}[a-z]?,?[ ](?:(?!(?:{_DISTANCE_WORDS})\b)[A-Za-z'’-]+[ ]){{1,3}}"
                         rf"(?:{_STREET_WORDS_LOWER})\b"
                         rf"(?:[ ,]+(?!now\b|and\b|with\b|since\b|but\b)[a-z][a-z'’-]+(?=[ ,]+[a-z]{{1,2}}\d))?)",
                         re.IGNORECASE)
_POSTCODE_AFTER_HOME = re.compile(r"[ ,]+(([a-z]{1,2})\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})(?![\w-])", re.IGNORECASE)
# found from its bracket, which the engine finds fast; a home's word must stand before it
_ADDRESS_IN_BRACKETS = re.compile(rf"\((\d{{1,4}}[A-Za-z]?[ ](?:[A-Z][\w'’-]*[ ]){{1,3}}(?:{_STREET_TYPES})"
                                  rf"(?:,[ ][A-Z][\w'’-]+)?)\)")
_HOME_BEFORE_BRACKET = re.compile(r"\b(?:house|home|flat|address|place)[ \t]*$")


# a postcode typed in lower case, with its space, in writing without capitals ("49b bispham road la9 1wt")
_POSTCODE_LOWER = re.compile(r"[a-pr-uwyz](?<![\w-][a-pr-uwyz])[a-hk-y]?\d[a-hjkps-uw\d]? \d[abd-hjlnp-uw-z]{2}(?![\w-])")


_AREA = re.compile(r"[A-Za-z]{1,2}")
# The postcode areas of the United Kingdom, Crown dependencies included
_POSTCODE_AREAS = frozenset("""ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec
    eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn
    np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc
    wd wf wn wr ws wv yo ze""".split())
# typed in lower case, with or without its space, where an address puts it: after a comma, in a cell, on its own line
_POSTCODE_TYPED = re.compile(r"([a-z]{1,2})\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![\w-])")
_POSTCODE_PLACE = re.compile(r"(?:^|[,\t\n]|[A-Z][a-z'’-]+ |[Pp]ost ?[Cc]ode:?|PC:?)[ \t]*$")


def postcodes(doc: Doc, allow: Allow) -> list[Cand]:
    out = []
    found = [(m, 0.9) for m in doc.codes(_POSTCODE)]
    if doc.informal:
        found += [(m, 0.8) for m in _POSTCODE_LOWER.finditer(doc.text)]
    text = doc.text
    for m in doc.mixed_codes(_POSTCODE_TYPED):
        if m.group(1) in _POSTCODE_AREAS and not (doc.informal and " " in m.group()) \
                and _POSTCODE_PLACE.search(text, max(0, m.start() - 12), m.start()):
            found.append((m, 0.85))
    for m, score in found:
        area = _AREA.match(m.group()).group().lower()
        if area not in _POSTCODE_AREAS:
            continue  # "A99FN" of a licence number: no postcode area is "A"
        if allow.allows_address(m.group()) or _institution_block(doc, m.start(), letterhead=True):
            continue
        out.append(Cand("postcode", m.start(), m.end(), score))
    return out


# ---------------------------------------------------------------------------- dates of birth

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(
    rf"(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?\d\d(?!\d)"
    rf"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:0?[1-9]|[12]\d|3[01])-(?:{_MONTHS})-(?:19|20)?\d\d(?!\d)"
    rf"|(?:0[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)?\d\d(?!\d)"
    rf"|(?:{_MONTHS})\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|(?:{_MONTHS})\.?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d"
)
# after the cue only: a date with spaces for its separators, "DOB 26 10 2005"
_SPACED_DATE = re.compile(r"[\s:]*((?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d)(?!\d)")
_DOB_CUE = re.compile(r"d\.?\s?o\.?\s?b\b\.?|date of birth|birth ?date|born(?: on| in)?|birthday|year of birth|\byob\b")


def dates_of_birth(doc: Doc) -> list[Cand]:
    out = []
    folded = doc.folded
    for hit, _ in hits_of(doc, "dob"):
        cue = _DOB_CUE.match(folded, hit)
        if cue is None:
            continue
        line_end = folded.find("\n", cue.end())
        if line_end >= 0 and not folded[cue.end():line_end].strip(" \t:(-"):
            line_end = folded.find("\n", line_end + 1)  # "(date of birth\n2 March 1977)": the line wraps after the cue
        limit = min(cue.end() + 40, len(folded) if line_end < 0 else line_end)
        spaced = _SPACED_DATE.match(folded, cue.end(), limit)
        if spaced:
            out.append(Cand("date_of_birth", spaced.start(1), spaced.end(1), 0.9))
            continue
        m = _DATE.search(folded, cue.end(), limit)
        if m is None:
            continue
        gap = folded[cue.end():m.start()]
        if re.search(r"[.;!?]|\b(?:and|meeting|met)\b|\bon(?: the)?\s*$", gap):
            continue
        year_only = re.fullmatch(r"(?:19|20)\d\d", m.group())
        if year_only and not re.search(r"born in|year of birth|yob", cue.group()):
            continue
        out.append(Cand("date_of_birth", m.start(), m.end(), 0.95))
    return out


def find_date(text: str) -> re.Match[str] | None:
    return _DATE.search(text.lower())


# ------------------------------------------------------------------------------ NI, NHS, etc.

_NI = re.compile(r"[A-CEGHJ-PR-TW-Z](?<![\w][A-Z])[A-CEGHJ-NPR-TW-Z](?<!BG|GB|NK|KN|NT|TN|ZZ)"
                 r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])")
_NI_HYPHENS = re.compile(r"[A-CEGHJ-PR-TW-Z](?<![\w][A-Z])[A-CEGHJ-NPR-TW-Z](?<!BG|GB|NK|KN|NT|TN|ZZ)-\d{2}-\d{2}-\d{2}-[A-D]"
                         r"(?![\w])")
# typed in lower case, anywhere: the shape alone is rare enough ("gk867450d", "wm 72 72 42 a")
_NI_LOWER = re.compile(r"(?!bg|gb|nk|kn|nt|tn|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]([ -]?)\d{2}\1\d{2}\1\d{2}\1[a-d]"
                       r"(?![\w-])")
_EXAMPLE_BEFORE = re.compile(r"\b(?:format|formats|e\.g|eg|example|examples|such as|looks like|specimen|sample)\b")
_NI_QQ = re.compile(r"Q(?<![\w]Q)Q ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])")


# after its name, a national insurance number however it is typed ("national insurance nm770227c")
_NI_NAMED = re.compile(r"(?:national insurance|ni|nino)(?: number| no\.?)?[\s:]*((?!bg|gb|nk|kn|nt|tn|zz)[a-ceghj-pr-tw-z]"
                       r"[a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?![\w])")


def ni_numbers(doc: Doc) -> list[Cand]:
    out = []
    for hit, _end in hits_of(doc, "ni"):
        m = _NI_NAMED.match(doc.folded, hit)
        if m and not doc.text[m.start(1):m.end(1)].isupper():  # (one in capitals is found below)
            out.append(Cand("ni_number", m.start(1), m.end(1), 0.9))
    out += [Cand("ni_number", m.start(), m.end(), 0.95) for m in doc.codes(_NI)]
    out += [Cand("ni_number", m.start(), m.end(), 0.85) for m in doc.mixed_codes(_NI_LOWER)]
    if "-" in doc.text:  # "YJ-87-45-33-D": no code starts there (see doc.codes)
        out += [Cand("ni_number", m.start(), m.end(), 0.95) for m in _NI_HYPHENS.finditer(doc.text)]
    # QQ is never issued: HMRC's specimen prefix, a real person's only in invented papers; an example is no one's
    out += [Cand("ni_number", m.start(), m.end(), 0.9) for m in doc.codes(_NI_QQ)
            if not _EXAMPLE_BEFORE.search(doc.before(m.start(), 40))]
    return out


_NHS = re.compile(r"\d(?<![\w.,/-]\d)\d\d([ -]?)\d{3}\1\d{4}(?![\w-]|[.,/]\d)")
_NHS_CUE = re.compile(r"\bnhs\b|\bchi\b|health (?:and care )?number|health service number")
_NOT_NHS = re.compile(r"\b(?:invoice|inv|order|po|purchase|account|acct|a/c|sort code|ref|reference|case|file|ticket|"
                      r"receipt|transaction|policy|membership|member|customer|serial|isbn|company|charity|crime|incident|"
                      r"urn|crn|cad|phone|tel|mobile|fax|booking|application|claim|payment|bank|iban|card|tracking|"
                      r"registration|reg|licence|passport|prison|custody|log|batch|product|item|sku|vat|utr|ucas)\b")


def nhs_checksum_ok(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_numbers(doc: Doc) -> list[Cand]:
    out = []
    for m in _NHS.finditer(doc.text):
        digits = re.sub(r"\D", "", m.group())
        context = doc.before(m.start(), 50) + " " + " ".join(doc.labels(m.start())).lower()
        cue = bool(_NHS_CUE.search(context))
        valid = nhs_checksum_ok(digits)
        if cue:
            out.append(Cand("nhs_number", m.start(), m.end(), 0.95 if valid else 0.7))
            continue
        if not valid or digits[0] == "0" or len(set(digits)) == 1:
            continue
        if _NOT_NHS.search(context):
            continue
        out.append(Cand("nhs_number", m.start(), m.end(), 0.7 if m.group(1) else 0.6))
    return out


_PASSPORT_CUE = re.compile(r"passport")
_PASSPORT = re.compile(r"[A-Z0-9](?<![\w][A-Z0-9])(?=[A-Z0-9]{0,2}\d{6})[A-Z]{0,2}\d{6,9}[A-Z]?(?![\w])")


def passports(doc: Doc) -> list[Cand]:
    out = []
    for hit, _end in hits_of(doc, "passport"):
        cue = _PASSPORT_CUE.match(doc.folded, hit)
        m = _PASSPORT.search(doc.text, cue.end(), min(len(doc.text), cue.end() + 40))
        if m and "\n" not in doc.text[cue.end():m.start()]:
            out.append(Cand("passport", m.start(), m.end(), 0.9))
    return out


_LICENCE = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z9]{4} ?\d[0156]\d[0-3]\d\d ?[A-Z9]{2}\d ?[A-Z]{2}(?: ?\d{2})?(?![\w])")


# a Northern Ireland licence is eight digits: found after the words on its line
_NI_LICENCE = re.compile(r"driving licen[cs]e[^\n\d]{0,40}?(?<![\w/-])(\d{8}|\d{4} \d{4})(?![\w/-])")


def driving_licences(doc: Doc) -> list[Cand]:
    out = [Cand("driving_licence", m.start(), m.end(), 0.95) for m in doc.codes(_LICENCE)]
    out += [Cand("driving_licence", m.start(1), m.end(1), 0.85) for m in _NI_LICENCE.finditer(doc.folded)]
    return out


_VRM_CURRENT = re.compile(r"[A-HJ-PR-Y](?<![\w][A-HJ-PR-Y])[A-HJ-PR-Y] ?(?:0[2-9]|[12]\d|5[1-9]|[67]\d) ?[A-HJ-PR-Z]{3}(?![\w])")
_VRM_OLD = re.compile(r"[A-Z](?<![\w][A-Z])(?:\d{1,3} ?[A-Z]{3}|[A-Z]{2} ?\d{1,3} ?[A-Z])(?![\w])")
_MODELS = "|".join(lexicon.VEHICLE_MODELS)
_VRM_CUE = re.compile(r"\b(?:registration|reg\.?|reg no|number plate|plates?|vrm|vehicles?|cars?|vans?|motorbike|moped|"
                      r"scooter|lorry|driving|drove|index|pick-?up|quad(?: bike)?|motorcycle|taxi|4x4|hatchback|caravan|"
                      r"trailer|towing|motorhome|ford|vauxhall|toyota|nissan|honda|kia|hyundai|peugeot|renault|citroen|"
                      rf"fiat|skoda|audi|bmw|vw|volkswagen|volvo|mazda|land rover|range rover|{_MODELS})\b")
# a dateless plate or one of Northern Ireland's ("YPR 52", "AIL 1781"), which any three capitals and a number look
# like ("VAT 20"), only just after the vehicle is named; a plate typed in lower case ("ck17 zcy") after words about one
_VRM_LOOSE = re.compile(r"(?:[A-Z]{3} ?\d{1,4}|[a-z]{2}\d\d ?[a-z]{3}|[A-Z]{2}\d\d[A-Z]{3})(?![\w-])")
_VRM_NEAR = re.compile(r"(?:registration|reg\.?|reg no|number plate|plate|vrm|car|van|bike|pick-?up|moped|vehicle|lorry|"
                       rf"{_MODELS})(?:,? (?:is|was))?[ (,:\"]{{1,3}}$")


def vehicle_registrations(doc: Doc) -> list[Cand]:
    out = []
    for m in doc.mixed_codes(_VRM_LOOSE):
        labels = " ".join(doc.labels(m.start())).lower()
        if m.group()[:1].isupper() and not m.group()[2:3].isdigit():
            near = _VRM_NEAR.search(doc.folded, max(0, m.start() - 25), m.start()) or _VRM_CUE.search(labels)
        else:
            near = _VRM_CUE.search(doc.before(m.start(), 30) + " " + labels)
        if near:
            out.append(Cand("vehicle_registration", m.start(), m.end(), 0.8))
    for m in doc.codes(_VRM_CURRENT):
        cue = _VRM_CUE.search(doc.before(m.start(), 50))
        out.append(Cand("vehicle_registration", m.start(), m.end(), 0.95 if cue else 0.8))
    for m in doc.codes(_VRM_OLD):
        context = doc.before(m.start(), 50) + " " + " ".join(doc.labels(m.start())).lower()
        if _VRM_CUE.search(context):
            out.append(Cand("vehicle_registration", m.start(), m.end(), 0.85))
    return out


_PRISON = re.compile(r"[A-Z](?<![\w][A-Z])\d{4}[A-Z]{2}(?![\w])")
_PRISON_CUE = re.compile(r"\b(?:prison(?:er)? (?:number|no)|nomis|noms|prison no)\b")


# in lower case or with spaces ("a1120tb", "G7570 GY", "A 1234 BC"), where the words before speak of prison
_PRISON_LOOSE = re.compile(r"[A-Za-z][ -]?\d{4}[ -]?[A-Za-z]{2}(?![\w-])")
# found from its first dash, which the engine finds fast: "G-7291-JS"
_PRISON_DASHED = re.compile(r"-\d{4}-[A-Za-z]{2}(?![\w-])")
_PRISON_CONTEXT = re.compile(r"\b(?:nomis|noms|prison|prisoner|hmp|hmyoi|yoi|omu|offender management|custody|released|"
                             r"licence|recalled)\b")


def prison_numbers(doc: Doc) -> list[Cand]:
    out = []
    for m in doc.mixed_codes(_PRISON_LOOSE):
        raw = m.group()
        if raw[0].isupper() and " " not in raw and raw[-2:].isupper():
            continue  # found below
        if ("-" in raw or " " in raw) and not (raw.isupper() or raw.islower()):
            continue  # "Schedule A 2024 on", "Phase B 2025 to": a year between words
        if _PRISON_CONTEXT.search(doc.before(m.start(), 80) + " " + " ".join(doc.labels(m.start())).lower()):
            out.append(Cand("prison_number", m.start(), m.end(), 0.85))
    text = doc.text
    for m in _PRISON_DASHED.finditer(text):
        start = m.start() - 1  # the letter before the first dash
        if start < 0 or not text[start].isalpha() or start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        if _PRISON_CONTEXT.search(doc.before(start, 80) + " " + doc.folded[m.end():m.end() + 30]):
            out.append(Cand("prison_number", start, m.end(), 0.85))  # "(G-7291-JS) at HMP Winchester"
    for m in doc.codes(_PRISON):
        cue = _PRISON_CUE.search(doc.before(m.start(), 50) + " " + " ".join(doc.labels(m.start())).lower())
        out.append(Cand("prison_number", m.start(), m.end(), 0.95 if cue else 0.85))
    return out


# ------------------------------------------------------------------------- police references

_POLICE_CUE = re.compile(
    r"crime\s*(?:ref(?:erence)?(?:\s*(?:number|no)\.?)?|number|no|report(?:\s+number)?)\.?|\bcrn\b|\bcrime\s*ref\b"
    r"|incident\s*(?:ref(?:erence)?(?:\s*(?:number|no)\.?)?|number|no|log(?:\s+number)?)\.?|\bcad\b(?:\s*(?:ref(?:erence)?|number|no|log))?\.?"
    r"|\bpolice\s*(?:log|ref(?:erence)?(?:\s*number)?|incident(?:\s*number)?|crime\s*number)\.?|\blog\s*(?:number|no)\.?"
    r"|custody\s*(?:record\s*)?(?:ref(?:erence)?|number|no)\.?|occurrence\s*(?:number|no|ref)\.?|\burn\b"
    r"|arrest\s*summons\s*(?:number|no)\.?|\basn\b|\bpnc\s*(?:id|number|no)\.?|\bpnc(?=[\s:]+\d{2,4}/\d{4,7}[a-z]\b)|\bcro\s*(?:number|no)\.?"
    r"|\b(?:storm|niche|athena|cris|psni|gmp|wmp|wyp|syp|nyp|mps|btp)\s*(?:crime\s*)?(?:ref(?:erence)?|log|number|no)\.?"
    r"|\bpolice\b[^\n.]{0,25}?\bref(?:erence)?(?:\s*(?:number|no))?\.?"
    r"|\bmet\s+(?:crime\s+)?ref(?:erence)?(?:\s*(?:number|no))?\.?"
    r"|\b(?:incidents?|log|cad|storm|btp|serial)\b(?=\s+\d{1,6}\s+(?:(?:of|dated)\s+)?(?:\d{1,2}[/.]\d{1,2}|\d{1,2}[a-z]{3}\d{2})"
    r"|\s+\d{1,6}\s+(?:of|dated)\s+\d)"
    # the word alone before a police system's reference: "crime NY-25-010047", "custody record BLP/24/19658"
    r"|\b(?:crime(?:\s+raised)?|custody(?:\s+record)?|incidents?|occurrence|log|storm|cad|cris|niche|athena)\b"
    r"(?=,?\s+(?:[a-z]{1,5}[/-]){0,3}[a-z]{0,3}\d{2}[\w/*-]*(?![\w/-]))"
    # a police form's own labels: "OCCURRENCE: 14256664847", "Custody record: 14DN/9183/25"
    r"|\b(?:occurrence|crime|incident|custody(?:\s*record)?|cad|storm|niche|athena)(?=\s*:)"
)
_POLICE_REF = re.compile(r"(?:\d{1,7}\s+(?:(?:of|dated)\s+)?"
                         r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{1,2}(?![\d/%]|\.\d)|\d{1,2}[a-z]{3}\d{2,4})"
                         r"|\d{1,7}\s+(?:of|dated)\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+(?:\s+\d{4})?"
                         r"|(?:[a-z]{1,5}[-/]){0,3}[a-z]{0,5}[\s/-]?\d[\w/*\-]*\d(?:-?[a-z]{1,3})?)(?![\w/-])")


_DIGIT_GROUP = re.compile(r" \d{3,6}(?![\w/.:-])")
# between a reference's name and the reference: "crime ref: ", "police ref for the victim is "
_POLICE_SEP = re.compile(r"[\s:#.,\-–(]*(?:(?:for|of)\s+(?:the\s+|his\s+|her\s+|their\s+)?[a-z]+\s+)?(?:is\s+|was\s+|of\s+)?")
_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_EXAMPLE_BEFORE = re.compile(r"\b(?:for example|e\.g\.?|such as|of the form|in the form|format|formatted as|like)\b[^\n.]*$")
_YEARS = re.compile(r"(?:19|20)\d\d[-/](?:(?:19|20)?\d\d)")
_A_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d\d")
_LOG_DATE = re.compile(r"\s(?:(?:of|dated)\s+)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}[a-z]{3}\d{2,4})$")
# an Ofsted or DfE unique reference number is an institution's, not a police reference
_NOT_POLICE_URN = re.compile(r"(?:ofsted|dfe|school|establishment|ukprn|provider)\W*$")


def police_references(doc: Doc) -> list[Cand]:
    out = []
    folded = doc.folded
    for hit, _ in hits_of(doc, "police"):
        cue = _POLICE_CUE.match(folded, hit)
        if cue is None or cue.group() == "urn" and _NOT_POLICE_URN.search(folded, max(0, hit - 20), hit):
            continue
        after = cue.end()
        sep = _POLICE_SEP.match(folded, after, after + 40)
        pos = sep.end() if sep else after
        m = _POLICE_REF.match(folded, pos)
        if m is None:
            continue
        ref = m.group().strip()
        if _A_DATE.fullmatch(ref) or _YEARS.fullmatch(ref):
            continue  # "contact log 09/09/2025", "crime 2023-24 figures": dates, not references
        end = m.end()
        if ref.isdigit() and len(ref) >= 3:
            # a reference read out in groups: "police ref number 4726 0012 3456"
            while (g := _DIGIT_GROUP.match(folded, end)) is not None and len(ref) < 16:
                ref += g.group().strip()
                end = g.end()
        digits = sum(c.isdigit() for c in ref)
        if digits < 4 and not _LOG_DATE.search(ref) or _A_YEAR.fullmatch(ref) or _EXAMPLE_BEFORE.search(
                folded, max(0, hit - 40), hit) or "000000" in ref:
            continue  # "Incident number: GH-IR-190" (a care home's), "CRN (2024)", "of the form 52260000000"
        if cue.group() in ("crime", "crime raised", "custody", "custody record", "incident", "incidents", "occurrence", "log",
                           "storm", "cad") and (
                digits < 5 or ref.isdigit() and digits < 6) and not _LOG_DATE.search(ref):
            continue  # "crime 2024", "incident 42": the word alone needs a reference that looks like one
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        out.append(Cand("police_reference", start, end, 0.9))
    # a reference of a police system's shape given just after the police are spoken of, with no name for it:
    # "The police were informed (25DY175031)", "police gave him a caution, the ref was LIN-25-698739"
    text = doc.text
    taken = Spans((c.start, c.end) for c in out)
    nearest: dict[int, tuple[re.Match[str], int, int]] = {}  # a reference's start: (it, the nearest police word)
    for p_start, p_end in hits_of(doc, "police_context"):
        for m in _REFERENCE_SHAPE.finditer(text, p_end, min(len(text), p_end + 90)):
            nearest[m.start()] = (m, p_start, p_end)
    for m, p_start, p_end in nearest.values():
        ref = m.group()
        if sum(c.isdigit() for c in ref) < 5 or _A_DATE.fullmatch(ref) or _YEARS.fullmatch(ref) \
                or _ISO_DATE.fullmatch(ref) or taken.any_overlap(m.start(), m.start() + 1):
            continue
        seg = doc.segment(m.start())
        if seg is not None and seg.kind in ("cell", "field") and text[seg.start:seg.end].strip(" \t\"") == ref:
            continue  # a cell that holds the reference alone: its column says what it is
        before = folded[max(p_start, m.start() - 90):m.start()]
        if _NOT_POLICE_BEFORE.search(folded, p_end, m.start()):
            continue
        close = m.start() - p_end <= 40 and not _SENTENCE_BREAK.search(text, p_end, m.start())
        if not (_GIVEN_AS.search(before[-40:]) or before.rstrip().endswith(":") and m.start() - p_start <= 40
                or close and (ref.count("/") + ref.count("-") >= 2 or _LOG_SHAPE.fullmatch(ref))
                and sum(c.isdigit() for c in ref) >= 6):
            continue  # ("Got a reference from the police too: DC270225/0712"; "from GMP (Rochdale), CRI/06CC/6356253/25")
        out.append(Cand("police_reference", m.start(), m.end(), 0.7))
    # a log's number and day, just after the police are spoken of: "Police attended, 2371/12Sep"
    logs = set()
    for _p_start, p_end in hits_of(doc, "police_context"):
        if "/" not in text[p_end:p_end + 60]:
            continue
        for m in _LOG_SHAPE.finditer(text, p_end, min(len(text), p_end + 60)):
            if not taken.any_overlap(m.start(), m.end()) and not _SENTENCE_BREAK.search(text, p_end, m.start()):
                logs.add(m.span())
    out += [Cand("police_reference", start, end, 0.7) for start, end in sorted(logs)]
    for p_start, _p_end in hits_of(doc, "police_context"):
        if not folded.startswith(("police", "constabulary"), p_start):
            continue
        if not any(c.isdigit() for c in text[max(0, p_start - 40):p_start]):
            continue
        m = _REF_BEFORE_FORCE.search(text, max(0, p_start - 70), p_start)
        if m is None or sum(c.isdigit() for c in m.group(1)) < 5 or _A_DATE.fullmatch(m.group(1)) \
                or _NOT_POLICE_BEFORE.search(folded, max(0, m.start() - 25), m.start()) \
                or taken.any_overlap(m.start(1), m.end(1)):
            continue
        out.append(Cand("police_reference", m.start(1), m.end(1), 0.7))
    return out


# the shape of a police system's reference: letters and digits run together or joined by "/" or "-", with a digit
_REFERENCE_SHAPE = re.compile(r"[A-Z0-9](?<![\w/-][A-Z0-9])(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z/-])"
                              r"[A-Z0-9]{0,11}(?:[/-][A-Z0-9]{1,12}){0,4}(?![\w/-])"
                              # or digits alone, too many for a count and no phone's leading 0: "2611210456"
                              r"|[1-9](?<![\w/.,£$-][1-9])\d{8,11}(?![\w/-]|[.,]\d)")
# a reference and then the force that gave it: "Ref: 06/M/12345/26 (Merseyside Police)"
_REF_BEFORE_FORCE = re.compile(r"(" + _REFERENCE_SHAPE.pattern + r")[ \t]*(?:\(|\bfrom\b|\bby\b|\bwith\b)[ \t]*"
                               r"(?:the[ \t]+)?(?:[A-Z][\w&'’]*[ \t]+(?:(?:and|&)[ \t]+)?){0,4}$")
_LOG_SHAPE = re.compile(r"\d(?<![\w/]\d)\d{0,5}/\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{0,4}(?![\w/])"
                        # a log's prefix, number and day: "INC 361 17/03"
                        r"|[A-Z]{2,4} \d{1,6} \d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
# how a reference is given: "the ref was", "a number,", "(", "logged", "recorded under", "quote"
_GIVEN_AS = re.compile(r"(?:\bref(?:erence)?|\bnumber|\blogged(?: as| it as)?|\brecorded(?: under| as)|\bunder|\bquote|"
                       r"\bgave (?:me|us|him|her|them)(?: a)?(?: ref(?:erence)?| number)?|"
                       r"\bgiven(?: (?:me|us|him|her|them))?(?: a)?(?: ref(?:erence)?| number)?)"
                       r"[\s,:.]*(?:is|was|of)?[\s,:]*$|[a-z]\s*\($")
# someone else's reference between the police and the number: a case, an invoice, the council's, ours
_NOT_POLICE_BEFORE = re.compile(r"\b(?:case|our|invoice|inv|order|po|purchase|file|ticket|booking|charity|company|"
                                r"account|policy|claim|membership|course|urn|ofsted|nhs|passport|licence|prison|nomis|"
                                r"registration|reg|council|housing|tenancy|service|school|breach|intranet|internal|"
                                r"minute|minutes|agenda|item|complaint|safeguarding|referral)\b")


# --------------------------------------------------------------------------------- ages

_NUMBER = re.compile(r"\d(?<![\w.,/:-]\d)\d{0,2}(?![\d]|[.,/:]\d)")
# What may stand before a number that is a person's age, and after it.
# (these two are written reversed and matched against the text before a number, reversed: see doc.ending)
_AGE_BEFORE = re.compile(r"(?:\s+fo ega eht ta|\s*[:\s]d?ega|\s+(?:na|a))(?!\w)")  # "aged", "age:", "at the age of", "a"
_AGE_AFTER = re.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old(?![\s-]*s\b)(?!s)|\s*(?:y/o|yo)\b")
_AGE_IS = re.compile(r"\s+(?:(?:(?:won|ylraen|tsomla|tsuj|ylno)\s+(?:si|saw)|denrut|snrut|saw|si)\s+"
                     r"(?:(?:ehs|eh|ohw|nos|rethguad|rehtom|mum|rehtaf|dad|nan|"
                     r"ardnarg|rehtonmarg|rehtafdnarg)(?!\w)|[a-z'’]+[A-Z]|[a-z'’]+\s+(?:nos|rethguad)(?!\w)"
                     r"|(?:RP|HP|PY|PI|rp|hp|py)(?!\w))"
                     r"|(?:ma [iI]|m['’][iI]|mi|era uoy|era uoY|s['’](?:eh|ehs|eH|ehS|EH|EHS))(?!\w))")
# (reversed) "Kyle is", "she turned", "my mother is", "my son ousman is", "I am", "im", "you are", "Tyler is nearly",
# "PR is" (the person responsible), "he's"
# (reversed) "Kyle is", "she turned", "my mother is", "my son ousman is", "I am", "im", "you are", "Tyler is nearly"
_AGE_IS_AFTER = re.compile(r"[ \t]*(?:[,.;:)\n]|$)|\s+(?:and|but|years?|yrs|when|at|in|on|with|btw|now|himself|herself|"
                           r"too|already|next|this|last|so|as|going|he|she|they|his|her|i)\b")
# an age still to come: "until I am 18", "by the time I am 19"
_AGE_TO_COME = re.compile(r"\b(?:until|till|til|by the time|when|once|before|after)\s+(?:i|he|she|you|they|we)\s+"
                          r"(?:am|is|are|turn|turns|reach|reaches|get to|gets to)\s+$")
_STATISTIC_BEFORE = re.compile(r"(?:average|mean|median|minimum|maximum|the|of)\s*\S{0,12}\s*$")
_AGE_IS_NOT = re.compile(r"\s*(?:%|per\b|percent|minutes|hours|days|weeks|months|miles|times|out of|of\b|pounds|points)")
_AGE_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|and|or|\+|plus|&)\s*(?:\d|over|under|above|below|older|younger|up)|\s*\+"
                              r"|\s*(?:and|or)\s+"
                              r"(?:over|under|above|below|older|younger)|s\b|\s*years?\s+and\s+(?:over|under)")
_AGE_BEFORE_NOT = re.compile(
    r"(?:between|from|over|under|above|below|up to|upto|average|mean|median|typical|typically|minimum|maximum|"
    r"oldest|youngest|ages|range|aged between|age range|age group|age band|the age of criminal responsibility|"
    r"of criminal responsibility|those|people|children|young people|participants|pupils|students|offenders|victims|adults|"
    r"boys|girls|men|women|males|females|learners|clients|referrals|cases|volunteers|residents|customers|respondents|"
    r"persons|individuals|teenagers|youths|juveniles|staff|members|cohort|group|groups|per cent|percent|%|"
    r"\d+\s+(?:young|children|people|of)|under the|over the|below the|above the|reach(?:es|ed)?|reaching|turn(?:s|ed)?|"
    r"until|till|before|after|by|minimum age|age limit|eligible|eligibility|must be|aged \d+ (?:to|-)|"
    r"(?:if|when|where|any|every|each)\s+(?:young\s+)?(?:person|child)(?:\s+is)?)\W*$"
)

_AGE_AFTER_NOT = re.compile(r"[\s-]*(?:boys|girls|children|people|pupils|cohorts?|groups?|students|men|women|males|"
                            r"females|offenders|victims|"
                            r"participants|learners|clients|and (?:over|under|above|below|older|younger)|or (?:over|under|"
                            r"above|below|older|younger)|plus)\b")


# after a date of birth: "(14)", ", 13 yrs", ", aged 13"
_AGE_IN_BRACKETS = re.compile(r"[ \t]*\((\d{1,3})\)|,[ \t]*(?:aged[ \t]+|now[ \t]+)?(\d{1,3})"
                              r"(?:[ \t]*(?:yrs?|years?)(?:[ \t]+old)?)?(?=[ \t]*[,;.)\n])")


def ages_after_birth_dates(doc: Doc, dates: list[Cand]) -> list[Cand]:
    """ "born 14 November 2010 (14)": the age in brackets after a date of birth."""
    out = []
    for c in dates:
        m = _AGE_IN_BRACKETS.match(doc.text, c.end)
        if m:
            g = 1 if m.group(1) else 2
            if 0 < int(m.group(g)) <= 110:
                out.append(Cand("age_with_detail", m.start(g), m.end(g), 0.85))
    return out


def ages(doc: Doc) -> list[Cand]:
    """The age of one person: "aged 72", "a 14-year-old", "Kyle is 15"; never a band or a count."""
    out = []
    text, folded = doc.text, doc.folded
    for m in _NUMBER.finditer(text):
        if not 0 < int(m.group()) <= 110:
            continue
        start, end = m.span()
        cue = ends(_AGE_BEFORE, folded[max(0, start - 20):start])
        cue_start = start - cue.end() if cue is not None else start
        cue_text = cue.group()[::-1] if cue is not None else ""
        after = _AGE_AFTER.match(folded, end)  # "-year-old", "years old", "yo"
        article = cue_text.strip() in ("a", "an")
        if cue is None and after is None:
            # "Kyle is 15", "she turned 16"
            if ends(_AGE_IS, text[max(0, start - 30):start]) and _AGE_IS_AFTER.match(folded, end) \
                    and not _AGE_IS_NOT.match(folded, end) and not _AGE_TO_COME.search(folded, max(0, start - 40), start):
                out.append(Cand("age_with_detail", start, end, 0.75))
            continue
        if article and after is None:
            continue  # "a 15 minute walk"
        if cue is not None and not cue_text.startswith("aged") and not article \
                and _STATISTIC_BEFORE.search(folded, 0, cue_start):
            continue  # "the average age was 34" (but "the victim, a 72-year-old")
        if _AGE_RANGE_AFTER.match(folded, end) or _AGE_AFTER_NOT.match(folded, after.end() if after else end):
            continue  # "aged 14 to 17", "14-year-old boys"
        if _AGE_BEFORE_NOT.search(doc.before(cue_start, 45)):
            continue  # "young people aged 15", "under the age of 18"
        if _PSEUDONYM_BEFORE.search(text, max(0, cue_start - 40), cue_start) or _QUOTED_BEFORE.search(
                text, max(0, cue_start - 4), cue_start):
            continue  # "Child A, aged 14", "YP1, a 15-year-old": the age of a pseudonymised person identifies no one
        out.append(Cand("age_with_detail", start, after.end() if after is not None else end, 0.85))
    return out


_PSEUDONYM = (r"(?:\b(?:Victim|Person|Child|Pupil|Student|Participant|Harmer|Offender|Client|Young Person|YP|Adult|Parent|"
              r"Witness|Resident|Neighbour|Mr|Mrs|Ms)[ ]?(?:[A-Z]|\d{1,2})(?![\w'’])|\bYP\b|[\"“'‘][A-Z][\"”'’])")
# "Child A, aged 14", "YP1 and YP2, both aged 14", "(YP, aged 16)", 'A young person, "J", aged 16'
_PSEUDONYM_BEFORE = re.compile(_PSEUDONYM + r"(?:[ ]+(?:and|&)[ ]+" + _PSEUDONYM + r")?"
                               r"[ ]?(?:[,(]|is|was|who is|who was)?[ ]*(?:(?:both|each|all|now)[ ]+)?$")
# an unnamed speaker's age after a quotation: '"I felt lighter." (aged 15)'
_QUOTED_BEFORE = re.compile(r"[\"”’][ ]*\($")
