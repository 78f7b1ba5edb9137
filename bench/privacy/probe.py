"""The probe part of the corpus: thirty documents written without looking at the guard, never run through it.

What it is. Thirty invented documents (five clean) of kinds the other parts lack, uploaded by a
restorative justice service, a youth offending team, probation, the police, schools, a victim
liaison unit and the voluntary sector. Set in Tyneside, Wearside, County Durham and Northumberland,
with the same invented organisation and staff (org.py). Kinds: a youth offending team court report
extract, a restorative justice outcome review form (PDF form), a school exclusion appeal letter, a
police voluntary attendance interview summary, a probation sentence plan extract, a victim liaison
unit letter, a foster placement referral, a drug and alcohol service referral, a domestic abuse
MARAC minute extract, a neighbourhood dispute diary kept by a resident, a text-message log (CSV),
an Instagram DM transcript, a restorative justice volunteer's reflective diary, a visitor log and a
case-allocation workbook (identifiers on a hidden sheet), a mentoring match form (PDF form), a
witness care unit email, a community centre incident book, a supported lodgings referral, a social
prescribing referral, a sports coach's concern form, a library exclusion letter, a court duty
list, a bail address check and a harmed person's thank-you letter. Clean ones (no sensitive
personal data, many traps): a venue invoice (its number passes the NHS checksum), a grant
application narrative with an anonymised case study, a staff training matrix, a meeting room
booking list and a leaflet for victims.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``), rendered by
fresh.py's ``blocks_for``; people are blind.py's ``Person`` (its name forms, numbers and
pronouns via ``blind._fields``), moved to the North East with their own police references. Every
piece of sensitive personal data is marked, professionals' names included; the organisation's
staff stay unmarked. The unmarked text is the traps: staff; the organisation's address and
helpline; institutions, charities, rooms and funders named after people, with their addresses
and switchboards; Acts; meeting and offence dates; the service's own case numbers; an invoice
number passing the NHS checksum; pseudonyms (Child A, Adult B, Mr X); age bands and counts;
policy language about health and ethnicity; places (Bishop Auckland, Hope Street); words that are
names used as words (Hope, Will, Grace, Mark, Bishop, Young, Brown).

Sources of names. Faker locales nobody else uses: Catalan Spanish (es_CA) and romanised Mainland
Chinese (zh_CN); and pools written here, with any name sharing a word with the other parts'
pools, the staff, the trap words or the places dropped at build time: English (North East
surnames), Welsh, Scottish, Irish (Gaelic surnames with feminine forms), Zambian, Ugandan,
Cameroonian, Fijian, Bosnian, Armenian, Yemeni and Mauritian. Of every twenty people drawn freely
thirteen come from the English, Welsh, Scottish and Irish pools, four from the other pools and
three from Faker; with roles that ask for an origin, about three in five name mentions are
English, Welsh, Scottish or Irish.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/probe/ among the others
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re

import blind
from blind import _fields, _latin, _words, cells, fill
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number
from fresh import blocks_for

TODAY = blind.TODAY
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"

# ------------------------------------------------------------------------------------------ names

UK = {
    "english": (
        ["Henrietta", "Clarissa", "Georgina", "Octavia", "Cressida", "Verity", "Juliet", "Rosemary", "Hilary", "Marjorie", "Glenys",
         "Debbie", "Toni", "Jenna", "Keeley", "Kacey", "Thea", "Rosie", "Lyla", "Ottilie", "Sienna", "Heidi", "Angela", "Lynne",
         "Carole", "Gail", "Elaine", "Philippa", "Rosalind", "Tamsin", "Hollie", "Zara", "Sylvia"],
        ["Geoffrey", "Roy", "Terence", "Barrie", "Bernard", "Derrick", "Wilfred", "Cyril", "Rodney", "Clint", "Kane", "Tobias",
         "Rupert", "Crispin", "Giles", "Jasper", "Hugo", "Joey", "Ashton", "Alec", "Howard", "Gerald", "Duane", "Kian", "Louie"],
        ["Hogg", "Cowell", "Gibbon", "Snaith", "Pringle", "Mordue", "Straughan", "Charlton", "Milburn", "Robson", "Bewick", "Grainger",
         "Lumsden", "Snowball", "Wardle", "Tindale", "Purvis", "Kirkup", "Coulson", "Scurr", "Errington", "Hedley", "Forster", "Ridley",
         "Thirlwell", "Liddle", "Dodds", "Pattinson", "Heslop", "Bainbridge", "Swinburne", "Hetherington", "Elliott", "Armstrong",
         "Shotton", "Bolam", "Brannigan", "Dunn", "Jobling", "Walton", "Trotter", "Fairless", "Hindmarsh"]),
    "welsh": (
        ["Tesni", "Gwawr", "Haf", "Ceinwen", "Buddug", "Eluned", "Siwan", "Rhianwen", "Einir"],
        ["Bryn", "Arwel", "Bedwyr", "Eifion", "Hefin", "Iolo", "Peredur", "Taliesin", "Celyn", "Emrys", "Cynan"],
        ["Treharne", "Hopkins", "Phillips", "Beynon", "Gwynne", "Eynon", "Trefor", "Madoc", "Llwyd", "Gough", "Cule"]),
    "scottish": (
        ["Iseabail", "Seonag", "Catrìona", "Lilias", "Grizel", "Effie", "Wilma", "Senga", "Annag"],
        ["Seumas", "Somhairle", "Coinneach", "Uilleam", "Dughall", "Hector", "Archibald"],
        ["Henderson", "Laidlaw", "MacDougall", "Cunningham", "Farquharson", "Guthrie", "Imrie", "Johnstone", "Moffat", "Ramsay",
         "Thomson", "Wylie", "Auld"]),
    "irish": (
        ["Gráinne", "Róisín", "Deirbhile", "Bríd", "Máire", "Aoibheann", "Dearbhla", "Éadaoin", "Fionnghuala", "Nollaig", "Úna", "Síle"],
        ["Oisín", "Ciarán", "Mícheál", "Pádraic", "Ruadhán", "Tomás", "Proinsias", "Donncha", "Eamonn", "Fintan"],
        ["Cassidy", "Gilmartin", "Moriarty", "O'Connell", "O'Rourke", "Reilly", "Ó Súilleabháin", "Ó Conchúir", "Mulcahy", "Geraghty",
         "Heffernan", "Lenihan", "McAleese", "Tierney", "Scanlon", "Dunphy", "Clancy"]),
}
UK_WEIGHTS = {"english": 6, "welsh": 1.3, "scottish": 1.3, "irish": 1.4}
IRISH_FEMININE = {"Ó Súilleabháin": "Ní Shúilleabháin", "Ó Conchúir": "Ní Chonchúir"}
OTHER = {
    "zambian": (["Mutale", "Chanda", "Bupe", "Mwila", "Luyando"], ["Mulenga", "Chileshe", "Bwalya", "Mwansa", "Kabwe"],
                ["Mumba", "Musonda", "Mwamba", "Lungu", "Sakala", "Chisenga"]),
    "ugandan": (["Nakato", "Namusoke", "Akello", "Nansubuga"], ["Mukasa", "Ssemakula", "Kato", "Okello"],
                ["Ssebunya", "Nsubuga", "Kiggundu", "Mugisha", "Tumusiime"]),
    "cameroonian": (["Ngum", "Ewang", "Manka", "Bih"], ["Tabi", "Nkwenti", "Fru", "Ayuk"], ["Tanyi", "Ashu", "Achidi", "Ebai", "Fonjong"]),
    "fijian": (["Litia", "Mereoni", "Salote", "Losana"], ["Semisi", "Josaia", "Vilikesa", "Tevita"],
               ["Naivalu", "Rabuka", "Vakacegu", "Naqelevuki", "Tuivanuavou"]),
    "bosnian": (["Amra", "Lejla", "Selma", "Emina", "Adnana"], ["Adnan", "Emir", "Haris", "Kenan", "Mirza"],
                ["Hodžić", "Begović", "Delić", "Mehmedović", "Salihović"]),
    "armenian": (["Anahit", "Lusine", "Nare", "Siranush"], ["Aram", "Hovhannes", "Tigran", "Vahe"],
                 ["Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Avetisyan", "Karapetyan"]),
    "yemeni": (["Arwa", "Bushra", "Hanan"], ["Nasser", "Faisal", "Waleed", "Adel"], ["Al-Yafai", "Al-Shami", "Ba-Abbad", "Qassem"]),
    "mauritian": (["Vidhya", "Nirmala", "Kaveena"], ["Yashvin", "Kaviraj", "Jean-Luc"], ["Ramgoolam", "Bhugeeloo", "Ramdin", "Seetohul"]),
}
NICKNAMES = {"Geoffrey": "Geoff", "Terence": "Tel", "Philippa": "Pippa", "Henrietta": "Hettie", "Rosalind": "Ros", "Georgina": "Gina",
             "Wilfred": "Wilf", "Rodney": "Rod", "Hovhannes": "Hovo", "Proinsias": "Proinsí"}
FAKER_LOCALES = ["es_CA", "zh_CN"]
TRAP_WORDS = blind.TRAP_WORDS | {"Auckland", "Durham", "Tyne", "Wear", "Bede", "Cuthbert", "Collingwood", "Grey", "Stephenson",
                                 "Earl", "Percy", "Hilda", "Aidan", "Jarrow", "Hexham", "Blyth", "Consett", "Shields"}

# (town, postcode districts, dialling code, force)
TOWNS = [("Gateshead", ["NE8", "NE9"], "0191", "N"), ("Sunderland", ["SR4", "SR5", "SR2"], "0191", "N"),
         ("South Shields", ["NE33", "NE34"], "0191", "N"), ("Newcastle upon Tyne", ["NE4", "NE6", "NE15"], "0191", "N"),
         ("Blyth", ["NE24"], "01670", "N"), ("Ashington", ["NE63"], "01670", "N"), ("Hexham", ["NE46"], "01434", "N"),
         ("Durham", ["DH1"], "0191", "D"), ("Chester-le-Street", ["DH3"], "0191", "D"), ("Consett", ["DH8"], "01207", "D"),
         ("Peterlee", ["SR8"], "0191", "D"), ("Bishop Auckland", ["DL14"], "01388", "D"), ("Darlington", ["DL1", "DL3"], "01325", "D")]
STREETS = ["Coatsworth Road", "Saltwell View", "Hylton Bank", "Chester Oval", "Westoe Crescent", "Stanhope Parade", "Benwell Grove",
           "Shields Road East", "Cowpen Crescent", "Station Road North", "Priestpopple Close", "Gilesgate Rise", "Front Street West",
           "Medomsley Avenue", "Yoden Way", "Cockton Hill Road", "Northgate Mews", "Brinkburn Drive", "Pallion Park", "Walker Terrace"]
BLOCKS = ["Tyne View Court", "Keelman House", "Hylton Heights", "Collier Court", "Riverside Lofts"]
SCHOOLS = ["Saltwell Bank Academy", "Hylton Vale School", "Westoe Grange Academy", "Wansbeck Links Academy", "Derwent Edge School",
           "Sir Bede Collingwood Academy", "St Hilda's Catholic College", "Tynedale Fells High School"]
PRISONS = ["HMP Durham", "HMP Frankland", "HMP Northumberland", "HMP Holme House", "HMP Low Newton", "HMYOI Deerbolt"]
COURTS = ["Newcastle Magistrates' Court", "South Tyneside Youth Court", "Durham Crown Court", "Sunderland Magistrates' Court",
          "Peterlee Magistrates' Court", "Newcastle Crown Court"]
VENUES = ["the Grace Darling Room, Blyth Library", "Saltwell Community Hub", "the Bishop Ian Ramsey Centre", "Hylton Castle Hall",
          "the Earl Grey Room, Newcastle Civic Centre", "Westoe Family Hub"]
_GENERIC = blind._GENERIC | {"upon", "North", "East", "West", "Parade", "Oval", "Rise", "Heights", "Lofts", "Links", "Fells", "Edge",
                             "Vale", "Bank", "Grange", "Castle", "Hall", "Room", "Library", "Centre", "Civic", "Ian"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + STREETS + BLOCKS + SCHOOLS + PRISONS + COURTS + VENUES
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
FORCES = {"N": ("Northumbria Police", "northumbria.police.uk"), "D": ("Durham Constabulary", "durham.police.uk")}
_STAFF_WORDS = {w for s in STAFF for w in s.split()}


def _pools() -> tuple[dict, dict, list[str]]:
    """The pools less any name sharing a word with another part's pools, staff, trap words or places."""
    banned = blind._other_parts_words() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS
    for pools in (blind.UK, blind.OTHER):
        for fem, mal, last in pools.values():
            for n in (*fem, *mal, *last):
                banned |= _words(n)
    banned |= {w for k, n in blind.NICKNAMES.items() for w in _words(k) | _words(n)}
    dropped: list[str] = []

    def keep(names: list[str]) -> list[str]:
        out = []
        for n in names:
            (dropped if _words(n) & banned else out).append(n)
        return out

    uk = {o: tuple(keep(x) for x in t) for o, t in UK.items()}
    other = {o: tuple(keep(x) for x in t) for o, t in OTHER.items()}
    return uk, other, dropped


