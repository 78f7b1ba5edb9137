"""The portfolio part of the corpus: the evidence a service uploads to prove the six standards.

What it is. Thirty-six invented documents of a restorative justice service's evidence portfolio
for the Restorative Service Quality Mark, in every file type (TXT, CSV, DOCX with tables, tracked
changes, comments, footnotes and headers, XLSX with hidden sheets, PDF with form fields and a
footnote, ODT). Set in the West Midlands, Staffordshire, Worcestershire, Herefordshire,
Shropshire and Warwickshire (Birmingham, Coventry, Wolverhampton, Walsall, Dudley, West
Bromwich, Solihull, Stoke-on-Trent, Stafford, Burton upon Trent, Worcester, Hereford,
Shrewsbury, Telford, Redditch, Kidderminster, Nuneaton, Rugby, Leamington Spa), with the same
invented organisation and staff (org.py) and police references invented in a style for each of
the four forces. Twenty-five are clean,
written as good services write their evidence: a restorative justice policy, a safeguarding
policy, a data protection and records policy, an equality and diversity policy (tracked change,
comments), a risk assessment procedure with a blank template (PDF form), a case supervision
policy, a complaints procedure, a volunteer handbook, a practitioner training log with CPD hours
(course codes on a hidden sheet), a supervision log (staff, case pseudonyms), steering group
minutes, a service level agreement, an information sharing agreement, anonymised case studies
(burglary, school bullying, a hate incident, an assault, a neighbour dispute, harm within a
family), a participant feedback summary, an annual data return (codes on a hidden sheet), an
observation of practice form, leaflets for people harmed and for young people, an outcome
agreement template, a referral form template, a staff rota, a venue invoice (its number passes
the NHS checksum) and an action plan against the standards. Eleven are the slips services make
when they upload: a case study draft naming the young person and the house, a returned feedback
form with a name, phone and health, a supervision note naming a participant and her diagnosis,
minutes recording a named man's offence and a social worker's name, an observation form with the
participants' names, a training certificate list with delegates' dates of birth (hidden sheet),
a referral form filled in, a thank-you card transcript, a chat pasted as evidence of contact, a
quarterly return with a free-text column and a case file audit with its key on a hidden sheet.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``, ``@page``),
rendered by fresh.py's ``blocks_for``; workbooks and exports are built here. People are this
module's ``Person``. Every piece of sensitive personal data is marked, professionals' names and
named work emails included; the organisation's staff, address, helpline and mailboxes stay
unmarked, as do other services' team mailboxes and switchboards. A mark holds the value only:
"DOB", "tel", "ref" and titles such as Dr, PC and DC stay outside it, titles used as part of a
name (Mrs Danks) inside. Addresses are marked without the town, which stays a place; a street
named without a house number stays a place. Offences, suspicions, charges, custody and remand of
named or identifiable people are special category, as are their health, faith, ethnicity,
sexuality, political opinions and trade union membership; offences in anonymised case studies and
aggregate counts are not. A person's age is marked (the number only) when it is said of a named
person; a school is marked when a named pupil attends it. The unmarked text is the traps: staff
as authors, trainers, supervisors, chairs and attendees; the organisation's address and helpline;
partners' switchboards and team mailboxes; roles ("the practitioner", "the person harmed");
pseudonyms (Child A, Person B, YP3, Mr X, "the young person (J)"); anonymised case studies;
counts, percentages and age bands; policy language about health, ethnicity, religion, sexuality,
disability and special category data; Acts and sections; dates of meetings, training and
offences; case, file, invoice, course, room, version, charity and accreditation numbers; course
names and qualifications; places, buildings, wards, funds and awards named after people (the
Cadbury Room, Elgar House, the Wedgwood Fund, the Godiva Youth Forum, the Mary Seacole
Award); authors cited (Zehr,
Braithwaite, Christie, Pranis, Umbreit); words that are names used as words (hope, grace, will,
mark, rose, joy, young, brown, bishop, hunter, rich, summer).

Sources of names. Pools written here only (no Faker locale is left that another part does not
use), with any name sharing a word with the other parts' pools, the staff, the trap words or the
places dropped at build time (``_banned``): English (Black Country, Potteries and Marches
surnames), Welsh, Scottish, Irish, Punjabi Sikh, Mirpuri and Kashmiri, Sylheti, Yemeni,
Caribbean (Jamaican and Kittitian), Sierra Leonean, Ethiopian and Oromo, Italian, Greek and
Turkish Cypriot, Hungarian, Moroccan, Malawian and Kosovan. Of every twenty people drawn freely
twelve come from the English, Welsh, Scottish and Irish pools and eight from the others.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/portfolio/ when corpus.py builds it
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re

import blind
import sample
import trial
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number
from fresh import blocks_for, expand

TODAY = dt.date(2026, 3, 16)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Kelsie", "Leighanne", "Jolene", "Roxanne", "Sadie", "Beverley", "Tonia", "Marlene", "Lorna", "Carys-Ann", "Shannice", "Kimberley",
         "Aimee", "Bethanie", "Cherelle", "Dionne", "Elsie", "Felicity", "Gemima", "Hollie", "Janine", "Kerry-Ann", "Lainey", "Mollie",
         "Nadia", "Peggy", "Raine", "Saffron", "Tallie", "Vanessa", "Zara", "Annabel", "Brooke", "Coral", "Darcie", "Elaine", "Hayley",
         "Jessie", "Kirstie", "Lilly-Mae", "Martina", "Rochelle", "Sheree", "Tamsin", "Verity", "Yasmine", "Bernadette", "Doreen", "Irene", "Leonie", "Shelley", "Britney", "Chardonnay", "Mercedes",
         "Lauryn", "Tayla", "Jaime", "Kyra", "Loretta"],
        ["Kayden", "Brody", "Riley", "Lennon", "Mikey", "Tyrone", "Wesley", "Clint", "Dale", "Elliott", "Gavin", "Howard", "Jamal", "Kieron",
         "Lyndon", "Marcus", "Nigel", "Perry", "Rhys-Lee", "Shaun", "Troy", "Vince", "Warren", "Alfie-James", "Bailey", "Cruz", "Denny",
         "Eden", "Fabian", "Grady", "Harley", "Jaxon", "Kenzie", "Leon", "Maddox", "Niall", "Reuben", "Stevie", "Tommy-Lee", "Darrell",
         "Glenn", "Royston", "Clifford", "Malcolm", "Roy", "Mervyn", "Dennis"],
        ["Hingley", "Danks", "Mucklow", "Bissell", "Cartwright", "Aston", "Tromans", "Hackett", "Dudley",
         "Parkes", "Pearsall", "Rudge", "Tibbetts", "Willetts", "Whitehouse", "Bache", "Cox", "Haden", "Kendrick", "Mallin", "Nock", "Raybould", "Siviter", "Timmins", "Udall", "Wootton", "Batkin", "Boughey", "Colclough", "Degg",
         "Goodwin", "Hassall", "Mountford", "Plimmer", "Tunnicliffe", "Bayliss", "Gittins", "Hotchkiss", "Jukes", "Maddocks",
         "Preece", "Vobe", "Wilding", "Hemming", "Ludlam", "Smallwood", "Bickley", "Eborall", "Higgitt", "Northall"]),
    "welsh": (
        ["Eirian", "Medi", "Nesta", "Rhiain", "Carwen", "Lleucu", "Tirion", "Ffraid", "Alaw", "Enfys"],
        ["Gwion", "Hywel", "Idris", "Peredur", "Trystan", "Berwyn", "Deiniol", "Gwydion", "Rhun", "Caradog", "Llywarch", "Goronwy", "Myrddin", "Selwyn", "Cadfan", "Einion",
         "Brynmor"],
        ["Beddoes", "Gwilliam", "Probert", "Prothero", "Watkins", "Bowdler", "Jenkins", "Gittoes", "Vaughan-Price", "Parry", "Benbow", "Gwatkin", "Pumphrey", "Wozencroft", "Trumper"]),
    "scottish": (
        ["Kirstin", "Marsaili", "Ailsa", "Fenella", "Jessamy", "Effie", "Thora", "Kirsten", "Isobel", "Davina"],
        ["Gregor", "Kenneth", "Innes", "Lorne", "Angus", "Blair", "Ninian", "Tavish", "Graeme", "Farquhar"],
        ["Kilpatrick", "Ogilvie", "Strachan", "Baird", "Petrie", "Kinnear", "Moncrieff", "Lumsden", "Haldane", "McGinty", "Lockhart", "Fordyce", "Gilmour", "Duthie"]),
    "irish": (
        ["Ailbhe", "Órfhlaith", "Éabha", "Treasa", "Síle", "Úna", "Mairéad", "Fionnghuala", "Ailish", "Siobhán", "Caitríona", "Nóirín", "Doireann", "Saorlaith"],
        ["Ciarán", "Pádraic", "Ruairí", "Fergal", "Senan", "Eamon", "Declan", "Oisín", "Ultan", "Fachtna", "Lorcan", "Feidhlim", "Criostóir", "Ruadhán", "Colmcille"],
        ["Flanagan", "Hegarty", "Mulligan", "Costello", "Finnegan", "Geraghty", "Lynch", "Scanlon", "Ó Ceallaigh", "Mac Giolla Bhríde", "Hanrahan", "Cullinane",
         "Keaveney", "Dolan"]),
}
UK_WEIGHTS = {"english": 7, "welsh": 1.4, "scottish": 1, "irish": 1.6}
IRISH_FEMININE = {"Ó Ceallaigh": "Ní Cheallaigh", "Mac Giolla Bhríde": "Nic Giolla Bhríde"}
OTHER = {
    "punjabi": (["Amandeep", "Balvinder", "Charanjit", "Daljit", "Inderjit", "Kiranjit", "Rupinder", "Sukhjeet", "Tarandeep"],
                ["Gurinder", "Harvinder", "Jagdeep", "Kuljit", "Mandeep", "Parminder", "Ranjit", "Sarbjit", "Satnam"],
                ["Bansal", "Cheema", "Deol", "Hayer", "Kalsi", "Mann", "Rai", "Sekhon", "Takhar", "Uppal"]),
    "mirpuri": (["Asma", "Bushra", "Farzana", "Kausar", "Nabila", "Rizwana", "Shazia", "Uzma"],
                ["Adnan", "Asif", "Naveed", "Raheel", "Shoaib", "Tahir", "Zubair", "Waqas", "Arshad", "Mubashir", "Liaqat", "Zahoor", "Nisar", "Mohsin", "Nasir"],
                ["Akhtar", "Bashir", "Mahmood", "Rafiq", "Sadiq", "Shafiq", "Zaman", "Rehman", "Khaliq", "Kiyani", "Sabir"]),
    "sylheti": (["Forida", "Jahanara", "Minara", "Rahima", "Salma", "Sufia"], ["Abdul-Hannan", "Belal", "Foysal", "Jahangir", "Muhibur", "Sayful"],
                ["Ahmed-Chowdhury", "Bhuiyan", "Khan-Miah", "Mozumder", "Sarkar", "Talukder", "Ullah", "Shikder", "Laskar", "Mazumdar", "Alom", "Kadir"]),
    "yemeni": (["Arwa", "Bilqis", "Ebtisam", "Hind"], ["Abdulkarim", "Fuad", "Nabil", "Saleh", "Wadah"],
               ["Al-Shami", "Ba-Wazir", "Al-Hakimi", "Al-Aulaqi", "Saif"]),
    "caribbean": (["Claudette", "Hyacinth", "Joycelyn", "Merline", "Paulette", "Sonia", "Hortense", "Icilda", "Lurline", "Novelette", "Gloria", "Euphemia", "Cislyn", "Pearline"], ["Clinton", "Everton", "Fitzgerald", "Lloyd", "Neville", "Orville", "Ransford", "Eustace", "Lascelles"],
                  ["Blackwood", "Ebanks", "Francis", "Lindo", "Rowe", "Pinnock", "Samuels", "Thompson-Reid", "Liburd", "Browne-Hazel"]),
    "sierra_leonean": (["Fatmata", "Isatu", "Jeneba", "Mariama", "Kadiatu", "Hawanatu", "Mabinty", "Salamatu"], ["Alimamy", "Foday", "Lamin", "Sorie", "Unisa"],
                       ["Bangura", "Conteh", "Kamara", "Sesay", "Turay", "Koroma", "Kanu", "Fofanah", "Jalloh", "Tarawallie"]),
    "ethiopian": (["Bethlehem", "Hiwot", "Meseret", "Tigist", "Chaltu", "Ayantu"], ["Abebe", "Dereje", "Getachew", "Tesfaye", "Lencho", "Gemechu"],
                  ["Alemu", "Bekele", "Girma", "Tadesse-Worku", "Wolde", "Gudina", "Tolera"]),
    "italian": (["Annunziata", "Carmela", "Giuseppina", "Rosaria", "Serafina"], ["Carmine", "Gennaro", "Salvatore", "Vincenzo", "Domenico"],
                ["Capaldi", "Di Mascio", "Iannucci", "Lombardi", "Pacitti", "Scala", "Tedeschi"]),
    "cypriot": (["Androulla", "Chrystalla", "Panayiota", "Emine", "Sevgi", "Stavroulla", "Fotini", "Ayten", "Koulla", "Ourania"], ["Andreas", "Panicos", "Stelios", "Hasan", "Mustafa-Ali", "Kypros", "Costakis", "Erol", "Huseyin"],
                ["Christodoulou", "Georgiou", "Hadjipanayi", "Ioannou", "Kyriacou", "Ibrahim-Bey", "Mehmetoglu"]),
    "hungarian": (["Erzsébet", "Ildikó", "Katalin", "Zsuzsanna"], ["Gábor", "László", "Tamás", "Zoltán"],
                  ["Balogh", "Farkas", "Horváth", "Kiss", "Molnár", "Szabó", "Tóth"]),
    "moroccan": (["Fatiha", "Khadija", "Naima", "Zineb", "Latifa", "Hanane", "Nezha"], ["Abdelilah", "Hicham", "Rachid", "Youssef", "Mohcine", "Abderrahim", "Zakaria", "Mourad", "Driss"],
                 ["Benali", "Bouzid", "El Amrani", "Ouazzani", "Tazi", "Lahlou", "Chraibi", "Berrada"]),
    "malawian": (["Chikondi", "Thoko", "Tiwonge", "Memory-Grace", "Madalitso", "Tadala", "Chifundo", "Takondwa"], ["Chisomo", "Kondwani", "Mphatso", "Yamikani", "Chikumbutso", "Mayeso", "Tawonga"],
                 ["Banda", "Chirwa", "Mwale", "Phiri", "Nyirenda", "Msiska", "Gondwe", "Kumwenda", "Chisale", "Mkandawire"]),
    "kosovan": (["Arbnora", "Blerta", "Drita", "Vjosa"], ["Arben", "Besnik", "Driton", "Valon"],
                ["Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi"]),
}
NICKNAMES = {"Kimberley": "Kim", "Beverley": "Bev", "Kenneth": "Kenny", "Salvatore": "Salvo", "Vincenzo": "Enzo", "Mikey": "Mikey",
             "Rupinder": "Rups", "Abdulkarim": "Karim", "Panayiota": "Yiota", "Zsuzsanna": "Zsuzsi", "Giuseppina": "Pina"}
# Words the documents use as words or as the names of places, rooms, funds and people of history: no one drawn freely has them.
TRAP_WORDS = sample.TRAP_WORDS | {"Cadbury", "Elgar", "Wedgwood", "Godiva", "Boulton", "Watt", "Murdoch", "Darwin", "Shakespeare",
                                  "Tolkien", "Priestley", "Chamberlain", "Baskerville", "Brindley", "Mander", "Austin", "Lanchester",
                                  "Pranis", "Umbreit", "Kolb", "Gibbs", "Zehr", "McCold", "Sherman", "Liebmann", "Johnstone", "Sawin", "Morrison", "Hope",
                                  "Grace", "Will", "Mark", "Rose", "Joy", "Young", "Brown", "Bishop", "Hunter", "Rich", "Summer",
                                  "Lichfield", "Hereford", "Worcester", "Stafford", "Warwick", "Coventry", "Walsall", "Telford",
                                  "Shrewsbury", "Ludlow", "Dudley", "Tipton", "Bilston", "Wednesbury", "Aston", "Handsworth", "Severn",
                                  "Tame", "Avon", "Teme", "Wye", "Lickey", "Malvern", "Wrekin", "Cannock", "Kinver", "Sutton",
                                  "Thompson", "Florence", "Nightingale", "Seacole", "Mary", "Stanley", "Matthews", "Lewis", "Carter"}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Birmingham", ["B10", "B11", "B21", "B23", "B29", "B33", "B44"], "0121", "WM"), ("Coventry", ["CV2", "CV3", "CV6"], "024", "WM"),
         ("Wolverhampton", ["WV1", "WV4", "WV10", "WV11"], "01902", "WM"), ("Walsall", ["WS2", "WS3", "WS5"], "01922", "WM"),
         ("Dudley", ["DY1", "DY2"], "01384", "WM"), ("West Bromwich", ["B70", "B71"], "0121", "WM"), ("Solihull", ["B91", "B92"], "0121", "WM"),
         ("Stoke-on-Trent", ["ST1", "ST3", "ST4", "ST6"], "01782", "ST"), ("Stafford", ["ST16", "ST17"], "01785", "ST"), ("Burton upon Trent", ["DE14", "DE15"], "01283", "ST"),
         ("Worcester", ["WR2", "WR4", "WR5"], "01905", "WR"), ("Hereford", ["HR1", "HR2", "HR4"], "01432", "WR"), ("Shrewsbury", ["SY1", "SY2", "SY3"], "01743", "WR"),
         ("Telford", ["TF1", "TF3", "TF7"], "01952", "WR"), ("Redditch", ["B97", "B98"], "01527", "WR"), ("Kidderminster", ["DY10", "DY11"], "01562", "WR"),
         ("Nuneaton", ["CV10", "CV11"], "024", "WK"), ("Rugby", ["CV21", "CV22"], "01788", "WK"), ("Leamington Spa", ["CV31", "CV32"], "01926", "WK")]
STREETS = {
    "Birmingham": ["Stratford Road", "Soho Road", "Coventry Road", "Slade Road", "Kingstanding Road", "Bristol Road South", "Gospel Lane"],
    "Coventry": ["Foleshill Road", "Binley Road", "Radford Road"], "Wolverhampton": ["Dudley Road", "Penn Road", "Cannock Road", "Wednesfield Road"],
    "Walsall": ["Caldmore Road", "Bloxwich Road", "Pleck Road"], "Dudley": ["Stafford Street", "Wolverhampton Street", "Priory Road"],
    "West Bromwich": ["Hallam Street", "Carters Green", "Oldbury Road"], "Solihull": ["Chelmsley Road", "Lode Lane", "Warwick Road"],
    "Stoke-on-Trent": ["Waterloo Road", "Uttoxeter Road", "Victoria Road", "Leek Road"], "Stafford": ["Rowley Avenue", "Corporation Street", "Tixall Road"],
    "Burton upon Trent": ["Shobnall Road", "Waterloo Street", "Horninglow Road"], "Worcester": ["Tolladine Road", "Bromyard Road", "Tallow Hill"],
    "Hereford": ["Whitecross Road", "Holme Lacy Road", "Ross Road"], "Shrewsbury": ["Monkmoor Road", "Longden Coleham", "Sundorne Road"],
    "Telford": ["Hollinswood Road", "Sutton Hill Drive", "Dawley Road"], "Redditch": ["Batchley Road", "Matchborough Way", "Studley Road"],
    "Kidderminster": ["Habberley Road", "Sutton Park Road", "Offmore Road"], "Nuneaton": ["Queens Road", "Camp Hill Road", "Attleborough Road"],
    "Rugby": ["Clifton Road", "Hillmorton Road", "Bilton Road"], "Leamington Spa": ["Tachbrook Road", "Lillington Road", "Brunswick Street"],
}
BLOCKS = ["Canalside House", "Tower View Court", "Lock Keeper's Court", "Foundry Mews", "Chainmakers Court", "Kiln House"]
SCHOOLS = ["Rowley Heath Academy", "Tividale Brook School", "Sowe Valley High School", "Penn Fields Academy", "Caldmore Green School",
           "Hagley Brook Academy", "Trentside High School", "Severnbank Academy", "Marches Vale School", "Foleshill Park Academy"]
PRIMARY = ["Netherton Lane Primary School", "Swan Bank Primary School", "Blakenall Heath Junior School", "Longbridge Meadow Primary School"]
VENUES = ["the Cadbury Room, Bournville Community Hub", "Elgar House, Worcester", "the Wedgwood Room, Hanley Town Hall", "the Priestley Suite, Birmingham Central Library",
          "the Boulton Room at Soho House Community Centre", "Darwin Hall, Shrewsbury", "the Brindley Room, Stafford Gatehouse"]
_GENERIC = sample._GENERIC | {"Road", "Street", "Lane", "Avenue", "Green", "South", "Way", "Drive", "Spa", "upon", "Trent", "West", "House", "Court",
                              "View", "Mews", "Tower", "Lock", "Keeper's", "Heath", "Brook", "Valley", "Fields", "Park", "Vale", "Junior",
                              "Primary", "High", "School", "Academy", "Meadow", "Bank", "Hall", "Room", "Suite", "Centre", "Community", "Hub",
                              "Town", "Central", "Library", "Gatehouse", "Hill", "Camp", "the", "at", "of", "and", "on"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + [s for v in STREETS.values() for s in v] + BLOCKS + SCHOOLS + PRIMARY + VENUES
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
FORCES = {"WM": ("West Midlands Police", "westmidlands.police.uk"), "ST": ("Staffordshire Police", "staffordshire.police.uk"),
          "WR": ("West Mercia Police", "westmercia.police.uk"), "WK": ("Warwickshire Police", "warwickshire.police.uk")}
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "live.co.uk", "hotmail.com"]


def _banned() -> set[str]:
    """Every word of a name in the other parts' pools, the staff, the trap words and the places."""
    banned = sample._banned() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS
    for fem, mal, last in (*sample.UK.values(), *sample.OTHER.values(), sample.WORDNAMES):
        for n in (*fem, *mal, *last):
            banned |= _words(n)
    banned |= {w for k, n in sample.NICKNAMES.items() for w in _words(k) | _words(n)}
    banned |= {w for v in sample.IRISH_FEMININE.values() for w in _words(v)}
    return banned


