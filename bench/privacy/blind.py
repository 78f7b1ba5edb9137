"""The blind part of the corpus: documents written without looking at the guard, never run through it.

What it is. Forty-four invented documents of the kinds a restorative justice service, a youth
justice service, the police, a school, a prison or a mediation charity uploads as evidence, of
other kinds and in other wording than templates.py, heldout.py, fresh.py and unseen.py. Set in
Lancashire and Cumbria (Lancaster, Morecambe, Preston, Blackburn, Blackpool, Barrow, Kendal,
Carlisle, west Cumbria), with the same invented organisation and staff (org.py). Kinds: a
practitioner's caseload supervision record, a pre-meeting preparation checklist (PDF form), a
harmed person's feedback questionnaire in free text, a teacher's restorative conversation record,
a police neighbourhood team briefing, a community payback placement note, an appropriate adult's
attendance note, a witness statement in MG11 layout, a mediation agreement signed by neighbours
(with political opinions), a parish newsletter item written with consent, a Teams meeting chat, an
email forwarded three times with signatures and disclaimers, a solicitor's letter, a CAMHS clinic
letter, a children's social care strategy discussion, a youth justice assessment summary, an
annual report with vignettes, a Zoom auto-transcript, a website contact form, a youth football
club's report, an ASB case review application (PDF form), a prison chaplaincy referral, a
children's home debrief, a retail crime partnership exclusion notice, a college conduct letter, a
bus company incident report, a foster carer's daily log, a workplace mediation record (trade union
membership), an interpreter booking, a conference seating plan, a case file index, voicemail
transcripts, and workbooks and exports: a case file audit sample (identifiers on a hidden sheet),
volunteer expenses with licence checks, referral panel decisions, a housing association ASB case
log, a prison visits booking export. Seven are clean (no sensitive personal data, many traps): a
board risk register, a data protection impact assessment, training slides' speaker notes, a
families' FAQ, a facilitator rota of staff, budget monitoring (an invoice number passing the NHS
checksum) and an information sharing agreement summary.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a person's name and the other marks of ``SHORT``;
``$role_field`` filled from the document's invented people; ``¦`` table rows; ``@footnote``,
``@comment``, ``@header``, ``@tracked``, ``@field`` and ``@page`` blocks), rendered by fresh.py's
``blocks_for``; workbooks and exports are built here. Every piece of sensitive personal data is
marked: names (professionals' too; the organisation's staff are on the allow-list and stay
unmarked), addresses, postcodes, dates of birth, phone numbers, emails, NI, NHS (valid mod-11),
passport (British nine digits, Irish two letters and seven digits), driving licence (DVLA numbers
built from name and date of birth, as printed on the card with the issue number, and Northern
Irish eight-digit numbers), vehicle registrations (current, prefix and Northern Irish styles),
prison numbers, police references (incident logs, crime, custody, occurrence, URN and British
Transport Police numbers), one person's age, a school with a named pupil, and special category
statements (health, religion, ethnicity, sexuality, political opinion, trade union membership,
about anyone, pseudonymised people included; offences of named or identifiable people). The
unmarked text is the traps: staff; the organisation's address and helplines; institutions,
surgeries, firms, venues, funders, rooms and schools named after people, and their addresses and
switchboards; Acts; meeting and offence dates; the service's own case, file, minute, booking and
student numbers; invoice and order numbers (one passing the NHS checksum); pseudonyms (Victim A,
YP1, Mr X); age bands and counts; policy language about health and ethnicity; trade unions and
faiths named as organisations; tables of counts; streets and towns used as places (Nelson,
Preston); ordinary words that are names (Hope, Will, May, Grace, Rose, Mark, Bishop, Young, Brown,
Frank, Miles, Bill, Dawn, Sky); months and days.

Sources of names. Faker locales that heldout.py, fresh.py, unseen.py and build_gazetteer.py do not
use (``FAKER_LOCALES``: Liechtenstein and Luxembourg German, Belgian and Swiss French, Japanese
and Taiwanese Mandarin in their romanised forms), with any name sharing a word with the other
parts' pools dropped; and pools written here (``UK`` and ``OTHER``), checked at build time to share
no name with the pools of corpus.py, fresh.py or unseen.py: English (Lancashire, Cumbrian and
Cornish surnames, hyphenated and Channel Islands particle surnames), Welsh, Scottish, Irish (Gaelic
surnames with feminine forms), Malayali, Sierra Leonean, Gambian, Luo, Malawian, Greek Cypriot
(feminine forms), Maltese, Moroccan, Malaysian Chinese, Korean, Indo-Caribbean, Afrikaner, British
Jewish, Russian (feminine forms) and Romanichal. Of every twenty people drawn freely fourteen come
from the English, Welsh, Scottish and Irish pools, three from the other pools and three from Faker;
with the roles that ask for an origin, about three in five name mentions are English, Welsh,
Scottish or Irish. Names are written as files write them:
"SURNAME, First", capitals, lower case in chats and forms, titles with surnames, initials,
first names alone, nicknames, possessives.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/blind/ among the others
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, licence, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2025, 11, 14)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"

# ------------------------------------------------------------------------------------------ names

# Hand-written pools: (female first names, male first names, surnames).
UK = {
    "english": (
        ["Lauren", "Charlotte", "Katie", "Emma", "Jessica", "Olivia", "Eleanor", "Florence", "Matilda", "Beatrice", "Jennifer",
         "Michelle", "Samantha", "Kimberley", "Stephanie", "Claire", "Alison", "Susan", "Margaret", "Pamela", "Beverley",
         "Yvonne", "Lindsey", "Rachel", "Kayla", "Aimee", "Brooke", "Mollie", "Isabelle", "Scarlett", "Darcey", "Elsie",
         "Peggy", "Doreen", "Valerie", "Bonnie", "Tegan", "Annabel", "Felicity"],
        ["Kevin", "Paul", "Andrew", "Michael", "Christopher", "Matthew", "Simon", "Martin", "Philip", "Anthony", "Stephen",
         "Ian", "Nigel", "Roger", "Dennis", "Raymond", "Alan", "Leslie", "Ashley", "Jason", "Shaun", "Gavin", "Theo", "Oscar",
         "Albie", "Teddy", "Arthur", "Harley", "Jonathan", "Nicholas", "Dominic", "Russell", "Vincent", "Jude"],
        ["Taylor", "Johnson", "Clarke", "Cooper", "Turner", "Parker", "Collins", "Edwards", "Marshall", "Chapman", "Holmes",
         "Lawson", "Bradshaw", "Heywood", "Kenyon", "Whittaker", "Ainsworth", "Ormerod", "Catterall", "Tattersall", "Haworth",
         "Cartwright", "Slater", "Beckett", "Bancroft", "Postlethwaite", "Thistlethwaite", "Dawson", "Sykes", "Birtwistle",
         "Crompton", "Lomax", "Butterworth", "Fairclough", "Rimmer", "Molyneux", "Gaskell", "Bowker", "Duckworth",
         "Greenhalgh", "Shuttleworth", "Penrose", "Tregunna", "Pascoe", "Nancarrow", "Hardy", "Gentle", "Illingworth",
         "Stockdale", "Capstick", "Armistead", "Dinsdale", "Bleasdale", "Routledge", "Carter-Browne", "Lowther-Hayes",
         "Hesketh-Pym", "de la Haye", "Le Marchant"]),
    "welsh": (
        ["Branwen", "Enid", "Morfydd", "Gwenno", "Lleucu", "Heulwen", "Myfanwy", "Olwen", "Nest", "Mared", "Dwynwen"],
        ["Dewi", "Emlyn", "Hywel", "Meirion", "Berwyn", "Caradog", "Islwyn", "Trystan", "Ifan", "Guto", "Llŷr", "Gwion"],
        ["Howells", "Rowlands", "Gittins", "Maddocks", "Protheroe", "Cadwaladr", "Pryce", "Harries", "Llywelyn", "Jenkin",
         "Prys", "ap Siôn"]),
    "scottish": (
        ["Mairi", "Rona", "Kenna", "Jeannie", "Alana", "Euna", "Kirstin", "Ealasaid", "Marion", "Sheena"],
        ["Ewan", "Rory", "Gordon", "Douglas", "Lachie", "Tormod", "Niall", "Blair", "Murray", "Alistair", "Callan"],
        ["Stewart", "MacLean", "McIntyre", "Sinclair", "Galbraith", "Mackay", "MacRae", "McAllister", "Rennie", "Wishart",
         "Strachan", "Ogilvie", "Kinnear", "Lindsay", "Buchan", "Cowie", "MacNeil"]),
    "irish": (
        ["Eabha", "Caitríona", "Muireann", "Sadhbh", "Ailbhe", "Clíona", "Órfhlaith", "Eithne", "Fidelma", "Bernadette",
         "Philomena", "Majella", "Treasa"],
        ["Seán", "Declan", "Brendan", "Fergal", "Cian", "Tiernan", "Odhrán", "Naoise", "Caolán", "Dermot", "Malachy",
         "Turlough", "Pearse"],
        ["O'Brien", "Flanagan", "Donnelly", "Quinn", "McGrath", "Doyle", "Keane", "Hegarty", "Lynch", "Costello", "McElroy",
         "McCann", "Magee", "Mulgrew", "Hamill", "Devine", "Ó Ceallaigh", "Ó Dubhghaill", "Mac Mathúna"]),
}
UK_WEIGHTS = {"english": 6, "welsh": 1.3, "scottish": 1.3, "irish": 1.4}
IRISH_FEMININE = {"Ó Ceallaigh": "Ní Cheallaigh", "Ó Dubhghaill": "Ní Dhubhghaill", "Mac Mathúna": "Nic Mhathúna"}

OTHER = {
    "malayali": (["Anju", "Bincy", "Divya", "Jincy", "Reshma", "Sneha"], ["Biju", "Jomon", "Sajan", "Rijo", "Anoop", "Shibu"],
                 ["Kurian", "Varghese", "Mathew", "Chacko", "Pillai", "Nambiar", "Menon", "Kuriakose"]),
    "sierraleone": (["Fatmata", "Isatu", "Mariatu", "Kadiatu", "Adama"], ["Foday", "Sahr", "Alusine", "Abubakarr", "Santigie"],
                    ["Kamara", "Sesay", "Koroma", "Bangura", "Conteh", "Kargbo", "Turay", "Mansaray"]),
    "gambian": (["Isatou", "Awa", "Binta", "Ndey", "Fatou"], ["Ebrima", "Lamin", "Modou", "Ousman", "Alieu"],
                ["Jallow", "Ceesay", "Njie", "Jobe", "Touray", "Jammeh", "Sowe", "Darboe"]),
    "luo": (["Achieng", "Awino", "Atieno", "Akinyi", "Adhiambo"], ["Otieno", "Ochieng", "Onyango", "Odhiambo", "Omondi"],
            ["Owino", "Okoth", "Ouma", "Oduor", "Opiyo", "Ogola"]),
    "malawian": (["Chisomo", "Thandiwe", "Tiwonge", "Chimwemwe", "Tamanda"], ["Chikondi", "Mphatso", "Kondwani", "Limbani", "Yamikani"],
                 ["Banda", "Phiri", "Chirwa", "Mwale", "Tembo", "Mbewe", "Kachingwe", "Nyirenda"]),
    "greekcypriot": (["Eleni", "Androulla", "Panayiota", "Despina", "Chrystalla"], ["Andreas", "Panayiotis", "Costas", "Stavros", "Christakis", "Michalis"],
                     ["Georgiou", "Charalambous", "Christodoulou", "Constantinou", "Ioannou", "Papadopoulos", "Hadjipanayi", "Demetriou",
                      "Kyriakou", "Pavlides"]),
    "maltese": (["Marija", "Josette", "Graziella", "Rita", "Doris", "Mikela", "Elisa"], ["Salvu", "Karmenu", "Manwel", "Pawlu", "Ġorġ", "Kurt", "Jurgen", "Clayton"],
                ["Borg", "Camilleri", "Farrugia", "Vella", "Zammit", "Grech", "Galea", "Azzopardi"]),
    "moroccan": (["Kawtar", "Khadija", "Salma", "Zineb", "Ilham", "Siham"], ["Youssef", "Mehdi", "Abdelilah", "Rachid", "Hicham", "Anouar"],
                 ["Benali", "El Idrissi", "Amrani", "Bennani", "Ouazzani", "Tazi", "El Fassi", "Alaoui"]),
    "malaysian": (["Siew Ling", "Jia Hui", "Hui Min", "Pei Shan", "Li Ting"], ["Kok Meng", "Chee Keong", "Kah Hin", "Boon Seng", "Yong Sheng"],
                  ["Tan", "Lim", "Ong", "Goh", "Teo", "Yeoh", "Ooi", "Khoo"]),
    "korean": (["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah"], ["Min-jun", "Seo-jun", "Do-hyun", "Ji-ho", "Hyun-woo"],
               ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Shin"]),
    "indocaribbean": (["Savitri", "Indira", "Shalini", "Kamla", "Rohini"], ["Deonarine", "Vishnu", "Dhanraj", "Suresh", "Rajindra"],
                      ["Ramkissoon", "Persad", "Maharaj", "Seepersad", "Ramdass", "Boodoo", "Jaggernauth", "Ramnarine"]),
    "afrikaner": (["Annelie", "Marietjie", "Elmarie", "Riana", "Lizelle"], ["Pieter", "Jaco", "Wian", "Hendrik", "Gerhard", "Ruan"],
                  ["Botha", "van Wyk", "du Plessis", "Venter", "Pretorius", "Nel", "Coetzee", "Steyn", "van Rensburg"]),
    "jewish": (["Miriam", "Naomi", "Rivka", "Esther", "Talia", "Shira"], ["Avi", "Eli", "Shmuel", "Yossi", "Noam", "Binyamin"],
               ["Cohen", "Levy", "Goldberg", "Rosenberg", "Shapiro", "Abrahams", "Gluckstein", "Mendelsohn"]),
    "russian": (["Anastasia", "Ekaterina", "Svetlana", "Tatiana", "Ksenia"], ["Dmitri", "Sergei", "Alexei", "Vladimir", "Yevgeny", "Pavel"],
                ["Sokolov", "Kuznetsov", "Volkov", "Morozov", "Lebedev", "Orlov", "Zaitsev"]),
    "romanichal": (["Lavinia", "Vashti", "Shyanne", "Delilah", "Clementina"], ["Silvester", "Gilbert", "Elias", "Reuben", "Sampson"],
                   ["Herne", "Buckland", "Wenman", "Scamp", "Penfold", "Ayres", "Hearn", "Loveday"]),
}
NICKNAMES = {
    "Christopher": "Chris", "Matthew": "Matty", "Nicholas": "Nicky", "Samantha": "Sammie", "Jonathan": "Jonny", "Michael": "Mikey",
    "Anthony": "Tony", "Stephen": "Stevie", "Margaret": "Maggie", "Kimberley": "Kimmy", "Eleanor": "Nell", "Dominic": "Dom",
    "Douglas": "Doug", "Declan": "Dec", "Brendan": "Bren", "Panayiotis": "Panos", "Dhanraj": "Raj",
    "Ekaterina": "Katya", "Anastasia": "Nastya", "Dmitri": "Dima", "Hendrik": "Henk", "Shmuel": "Shmuli", "Jennifer": "Jenny",
    "Rachel": "Rach", "Valerie": "Val", "Leslie": "Les", "Beverley": "Bev", "Pamela": "Pam", "Alistair": "Ally", "Philip": "Phil",
    "Andrew": "Andy", "Alexei": "Lyosha", "Vladimir": "Vova", "Gerhard": "Gerrie", "Binyamin": "Benny", "Malachy": "Mal",
    "Caitríona": "Caití", "Bernadette": "Bernie", "Philomena": "Mena", "Tormod": "Norman", "Gordon": "Gordy",
    "Deonarine": "Deo", "Christakis": "Takis", "Abubakarr": "Bakarr", "Santigie": "Santi", "Kondwani": "Kondi",
    "Savitri": "Savi", "Yevgeny": "Zhenya", "Delilah": "Lila", "Clementina": "Clem", "Silvester": "Vester",
    "Annabel": "Bel", "Felicity": "Flick", "Isabelle": "Izzy", "Matilda": "Tilda", "Jessica": "Jess", "Charlotte": "Lottie",
}
# First names odd for a child (OLDER) or for someone over fifty (YOUNGER).
OLDER = {"Susan", "Margaret", "Pamela", "Beverley", "Yvonne", "Doreen", "Valerie", "Peggy", "Nigel", "Roger", "Dennis",
         "Raymond", "Alan", "Leslie", "Gordon", "Douglas", "Marion", "Sheena", "Jeannie", "Enid", "Morfydd", "Myfanwy", "Emlyn",
         "Islwyn", "Bernadette", "Philomena", "Majella", "Fidelma", "Dermot", "Malachy", "Turlough", "Androulla", "Chrystalla",
         "Christakis", "Doris", "Rita", "Karmenu", "Salvu", "Manwel", "Pawlu", "Ġorġ", "Kamla", "Savitri", "Deonarine",
         "Marietjie", "Gilbert", "Clementina", "Kevin", "Ian", "Martin", "Philip", "Stephen", "Alison", "Russell", "Vincent"}
YOUNGER = {"Lauren", "Katie", "Jessica", "Kimberley", "Lindsey", "Kayla", "Aimee", "Brooke", "Mollie", "Isabelle", "Scarlett", "Darcey", "Theo", "Albie", "Teddy", "Harley", "Tegan",
           "Lachie", "Callan", "Kenna", "Eabha", "Odhrán", "Naoise", "Caolán", "Cian", "Gwion", "Alana", "Jude"}
FAKER_LOCALES = ["de_LI", "de_LU", "fr_BE", "fr_CH", "ja_JP", "zh_TW"]
GENDERED = {"greekcypriot", "russian", "irish"}
# Words the documents use as words, or as names of places, funders, firms and rooms: no person is called by one.
TRAP_WORDS = {"Hope", "Will", "May", "Grace", "Rose", "Mark", "Bishop", "Young", "Brown", "Frank", "Miles", "Bill", "Dawn", "Sky",
              "June", "Summer", "Faith", "Joy", "Victoria", "Chase", "Lane", "Street", "Park", "Green", "Holly", "Wood", "King",
              "Rich", "Major", "Sterling", "Unity", "Pearl", "Ruby", "Amber", "Ivy", "Jean", "Carol", "Sunday", "Friday", "April",
              "August", "Bay", "Fell", "Moss", "Marsh", "Hall", "Church", "Court", "Bank", "Cross", "Long", "Little", "Noble", "Wise",
              "Penny", "Stone", "Frost", "Swift", "Fox", "Bird", "Mason", "Baker", "Grant", "Lancaster", "Preston", "Nelson",
              "Kendal", "Chorley", "Morecambe", "Rigby", "Edith", "Ferrier", "Kathleen", "Chadwick", "Whitlock", "Agnes",
              "Harold", "Ashcroft", "Dunmore", "Garnett", "Brindle", "Oswald", "Cuthbert", "Storey", "Owen", "Richard",
              "Lune", "Eden", "Walney", "Sands", "Grange", "Dalton", "Layton", "Morton", "Christian", "Gentile",
              "Sunny", "Dean", "Nancy", "Patience", "Constance", "Prudence", "Temperance", "Clement", "Page", "Booth",
              "Clay", "Knight", "Ward", "Rider", "Sherwood", "Arden"}
_PARTICLES = {"van", "der", "de", "du", "la", "le", "da", "dos", "bin", "al", "el", "ap", "ab", "ó", "mac", "nic", "ní", "st",
              "o'", "mc"}
_STAFF_WORDS = {w for s in STAFF for w in s.split()}


def _latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("Ġ", "G").replace("ġ", "g")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _PARTICLES}


def _other_parts_words() -> set[str]:
    """Every word of a name in the other parts' hand-written pools."""
    import corpus
    import fresh
    import unseen

    out: set[str] = set()
    for pools in (fresh.UK, fresh.OTHER, unseen.UK, unseen.OTHER):
        for fem, mal, last in pools.values():
            for n in (*fem, *mal, *last):
                out |= _words(n)
    for d in (corpus.FIRST, corpus.LAST):
        for names in d.values():
            for n in names:
                out |= _words(n)
    for nick in (fresh.NICKNAMES, unseen.NICKNAMES):
        for k, n in nick.items():
            out |= _words(k) | _words(n)
    out |= {w for v in fresh.IRISH_FEMININE.values() for w in _words(v)}
    return out