class Names:
    def __init__(self) -> None:
        import warnings

        from faker import Faker

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.uk, self.other_pools, self.dropped = _pools()
        self.other = blind._other_parts_words()
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        if not self.deck:
            self.deck = ["uk"] * 13 + ["other"] * 4 + ["faker"] * 3
            rng.shuffle(self.deck)
        return self.deck.pop()

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, age: int = 40,
             last_of: str | None = None) -> tuple[str, str, str]:
        src = None
        for _ in range(200):
            o = origin
            if o is None:
                src = src or self._source(rng)
                if src == "uk":
                    o = rng.choices(list(UK_WEIGHTS), weights=list(UK_WEIGHTS.values()))[0]
                elif src == "other":
                    o = rng.choice(list(OTHER))
                else:
                    o = rng.choice(FAKER_LOCALES)
            if o in self.uk or o in self.other_pools:
                fem, mal, surnames = self.uk.get(o) or self.other_pools[o]
                first, last = rng.choice(fem if female else mal), rng.choice(surnames)
            else:
                fk = self.fakers[o]
                fk.seed_instance(rng.randint(0, 10**9))
                if o == "zh_CN":
                    first, last = fk.first_romanized_name(), fk.last_romanized_name()  # zh_CN's romanised names are not gendered
                else:
                    first = (fk.first_name_female() if female else fk.first_name_male()).split()[0]
                    last = fk.last_name().split()[0]
            if last_of is not None:
                last = last_of
            words = _words(first) | _words(last)
            if o not in self.uk and o not in self.other_pools and words & self.other:
                continue
            if not (_latin(first) and _latin(last)) or words & (_STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS) or first == last:
                continue
            if len(first) < 3 or len(last) < 3:
                continue
            return first, last, o
        raise RuntimeError("no name")