def _pools() -> tuple[dict, dict, list[str]]:
    """The pools less any name sharing a word with another part's pools, staff, trap words or places."""
    banned = _banned()
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
    """Draws (first, surname stem, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        self.uk, self.other, self.dropped = _pools()
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        if not self.deck:
            self.deck = ["uk"] * 12 + ["other"] * 8
            rng.shuffle(self.deck)
        return self.deck.pop()

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, stem: str | None = None) -> tuple[str, str, str]:
        src = None
        for _ in range(300):
            o = origin
            if o is None:
                src = src or self._source(rng)
                if src == "uk":
                    o = rng.choices(list(UK_WEIGHTS), weights=list(UK_WEIGHTS.values()))[0]
                else:
                    o = rng.choice(list(OTHER))
            fem, mal, surnames = self.uk.get(o) or self.other[o]
            first, last = rng.choice(fem if female else mal), stem or rng.choice(surnames)
            if first == last or not (_latin(first) and _latin(last)):
                continue
            return first, last, o
        raise RuntimeError("no name")


# ------------------------------------------------------------------------------------------ people

LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
MEMORY = {"WM": "B", "ST": "F", "WR": "H", "WK": "B"}


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None, town: str | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        first, stem, o = names.draw(rng, self.female, origin=rel.origin if rel else origin, stem=rel.stem if rel else None)
        self.first, self.stem, self.origin = first, stem, o
        self.last = IRISH_FEMININE.get(stem, stem) if self.female and o == "irish" else stem
        self.nick = NICKNAMES.get(first, first)
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        if rel is not None and town is None:
            town = rel.town
        self.town, districts, code, self.force_key = rng.choice([t for t in TOWNS if t[0] == town] if town else TOWNS)
        self.postcode = f"{rng.choice(districts)} {rng.randint(1, 9)}{rng.choice(blind.INWARD)}{rng.choice(blind.INWARD)}"
        self.street = rng.choice(STREETS[self.town])
        if rng.random() < 0.2:
            self.addr = f"Flat {rng.randint(1, 30)}, {rng.choice(BLOCKS)}, {rng.randint(2, 160)} {self.street}"
        else:
            self.addr = f"{rng.randint(1, 220)} {self.street}"
        self.code = code
        self.mob = trial._mobiles(rng)
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp3", "tight", "intl"])]
        local = f"{rng.randint(2, 8)}{rng.randint(100000, 999999)}" if len(code) == 4 else (
            f"{rng.randint(7, 7)}{rng.randint(1000000, 9999999)}" if len(code) == 3 else f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}")
        self.landline = f"{code} {local[:4]} {local[4:]}" if len(code) == 3 else f"{code} {local}"
        fa = re.sub(r"[^a-z]", "", blind._ascii(first).lower())
        la = re.sub(r"[^a-z]", "", blind._ascii(self.last).lower())
        self.email = rng.choice([f"{fa}.{la}", f"{fa}{la}{self.dob.year % 100:02d}", f"{fa[0]}{la}", f"{la}{fa[0]}{rng.randint(1, 99)}",
                                 f"{fa}_{la}"]) + "@" + rng.choice(MAIL)
        self.work = f"{fa}.{la}"
        self.nhs = nhs_number(rng)
        self.vrm = f"{MEMORY[self.force_key]}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(sample.AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        when = TODAY - dt.timedelta(days=rng.randint(30, 200))
        self.when = when
        f = self.force_key
        serial, n, n2 = rng.randint(1, 2400), rng.randint(100000, 999999), rng.randint(10000, 99999)
        self.force, self.force_domain = FORCES[f]
        if f == "WM":
            self.crime = f"20{rng.choice(['BW', 'BE', 'CV', 'WV', 'WS', 'DY', 'SW'])}/{n}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}/{when:%y}"
            self.log = f"{serial:04d} {when:%d/%m/%y}"
        elif f == "ST":
            self.crime = f"SP/{when:%y}/{n}"
            self.log = f"SP-{when:%Y%m%d}-{serial:04d}"
        elif f == "WR":
            self.crime = f"22/{n2}/{when:%y}"
            self.log = f"{serial:04d}S{when:%d%m%y}"
        else:
            self.crime = f"23WK/{n}/{when:%y}"
            self.log = f"WK-{serial:04d}-{when:%d%m%y}"

    @property
    def title(self) -> str:
        if not self.female:
            return "Mr"
        return "Miss" if self.age < 18 else ("Mrs" if sum(map(ord, self.first)) % 2 else "Ms")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _fields(p: Person, r: str) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    d = p.dob
    return {
        r: p.first, f"{r}_last": p.last, f"{r}_full": f"{p.first} {p.last}", f"{r}_nick": p.nick, f"{r}_caps": p.last.upper(),
        f"{r}_fcaps": f"{p.first} {p.last}".upper(), f"{r}_rev": f"{p.last}, {p.first}", f"{r}_revcaps": f"{p.last.upper()}, {p.first}",
        f"{r}_lower": f"{p.first} {p.last}".lower(), f"{r}_flow": p.first.lower(), f"{r}_init": f"{p.first[0]}. {p.last}",
        f"{r}_tl": f"{p.title} {p.last}", f"{r}_tfull": f"{p.title} {p.first} {p.last}", f"{r}_si": f"{p.first} {p.last[0]}",
        f"{r}_dob": d.strftime("%d/%m/%Y"), f"{r}_dobl": f"{d.day} {d.strftime('%B %Y')}", f"{r}_dobo": f"{_ordinal(d.day)} {d.strftime('%B %Y')}",
        f"{r}_dobdot": d.strftime("%d.%m.%Y"), f"{r}_dobiso": d.isoformat(), f"{r}_dobyy": d.strftime("%d/%m/%y"),
        f"{r}_dobmon": f"{d.day:02d}-{d.strftime('%b').upper()}-{d.year}",
        f"{r}_age": str(p.age), f"{r}_addr": p.addr, f"{r}_addrlow": p.addr.lower(), f"{r}_street": p.street, f"{r}_town": p.town,
        f"{r}_pc": p.postcode, f"{r}_pclow": p.postcode.lower(), f"{r}_pctight": p.postcode.replace(" ", ""),
        f"{r}_mob": p.mobile, **{f"{r}_mob_{k}": v for k, v in p.mob.items()}, f"{r}_land": p.landline,
        f"{r}_email": p.email, f"{r}_work": p.work, f"{r}_nhs": p.nhs, f"{r}_nhssp": f"{p.nhs[:3]} {p.nhs[3:6]} {p.nhs[6:]}",
        f"{r}_vrm": p.vrm, f"{r}_crime": p.crime, f"{r}_log": p.log, f"{r}_force": p.force, f"{r}_fd": p.force_domain,
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy", f"{r}_parent": "mum" if p.female else "dad",
        f"{r}_lad": "girl" if p.female else "lad",
    }


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None) -> dict[str, str]:
    """The values for one document: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [town=Name_With_Underscores]"; kinds are
    child, pupil, young, adult, old and pro (a professional)."""
    people: dict[str, Person] = {}
    avoid = avoid if avoid is not None else set()
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (9, 12), "young": (13, 17), "adult": (19, 58), "old": (66, 90), "pro": (26, 62), "pupil": (11, 16)}[words[0]]
        opts = dict(w.split("=", 1) for w in words if "=" in w)
        if "age" in opts:
            lo, hi = opts["age"].split("-")
            age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = rng.choice(opts["origin"].split("|")) if "origin" in opts else None
        rel = people[opts["rel"]] if "rel" in opts else None
        town = opts.get("town", "").replace("_", " ") or None
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, town=town)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            if not (p.first in taken_first or p.nick in taken_first or (rel is None and _words(p.last) & taken_last)):
                break
        people[r] = p
    for p in people.values():
        avoid |= {p.first, p.nick} | _words(p.last)
    staff = rng.sample(STAFF, 3)
    dates = [TODAY - dt.timedelta(days=rng.randint(40, 150))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 12)))
    for i in range(len(dates)):
        while dates[i].weekday() >= 5 or (i and dates[i] <= dates[i - 1]):
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(14, 120))
    v: dict[str, str] = {"odate": offence.strftime("%d/%m/%Y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}"}
    for r, p in people.items():
        v.update(_fields(p, r))
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-WM-{TODAY.year}-{rng.randint(12, 340):04d}", "case2": f"NMT-WM-2025-{rng.randint(400, 980):04d}",
        "invoice": nhs_number(rng), "school": rng.choice(SCHOOLS), "primary": rng.choice(PRIMARY), "venue": rng.choice(VENUES),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


# ------------------------------------------------------------------------------------------ clean documents

RJ_POLICY = """@header $org | Restorative Justice Policy | RJ-P01 | version 4.2 | OFFICIAL
Restorative Justice Policy (RJ-P01)
¦Version¦Date¦Author¦Approved by¦Summary of changes
¦3.0¦14 March 2023¦Joanne Whitfield¦Board of Trustees¦Full review; West Midlands programme added
¦4.0¦9 January 2025¦Joanne Whitfield¦Board of Trustees¦Aligned with the Restorative Service Standards (2024 edition)
¦4.1¦2 June 2025¦Gareth Hughes¦Quality and Safeguarding Committee¦Section 7 (online meetings) added
¦4.2¦17 November 2025¦Joanne Whitfield¦Board of Trustees¦Section 5.4 (indirect processes) reworded; review date moved
1. Purpose
1.1 This policy sets out how $org delivers restorative justice in the West Midlands, Staffordshire, West Mercia and Warwickshire force areas, and how we meet Standard 1 (the service is well led and managed) and Standard 3 (the service is safe and effective) of the Restorative Service Standards.
1.2 It applies to every employee, sessional facilitator and volunteer, and to students on placement.
2. What we mean by restorative justice
2.1 We use the Restorative Justice Council's definition: restorative processes bring those harmed by crime or conflict and those responsible for the harm into communication, enabling everyone affected by a particular incident to play a part in repairing the harm and finding a positive way forward.
2.2 Our practice draws on Howard Zehr's three questions (who has been hurt, what are their needs, whose obligations are these?), on John Braithwaite's work on reintegrative shaming and on Kay Pranis's writing on circles. We do not treat any one model as the only right one.
3. Principles
3.1 Participation is voluntary for everyone, at every stage. A person may withdraw at any time without giving a reason, and withdrawing will not be reported to a court as a failure to comply.
3.2 The needs of the person harmed come first. We will not contact a person harmed until the referrer has confirmed that they may be approached, and we will not put pressure on anyone to take part.
3.3 The person responsible must accept responsibility for the harm, though not necessarily every detail of the account given by others.
3.4 Facilitators are impartial. A facilitator who knows a participant, or who lives in the same street, must declare it to the Practice Manager before the first contact.
4. Who can be referred
4.1 We accept referrals from the four police forces, the youth justice services of Birmingham, Sandwell, Dudley, Walsall, Wolverhampton, Coventry, Solihull, Stoke-on-Trent, Staffordshire, Worcestershire, Herefordshire, Shropshire, Telford and Wrekin and Warwickshire, the Probation Service, HM Prison and Probation Service establishments, schools, housing providers, and people who refer themselves.
4.2 We work with people of all ages from 10 upwards. Work with children aged 10 to 17 follows Section 6 and the Safeguarding Policy (SG-P02).
4.3 Cases involving domestic abuse, sexual harm or hate crime are accepted only after a specialist assessment (Section 5.5).
5. How a case runs
5.1 Referral and allocation: every referral is logged within one working day and allocated within five. The case number (for example NMT-WM-2026-0001) is the only identifier used in supervision, audit and reporting.
5.2 Preparation: at least one preparation meeting with each participant, and a written risk assessment (RA-F02) before any direct meeting.
5.3 Direct processes: face-to-face meetings, conferences and circles, facilitated by two trained facilitators where the risk assessment requires it.
5.4 Indirect processes: letters, recorded messages and shuttle communication, used where a person harmed wants communication without meeting. An indirect process is a complete restorative process and is recorded as such.
5.5 Specialist cases: the Practice Manager and a facilitator holding the advanced accreditation (RJC Advanced Practitioner or equivalent) decide together whether to proceed.
5.6 Outcome agreements: written in the participants' own words on form OA-F01, signed by those who wish to sign, and reviewed at six weeks.
5.7 Closure and follow-up: every participant is offered a follow-up call and the feedback questionnaire (FB-F01).
6. Children and young people
6.1 A parent, carer or appropriate adult is involved unless the young person is 16 or over and asks otherwise and the practitioner judges it safe.
6.2 Schools work follows the whole-school approach in our Schools Handbook; school staff may co-facilitate after completing the one-day course RP-S1.
7. Online meetings
7.1 Video meetings may be offered after a risk assessment. The facilitator must be in a private room; recordings are not made.
8. Monitoring and review
8.1 The Quality and Safeguarding Committee reviews case file audits, feedback and complaints quarterly. This policy will be reviewed by November 2027 or sooner if the law or the Standards change.
Policy owner: Joanne Whitfield, Practice Manager. Approved for the Board by Priya Nair, Chief Executive.
@footnote The Restorative Service Standards and the Restorative Service Quality Mark are administered by the Restorative Justice Council; this policy is submitted as evidence for Standards 1 and 3.
"""

SAFEGUARDING = """$org
Safeguarding Children and Adults at Risk Policy (SG-P02) - version 6.0 - approved 17 November 2025 - next review November 2026
Designated Safeguarding Lead (DSL): Gareth Hughes. Deputy DSL: Joanne Whitfield. Trustee lead for safeguarding: the Chair of the Quality and Safeguarding Committee.
1. Policy statement
$org believes that everyone who takes part in restorative justice has the right to be safe, whatever their age, disability, gender reassignment, race, religion or belief, sex or sexual orientation. Restorative work often involves people who have been hurt and people who have hurt others; both may be at risk.
2. Legal and policy framework
This policy follows the Children Act 1989 and 2004, Working Together to Safeguard Children (2023), the Care Act 2014 (sections 42 to 46), the Safeguarding Vulnerable Groups Act 2006, the West Midlands Safeguarding Children Procedures and the safeguarding adults procedures of each local authority in which we work.
3. Recognising abuse and neglect
Staff and volunteers are trained to recognise physical, emotional and sexual abuse, neglect, domestic abuse, criminal and sexual exploitation (including county lines), radicalisation, modern slavery, financial abuse and self-neglect. The training (SG-L2, renewed every two years) covers how these may show themselves during preparation meetings, for example a young person who is frightened of going home.
4. What to do if you are worried
4.1 If anyone is in immediate danger, call 999.
4.2 Otherwise, tell the DSL the same working day, or the deputy if the DSL is not available. Out of hours, call the duty manager through the helpline, $org_phone, option 9.
4.3 Record what you saw or were told, in the words used, on the safeguarding concern form (SG-F01). Record facts, not opinions. Do not investigate, and do not promise to keep a secret.
4.4 The DSL decides whether to refer to children's social care (for example Birmingham Children's Trust's Children's Advice and Support Service, 0121 303 1888) or to the adult social care team of the area, and records the decision and the reason.
5. Restorative processes and safeguarding
5.1 A disclosure during a restorative process always comes first; the process pauses until the DSL has decided what should happen.
5.2 We never use a restorative meeting to resolve a safeguarding concern between a child and an adult in a position of trust.
5.3 Where there is domestic abuse, we follow the Domestic Abuse Act 2021 and our Specialist Cases Procedure (RJ-P05); a DASH risk assessment is shared with us by the referrer and kept in the restricted part of the case file.
6. Safer recruitment
All staff and volunteers have an enhanced DBS check with the relevant barred list, two references and an interview that includes safeguarding questions. Volunteers do not work alone with children until they have completed their probation.
7. Records
Safeguarding records are kept in the restricted area of the case management system and are never uploaded to the Quality Mark portfolio. Counts of concerns are reported to the Board each quarter (2024-25: 37 concerns raised, 21 referred to children's services, 6 to adult services).
8. Allegations against staff or volunteers
These are reported to the Chief Executive, Priya Nair, and to the Local Authority Designated Officer (LADO) within one working day.
Contacts: DSL Gareth Hughes, ext. 2207; deputy Joanne Whitfield, ext. 2203; safeguarding mailbox safeguarding@$org_domain (monitored daily).
@footnote Version 6.0 replaces version 5.2 (September 2024). Changes: section 3 (county lines), section 5.3 (Domestic Abuse Act 2021), contact numbers updated.
"""

DATA_POLICY = """$org - Data Protection and Records Management Policy (DP-P03), version 3.1
Owner: Aisha Rahman, Operations Manager and Data Protection Officer. Approved by the Board of Trustees on 22 September 2025. ICO registration number Z1438265.
1. Scope
This policy covers all personal data we hold about participants, referrers, staff, volunteers and supporters, in any format: the case management system, email, paper files and recordings.
2. The law
We follow the UK General Data Protection Regulation and the Data Protection Act 2018. Most of the information we hold about participants is special category data (Article 9: health, racial or ethnic origin, religious or philosophical beliefs, sex life or sexual orientation) or criminal offence data (Article 10). We rely on Schedule 1, Part 2, paragraph 6 (statutory and government purposes) and paragraph 10 (preventing or detecting unlawful acts) of the Act, and on explicit consent where a participant gives it. Our Appropriate Policy Document sets this out in full (DP-A01).
3. Principles in practice
3.1 We collect only what we need for the restorative process. We do not record a participant's ethnicity, religion, sexual orientation or health on the case file unless it matters for their safety or for an adjustment, and equality monitoring forms are kept apart from case files.
3.2 A case is identified by its number in every document that leaves the case file, including supervision notes, audits, training materials and the Quality Mark portfolio. Case studies are anonymised and approved by the Practice Manager before use.
3.3 Emails about cases go through secure email (CJSM or Egress) and give the case number in the subject line, never a name.
4. Retention
The table below sets out how long we keep records. Records are destroyed securely (cross-cut shredding or certified deletion) and the destruction is logged.
¦Record¦Retention¦Then
¦Case file (adult participants)¦6 years from closure¦Destroy
¦Case file (participant under 18 at referral)¦Until the youngest participant is 25, or 6 years, whichever is longer¦Destroy
¦Safeguarding records¦As for the case file, or longer if the DSL decides¦Review
¦Equality monitoring forms¦12 months, then counts only¦Destroy forms
¦Volunteer and staff files¦6 years after leaving¦Destroy
¦Recordings made for indirect processes¦Until the process closes¦Delete
5. Rights of individuals
Anyone may ask for a copy of the information we hold about them. Requests go to dpo@$org_domain or in writing to $org_address, and are answered within one month. In 2024-25 we received 4 subject access requests and answered all within the time limit.
6. Breaches
Any loss or misdirected email is reported to the DPO the same day using form DP-F02. The DPO decides within 72 hours whether to report it to the Information Commissioner's Office. In 2024-25 there were 3 incidents, none reportable.
7. Training
All staff and volunteers complete the data protection e-learning (module DP-E1, 45 minutes) on induction and every year.
"""

EQUALITY_POLICY = """@header $org | Equality, Diversity and Inclusion Policy | ED-P04 | draft version 2.0 for the Board
Equality, Diversity and Inclusion Policy (ED-P04)
1. Our commitment
$org wants everyone who is harmed, and everyone who causes harm, to be able to use restorative justice, whoever they are. We will not discriminate on the grounds of age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex or sexual orientation, the protected characteristics in section 4 of the Equality Act 2010, and we also consider care experience and socio-economic background.
2. What we know about who uses the service
In 2024-25, 31% of participants in our West Midlands programme described themselves as from a Black, Asian, mixed or other minority ethnic group, against 34% of the population of the area at the 2021 Census; 22% declared a disability or long-term health condition; and 9% of young people referred were looked after. Young people of Black Caribbean heritage were under-represented among referrals from out-of-court disposal panels, and we have raised this with the panels (Action Plan, action 4.2).
3. What we do
3.1 Interpreters: we use professional interpreters, never family members or children, and we book them through the regional framework (West Midlands Interpreting Consortium).
3.2 Faith and belief: meetings are not arranged on a participant's holy days or during fasting hours if they tell us this matters; prayer space is available at our main venues.
3.3 Disability: we make reasonable adjustments (Equality Act 2010, section 20), such as easy-read letters, longer preparation, British Sign Language interpreters and step-free venues.
3.4 Sexual orientation and gender identity: we use the names and pronouns participants ask us to use, and we treat homophobic, biphobic and transphobic incidents as hate incidents.
3.5 Hate incidents: cases where hostility based on race, religion, disability, sexual orientation or transgender identity is part of the harm are handled under the Specialist Cases Procedure.
@tracked 4. Monitoring: we ask every participant to complete the equality monitoring form; answers are voluntary, kept apart from the case file and reported as counts only, with counts below 5 suppressed. ¦ 4. Monitoring: practitioners record ethnicity and religion on the case file at the first visit.
5. Staff and volunteers
Our recruitment follows the same principles. Our volunteer team is younger and more diverse than our staff team; in 2025 we joined the Wedgwood Fund's "Fair Chance" scheme, which supports people with convictions into volunteering.
6. Responsibilities
The Board (lead trustee: the Chair) is responsible for this policy. Bethan Lloyd leads on volunteers; Aisha Rahman leads on monitoring and reporting.
@comment Aisha Rahman: I have replaced the old wording in section 4 - we must not record ethnicity or religion on the case file by default (see DP-P03, 3.1). Please check the Board is happy with this.
@comment Priya Nair: agreed; take to the Board on 9 February with the Action Plan.
@footnote Population figures: ONS, Census 2021, the seven West Midlands metropolitan boroughs together with Staffordshire, Worcestershire, Herefordshire, Shropshire, Telford and Wrekin and Warwickshire.
"""

RISK_PROCEDURE = """$org - Risk Assessment Procedure (RA-P06), version 2.4, with blank form RA-F02
Owner: Gareth Hughes, Quality and Safeguarding Lead. Approved 10 July 2025. Supports Standard 3 (the service is safe and effective).
1. When to assess
A written risk assessment is completed before any direct meeting, before a home visit to a person not yet met, and whenever something changes (a new offence, a move, a concern raised by a partner).
2. Who assesses
The allocated practitioner completes form RA-F02 after at least one preparation meeting with each participant. A second facilitator or the Practice Manager countersigns. High ratings are discussed in case supervision before anything is booked.
3. What to consider
(a) The relationship between participants and any history of violence or intimidation; (b) current police, probation or youth justice information, including bail conditions and restraining orders; (c) health, emotional wellbeing and any adjustments needed, recorded only as far as they affect the meeting; (d) the venue, travel and who will wait where; (e) supporters and their own risks; (f) the facilitators' own safety.
4. Rating
LOW: no known risk factors; one facilitator may facilitate. MEDIUM: risk factors managed by a plan; two facilitators. HIGH: two facilitators, Practice Manager approval and a debrief; consider an indirect process instead.
5. Recording
The form is kept on the case file under the case number. It is never sent by ordinary email. A blank copy follows for the portfolio; completed forms are not uploaded.
@page
FORM RA-F02 - PRE-MEETING RISK ASSESSMENT (BLANK)
@field Case number ¦ NMT-WM-____-____
@field Type of process ¦ Direct meeting / conference / circle / home visit (delete)
@field Participants (roles only) ¦ Person harmed / person responsible / supporters
@field Relationship between participants ¦ ________________________________
@field Known history of violence or intimidation ¦ Yes / No - details on the case file
@field Police, youth justice or probation information checked ¦ Yes / No - date: __/__/____
@field Health and adjustments relevant to the meeting ¦ ________________________________
@field Venue and arrangements ¦ ________________________________
@field Supporters attending ¦ ________________________________
@field Overall rating ¦ LOW / MEDIUM / HIGH
@field Assessed by ¦ ________________________________
@field Countersigned by ¦ ________________________________
@footnote Form RA-F02 version 2.4. Guidance: Risk Assessment Procedure RA-P06, sections 3 and 4. Keep the completed form on the case file only.
"""

SUPERVISION_POLICY = """$org - Case Supervision Policy (CS-P07), version 1.3
Approved by the Quality and Safeguarding Committee on 3 December 2025. Owner: Joanne Whitfield, Practice Manager. Supports Standard 4 (practitioners are skilled and supported) and Standard 3.
1. Why we supervise
Restorative work asks a great deal of practitioners: they hold the stories of people who have been badly hurt and of people who have done harm. Supervision keeps practice safe and consistent, checks that cases move at the right pace, and looks after the wellbeing of the practitioner.
2. Who is supervised and how often
Employed practitioners: one hour of case supervision every four weeks, plus a quarterly reflective session. Sessional facilitators: every eight weeks, or after any direct meeting rated HIGH. Volunteers: group supervision every six weeks with Bethan Lloyd, Volunteer Coordinator, and individual sessions when needed.
3. Who supervises
Case supervision is given by the Practice Manager or by a senior practitioner who holds the RJC Advanced Practitioner accreditation or the Level 5 Diploma in Restorative Practice. Joanne Whitfield supervises Sarah Thompson, Daniel Okoro and Tomasz Nowicki; Gareth Hughes supervises Joanne Whitfield; Priya Nair arranges external clinical supervision for the team each quarter.
4. What supervision covers
Every open case is reviewed at least once every eight weeks. For each case the supervisor checks the risk assessment, the pace, contact with the person harmed, the needs and adjustments of each participant, safeguarding, and whether to continue, change the process or close.
5. How it is recorded
Supervision is recorded on the supervision log (form CS-F01) using case numbers and role pseudonyms only (for example "PH" for the person harmed and "PR" for the person responsible). Decisions about a case are also written on the case file by the practitioner. Notes about the practitioner's own wellbeing are kept separately and are not shared.
6. Reflective practice
Quarterly sessions use a structured model (Kolb's learning cycle or Gibbs's reflective cycle) and a theme chosen by the team, for example working with shame, or facilitating with interpreters.
7. Audit
Each quarter the Practice Manager checks that supervision has taken place as planned; the result is reported to the Committee (2025: 96% of planned sessions held).
¦Role¦Frequency¦Supervisor¦Record
¦Practitioner¦Every 4 weeks¦Practice Manager¦CS-F01, case numbers only
¦Sessional facilitator¦Every 8 weeks¦Senior practitioner¦CS-F01
¦Volunteer¦Group, every 6 weeks¦Volunteer Coordinator¦Group log VS-F03
¦Practice Manager¦Every 6 weeks¦Quality and Safeguarding Lead¦CS-F01
"""

COMPLAINTS = """$org
COMPLAINTS AND COMPLIMENTS PROCEDURE (CP-P08) - version 2.2 - October 2025
Supports Standard 2 (the service is accessible and inclusive) and Standard 5 (the service is accountable).

1. Who can complain
Anyone who has used our service, or has been affected by it, can complain: people harmed, people responsible, parents and carers, supporters, referrers and partner agencies. You can ask someone else, such as a friend or an advocate, to complain for you.

2. How to complain
- By phone: $org_phone (Monday to Friday, 9am to 5pm)
- By email: complaints@$org_domain
- By post: Complaints, $org, $org_address
- In person: tell your practitioner, who will write it down with you and give you a copy.
We can take your complaint in any language, in British Sign Language or in easy read.

3. What happens next
Stage 1 - we acknowledge your complaint within 3 working days. The Practice Manager, Joanne Whitfield, or another manager not involved in your case looks into it and replies in writing within 15 working days.
Stage 2 - if you are not happy with the answer, ask for a review within 20 working days. The Chief Executive, Priya Nair, or a trustee reviews it and replies within 20 working days.
Stage 3 - if you are still not happy, you can contact the Restorative Justice Council, which can look at whether we have met the Restorative Service Standards, or the Office of the Police and Crime Commissioner that funds your area.

4. What we promise
We will treat you fairly and politely. Making a complaint will not affect the service you get. We will tell you what we have changed because of your complaint.

5. How we learn from complaints
Complaints are logged by reference number (for example CMP-25-014) and reported to the Quality and Safeguarding Committee every quarter, without names. In 2024-25 we received 9 complaints (2 upheld, 3 partly upheld, 4 not upheld) and 41 compliments. Themes were delays in first contact and the temperature of a venue; we changed our allocation rota and stopped using that venue.

6. Compliments
Please tell us when something went well. Compliments are passed to the staff or volunteers involved and shared, without names, in our newsletter.

Review: October 2027. Owner: Joanne Whitfield.
"""

HANDBOOK = """@header $org | Volunteer Handbook | West Midlands programme | 2026 edition
Volunteer Handbook 2026
Welcome
Thank you for giving your time. Our volunteers co-facilitate restorative meetings, sit on community panels and support people through letters and shuttle work. This handbook tells you what you can expect from us and what we expect from you. Keep it with the course workbook from the Volunteer Facilitator Course (course code VFC-WM-26).
Your contacts
¦Who¦Role¦How to reach them
¦Bethan Lloyd¦Volunteer Coordinator¦ext. 2206, volunteers@$org_domain
¦Joanne Whitfield¦Practice Manager¦ext. 2203
¦Gareth Hughes¦Designated Safeguarding Lead¦ext. 2207, safeguarding@$org_domain
¦Duty worker¦Helpline and out-of-hours cover¦$org_phone
1. Your role
You will always work alongside a trained practitioner. You will not hold cases on your own, make home visits alone, or give your personal phone number or social media details to participants. If a participant contacts you directly, do not reply; tell Bethan.
2. Training and accreditation
New volunteers complete the five-day Volunteer Facilitator Course, observe two meetings, and co-facilitate under supervision before being signed off. Volunteers who wish can work towards the RJC Practitioner accreditation; we pay the fee after twelve months of active volunteering.
3. Supervision and support
Group supervision runs every six weeks at Elgar House, Worcester, and at the Priestley Suite, Birmingham Central Library. Debriefs after every meeting are compulsory, however well it went.
4. Confidentiality
What you hear in a restorative process stays there, except where someone is at risk (see Safeguarding Policy SG-P02). Never talk about a case in a way that could identify anyone, even to family. Use case numbers in emails and texts to staff.
5. Expenses
We pay travel at 45p a mile or the bus or train fare, and lunch up to £7 on full days. Claim within two months on form VE-F01, with receipts.
6. Health, wellbeing and adjustments
Tell Bethan if you need any adjustment to volunteer, for example because of a disability or a health condition; this is kept on your volunteer file, not shared with others, and we will make reasonable adjustments. The Employee Assistance Programme (0800 030 5182) is open to volunteers.
7. Recognition
Each year we present the Mary Seacole Award for Volunteering and the Boulton Prize for the best piece of reflective writing. Last year the awards went to two of our panel volunteers in Walsall and Telford.
8. Ending your volunteering
Let us know if you want to take a break or stop. We will hold an exit conversation and return any references you need.
A few words from our founders' favourite writer: "Restorative justice is a compass, not a map" (Howard Zehr). We hope you find your way with us, and that the work brings you joy as well as challenge.
@footnote Handbook version 2026.1, issued 5 January 2026 by Bethan Lloyd. Replaces the 2024 edition.
"""

MINUTES_CLEAN = """$org - West Midlands Steering Group
Minutes of the meeting held on Thursday 15 January 2026, 10:00 to 12:00, in the Cadbury Room, Bournville Community Hub, and on Teams
Present: Priya Nair (Chief Executive, chair), Joanne Whitfield (Practice Manager), Gareth Hughes (Quality and Safeguarding Lead), Aisha Rahman (Operations Manager), Bethan Lloyd (Volunteer Coordinator), Daniel Okoro (practitioner representative)
Apologies: Sarah Thompson, Tomasz Nowicki
Minutes: Aisha Rahman
1. Minutes of 16 October 2025 and matters arising
Agreed as a true record. Action 3 (interpreting framework) complete; action 5 (venue access audit) carried forward.
2. Performance, Q3 2025-26
Joanne presented the quarterly report: 212 referrals (Q2: 187); 146 cases opened; 63 direct and 71 indirect processes completed; 92% of people harmed satisfied or very satisfied. Referrals from Staffordshire youth justice have doubled since the panel changes. Average days to first contact 4.6 against a target of 5.
3. Quality Mark portfolio
Gareth reported that 38 of the 44 pieces of evidence are ready. Every document has been checked against the Data Protection Policy (DP-P03): case studies anonymised, supervision logs by case number only. The group agreed that no completed referral forms, feedback forms or case notes will be uploaded, only blank templates and summaries.
4. Case file audit
Twenty files were audited in December (sample drawn by case number). 18 met the standard; 2 lacked a signed outcome agreement review. Learning shared at the team meeting on 8 January.
5. Safeguarding
Nine concerns raised in Q3, all handled within procedure; one allegations process involving a sessional facilitator concluded with no further action (details held by the DSL only).
6. Volunteers
Bethan reported 34 active volunteers; 11 started the January course. Two volunteers have completed the RJC Practitioner accreditation.
7. Any other business
The Wedgwood Fund has invited a bid for schools work in Stoke-on-Trent (deadline 27 February). Daniel and Joanne to draft.
Actions
¦No.¦Action¦Owner¦Due
¦1¦Finish the remaining six portfolio items and run the final data check¦Gareth Hughes¦13 February 2026
¦2¦Re-audit the two files without an outcome review¦Joanne Whitfield¦30 January 2026
¦3¦Draft the Wedgwood Fund bid¦Daniel Okoro and Joanne Whitfield¦20 February 2026
¦4¦Complete the venue access audit (action 5 carried forward)¦Aisha Rahman¦12 March 2026
Next meeting: Thursday 16 April 2026, 10:00, Elgar House, Worcester.
"""

SLA = """SERVICE LEVEL AGREEMENT
between
Sandwell Youth Justice Service (Sandwell Metropolitan Borough Council, Sandwell Council House, Freeth Street, Oldbury B69 3DE)
and
$org (registered charity no. 1162837), $org_address
Restorative justice for children in the youth justice system - 1 April 2025 to 31 March 2027 - agreement ref. SYJS-NMT-2025-02
1. Purpose
This agreement sets out how $org (the Provider) will deliver restorative justice for children referred by Sandwell Youth Justice Service (the Service), and how the parties will work together. It supports the Service's duties under section 37 of the Crime and Disorder Act 1998 and the Youth Justice Board's Standards for children in the youth justice system (2019).
2. Services
2.1 Victim contact and restorative preparation for all children subject to a referral order, youth conditional caution or youth rehabilitation order where a victim is identified.
2.2 Direct and indirect restorative processes, and restorative work with parents and carers.
2.3 Training for the Service's staff and panel volunteers: two one-day courses a year (RP-S1).
3. Referral and response times
Referrals are made through the secure portal or by secure email to referrals@$org_domain, using the referral form (RF-F01). The Provider will acknowledge within 1 working day, make first contact with the victim within 5 working days of the Service confirming consent, and report the outcome within 10 working days of closure.
4. Key performance indicators
¦Indicator¦Target¦Reported
¦Victims contacted within 5 working days¦90%¦Quarterly
¦Victims offered a restorative process¦100%¦Quarterly
¦Victims satisfied or very satisfied¦85%¦Quarterly
¦Children completing the agreed reparation¦80%¦Quarterly
5. Information sharing
Personal data is shared under the West Midlands Youth Justice and Restorative Justice Information Sharing Agreement (ISA-WM-07). Reports to the Service's management board give counts only.
6. Finance
The Service will pay £48,600 a year in quarterly instalments against an invoice. Invoices to the Service's finance team (ysj.finance@sandwell.gov.uk), quoting purchase order 4500217731.
7. Contract management
Quarterly review meetings between the Service's Head of Service and the Provider's Practice Manager (Joanne Whitfield). Disputes are referred to the Service's Director and the Provider's Chief Executive (Priya Nair).
8. Termination
Either party may end this agreement with three months' notice in writing.
Signed for the Provider: Priya Nair, Chief Executive, 24 March 2025
Signed for the Service: Head of Youth Justice Services, 24 March 2025
@footnote Schedule 1 (pricing) and Schedule 2 (data flows) are held with the signed copy and are not part of this evidence.
"""

ISA = """@header West Midlands Youth Justice and Restorative Justice Information Sharing Agreement | ISA-WM-07 | version 1.4 | OFFICIAL
Information Sharing Agreement ISA-WM-07
Parties: the youth justice services of the seven West Midlands metropolitan boroughs; West Midlands Police; Staffordshire Police; West Mercia Police; Warwickshire Police; the Probation Service (West Midlands region); and $org.
1. Purpose
To allow the parties to share the personal data needed to offer restorative justice to people harmed by crime and to those responsible, and to report on outcomes.
2. Legal basis
Police and youth justice services share under their public tasks (UK GDPR Article 6(1)(e)), section 115 of the Crime and Disorder Act 1998, and Part 3 of the Data Protection Act 2018 where processing is for law enforcement purposes. $org processes under Article 6(1)(e) and 6(1)(f) and, for special category and criminal offence data, under Article 9(2)(g) and Article 10 with Schedule 1, paragraphs 6 and 10, of the 2018 Act.
3. What is shared
¦Data item¦From¦To¦Why
¦Name, contact details and preferred language of the person harmed¦Police / YJS¦$org¦To make contact and offer a process
¦Name, date of birth and address of the person responsible¦Police / YJS / Probation¦$org¦To prepare the process and assess risk
¦Summary of the offence and the disposal¦Police / YJS¦$org¦To prepare participants
¦Relevant health, disability and risk information¦Police / YJS / Probation¦$org¦Risk assessment and adjustments
¦Outcome of the process (case number, type, completion)¦$org¦Referrer¦Monitoring and case management
¦Aggregate counts¦$org¦All parties¦Performance reporting
4. How it is shared
Only by secure email (CJSM or Egress) or the provider portal. Subject lines give the referrer's reference or the provider's case number, never a name. Information is not shared by text message or WhatsApp.
5. Retention and security
Each party keeps shared data only as long as its own retention schedule allows; $org follows DP-P03. Each party reports a breach affecting shared data to the others within 24 hours.
6. Rights
Requests from individuals are handled by the party that received them, which will consult the others where their data is involved.
7. Review
Annually, by the West Midlands Restorative Justice Partnership. Single points of contact are named in Annex A, held by each party and not published.
Signed on behalf of $org by Aisha Rahman, Data Protection Officer, 6 May 2025.
@comment Gareth Hughes: Annex A is not included in the portfolio - it lists named contacts at each agency.
@footnote This version (1.4) adds Warwickshire Police as a party and the provider portal as a route for sharing.
"""

CASES_YOUNG = """$org - Case studies: work with young people (anonymised)
Evidence for Standard 3 (the service is safe and effective) and Standard 6 (the service achieves good outcomes). Names, places and some details have been changed. Each case study was approved by the Practice Manager, Joanne Whitfield, on 12 January 2026, and the participants agreed to their stories being used in this way.
Case study 1: the corner shop (burglary)
Child A, aged 15, and an older friend broke into a family-run corner shop late one night and took cigarettes, alcohol and about £200 from the till. The shopkeeper, Mr X, found the damage when he came down at six the next morning; his wife had been alone in the flat above when it happened. Child A admitted the burglary and received a referral order from the youth court.
Mr X said at first that he wanted nothing to do with "the boy". After two visits from the practitioner he agreed to a letter. Child A's letter explained that he had owed money to older boys and had thought the shop "would be insured". Mr X wrote back with questions, and after a further exchange asked to meet.
The meeting took place at a community centre with Child A's grandmother and Mr X's son as supporters. Mr X told Child A that his wife no longer slept with the light off. Child A apologised to her through Mr X, offered to repair the damaged shutter with his uncle, and agreed to stay away from the older boys. Six weeks later Mr X told the practitioner that he had seen Child A in the street, and that they had nodded to each other.
What made the difference: patience with the person harmed, who was given time and a choice of ways to communicate; and the young person's grandmother, who was involved from the start.
Case study 2: the group chat (school bullying)
Four pupils in Year 8 at a secondary school had been posting comments about another pupil, Pupil B, in a group chat, including remarks about her weight and her family. Pupil B stopped attending lessons. The school asked for a restorative circle rather than exclusions.
The practitioner and the head of year met each young person and their parents separately. Pupil B wanted the others to understand that "it wasn't a joke to me". In the circle each of the four explained what they had written and why; one said she had joined in so that she would not be the next target. Pupil B's mother spoke about how her daughter had been at home.
Agreed outcomes: the messages were deleted, the chat was closed, each pupil apologised in person, and the four helped plan an assembly on online kindness. Pupil B returned to full-time attendance within three weeks. At the review in March all five pupils said the situation had improved.
What made the difference: preparation with each family; a keeper who made sure that no one dominated the circle.
Case study 3: graffiti at the gurdwara (hate incident)
Two young people, YP1 and YP2, both aged 14, sprayed offensive graffiti on the boundary wall of a gurdwara in a Black Country town. The police treated it as a religiously aggravated hate incident, and both received a youth caution with a condition to take part in restorative justice.
The practitioner met members of the gurdwara committee, who asked that the young people learn about the Sikh faith before any meeting. The young people visited with a parent each, were shown around by a committee member, and shared langar. At the meeting that followed, a committee member spoke about how older members of the congregation had felt frightened to come to prayers. YP1 said he had not known what the building was; YP2 said she had copied words she had seen online.
Both young people helped clean the wall, and YP2 later volunteered at the langar hall during a festival. The committee has asked us to speak to its youth group.
What made the difference: allowing the harmed community to set the terms of the process; a specialist assessment before the meeting (Specialist Cases Procedure RJ-P05).
"""

CASES_ADULT = """@header $org | Anonymised case studies: adults, neighbours and families | evidence for Standards 3 and 6
Case studies: adults, neighbours and families
All names, places and identifying details have been changed or removed. The people involved agreed to their stories being used for training and evidence.
Case study 4: the taxi rank (assault)
Person A, a man in his twenties, punched a taxi driver, Person B, at a rank in a city centre after an argument about the fare late one Saturday night. Person B lost a tooth and did not work for three weeks. Person A pleaded guilty to assault occasioning actual bodily harm and was given a community order; the court asked whether restorative justice could be offered.
Person B wanted to know whether the attack had been about his religion, as Person A had sworn at him. In a prison-style conference room at the probation office, Person A said he had been drunk and angry about losing his job, and that he had not thought about who the driver was at all. Person B told him about his three children and his fear of working nights. Person A paid for a dental treatment that the NHS did not cover and wrote to the taxi firm's other drivers.
Case study 5: the hedge (neighbour dispute)
Two households on a housing estate had argued for two years about a hedge, parking and noise. The police had been called eleven times and the housing provider was considering legal action. Both households agreed to mediation.
After separate visits, a meeting was held in a neutral venue. Mrs P, an older woman living alone, explained that the noise from next door at night frightened her because she could not see who was outside. The family next door, Mr and Mrs Q, said they worked shifts and had not realised. They agreed quiet hours, a shared plan for the hedge and that the housing officer would check back at three months. There have been no calls to the police since.
Case study 6: harm within a family (handled under the Specialist Cases Procedure)
This case involved harm within a family and was handled with particular care; fewer details are given here.
A young person, "J", aged 16, had been violent towards a parent at home over several months. The family had support from children's services and a domestic abuse service, and J had a youth conditional caution after an incident in which the parent was hurt. The parent asked whether anything restorative could help them "have a conversation that doesn't end in shouting".
The practitioner consulted the domestic abuse service and the social worker, and a specialist risk assessment was completed before any work began. The process took place over four months, with separate preparation sessions, and then three short facilitated conversations at the family's children's centre, with the domestic abuse worker present. J spoke about what had been happening at school and about feeling blamed; the parent spoke about being afraid in their own home. They agreed signals to use when things were getting heated, and J agreed to keep going to the programme run by the youth justice service.
We do not claim that restorative justice "fixed" this family. The parent described it as "one of the things that helped", and the safety plan remained in place throughout.
What we learned: in family cases the restorative process must sit inside the safety planning of the other agencies, never replace it; the person harmed must be able to stop at any point without consequences for anyone.
@footnote Case study 6 was reviewed by Gareth Hughes, Designated Safeguarding Lead, and by the domestic abuse service's manager before it was included.
"""

FEEDBACK_SUMMARY = """$org - Participant feedback summary, West Midlands programme, 1 April to 30 September 2025
Prepared by Aisha Rahman for the Quality and Safeguarding Committee, 6 November 2025. Evidence for Standard 5 (the service is accountable) and Standard 6.
1. Returns
We sent the feedback questionnaire (FB-F01) to 412 participants at closure; 187 replied (45%): 96 people harmed, 61 people responsible, 24 parents or carers and 6 supporters. Replies were returned by post, online or by phone to a member of staff not involved in the case.
2. Headline results
¦Question¦People harmed¦People responsible¦All
¦Satisfied or very satisfied with the service¦91%¦87%¦89%
¦Felt listened to¦95%¦92%¦93%
¦Felt safe during the process¦97%¦95%¦96%
¦Would recommend the service¦89%¦84%¦87%
¦The process helped them move on¦78%¦81%¦79%
3. By age band
People harmed aged 65 and over were the most satisfied (96%, n=23); young people aged 10 to 13 the least (76%, n=17), mainly because meetings were held during school hours.
4. What people said (quotes shared with permission, without names)
"I was dreading it but I'm glad I did it. I got my answers." (person harmed, burglary)
"The worker never rushed me. She came back three times before I said yes." (person harmed, assault)
"Saying sorry to his face was the hardest thing I've done." (young person, criminal damage)
"I wish it had happened sooner - eight months is too long to wait." (parent)
"The room was cold and there was nowhere to park." (supporter)
5. What we have changed
Meetings for young people are now offered after school and in holidays; we stopped using one venue; we have added a "what to expect" page to the leaflet for young people; and we are piloting a text message check-in two weeks after a meeting.
6. Limitations
Response rates were lower among people responsible aged 18 to 24 (28%) and among participants who used an interpreter (19%). We will offer the questionnaire in the five most requested languages from January 2026.
@footnote Percentages are of those who answered each question. Counts under 5 are not shown. Raw returns are kept on the secure drive for 12 months and are not part of this evidence.
"""

OBSERVATION_CLEAN = """$org - Observation of Practice (form OP-F04) - completed
Evidence for Standard 4 (practitioners are skilled and supported). Participants are referred to by role only.
@field Practitioner observed ¦ Tomasz Nowicki, Restorative Practitioner
@field Observer ¦ Joanne Whitfield, Practice Manager (RJC Advanced Practitioner)
@field Date and venue ¦ 4 February 2026, the Brindley Room, Stafford Gatehouse
@field Case number ¦ NMT-WM-2026-0031
@field Type of process ¦ Restorative conference (criminal damage to a car)
@field Participants ¦ Person harmed (PH) and her partner; person responsible (YP, aged 16) and his father
@field Co-facilitator ¦ Daniel Okoro
Preparation
Tomasz had met each participant twice. The seating plan had been agreed with PH, who asked to sit nearest the door; the room was laid out before anyone arrived, with water and tissues.
Opening
Clear and warm. Tomasz introduced everyone by first name and role, explained the ground rules and reminded everyone that they could ask for a break. He checked that YP understood the word "restorative".
Use of the script
Good use of the restorative questions, in order, with enough silence for PH to answer fully. When YP's father began to answer for his son, Tomasz gently returned the question to YP.
Managing emotion
PH became upset describing the cost of the repairs and her worry about driving at night. Tomasz offered a pause, which she declined, and acknowledged what she had said before moving on.
Agreement
The outcome agreement was written in the participants' words: an apology letter, £150 towards the repair paid in instalments, and YP to do six hours of voluntary work at a charity shop chosen by PH. Review date set.
Strengths: calm pace; impartial; excellent preparation.
Development points: summarise more often during the storytelling phase; make sure the co-facilitator has a defined part in the closing round.
@field Overall judgement ¦ Meets the standard (good)
@field Practitioner's reflection received ¦ Yes, 9 February 2026
@footnote Observations are part of the annual practice review (CS-P07, section 7). The completed form is kept on the practitioner's training file, not the case file.
"""

LEAFLET_HARMED = """Has someone harmed you? Restorative justice could help.
A guide for people harmed by crime or conflict - $org, West Midlands programme
What is restorative justice?
Restorative justice gives you the chance to communicate with the person who harmed you, if you want to. You might want to tell them how it has affected you, ask questions that only they can answer, or hear them take responsibility. It can happen face to face, by letter, through a recorded message or with a practitioner passing messages between you.
Is it right for me?
Only you can decide. Taking part is always your choice, and you can change your mind at any time. Nothing happens until you are ready, and we will never put you in a situation you do not want.
What happens?
1. We contact you, usually by phone or letter, after the police or another service has checked that you are happy to be approached.
2. A trained practitioner meets you, at home or somewhere you choose, to listen and explain your options.
3. If the person responsible agrees to take part, we prepare them too.
4. Together we plan what you would like to happen. You can bring a supporter, such as a friend or family member.
5. After any meeting or exchange, we stay in touch to see how you are.
"I got my answers. I could finally sleep." (a person harmed by a burglary, 2025)
Will it cost anything?
No. The service is free and funded by the Police and Crime Commissioners for the West Midlands, Staffordshire, West Mercia and Warwickshire.
Your information
We keep what you tell us confidential and follow the UK GDPR. We will only share information if someone is at risk of serious harm, and we will tell you if we have to.
Need support now?
Victim Support West Midlands: 0300 303 1977 (free, independent). In an emergency always call 999.
Contact us
Phone $org_phone (Monday to Friday, 9am to 5pm), email hello@$org_domain, or write to $org_address. We can provide this leaflet in large print, easy read, Braille, Punjabi, Urdu, Bengali, Polish, Romanian and Arabic.
@footnote Leaflet LF-H02, version 3, January 2026. Registered charity no. 1162837. Approved by the Restorative Justice Council's Quality Mark panel as an example of accessible information (2023).
"""

LEAFLET_YOUNG = """Made a mistake? Want to put things right?
Restorative justice - a guide for young people
Who is this for?
Young people aged 10 to 17 who have harmed someone, and who have been offered restorative justice by the police, the youth justice service or their school.
What is it?
It's a chance to meet, or write to, the person you harmed, with a trained worker there to keep everyone safe. You can explain what happened, hear how it affected them and work out together how to make things right.
Do I have to?
No. You choose whether to take part. Saying no won't get you into more trouble, but it might be a missed chance.
What happens?
First you meet one of our workers. You can bring a parent, carer or someone you trust. We'll talk about what happened and what you'd like to do.
If you and the other person agree, we plan a meeting or a letter. You can ask us anything, as many times as you like.
After, we check in to see how you're doing.
What young people told us
"I was shaking when I went in. By the end I felt lighter." (aged 15)
"It was better than just getting told off." (aged 13)
Will it go on my record?
Taking part doesn't give you a criminal record. Your youth justice worker can tell you about your own case.
Contact us
Text or call $org_phone, or email young@$org_domain. Ask your youth justice worker or head of year to put you in touch.
¦Word¦What it means
¦Facilitator¦The worker who runs the meeting and keeps it fair
¦Person harmed¦The person who was hurt or whose things were damaged
¦Outcome agreement¦A plan everyone agrees to, written in your own words
¦Supporter¦Someone you bring with you, like a parent or friend
Leaflet LF-Y03, version 2, designed with the youth panel of the Godiva Youth Forum, Coventry (2025). Winner of the Rose Award for Plain English, youth category.
"""

OUTCOME_TEMPLATE = """@header $org | Form OA-F01 | Restorative outcome agreement | template version 3.0
Outcome agreement (template)
Case number: NMT-WM-________
Date of meeting: ____ / ____ / ______        Venue: ______________________
Facilitator(s): ______________________
This agreement was made by the people who took part in a restorative process. It is voluntary. It is not a court order, and nobody who signs it gives up any legal right.
Who took part (first names and roles only on this copy)
¦Role¦First name¦Signature
¦Person harmed¦¦
¦Supporter of the person harmed¦¦
¦Person responsible¦¦
¦Supporter of the person responsible¦¦
What happened (in the participants' own words)
____________________________________________________________________________________
What we agreed
¦No.¦What will happen¦Who will do it¦By when¦Who will check
¦1¦¦¦¦
¦2¦¦¦¦
¦3¦¦¦¦
What happens if something gets in the way
Anyone who cannot keep to the agreement should contact the facilitator on $org_phone. We will talk to everyone involved and, if needed, arrange a review.
Review
A review call will be made at six weeks (date: ____ / ____ / ______) by ______________________.
Guidance for facilitators: write the actions in the participants' words; make each action specific, achievable and checkable; do not include any action that is a punishment or that a court has already ordered.
@footnote Keep the signed agreement on the case file for the retention period set out in DP-P03. Give each participant a copy. This template is submitted as evidence for Standard 3.
"""

REFERRAL_TEMPLATE = """$org - Referral for restorative justice (form RF-F01, version 5) - BLANK TEMPLATE
Send completed forms only through the secure portal or by secure email (CJSM) to referrals@$org_domain. Do not send completed forms by ordinary email or post them to the office.
@field Referring agency ¦ ________________________________
@field Referrer's team mailbox ¦ ________________________________
@field Referrer's reference ¦ ________________________________
@field Person responsible - name ¦ ________________________________
@field Person responsible - date of birth ¦ __ / __ / ____
@field Person responsible - address and postcode ¦ ________________________________
@field Person harmed - name ¦ ________________________________
@field Person harmed - contact number ¦ ________________________________
@field Has the person harmed agreed to be contacted? ¦ Yes / No
@field Offence or incident (brief) ¦ ________________________________
@field Disposal or sentence ¦ Community resolution / youth caution / YCC / referral order / other
@field Police crime reference ¦ ________________________________
@field School or college (if under 18) ¦ ________________________________
@field Known risks ¦ ________________________________
@field Needs and adjustments ¦ ________________________________
@field Interpreter needed? ¦ Yes / No - language: ____________
Guidance notes
1. We need enough information to contact people safely and to assess risk. Please give any needs or adjustments only as far as they affect taking part (for example "needs step-free access" rather than a diagnosis).
2. If the person harmed has not yet agreed to be contacted, tell us and we will wait for your confirmation.
3. For cases involving domestic abuse, sexual harm or hate, please attach the specialist risk assessment.
4. We acknowledge every referral within one working day. Queries: $org_phone, option 2.
@footnote Form RF-F01 v5 (September 2025). Agreed with the referring agencies under ISA-WM-07. This blank template is evidence for Standard 2; completed forms are never uploaded.
"""

INVOICE = """Elgar House Community Rooms Ltd
Elgar House, 14 Foregate Street, Worcester WR1 1DB | Bookings 01905 610 440 | bookings@elgarhouserooms.org.uk
Company no. 08817340 | Registered charity no. 1158226 | VAT reg. GB 204 7719 38

TAX INVOICE
Invoice no.: $invoice
Invoice date: 2 February 2026
Customer: $org (West Midlands programme), $org_address
Customer PO: PO-NMT-WM-26-0042
Account ref: NORTH01

Description                                                         Qty   Unit      Amount
Hire of the Hope Room, restorative conference, 21/01/2026 (booking EH-26-0117)   1   £64.00    £64.00
Hire of the Summer Room (quiet room for preparation), 21/01/2026              2   £16.00    £32.00
Volunteer supervision group, Mark Street annexe, 28/01/2026 (EH-26-0131)        1   £48.00    £48.00
Refreshments (tea, coffee, biscuits) for 10                                  10   £2.80     £28.00
Hearing loop and accessible parking bay                                       1   £0.00     £0.00

Subtotal: £172.00
VAT at 20%: £34.40
TOTAL DUE: £206.40

Payment within 30 days by BACS to Elgar House Community Rooms Ltd, sort code 30-96-17, account 62019845, quoting the invoice number.
Queries: the centre manager on 01905 610 440 (Monday to Friday, 9am to 4pm).
Thank you for your booking. The Grace Brown Community Fund subsidises room hire for registered charities in Worcestershire.
"""

# ------------------------------------------------------------------------------------------ slips

CASE_STUDY_DRAFT = """@header $org | Portfolio evidence, Standard 6 | case study draft v0.3 | $staff
Case study: the allotment shed (draft for the portfolio)
Written by $staff on $dl3 for the Quality Mark portfolio, Standard 6 (the service achieves good outcomes).
What happened
On $odate_l, {{n|$y_full}}, who was {{age|$y_age}} and in Year 10 at {{sch|$school}}, {{sc|broke into three allotment sheds}} off $h_street in $h_town with two friends and {{sc|set fire to the shed}} belonging to {{n|$h_tfull}}, a retired nurse who lives at {{addr|$h_addr}}. She had kept the plot for thirty years with her late husband. {{n|$y}} {{sc|was given a youth conditional caution}} and the youth justice service referred the case to us.
The person harmed
{{n|$h_tl}} was angry and frightened. She {{sc|has a heart condition}} and had not been back to the allotment since the fire. She told $staff_first that she wanted to know "whether they knew it was mine".
Preparation
$staff_first visited {{n|$h_tl}} three times and met {{n|$y}} and his mum, {{n|$m_full}}, twice at home. {{n|$y}} was nervous about meeting, and said he {{sc|had been excluded twice}} that year.
The meeting
The conference took place at $venue with the allotment society's secretary as a supporter for {{n|$h_tl}}. {{n|$y}} explained that they had not known whose shed it was and had "just wanted somewhere to go". {{n|$h_tl}} told him about her husband's tools, which were lost in the fire.
@tracked The young person agreed to help rebuild the shed with volunteers from the allotment society over four Saturdays. ¦ {{n|$y}} and his mum agreed that he would help rebuild the shed with volunteers from the society over four Saturdays, and {{n|$h_tl}} said she would teach him to grow potatoes.
Outcome
The shed was rebuilt by the end of the month. At the six-week review {{n|$h_tl}} said she was back on the plot two mornings a week.
@comment Priya Nair: this still has the names and the road in - please change to Child A and Mrs X, and take out the school, before it goes anywhere near the portfolio.
@comment $staff: {{n|$h}} said she was happy for us to use her story - I'll check whether that covers her name.
"""

FEEDBACK_FORM = """$org - How did we do? Feedback questionnaire (FB-F01) - returned by post, scanned $dl5
Case number: $case. Please do not write your name unless you would like us to contact you.
@field Which best describes you? ¦ Person harmed
@field Overall, how satisfied were you with the service? ¦ Very satisfied
@field Did you feel listened to? ¦ Yes, always
@field Did you feel safe? ¦ Yes
@field Would you recommend us? ¦ Yes
What helped most?
$staff_first was so patient. She came to the house three times before I agreed, and she never made me feel stupid for changing my mind. Meeting the lad who {{sc|attacked}} me outside the chip shop was the hardest thing I have done but I got my answers.
What could we do better?
The letters took a long time to come. The venue was hard to get to on the bus.
Anything else you want to tell us?
I {{sc|suffer with anxiety and depression}} and since the attack I {{sc|have been on sertraline}}. My GP says the meeting has helped more than the tablets. I am {{age|$a_age}} and I never thought I'd do anything like this.
@field Your name (optional) ¦ {{n|$a_tfull}}
@field Phone, if you would like a call back ¦ {{tel|$a_mob}}
@field May we use your comments, without your name, in reports? ¦ Yes
@footnote Form FB-F01 version 4. Return to $org, $org_address, or complete online. Forms are kept for 12 months.
"""

SUPERVISION_NOTE = """$org - Case supervision record (CS-F01)
Practitioner: $staff. Supervisor: Joanne Whitfield. Date: $dl4. Duration: 70 minutes. Venue: Elgar House, Worcester.
¦Case¦Stage¦Discussion¦Decision / action
¦$case¦Preparation¦PR (YP, 15) has met PH's letter with real interest; PH wants a face-to-face meeting. Risk MEDIUM (previous threats online).¦Second facilitator to be Daniel Okoro. Book venue.
¦$case2¦Indirect - letters¦Third letter exchanged. PH content with letters only.¦Close after the reply. Feedback form at closure.
¦NMT-WM-2026-0088¦Preparation¦{{n|$p_full}} (PH) {{sc|has been diagnosed with bipolar disorder}} and {{sc|was an inpatient on a mental health ward}} in January; her daughter {{n|$d}} says she is "much better" now. Wants to meet the man who {{sc|assaulted}} her but her community psychiatric nurse, {{n|$c_full}}, is not sure it is the right time.¦Pause for four weeks. Practitioner to ask PH for consent to speak to {{n|$c}} directly. Review in the next session.
¦NMT-WM-2025-0917¦Follow-up¦Six-week review done. All actions complete.¦Close.
Practitioner wellbeing: discussed workload (12 open cases) and the impact of the arson case; $staff_first to use the external supervision session in March.
@comment Joanne Whitfield: please use case numbers and roles only in this log - the third case has a name and health details in it. Take them out before this goes in the portfolio.
@footnote Supervision follows the Case Supervision Policy CS-P07. Wellbeing notes are kept separately.
"""

MINUTES_SLIP = """West Midlands Restorative Justice Partnership - Operational Group
Minutes of the meeting on $dw2, 14:00, Priestley Suite, Birmingham Central Library
Present: Joanne Whitfield ($org, chair), Gareth Hughes ($org), Restorative Justice Coordinator (West Midlands Police), Victim Services Manager (Office of the PCC), Operational Manager (Dudley Youth Justice Service), Senior Probation Officer (Walsall and Wolverhampton)
Apologies: Priya Nair; Team Manager (Sandwell Children's Trust)
1. Minutes and actions
The minutes of the last meeting were agreed. Action 2 (joint training dates) is complete: two RP-S1 courses booked for May.
2. Referral figures
Police referrals rose by 14% in the quarter; probation referrals fell. The group discussed the new out-of-court resolutions framework and agreed that the RJ Coordinator will brief custody sergeants.
3. Case escalation
The group discussed the case of {{n|$x_full}} ({{age|$x_age}}), {{addr|$x_addr}}, who {{sc|was convicted of arson}} at Wolverhampton Crown Court and {{sc|is serving his sentence at HMP Oakwood}}. The family of the person harmed have asked for a restorative meeting before his release. {{n|$x}}'s younger brother is looked after and his social worker, {{n|$sw_full}} (Sandwell Children's Trust), has asked to be told before any contact with the family. Probation confirmed the licence conditions do not prevent an indirect process.
4. Training
$org will offer places on the Advanced Practitioner course to partners. The PCC's office will fund four places.
5. Any other business
None.
Actions
¦No.¦Action¦Owner¦Due
¦1¦Brief custody sergeants on the referral route¦RJ Coordinator, West Midlands Police¦End of next month
¦2¦Contact {{n|$sw_full}} before writing to the family in item 3¦Joanne Whitfield¦$d4
¦3¦Circulate training dates¦Gareth Hughes¦$d3
Next meeting: in three months, venue to be confirmed.
"""

OBSERVATION_SLIP = """@header $org | Observation of Practice (OP-F04) | completed form | evidence for Standard 4
Observation of Practice
¦Practitioner observed¦$staff
¦Observer¦Joanne Whitfield, Practice Manager
¦Date¦$dl4
¦Venue¦$venue
¦Process¦Restorative meeting, school-based (assault in the playground)
¦Participants¦{{n|$h_full}} (harmed, Year 9) with {{n|$hm_full}} (mum); {{n|$y_full}} ({{age|$y_age}}, responsible) with {{n|$ym_full}} (nan); Head of Year 9
Preparation
Good. $staff_first had met both families at home and had agreed the seating with the school. The room was booked for twice as long as needed.
Opening and storytelling
The opening was clear and the ground rules were agreed. {{n|$y}} found it hard to start and $staff_first gave him time. {{n|$h}} explained that she had not wanted to come back to school after {{n|$y}} {{sc|pushed her down the stairs}} and that she {{sc|had been having panic attacks}}.
Managing the meeting
{{n|$ym_tl}} interrupted twice to defend her grandson; $staff_first acknowledged her and brought the conversation back to {{n|$y}}. Good use of silence.
Agreement
{{n|$y}} apologised in his own words. Both pupils agreed to a "check-in" with the Head of Year each Friday for a month.
Strengths: warmth; pace; neutral language.
Development points: the co-facilitator needs a clearer role; summarise before moving to the agreement.
Overall judgement: good.
@comment Joanne Whitfield: for the portfolio version please use "Pupil A", "Pupil B" and roles - this copy has the children's names.
"""

REFERRAL_FILLED = """$org - Referral for restorative justice (form RF-F01, version 5)
Received through the secure portal on $dl2. Case number allocated: $case.
@field Referring agency ¦ Dudley Youth Justice Service
@field Referrer's team mailbox ¦ yjs.referrals@dudley.gov.uk
@field Referrer ¦ {{n|$r_full}}, Case Manager
@field Referrer's reference ¦ DYJS-26-0417
@field Person responsible - name ¦ {{n|$y_full}}
@field Person responsible - date of birth ¦ {{dob|$y_dob}}
@field Person responsible - address and postcode ¦ {{addr|$y_addr}}, $y_town {{pc|$y_pc}}
@field Parent or carer ¦ {{n|$m_full}} (mum), {{tel|$m_mob}}
@field Person harmed - name ¦ {{n|$h_tfull}}
@field Person harmed - contact number ¦ {{tel|$h_land}}
@field Has the person harmed agreed to be contacted? ¦ Yes
@field Offence or incident (brief) ¦ {{sc|Robbery of a mobile phone from another boy at the bus station}}
@field Disposal or sentence ¦ {{sc|Referral order, 9 months}}
@field Police crime reference ¦ {{pol|$y_crime}}
@field School or college (if under 18) ¦ {{sch|$school}}, Year 11
@field Known risks ¦ {{sc|Known to be associated with a local gang; possible criminal exploitation}}
@field Needs and adjustments ¦ {{sc|ADHD and dyslexia}}; short sessions, information read aloud
@field Interpreter needed? ¦ No
Additional information from the referrer
{{n|$y}} has been open to children's services since last year. The person harmed, {{n|$h_tl}}, wants to know whether {{n|$y}} knew that her son {{sc|has autism}} and was an easy target.
@footnote Form RF-F01 v5. This completed form is held on the case file.
"""

THANK_YOU = """Transcript of a thank-you card received at the Birmingham office ($dl5), for the compliments file and the portfolio (Standard 6)
Front of card: a picture of a bunch of roses, "Thank You" in gold.
Inside:
Dear Sarah and Daniel,
I just wanted to say thank you from the bottom of my heart. When {{n|$k}} was {{sc|attacked}} on the way home from {{sch|$school}} last year I thought neither of us would ever feel safe again. {{n|$k}} wouldn't leave the house and I was {{sc|off work with my nerves}}. Meeting that boy and his mum was the bravest thing my $k_boy has ever done and I am so proud of $k_him.
{{n|$k}} is back at school full time and has joined the boxing club on $k_street. I'm sleeping again.
You both have a gift. Please don't ever stop doing this work.
With love and thanks,
{{n|$a_full}} and {{n|$k}} xx
P.S. Sorry it's late, I lost your address and had to ring the police for it!
[Envelope, kept with the card: addressed by hand; sender's address on the back flap - {{addr|$a_addr}}, $a_town {{pc|$a_pc}}.]
"""

CHAT = """Evidence of keeping in touch with participants (Standard 2) - text of a screenshot from the work phone, typed by $staff
Chat with {{tel|$a_mob_intl}} (saved as "{{n|$a_full}} - PH $case")
[$d1, 09:12] $staff_first (Northmoor): Hi {{n|$a}}, it's $staff_first from Northmoor Mediation. Just checking you got the letter from the young man? No rush to reply.
[$d1, 11:47] {{n|$a}}: Hiya yes I got it thank you. Read it 3 times. Still not sure how I feel
[$d1, 11:49] $staff_first (Northmoor): That's completely understandable. Would you like me to pop round next week to talk it through?
[$d1, 12:02] {{n|$a}}: Can it be Thursday? I've got {{sc|my chemo}} on Tuesday and I'm wiped out for a couple of days after
[$d1, 12:05] $staff_first (Northmoor): Of course. Thursday 2pm? I'll bring the letter back if you want to read it together
[$d1, 12:06] {{n|$a}}: Perfect. My address is {{addr|$a_addr}} if the new lady is coming, the sat nav takes you round the back
[$d2, 16:30] {{n|$a}}: Thank you for today. I think I do want to meet him. Tell his mum I'm not angry with her x
[$d2, 16:41] $staff_first (Northmoor): Thank you {{n|$a}}, I'll pass that on. Look after yourself and good luck with the treatment.
"""

TEXT_DOCS = [
    ("restorative-justice-policy", RJ_POLICY, {}, "docx"),
    ("safeguarding-policy", SAFEGUARDING, {}, "pdf"),
    ("data-protection-and-records-policy", DATA_POLICY, {}, "odt"),
    ("equality-diversity-inclusion-policy", EQUALITY_POLICY, {}, "docx"),
    ("risk-assessment-procedure-and-form", RISK_PROCEDURE, {}, "pdf"),
    ("case-supervision-policy", SUPERVISION_POLICY, {}, "odt"),
    ("complaints-procedure", COMPLAINTS, {}, "txt"),
    ("volunteer-handbook-2026", HANDBOOK, {}, "docx"),
    ("steering-group-minutes-jan-2026", MINUTES_CLEAN, {}, "docx"),
    ("sla-sandwell-yjs", SLA, {}, "pdf"),
    ("information-sharing-agreement", ISA, {}, "docx"),
    ("case-studies-young-people", CASES_YOUNG, {}, "odt"),
    ("case-studies-adults-families", CASES_ADULT, {}, "docx"),
    ("feedback-summary-h1-2025", FEEDBACK_SUMMARY, {}, "pdf"),
    ("observation-of-practice-tn", OBSERVATION_CLEAN, {}, "pdf"),
    ("leaflet-people-harmed", LEAFLET_HARMED, {}, "pdf"),
    ("leaflet-young-people", LEAFLET_YOUNG, {}, "odt"),
    ("outcome-agreement-template", OUTCOME_TEMPLATE, {}, "docx"),
    ("referral-form-template", REFERRAL_TEMPLATE, {}, "pdf"),
    ("venue-invoice-elgar-house", INVOICE, {}, "txt"),
    ("case-study-allotment-draft", CASE_STUDY_DRAFT, {"y": "young m age=14-15", "m": "adult f age=34-48 rel=y", "h": "old f age=68-80"}, "docx"),
    ("feedback-form-returned", FEEDBACK_FORM, {"a": "old age=66-74"}, "pdf"),
    ("supervision-record-march", SUPERVISION_NOTE, {"p": "adult f age=30-55", "d": "adult f age=19-30 rel=p", "c": "pro"}, "docx"),
    ("partnership-group-minutes", MINUTES_SLIP, {"x": "adult m age=19-24", "sw": "pro"}, "odt"),
    ("observation-of-practice-school", OBSERVATION_SLIP, {"h": "pupil f age=13-14", "hm": "adult f rel=h", "y": "pupil m age=13-14", "ym": "old f age=66-72 rel=y"}, "docx"),
    ("referral-form-completed", REFERRAL_FILLED, {"r": "pro", "y": "young m age=15-16", "m": "adult f rel=y", "h": "adult f age=38-55"}, "pdf"),
    ("thank-you-card", THANK_YOU, {"a": "adult f age=32-48", "k": "young age=13-15 rel=a"}, "txt"),
    ("chat-screenshot-text", CHAT, {"a": "adult f age=45-70"}, "txt"),
]

# ------------------------------------------------------------------------------------------ workbooks and exports

COURSE_CODES = [["Code", "Course", "Provider", "Level / accreditation"],
                ["RJF-3", "Restorative Justice Facilitator (3 days)", "Restorative Justice Council registered trainer", "RJC Practitioner pathway"],
                ["RJA-5", "Advanced Practitioner: complex and sensitive cases", "Restorative Justice Council registered trainer", "RJC Advanced Practitioner"],
                ["DA-SC", "Restorative practice and domestic abuse", "West Midlands Women's Aid training team", "CPD only"],
                ["HC-SC", "Working with hate crime", "Stop Hate UK", "CPD only"],
                ["SG-L2", "Safeguarding children and adults, level 2", "Local safeguarding partnership", "Renew every 2 years"],
                ["SG-L3", "Designated safeguarding lead, level 3", "Local safeguarding partnership", "Renew every 2 years"],
                ["DP-E1", "Data protection e-learning", "In house (Aisha Rahman)", "Annual"],
                ["MH-FA", "Mental Health First Aid (adult, 2 days)", "MHFA England instructor", "Certificate valid 3 years"],
                ["L5-DIP", "Level 5 Diploma in Restorative Practice", "Awarding body (Ofqual regulated)", "Qualification 603/1158/8"]]

TRAINING_LOG = [["Staff member", "Role", "Course code", "Date", "Hours", "Certificate / accreditation no.", "Expires", "Verified by"],
                ["Sarah Thompson", "Restorative Practitioner", "RJA-5", "12/03/2025", 21, "RJC-AP-2025-0418", "", "Joanne Whitfield"],
                ["Sarah Thompson", "Restorative Practitioner", "SG-L2", "05/06/2025", 6, "SG2-WM-25-1187", "05/06/2027", "Gareth Hughes"],
                ["Daniel Okoro", "Restorative Practitioner", "DA-SC", "18/09/2025", 7, "CPD", "", "Joanne Whitfield"],
                ["Daniel Okoro", "Restorative Practitioner", "L5-DIP", "30/11/2025", 120, "Unit 4 of 6 complete", "", "Joanne Whitfield"],
                ["Tomasz Nowicki", "Restorative Practitioner", "RJF-3", "14/01/2025", 21, "RJC-P-2025-0092", "", "Joanne Whitfield"],
                ["Tomasz Nowicki", "Restorative Practitioner", "HC-SC", "22/10/2025", 6, "CPD", "", "Joanne Whitfield"],
                ["Joanne Whitfield", "Practice Manager", "MH-FA", "03/04/2025", 14, "MHFA-EN-884213", "03/04/2028", "Priya Nair"],
                ["Gareth Hughes", "Quality and Safeguarding Lead", "SG-L3", "27/02/2025", 12, "SG3-WM-25-0310", "27/02/2027", "Priya Nair"],
                ["Aisha Rahman", "Operations Manager / DPO", "DP-E1", "09/01/2026", 1, "In house", "09/01/2027", "Priya Nair"],
                ["Bethan Lloyd", "Volunteer Coordinator", "RJF-3", "14/01/2025", 21, "RJC-P-2025-0093", "", "Joanne Whitfield"],
                ["Bethan Lloyd", "Volunteer Coordinator", "SG-L2", "05/06/2025", 6, "SG2-WM-25-1188", "05/06/2027", "Gareth Hughes"],
                ["Priya Nair", "Chief Executive", "SG-L3", "27/02/2025", 12, "SG3-WM-25-0311", "27/02/2027", "Gareth Hughes"]]

CPD = [["CPD hours, 1 April 2025 to 31 March 2026 (target 30 hours per practitioner)", "", "", "", ""],
       ["Staff member", "Courses", "Reflective practice", "Reading and conferences", "Total"],
       ["Sarah Thompson", 27, 8, 6, 41], ["Daniel Okoro", 127, 8, 3, 138], ["Tomasz Nowicki", 27, 8, 4, 39],
       ["Joanne Whitfield", 14, 12, 10, 36], ["Gareth Hughes", 12, 6, 14, 32], ["Bethan Lloyd", 27, 6, 2, 35],
       ["Reading logged this year", "Zehr, The Little Book of Restorative Justice (revised edition, 2015)", "", "", ""],
       ["", "Pranis, Stuart and Wedge, Peacemaking Circles (2003)", "", "", ""],
       ["", "Umbreit and Armour, Restorative Justice Dialogue (2010)", "", "", ""],
       ["", "Conference: RJC annual conference, Birmingham, 9 October 2025 (Tomasz Nowicki and Sarah Thompson)", "", "", ""]]

SUPERVISION_LOG = [["Date", "Practitioner", "Supervisor", "Minutes", "Cases reviewed", "Decisions (case number: decision)", "Next session"],
                   ["08/01/2026", "Sarah Thompson", "Joanne Whitfield", 60, 11, "NMT-WM-2025-0941: PH wants letter only, proceed indirect. NMT-WM-2026-0003: risk HIGH, two facilitators and PM approval.", "05/02/2026"],
                   ["09/01/2026", "Daniel Okoro", "Joanne Whitfield", 75, 13, "NMT-WM-2025-0877: close, YP completed agreement. NMT-WM-2025-0902: pause 4 weeks at PH's request.", "06/02/2026"],
                   ["12/01/2026", "Tomasz Nowicki", "Joanne Whitfield", 60, 9, "NMT-WM-2026-0011: interpreter (Tigrinya) to be booked for PH. NMT-WM-2025-0958: refer to DSL (concern for YP's sibling).", "09/02/2026"],
                   ["20/01/2026", "Joanne Whitfield", "Gareth Hughes", 90, 6, "Escalated cases only. NMT-WM-2025-0958: DSL referral made same day.", "03/03/2026"],
                   ["05/02/2026", "Sarah Thompson", "Joanne Whitfield", 60, 10, "NMT-WM-2026-0003: meeting held, review at 6 weeks. Wellbeing: use external supervision in March.", "05/03/2026"],
                   ["06/02/2026", "Daniel Okoro", "Joanne Whitfield", 60, 12, "NMT-WM-2025-0902: PH ready to resume; YP (J) moved school, new contact via YJS team mailbox.", "06/03/2026"],
                   ["09/02/2026", "Tomasz Nowicki", "Joanne Whitfield", 60, 8, "NMT-WM-2026-0031: observed by PM on 04/02, good. Child A case: closed.", "09/03/2026"],
                   ["11/02/2026", "Volunteer group (7 volunteers)", "Bethan Lloyd", 120, 0, "Group supervision: theme was working with shame; no individual cases named.", "25/03/2026"]]

DATA_RETURN = [["Annual data return 2024-25 - West Midlands programme - for the Office of the Police and Crime Commissioner", "", "", ""],
               ["Measure", "Adults", "Young people (10-17)", "Total"],
               ["Referrals received", 512, 298, 810], ["Cases where a process was offered", 431, 276, 707],
               ["Direct processes completed", 103, 96, 199], ["Indirect processes completed", 158, 87, 245],
               ["Declined by person harmed", 122, 51, 173], ["Declined by person responsible", 37, 22, 59],
               ["Outcome agreements reviewed at 6 weeks", 88, 91, 179], ["People harmed satisfied or very satisfied (%)", 90, 93, 91],
               ["Referral source: police", 281, 77, 358], ["Referral source: youth justice services", 0, 188, 188],
               ["Referral source: probation and prisons", 164, 0, 164], ["Referral source: self, schools and housing", 67, 33, 100],
               ["Hate incidents and hate crimes", 29, 17, 46], ["Domestic abuse (specialist cases)", 14, 6, 20]]
EQUALITY_COUNTS = [["Equality monitoring (participants who answered)", "Count", "%"],
                   ["Age 10-13", 61, "7.9"], ["Age 14-17", 237, "30.7"], ["Age 18-24", 118, "15.3"], ["Age 25-64", 298, "38.6"], ["Age 65+", 58, "7.5"],
                   ["White British (W1)", 472, "61.1"], ["Asian or Asian British (A1-A9)", 131, "17.0"], ["Black or Black British (B1-B9)", 74, "9.6"],
                   ["Mixed (M1-M9)", 49, "6.3"], ["Other ethnic group (O1, O9)", 21, "2.7"], ["Not stated", 25, "3.2"],
                   ["Disability or long-term condition declared", 171, "22.2"], ["Religion: Christian", 241, "31.2"], ["Religion: Muslim", 118, "15.3"],
                   ["Religion: Sikh", 39, "5.1"], ["Religion: Hindu", 12, "1.6"], ["Religion: other, or fewer than 5", "<5", ""], ["No religion", 287, "37.2"],
                   ["Sexual orientation: gay, lesbian, bisexual or other", 41, "5.3"]]
RETURN_CODES = [["Code", "Meaning"], ["W1", "White: English, Welsh, Scottish, Northern Irish or British"], ["A1-A9", "Asian or Asian British (2021 Census groups)"],
                ["B1-B9", "Black, Black British, Caribbean or African"], ["M1-M9", "Mixed or multiple ethnic groups"], ["O1", "Arab"], ["O9", "Any other ethnic group"],
                ["Suppression", "Counts below 5 shown as <5"], ["Source", "Case management system report CMS-AR-09, run 4 April 2025 by Aisha Rahman"]]

ROTA = [["Week commencing", "Duty worker (helpline)", "Ext.", "Back-up", "Prison and probation visits", "Hub", "Notes"],
        ["02/03/2026", "Daniel Okoro", "2202", "Sarah Thompson", "Tomasz Nowicki (HMP Featherstone, Tue)", "Birmingham", "Team meeting Wed 10:00, Cadbury Room"],
        ["09/03/2026", "Tomasz Nowicki", "2205", "Bethan Lloyd", "Daniel Okoro (HMP Hewell, Thu)", "Worcester", "Volunteer course day 2, Elgar House"],
        ["16/03/2026", "Sarah Thompson", "2201", "Joanne Whitfield", "none", "Stoke-on-Trent", "Schools week: Trentside circles training"],
        ["23/03/2026", "Joanne Whitfield", "2203", "Daniel Okoro", "Sarah Thompson (HMYOI Werrington, Wed)", "Birmingham", "Quarterly return due to the OPCC"],
        ["30/03/2026", "Bethan Lloyd", "2206", "Tomasz Nowicki", "Tomasz Nowicki (HMP Stafford, Mon)", "Coventry", "Godiva Youth Forum session Thu 16:00"],
        ["06/04/2026", "Daniel Okoro", "2202", "Gareth Hughes", "none (Easter)", "Birmingham", "Reduced cover: helpline diverts to $org_phone"],
        ["Mailboxes", "referrals@$org_domain", "", "hello@$org_domain", "prisons@$org_domain", "", "Out of hours: 101, or 999 in an emergency"]]

ACTION_PLAN = [["Standard", "Finding (self-assessment, January 2026)", "Action", "Owner", "Due", "Status", "Evidence"],
               ["1. Well led and managed", "Policies reviewed but two overdue", "Board to approve ED-P04 and CS-P07", "Priya Nair", "09/02/2026", "Complete", "Board minutes 9 Feb 2026"],
               ["2. Accessible and inclusive", "Leaflets only in English and Punjabi", "Translate LF-H02 into Urdu, Bengali, Polish, Romanian and Arabic", "Aisha Rahman", "31/03/2026", "In progress", "Translations ordered (PO-NMT-WM-26-0051)"],
               ["3. Safe and effective", "Two case files without outcome reviews", "Re-audit and remind staff at team meeting", "Joanne Whitfield", "30/01/2026", "Complete", "Audit report QA-26-01"],
               ["4. Skilled and supported practitioners", "One practitioner not yet accredited", "Tomasz Nowicki to submit RJC Practitioner portfolio", "Joanne Whitfield", "30/04/2026", "In progress", "Training log"],
               ["4.2 Referral equity", "Young people of Black Caribbean heritage under-represented", "Meet OOCD panels; review with the Youth Justice Service", "Gareth Hughes", "30/06/2026", "Not started", "ED-P04 section 2"],
               ["5. Accountable", "Feedback response rate low for 18-24s", "Pilot text message questionnaire", "Aisha Rahman", "31/05/2026", "In progress", "Feedback summary H1 2025"],
               ["6. Good outcomes", "No follow-up data beyond 6 weeks", "Add a 6-month check-in call for people harmed", "Sarah Thompson", "30/09/2026", "Not started", ""],
               ["Cross-cutting", "Portfolio must hold no personal data", "Final data check of every item before upload", "Gareth Hughes", "13/02/2026", "In progress", "DP-P03; steering group 15 Jan 2026"]]


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []
    v0 = cast(rng, names, {})

    # clean: training log with CPD hours, course codes on a hidden sheet
    docs.append(Doc("practitioner-training-log", "xlsx", [("sheet", "Training log", TRAINING_LOG, False), ("sheet", "CPD 2025-26", CPD, False),
                                                          ("sheet", "Course codes", COURSE_CODES, True)]))
    # clean: supervision log by case number
    docs.append(Doc("supervision-log-q4", "xlsx", [("sheet", "Supervision log", SUPERVISION_LOG, False),
                                                   ("sheet", "Key", [["Abbreviation", "Meaning"], ["PH", "Person harmed"], ["PR", "Person responsible"],
                                                                     ["YP", "Young person (under 18)"], ["PM", "Practice Manager"], ["DSL", "Designated Safeguarding Lead"]], False)]))
    # clean: annual data return, codes on a hidden sheet
    docs.append(Doc("annual-data-return-2024-25", "xlsx", [("sheet", "Return", DATA_RETURN, False), ("sheet", "Equality", EQUALITY_COUNTS, False),
                                                           ("sheet", "Codes", RETURN_CODES, True)]))
    # clean: staff rota and action plan
    docs.append(Doc("staff-rota-march-april-2026", "csv", [("table", cells(ROTA, v0))]))
    docs.append(Doc("action-plan-against-standards", "xlsx", [("sheet", "Action plan", ACTION_PLAN, False),
                                                              ("sheet", "RAG key", [["Status", "Meaning"], ["Complete", "Done and evidenced"],
                                                                                    ["In progress", "Started, on track"], ["Not started", "Scheduled"]], False)]))

    # slip: training certificates for partners' staff, dates of birth on a hidden sheet
    certs = [["Certificate no.", "Delegate", "Organisation", "Course", "Date", "Trainer"]]
    details = [["Delegate", "Date of birth (for the awarding body)", "Work email", "Access or dietary needs"]]
    orgs = [("Sandwell Youth Justice Service", "sandwell.gov.uk"), ("West Midlands Police", "westmidlands.police.uk"),
            ("Dudley Youth Justice Service", "dudley.gov.uk"), ("Stoke-on-Trent City Council", "stoke.gov.uk"),
            ("Staffordshire Police", "staffordshire.police.uk"), ("Walsall Council", "walsall.gov.uk"), ("Telford and Wrekin Council", "telford.gov.uk"),
            ("Warwickshire Police", "warwickshire.police.uk")]
    needs = ["", "Vegetarian", "{{sc|Coeliac}}", "", "{{sc|Uses a wheelchair}} - ground floor please", "{{sc|Halal}}", "", "{{sc|Pregnant}} - needs regular breaks"]
    used: set[str] = set()
    for j, (org, dom) in enumerate(orgs):
        v = cast(rng, names, {"a": "pro"}, used)
        certs.append(cells([[f"RP-S1-26-{j + 101:03d}", "{{n|$a_full}}", org, "Restorative Practice Essentials (RP-S1), 1 day", "21/01/2026",
                             "Sarah Thompson and Bethan Lloyd"]], v)[0])
        details.append(cells([["{{n|$a_full}}", ["{{dob|$a_dob}}", "{{dob|$a_dobdot}}", "{{dob|$a_dobl}}"][j % 3], "{{em|$a_work@" + dom + "}}", needs[j]]], v)[0])
    docs.append(Doc("training-certificates-rp-s1", "xlsx", [("sheet", "Certificates issued", certs, False), ("sheet", "Delegate details", details, True),
                                                            ("sheet", "Course", [["Course", "Restorative Practice Essentials (RP-S1)"], ["Venue", "the Wedgwood Room, Hanley Town Hall"],
                                                                                 ["Hours", 6], ["Evaluation", "4.7 out of 5 (n=8)"]], False)]))

    # slip: quarterly return with a free-text column that names people
    rows = [["Month", "Referrals", "Opened", "Direct", "Indirect", "Closed", "Satisfied (%)", "Notes"]]
    notes = ["Two referrals withdrawn by police.", "Includes {{n|$a_full}} (re-referred after {{sc|a new arrest for assault}}).",
             "Backlog cleared; see narrative.", "{{n|$b_tfull}} complained about the delay - resolved at stage 1.",
             "Hate crime case with the gurdwara committee completed.", "{{n|$c}} ({{age|$c_age}}) from {{sch|$school}} moved to Walsall; case transferred."]
    v = cast(rng, names, {"a": "adult m age=19-30", "b": "old", "c": "young"})
    for j, month in enumerate(["October", "November", "December", "January", "February", "March"]):
        rows.append([month, str(rng.randint(58, 84)), str(rng.randint(40, 60)), str(rng.randint(14, 25)), str(rng.randint(18, 30)),
                     str(rng.randint(35, 55)), str(rng.randint(84, 97)), fill(notes[j], v)])
    docs.append(Doc("quarterly-return-q3-q4", "csv", [("table", rows)]))

    # slip: case file audit by case number, with the key to the case numbers on a hidden sheet
    audit = [["Case", "Risk assessment", "Consent recorded", "Outcome agreement", "6-week review", "Supervision", "Score", "Auditor"]]
    key = [["Case", "Person responsible", "DOB", "Postcode", "Person harmed"]]
    used = set()
    for j in range(8):
        v = cast(rng, names, {"a": "young" if j % 2 else "adult", "b": "adult"}, used)
        case = f"NMT-WM-2025-{rng.randint(500, 990):04d}"
        marks = [rng.choice(["Yes", "Yes", "Yes", "Partly"]) for _ in range(5)]
        audit.append([case, *marks, f"{sum(m == 'Yes' for m in marks)}/5", rng.choice(["Joanne Whitfield", "Gareth Hughes"])])
        key.append(cells([[case, "{{n|$a_revcaps}}" if j % 3 else "{{n|$a_full}}", ["{{dob|$a_dob}}", "{{dob|$a_dobiso}}"][j % 2], "{{pc|$a_pc}}",
                           "{{n|$b_full}}" if j != 5 else "Corporate (retail)"]], v)[0])
    docs.append(Doc("case-file-audit-q3", "xlsx", [("sheet", "Audit", audit, False), ("sheet", "Summary", [["Files audited", 8], ["Standard met", "6 of 8"],
                                                                                                         ["Report", "QA-26-01"]], False),
                                                   ("sheet", "Key", key, True)]))
    return docs


def portfolio_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kind in TEXT_DOCS:
        v = cast(rng, names, roles)
        docs.append(Doc(name, kind, blocks_for(kind, fill(template, v))))
    docs += sheet_docs(rng, names)
    for d in docs:  # no empty mark (an empty span would label nothing)
        for b in d.blocks:
            for part in b[1:]:
                text = part if isinstance(part, str) else repr(part)
                if re.search(r"\{\{[a-z_]+\|\s*\}\}", text):
                    raise ValueError(f"empty mark in {d.name}")
    return docs