def _check_pools(other: set[str]) -> None:
    """No name in these pools is in another part's pools, is a staff name, a trap word or a place."""
    mine: set[str] = set()
    for pools in (UK, OTHER):
        for fem, mal, last in pools.values():
            for n in (*fem, *mal, *last):
                mine |= _words(n)
    for k, n in NICKNAMES.items():
        mine |= _words(k) | _words(n)
    mine |= {w for v in IRISH_FEMININE.values() for w in _words(v)}
    clash = sorted(mine & (other | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS))
    if clash:
        raise ValueError(f"blind pools share names with other parts, staff, traps or places: {clash}")


def _feminine(origin: str, last: str) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(last, last)
    if origin == "greekcypriot" and last.endswith("os"):
        return last[:-2] + "ou"
    if origin == "russian" and last.endswith(("ov", "ev", "in")):
        return last + "a"
    return last


def _title_case(s: str) -> str:
    return "-".join(part.capitalize() for part in s.split("-"))


class Names:
    """Draws (first, last, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        import warnings

        from faker import Faker

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.deck: list[str] = []
        self.other = _other_parts_words()
        _check_pools(self.other)

    def _source(self, rng: random.Random) -> str:
        """Of every twenty people drawn freely: fourteen from the UK pools, three from the other pools and
        three from Faker, shuffled, so that the share does not drift with the seed."""
        if not self.deck:
            self.deck = ["uk"] * 14 + ["other"] * 3 + ["faker"] * 3
            rng.shuffle(self.deck)
        return self.deck.pop()

    def _faker(self, o: str, rng: random.Random, female: bool) -> tuple[str, str]:
        fk = self.fakers[o]
        fk.seed_instance(rng.randint(0, 10**9))
        if o == "ja_JP":
            first = fk.first_romanized_name_female() if female else fk.first_romanized_name_male()
            return first, fk.last_romanized_name()
        if o == "zh_TW":
            first = fk.first_romanized_name_female() if female else fk.first_romanized_name_male()
            return _title_case(first.lower()), _title_case(fk.last_romanized_name().lower())
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        last = " ".join(w if w[:1].isupper() or w.lower() in _PARTICLES else w.capitalize() for w in last.split())
        return first.split()[0], last

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, age: int = 40,
             last_of: str | None = None) -> tuple[str, str, str]:
        """A name; with ``last_of`` (a relative's surname) only the first name is drawn."""
        src = None
        for _ in range(100):
            o = origin
            if o is None:
                src = src or self._source(rng)
                if src == "uk":
                    o = rng.choices(list(UK_WEIGHTS), weights=list(UK_WEIGHTS.values()))[0]
                elif src == "other":
                    o = rng.choice(list(OTHER))
                else:
                    o = rng.choice(FAKER_LOCALES)
            if o in UK or o in OTHER:
                fem, mal, surnames = UK.get(o) or OTHER[o]
                first = rng.choice(fem if female else mal)
                last = rng.choice(surnames)
            else:
                first, last = self._faker(o, rng, female)
            if last_of is not None:
                last = last_of
            if o not in UK and o not in OTHER and (_words(first) | _words(last)) & self.other:
                continue
            words = _words(first) | _words(last)
            if not (_latin(first) and _latin(last)) or words & (_STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS) or first == last:
                continue
            if len(first) < 3 or len(last) < 2:
                continue
            if (age < 25 and first in OLDER) or (age > 50 and first in YOUNGER):
                continue
            return first, last, o
        raise RuntimeError("no name")


# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Lancaster", ["LA1", "LA2"], "01524", "L"), ("Morecambe", ["LA3", "LA4"], "01524", "L"), ("Heysham", ["LA3"], "01524", "L"),
         ("Carnforth", ["LA5"], "01524", "L"), ("Preston", ["PR1", "PR2"], "01772", "L"), ("Chorley", ["PR6", "PR7"], "01257", "L"),
         ("Leyland", ["PR25"], "01772", "L"), ("Blackburn", ["BB1", "BB2"], "01254", "L"), ("Accrington", ["BB5"], "01254", "L"),
         ("Burnley", ["BB10", "BB11"], "01282", "L"), ("Nelson", ["BB9"], "01282", "L"), ("Blackpool", ["FY1", "FY3", "FY4"], "01253", "L"),
         ("Fleetwood", ["FY7"], "01253", "L"), ("Kendal", ["LA9"], "01539", "C"), ("Ulverston", ["LA12"], "01229", "C"),
         ("Barrow-in-Furness", ["LA13", "LA14"], "01229", "C"), ("Carlisle", ["CA1", "CA2", "CA3"], "01228", "C"),
         ("Workington", ["CA14"], "01900", "C"), ("Whitehaven", ["CA28"], "01946", "C"), ("Penrith", ["CA11"], "01768", "C")]
STREETS = ["Ryelands Crescent", "Bowerham Terrace", "Torrisholme Road", "Halton Brow", "Scale Hall Lane", "Greaves Drive",
           "Fell View", "Moorside Walk", "Stonewell Close", "Ingleborough Way", "Coniston Avenue", "Furness Street", "Ribble Bank",
           "Fishergate Hill", "Tulketh Brow", "Plungington Road", "Moor Nook Close", "Audley Range", "Shadsworth Road",
           "Padiham Road", "Rosegrove Lane", "Whalley Old Road", "Lytham Grove", "Bispham Road", "Layton Walk", "Botchergate Court",
           "Harraby Green", "Raffles Avenue", "Morton Street", "Salterbeck Drive", "Kells Lane", "Hensingham Road", "Ormsgill Lane",
           "Walney Road", "Vickerstown Crescent", "Dalton Lane", "Hawcoat Lane", "Netherfield Close", "Skerton Grove", "Aldcliffe Mews"]
BLOCKS = ["Vale Court", "Skerton House", "Kingfisher Court", "Ferry Point", "Bay View Tower", "Lune Wharf", "Mill Race House",
          "Sandylands Heights"]
HOUSE_NAMES = ["Low Birk Barn", "The Old Smithy", "Beckside Cottage", "Thorn Garth", "Hollins Farm", "Crag View", "The Haven",
               "Larch How"]
SCHOOLS = ["Skerton Vale High School", "Ribble Brook Academy", "Kentmere Fells Academy", "Furness Sands Academy",
           "Solway Coast Academy", "Calder Mill High School", "Fylde Edge Academy", "Our Lady of the Bay Catholic College",
           "Eden Castle Academy", "Bowland Ridge School", "Kathleen Ferrier Academy", "Sir Richard Owen High School"]
PRIMARY = ["Brindle Moss Primary School", "Hest Lane Primary School", "Walney Point Primary School", "St Cuthbert's CE Primary School",
           "Storey Avenue Community Primary School"]
PRISONS = ["HMP Lancaster Farms", "HMP Preston", "HMP Kirkham", "HMP Garth", "HMP Wymott", "HMP Styal", "HMYOI Hindley", "HMP Risley"]
COURTS = ["Lancaster Magistrates' Court", "Preston Crown Court", "Blackburn Youth Court", "Carlisle Crown Court",
          "Blackpool Magistrates' Court", "Furness Youth Court"]
VENUES = ["Skerton Community Centre", "the Ryelands Hub", "Heysham Library", "the Quaker Meeting House on Meeting House Lane",
          "the Edith Rigby Room at Preston Central Library", "Morecambe Town Hall, Committee Room 2", "Harraby Community Campus",
          "Ormsgill Family Hub", "the Kathleen Ferrier Room, Carnforth Civic Hall"]