class Person(blind.Person):
    """blind.py's invented person, living in the North East."""

    def __init__(self, names: Names, rng: random.Random, **kw) -> None:
        super().__init__(names, rng, **kw)
        if self.female and self.origin == "irish":
            self.last = IRISH_FEMININE.get(self.stem, self.last)
        self.nick = NICKNAMES.get(self.first, self.first)
        town, districts, code, force = rng.choice(TOWNS)
        self.town, self.district = town, rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(blind.INWARD)}{rng.choice(blind.INWARD)}"
        self.street = rng.choice(STREETS)
        if rng.random() < 0.75:
            self.addr = f"{rng.randint(1, 190)} {self.street}"
        else:
            self.addr = f"Flat {rng.randint(1, 40)}, {rng.choice(BLOCKS)}, {self.street}"
        local = f"{rng.randint(2, 8)}{rng.randint(100000, 999999)}"[:7] if code == "0191" else f"{rng.randint(3, 8)}{rng.randint(10000, 99999)}"
        self.landline = f"{code} {local[:3]} {local[3:]}" if code == "0191" else f"{code} {local}"
        self.force_key = force
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(20, 240)))

    def police(self, rng: random.Random, when: dt.date) -> None:
        force = getattr(self, "force_key", "N")
        if force not in FORCES:
            force = "N"
        self.force, self.force_domain = FORCES[force]
        serial, n = rng.randint(1, 1500), rng.randint(1000, 99999)
        if force == "N":
            self.log = f"NP-{when:%Y%m%d}-{serial:04d}"
            self.crime = f"NP/{when:%y}/{n:06d}"
            self.custody = f"NB/{rng.randint(10000, 99999)}/{when:%y}"
        else:
            self.log = f"DC{when:%d%m%y}/{serial:04d}"
            self.crime = f"DUR-{n:05d}-{when:%y}"
            self.custody = f"DH/{when:%y}/{rng.randint(1000, 9999)}"
        self.occ = f"{when:%y}{rng.randint(10**7, 10**8 - 1)}"
        self.btp = f"BTP {serial} of {when:%d/%m/%Y}"
        self.urn = f"{'10' if force == 'N' else '11'}{rng.choice(['NE', 'SU', 'DH'])}{n:05d}/{when:%y}"


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None) -> dict[str, str]:
    """As blind.cast: the values for one document, its people by role and the organisation's own details."""
    people: dict[str, Person] = {}
    avoid = avoid if avoid is not None else set()
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (9, 12), "young": (13, 17), "adult": (19, 58), "old": (66, 90), "pro": (26, 62), "pupil": (11, 16)}[words[0]]
        for w in words:
            if w.startswith("age="):
                lo, hi = w[4:].split("-")
                age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = next((rng.choice(w.split("=")[1].split("|")) for w in words if w.startswith("origin=")), None)
        rel = next((people[w.split("=")[1]] for w in words if w.startswith("rel=")), None)
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            if not (p.first in taken_first or p.nick in taken_first or (rel is None and _words(p.last) & taken_last)):
                break
        near = next((people[w.split("=")[1]] for w in words if w.startswith("near=")), None)
        if near is not None:
            p.town, p.district, p.street = near.town, near.district, near.street
            p.postcode = f"{near.district} {near.postcode.split()[1][0]}{rng.choice(blind.INWARD)}{rng.choice(blind.INWARD)}"
            p.addr = f"{rng.randint(1, 190)} {p.street}"
        people[r] = p
    for p in people.values():
        avoid |= {p.first, p.nick} | _words(p.last)
    staff = rng.sample(STAFF, 3)
    dates = [dt.date(2025, rng.randint(3, 9), rng.randint(1, 28))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 15)))
    for i in range(len(dates)):
        while dates[i].weekday() >= 5 or (i and dates[i] <= dates[i - 1]):
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(14, 120))
    v: dict[str, str] = {}
    for r, p in people.items():
        p.police(rng, offence + dt.timedelta(days=rng.randint(0, 3)))
        v.update(_fields(p, r))
    school, school2 = rng.sample(SCHOOLS, 2)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2025-{rng.randint(1201, 1500):04d}", "case2": f"NMT-2024-{rng.randint(991, 1300):04d}",
        "case3": f"NMT-2025-{rng.randint(1501, 1700):04d}",
        "invoice": nhs_number(rng), "school": school, "school2": school2, "prison": rng.choice(PRISONS),
        "venue": rng.choice(VENUES), "court": rng.choice(COURTS),
        "odate": offence.strftime("%d/%m/%Y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}",
        "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "n3": str(rng.randint(2, 12)),
        "n4": str(rng.randint(120, 460)), "pct": str(rng.randint(61, 96)),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
    return v


# ------------------------------------------------------------------------------------------ documents

YOT_COURT = """@header OFFICIAL SENSITIVE - South Tyneside Youth Offending Team - report to the court
Report to $court (extract: sections 3 to 5)
Name: {{n|$a_fcaps}}. Date of birth: {{dob|$a_dob}}. Address: {{addr|$a_addr}}, $a_town {{pc|$a_pc}}. Court reference (ours): $case. Police URN: {{pol|$a_urn}}.
3. Offence analysis
On $odate_l {{n|$a}} {{sc|assaulted a 15-year-old boy outside the Metro station and took his phone}}. The boy, {{n|$b_full}}, needed stitches. {{n|$a}} told me $a_he was "angry at everything" after $a_his grandad, {{n|$c_full}}, died in the spring.
4. Assessment
{{n|$a}} is {{age|$a_aage}} who lives with $a_his mother, {{n|$d_tfull}}. $a_hisc school, {{sch|$school}}, reports {{sc|a diagnosis of ADHD}} and good attendance until Easter. {{n|$a}} {{sc|has one previous reprimand for criminal damage}}. There is no evidence of gang association. Young people in the 15-17 band make up 61% of our caseload; this is not unusual.
5. Restorative work
{{n|$b}} and his father {{n|$e_tl}} have agreed to a letter exchange through $org ($org_phone). {{n|$a}} has written a first draft; the facilitator is $staff.
Proposal: a referral order of nine months. Will the court also note that {{n|$a}}'s mother {{sc|is being treated for depression}} and has asked for support.
@footnote Prepared under the Crime and Disorder Act 1998, section 37 (the principal aim of the youth justice system).
"""

OUTCOME_REVIEW = """Restorative justice outcome review
Complete three months after the agreement. Scan and attach to the case; do not email.
@field Case number ¦ $case
@field Person responsible ¦ {{n|$a_rev}}
@field Person harmed ¦ {{n|$b_tfull}}
@field Harmed person's phone ¦ {{tel|$b_mob}}
@field Agreement made on ¦ $d1
@field Police crime number ¦ {{pol|$a_crime}}
@field Facilitator ¦ $staff
Items agreed and whether done:
1. {{n|$a}} to repaint {{n|$b_tl}}'s garden wall on {{addr|$b_addr}}: done, checked by $staff on $dl3.
2. {{n|$a}} to attend Brown's Boxing Club twice a week (an activity, not a person): attended 9 of 12 sessions.
3. {{n|$a}} to keep away from {{n|$b_tl}}'s grandson {{n|$c_full}}: no reported contact.
How does the harmed person feel now? "I'd give it a mark of eight out of ten. I was scared of {{n|$a_caps}} and I'm not now." {{n|$b_tl}} {{sc|has macular degeneration}} so the form was read to her.
@field Signed (harmed person) ¦ {{n|$b_init}}
@field Reviewed by ¦ $staff2
"""

EXCLUSION_APPEAL = """{{addr|$p_addr}}
$p_town
{{pc|$p_pc}}
{{em|$p_email}}
The Clerk to the Governing Board
{{sch|$school}}
$dl2
Dear Clerk,
Request for a governors' review of the permanent exclusion of my son {{n|$a_full}} (date of birth {{dob|$a_dobo}})
I am writing to ask the governors to review the headteacher's decision of $dl1 to exclude {{n|$a}} permanently. The letter says he brought a knife into school. {{n|$a}} accepts that {{sc|he had a lock knife in his bag}}, which he says he was holding for an older boy, {{n|$b_full}}, who had threatened him. I reported {{n|$b_last}} to the police (reference {{pol|$b_log}}) but nothing was done.
{{n|$a}} {{sc|is autistic}} and has an EHC plan; the school had not put in the support named in section F. I believe the exclusion discriminates against him under the Equality Act 2010. We are also a {{sc|Muslim}} family and {{n|$a}} has been called names at school since the summer; his friend {{n|$c}} (in Year 10) saw it happen.
I would like {{n|$d_tfull}} from the SEND Information, Advice and Support Service to come with me. My phone is {{tel|$p_mob}}.
I will bring a letter from his paediatrician, Dr {{n|$e_full}}.
Yours faithfully,
{{n|$p_tfull}}
"""

VOLUNTARY = """NORTHUMBRIA POLICE - VOLUNTARY ATTENDANCE INTERVIEW: SUMMARY FOR FILE
Interviewee: {{n|$a_revcaps}}   DOB {{dob|$a_dobdash}}   Occurrence {{pol|$a_occ}}
Address given: {{addr|$a_addr}}, {{pc|$a_pc}}.  Mobile: {{tel|$a_mob}}.  ID produced: driving licence {{dl|$a_dlcard}}.
Interviewing officer: DC {{n|$o_full}} (collar number 4417). Legal adviser: {{n|$l_full}}, duty solicitor.
Interview at Middle Engine Lane police station, $d1, 14:05-14:52. Caution given; interviewee understood and did not want an appropriate adult.
Account: {{n|$a_last}} said he drove his van, {{vrm|$a_vrm}}, to the car park at Hope Street to collect his daughter {{n|$c}}. He says {{n|$v_full}} kicked the wing mirror and he got out "to have a word". He denies pushing {{n|$v_last}}. He later {{sc|admitted pushing}} {{n|$v_tl}} once, in the interview "to get him off me".
He said he is a {{sc|member of Unite}} and works nights; he {{sc|takes sertraline for anxiety}}.
Outcome: released under investigation. Suitable for restorative justice in principle; referral to $org with consent.
Victim: {{n|$v_tfull}}, {{addr|$v_addr}}, $v_town, tel {{tel|$v_land}}, views not yet taken.
"""

SENTENCE_PLAN = """HM Prison and Probation Service - Sentence plan (extract)
¦Name¦{{n|$a_revcaps}}
¦Prison number¦{{pris|$a_pris}}
¦NI number¦{{ni|$a_ni}}
¦Date of birth¦{{dob|$a_dob}}
¦Probation practitioner¦{{n|$o_full}}
¦Establishment¦$prison
Index offence: {{sc|burglary of a dwelling in $v_town, and handling stolen goods}} ({{n|$a_nick}} was {{age|$a_age}} at the time).
Objective 1 - Accommodation: release address is {{n|$a}}'s partner {{n|$p_full}} at {{addr|$p_addr}}, {{pc|$p_pc}}; to be checked by the Community Offender Manager.
Objective 2 - Substance misuse: {{n|$a}} {{sc|has used crack cocaine since 2019}} and engages with the prison drug recovery wing.
Objective 3 - Victim awareness: victim {{n|$v_tfull}} has opted into the Victim Contact Scheme and asked about restorative justice. {{n|$a}} wants to write to {{n|$v_tl}}.
Objective 4 - Employment: CSCS card course, Grace Wing, Tuesdays. ID for release: passport {{pp|$a_pp}} held in property.
Reviewed with {{n|$a}} on $dl2. Next review in six months (standard interval under PSI 2014).
@comment $staff: {{n|$a}}'s NI number should not be in the copy that comes to us; ask {{n|$o}} for the short version.
"""

VLU_LETTER = """Northumbria Victim Liaison Unit, Scotswood House, Amethyst Road, Newcastle NE4 7YL. Tel 0191 233 9000
{{n|$v_tfull}}
{{addr|$v_addr}}
$v_town {{pc|$v_pc}}
Our ref VLU/25/0$n4
$dl2
Dear {{n|$v_tl}},
Victim Contact Scheme: {{n|$a_full}}
I am writing as your victim liaison officer to let you know that {{n|$a_full}} ({{pris|$a_pris}}), who was sentenced for {{sc|causing death by dangerous driving}} of your husband, {{n|$h_full}}, is due to be considered for release on licence.
You may ask for licence conditions, such as an exclusion zone around your home in $v_town or no contact with you or your son {{n|$s}}. You told me that {{n|$s}} ({{age|$s_age}}) {{sc|has been having counselling for PTSD}}; I will mention this only if you wish.
You also asked about restorative justice. With your consent I will pass your details to $org, $org_address ($org_phone).
Please call me on the number above or my mobile, which I am happy for you to keep.
Yours sincerely,
{{n|$l_full}}
Victim Liaison Officer
"""

FOSTER = """Placement request - foster care (emergency)
¦Child¦{{n|$c_full}} (known as {{n|$c_nick}})
¦DOB¦{{dob|$c_dobnp}}
¦NHS number¦{{nhs|$c_nhssp}}
¦Ethnicity¦{{sc|White and Black Caribbean}}
¦Religion¦{{sc|Pentecostal}}
¦School¦{{sch|$school}}, Year 8
¦Social worker¦{{n|$w_full}}, {{tel|$w_mob}}
¦Legal status¦Section 20, Children Act 1989
Reason: mother {{n|$m_full}} was arrested on $dl1; {{n|$m}} {{sc|is on remand for supplying class A drugs}}. Father {{n|$f_tfull}} is not in contact. Maternal aunt {{n|$x_full}} of {{addr|$x_addr}} is being assessed as a connected carer.
Needs: {{n|$c}} {{sc|has type 1 diabetes}} and carries an insulin pen; a carer will need training from the diabetes nurse at Queen Elizabeth Hospital, Gateshead.
Contact: supervised contact with {{n|$m}} at $venue, fortnightly. The young people's advocate is from the charity Young Voices North East.
Restorative note: {{n|$c}} was involved in a fight at school with {{n|$y_full}}; the school would like a restorative meeting, to be run by $staff.
"""

DRUG_ALCOHOL = """Referral: adult drug and alcohol service (Tyne Recovery Partnership)
Referrer: $staff, $org, $org_phone.
Client: {{n|$a_tfull}}   Born {{dob|$a_dobl}}   NHS no. {{nhs|$a_nhs}}
Address: {{addr|$a_addr}}, $a_town, {{pc|$a_pclow}}. Phone {{tel|$a_mob}}. Email {{em|$a_email}}.
GP: Dr {{n|$g_full}}, Bede Medical Centre, 12 Market Place, Jarrow NE32 3AB (switchboard 0191 489 7000).
Substances: {{sc|alcohol, about 18 units a day}}; {{sc|occasional cannabis}}. Previous detox at Bishop Auckland in 2022.
Reason for referral: {{n|$a}} took part in a restorative meeting after {{sc|$a_he damaged $a_his neighbour's car while drunk}} and asked for help. The neighbour, {{n|$n_full}}, supports the referral.
Risk: lives alone with $a_his $s_son {{n|$s}} at weekends; {{n|$s}} is {{age|$s_aage}}.
Consent: signed. Preferred contact: text, not before 10am.
"""

MARAC = """MARAC minutes (extract) - Sunderland - $dl2 - RESTRICTED: do not forward
Present: IDVA service, Northumbria Police DA unit, Children's Social Care, Gentoo Housing, $org ($staff).
Case 7 of 14. Victim: {{n|$v_fcaps}} ({{dob|$v_dobyy}}), {{addr|$v_addr}}, {{pc|$v_pc}}. Perpetrator: {{n|$p_fcaps}} ({{dob|$p_dobyy}}).
Police: {{n|$p_last}} {{sc|was arrested for ABH}} against {{n|$v}} on $odate_l (custody {{pol|$p_cust}}), bailed with conditions not to contact {{n|$v}}. Three calls since, the latest {{pol|$v_log}}.
IDVA ({{n|$i_full}}): {{n|$v}} {{sc|is 22 weeks pregnant}} and frightened; she asked for a safe phone, number {{tel|$v_mob}} (do not share with the perpetrator).
Children: {{n|$k}} ({{age|$k_age}}) attends {{sch|$school2}}; DSL informed.
Housing: management move requested. {{n|$p}} drives a grey Corsa, {{vrm|$p_vrm}}; marker placed on the address. {{n|$p}}'s passport ({{pp|$p_pp}}) to be surrendered as a bail condition.
$org: restorative justice not suitable in domestic abuse cases like this; our policy (section 6) applies. No action for us.
Actions: IDVA to complete DASH review; police to chase the bail breach.
"""

DIARY = """Noise and nuisance diary - kept by {{n|$r_full}}, {{addr|$r_addr}}
(the council gave me this sheet; I'm writing it up for the mediation people)
$dw1 - 11.40pm. Music from number {{addr|$n_addr}} again. Spoke to {{n|$n}} in the morning, she said sorry.
$dw2 - their lad {{n|$y}} and his mate {{n|$z_nick}} kicking a ball against my fence till dark. {{n|$y}} is only {{age|$y_age}} so I didn't say owt.
$dw3 - {{n|$n_last}}'s boyfriend {{n|$b_full}} parked across my drive again, car reg {{vrm|$b_vrmtight}}. Took a photo.
$dw4 - Rang the council ASB line (0191 520 5555). Got a reference from the police too: {{pol|$n_log}}.
$dw5 - {{n|$b}} shouted that I'm a "traitor" because my daughter-in-law {{n|$d}} {{sc|is from Pakistan}}. I've had enough.
Mediation with $org on $dw5? $staff rang me, lovely lass. My number is {{tel|$r_land}} if you need it.
{{n|$r_init}}
"""

INSTAGRAM = """Instagram direct messages - screenshots typed up by $staff for the case file ($case), $dl3
Between @{{n|$a_flow}}_{{n|$a_last}}x ({{n|$a_full}}, {{age|$a_age}}) and @{{n|$b_flow}}.xo ({{n|$b_full}})
{{n|$a_flow}}: u told every1 at {{sch|$school}} i nicked ur airpods
{{n|$b_flow}}: cos u did lol
{{n|$a_flow}}: i never. ask {{n|$c_flow}}
{{n|$b_flow}}: {{n|$c_flow}} said u did it with {{n|$d_flow}}
{{n|$a_flow}}: {{n|$d_flow}} is a liar and shes {{sc|pregnant}} anyway so shes not even in school
{{n|$b_flow}}: thats out of order
{{n|$a_flow}}: whatever. hope u get ur stuff back
{{n|$b_flow}}: i will. my mum rang the police its crime ref {{pol|$b_crime}}
(end of screenshots. Both girls have since agreed to a restorative conversation in school; the pastoral lead is {{n|$t_tl}}.)
"""

VOLUNTEER_DIARY = """My reflective diary - volunteer facilitator training, cohort 7
Week 3. Co-worked my first preparation visit with $staff. We met {{n|$h_tfull}} at her home (I'm not going to write the address here, $staff said not to).
She told us about the burglary and about her late husband {{n|$x}}. She {{sc|goes to the Methodist chapel}} and says her faith helps. I noticed she kept saying "I just want to know why".
Week 4. Second visit, this time to the young man responsible, {{n|$a_full}}. He's {{age|$a_aage}} and living at the hostel on Westgate Road. He {{sc|told us he was high on spice when he broke in}}. I felt sorry for him, which I'm told is normal.
Week 5. Supervision with $staff2. We talked about my own reaction - my brother {{n|$b}} {{sc|went to prison}} when I was young, and I need to watch that.
Week 6. The meeting at $venue. {{n|$h_tl}} brought her grandson {{n|$g}}. {{n|$a}} read his letter. Grace under pressure from everyone. Will I be ready to lead one? Not yet.
Reading: "Changing Lenses" (Zehr). Mark my hours on the log: 14.
"""

MENTOR = """Mentoring match form - Step Up Mentoring (Young Voices North East)
@field Young person ¦ {{n|$y_full}}
@field Date of birth ¦ {{dob|$y_dobiso}}
@field School ¦ {{sch|$school}}
@field Parent or carer ¦ {{n|$p_tfull}}
@field Carer's mobile ¦ {{tel|$p_mob}}
@field Mentor ¦ {{n|$m_full}}
@field Mentor's DBS number ¦ 001789$n4
@field Mentor's car ¦ {{vrm|$m_vrm}}
@field Mentor's licence ¦ {{dl|$m_dl}}
Interests: football, drawing, fishing at Derwent Reservoir.
Anything we should know? {{n|$y}} {{sc|has a stammer}} and {{sc|was cautioned for a racially aggravated public order offence}} last year; he has since met the person harmed through $org.
Matched by $staff2 on $dl2.
"""

WITNESS_CARE = """From: Witness Care Unit <wcu.sunderland@northumbria.police.uk>
To: $staff <$staff_email>
Date: $dl3
Subject: R v {{n|$a_caps}} - trial update ({{pol|$a_urn}})
Hello $staff_first,
Thanks for your call. For your records: the trial of {{n|$a_full}} at $court, listed for $dl5, has been vacated because {{n|$a}} {{sc|pleaded guilty to harassment}} at the PTPH. Sentence is adjourned for a pre-sentence report.
The victim, {{n|$v_tfull}}, has been told. She still wants to take part in restorative justice once sentence has been passed. Her new number is {{tel|$v_mob}} and her new address is {{addr|$v_addr}}, {{pc|$v_pc}} - she has moved since the offence.
Her sister {{n|$s_full}} will support her.
Regards
{{n|$w_full}}
Witness Care Officer
This email is confidential. If you are not the intended recipient please tell the sender and delete it.
"""

INCIDENT_BOOK = """Saltwell Community Hub - incident book (typed copy for the trustees)
No. 31 - $d1 - Youth club. {{n|$a_full}} and {{n|$b_full}} fighting by the tuck shop. Separated by {{n|$w_full}} (youth worker). {{n|$a}} says {{n|$b}} called him a "{{sc|gyppo}}"; {{n|$a}}'s family {{sc|are Irish Travellers}}.
No. 32 - $d2 - Bingo. The Young at Heart group's raffle tin reported missing. Found later behind the urn.
No. 33 - $d3 - {{n|$c_tl}} ({{age|$c_aage}}) {{sc|had a seizure}} in the main hall; ambulance called. Her daughter {{n|$d_full}} collected her; contact {{tel|$d_mob}}.
No. 34 - $d4 - Restorative meeting between {{n|$a}} and {{n|$b}}, with their mums, run by $staff of $org. Shook hands.
Book kept at reception. Hub switchboard 0191 478 1200; Hope Street entrance closed after 9pm.
"""

LODGINGS = """Supported lodgings referral - Durham County Council leaving care team
Young person: {{n|$y_full}}   DOB: {{dob|$y_dobmon}}   NI: {{ni|$y_nitight}}
Current address: {{addr|$y_addr}}, $y_town {{pc|$y_pc}}
Personal adviser: {{n|$p_full}} ({{em|$p_work@durham.gov.uk}})
Summary: {{n|$y}} came into care at 13. {{n|$y_hisc}} mother {{n|$m_tfull}} {{sc|has schizophrenia}} and lives in $m_town. {{n|$y}} {{sc|identifies as gay}} and wants a host who is comfortable with this.
Offending: {{n|$y}} {{sc|received a youth conditional caution for criminal damage}} at the children's home. The member of staff harmed, {{n|$h_full}}, met {{n|$y}} with $staff and they have agreed a letter of apology.
ID held: passport {{pp|$y_pp}} (expires 2031). Bank account opened.
Host preferences: near Chester-le-Street, on a bus route to New College Durham.
"""

SOCIAL_RX = """Social prescribing referral
From: Hylton Bank Surgery, Portsdown Road, Sunderland SR5 4AB. Practice tel 0191 516 8800.
Patient: {{n|$a_tfull}}   DOB {{dob|$a_dob}}   NHS {{nhs|$a_nhssp}}
Address {{addr|$a_addr}}, {{pc|$a_pc}}   Tel {{tel|$a_land}}
Referred by: {{n|$g_full}}, care coordinator.
Reason: {{n|$a_tl}} {{sc|has COPD and low mood}} since the robbery at his shop last winter. He says the lad who robbed him, {{n|$y_full}}, has written to him through $org and he would like to reply. He is {{sc|a member of the Labour Party}} and used to go to meetings at the Grace Darling Room; he would like a lift.
Also lonely since his wife {{n|$w}} died. Likes bowls and the Sunderland Echo crossword.
Link worker allocated: {{n|$l_full}}.
"""

COACH = """Harton Colts JFC - safeguarding concern form
Coach completing: {{n|$c_full}}   Team: under-14s
Child: {{n|$y_full}}, age {{age|$y_age}}, {{sch|$school}}
What happened: At training on $dl1 {{n|$y}} had bruises on both arms. He said his stepdad {{n|$s_full}} "grabbed him". {{n|$y}} also said {{n|$s}} {{sc|has just come out of $prison}}.
Action: Told the club welfare officer, {{n|$w_tfull}} ({{tel|$w_mob}}), who rang the front door (Children's Initial Advice Team, 0191 424 5100).
Later: {{n|$y}} and {{n|$b}} from the under-15s fell out over this at training; the club asked $org for help, and $staff ran a circle for the team.
Signed {{n|$c_init}}
"""

LIBRARY = """@header Newcastle Libraries | City Library, Charles Avenue, Newcastle NE1 8AX | 0191 277 4100
{{n|$a_tfull}}
{{addr|$a_addr}}
{{pc|$a_pc}}
$dl2
Dear {{n|$a_tl}},
Exclusion from library premises
Following the incident at Walker Library on $odate_l, when {{sc|you threatened a member of staff}}, {{n|$s_full}}, I have decided to exclude you from all Newcastle library buildings for three months.
I understand from {{n|$s}} that you have since apologised through a restorative meeting arranged by $org, and that you {{sc|were unwell at the time and have been in hospital}}. I will review the exclusion early if you write to me.
Library card {{n|$a_caps}} / 2900$n1 is suspended.
Yours sincerely
{{n|$m_full}}
Libraries Manager
"""

COURT_LIST = """Court duty list - $court - $dw2 - for the RJ worker's information only
¦Court¦Defendant¦Age¦Matter¦Note for $org
¦1¦{{n|$a_revcaps}}¦{{age|$a_age}}¦{{sc|Theft from shop (x3)}}¦Victim: Co-op, Front Street West. Not suitable (corporate)
¦1¦{{n|$b_revcaps}}¦{{age|$b_age}}¦{{sc|Criminal damage to a neighbour's car}}¦Neighbour {{n|$n_full}} open to RJ; ring {{tel|$n_mob}}
¦2¦{{n|$c_revcaps}}¦{{age|$c_age}}¦{{sc|Assault on emergency worker}}¦Emergency worker harmed; check policy
¦3¦{{n|$d_revcaps}}¦{{age|$d_age}}¦{{sc|Drink driving}}, {{vrm|$d_vrm}}¦No victim; licence {{dl|$d_dlsp}} to be surrendered
Defence solicitors today: {{n|$s_full}} (Brown & Bishop LLP), duty rota.
$staff covering; $staff2 from 2pm.
"""

BAIL_CHECK = """Bail address check - Durham Probation Delivery Unit
Defendant: {{n|$a_full}}   DOB {{dob|$a_dobo}}   PNC - on file   Custody record {{pol|$a_cust}}
Proposed address: {{addr|$h_addr}}, $h_town {{pc|$h_pc}} (home of his nan, {{n|$h_tfull}}, aged {{age|$h_age}})
Householder contacted by phone ({{tel|$h_land}}). {{n|$h_tl}} is willing but {{sc|has dementia in the early stages}}; her son {{n|$k_full}} visits daily.
Concerns: the harmed person in the case, {{n|$v_full}}, lives two streets away on $h_street. {{n|$a}} {{sc|is charged with robbery}} of {{n|$v}}.
Police view (PC {{n|$o_full}}): not supported.
Outcome: address not suitable. Suggest approved premises (Tyneview House, 79 Saltwell Road, Gateshead NE8 4XJ).
"""

THANKS = """Dear $staff,
I wanted to write and say thank you for everything. When I first rang your helpline ($org_phone) I didn't think anything would help after what {{n|$a_full}} did to our {{n|$s}}. Meeting {{n|$a}} at $venue was the hardest thing I have ever done.
{{n|$s}} is {{age|$s_age}} now and back at {{sch|$school}}. His {{sc|panic attacks}} are much better.
My husband {{n|$h}} didn't want to come, but he read {{n|$a}}'s letter in the end and said he could see the lad meant it. We will always have hope.
If anyone else in our position wants to talk, you can give them my number, {{tel|$p_mob}}, or my email {{em|$p_email}}.
With love and thanks,
{{n|$p_full}}
"""

# ------------------------------------------------------------------------------------------ clean documents

INVOICE_CLEAN = """@header The Earl Grey Rooms Ltd | 4 Grey Street, Newcastle upon Tyne NE1 6EE | 0191 230 4400 | VAT 318 2219 04
INVOICE
Invoice number: $invoice
Bill to: $org, $org_address
Date: $dl3     Payment terms: 30 days
¦Description¦Qty¦Unit¦Total
¦Hire of the Bishop Suite, half day (restorative conference)¦1¦£145.00¦£145.00
¦Tea, coffee and biscuits¦12¦£3.50¦£42.00
¦Accessible parking bay (Blue Badge holders)¦2¦£0.00¦£0.00
Total due: £187.00 (VAT included at 20%). Please quote the invoice number with payment.
Bank: Northern Sound Bank, sort code 40-11-62, account 71839204.
Queries to accounts@earlgreyrooms.co.uk.
"""

GRANT_CLEAN = """@header Catherine Cookson Community Fund - application form, section C
C1. Tell us about the need
Across South Tyneside and Sunderland, $n4 people were harmed by crime last year in cases referred to us. Of these, about one in five were aged over 65, and $pct% were women. People from Black, Asian and minority ethnic communities are under-represented among those who take part; we want to change that.
C2. How will the money be used?
Two part-time facilitators and volunteer training (Young People's Panel, 12 places) at Hope House, Westoe. Supervision from $staff and $staff2.
C3. A case study (anonymised)
"Mrs A", a widow in her seventies, was burgled by a 16-year-old boy ("Young Person B"). She was afraid to go out. After preparation with two facilitators she met him with her son present. She said afterwards: "I got my life back." Young Person B has not reoffended. Names and details have been changed, and Mrs A agreed to the story being used.
C4. Monitoring
We will report numbers by age band, gender and ethnicity, never by name, in line with the Data Protection Act 2018 and our appropriate policy document on special category data.
Contact: $staff, $org, $org_address, $org_phone.
"""

LEAFLET_CLEAN = """Has someone harmed you?
Restorative justice gives people harmed by crime a chance to communicate with the person responsible.
It is voluntary. You can stop at any time. It will not change a sentence.
What happens?
A trained facilitator visits you, listens, and explains your choices: a letter, a recorded message, a video call or a meeting.
Who can take part?
Anyone harmed by crime or anti-social behaviour in the North East, of any age, faith or background. We can arrange an interpreter, a British Sign Language interpreter, large print or Easy Read.
Will my details be shared?
Only with your consent, and only what is needed. Read our privacy notice at www.$org_domain/privacy.
Other help: Victim Support (0808 168 9111), Samaritans (116 123), the Grace Darling Trust for disabled survivors, and Hope for Tomorrow peer groups.
Contact $org, $org_address. Helpline $org_phone (Monday to Friday, 9am to 5pm).
"""


TEXT_DOCS = [
    ("yot-court-report-extract", YOT_COURT, {"a": "young m age=15-17 origin=english|scottish", "b": "young m", "c": "old m rel=a", "d": "adult f rel=a", "e": "adult m rel=b"}, "docx"),
    ("rj-outcome-review", OUTCOME_REVIEW, {"a": "young", "b": "old f", "c": "young m"}, "pdf"),
    ("exclusion-appeal-letter", EXCLUSION_APPEAL, {"p": "adult f origin=yemeni|bosnian", "a": "young m rel=p", "b": "young m origin=english", "c": "young", "d": "pro f origin=welsh|english", "e": "pro"}, "odt"),
    ("voluntary-attendance-summary", VOLUNTARY, {"a": "adult m age=34-50", "c": "child f rel=a", "o": "pro", "l": "pro origin=irish|english", "v": "adult m"}, "txt"),
    ("sentence-plan-extract", SENTENCE_PLAN, {"a": "adult m nick origin=english", "o": "pro", "p": "adult f", "v": "old"}, "docx"),
    ("victim-liaison-letter", VLU_LETTER, {"v": "adult f age=40-58", "h": "adult m rel=v", "s": "young m rel=v", "a": "adult m", "l": "pro origin=scottish|english"}, "pdf"),
    ("foster-placement-referral", FOSTER, {"c": "young f nick age=12-13", "m": "adult f rel=c", "f": "adult m", "x": "adult f", "w": "pro", "y": "young f"}, "docx"),
    ("drug-alcohol-referral", DRUG_ALCOHOL, {"a": "adult", "g": "pro", "n": "adult", "s": "child rel=a"}, "odt"),
    ("marac-minute-extract", MARAC, {"v": "adult f age=20-34", "p": "adult m age=22-40", "i": "pro f", "k": "young rel=v"}, "docx"),
    ("neighbour-dispute-diary", DIARY, {"r": "old origin=english", "n": "adult f near=r", "y": "young m rel=n", "z": "young m nick", "b": "adult m", "d": "adult f origin=english|welsh|irish"}, "txt"),
    ("instagram-dm-transcript", INSTAGRAM, {"a": "young f age=14-15", "b": "young f age=14-15", "c": "young f", "d": "young f", "t": "pro"}, "txt"),
    ("volunteer-reflective-diary", VOLUNTEER_DIARY, {"h": "old f origin=english|welsh", "x": "old m rel=h", "a": "adult m age=19-22", "b": "adult m", "g": "child m"}, "odt"),
    ("mentoring-match-form", MENTOR, {"y": "young m", "p": "adult f rel=y", "m": "adult"}, "pdf"),
    ("witness-care-email", WITNESS_CARE, {"a": "adult m", "v": "adult f", "s": "adult f rel=v", "w": "pro"}, "txt"),
    ("community-centre-incident-book", INCIDENT_BOOK, {"a": "young m origin=irish|english", "b": "young m", "w": "pro", "c": "old f", "d": "adult f rel=c"}, "odt"),
    ("supported-lodgings-referral", LODGINGS, {"y": "adult age=17-19", "p": "pro", "m": "adult f rel=y", "h": "pro"}, "docx"),
    ("social-prescribing-referral", SOCIAL_RX, {"a": "old m", "g": "pro", "y": "young m", "w": "old f rel=a", "l": "pro"}, "pdf"),
    ("coach-concern-form", COACH, {"c": "pro", "y": "young m age=13-14", "s": "adult m", "w": "pro", "b": "young m"}, "txt"),
    ("library-exclusion-letter", LIBRARY, {"a": "adult", "s": "pro", "m": "pro"}, "odt"),
    ("court-duty-list", COURT_LIST, {"a": "adult", "b": "adult", "n": "adult", "c": "adult", "d": "adult", "s": "pro"}, "docx"),
    ("bail-address-check", BAIL_CHECK, {"a": "adult m age=19-25", "h": "old f rel=a", "k": "adult m rel=h", "v": "adult", "o": "pro"}, "pdf"),
    ("harmed-family-thank-you", THANKS, {"p": "adult f", "s": "young m rel=p", "h": "adult m rel=p", "a": "young m"}, "txt"),
    ("venue-invoice", INVOICE_CLEAN, {}, "pdf"),
    ("grant-application-narrative", GRANT_CLEAN, {}, "docx"),
    ("victims-leaflet", LEAFLET_CLEAN, {}, "odt"),
]


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # text-message log exported from the service's bulk SMS system
    v = cast(rng, names, {"a": "adult f", "b": "adult m", "c": "old", "d": "young m", "e": "adult", "f": "adult f"})
    rows = [["Sent", "To (name)", "To (number)", "Message", "Status", "Sent by"],
            ["$d1 09:12", "{{n|$a_full}}", "{{tel|$a_mob}}", "Hi {{n|$a}}, reminder: your meeting is tomorrow at 10 at $venue. $staff, $org", "Delivered", "$staff"],
            ["$d1 09:13", "{{n|$b_full}}", "{{tel|$b_mob}}", "Hi {{n|$b}}, can you ring $staff_first on $org_phone about your case please", "Delivered", "$staff"],
            ["$d2 15:40", "{{n|$c_tl}}", "{{tel|$c_mob}}", "Dear {{n|$c_tl}}, the letter from {{n|$d}} has arrived. Shall we bring it round Thursday?", "Delivered", "$staff2"],
            ["$d2 15:52", "{{n|$c_tl}}", "{{tel|$c_mob}}", "REPLY: yes pet thursday is fine. {{sc|my hip is bad}} so knock loud", "Received", ""],
            ["$d3 11:02", "{{n|$e_full}}", "{{tel|$e_mob}}", "Hi, sorry to hear you're {{sc|back in hospital}}. We'll pause things till you're better", "Failed", "$staff"],
            ["$d4 08:30", "{{n|$f_full}}", "{{tel|$f_mob}}", "Your police ref is {{pol|$f_crime}} if Victim Support ask. Will call later", "Delivered", "$staff2"],
            ["$d4 08:31", "Group: volunteers", "(14 numbers)", "Training moved to Hope House, same time. Bring lunch", "Delivered", "$staff"]]
    docs.append(Doc("text-message-log", "csv", [("table", cells(rows, v))]))

    # visitor log at the office reception
    v0 = cast(rng, names, {})
    log = [["Date", "Time in", "Visitor", "Organisation / reason", "Car reg", "Seeing", "Badge", "Time out"]]
    reasons = ["Preparation meeting", "Dropping off a letter for {{n|$h}}", "Interview for volunteering", "Collecting {{n|$h_tl}}'s statement",
               "Delivery (Brown's Stationers)", "Meeting with $staff"]
    used: set[str] = set()
    for j in range(6):
        v = cast(rng, names, {"a": rng.choice(["adult", "old", "pro"]), "h": "adult"}, used)
        reg = {0: "{{vrm|$a_vrm}}", 1: "{{vrm|$a_vrmold}}", 2: "{{vrm|$a_vrmtight}}", 4: "Van"}.get(j, "Bus")
        who = ["{{n|$a_full}}", "{{n|$a_rev}}", "{{n|$a_fcaps}}", "{{n|$a_init}}", "Courier", "{{n|$a_lower}}"][j]
        log.append(cells([[v0[f"d{1 + j % 4}"], f"{9 + j}:{rng.randint(10, 59)}", who, reasons[j], reg, v0["staff"] if j % 2 else v0["staff2"], f"V{j + 1}", f"{10 + j}:05"]], v)[0])
    log.append(["", "", "Fire marshal today:", v0["staff3"], "", "", "", ""])
    docs.append(Doc("reception-visitor-log", "xlsx", [("sheet", "Visitors", log, False)]))

    # case allocation workbook; contact details on a hidden sheet
    v0 = cast(rng, names, {})
    alloc = [["Case", "Referred", "Person responsible", "Person harmed", "Type", "Priority", "Allocated to"]]
    contacts = [["Case", "Name", "Role", "Address", "Postcode", "Phone", "Email", "Other ID"]]
    types = ["{{sc|Burglary}}", "Neighbour dispute", "{{sc|Hate incident (religion)}}"]
    ids = ["{{ni|$y_ni}}", "{{dl|$y_dl}}", "{{pris|$y_pris}}"]
    used = set()
    for j in range(3):
        v = cast(rng, names, {"y": rng.choice(["young", "adult"]), "h": rng.choice(["adult", "old"])}, used)
        case = f"NMT-2025-{1700 + j * 7:04d}"
        alloc.append(cells([[case, v0[f"d{j + 1}"], "{{n|$y_revcaps}}", "{{n|$h_full}}", types[j], rng.choice(["High", "Medium", "Low"]),
                             rng.choice([v0["staff"], v0["staff2"], "Unallocated"])]], v)[0])
        contacts.extend(cells([[case, "{{n|$y_full}}", "Responsible", "{{addr|$y_addr}}", "{{pc|$y_pc}}", "{{tel|$y_mob}}", "{{em|$y_email}}", ids[j]],
                               [case, "{{n|$h_tl}}", "Harmed", "{{addr|$h_addr}}", "{{pc|$h_pc}}", "{{tel|$h_land}}", "", ""]], v))
    summary = [["Priority", "Cases"], ["High", 1], ["Medium", 1], ["Low", 1], ["Allocation meeting", v0["dl2"]]]
    docs.append(Doc("case-allocation", "xlsx", [("sheet", "Allocation", alloc, False), ("sheet", "Summary", summary, False),
                                                ("sheet", "Contacts", contacts, True)]))

    # clean: staff training matrix (staff only)
    courses = ["Safeguarding L2", "Restorative practice L3", "GDPR refresher", "Domestic abuse awareness", "First aid", "Hate crime"]
    matrix = [["Staff member", *courses, "Next due"]]
    for s in STAFF:
        matrix.append([s, *[rng.choice(["Done 2024", "Done 2025", "Booked", "Due"]) for _ in courses], f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026"])
    matrix.append(["Totals (done)", *[str(rng.randint(3, 8)) for _ in courses], ""])
    notes = [["Note"], ["Hate crime module delivered by the Grace Darling Trust; mark attendance in column G."],
             ["Domestic abuse awareness covers MARAC and DASH; no case details in training."], ["Compliance target 90% (we are at 84%)."]]
    docs.append(Doc("staff-training-matrix", "xlsx", [("sheet", "Matrix", matrix, False), ("sheet", "Notes", notes, False)]))

    # clean: meeting room booking list
    v0 = cast(rng, names, {})
    rooms = ["Hope Room", "Bishop Suite", "Room 2 (quiet room)", "Grace Darling Room, Blyth Library"]
    book = [["Date", "Room", "From", "To", "Booked by", "Purpose", "Attendees"]]
    purposes = ["Team meeting", "Supervision", "Case $case preparation (no names)", "Volunteer training, cohort 7", "Trustees' finance group",
                "Restorative conference - Victim A and YP1", "Interviews: sessional facilitator"]
    for j, p in enumerate(purposes):
        book.append([v0[f"d{1 + j % 6}"], rooms[j % 4], f"{9 + j % 5}:00", f"{11 + j % 5}:00", STAFF[j % len(STAFF)], fill(p, v0), str(rng.randint(2, 14))])
    docs.append(Doc("meeting-room-bookings", "csv", [("table", book)]))
    return docs


def probe_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kind in TEXT_DOCS:
        v = cast(rng, names, roles)
        docs.append(Doc(name, kind, blocks_for(kind, fill(template, v))))
    return docs + sheet_docs(rng, names)