_GENERIC = {"Road", "Street", "Lane", "Close", "Drive", "Avenue", "Grove", "Walk", "Way", "Crescent", "Mews", "Terrace", "Place",
            "Gardens", "Square", "Row", "Court", "View", "Park", "Bank", "Brow", "Green", "Hill", "Range", "Old", "in", "the", "of",
            "School", "Academy", "High", "Primary", "College", "Catholic", "Our", "Lady", "HMP", "HMYOI", "Farms", "Magistrates'",
            "Crown", "Youth", "Community", "Centre", "Library", "Room", "Hub", "Family", "Campus", "Town", "Civic", "Meeting",
            "House", "Central", "Committee", "on", "at", "Sir", "Sands", "Point", "Tower", "Heights", "Wharf", "Race", "Barn",
            "Cottage", "Farm", "The", "St", "CE"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + STREETS + BLOCKS + HOUSE_NAMES + SCHOOLS + PRIMARY + PRISONS + COURTS + VENUES
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXY"
MAIL = ["gmail.com", "gmail.com", "hotmail.com", "live.com", "aol.co.uk", "tiscali.co.uk", "gmx.co.uk", "blueyonder.co.uk",
        "ymail.com", "outlook.com", "plusnet.com", "zen.co.uk", "btinternet.com"]
FORCES = {"L": ("Lancashire Constabulary", "lancashire.police.uk", "LC", "06"),
          "C": ("Cumbria Constabulary", "cumbria.police.uk", "CC", "03")}
STATIONS = {"L": ["LAN", "BLP", "PRE", "BBN"], "C": ["BAR", "CAR", "KEN", "WHV"]}


def _mobile(rng: random.Random) -> str:
    d = f"7{rng.randint(300, 999)}{rng.randint(100000, 999999)}"
    form = rng.choice(["0s", "0s", "0s", "033", "+44s", "(+44)", "plain", "44", "0s3"])
    return {
        "0s": f"0{d[:4]} {d[4:]}", "033": f"0{d[:4]} {d[4:7]} {d[7:]}", "+44s": f"+44 {d[:4]} {d[4:]}",
        "(+44)": f"(+44) {d[:4]} {d[4:7]} {d[7:]}", "plain": f"0{d}", "44": f"44{d}", "0s3": f"0{d[:3]} {d[3:6]} {d[6:]}",
    }[form]


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(3, 8)}{rng.randint(10000, 99999)}"
    return rng.choice([f"{code} {local}", f"{code} {local[:2]} {local[2:4]} {local[4:]}", f"({code}) {local[:3]}-{local[3:]}",
                       f"+44 (0){code[1:]} {local}", f"{code} {local}"])


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        if rel is not None:
            first, _, o = names.draw(rng, self.female, origin=rel.origin, age=target, last_of=rel.stem)
            last = _feminine(o, rel.stem) if self.female else rel.stem
            self.origin, self.stem = o, rel.stem
        else:
            first, last, o = names.draw(rng, self.female, origin=origin, age=target)
            self.origin, self.stem = o, last
            if self.female:
                last = _feminine(o, last)
        self.first, self.last = first, last
        self.nick = NICKNAMES.get(first, first)
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        town, districts, code, force = rng.choice(TOWNS)
        self.town = town
        self.district = rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS)
        kind = rng.random()
        if kind < 0.6:
            self.addr = f"{rng.randint(1, 160)}{rng.choice(['', '', '', '', '', 'a', 'b'])} {self.street}"
        elif kind < 0.8:
            self.addr = f"Flat {rng.randint(1, 36)}, {rng.choice(BLOCKS)}, {rng.randint(2, 90)} {self.street}"
        elif kind < 0.88:
            self.addr = f"Apartment {rng.randint(1, 60)}, {rng.choice(BLOCKS)}, {self.street}"
        else:
            self.addr = f"{rng.choice(HOUSE_NAMES)}, {self.street}"
        self.mobile = _mobile(rng)
        self.landline = _landline(rng, code)
        fa = re.sub(r"[^a-z]", "", _ascii(first).lower())
        la = re.sub(r"[^a-z]", "", _ascii(last).lower())
        yy = f"{self.dob.year % 100:02d}"
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{la}{fa[0]}", f"{fa}-{la}", f"the{la}s", f"{fa}.{la}.{yy}",
                            f"{re.sub(r'[^a-z]', '', _ascii(self.nick).lower())}{yy}", f"{fa[0]}{la}{rng.randint(1, 9)}", f"{la}.{fa}"])
        self.email = f"{local}@{rng.choice(MAIL)}"
        self.work = f"{fa}.{la}" if rng.random() < 0.7 else f"{fa[0]}{la}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 699999999))
        self.passport_ie = f"P{rng.choice('ABCDEFGHJKLMNPRTUVWX')}{rng.randint(1000000, 9999999)}"
        self.licence = licence(rng, _ascii(last).replace("'", ""), _ascii(first), self.dob, self.female)
        self.licence_issue = f"{rng.randint(10, 99)}"
        self.licence_ni = f"{rng.randint(10000000, 99999999)}"
        year = rng.choice(["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "65", "66", "67", "68", "69", "70",
                           "71", "72", "73", "74", "75"])
        self.vrm = f"{rng.choice('PMPK')}{rng.choice(LETTERS)}{year} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_old = f"{rng.choice('ABCDEFGHJKLMNPRST')}{rng.randint(10, 999)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_ni = f"{rng.choice(['LXZ', 'BFZ', 'KGZ', 'SCZ', 'UIJ', 'AXZ'])} {rng.randint(1000, 9999)}"
        self.prison = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
        self.force_key = force
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(20, 240)))

    def near(self, other: Person, rng: random.Random) -> None:
        """Move next door to (or round the corner from) another person."""
        self.town, self.district, self.street = other.town, other.district, other.street
        self.postcode = f"{self.district} {other.postcode.split()[1][0]}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.addr = f"{rng.randint(1, 160)} {self.street}"
        self.landline = _landline(rng, next(code for t, _, code, _ in TOWNS if t == self.town))

    def police(self, rng: random.Random, when: dt.date) -> None:
        """Police references for an incident on or about ``when``."""
        force = self.force_key
        self.force, self.force_domain, fc, fnum = FORCES[force]
        serial = rng.randint(1, 1800)
        n = rng.randint(1000, 99999)
        station = rng.choice(STATIONS[force])
        if force == "L":
            self.log = f"LC-{when:%Y%m%d}-{serial:04d}"
            self.crime = f"{rng.choice(['WA', 'WB', 'EC', 'SC'])}{when:%y}/{n:05d}"
        else:
            self.log = f"STORM {serial:04d} {when:%d/%m/%y}"
            self.crime = f"{n:06d}/{when:%y}-CC"
        self.custody = f"{station}/{when:%y}/{rng.randint(100, 99999):05d}"
        self.occ = f"{when:%y}{rng.randint(10**7, 10**8 - 1)}"
        self.btp = f"BTP {serial} of {when:%d/%m/%Y}"
        self.urn = f"{fnum}{station[:2]}{n:05d}/{when:%y}"


def _fields(p: Person, r: str) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    nhs, dob = p.nhs, p.dob
    title = "Mr" if not p.female else ("Miss" if p.age < 18 else "Ms" if p.age < 30 or sum(map(ord, p.first)) % 3 == 0 else "Mrs")
    return {
        r: p.first, f"{r}_last": p.last, f"{r}_full": f"{p.first} {p.last}", f"{r}_nick": p.nick, f"{r}_caps": p.last.upper(),
        f"{r}_fcaps": f"{p.first} {p.last}".upper(), f"{r}_rev": f"{p.last}, {p.first}", f"{r}_revcaps": f"{p.last.upper()}, {p.first}",
        f"{r}_lower": f"{p.first} {p.last}".lower(), f"{r}_flow": p.first.lower(), f"{r}_init": f"{p.first[0]}. {p.last}",
        f"{r}_si": f"{p.first} {p.last[0]}.", f"{r}_title": title, f"{r}_tl": f"{title} {p.last}", f"{r}_tfull": f"{title} {p.first} {p.last}",
        f"{r}_dob": dob.strftime("%d/%m/%Y"), f"{r}_dobnp": f"{dob.day}/{dob.month}/{dob.year}", f"{r}_dobo": f"{_ordinal(dob.day)} {dob.strftime('%B %Y')}",
        f"{r}_dobof": f"{_ordinal(dob.day)} of {dob.strftime('%B %Y')}", f"{r}_dobmon": f"{dob.day} {dob.strftime('%b %Y')}",
        f"{r}_dobiso": dob.isoformat(), f"{r}_dobyy": dob.strftime("%d/%m/%y"), f"{r}_dobdash": dob.strftime("%d-%b-%Y").upper(),
        f"{r}_dobl": f"{dob.day} {dob.strftime('%B %Y')}",
        f"{r}_age": str(p.age), f"{r}_yo": f"{p.age}yo", f"{r}_aage": f"{'an' if p.age in (8, 11, 18) or 80 <= p.age < 90 else 'a'} {p.age}-year-old",
        f"{r}_addr": p.addr, f"{r}_street": p.street, f"{r}_town": p.town, f"{r}_pc": p.postcode, f"{r}_pclow": p.postcode.lower(),
        f"{r}_pctight": p.postcode.replace(" ", ""), f"{r}_district": p.district,
        f"{r}_mob": p.mobile, f"{r}_land": p.landline, f"{r}_email": p.email, f"{r}_work": p.work,
        f"{r}_nhs": nhs, f"{r}_nhssp": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{r}_ni": p.ni, f"{r}_nitight": p.ni.replace(" ", ""),
        f"{r}_nilow": p.ni.replace(" ", "").lower(), f"{r}_pp": p.passport, f"{r}_ppie": p.passport_ie,
        f"{r}_dl": p.licence, f"{r}_dlcard": f"{p.licence} {p.licence_issue}", f"{r}_dlsp": f"{p.licence[:5]} {p.licence[5:11]} {p.licence[11:]}",
        f"{r}_dlni": p.licence_ni, f"{r}_vrm": p.vrm, f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_vrmold": p.vrm_old,
        f"{r}_vrmni": p.vrm_ni, f"{r}_pris": p.prison, f"{r}_prislow": p.prison.lower(),
        f"{r}_log": p.log, f"{r}_crime": p.crime, f"{r}_cust": p.custody, f"{r}_occ": p.occ, f"{r}_btp": p.btp, f"{r}_urn": p.urn,
        f"{r}_force": p.force, f"{r}_fd": p.force_domain,
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy",
        f"{r}_parent": "mum" if p.female else "dad", f"{r}_partner": "wife" if p.female else "husband",
        f"{r}_sib": "sister" if p.female else "brother", f"{r}_gp": "nan" if p.female else "grandad",
        f"{r}_lad": "girl" if p.female else "lad",
    }


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None) -> dict[str, str]:
    """The values for one document: its people (by role) and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [near=role] [nick]"; kinds are child,
    pupil, young, adult, old and pro (a professional); "nick" asks for someone with a nickname, "near"
    for a neighbour. ``avoid`` holds name words already used in the document (rows of a workbook)."""
    people: dict[str, Person] = {}
    avoid = avoid if avoid is not None else set()
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (9, 12), "young": (13, 17), "adult": (19, 58), "old": (66, 92), "pro": (26, 62), "pupil": (11, 16)}[words[0]]
        for w in words:
            if w.startswith("age="):
                lo, hi = w[4:].split("-")
                age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = next((rng.choice(w.split("=")[1].split("|")) for w in words if w.startswith("origin=")), None)
        rel = next((people[w.split("=")[1]] for w in words if w.startswith("rel=")), None)
        for _ in range(60):  # two people in one document share neither a first name nor (unless related) a surname
            person = Person(names, rng, age=age, female=female, origin=origin, rel=rel)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            clash = person.first in taken_first or person.nick in taken_first or (rel is None and _words(person.last) & taken_last)
            if not clash and ("nick" not in words or person.nick != person.first):
                break
        near = next((people[w.split("=")[1]] for w in words if w.startswith("near=")), None)
        if near is not None:
            person.near(near, rng)
        people[r] = person
    for person in people.values():
        avoid |= {person.first, person.nick} | _words(person.last)
    staff = rng.sample(STAFF, 3)
    dates = [dt.date(2025, rng.randint(2, 9), rng.randint(1, 28))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 15)))
    dates = [d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates]
    for i in range(1, len(dates)):  # working days, strictly later than the one before
        while dates[i] <= dates[i - 1] or dates[i].weekday() >= 5:
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(14, 120))
    v: dict[str, str] = {}
    for r, p in people.items():
        p.police(rng, offence + dt.timedelta(days=rng.randint(0, 3)))
        v.update(_fields(p, r))
    school, school2 = rng.sample(SCHOOLS, 2)
    v.update({
        "school_dom": re.sub(r"[^a-z]", "", school.lower().replace("our lady of the", "olotb").split()[0]) + ".lancs.sch.uk",
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2025-{rng.randint(701, 990):04d}", "case2": f"NMT-2024-{rng.randint(521, 990):04d}",
        "case3": f"NMT-2025-{rng.randint(991, 1200):04d}",
        "invoice": nhs_number(rng), "school": school, "school2": school2, "primary": rng.choice(PRIMARY), "prison": rng.choice(PRISONS),
        "venue": rng.choice(VENUES), "court": rng.choice(COURTS),
        "odate": offence.strftime("%d/%m/%Y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}",
        "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "n3": str(rng.randint(2, 12)),
        "n4": str(rng.randint(120, 460)), "pct": str(rng.randint(61, 96)),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"ds{i + 1}"] = d.strftime("%d/%m/%y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
        v[f"dd{i + 1}"] = d.strftime("%a %d %b")
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


# ------------------------------------------------------------------------------------------ documents

SUPERVISION = """Case management supervision: caseload review
Practitioner: $staff. Supervisor: $staff2. Date: $dl3. Record SUP-25-0$n1 (six-weekly cycle).
Wellbeing check-in: workload heavy since the Carlisle cases came across; agreed no new allocations until $dl5. Annual leave booked for the week after half term.
¦Case¦Parties¦Stage¦Discussed¦Agreed action
¦$case¦{{n|$a_revcaps}} ({{age|$a_age}}) and {{n|$b_tfull}}¦Preparation¦{{n|$a}} {{sc|admitted the assault}} on {{n|$b_tl}} at the bus station; {{n|$b_tl}} is keen but anxious about the meeting¦Second preparation visit to {{n|$b_tl}}; check {{n|$a}}'s timetable with {{sch|$school}}
¦$case2¦{{n|$c_full}} / {{n|$d_full}}¦Shuttle¦Boundary fence. {{n|$d}} {{sc|has early-onset dementia}}; his wife {{n|$e}} often answers for him¦Ask {{n|$e}} whether the memory nurse can advise on capacity
¦$case3¦{{n|$f_init}} and the Co-op on Ryelands Crescent¦Letter¦{{n|$f_init}} {{sc|was given a community resolution for shoplifting}}; letter drafted¦Send the draft to the store manager
¦NMT-2025-0630¦Victim A and YP2 (anonymised for the team day)¦Closed¦Good example of a letter exchange¦Use as a case study in training
Reflection: $staff_first noticed that {{n|$b}} keeps asking whether {{n|$a}} will be "let off". We talked about explaining that the police decision is already made and is not ours to change.
Safeguarding: nothing new. {{n|$c}} mentioned on a visit that $c_his son {{n|$g}} ({{age|$g_age}}) {{sc|is being treated for anorexia}}; not relevant to the mediation and not recorded on the case file.
Caseload: 17 open (target 18). Three cases waiting over 20 working days; reasons recorded.
Next supervision: $dl5. Both to sign.
@comment $staff2: shall we take the line about {{n|$c}}'s son out before this goes on the HR file? It is about a third party.
@footnote Supervision records are kept for the length of employment plus six years (retention schedule, line 14).
"""

CHECKLIST = """Restorative meeting: pre-meeting preparation checklist
Complete one for every participant before a face-to-face meeting. Tick each box on the day, then file it in section 4 of the case file.
@field Case number ¦ $case
@field Participant ¦ {{n|$h_revcaps}}
@field Role in the meeting ¦ Harmed person
@field Date of birth ¦ {{dob|$h_dobnp}}
@field Supporter attending ¦ {{n|$s_tfull}} (neighbour)
@field Best contact ¦ {{tel|$h_land}}
@field Access or health needs ¦ {{sc|Uses a walking frame}} and {{sc|has COPD}}; chair with arms, break every 30 minutes
@field Faith or cultural needs ¦ None given
@field Police reference (for the file) ¦ {{pol|$h_log}}
@field Checked by ¦ $staff
Before the day
[x] Venue booked: $venue, ground floor. Parking space by the door reserved for the supporter's car, {{vrm|$s_vrm}}.
[x] Person responsible, {{n|$y_full}} ({{age|$y_age}}), told who will be there and why.
[x] {{n|$h_tl}} has seen the seating plan and would like the chair nearest the door.
[ ] Taxi home for {{n|$h_tl}} to {{addr|$h_addr}}, {{pc|$h_pc}} at 3.15pm: booked with Lune Taxis on account NMT-LT-004.
[x] {{n|$y}}'s mother, {{n|$p_full}}, will bring {{n|$y}} and wait in the side room.
[x] Risk: {{n|$y}} {{sc|was arrested for the burglary}} at {{n|$h_tl}}'s home in the spring; no other concerns. No contact outside the meeting.
On the day
[ ] Water, tissues, name cards (first names only), the talking piece.
[ ] Co-facilitator: $staff2. Debrief straight after, in the car park if need be.
@footnote Do not bring this sheet into the meeting room.
"""

QUESTIONNAIRE = """Your views on the restorative process - questionnaire for people harmed
Thank you for taking part. Your answers help us improve. They are read by the team and by our quality lead. You do not have to answer every question.
@field Q1 Your name (optional) ¦ {{n|$h_full}}
@field Q2 How should we contact you about this form? ¦ {{em|$h_email}}
@field Q9 May we quote you without your name? ¦ Yes
Q3. What did you hope would happen?
i wanted {{n|$y}} to see me as a person and not just a car on a drive. my husband {{n|$hu}} thought it was a waste of time but he came round in the end.
Q4. Was the preparation enough?
Yes. $staff_first came three times. The second visit was hard because I had just been told I {{sc|have breast cancer}} and I nearly cancelled the whole thing. $staff_first was kind about it and we moved the date.
Q5. What was the meeting like?
Frightening at first. {{n|$y}}'s dad, {{n|$yd_full}}, did a lot of the talking at the start and I wanted to hear from the lad himself. When {{n|$y}} spoke it was real. He said he {{sc|had been smoking cannabis}} every day since Year 9 and that he {{sc|took the car}} for a laugh with his mates.
Q6. Has anything changed for you since?
I sleep better. I parked on the drive again last week. Our grandson {{n|$gs}} (he is {{age|$gs_age}}) has stopped asking if the boys are coming back.
Q7. Would you recommend this to someone else?
Yes. I told my friend {{n|$fr_full}}, whose shed was broken into. She is going to ring you.
Q8. Anything else?
Please thank the lady on reception. And could you post me a copy of the agreement to {{addr|$h_addr}}, {{pc|$h_pclow}}? I have lost mine.
@footnote Paper forms are shredded once the answers are typed into the feedback log.
"""

TEACHER = """Restorative conversation record - pastoral team
School: {{sch|$school}}. Written by {{n|$t_tfull}}, Year 8 tutor.
Date: $dw2, period 5. Room: library annexe (chosen as neutral ground).
Pupils: {{n|$p1_full}} (8Q) and {{n|$p2_full}} (8R). Also present: {{n|$ta_full}}, teaching assistant.
What happened, in the pupils' words
{{n|$p1}}: "{{n|$p2}} kept saying stuff about Gypsies in the dinner queue, every day. I told a teacher on Monday and nothing happened, so I lost it and swore at him." {{n|$p1}}'s family {{sc|are Romany Gypsies}} and $p1_he has been called names since Year 7.
{{n|$p2}}: "It was banter. I didn't know it was that bad." {{n|$p2}} said he hears it at home and didn't think.
Who has been affected? Both pupils; {{n|$p1}}'s sister {{n|$p1s}}, who is in Year 7 and was in the queue; the lunchtime staff, who had to separate them.
What needs to happen? {{n|$p2}} apologised without being prompted. {{n|$p1}} accepted, and said sorry for swearing.
@tracked Agreed: separate tables at lunch for two weeks, then a review with me. ¦ {{n|$p2}}'s father {{n|$p2d_full}} {{sc|has a conviction for racially aggravated assault}} and may not back this; speak to the DSL first.
Parents told by phone: {{n|$p1m_tl}} on {{tel|$p1m_mob}}, and {{n|$p2d_tl}} (no answer; message left).
Logged on CPOMS as a prejudice-related incident, CP-4471. Not reported to the police. Follow-up circle with the form group to be run by Northmoor's schools team.
@comment {{n|$dsl_full}} (DSL): thank you, this is clear. Please add the EHCP note about {{n|$p1_full}}: {{sc|dyslexia}}, so read the agreement aloud as well as giving a copy.
"""

BRIEFING = """LANCASHIRE CONSTABULARY - OFFICIAL SENSITIVE
Lancaster and Morecambe Neighbourhood Policing Team - morning briefing - $dw3
Briefing officer: PS {{n|$ps_full}} ({{em|$ps_work@lancashire.police.uk}}). Present for item 4 only: $staff, Northmoor Mediation Trust.
1. Priority location: West End, Morecambe (Marine Road West to Regent Road). Reports of anti-social behaviour up 14% on last month. High-visibility patrols 1500 to 2300.
2. People of interest
- {{n|$n1_fcaps}} ({{age|$n1_age}}), {{addr|$n1_addr}}, Morecambe. {{sc|Suspected of the arson}} at the bowling green pavilion, crime {{pol|$n1_crime}}. Seen driving a silver Corsa, {{vrm|$n1_vrm}}. Do not approach alone.
- {{n|$n2_fcaps}}: {{sc|recalled to prison}} for breach of licence ({{pris|$n2_pris}}, released from HMP Lancaster Farms in July). Believed to be staying with {{n|$n2g_full}} on Bowerham Terrace; not confirmed.
- {{n|$n3_revcaps}}, {{age|aged $n3_age}}, {{sc|charged with possession with intent to supply}} after the stop on $dl1. Bail: curfew 2100 to 0700 at {{addr|$n3_addr}}, {{pc|$n3_pc}}.
3. Missing from home: {{n|$m_full}}, {{age|$m_yo}}, from Heysham. {{sc|Type 1 diabetic}} and needs insulin. Last seen near the ferry terminal. Log {{pol|$m_log}}. Updates to {{n|$m}}'s mum on {{tel|$mm_mob}}.
4. Restorative justice: $staff_first is working with {{n|$r_full}}, who {{sc|damaged the war memorial}} on Marine Road in May. The harmed party is the town council; the chair, Cllr {{n|$cl_full}}, will meet him on $dl4. Please do not mention the case on social media.
5. Vehicles: look out for {{vrm|$v_vrmold}}, an old blue Transit, linked to fly-tipping at Halton. Registered keeper {{n|$v_tfull}} sold it in the summer and is not a suspect.
6. Good news: the Young Persons' Forum at the Hope Street youth centre went well. Thanks to PCSO {{n|$pcso_full}} for organising it.
Mark the briefing as read on the intranet (ref NPT-LM-25-$n4). Next briefing 0700 tomorrow.
"""

PAYBACK = """The Probation Service - Community Payback
Placement note: restorative project at Ryelands Park, Lancaster
Supervisor: {{n|$sup_full}}. Project CP-LAN-0172. Session: $dl2. Beneficiary: Friends of Ryelands Park.
Attending: {{n|$w1_revcaps}} (probation practitioner {{n|$cm_full}}), {{n|$w2_revcaps}} and {{n|$w3_revcaps}}.
{{n|$w1}} is on a community order for {{sc|criminal damage to the play area}} in this park, which is why the placement was chosen, with the Friends group's agreement.
The chair of the Friends, {{n|$ch_full}}, came over at lunch and talked to {{n|$w1}} about what the damage had meant for the families who use the park. {{n|$w1}} listened, and said sorry; {{n|$ch}} shook his hand and showed him the new benches.
{{n|$w2}} left at 1pm with a fit note from his GP for a {{sc|lower back injury}}. Afternoon hours not credited.
{{n|$w3}} asked to move to Saturdays because of {{sc|Friday prayers}}; passed to the allocations team.
Tools signed out and back: all returned. Probation van fleet no. 77. Weather dry. No incidents. Next session: $dl3.
¦Name¦Arrived¦Left¦Hours¦Conduct
¦{{n|$w1_revcaps}}¦08:55¦16:00¦7¦Good
¦{{n|$w2_revcaps}}¦09:10¦13:00¦3.5¦Good
¦{{n|$w3_revcaps}}¦08:50¦16:00¦7¦Good
"""

APPROPRIATE_ADULT = """Appropriate Adult Service (volunteer scheme) - attendance note
AA: {{n|$aa_full}}, volunteer no. 0412. Called by the custody sergeant at Lancaster police station at 19:40.
Detained person: {{n|$y_full}}, {{age|$y_age}}. Custody record {{pol|$y_cust}}.
Date of birth given as {{dob|$y_dobo}}. Home address given: {{addr|$y_addr}}, $y_town.
Reason for arrest: {{sc|suspected theft of a bicycle}} from outside the leisure centre.
Parent not available: mum, {{n|$p_full}}, works nights at the infirmary and could not be reached; I tried {{tel|$p_mob}} twice.
Needs: {{n|$y}} told me $y_he {{sc|has ADHD}} and {{sc|takes Concerta}} in the mornings, and had not had it today. I asked the custody nurse to see $y_him. Solicitor: {{n|$sol_full}}, duty scheme.
Interview 21:15 to 21:40. {{n|$y}} answered the questions and {{sc|admitted taking the bike}}. I intervened once, when DC {{n|$dc_last}} asked two questions at once.
Outcome: released under investigation. The officer mentioned a possible community resolution with a restorative part, through Northmoor.
Left the station 22:35. Mileage claimed: 14.
Passed to $org with {{n|$y}}'s and $y_his mum's consent on $dl2 (their ref $case).
"""

MG11 = """RESTRICTED (when complete)
WITNESS STATEMENT (MG11)
Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B
URN: {{pol|$w_urn}}
Statement of: {{n|$w_fcaps}}
Age if under 18: {{age|$w_age}}    Occupation: school pupil
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything which I know to be false.
Signature: (signed)    Date: $d2
[Extract copied with the witness's and parent's consent, for restorative preparation only]
I am in Year 10 at {{sch|$school}}. On $odate_l at about 3.45pm I was at the bus stop on Scotforth Road with my friend {{n|$f_full}}. A lad I know as {{n|$s_nick $s_last}}, who is in Year 11, walked up to {{n|$v_full}} and {{sc|took his phone out of his hand}}.
When {{n|$v}} tried to get it back, {{n|$s_nick}} {{sc|punched him in the face}}. {{n|$v}}'s nose was bleeding and he sat down on the kerb. {{n|$s_nick}} walked off towards the shops laughing.
I know {{n|$s_nick}} because he used to go out with my cousin. I would recognise him again.
@page
Witness contact details (not to be disclosed to the defence)
@field Home address ¦ {{addr|$w_addr}}
@field Postcode ¦ {{pc|$w_pc}}
@field Home telephone ¦ {{tel|$w_land}}
@field Date of birth ¦ {{dob|$w_dobnp}}
@field Parent or guardian ¦ {{n|$wp_tfull}}
@field Self-defined ethnicity ¦ W1 - {{sc|White British}}
@field Dates to avoid ¦ Half term week
"""

AGREEMENT = """Community mediation: agreement between neighbours
Reached at a mediation meeting on $dl3 at $venue, with mediators $staff and $staff2.
It is made in good faith. It is not legally binding, but everyone who signs it means to keep it.
Party A: {{n|$a_tfull}}, {{addr|$a_addr}}, {{pc|$a_pc}}
Party B: {{n|$b_tfull}} and {{n|$b2_tfull}}, {{addr|$b_addr}}, {{pc|$b_pc}}
What we agreed
¦No.¦Agreement¦Who
¦1¦The leylandii on the boundary will be cut to two metres by a gardener whom {{n|$a_tl}} will book; the cost will be shared equally.¦Both
¦2¦The security light on {{n|$b2_tl}}'s garage will be angled down so that it no longer shines into {{n|$a}}'s bedroom.¦{{n|$b2}}
¦3¦Election posters: each household may put posters in its own front window only. {{n|$a_tl}} accepts that {{n|$b}} {{sc|is a Labour Party member}}, and {{n|$b}} accepts that {{n|$a_tl}} {{sc|supports Reform UK}}; neither will comment on the other's posters again.¦Both
¦4¦{{n|$a}} will text {{n|$b2}} on {{tel|$b2_mob}} before a party or noisy building work, and {{n|$b2}} will do the same on {{tel|$a_mob}}.¦Both
¦5¦If there is a new problem, either household will ring the mediation service on $org_phone before contacting the council or the police.¦Both
Review: a phone call from the mediators on $dl5.
Signed: ............ {{n|$a_full}}    ............ {{n|$b_full}}    ............ {{n|$b2_full}}
@footnote The council's anti-social behaviour team (case ASB/LAN/25/0311) has closed its file on the strength of this agreement.
"""

NEWSLETTER = """St Oswald's Parish News - Halton and Aughton - Autumn 2025
From the Vicarage
Dear friends, the harvest supper is on Saturday 4 October at 6.30pm in the village hall. Grace will be said by the churchwardens, and the bill for the roof repairs will be on the noticeboard, so come prepared!
A story of putting things right (shared with permission)
Last winter the lych gate was badly damaged one Saturday night. Many of you will remember the mess. This summer the young man responsible, {{n|$y_full}}, who is {{age|$y_age}} and lives in the village, met our churchwardens, {{n|$cw1_full}} and {{n|$cw2_full}}, with the help of Northmoor Mediation Trust. {{n|$y}} {{sc|pleaded guilty to criminal damage}} in the spring, and he and his family wanted the village to hear the end of the story as well as the beginning.
"I didn't think about who looks after it," {{n|$y}} told us. "{{n|$cw1}} showed me the names carved on it." Since then {{n|$y}} has spent four Saturdays helping {{n|$cw2}} repaint the gate, with tools lent by his grandad, {{n|$gd_full}}.
{{n|$cw1}} said: "We were angry, and now we're not. That is worth a lot."
Thank you to {{n|$y}}'s parents for agreeing to this piece, and to Gareth Hughes at Northmoor.
Other news
The Bishop of Lancaster will visit on Sunday 16 November for the confirmation service. The Dawn Walk for the food bank (10 miles, Halton to Caton and back) raised £812.
Will whoever borrowed the large tea urn please return it to the vestry. The Rose Garden is closed for replanting until spring.
Prayer list: please pray for {{n|$pr1_full}}, {{sc|recovering from heart surgery}}, and for {{n|$pr2_full}}, {{sc|who has started chemotherapy}}.
Revd {{n|$vic_full}}, The Vicarage, Church Brow, Halton. Parish office open Tuesday and Thursday mornings.
"""

TEAMS = """Meeting chat: "Multi-agency RJ case discussion - Morecambe" ($dw2)
[10:02] {{n|$yo_full}} (Lancashire YJS): morning all, can everyone see the screen share?
[10:02] Priya Nair: yes thanks
[10:03] {{n|$sw_full}} joined the meeting
[10:04] {{n|$sw_lower}}: sorry, late, was on another call. is this about {{n|$y_lower}}?
[10:04] {{n|$yo}}: yes, {{n|$y_full}}, dob {{dob|$y_dobyy}}. {{n|$y_flow}} has agreed to meet the shop owner about the {{sc|shoplifting}}
[10:05] {{n|$pc_full}} (Lancashire Constabulary): fyi crime ref is {{pol|$y_crime}}, the community resolution was signed off yesterday
[10:06] {{n|$sw_flow}}: ok. just to flag that {{n|$y_flow}} {{sc|self harmed}} at the weekend, mum took her to A&E. she is ok now
[10:06] Priya Nair: thanks for telling us. we can move the meeting back if she wants
[10:08] {{n|$yo}}: shop owner is {{n|$so_tfull}}, his number is {{tel|$so_mob}}. he wants to meet at the shop after closing
[10:09] {{n|$pc}}: not keen on that tbh, neutral venue better
[10:10] Aisha Rahman: agree. we can use Skerton Community Centre
[10:12] {{n|$sw_flow}}: I'll send the strategy minutes after. also {{n|$y_flow}}'s new address is {{addr|$y_addr}} {{pc|$y_pclow}}, she's moved to her nan's
[10:13] {{n|$yo}}: 👍
[10:15] {{n|$pc}} left the meeting
[10:20] Recording stopped. Transcript saved to the channel "RJ - North West".
"""

FORWARDED = """From: $staff <$staff_email>
Sent: $dw4 2025 09:12
To: referrals@$org_domain
Subject: FW: FW: FW: possible referral - Year 9

Adding to the referrals box - the chain is below. Nothing for us to do until the school confirms consent from both families.
$staff_first

$staff | Restorative Justice Practitioner | $org
$org_address | $org_phone
This email and any attachments are confidential and may be legally privileged. If you have received it in error please tell the sender and delete it. Northmoor Mediation Trust is a registered charity, no. 1187342.

-----Original Message-----
From: {{n|$hy_full}} <{{em|$hy_work@$school_dom}}>
Sent: $dw3 2025 16:48
To: $staff <$staff_email>
Subject: FW: FW: possible referral - Year 9

Hi $staff_first, forwarding as promised. Mum is happy for us to share this with you.
{{n|$hy_init}}
Head of Year 9 | {{sch|$school}} | direct dial 01524 580 200 ext. 231
DISCLAIMER: This e-mail is intended for the addressee only. Views expressed are those of the sender and not of the school or Lancashire County Council. Please consider the environment before printing.

-----Original Message-----
From: {{n|$dsl_full}} <{{em|$dsl_work@$school_dom}}>
Sent: $dw2 2025 12:30
To: {{n|$hy_full}}
Subject: FW: possible referral

{{n|$hy}}, see below from mum. I've logged it. The other two boys are {{n|$a_full}} (9T) and {{n|$b_full}} (9W). Worth a restorative meeting rather than exclusions? {{n|$dsl}}

-----Original Message-----
From: {{n|$p_lower}} <{{em|$p_email}}>
Sent: $dw2 2025 07:51
To: office@$school_dom
Subject: possible referral

Dear Sir/Madam
I am writing about my son {{n|$c_full}} in 9T. On Friday after school he was {{sc|jumped}} by {{n|$a}} and {{n|$b}} on the canal path. {{n|$a}} {{sc|took his phone and smashed it}} and {{n|$b}} filmed it. {{n|$c}} {{sc|has epilepsy}} and I am worried about the bang he took to his head.
I don't want the police involved, I just want it to stop and for the boys to understand. Please ring me on {{tel|$p_mob}}.
Thanks
{{n|$p_full}}
Sent from my iPhone
"""

SOLICITOR = """@header Ashcroft Lune Solicitors LLP | 14 Castle Hill, Lancaster LA1 1YN | 01524 61 00 70 | Authorised and regulated by the SRA, no. 612345
Our ref: JBM/CRIM/25-0418
Your ref: $case
$dl3
Northmoor Mediation Trust
Unit 4, Tanner Row
York YO1 6JB
By email only: referrals@$org_domain
Dear Sirs
Our client: {{n|$c_full}}, born {{dob|$c_dobof}}, prison number {{pris|$c_pris}}, $prison
We act for {{n|$c_tl}} in connection with his appeal against sentence. {{n|$c_tl}} {{sc|was convicted at Preston Crown Court of causing grievous bodily harm}} to {{n|$v_full}} and is serving a sentence of four years.
Our client has told us that he wishes to take part in a restorative process with {{n|$v_tl}}, and that the Offender Management Unit has referred him to you. We write to confirm that we have advised him on the process and that he understands that taking part will not affect the appeal.
We should be grateful if nothing our client says in the process is put to him in the appeal, and if you would copy to us any written apology before it is sent, so that we can make sure it does not repeat the facts in dispute.
You may also wish to know that {{n|$c_tl}} {{sc|has a diagnosis of emotionally unstable personality disorder}}; healthcare at the prison can advise on adjustments. His partner, {{n|$pt_full}}, is the best contact for visits and can be reached on {{tel|$pt_mob}}. For the legal aid file, his National Insurance number is {{ni|$c_ni}}.
Yours faithfully
{{n|$sol_full}}
Associate, Criminal Defence
Direct line 01524 61 00 74 | {{em|$sol_work@ashcroftlune.co.uk}}
"""

CAMHS = """Lune Bay CAMHS - Lancaster and Morecambe team
The Mount, 4 Westbourne Road, Lancaster LA1 5EE. Switchboard 01524 550 400
Clinic letter. Dictated $dl2, typed $dl3.
To: $staff, Northmoor Mediation Trust (sent with the family's consent)
cc: Dr {{n|$gp_full}}, Castle View Surgery; the parent
Re: {{n|$y_full}}, DOB {{dob|$y_dob}}, NHS No. {{nhs|$y_nhssp}}
{{addr|$y_addr}}, $y_town {{pc|$y_pc}}
Diagnoses: {{sc|post-traumatic stress disorder}}; {{sc|generalised anxiety disorder}}
Dear colleague,
I saw {{n|$y}} in clinic today with $y_his $p_parent, {{n|$p_tfull}}. As you know, {{n|$y}} was {{sc|robbed at knifepoint}} by {{n|$r_full}} near the railway station in the spring, and has found it hard to go out alone since.
{{n|$y}} has been having {{sc|nightmares}} most nights and {{sc|panic attacks}} on the bus. We have started a course of trauma-focused CBT with {{n|$th_full}}, and {{n|$y}} has been {{sc|started on sertraline}} by the team psychiatrist.
{{n|$y}} would like to take part in the restorative meeting with {{n|$r}}. In my view this is clinically reasonable, provided {{n|$y}} can stop at any time and the meeting is not before the end of the sixth therapy session. I would be happy to speak to you before it.
Yours sincerely
{{n|$cl_full}}
Clinical Psychologist
@footnote This letter contains health information shared for a specific purpose; please do not pass it on without the family's agreement.
"""

STRATEGY = """Lancashire Children's Social Care - strategy discussion (Children Act 1989, s.47)
Child: {{n|$c_fcaps}} ({{age|$c_age}}), DOB {{dob|$c_dobmon}}, NHS {{nhs|$c_nhs}}. LCS ID 4471209.
Date: $dl2, 14:00, by Teams. Chair: {{n|$ch_full}}, Team Manager, Lancaster Safeguarding Team.
¦Attendee¦Agency
¦{{n|$ch_full}}¦Children's Social Care (chair)
¦{{n|$sw_full}}¦Children's Social Care (allocated social worker)
¦DS {{n|$ds_full}}¦Lancashire Constabulary, Child Protection Investigation Unit
¦{{n|$sn_full}}¦School nurse, {{sch|$primary}}
¦$staff¦Northmoor Mediation Trust (information only)
Information shared
Police: {{n|$c}} told a teacher that $c_his stepfather, {{n|$sf_full}}, {{sc|hit him with a belt}}; crime {{pol|$c_crime}}. {{n|$sf_tl}} {{sc|was arrested on suspicion of assault occasioning actual bodily harm}} and bailed not to contact {{n|$c}}.
Health: {{n|$c}} {{sc|has asthma}} and {{sc|is on the CAMHS waiting list}}. The school nurse saw {{sc|bruising on $c_his upper arm}}.
Northmoor: the family were referred for restorative work after {{n|$c}} {{sc|damaged a neighbour's car}} in March. That work is paused.
Decision: a section 47 enquiry will go ahead. {{n|$c}} will stay with $c_his maternal grandmother, {{n|$gm_tfull}}, at {{addr|$gm_addr}}, {{pc|$gm_pc}}. $c_hisc mother, {{n|$m_full}}, agrees.
@tracked Review strategy discussion on $dl4. ¦ The mother also {{sc|disclosed domestic abuse}} by {{n|$sf}} in the past.
Actions: social worker to visit within 24 hours; police to arrange an ABE interview; Northmoor to keep the case on hold and not contact the family.
"""

ASSESSMENT = """Youth Justice Service - assessment summary
Young person: {{n|$y_revcaps}}. YJS ref YJS/LAN/25/0183. Date of birth: {{dob|$y_dobof}}. NHS number: {{nhs|$y_nhssp}}.
Ethnicity (self-defined): {{sc|Mixed White and Black Caribbean}}. Religion: {{sc|Rastafari}}.
Legal status: referral order, nine months, made at $court on $dl1.
Offences: {{sc|robbery}}; {{sc|possession of a bladed article}}.
Personal, family and social factors: lives with $y_his mum, {{n|$m_full}}, and two younger siblings at {{addr|$y_addr}}, $y_town. $y_hisc dad, {{n|$f_full}} ({{pris|$f_pris}}), {{sc|is in custody for a drugs offence}}; contact by phone on Sundays.
Education: Year 11 at {{sch|$school}}; attendance 71% this term. {{sc|Dyslexia}}, assessed in 2022.
Health: {{sc|uses cannabis most days}}; {{sc|concussion}} from boxing last winter, now recovered.
Strengths: boxing at Lune ABC with coach {{n|$co_full}}, who describes {{n|$y}} as "the first in and the last out". Wants to be an electrician.
Restorative justice: the person harmed, {{n|$v_full}} ({{age|$v_age}}), would like a letter first. {{n|$y}} has agreed to write one with Northmoor's help.
Assessor: {{n|$cm_full}}, YJS case manager. Countersigned by the operational manager on $dl2.
¦Domain¦Rating
¦Likelihood of reoffending¦Medium
¦Risk of serious harm¦Medium
¦Safety and wellbeing¦High
"""

ANNUAL = """Northmoor Mediation Trust - Annual Report 2024-25 (extract: the North West programme)
From the Chair
This year our North West team received 412 referrals from Lancashire and Cumbria, 61% of them for young people aged 10 to 17. We completed 138 restorative processes and 92% of the people harmed who answered our survey were satisfied.
Case story 1 (anonymised)
Mr X, a retired teacher in his seventies {{sc|who is registered blind}}, had the ornaments in his front garden smashed three weekends in a row. Two boys, YP1 and YP2, were identified by the police. After a letter exchange, YP1 met Mr X with his mother and helped him replant the garden.
Case story 2 (shared with consent)
{{n|$a_full}} runs a cafe in Ulverston. In January the cafe was broken into and the till taken. {{n|$r_full}}, {{age|$r_aage}} from the town, {{sc|was convicted of the burglary}} and asked to meet {{n|$a}}.
"I wanted him to see the mess he left," {{n|$a}} says. "And then I wanted to give him a job." {{n|$r}} now washes up at the cafe on Saturdays.
@page
Our people
Board of Trustees: {{n|$t1_full}} (Chair), {{n|$t2_full}} (Treasurer), {{n|$t3_full}}, {{n|$t4_full}}. Staff team led by Priya Nair.
Our funders
The Lune Valley Community Foundation; the Harold Chadwick Trust; the Agnes Whitlock Foundation; the Office of the Police, Fire and Crime Commissioner for Cumbria; Lancashire County Council.
Figures
Referrals 412. Processes completed 138. Letters of apology passed on 57. People harmed aged 65 and over: 44. Young people in care: 19.
@footnote Figures exclude 14 referrals transferred to other services. Case story 2 is published with the written consent of both people named.
"""

ZOOM = """Zoom meeting transcript (automatic) - "Preparation call" - recording started $d3 17:30
00:00:04 $staff: Hi {{n|$h}}, can you hear me okay?
00:00:07 {{n|$h_full}}: Yes. Sorry, the camera's at a funny angle. My granddaughter {{n|$gd}} set it up.
00:00:15 $staff: That's fine. Before we start, can I check we still have you at {{addr|$h_addr}}?
00:00:21 {{n|$h}}: That's right, yes.
00:00:24 $staff: And the best number is still {{tel|$h_land}}?
00:00:29 {{n|$h}}: Yes, the landline. I don't get on with the mobile.
00:00:33 $staff: So, as I said in my letter, {{n|$y_full}} has been told you might be willing to meet.
00:00:41 {{n|$h}}: I've thought about it a lot. I'm {{age|$h_age}}. I don't want to be frightened of a boy. Since the fire I've had {{sc|angina}}, the doctor says it's the shock.
00:00:55 $staff: I'm sorry. That sounds really hard.
00:00:58 {{n|$h}}: My wife would have known what to say. She died two years ago. She'd have been cross with me for being cross.
00:01:09 $staff: What would you want {{n|$y}} to know?
00:01:12 {{n|$h}}: That the shed he {{sc|set fire to}} had all my tools in it. Fifty years of tools. And that I'm {{sc|a Quaker}}, so I'm supposed to believe there's good in everyone, and I'm finding that hard this time.
00:01:28 $staff: Would you like someone with you at the meeting?
00:01:31 {{n|$h}}: {{n|$gd}} says she'll come. {{n|$gd_full}}. She's a nurse, she can get the time off.
00:01:40 $staff: Lovely. I'll send you both a letter with the date.
00:01:44 {{n|$h}}: Thank you. Bye now.
Recording stopped 17:32. Audio deleted after review; this transcript kept in the case file.
"""

CONTACT_FORM = """From: Northmoor website <noreply@$org_domain>
To: info@$org_domain
Subject: New enquiry via "Get in touch"
Form: Get in touch (v3)    Submitted: $d2 23:14    Page: /families
name: {{n|$a_lower}}
email: {{em|$a_email}}
phone: {{tel|$a_mob}}
postcode: {{pc|$a_pclow}}
i am: [ ] someone who has been harmed  [x] a parent or carer  [ ] a professional
message: hi my son {{n|$s_flow}} is {{age|$s_age}} and he {{sc|got arrested last month for nicking a bike}} off a lad at {{sch|$school}}. the other lads mum {{n|$o_lower}} has been messaging me on facebook calling us scum. i just want it sorted before it kicks off. {{n|$s_flow}} {{sc|has autism}} and doesnt understand why everyones so angry with him. were {{sc|muslim}} and the other family keep saying stuff about that too. please ring after 6 as i work
how did you hear about us: PCSO {{n|$pcso_last}} gave me a leaflet
I agree to Northmoor storing my details: yes
"""

FOOTBALL = """Lunesdale Juniors FC - Club Welfare Officer's report to the County FA
Subject: restorative outcome following the Under-15s match against Morecambe Sands Colts on $odate_l at the Torrisholme playing fields. County FA case LCFA-DISC-25-1182.
Players: {{n|$p1_full}} (Lunesdale, {{age|aged $p1_age}}) and {{n|$p2_full}} (Sands Colts, {{age|aged $p2_age}}).
The referee, {{n|$ref_full}}, reported that {{n|$p1}} {{sc|racially abused}} {{n|$p2}} after a late tackle. {{n|$p2}}, {{sc|who is Black}}, left the pitch in tears and his team walked off with him.
{{n|$p2}}'s father, {{n|$p2d_full}}, reported it to the police ({{pol|$p2d_log}}). The police agreed to a restorative outcome, as both families wanted, instead of a prosecution.
Restorative meeting: held at the clubhouse on $dl2, facilitated by $staff. Also present: coaches {{n|$c1_full}} and {{n|$c2_full}}, and {{n|$p1}}'s mum.
{{n|$p1}} said he had heard the word at school and used it to wind {{n|$p2}} up. He apologised to {{n|$p2}} and to his dad. {{n|$p2}} accepted.
¦Player¦Club¦Outcome
¦{{n|$p1_full}}¦Lunesdale Juniors¦Apology given; three-match club suspension; FA Respect workshop
¦{{n|$p2_full}}¦Sands Colts¦Accepted the apology; will attend the same workshop
Signed: {{n|$cwo_full}}, Club Welfare Officer, {{tel|$cwo_mob}}
@footnote Under-18s' personal details are never published on the league website.
"""

TRIGGER = """Lancaster District Community Safety Partnership
Anti-social behaviour case review ("Community Trigger") - application form
You can apply if you have reported anti-social behaviour three or more times in six months (Anti-social Behaviour, Crime and Policing Act 2014, s.104).
@field Applicant name ¦ {{n|$a_tfull}}
@field Address ¦ {{addr|$a_addr}}
@field Postcode ¦ {{pc|$a_pc}}
@field Telephone ¦ {{tel|$a_land}}
@field Email ¦ {{em|$a_email}}
@field Applying for someone else? ¦ Yes - my mother, {{n|$m_tfull}}, who {{sc|has Parkinson's disease}}
@field Earlier reports ¦ Police log {{pol|$a_log}}; council ref ASB/LAN/25/0417; housing ref NR-55812
Describe the anti-social behaviour
Since February a group of teenagers has been kicking a football against my mother's wall and gate until late at night. One of them, {{n|$y_full}}, {{sc|smashed her front window}} with a brick in April; police occurrence {{pol|$y_occ}}.
When I went round, his father, {{n|$yd_full}}, told me to move if I didn't like it. My mother is {{age|$m_age}}. She {{sc|has had two falls}} this year and is frightened to go into her front room.
What would you like to happen?
I would like the boys to understand what this is doing to her. Her friend from church said a restorative meeting helped her. I am willing to try that if the council and the police support it.
Date received: $d3. Acknowledged within 5 working days (target met).
"""

CHAPLAINCY = """HMP Kirkham - Chaplaincy Department
Referral from the Offender Management Unit: restorative justice and faith support
Prisoner: {{n|$x_revcaps}}. Number: {{pris|$x_pris}}. Location: House Block 3.
Registered religion: {{sc|Roman Catholic}} (changed from {{sc|Church of England}} on $dl1).
Referred by: {{n|$pom_full}}, Prison Offender Manager.
Reason: {{n|$x}} is serving six years for {{sc|causing serious injury by dangerous driving}}; the person injured was {{n|$v_full}}. He has asked to see the Catholic chaplain, Fr {{n|$fr_last}}, about writing to {{n|$v}}'s family, and about how to "say sorry properly".
Chaplain's note ({{n|$ch_full}}, Managing Chaplain, $dl2): saw {{n|$x}} on the wing. He {{sc|goes to Mass}} every Sunday and is on the victim awareness course. He is {{sc|low in mood}} and {{sc|was diagnosed with depression}} by healthcare last month. With his consent, referred to Northmoor (Priya Nair) for a restorative process.
The duty chaplain this week is {{n|$im_full}}. Family liaison: none requested.
¦Date¦Contact¦By
¦$d2¦Wing visit¦{{n|$ch_full}}
¦$d3¦Pastoral conversation¦Fr {{n|$fr_last}}
¦$d4¦Letter-writing session¦Fr {{n|$fr_last}} and Tomasz Nowicki
"""

DEBRIEF = """Brookside House - children's home (Ofsted URN SC045821) - post-incident debrief
Incident: $odate_l, 22:40. Police called: log {{pol|$y_log}}.
Young people: {{n|$y_init}} ({{age|$y_age}}) and {{n|$z_init}} ({{age|$z_age}}).
Staff on shift: {{n|$s1_full}} (shift leader), {{n|$s2_full}} and {{n|$s3_full}} (agency).
What happened: after a phone call from home, {{n|$y}} {{sc|threw a mug at}} {{n|$s2}} and {{sc|kicked a hole in the lounge door}}. {{n|$z}} was frightened and went to $z_his room. The police attended; {{n|$y}} was not arrested. The manager asked for a restorative approach instead of a prosecution, in line with the national protocol on reducing the criminalisation of children in care.
{{n|$y}} {{sc|has foetal alcohol spectrum disorder}} and finds evenings hard. {{n|$z}} {{sc|has a stammer}} that is worse when $z_he is anxious.
Debrief, restorative questions: {{n|$s2}} said $s2_he felt let down more than hurt. {{n|$y}} said the call was about $y_his mum not coming at Christmas.
Actions: restorative meeting between {{n|$y}} and {{n|$s2}}, facilitated by $staff, on $dl2. Social worker {{n|$sw_full}} and the independent reviewing officer told.
¦Action¦Who¦By
¦Door repaired¦Maintenance¦$d2
¦Key work session on phone calls¦{{n|$s1}}¦$d2
¦Restorative meeting¦$staff¦$d3
@comment {{n|$rm_full}} (Registered Manager): please use initials only in the Regulation 44 report.
"""

SHOPWATCH = """Lancaster Business Crime Reduction Partnership (BCRP)
EXCLUSION NOTICE - notice BCRP-EX-25-0088
Issued $dl2. Exclusion period: 12 months, reviewable after 3 months if you complete the restorative option below.
@field Surname ¦ {{n|$x_caps}}
@field Forenames ¦ {{n|$x}}
@field Known as ¦ {{n|$x_nick}}
@field Date of birth ¦ {{dob|$x_dobyy}}
@field Vehicle ¦ {{vrm|$x_vrmtight}}
@field Reason ¦ {{sc|repeated shoplifting}} and {{sc|verbal abuse of staff}}
You are excluded from all member premises in Lancaster city centre (list overleaf) because of incidents at member stores on $odate and $d1 ({{sc|theft from a member store}}, police crime {{pol|$x_crime}}).
If you enter member premises during the exclusion, the BCRP may take civil action and the police will be told.
Restorative option: the manager of the Market Street store, {{n|$sm_full}}, has agreed to meet you with a facilitator from Northmoor Mediation Trust. If you complete the meeting and keep to what is agreed, the exclusion will be reviewed early.
BCRP office: Lancaster BID, 1 Market Square, Lancaster. 01524 582 000. Data held under the BCRP's privacy notice for 12 months after the exclusion ends.
"""

COLLEGE = """@header Lunesdale College | Student Services | Morecambe Road, Lancaster LA1 2TY | 01524 39 40 00
Private and confidential
{{n|$s_tfull}}
{{addr|$s_addr}}
$s_town
{{pc|$s_pc}}
Student ID 20231184
$dl3
Dear {{n|$s_tl}},
Outcome of the student conduct meeting held on $dl2
Thank you for attending with your support worker, {{n|$sw_full}}. This letter confirms what was decided.
On $odate_l you {{sc|posted threatening messages}} about another student, {{n|$v_full}}, in a group chat. The police were told (occurrence {{pol|$v_occ}}) and have decided to take no further action if the restorative process is completed.
The panel took into account that you {{sc|have an autism diagnosis}}, that you admitted what you did straight away, and that you have not been in trouble before.
Decision: a final written warning, to stay on your file until the end of your course; a restorative meeting with {{n|$v}}, who has agreed, facilitated by Northmoor Mediation Trust; no contact with {{n|$v}} on or off campus except in that meeting.
As you are {{age|$s_age}}, we have also written to your mother, {{n|$sm_tfull}}.
You may appeal within ten working days by writing to the Deputy Principal.
Yours sincerely
{{n|$hs_full}}
Head of Student Services
cc {{n|$sw_full}}, Learning Support; Northmoor Mediation Trust (referrals@$org_domain)
"""

BUS = """Lakeland and Lune Buses Ltd - driver incident report (form DIR-3)
Depot: Heysham. Route 2X, Lancaster to Morecambe. Fleet no. 10742.
Driver: {{n|$d_full}}, staff no. 4471.
Date and time: $odate, 18:20. Place: Torrisholme Square stop.
Description: a youth, later named by the police as {{n|$y_full}} ({{age|$y_age}}), {{sc|spat at the driver}} and {{sc|kicked the cab door}} after being asked to show his pass. He got off at the next stop with two friends.
Injury: none physical. The driver {{sc|has been off work with stress}} since.
Police: attended the depot at 19:05 the same evening; log {{pol|$y_log}}.
Witness: passenger {{n|$w_full}}, {{tel|$w_mob}}, willing to give a statement.
Restorative follow-up, added by the depot manager, {{n|$dm_full}}: {{n|$d}} has agreed to meet {{n|$y}} and his mum, with Northmoor, on $dl3. {{n|$d}} wants {{n|$y}} to know that he has driven this route for 22 years and has never been scared on it before.
¦Action¦Owner¦Date
¦CCTV downloaded and given to the police¦{{n|$dm_full}}¦$d2
¦Driver referred to occupational health¦{{n|$dm_full}}¦$d2
¦Restorative meeting¦Northmoor (Daniel Okoro)¦$d3
"""

FOSTER = """Foster carer's daily recording - extract shared with the restorative practitioner, with the social worker's agreement
Child: {{n|$c}}, known as {{n|$c_nick}}, aged {{age|$c_age}}. Carers: {{n|$f1_full}} and {{n|$f2_full}}. Supervising social worker: {{n|$ssw_full}}, Lunesdale Fostering.
$dd1: {{n|$c_nick}} home from {{sch|$primary}} at 3.40, quiet. Said the lads at the skate park had been "on at him" about what happened at the Spar. Ate well.
$dd2: Contact with birth mum, {{n|$bm_full}}, at the family centre cancelled again; {{n|$c_nick}} very upset. The social worker says {{n|$bm}} {{sc|is back in rehab}}.
$dd3: PC {{n|$pc_full}} visited about the shop. {{n|$c_nick}} {{sc|admitted taking the energy drinks}}, and the officer explained the community resolution and the restorative meeting. {{n|$c_nick}} asked if he would go to prison; reassured.
$dd4: {{sc|Inhaler ran out}}. {{sc|Asthma}} review booked at the surgery for Monday. Good day at school.
$dd5: {{n|$c_nick}} wrote a draft sorry letter to the shop manager, {{n|$sm_tl}}; copy kept on file. Weekend respite with {{n|$rc_full}} ({{tel|$rc_mob}}).
"""

WORKPLACE = """Northmoor Mediation Trust - workplace mediation service
Record of the joint meeting (for the parties only; not for the HR file)
Employer: Lune Valley Foods Ltd, Heysham. Referred by {{n|$hr_full}}, HR Business Partner.
Parties: {{n|$a_full}}, production line supervisor, and {{n|$b_full}}, machine operator.
Companions: {{n|$u_full}}, the {{sc|GMB workplace rep}}, came with {{n|$b}}, who {{sc|is a GMB member}}. {{n|$a}} came alone, although {{n|$a}} {{sc|is in Unite}} and had been offered a rep.
Background: {{n|$b}} raised a grievance about comments made on the line during Ramadan, when {{n|$b}} {{sc|was fasting}} and asked to swap a break. {{n|$a}} said the rota had been set before Ramadan and that nobody had asked.
What each wanted: {{n|$b}} wanted the comments acknowledged and a fair way to ask for changes. {{n|$a}} wanted {{n|$b}} to come to $a_him first rather than to HR. {{n|$a}} also explained that $a_he {{sc|has tinnitus}} and sometimes misses what is said on a noisy line, which {{n|$b}} had not known.
¦What we agreed¦Who¦When
¦{{n|$a}} acknowledges the comments were hurtful and apologises¦{{n|$a}}¦Done at the meeting
¦Requests to swap breaks go on the team board, first come first served¦Both¦From next week
¦Important messages repeated face to face, away from the machines¦{{n|$b}}¦Ongoing
¦A review meeting with the mediator¦Both, with $staff¦$dl4
Signed by both parties and by the mediator, $staff.
@footnote Unite and the GMB are both recognised at the site. The employer sees only whether agreement was reached.
"""

INTERPRETER = """INTERPRETER BOOKING REQUEST
To: Lune Language Services. Our booking ref INT-25-0219. Purchase order PO-NMT-25-0301.
Requested by: Tomasz Nowicki, Northmoor Mediation Trust, $org_phone
Language: Moroccan Arabic (Darija); some French. Interpreter gender: female, please. The client {{sc|is a practising Muslim}} and has asked for a woman.
Client: {{n|$c_tfull}}. Client's date of birth (for your records): {{dob|$c_dobmon}}.
Assignment: face to face, home visit. {{addr|$c_addr}}, $c_town {{pc|$c_pc}}. The client's mobile, for the interpreter to ring on arrival only: {{tel|$c_mob}}.
Date and time: $dw3, 10:00 to 12:00.
Nature of assignment: a preparation visit for a restorative meeting. {{n|$c_tl}} is the person harmed in a hate incident; the young person responsible, {{n|$y_full}}, {{sc|received a youth caution}} for it. The family {{sc|are Amazigh}}, and some of the abuse was about that.
Sensitive: {{n|$c_tl}} {{sc|has PTSD}} and may need breaks. Please do not book {{n|$bad_full}} (known to the other family).
Invoice to: Accounts Payable, $org, $org_address.
"""

SEATING = """Restorative conference - attendee list and seating plan (facilitator's copy)
Case $case. $dl4, 6pm, $venue. Facilitator $staff; co-facilitator $staff2.
¦Seat¦Name¦Role¦Arriving by¦Needs
¦1¦$staff¦Facilitator¦-¦-
¦2¦{{n|$h_full}}¦Harmed¦Own car, {{vrm|$h_vrm}} (bay 3 reserved)¦{{sc|Hard of hearing}}; sit beside the loop
¦3¦{{n|$hs_full}}¦Supporter ({{n|$h}}'s partner)¦With {{n|$h}}¦-
¦4¦{{n|$y_full}}¦Responsible¦Taxi, paid by the YJS¦{{sc|Autistic}}: red card to ask for a break
¦5¦{{n|$p_full}}¦Supporter ({{n|$y}}'s $p_parent)¦With {{n|$y}}¦{{sc|Wheelchair user}}: space by the window
¦6¦PC {{n|$pc_full}}¦Officer in the case¦On foot from the station¦-
¦7¦{{n|$yo_full}}¦YJS case officer¦Walking¦-
¦8¦$staff2¦Co-facilitator¦-¦-
Notes: {{n|$h}} wants to speak first. {{n|$y}} {{sc|pleaded guilty to assaulting}} {{n|$h}} outside the chip shop and knows {{n|$h}} may be angry.
Refreshments: tea, coffee, fruit; {{sc|halal}} snacks for {{n|$p}}.
Leave the room as you found it. The Grace Room next door is booked by the WI from 8pm.
"""

VOICEMAIL_ROWS = [
    ["Received", "Caller", "Length", "Mailbox", "Transcription (automatic, may contain errors)", "Actioned by"],
    ["$d1 09:14", "{{tel|$a_mob}}", "0:42", "Main line",
     "Hi it's {{n|$a_full}} ringing about my son {{n|$as}} and the appointment on Thursday. He's {{sc|poorly with his epilepsy}} again so can we move it. Call me back on this number, thanks.",
     "Tomasz Nowicki"],
    ["$d1 11:02", "01524 63 22 00", "1:05", "Main line",
     "Hello, this is the front counter at Lancaster police station returning a call from Sarah about a crime number. It's {{pol|$b_crime}} and the officer is DC {{n|$dc_last}}. Thanks.",
     "Sarah Thompson"],
    ["$d2 16:40", "Withheld", "0:18", "Main line", "Yeah it's {{n|$c}}, {{n|$c_full}}, about the letter. Ring me.", "Not actioned"],
    ["$d2 17:55", "{{tel|$d_land}}", "2:10", "Out of hours",
     "Hello, my name is {{n|$d_tfull}}, I live at {{addr|$d_addr}}, that's {{pc|$d_pc}}. The lad who {{sc|burgled my house}} has written to me and I'd like to reply. I'm {{age|$d_age}} and I don't do email.",
     "Priya Nair"],
    ["$d3 08:30", "{{tel|$e_mob}}", "0:55", "Main line",
     "Morning, {{n|$e_full}} from Citizens Advice in Morecambe, about a shared client, {{n|$f_full}}, date of birth {{dob|$f_dobl}}, national insurance {{ni|$f_nilow}}. Could someone call me back on this number?",
     "Aisha Rahman"],
    ["$d3 12:05", "01524 550 400", "0:31", "Main line", "Hello, CAMHS admin here, just confirming we've received your referral. No need to call back.", "Aisha Rahman"],
]

CASE_INDEX = """Case file index - $case - {{n|$y_revcaps}}
Keep this sheet at the front of the file. Restricted items are in the sealed pocket.
¦Section¦Document¦Date¦From¦Notes
¦1¦Referral form, Lancashire YJS¦$d1¦{{n|$yo_full}}¦Contains {{n|$y}}'s date of birth ({{dob|$y_dob}}) and NHS number ({{nhs|$y_nhs}}): restricted
¦2¦Police case summary, crime {{pol|$y_crime}}¦$d1¦DC {{n|$dc_full}}¦Says {{n|$y}} {{sc|set fire to a car}} on Audley Range
¦3¦Consent form¦$d2¦{{n|$y}} and {{n|$p_full}}¦Signed by both
¦4¦Harmed person contact log¦$d2¦$staff¦{{n|$h_full}}, {{tel|$h_mob}}
¦5¦Letter from {{n|$h}} to {{n|$y}}¦$d3¦{{n|$h}}¦Read to {{n|$y}} on $dl3
¦6¦Risk assessment¦$d3¦$staff2¦Notes {{n|$y}}'s {{sc|history of fire-setting}}
¦7¦Photocopy of {{n|$p}}'s driving licence (ID for consent)¦$d2¦-¦{{dl|$p_dlsp}}: should not be on file - shred
¦8¦Outcome agreement¦$d4¦All¦Copy sent to the YJS
Index checked by $staff2 on $dl5. File closes on completion of the agreement.
"""

# ---- clean documents: no sensitive personal data, many traps

DPIA_CLEAN = """@header $org - Data protection impact assessment DPIA-2025-03 - version 1.2
Data protection impact assessment: moving case records to a new case management system
1. The project
The North West team's spreadsheets and paper files will move to a hosted case management system (supplier Lune Digital Ltd, contract LD-2025-114). About 1,400 case records will be migrated, covering people aged 10 and over.
2. The data
¦Category¦Examples¦Lawful basis
¦Identity and contact¦Names, addresses, phone numbers, dates of birth¦UK GDPR Article 6(1)(e)
¦Special category¦Health, religion, ethnicity or sexual orientation, where needed to make a process safe¦Article 9(2)(g); Data Protection Act 2018, Schedule 1, paragraph 6
¦Criminal offence data¦The offence and its outcome, police and court references¦Article 10; Schedule 1, paragraph 6
¦Equality monitoring¦Ethnic group, disability and religion, reported in bands and counts only¦Article 9(2)(g); Schedule 1, paragraph 8
3. Necessity and proportionality
Practitioners record what is needed to make a meeting safe and accessible: that a participant needs a step-free room, for example, and not the diagnosis behind it. Free-text boxes will carry a reminder.
4. Risks
¦Risk¦Likelihood¦Severity¦Mitigation
¦Children's records seen by too many staff¦Possible¦High¦Role-based access, reviewed monthly by the Practice Lead
¦Migration links a harmed person to the wrong case¦Remote¦High¦Check a 10% sample of migrated records
¦Supplier's staff see case records¦Remote¦Medium¦Contract clause 14: support access only with our agreement
5. Consultation
The Young People's Forum and the harmed people's reference group were consulted in May. The Forum asked for a plain-English privacy notice, which will be ready in June.
6. Sign-off
Approved by the Data Protection Lead, Gareth Hughes, and by the Chief Executive on $dl3. Review due March 2027.
@footnote The ICO's guidance on DPIAs was followed. This DPIA is not published but will be shared with commissioners on request.
@comment Gareth Hughes: the bill from Lune Digital for the migration is invoice LD-INV-0093; check it against the contract before it is paid.
"""

SPEAKER_CLEAN = """Restorative practice, level 1 - speaker notes for the slide deck (trainer's copy)
Course code RP-L1-NW. Trainers: Joanne Whitfield and Daniel Okoro.
Slide 1 - Welcome. Introduce yourselves. Fire exits, toilets, phones on silent. Frank conversations are welcome; what is said in the room stays in the room.
Slide 2 - What is restorative justice? Read out the definition. Ask: who has been harmed, and what do they need?
Slide 3 - The restorative questions. Hand out the cards and practise in pairs: "What happened? What were you thinking at the time?"
Slide 4 - Case study: a burglary. Victim A came home to find the back door forced. YP1, a Year 10 pupil, had taken a games console and a laptop. Mr X, the neighbour, saw it happen and said nothing. Ask the group what each of them might need.
Slide 5 - Preparation. Nobody meets without being prepared. Ask every participant what would help: an interpreter, a step-free room, breaks. Write down the adjustment, not the reason for it.
Slide 6 - Risk. Who might be harmed again? Cases involving domestic abuse or hate crime need the Practice Lead's agreement.
Slide 7 - Video: "Will you meet me?" (9 minutes). Pause at 4:30 and ask how Victim B's view changes.
Slide 8 - Young people. A parent or carer must agree for anyone aged under 18. Young people aged 10 to 13 often do better with shorter sessions.
Slide 9 - Blue Sky outcomes. Agreements must be specific and achievable; avoid any that cost money a young person does not have.
Slide 10 - Miles, not minutes. Preparation means travel; plan visits in clusters.
Slide 11 - Looking after yourself. Supervision every six weeks, a debrief after every meeting. The Employee Assistance Programme number is on the back of your ID badge.
Slide 12 - Close. One word each. Evaluation forms; certificates by email within a week.
Timing: three hours with a 20-minute break at 11. Dawn start for the Carlisle course: leave York by 6am.
¦Slides¦Minutes¦Materials
¦1 to 3¦40¦Question cards, Brown paper and marker pens
¦4 to 6¦60¦Case study handout
¦7 to 9¦50¦Video, agreement template
¦10 to 12¦30¦Evaluation forms
"""

FAQ_CLEAN = """Restorative justice: questions families ask
For parents and carers of young people aged 10 to 17 in Lancashire and Cumbria. We meet families everywhere from Nelson and Preston to Whitehaven.
What is a restorative meeting?
A meeting, prepared with care, where a young person who has caused harm and the person they harmed can talk about what happened and agree how to put it right. A trained facilitator is there throughout.
Will my child get a criminal record for taking part?
No. Taking part does not create a record. What the police or the court have already decided does not change.
May I come with my child?
Yes. Young people aged under 18 always take part with a parent or carer's agreement, and you can be there.
What if my child has additional needs?
Tell us. We can meet at home, use pictures, take breaks or bring in an interpreter. We write down what helps, not the reason for it.
What if our faith or culture matters to how we take part?
Tell us that too. We can avoid prayer times and religious festivals, and arrange food and rooms that suit you.
Who will know?
The facilitator and the people in the meeting. We share information with the Youth Justice Service and the police only where it is needed, under the Data Protection Act 2018.
What does it cost?
Nothing. There is no bill, and we can pay bus fares.
Helplines
Northmoor Mediation Trust: $org_phone, Monday to Friday, 9am to 5pm; families@$org_domain; $org_address.
Family Lives: 0808 800 2222. Childline: 0800 1111. Samaritans: 116 123. In an emergency, call 999.
"Hope is a good place to start." - a parent, 2024
@footnote Leaflet FAQ-NW-03, reviewed by the Young People's Forum in June 2025. Large print and Easy Read versions are available.
"""

ISA_CLEAN = """Information sharing agreement - summary for staff
Parties: Northmoor Mediation Trust; Lancashire Constabulary; Cumbria Constabulary; Lancashire County Council (Youth Justice Service); Westmorland and Furness Council; Cumberland Council.
Agreement ISA-NW-2025-02. Signed for each party by a senior officer in June 2025; the originals are held by the Data Protection Lead, Gareth Hughes.
Purpose: to offer restorative justice to people harmed by crime and to the people responsible, and to make each process safe.
What may be shared: names, contact details and dates of birth; the offence and its outcome; police reference numbers; and any health, faith or access needs that a participant agrees to share.
What may not be shared: anything about a third party who is not taking part; release dates of people in prison; a harmed person's address, with anyone.
Lawful basis: UK GDPR Article 6(1)(e); Article 9(2)(g) with the Data Protection Act 2018, Schedule 1, paragraph 6; Article 10.
How: secure email only (police.uk and gov.uk addresses, or Egress). Never WhatsApp, never personal email.
Retention: six years after the case closes, then secure destruction. Equality data: counts only.
Breaches: tell the sending party's data protection officer within 24 hours.
Contacts: Lancashire Constabulary Information Governance Unit, PO Box 77, Hutton, Preston PR4 5SB, switchboard 01772 614444. Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU, 101.
Review: May 2026. Questions to Gareth Hughes or Priya Nair on $org_phone.
"""

TEXT_DOCS = [
    ("caseload-supervision", SUPERVISION, {"a": "young", "b": "adult", "c": "adult", "d": "adult m age=52-63", "e": "adult f rel=d age=50-63",
                                           "f": "young", "g": "young m rel=c"}, "docx"),
    ("pre-meeting-checklist", CHECKLIST, {"h": "old", "s": "adult", "y": "young", "p": "adult f rel=y"}, "pdf"),
    ("harmed-person-questionnaire", QUESTIONNAIRE, {"h": "adult f age=45-68", "hu": "adult m rel=h age=48-72", "y": "young m",
                                                    "yd": "adult m rel=y", "gs": "child m rel=h", "fr": "adult f"}, "pdf"),
    ("teacher-restorative-conversation", TEACHER, {"p1": "pupil m age=12-13 origin=romanichal", "t": "pro", "p2": "pupil m age=12-13", "ta": "pro",
                                                   "p1s": "pupil f age=11-12 rel=p1", "p2d": "adult m rel=p2", "p1m": "adult f rel=p1", "dsl": "pro"}, "docx"),
    ("neighbourhood-team-briefing", BRIEFING, {"ps": "pro", "n1": "adult age=19-30", "n2": "adult m", "n2g": "adult", "n3": "adult age=19-35",
                                               "m": "young", "mm": "adult f rel=m", "r": "young m", "cl": "old", "v": "adult", "pcso": "pro"}, "txt"),
    ("community-payback-note", PAYBACK, {"sup": "pro", "w1": "adult m", "cm": "pro", "w2": "adult m",
                                         "w3": "adult m origin=moroccan|gambian|sierraleone", "ch": "old"}, "odt"),
    ("appropriate-adult-note", APPROPRIATE_ADULT, {"aa": "adult", "y": "young", "p": "adult f rel=y", "sol": "pro", "dc": "pro"}, "txt"),
    ("witness-statement-mg11", MG11, {"w": "pupil age=14-15", "f": "pupil age=14-15", "s": "young m age=15-16 nick", "v": "pupil m age=14-15",
                                      "wp": "adult rel=w"}, "pdf"),
    ("neighbour-mediation-agreement", AGREEMENT, {"a": "old", "b": "adult near=a", "b2": "adult rel=b"}, "docx"),
    ("parish-newsletter", NEWSLETTER, {"y": "adult m age=18-21", "cw1": "old", "cw2": "old", "gd": "old m rel=y", "pr1": "old", "pr2": "adult",
                                       "vic": "pro"}, "odt"),
    ("teams-meeting-chat", TEAMS, {"yo": "pro", "sw": "pro", "y": "young f", "pc": "pro", "so": "adult m"}, "txt"),
    ("forwarded-email-chain", FORWARDED, {"hy": "pro", "dsl": "pro", "p": "adult f", "c": "pupil m age=13-14 rel=p", "a": "pupil m age=13-14",
                                          "b": "pupil m age=13-14"}, "txt"),
    ("solicitor-letter", SOLICITOR, {"c": "adult m", "v": "adult", "pt": "adult f", "sol": "pro"}, "docx"),
    ("camhs-clinic-letter", CAMHS, {"gp": "pro", "y": "young", "p": "adult rel=y", "r": "adult m age=18-19", "th": "pro", "cl": "pro"}, "pdf"),
    ("strategy-discussion", STRATEGY, {"m": "adult f age=28-40", "c": "child m rel=m", "ch": "pro", "sw": "pro", "ds": "pro", "sn": "pro",
                                       "sf": "adult m", "gm": "old f rel=m age=60-75"}, "docx"),
    ("yjs-assessment-summary", ASSESSMENT, {"m": "adult f origin=english|welsh", "y": "young m rel=m age=15-16", "f": "adult m rel=y", "co": "pro", "v": "adult",
                                            "cm": "pro"}, "odt"),
    ("annual-report-extract", ANNUAL, {"a": "adult age=35-60", "r": "adult m age=18-20", "t1": "old", "t2": "adult", "t3": "adult", "t4": "old"}, "pdf"),
    ("zoom-transcript", ZOOM, {"h": "old m", "gd": "adult f rel=h age=24-40", "y": "young m"}, "txt"),
    ("website-contact-form", CONTACT_FORM, {"a": "adult f origin=moroccan|gambian|sierraleone", "s": "young m rel=a", "o": "adult f",
                                            "pcso": "pro"}, "txt"),
    ("football-club-report", FOOTBALL, {"p1": "pupil m age=13-14", "p2": "pupil m age=13-14 origin=sierraleone|gambian|luo|malawian",
                                        "p2d": "adult m rel=p2", "ref": "adult", "c1": "pro", "c2": "pro", "cwo": "adult"}, "docx"),
    ("asb-case-review-application", TRIGGER, {"a": "adult", "m": "old f rel=a", "y": "young m", "yd": "adult m rel=y"}, "pdf"),
    ("prison-chaplaincy-referral", CHAPLAINCY, {"x": "adult m", "pom": "pro", "v": "adult", "fr": "pro m", "ch": "pro",
                                                "im": "pro"}, "odt"),
    ("childrens-home-debrief", DEBRIEF, {"y": "young", "z": "young", "s1": "pro", "s2": "pro", "s3": "pro", "sw": "pro", "rm": "pro"}, "docx"),
    ("retail-exclusion-notice", SHOPWATCH, {"x": "adult nick", "sm": "adult"}, "pdf"),
    ("college-conduct-letter", COLLEGE, {"s": "young age=16-17", "sm": "adult f rel=s", "sw": "pro", "v": "young age=16-18", "hs": "pro"}, "docx"),
    ("bus-incident-report", BUS, {"d": "adult m age=45-62", "y": "young m", "w": "adult", "dm": "pro"}, "odt"),
    ("foster-carer-log", FOSTER, {"c": "child m nick", "f1": "adult", "f2": "adult rel=f1", "ssw": "pro", "bm": "adult f", "pc": "pro",
                                  "sm": "adult", "rc": "adult"}, "txt"),
    ("workplace-mediation-record", WORKPLACE, {"hr": "pro", "a": "adult", "b": "adult origin=moroccan|gambian|sierraleone", "u": "adult"}, "docx"),
    ("interpreter-booking", INTERPRETER, {"c": "adult f origin=moroccan", "y": "young", "bad": "adult f origin=moroccan"}, "txt"),
    ("conference-seating-plan", SEATING, {"h": "adult", "hs": "adult", "y": "young origin=gambian|sierraleone|moroccan|malayali", "p": "adult rel=y", "pc": "pro", "yo": "pro"}, "docx"),
    ("case-file-index", CASE_INDEX, {"y": "young", "yo": "pro", "dc": "pro", "p": "adult rel=y", "h": "adult"}, "odt"),
    ("dpia-case-system", DPIA_CLEAN, {}, "docx"),
    ("training-speaker-notes", SPEAKER_CLEAN, {}, "odt"),
    ("families-faq", FAQ_CLEAN, {}, "pdf"),
    ("information-sharing-summary", ISA_CLEAN, {}, "txt"),
]


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # voicemail transcriptions exported from the phone system
    v = cast(rng, names, {"a": "adult f", "as": "child m rel=a", "b": "adult", "dc": "pro", "c": "adult", "d": "old", "e": "pro",
                          "f": "adult"})
    docs.append(Doc("voicemail-transcripts", "csv", [("table", cells(VOICEMAIL_ROWS, v))]))

    # case file audit: a random sample; identifiers found in the files on a hidden sheet
    v0 = cast(rng, names, {})
    audit = [["Sample", "Case ref", "Opened", "Person responsible", "Person harmed", "Offence as recorded", "Consent on file",
              "Data minimised", "Auditor's note"]]
    found = [["Case ref", "Whose", "Item found", "Number", "Action"]]
    offences = ["Criminal damage to a bus shelter", "Assault by beating", "Theft of a mobile phone", "Burglary of a garage",
                "Sending a malicious communication", "Racially aggravated public order"]
    notes = ["Referral says {{n|$y}} {{sc|has a learning disability}}; fine, needed for the adjustments.",
             "Good file. Harmed person contacted within five days.",
             "Case note records that {{n|$h}} {{sc|is gay}} - not relevant to the process, remove.",
             "Consent signed by {{n|$y}}'s aunt, {{n|$x_full}}, who has no parental responsibility.",
             "Phone number of the harmed person ({{tel|$h_mob}}) on the file cover - remove.",
             "All in order."]
    items = [("Person responsible", "NI number on a benefits letter", "{{ni|$y_nitight}}", "Redact"),
             ("Person harmed", "Passport copy (ID for a prison visit)", "{{pp|$h_pp}}", "Shred the copy"),
             ("Parent", "Driving licence photocopy", "{{dl|$x_dl}}", "Shred the copy"),
             ("Person responsible", "NHS number on a CAMHS letter", "{{nhs|$y_nhs}}", "Keep; restricted"),
             ("Person harmed", "Irish passport, copied by a volunteer", "{{pp|$h_ppie}}", "Shred the copy"),
             ("Person harmed", "Northern Ireland driving licence", "{{dl|$h_dlni}}", "Shred the copy")]
    used: set[str] = set()
    for j in range(6):
        v = cast(rng, names, {"y": "young", "h": "adult", "x": "adult f rel=y"}, used)
        audit.append(cells([[f"S{j + 1:02d}", "$case", v["d1"], "{{n|$y_revcaps}}", "{{n|$h_full}}", "{{sc|" + offences[j] + "}}",
                             rng.choice(["Yes", "Yes", "No"]), rng.choice(["Yes", "No"]), notes[j]]], v)[0])
        whose, item, number, action = items[j]
        found.append(cells([["$case", whose, item, number, action]], v)[0])
        found[-1][0] = audit[-1][1]
    scores = [["Standard", "Met", "Not met"], ["Consent", 5, 1], ["Data minimised", 2, 4], ["Harmed person contacted in 5 days", 6, 0],
              ["Auditor", v0["staff2"], ""], ["Sample drawn", "6 of 87 open cases, by random number", ""]]
    docs.append(Doc("case-file-audit-sample", "xlsx", [("sheet", "Sample Q3", audit, False), ("sheet", "Scores", scores, False),
                                                       ("sheet", "Identifiers found", found, True)]))

    # volunteer expenses: claims, and licence and insurance checks on a hidden sheet
    v0 = cast(rng, names, {})
    claims = [["Volunteer", "Vol. no.", "Home postcode", "Date", "Journey", "Purpose", "Miles", "Rate", "Amount (£)"]]
    checks = [["Volunteer", "Home address", "Vehicle", "Licence (as on card)", "Business insurance", "Checked"]]
    purposes = ["Co-facilitating, case $case", "Panel sitting at $venue", "Preparation visit with {{n|$h_tl}}", "Training day, York",
                "Driving {{n|$p}} to the conference"]
    used = set()
    for j in range(4):
        v = cast(rng, names, {"a": rng.choice(["adult", "old age=66-74"]), "h": "old", "p": "young"}, used)
        v["case"], v["venue"] = v0["case"], v0["venue"]
        vol_no = f"V{rng.randint(100, 399)}"
        for k in range(2):
            miles = rng.randint(6, 64)
            purpose = purposes[(j + k) % len(purposes)]
            claims.append(cells([["{{n|$a_rev}}", vol_no, "{{pc|$a_pc}}" if k == 0 else "{{pc|$a_pctight}}",
                                  v[f"d{k + 1}"], f"Home to {rng.choice(['Lancaster', 'Morecambe', 'Kendal', 'Preston', 'Carlisle'])} and back",
                                  purpose, miles, 0.45, round(miles * 0.45, 2)]], v)[0])
        vrm = ["{{vrm|$a_vrm}}", "{{vrm|$a_vrmold}}", "{{vrm|$a_vrmtight}}", "{{vrm|$a_vrmni}}"][j]
        lic = ["{{dl|$a_dlcard}}", "{{dl|$a_dl}}", "{{dl|$a_dlcard}}", "{{dl|$a_dlni}}"][j]
        checks.append(cells([["{{n|$a_full}}", "{{addr|$a_addr}}, $a_town", vrm, lic, rng.choice(["Yes", "Yes", "Awaiting"]), v0["d1"]]], v)[0])
    rates = [["Mileage rate", 0.45], ["Passenger supplement", 0.05], ["Budget code", "VOL-EXP-NW"], ["Approved by", v0["staff"]]]
    docs.append(Doc("volunteer-expenses", "xlsx", [("sheet", "Claims", claims, False), ("sheet", "Rates", rates, False),
                                                   ("sheet", "Licence checks", checks, True)]))

    # referral panel decisions (export)
    v0 = cast(rng, names, {})
    panel = [["Panel date", "Ref", "Referred person", "Age", "Referred by", "Their ref", "Offence or issue", "Person harmed", "Decision",
              "Notes", "Allocated to"]]
    rows = [("Lancashire Constabulary", "{{pol|$y_crime}}", "Theft from a motor vehicle", "Accept", "{{n|$y}} {{sc|has a stammer}}; allow time"),
            ("YJS", "YJS/LAN/25/0201", "Assault on a school bus", "Accept", ""),
            ("Cumbria Constabulary", "{{pol|$y_occ}}", "Arson (wheelie bin)", "Accept", "Harmed person {{sc|has dementia}}; daughter to attend"),
            ("School", "Skerton Vale HS incident 881", "Falling out with a friendship group", "Decline", "Dealt with by the school's own circle"),
            ("Self", "-", "Harassment of a neighbour", "Accept", "{{n|$y}} {{sc|is a wheelchair user}}: ground floor only"),
            ("British Transport Police", "{{pol|$y_btp}}", "Criminal damage at Lancaster station", "Accept", ""),
            ("Lancashire Constabulary", "{{pol|$y_log}}", "Homophobic abuse in the street", "Accept", "Person harmed {{sc|is bisexual}}, out to family"),
            ("YJS", "YJS/LAN/25/0217", "Robbery", "Defer", "Wait for sentence")]
    used = set()
    for j, (by, ref, off, decision, note) in enumerate(rows):
        young = by in ("YJS", "School") or rng.random() < 0.6
        v = cast(rng, names, {"y": "young" if young else "adult age=18-24", "h": rng.choice(["adult", "old"])}, used)
        named = "{{n|$h_full}}" if j % 3 else "{{n|$h_tl}}"
        panel.append(cells([[v["d2"], f"NMT-2025-{rng.randint(1201, 1400):04d}", "{{n|$y_full}}", "{{age|$y_age}}", by, ref,
                             "{{sc|" + off + "}}" if j != 3 else off, named, decision, note,
                             rng.choice([v0["staff"], v0["staff2"], "Unallocated"])]], v)[0])
    panel[1:] = sorted(panel[1:], key=lambda row: dt.datetime.strptime(row[0], "%d/%m/%Y"))
    docs.append(Doc("referral-panel-decisions", "csv", [("table", panel)]))

    # housing association anti-social behaviour case log; parties on a hidden sheet
    v = cast(rng, names, {"o1": "pro", "o2": "pro", "a": "adult f", "k": "young m rel=a", "b": "old m near=a", "b2": "old f rel=b", "pc": "pro"})
    log = [["Date", "Type", "Officer", "Entry"],
           ["$d1", "Complaint", "{{n|$o1_full}}", "{{n|$b_tl}} rang to report shouting and a football against the fence from next door most evenings."],
           ["$d1", "Diary sheets", "{{n|$o1_full}}", "Diary sheets posted to {{n|$b_tl}}. Noise app link sent by text."],
           ["$d2", "Police", "{{n|$o1_full}}", "PC {{n|$pc_full}} confirmed attendance on the 12th, log {{pol|$k_log}}. {{n|$k}} {{sc|was arrested for criminal damage}} to {{n|$b}}'s fence and released."],
           ["$d2", "Visit", "{{n|$o2_full}}", "Joint visit to {{n|$a_tl}}. She says {{n|$b}} shouts at her children over the fence. {{n|$a}} {{sc|is pregnant}} and says the stress is affecting her."],
           ["$d3", "Vulnerability", "{{n|$o2_full}}", "{{n|$b2_tl}} {{sc|has dementia}}; {{n|$b}} is her carer. Adult social care contacted with consent."],
           ["$d4", "Referral", "{{n|$o1_full}}", "Both households agree to mediation. Referred to Northmoor Mediation Trust (their ref $case)."],
           ["$d5", "Update", "{{n|$o1_full}}", "Northmoor report a joint meeting is booked. Case kept open; review in four weeks."]]
    parties = [["Name", "Role", "Address", "Postcode", "DOB", "NI number", "Phone", "Tenancy"],
               ["{{n|$a_revcaps}}", "Tenant", "{{addr|$a_addr}}", "{{pc|$a_pc}}", "{{dob|$a_dobdash}}", "{{ni|$a_ni}}", "{{tel|$a_mob}}", "Assured, since 2019"],
               ["{{n|$k_revcaps}}", "Household member", "As above", "", "{{dob|$k_dobiso}}", "", "", ""],
               ["{{n|$b_revcaps}}", "Tenant", "{{addr|$b_addr}}", "{{pc|$b_pclow}}", "{{dob|$b_dob}}", "{{ni|$b_nitight}}", "{{tel|$b_land}}", "Secure, since 1994"],
               ["{{n|$b2_revcaps}}", "Joint tenant", "As above", "", "{{dob|$b2_dobmon}}", "", "", ""]]
    docs.append(Doc("housing-asb-case-log", "xlsx", [("sheet", "ASB-25-0932 log", cells(log, v), False),
                                                     ("sheet", "Parties", cells(parties, v), True)]))

    # prison social visits booking export, with a restorative visit
    v0 = cast(rng, names, {})
    visits = [["Booking", "Date", "Session", "Prisoner no.", "Prisoner", "Lead visitor", "Visitor DOB", "Relationship", "ID seen",
               "ID number", "Notes"]]
    ids = [("Passport", "{{pp|$w_pp}}"), ("Driving licence", "{{dl|$w_dl}}"), ("Passport", "{{pp|$w_pp}}"), ("Driving licence", "{{dl|$w_dlcard}}"),
           ("Bus pass and bank card", "-"), ("Passport", "{{pp|$w_pp}}")]
    vnotes = ["", "{{sc|Wheelchair user}}: accessible table", "Restorative visit, legal visits room; facilitator $staff",
              "Child visitor {{n|$c}}, {{age|aged $c_age}}", "", "Visitor {{sc|pregnant}}: chair with a back"]
    used = set()
    for j in range(6):
        v = cast(rng, names, {"x": "adult m", "w": "adult f" if j != 2 else "adult", "c": "child rel=x"}, used)
        v["staff"] = v0["staff"]
        rel = "Person harmed" if j == 2 else rng.choice(["Partner", "Mother", "Sister", "Friend"])
        kind, number = ids[j]
        visits.append(cells([[f"VB-{rng.randint(100000, 999999)}", v["d3"], rng.choice(["AM", "PM"]), "{{pris|$x_pris}}",
                              "{{n|$x_revcaps}}", "{{n|$w_full}}", "{{dob|$w_dobnp}}", rel, kind, number, vnotes[j]]], v)[0])
    docs.append(Doc("prison-visits-booking", "csv", [("table", visits)]))

    # board risk register (clean)
    risk = [["ID", "Risk", "Cause", "Likelihood", "Impact", "Owner", "Controls", "Review"],
            ["R01", "Loss of the North West contract", "Commissioning review in 2026", 3, 5, "Priya Nair", "Quarterly meetings with the commissioner", "May 2026"],
            ["R02", "Personal data breach", "Email sent to the wrong person", 3, 4, "Gareth Hughes", "Secure email only; training for all staff", "Monthly"],
            ["R03", "Harm to a participant at a meeting", "Poor preparation", 2, 5, "Daniel Okoro", "Risk assessment before every meeting", "Monthly"],
            ["R04", "Staff wellbeing", "Caseloads over 20", 3, 3, "Sarah Thompson", "Supervision every six weeks; caseload cap", "Quarterly"],
            ["R05", "Volunteer drivers uninsured", "Insurance not checked", 2, 4, "Tomasz Nowicki", "Annual licence and insurance check", "April"],
            ["R06", "Reserves fall below three months", "Late grant payments", 2, 4, "Aisha Rahman", "Cash flow forecast; Bill payment run weekly", "Quarterly"],
            ["R07", "Will the new case system be ready?", "Supplier delay", 3, 3, "Gareth Hughes", "Contract milestones; fallback to spreadsheets", "Monthly"]]
    matrix = [["Score", "Meaning"], ["1 to 6", "Low: monitor"], ["8 to 12", "Medium: action plan"], ["15 to 25", "High: report to the board"]]
    docs.append(Doc("board-risk-register", "xlsx", [("sheet", "Register", risk, False), ("sheet", "Scoring", matrix, True)]))

    # facilitator rota: staff only (clean)
    rota = [["Week beginning", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "On call"]]
    venues = ["Skerton Community Centre", "Heysham Library", "Harraby Community Campus", "Ormsgill Family Hub", "Office"]
    for w in range(6):
        day = dt.date(2025, 11, 3) + dt.timedelta(weeks=w)
        people = rng.sample(STAFF, 5)
        rota.append([f"{day.day} {day.strftime('%B')}"] + [f"{p} ({rng.choice(venues)})" for p in people] + [rng.choice(STAFF)])
    rota.append(["Note", "On call: ring the office number, 01904 496000, which diverts to the on-call mobile", "", "", "", "", ""])
    docs.append(Doc("facilitator-rota", "csv", [("table", rota)]))

    # budget monitoring (clean): one invoice number passes the NHS checksum
    budget = [["Line", "Budget (£)", "Spent to date (£)", "Committed (£)", "Variance (£)", "Note"],
              ["Staff", 182000, 121400, 0, 60600, "On track"],
              ["Volunteer expenses", 9500, 7210, 400, 1890, "Mileage up after the Cumbria transfer"],
              ["Venue hire", 6000, 4385, 600, 1015, "Invoice " + nhs_number(rng) + " from Harraby Community Campus"],
              ["Interpreters", 4000, 3120, 300, 580, "PO-NMT-25-0301 outstanding"],
              ["Case system", 15000, 7500, 7500, 0, "Lune Digital, contract LD-2025-114"],
              ["Training", 3500, 2950, 0, 550, "Level 1 course, Carlisle"]]
    grants = [["Funder", "Grant ref", "Amount (£)", "Received (£)"], ["Harold Chadwick Trust", "HCT/25/41", 20000, 10000],
              ["Agnes Whitlock Foundation", "AWF-2025-0907", 12500, 12500], ["Cumbria PFCC", "PFCC-RJ-25", 60000, 45000]]
    docs.append(Doc("budget-monitoring", "xlsx", [("sheet", "Month 7", budget, False), ("sheet", "Grants", grants, False)]))
    return docs


def blind_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kind in TEXT_DOCS:
        v = cast(rng, names, roles)
        docs.append(Doc(name, kind, blocks_for(kind, fill(template, v))))
    docs += sheet_docs(rng, names)
    return docs
