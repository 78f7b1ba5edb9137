"""The unseen part of the corpus: documents written without looking at the guard or running it.

What it is. Some fifty invented documents of the kinds a restorative justice service (youth justice
services, police, mediation charities, schools, prisons) uploads as evidence of good practice, of
other kinds and in other wording than templates.py, heldout.py and fresh.py: a practitioner's
handover email, referral triage workbooks, a school peer-mediation log, a probation liaison email,
a victim personal statement summary, a facilitator observation form, neighbourhood justice panel
minutes, a young person's reflection sheet and apology letter in text-speak, a WhatsApp export, a
social media transcript typed up by a school, a case audit checklist, a complaints log, a personal
data breach report, a training register, a volunteer DBS tracker, a volunteer driver log, a funder
quarterly report with vignettes, a letter to a youth court, a pre-sentence suitability note, a
housing officer's referral, a hospital social worker's referral, a custody liaison and diversion
email, a hate crime case review, a family group conference plan, a resettlement caseworker's
referral, a prison restorative referral, a prisoner-victim letter log, a police disposals export,
a text reminder log, a case transfer form, a calendar invitation, a youth club incident sheet, a
councillor's casework email, a telephone note, a harmed person's draft letter; and clean ones (no
sensitive personal data, many traps): an anonymised conference case study, a procedure, a leaflet,
equality monitoring counts, practice group minutes, a job description, a venue invoice, a schools
network bulletin and a training evaluation summary.

How it was written. Without opening the guard's code, rules, word lists, tests or data, and
without running the guard or the scorer on it. Each piece of sensitive personal data is marked as
in fresh.py (``{{n|...}}`` and the other short marks of ``SHORT``); the text is rendered to each
format by fresh.py's ``blocks_for`` (tables, footnotes, comments, headers, tracked deletions, PDF
form fields), and workbooks are built here. Unmarked text is the traps: the organisation's staff
(allow-list), address and helplines; institutions, courts, prisons, venues, funders and trusts
named after people; Acts; meeting and offence dates; the service's own case, file, complaint and
minute numbers; invoice and order numbers (one passing the NHS checksum); pseudonyms (Victim A,
YP1, Mr X); age bands and counts; policy language about health and ethnicity; tables of counts;
street and place names used as places; ordinary words that are also names (Hope, Will, May, Grace,
Rose, Mark, Bishop, Young, Brown); team mailboxes.

Sources of names. Neither the guard's gazetteer nor the other parts: Faker locales that
heldout.py, fresh.py and build_gazetteer.py do not use (``FAKER_LOCALES`` below: New Zealand and
US English, Swedish, Norwegian, Icelandic, Mexican, Colombian, Chilean and Argentine Spanish,
Uzbek, Algerian French, Canadian French, Austrian and Swiss German, Belgian Dutch, Thai in Latin
letters), and pools written here (``UK`` and ``OTHER``) of names common among UK residents that
are in none of the other parts' pools: English (with Teesside and North Yorkshire surnames and
names that are also words, such as Ruby, Pearl, Frost, Noble), Welsh, Scottish, Irish (with Gaelic
forms), Pakistani and Kashmiri, Sri Lankan, Nepali, Afghan, Iranian, Syrian, Sudanese, Congolese,
Albanian, Bulgarian (feminine forms), Roma, Hong Kong Chinese, Filipino and Eastern Caribbean.
About three in five people are drawn from the English, Welsh, Scottish and Irish pools. Names are
written as files write them: "SURNAME, First", capitals in forms, lower case in chats and web
forms, titles with surnames, first names alone, initials, nicknames, possessives.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/unseen/ among the others
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

TODAY = dt.date(2025, 10, 1)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"

# ------------------------------------------------------------------------------------------ names

# Hand-written pools: (female first names, male first names, surnames).
UK = {
    "english": (
        ["Abigail", "Bethany", "Carly", "Danielle", "Ebony", "Freya", "Georgia", "Harriet", "Imogen", "Jasmine", "Kelsey",
         "Leah", "Maisie", "Natalie", "Phoebe", "Rebecca", "Sophie", "Vicky", "Zoe", "Heather", "Ruby", "Pearl", "Iris",
         "Autumn", "Mandy", "Julie", "Sandra", "Karen", "Lesley", "Gillian", "Denise", "Wendy", "Christine",
         "Maureen", "Shirley", "Tina", "Demi", "Chantelle", "Macy", "Lexi", "Harper", "Esme", "Amelia", "Tanya"],
        ["Aaron", "Adam", "Ben", "Billy", "Bobby", "Cameron", "Corey", "Danny", "Elliot", "Ethan", "Finley", "George",
         "Harry", "Joshua", "Kieran", "Leon", "Louis", "Luke", "Marcus", "Max", "Mitchell", "Oliver", "Ricky", "Sam",
         "Scott", "Spencer", "Steve", "Toby", "Warren", "Clive", "Graham", "Malcolm", "Derek", "Kenneth", "Brian",
         "Stanley", "Ronnie", "Reggie", "Freddie", "Riley", "Logan", "Blake", "Brody", "Jayden", "Kayden", "Lenny"],
        ["Smith", "Jackson", "Walker", "Wright", "Robinson", "Fisher", "Bell", "Hill", "Ward", "Stone", "Frost", "Noble",
         "Wise", "Moody", "Penny", "Hall", "Pearson", "Dixon", "Atkinson", "Ramsden", "Scaife", "Coverdale", "Tweddle",
         "Raine", "Dobbing", "Gowland", "Hebbron", "Lumley", "Ridsdale", "Petch", "Harland", "Featherstone",
         "Sowerby", "Hodgson", "Kirby", "Ogden", "Teasdale", "Swales", "Bulmer", "Garbutt", "Trenholm", "Verrill",
         "Fenton-Gray", "Scaife-Morris", "Askew-Hall", "Pennington-Hart", "de Courcy", "Le Grice", "St John"]),
    "welsh": (
        ["Alys", "Nerys", "Delyth", "Eirlys", "Llinos", "Tirion", "Cadi", "Efa", "Gwen", "Mererid", "Carys"],
        ["Gruff", "Ieuan", "Elis", "Tudur", "Sion", "Alun", "Deiniol", "Steffan", "Rhydian", "Carwyn", "Idris"],
        ["Jones", "Williams", "Davies", "Evans", "Roberts", "Owen", "Jenkins", "Morris", "Probert", "Gwilym", "Watkins",
         "Hopkin", "Beddoe", "Prydderch", "ap Iorwerth"]),
    "scottish": (
        ["Ailsa", "Fiona", "Isla", "Marsaili", "Seonaid", "Morven", "Lorna", "Jessie", "Beathag"],
        ["Angus", "Gregor", "Innes", "Kenzie", "Duncan", "Iain", "Ross", "Finlay", "Dougie"],
        ["MacDonald", "Mackenzie", "Robertson", "Paterson", "McGregor", "Ferguson", "Lamont", "Kerr", "Baird",
         "Dalgleish", "Oliphant", "Macpherson", "Crichton", "Menzies", "McFadyen", "Christie"]),
    "irish": (
        ["Ciara", "Aine", "Eimear", "Sorcha", "Una", "Orlaith", "Meabh", "Laoise", "Blathnaid"],
        ["Seamus", "Cillian", "Conall", "Eamon", "Fionn", "Lorcan", "Ronan", "Dara", "Killian", "Senan", "Peadar"],
        ["Murphy", "Kelly", "Byrne", "O'Neill", "McCarthy", "Nolan", "Boyle", "Devlin", "Mulholland", "Carragher",
         "Ó Briain", "Mac Suibhne", "Ó Conaill"]),
}
# First names that would be odd for a child (OLDER) or for someone over fifty (YOUNGER).
OLDER = {"Mandy", "Julie", "Sandra", "Karen", "Lesley", "Gillian", "Denise", "Wendy", "Christine", "Maureen", "Shirley",
         "Tina", "Clive", "Graham", "Malcolm", "Derek", "Kenneth", "Brian", "Stanley", "Steve", "Warren", "Eirlys", "Nerys", "Alun",
         "Lorna", "Jessie", "Beathag", "Una", "Peadar", "Seamus", "Eamon", "Tanya"}
YOUNGER = {"Demi", "Chantelle", "Macy", "Lexi", "Harper", "Esme", "Amelia", "Maisie", "Ebony", "Freya", "Phoebe", "Kayden",
           "Jayden", "Brody", "Logan", "Riley", "Blake", "Reggie", "Freddie", "Finley", "Ethan", "Kenzie", "Tirion", "Cadi", "Efa",
           "Laoise", "Fionn", "Senan", "Autumn", "Lenny"}
UK_WEIGHTS = {"english": 6, "welsh": 1.3, "scottish": 1.3, "irish": 1.4}

OTHER = {
    "pakistani": (["Aqsa", "Mehwish", "Saima", "Rabia", "Nazia", "Iqra", "Sidra"], ["Waqas", "Zeeshan", "Adnan", "Faisal", "Shoaib", "Tahir", "Haroon"],
                  ["Akhtar", "Mahmood", "Rashid", "Qureshi", "Butt", "Raja", "Mirza", "Shafiq", "Javed", "Mir", "Dar"]),
    "srilankan": (["Dilani", "Nadeesha", "Chathuri", "Sanduni", "Ishara"], ["Kasun", "Chaminda", "Nuwan", "Dinesh", "Lahiru"],
                  ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Weerasinghe", "Bandara", "Herath", "de Alwis"]),
    "nepali": (["Pratima", "Sunita", "Sarita", "Anjali", "Manisha"], ["Prakash", "Bikash", "Suman", "Rabin", "Dil Bahadur"],
               ["Gurung", "Rai", "Limbu", "Thapa", "Tamang", "Magar", "Shrestha", "Pun"]),
    "afghan": (["Mursal", "Fereshta", "Zarghona", "Parwana", "Wazhma"], ["Farid", "Habibullah", "Wahid", "Samiullah", "Naveed"],
               ["Popal", "Stanikzai", "Noorzai", "Safi", "Hotak", "Amiri", "Wardak"]),
    "iranian": (["Shirin", "Mahsa", "Parisa", "Nasrin", "Golnaz"], ["Reza", "Behnam", "Arash", "Kourosh", "Dariush"],
                ["Hosseini", "Rahimi", "Karimi", "Tehrani", "Mohammadi", "Jafari", "Moradi"]),
    "syrian": (["Rasha", "Lama", "Hiba", "Ghada", "Raghad"], ["Fadi", "Wael", "Majd", "Ammar", "Rami"],
               ["Al-Halabi", "Kassab", "Darwish", "Sabbagh", "Al-Hamwi", "Zein"]),
    "sudanese": (["Ekhlas", "Hanadi", "Samah", "Malaz", "Tasneem"], ["Mohanad", "Elfatih", "Mujtaba", "Mazin", "Hisham"],
                 ["Elamin", "Abdelrahim", "Babiker", "Elnour", "Mohamed Ali", "Eltayeb"]),
    "congolese": (["Merveille", "Divine", "Exaucée", "Nsimba", "Bénédicte"], ["Dieumerci", "Héritier", "Blaise", "Fiston", "Christian"],
                  ["Mbuyi", "Kabongo", "Ilunga", "Tshibangu", "Lukusa", "Nzuzi", "Kalonji", "Mukendi"]),
    "albanian": (["Blerina", "Arta", "Elira", "Dorina", "Besa"], ["Ardit", "Endrit", "Gentian", "Klodian", "Erion"],
                 ["Hoxha", "Berisha", "Dervishi", "Shehu", "Leka", "Cela", "Gjoka"]),
    "bulgarian": (["Desislava", "Tsvetelina", "Radostina", "Yoana", "Gergana"], ["Stoyan", "Hristo", "Kaloyan", "Ivaylo", "Dimitar"],
                  ["Petrov", "Georgiev", "Dimitrov", "Stoyanov", "Kolev", "Todorov"]),
    "roma": (["Denisa", "Erika", "Renata", "Zaneta", "Lenka"], ["Dezider", "Marian", "Ladislav", "Milan", "Radek"],
             ["Lakatos", "Balog", "Rostas", "Dunka", "Sarközi", "Oláh"]),
    "hongkong": (["Ka-Yan", "Wing-Sze", "Hoi-Ying", "Winnie", "Cheryl"], ["Chun-Kit", "Ho-Yin", "Kelvin", "Wai-Lun", "Ka-Ho"],
                 ["Wong", "Chan", "Cheung", "Lam", "Yip", "Tsang", "Leung", "Ng", "Lau"]),
    "filipino": (["Marites", "Rhea", "Maricel", "Jenalyn", "Rowena"], ["Jericho", "Jomar", "Rodel", "Arnel", "Ariel"],
                 ["Reyes", "Santos", "dela Cruz", "Bautista", "Villanueva", "Mendoza", "Tolentino", "Macaraeg"]),
    "caribbean": (["Kerese", "Shernette", "Cherelle", "Kadisha", "Latoya"], ["Marlon", "Shaquille", "Kareem", "Trevon", "Jevaughn"],
                  ["Alleyne", "Gittens", "Jn Baptiste", "St Hill", "Bascombe", "Hinds", "Ifill", "Skeete"]),
}
NICKNAMES = {
    "Kenneth": "Kenny", "Joshua": "Josh", "Rebecca": "Becky", "Christine": "Chrissie", "Oliver": "Ollie", "Georgia": "Georgie",
    "Natalie": "Nat", "Bethany": "Beth", "Abigail": "Abbie", "Danielle": "Dani", "Mitchell": "Mitch", "Cameron": "Cam",
    "Freddie": "Fred", "Gillian": "Gill", "Stanley": "Stan", "Jasmine": "Jas", "Habibullah": "Habib", "Dieumerci": "Dido",
    "Desislava": "Desi", "Tsvetelina": "Tsveti", "Chun-Kit": "Kit", "Shaquille": "Shaq", "Kayden": "Kayd", "Seamus": "Shay",
    "Samiullah": "Sami", "Zeeshan": "Zee", "Marites": "Tess", "Gruff": "Gruffydd",
}
FAKER_LOCALES = ["en_NZ", "en_US", "sv_SE", "no_NO", "is_IS", "es_MX", "es_CO", "es_CL", "es_AR", "uz_UZ", "fr_DZ", "fr_CA",
                 "de_AT", "de_CH", "nl_BE", "en_TH"]
GENDERED = {"is_IS", "uz_UZ", "bulgarian"}
# Words the documents use as words (traps): no person here is called by one of them.
TRAP_WORDS = {"Hope", "Will", "May", "Grace", "Rose", "Mark", "Bishop", "Young", "Brown", "June", "Summer", "Faith", "Joy",
              "Angel", "Lane", "Street", "Park", "Green", "Dale", "Ray", "Glen", "Holly", "Wood", "Hunter", "King", "Rich",
              "Victoria", "Chase", "Church", "Field", "Court", "Bank", "Bishopthorpe", "Sunday", "Friday", "April",
              "August", "Major", "Sterling", "Tuesday", "Unity"}
_STAFF_WORDS = {w for s in STAFF for w in s.split()}


def _latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("ð", "d").replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _feminine(origin: str, last: str) -> str:
    if origin in ("bulgarian", "uz_UZ") and last.endswith(("ov", "ev")):
        return last + "a"
    if origin == "irish" and last.startswith("Ó "):
        return {"Ó Briain": "Ní Bhriain", "Ó Conaill": "Ní Chonaill"}.get(last, last)
    if origin == "irish" and last.startswith("Mac "):
        return "Nic " + last[4:]
    return last


class Names:
    """Draws (first, last, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        import warnings

        from faker import Faker

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        """Of every twenty people drawn freely: twelve from the UK pools, four from the other pools and
        four from Faker, shuffled, so that the share does not drift with the seed."""
        if not self.deck:
            self.deck = ["uk"] * 12 + ["other"] * 4 + ["faker"] * 4
            rng.shuffle(self.deck)
        return self.deck.pop()

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, age: int = 40) -> tuple[str, str, str]:
        src = None
        for _ in range(80):
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
                fk = self.fakers[o]
                fk.seed_instance(rng.randint(0, 10**9))
                first = fk.first_name_female() if female else fk.first_name_male()
                last = fk.last_name_female() if female else fk.last_name_male()
            words = {first, *first.split(), *last.split(), *last.split("-")}
            if not (_latin(first) and _latin(last)) or words & (_STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS) or first == last:
                continue
            if (age < 25 and first in OLDER) or (age > 50 and first in YOUNGER):
                continue
            return first, last, o
        raise RuntimeError("no name")


# ------------------------------------------------------------------------------------------ people

TOWNS = [("Middlesbrough", ["TS1", "TS3", "TS4", "TS5"], "01642"), ("Stockton-on-Tees", ["TS18", "TS19", "TS20"], "01642"),
         ("Redcar", ["TS10"], "01642"), ("Hartlepool", ["TS24", "TS25", "TS26"], "01429"), ("Darlington", ["DL1", "DL3"], "01325"),
         ("Northallerton", ["DL6", "DL7"], "01609"), ("Bridlington", ["YO15", "YO16"], "01262"), ("Beverley", ["HU17"], "01482"),
         ("Hull", ["HU3", "HU5", "HU8", "HU9"], "01482"), ("Driffield", ["YO25"], "01377"), ("Richmond", ["DL10"], "01748"),
         ("Catterick Garrison", ["DL9"], "01748"), ("Bedale", ["DL8"], "01677"), ("Easingwold", ["YO61"], "01347"),
         ("Filey", ["YO14"], "01723"), ("Guisborough", ["TS14"], "01287"), ("Saltburn-by-the-Sea", ["TS12"], "01287"),
         ("Thornaby", ["TS17"], "01642"), ("York", ["YO32", "YO23", "YO19"], "01904")]
STREETS = ["Lealholm Walk", "Danby Grove", "Goathland Drive", "Ainthorpe Close", "Swainby Road", "Hutton Lowcross Avenue",
           "Roseberry Crescent", "Fountains Mews", "Cliffe Terrace", "Skinningrove Street", "Harbour View", "Coble Landing",
           "Wharfedale Close", "Holme Church Lane", "Sigston Road", "Thornaby Place", "Bramble Dykes", "Larkspur Gardens",
           "Cornfield Road", "Eston Moor Crescent", "Kildale Grove", "Lythe Bank", "Esk Terrace", "Scugdale Way",
           "Farndale Square", "Byland Road", "Kepwick Close", "Osmotherley Drive", "Beacon Lane", "Ironstone Row",
           "Cleveland Street", "Fleetham Street", "Wolsingham Court", "Cottingham Grove", "Humber View", "Anlaby Park Road"]
# No person is called by a word of a town or street the documents name.
_GENERIC = {"Road", "Street", "Lane", "Close", "Drive", "Avenue", "Grove", "Walk", "Way", "Crescent", "Mews", "Terrace", "Place",
            "Gardens", "Square", "Row", "Court", "View", "Park", "Bank", "Landing", "Moor", "Rise", "on", "by", "the", "Tees", "Sea"}
_PLACE_WORDS = ({w for t, _, _ in TOWNS for w in re.split(r"[\s-]+", t)} | {w for s in STREETS for w in s.split()}) - _GENERIC
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Brackenber", "Westwinds", "Hope Farm Cottage", "Glebe House",
               "Whinfell", "The Granary", "2 Mill Cottages"]
BLOCKS = ["Ravensworth House", "Captain Cook Court", "Ormesby Heights", "Tees Quay", "Laburnum Court", "Marina Point",
          "St Hilda's Tower", "Bede House"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"
MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com", "me.com", "virginmedia.com",
        "talktalk.net", "ntlworld.com", "btopenworld.com", "mail.com", "hotmail.co.uk", "gmail.com"]
FORCES = {
    "Cleveland Police": ("cleveland.police.uk", "CL"), "Durham Constabulary": ("durham.police.uk", "DH"),
    "Humberside Police": ("humberside.police.uk", "HB"), "North Yorkshire Police": ("northyorkshire.police.uk", "NY"),
}


def _mobile(rng: random.Random) -> str:
    d = f"7{rng.randint(300, 999)}{rng.randint(100000, 999999)}"
    form = rng.choice(["0s", "0s", "033", "+44 433", "+44", "(0)", "dots", "0044", "+44(0)", "plain", "dash"])
    return {
        "0s": f"0{d[:4]} {d[4:]}", "033": f"0{d[:4]} {d[4:7]} {d[7:]}", "+44 433": f"+44 {d[:4]} {d[4:7]} {d[7:]}",
        "+44": f"+44{d}", "(0)": f"(0{d[:4]}) {d[4:]}", "dots": f"0{d[:4]}.{d[4:7]}.{d[7:]}", "0044": f"0044 {d[:4]} {d[4:]}",
        "+44(0)": f"+44 (0) {d[:4]} {d[4:]}", "plain": f"0{d}", "dash": f"0{d[:4]}-{d[4:]}",
    }[form]


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
    return rng.choice([f"{code} {local}", f"({code}) {local}", f"{code} {local[:3]} {local[3:]}", f"+44 {code[1:]} {local}",
                       f"{code}-{local}"])


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None, pro: bool = False) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        self.age = rng.randint(*age)
        if rel is not None:
            first, _, o = names.draw(rng, self.female, origin=rel.origin, age=self.age)
            last = rel.stem
            if o in GENDERED or o in ("irish",):
                last = _feminine(o, rel.stem) if self.female else rel.stem
            if o == "is_IS":  # patronymics: a relative's surname is their own
                _, last, _ = names.draw(rng, self.female, origin=o, age=self.age)
            self.origin, self.stem = o, rel.stem
        else:
            first, last, o = names.draw(rng, self.female, origin=origin, age=self.age)
            stem = last
            if o in ("bulgarian", "uz_UZ") and last.endswith(("ova", "eva")):
                stem = last[:-1]
            self.origin, self.stem = o, stem
            if self.female and o in ("bulgarian", "irish"):
                last = _feminine(o, last)
        self.first, self.last = first, last
        self.nick = NICKNAMES.get(first, first)
        self.dob = TODAY - dt.timedelta(days=365 * self.age + rng.randint(15, 345))
        self.age = (TODAY - self.dob).days // 365
        town, districts, code = rng.choice(TOWNS)
        self.town = town
        self.district = rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS)
        kind = rng.random()
        if kind < 0.62:
            self.addr = f"{rng.randint(1, 148)}{rng.choice(['', '', '', '', 'a', 'B'])} {self.street}"
        elif kind < 0.84:
            self.addr = f"Flat {rng.randint(1, 40)}, {rng.choice(BLOCKS)}, {rng.randint(2, 90)} {self.street}"
        elif kind < 0.92:
            self.addr = f"{rng.randint(1, 30)}/{rng.randint(1, 6)} {self.street}" if rng.random() < 0.3 else f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, {rng.randint(2, 90)} {self.street}"
        else:
            self.addr = f"{rng.choice(HOUSE_NAMES)}, {self.street}"
        self.naddr = f"{rng.randint(1, 148)} {self.street}"
        self.npostcode = f"{self.district} {self.postcode.split()[1][0]}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.mobile = _mobile(rng)
        self.landline = _landline(rng, code)
        fa = re.sub(r"[^a-z]", "", _ascii(first).lower())
        la = re.sub(r"[^a-z]", "", _ascii(last).lower())
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{rng.randint(1, 99)}", f"{fa[0]}{la}", f"{la}{fa[0]}{rng.randint(10, 99)}",
                            f"{fa}_{la}", f"{fa}.{self.dob.year}", f"{self.nick.lower().replace(' ', '')[:6]}{la[:3]}x",
                            f"{fa}{la[:1]}{self.dob.strftime('%d%m')}", f"mr{la}" if not self.female else f"mrs.{la}"])
        self.email = f"{_ascii(local).lower()}@{rng.choice(MAIL)}"
        self.work = f"{fa}.{la}" if rng.random() < 0.7 else f"{fa[0]}.{la}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 599999999))
        self.licence = licence(rng, _ascii(last).replace("'", ""), _ascii(first), self.dob, self.female)
        year = rng.choice(["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "65", "66", "67", "68", "69", "70",
                           "71", "72", "73", "74", "75"])
        self.vrm = f"{rng.choice('NPVYLWE')}{rng.choice(LETTERS)}{year} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.prison = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
        self.force = rng.choice(list(FORCES))
        self.force_domain, fc = FORCES[self.force]
        n = rng.randint(1000, 99999)
        self.crime = rng.choice([f"{fc}/{n:05d}/25", f"{fc}-25-{n:06d}", f"CRN {fc}2500{n:05d}", f"{fc}250{n:06d}"])
        self.custody = rng.choice([f"{fc}/C/25/{rng.randint(1000, 99999):06d}", f"{fc}-CUS-{rng.randint(100000, 999999)}"])
        self.pnc = f"{rng.choice(['09', '14', '17', '19', '22'])}/{rng.randint(100000, 999999)}{rng.choice(LETTERS)}"
        self.urn = f"{rng.choice(['17', '10', '16', '12'])}{fc}{rng.randint(1000000, 9999999)}25"
        self.pro = pro

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        if not self.female:
            return "Mr"
        if self.age < 30:
            return "Miss" if self.age < 20 else "Ms"
        return "Mrs" if sum(map(ord, self.first)) % 3 else "Ms"


def _fields(p: Person, r: str, rng: random.Random) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    nhs = p.nhs
    dob = p.dob
    d = {
        r: p.first, f"{r}_last": p.last, f"{r}_full": p.full, f"{r}_nick": p.nick, f"{r}_caps": p.last.upper(),
        f"{r}_fcaps": p.full.upper(), f"{r}_rev": f"{p.last}, {p.first}", f"{r}_revcaps": f"{p.last.upper()}, {p.first}",
        f"{r}_lower": p.full.lower(), f"{r}_flow": p.first.lower(), f"{r}_init": f"{p.first[0]}. {p.last}",
        f"{r}_title": p.title, f"{r}_tl": f"{p.title} {p.last}", f"{r}_tfull": f"{p.title} {p.full}",
        f"{r}_dob": dob.strftime("%d/%m/%Y"), f"{r}_dobo": f"{_ordinal(dob.day)} {dob.strftime('%B %Y')}",
        f"{r}_dobiso": dob.isoformat(), f"{r}_dobdot": dob.strftime("%d.%m.%y"), f"{r}_dobmon": f"{dob.day} {dob.strftime('%b %Y')}",
        f"{r}_dobdash": dob.strftime("%d-%b-%Y").upper(), f"{r}_dobl": f"{dob.day} {dob.strftime('%B %Y')}",
        f"{r}_age": str(p.age), f"{r}_aage": f"{'an' if p.age in (8, 11, 18) or 80 <= p.age < 90 else 'a'} {p.age}-year-old",
        f"{r}_addr": p.addr, f"{r}_naddr": p.naddr, f"{r}_npc": p.npostcode, f"{r}_street": p.street, f"{r}_town": p.town, f"{r}_pc": p.postcode,
        f"{r}_pclow": p.postcode.lower(), f"{r}_pctight": p.postcode.replace(" ", ""), f"{r}_district": p.district,
        f"{r}_mob": p.mobile, f"{r}_land": p.landline, f"{r}_email": p.email, f"{r}_work": p.work,
        f"{r}_nhs": nhs, f"{r}_nhssp": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{r}_nhsdash": f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}",
        f"{r}_ni": p.ni, f"{r}_nitight": p.ni.replace(" ", ""), f"{r}_pp": p.passport, f"{r}_dl": p.licence,
        f"{r}_vrm": p.vrm, f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_pris": p.prison, f"{r}_crime": p.crime,
        f"{r}_cust": p.custody, f"{r}_pnc": p.pnc, f"{r}_urn": p.urn, f"{r}_force": p.force,
        f"{r}_fd": p.force_domain, f"{r}_ppx": f"P{rng.randint(10**7, 10**8 - 1)}", f"{r}_si": f"{p.first} {p.last[0]}.",
        f"{r}_sp": "husband" if p.female else "wife",
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy",
        f"{r}_parent": "mum" if p.female else "dad", f"{r}_partner": "wife" if p.female else "husband",
        f"{r}_sib": "sister" if p.female else "brother", f"{r}_gp": "nan" if p.female else "grandad",
        f"{r}_lad": "girl" if p.female else "lad",
    }
    return d


SCHOOLS = ["Ormesby Vale Academy", "Teesmouth Community Academy", "Ravenscar Park Academy", "Holderness Heights Academy",
           "St Hild's Catholic Academy", "Cleveland Edge Free School", "Marske Sands Primary School",
           "Mary Seacole Academy", "Annie Pinkney Academy", "Kirkleatham Hall Studio School", "Eskdale Bridge Primary School",
           "Swale Valley School", "Sir William Turner Grammar School", "Hambleton Fields Academy"]
PRISONS = ["HMP Holme House", "HMP Durham", "HMP Frankland", "HMP Low Newton", "HMP Kirklevington Grange", "HMYOI Deerbolt",
           "HMP Northumberland", "HMP Haverigg"]
VENUES = ["the Mary Seacole Room at Marton Road Library", "St Mary's Parish Hall, Bedale", "the Eston Hub", "Grangetown Hub",
          "the Dorothy Halliwell Centre", "Saltburn Community Hall", "the Quaker Meeting House in Darlington",
          "Thornaby Pavilion", "the Bridge Centre, Hull"]
COURTS = ["Teesside Youth Court", "Teesside Magistrates' Court", "Hull Youth Court", "Northallerton Magistrates' Court",
          "Teesside Crown Court", "York Crown Court"]


def cast(rng: random.Random, names: Names, roles: dict[str, str]) -> dict[str, str]:
    """The values for one document: its people (by role) and the organisation's own details."""
    people: dict[str, Person] = {}
    for r, spec in roles.items():
        words = spec.split()
        kind = words[0]
        age = {"child": (9, 12), "young": (13, 17), "adult": (19, 58), "old": (67, 91), "pro": (26, 62), "pupil": (11, 16)}[kind]
        for w in words:
            if w.startswith("age="):
                lo, hi = w[4:].split("-")
                age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = next((rng.choice(w.split("=")[1].split("|")) for w in words if w.startswith("origin=")), None)
        rel = next((people[w.split("=")[1]] for w in words if w.startswith("rel=")), None)
        for _ in range(40):  # two people in one document share neither a first name nor a surname stem
            person = Person(names, rng, age=age, female=female, origin=origin, rel=rel, pro=kind == "pro")
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()}
            taken_last = {q.last for q in people.values() if rel is None or q is not rel}
            if person.first not in taken_first and person.nick not in taken_first and (rel is not None or person.last not in taken_last):
                break
        people[r] = person
    staff = rng.sample(STAFF, 3)
    dates = [dt.date(2025, rng.randint(1, 8), rng.randint(1, 28))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 15)))
    dates = [d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates]  # working days
    offence = dates[0] - dt.timedelta(days=rng.randint(12, 130))
    v: dict[str, str] = {}
    for r, p in people.items():
        v.update(_fields(p, r, rng))
        v[f"{r}_inc"] = f"{rng.choice(['Incident', 'Log', 'CAD'])} {rng.randint(1, 1999):04d} {rng.choice(['of', 'dated'])} {offence.strftime('%d/%m/%y')}"
    school, school2 = rng.sample(SCHOOLS, 2)
    v.update({
        "school_dom": re.sub(r"[^a-z]", "", school.lower().split()[0]) + ".sch.uk",
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2025-{rng.randint(1, 520):04d}", "case2": f"NMT-2024-{rng.randint(1, 520):04d}",
        "case3": f"NMT-2025-{rng.randint(521, 700):04d}",
        "invoice": nhs_number(rng), "school": school, "school2": school2, "prison": rng.choice(PRISONS),
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

HANDOVER = """From: $staff <$staff_email>
To: $staff2 <$staff2_email>
Cc: rj.team@$org_domain
Subject: handover while I'm off - back $dw5

Hi $staff2_first,
Sorry this is rushed!! Three live ones below, everything else can wait till I'm back.

1) {{n|$a_revcaps}} - $case
- {{n|$a}} ({{age|$a_age}}) lives with $a_his nan, {{n|$g_tfull}}, at {{addr|$a_addr}}, {{pc|$a_pc}}. Nan's mobile is {{tel|$g_mob}} - she won't answer a withheld number so use the work mobile.
- {{n|$a}} {{sc|has Tourette's}}; the tics get worse when $a_he is anxious, don't read anything into them.
- OIC is PC {{n|$o_full}}, crime ref {{pol|$a_crime}}. {{n|$a}} {{sc|admitted the criminal damage}} in interview so no issue about responsibility.
- Harmed party is the Co-op on Marton Road. The manager is happy with a letter, no meeting. Draft letter is in the file and needs a read-through before it goes.
2) {{n|$b_full}} v {{n|$c_full}} - neighbours, ref $case2
- Hedge, plus a CCTV camera pointing into {{n|$c}}'s back garden. {{n|$c_tl}} is {{age|$c_age}} and {{sc|registered partially sighted}}, so everything in large print please.
- {{n|$b}} rang on Tuesday very cross, says nobody listens. The number on file is old, the new one is {{tel|$b_mob}}.
- Shuttle visit is booked for the Wednesday I'm off. Can you or Tomasz cover? If not, ring both and rearrange.
3) $prison - {{n|$x_full}}, {{pris|$x_pris}}
- Still waiting on security clearance. Chase the victim liaison team mailbox if nothing by Friday.
- {{n|$h_full}} (harmed) is still keen. {{n|$h}}'s ID for the clearance form: passport {{pp|$h_pp}}, sent on $dl1.
- Do NOT give {{n|$h}} any release information - probation deal with that.

Other bits
- May rota is on the shared drive, mark it as read in ChildView.
- Grace period for mileage claims ends 30 June.
- Will someone please water the plant on my desk.
Ta,
$staff_first
"""

PROBATION = """From: {{n|$po_full}} <{{em|$po_work@justice.gov.uk}}>
Sent: $dw2 2025 14:07
To: rj.team@$org_domain
Cc: {{n|$vlo_full}} <{{em|$vlo_work@justice.gov.uk}}>; $staff
Subject: RJ referral - {{n|$x_caps}} {{pris|$x_pris}} - licence conditions and timing

Hi all,
Following on from the MAPPA level 1 review yesterday. {{n|$x_tl}} is due for release on licence later this year; I can't put the date in an email.
For background, {{n|$x}} {{sc|is serving four years for wounding}} {{n|$h_full}} outside the Black Bull in $h_town in 2022.
Licence conditions will include an exclusion zone covering most of $h_town (map to follow) and no contact with {{n|$h}} or $h_his family except through an approved restorative process, so anything you arrange has to come through me first.
{{n|$x}} {{sc|has been on a methadone script}} since remand and is stable. He also {{sc|has a diagnosis of PTSD}} from his army service, which he is happy for you to know.
He has asked to write to {{n|$h}} first. {{n|$vlo}} in the Victim Contact Scheme says {{n|$h}} opted in and is open to a letter.
Release address: approved premises for the first 12 weeks, then his mother's, {{n|$m_tfull}}, {{addr|$m_addr}}, $m_town {{pc|$m_pc}}. A home visit to {{n|$m_tl}} is booked for next week.
Next three-way: $dl4, 2pm, by video from $prison (legal visits booth). Please confirm to the team mailbox, not to me directly.

Kind regards
{{n|$po}}

{{n|$po_full}} | Probation Practitioner | Teesside Probation Delivery Unit
The Probation Service | Mobile {{tel|$po_mob}} | Working days Mon, Tue, Thu
"""

VPS_SUMMARY = """@header Restricted - not to be shared with the person responsible without the author's agreement
Victim personal statement: summary for the facilitator
Case $case. Summary prepared by $staff from the statement {{n|$h_full}} gave to DC {{n|$dc_full}} on $dl1 (crime {{pol|$h_crime}}).
{{n|$h}} agreed this summary can be read aloud at the conference. $h_hisc partner, {{n|$pa}}, will be there too.
¦Area of life¦What was said
¦Home¦"I moved the bed away from the window. I still check the back door three times before I go up."
¦Work¦Took five weeks off from the care home where $h_he works nights. Lost all the overtime.
¦Health¦{{sc|Prescribed propranolol for panic attacks}}. Sleeping four hours a night at most.
¦Family¦$h_hisc $k_son {{n|$k}}, who is {{age|$k_age}}, now sleeps in $h_his room. {{n|$k}} is due to start at {{sch|$school}} in September and is frightened of the walk there.
¦Money¦£340 for a new lock and a doorbell camera; the insurance excess was £250.
What {{n|$h}} wants from the meeting: to ask why their house; to hear that it was not personal; for the young people to see {{n|$k}}'s drawings of the night.
{{n|$h}} does not want {{n|$y}} or {{n|$y2}} to know the new address. Hold the meeting at $venue.
@footnote The full statement is held by the police; we keep this summary only, for six years.
@comment $staff2: can we check the wording on health with {{n|$h}} before it is read out? {{n|$pa}} said {{n|$h}} didn't want the tablets mentioned.
"""

OBSERVATION = """Facilitator observation form (practice standards, direct observation)
To be completed by the observer within 48 hours. Record no more personal detail than the observation needs.
@field Observer ¦ $staff2
@field Facilitator observed ¦ $staff
@field Co-facilitator ¦ {{n|$cf_full}} (sessional)
@field Date of session ¦ $d3
@field Type ¦ Face-to-face conference
@field Participants ¦ {{n|$y_full}}, {{n|$p_full}} ($y_his $p_parent), {{n|$h_full}}, {{n|$s_full}} (supporter)
@field Case ref ¦ $case
Standard 1: Preparation. All four participants had been seen at least twice. {{n|$h}} had been offered a visit to $venue beforehand and took it.
Standard 2: Opening. Clear ground rules. The facilitator checked that {{n|$h}}, who {{sc|wears a hearing aid}}, could hear from where $h_he was sitting.
Standard 3: Questions. The script was followed and silences were allowed to run. When {{n|$p}} interrupted to defend {{n|$y}}, the facilitator brought it back to {{n|$y}} calmly.
Standard 4: Agreement. Realistic: {{n|$y}} will repaint the fence with {{n|$s}}'s help on two Saturdays in May. Written up on the day.
Standard 5: Close. Refreshments used well; {{n|$h}} and {{n|$y}} talked informally for about ten minutes.
Learning point: the co-facilitator, {{n|$cf}}, should lead the opening next time - agreed with $cf_him afterwards.
Overall: meets the standard. Calm, well-paced practice.
@footnote Kept on the supervision file, not the case file.
"""

PANEL_MINUTES = """Neighbourhood Justice Panel - Redcar and Cleveland
Minutes of panel sitting 41, held on $dl2 at $venue, 6pm
Panel members: {{n|$m1_full}} (chair), {{n|$m2_full}} and {{n|$m3_full}}, trained community volunteers. Facilitator: $staff. Minutes: $staff3.
¦Item¦Case¦Parties¦Outcome
¦1¦$case¦{{n|$a_full}} (referred by PCSO {{n|$pc_last}}) and {{n|$b_full}}¦Agreement signed; review in three months
¦2¦$case2¦{{n|$c_full}} and the manager of the Eston Hub¦Adjourned: {{n|$c}} did not attend
¦3¦$case3¦{{n|$d_full}} and {{n|$e_full}}¦Agreement reached; see below
Item 1. {{n|$a}}, {{age|$a_age}}, {{sc|admitted throwing eggs at}} {{n|$b}}'s windows on three nights. {{n|$b_tl}} told the panel $b_he had felt "under siege" and had stopped using the front room.
{{n|$a}} apologised. {{n|$m2}} asked what {{n|$a}} would do if friends suggested it again; {{n|$a}} said $a_he would walk home a different way.
Item 3. Dispute over a shared alley gate. {{n|$d}} said {{n|$e}} had padlocked it. {{n|$e}} said {{n|$d}}'s lodger had left it open twice and $e_his dog got out onto the main road.
Agreed: a second key to be cut at {{n|$e}}'s expense; the gate shut after 9pm. {{n|$e}} asked the panel to note $e_his {{sc|PTSD}} and {{sc|epilepsy}} for any future meeting.
Next sitting: $dl5. Members are reminded to hand case papers back to $staff_first at the end of each sitting.
Minute numbers for this sitting: NJP/41/01 to NJP/41/03.
"""

REFLECTION = """RESTORATIVE REFLECTION SHEET (fill in on ur own, there are no wrong answers)
name: {{n|$y_lower}}
age: {{age|$y_age}}
school: {{sch|$school}} (yr 10)
worker: $staff_first

1. what happend?
me and {{n|$f1_flow}} were messing about by the skate ramp and we {{sc|threw stones at the bus}}. one of them smashed the back window. i didnt think it wud break tbh
2. what were u thinking at the time
nothing really. i wasnt thinking thats the problem lol. {{n|$f2_flow}} was egging us on
3. who has been affected and how
the bus driver ({{n|$dr}} i think his name is) he was proper shook, he couldnt drive for a week. the people on the bus. my mum cos she had to come to the station at 11 at night and she has work at 6. {{n|$s_flow}} my little sister cos she was crying when the police came
4. what have u thought about since
that it cud of hit someone in the face. my grandad {{sc|had a stroke}} last year so i know what its like when someone gets hurt and ur family has to look after them
5. what do u need to do to put it right
say sorry to {{n|$dr}} proper, face to face if he wants. pay summit back from my job at the chippy. stop going round with {{n|$f2_flow}} and them lot at the ramp
6. how do u feel now
bit better. $staff_first was sound, explained everything and didnt judge me. i have {{sc|adhd}} so i find it hard sitting still in meetings, can we do walking ones??
"""

WHATSAPP = """WhatsApp Chat with {{n|$p}} ({{n|$y}}'s mum)
[$d1, 18:42] $staff: Hi {{n|$p}}, it's $staff_first from the restorative team at Northmoor. Is 4pm tomorrow still ok to see {{n|$y}} at home?
[$d1, 18:55] {{n|$p}} ({{n|$y}}'s mum): hiya yeah thats fine. he wont be back from footy til quarter past tho
[$d1, 18:56] {{n|$p}} ({{n|$y}}'s mum): also can u not bring up his dad in front of him. {{n|$f}} {{sc|got sent down}} in march and {{n|$y}} is taking it bad
[$d1, 19:03] $staff: Of course, thank you for telling me. I won't raise it unless {{n|$y}} does.
[$d1, 19:04] {{n|$p}} ({{n|$y}}'s mum): 👍
[$d2, 08:15] {{n|$p}} ({{n|$y}}'s mum): morning sorry my phone is playing up, use this number today {{tel|$a_mob}} its my sisters
[$d2, 08:20] $staff: No problem, see you at 4.
[$d2, 16:50] $staff: Thanks both. As agreed I'll write to {{n|$h_tl}} to ask whether she would like a letter from {{n|$y}}.
[$d2, 17:12] {{n|$p}} ({{n|$y}}'s mum): thanks hun. hes been quiet since u left but in a good way i think x
[$d3, 21:37] {{n|$p}} ({{n|$y}}'s mum): sorry to msg late, {{n|$y}} says the lads in his year at {{sch|$school}} are saying hes a grass now. can u ring tmrw
[$d4, 09:02] $staff: Morning {{n|$p}}, I'll ring at 10. If {{n|$y}} feels unsafe tonight call 999. Childline is 0800 1111 if he wants to talk to someone.
[$d4, 09:05] {{n|$p}} ({{n|$y}}'s mum): ok ta
"""

BREACH = """@header INTERNAL - data protection - not for circulation
Personal data breach report
Breach log ref: DPB-2025-004. Reported by: $staff. Investigated by: $staff2 (Data Protection Lead).
Date of breach: $dl2. Date discovered: $dl2. Reported to the ICO: no (see section 5).
1. What happened
At 16:20 a practitioner emailed a referral form and risk assessment to the wrong contact suggested by Outlook's autocomplete: a personal address, {{em|$w_email}}, instead of the YJS case manager, {{n|$cm_full}} ({{em|$cm_work@redcar-cleveland.gov.uk}}).
The recipient, {{n|$w_full}}, a parent from a closed case, rang the office at 16:45 to say the email had arrived and that {{n|$w}} had deleted it.
2. Data involved
¦Data item¦Whose¦Detail
¦Name and date of birth¦Young person¦{{n|$y_full}}, {{dob|$y_dobmon}}
¦Home address¦Young person¦{{addr|$y_addr}}, $y_town {{pc|$y_pc}}
¦NHS number¦Young person¦{{nhs|$y_nhssp}}
¦Health¦Young person¦{{sc|Type 1 diabetes}}; {{sc|self-harm}} last year
¦Offence¦Young person¦{{sc|Robbery of a mobile phone}} (crime {{pol|$y_crime}})
¦Name and phone¦Person harmed¦{{n|$h_full}}, {{tel|$h_mob}}
3. Containment
The recipient confirmed deletion in writing on $dl3 (kept on the breach file). Autocomplete has been cleared for all staff.
4. People told
@tracked The young person and $y_his mother were told by phone on $dl3. ¦ {{n|$y}}'s mother, {{n|$m_full}}, was very angry and said she would go to the papers.
The person harmed was told by letter; no response yet.
5. Risk assessment
Likelihood of harm: low (recipient known, deletion confirmed). Severity: high (health and offence data). Decision: not reportable; recorded on the internal log. Reviewed by the DPO on $dl4.
6. Learning
Send referrals through the secure portal or to the team mailbox referrals@$org_domain, never by typing a name in the To line. Data protection refresher for all staff in May.
@comment $staff2: ICO self-assessment result saved as DPB-2025-004-a.pdf. The IT provider's invoice for the autocomplete work is $invoice.
"""

FUNDER = """@header Tees Valley Community Foundation - quarterly monitoring - grant TVCF-RJ-0392
Quarter 2 (July to September 2025): restorative justice for young people and families
Organisation: $org. Report by: $staff, Service Manager. Contact: $org_phone.
1. Numbers this quarter
¦Measure¦Target¦Actual
¦Referrals¦45¦52
¦Young people aged 10 to 17 engaged¦30¦34
¦Harmed people engaged¦25¦29
¦Conferences held¦12¦11
¦Satisfied or very satisfied (%)¦85¦93
2. Case vignettes
These are anonymised, apart from vignette 3, which is shared with permission.
Vignette 1. Young Person 3, in Year 9, had been excluded after damaging a teacher's car. Through a conference with the teacher and the head of year, YP3 agreed to wash staff cars for a term and is back in full-time education.
Vignette 2. Victim B, {{sc|who has dementia}}, had lost £900 to a teenage doorstep scammer. With B's daughter present, the young person heard how the loss had left B afraid to answer the door.
Vignette 3. {{n|$a_full}}, {{age|$a_age}}, asked us to use $a_his name. {{n|$a}}'s corner shop in $a_town was ram-raided last winter while {{n|$a}}, who {{sc|has MS}}, was asleep upstairs. {{n|$a}} met the young man responsible, {{n|$r}}, who {{sc|was convicted of the burglary}} and is now in $prison. "I needed to look him in the eye and tell him what the shop means to this street."
3. Partnership
We now take referrals from Cleveland Police's out-of-court resolutions team and from the Hannah Walsh Trust's family support project.
4. Spend
Spend to date £41,380 against a budget of £62,000. Invoice 2025-117 from the Dorothy Halliwell Centre for room hire is included.
@footnote Counts of fewer than five are suppressed in the published version of this report.
"""

COURT_LETTER = """@header $org | $org_address | $org_phone | Registered charity 1187342
Private and confidential
The Legal Adviser
Teesside Youth Court
Victoria Square
Middlesbrough TS1 2AS
$dl4
Dear Sir or Madam,
Re: {{n|$y_full}}, date of birth {{dob|$y_dob}}
URN {{pol|$y_urn}}. Listed on $dw5 for review of the deferred sentence
I am the restorative justice practitioner who has worked with {{n|$y}} since the court deferred sentence on $dl1. I write with $y_his agreement and that of $y_his $p_parent, {{n|$p_tfull}}.
{{n|$y}} {{sc|pleaded guilty to affray}} after the disorder in Albert Park in the spring. Since then {{n|$y}} has attended six sessions with me and met the two park wardens who were hurt, {{n|$v1_full}} and {{n|$v2_full}}, at a conference on $dl3. Both have written to say they are satisfied; their letters are attached with their consent.
{{n|$y}} has also kept to the agreement: 20 hours with a community boxing club, a written apology to the park's friends group, and attendance at {{sch|$school}}, where the Head of Year 12, {{n|$t_tl}}, reports 96% attendance this term.
{{n|$y}} {{sc|has been assessed for autism}} and is waiting for the outcome; the court may wish to bear this in mind when addressing $y_him.
In my view the restorative work is complete. I will attend the hearing if the court wishes.
Yours faithfully,
$staff
Senior Restorative Justice Practitioner
cc {{n|$yo_full}}, Youth Justice Service ({{em|$yo_work@redcar-cleveland.gov.uk}})
"""

PSR_NOTE = """Pre-sentence report: restorative justice suitability note
For: {{n|$po_full}}, Probation Practitioner at $court. Requested $dl1; returned $dl2.
Defendant: {{n|$x_revcaps}}. PNC ID {{pol|$x_pnc}}. Remanded at $prison, prison number {{pris|$x_pris}}.
Date of birth: {{dob|$x_dobiso}}. Offence: {{sc|burglary of a dwelling}} (Theft Act 1968, s.9) on $odate_l. {{sc|Guilty plea}} at the first hearing.
Person harmed: {{n|$h_tfull}}, {{age|aged $h_age}}, who lives alone. Contact was made through the Witness Care Unit and {{n|$h_tl}} agreed to a home visit by $staff on $dl1.
What the person harmed said: {{n|$h_tl}} would like a letter before sentence and might meet {{n|$x}} afterwards, with a relative, {{n|$n_full}}, for support. The thing that upset $h_him most was the loss of $h_his late $h_sp's watch.
What {{n|$x}} said: he accepts full responsibility and says the burglary was to fund {{sc|a crack cocaine habit}}; he has been clean on remand. He asked whether the person harmed was hurt, and was relieved to hear not.
Suitability: suitable for a restorative process after sentence, in custody or in the community.
Risks: {{n|$x}}'s {{sc|history of psychosis}} (stable on medication, according to healthcare at $prison). No contact with the person harmed other than through this service.
$staff, Senior Practitioner. Our case $case. Not for disclosure to the defendant without the author's agreement.
@footnote The Witness Care Unit's reference is not recorded here; ask the police.
"""

HOUSING = """Teesmouth Homes - Tenancy Enforcement Team
Referral to community mediation (neighbour disputes)
Send to referrals@$org_domain. Tenancy references are ours; please quote them.
@field Referring officer ¦ {{n|$ho_full}}, Neighbourhood Officer
@field Officer email ¦ {{em|$ho_work@teesmouthhomes.co.uk}}
@field Team phone ¦ 01642 500 600 (option 3)
@field Tenant 1 ¦ {{n|$a_revcaps}} (tenancy ref TMH-008842)
@field Tenant 1 address ¦ {{addr|$a_addr}}, $a_town {{pc|$a_pc}}
@field Tenant 1 phone ¦ {{tel|$a_mob}}
@field Tenant 1 NI number ¦ {{ni|$a_ni}}
@field Tenant 2 ¦ {{n|$b_revcaps}} (tenancy ref TMH-008857)
@field Tenant 2 address ¦ {{addr|$a_naddr}}, $a_town {{pc|$a_npc}}
@field Tenant 2 phone ¦ {{tel|$b_land}}
@field Police involvement ¦ Yes - {{pol|$b_inc}}
Summary of the dispute
Parking and noise. The two households share a car park. {{n|$a}} reports loud music and shouting from {{n|$b}}'s flat most nights from about 11pm. {{n|$b}} says {{n|$a}}'s visitors park in his bay and that {{n|$a}} has kicked his car.
Vulnerabilities: {{n|$b}} {{sc|is in recovery from alcohol dependency}} and goes to a group on Tuesdays. {{n|$a}}'s eldest, {{n|$k}} ({{age|$k_age}}), {{sc|has cerebral palsy}} and uses a wheelchair, so the disabled bay matters to the family.
Both tenants have agreed to mediation. Neither needs an interpreter.
Officer's note: a Community Protection Warning was considered and not issued. Please do not visit {{n|$b}} before 10am.
"""

HOSPITAL = """Tees Valley General Hospital - Adult Social Care (hospital team)
Referral for restorative justice support
From: {{n|$sw_full}}, Hospital Social Worker, Ward 14 (Elderly Care). Direct line {{tel|$sw_land}}. Secure email {{em|$sw_work@nhs.net}}
To: referrals@$org_domain
Date: $dl2
Patient: {{n|$h_tfull}}
Date of birth: {{dob|$h_dobo}} ({{age|$h_age}})
NHS number: {{nhs|$h_nhsdash}}
Home address: {{addr|$h_addr}}, $h_town, {{pc|$h_pc}}
Next of kin: {{n|$s_full}} ($h_his $s_son), {{tel|$s_mob}}
Reason for admission: {{sc|fractured neck of femur}} after a fall on $odate_l. {{n|$h_tl}} fell while following two men who had talked their way into the house saying they were from the water board; $h_his purse and $h_his late husband's medals were taken.
Police: $h_force are investigating (crime {{pol|$h_crime}}). The officer in the case is DC {{n|$dc_last}}.
Why we are referring: {{n|$h_tl}} keeps saying "I just want to know why". $h_hec has capacity for this decision ({{sc|mild cognitive impairment}}, assessed on $dl1). $h_hisc $s_son supports the referral.
¦Professional¦Name¦Contact
¦GP¦Dr {{n|$gp_full}}¦Redcar Primary Care Hospital surgery, switchboard
¦Occupational therapist¦{{n|$ot_full}}¦{{em|$ot_work@nhs.net}}
¦Ward manager¦Sister {{n|$wm_last}}¦Ward 14, extension 5514
Discharge plan: home with a package of care, probably in three weeks. Please contact me before visiting the ward; visiting is 2pm to 7pm.
"""

HATE_REVIEW = """Multi-agency hate crime case review - CONFIDENTIAL
Review of case $case (homophobic abuse and assault, $h_town). Meeting held $dl3, chaired by $staff.
Present: Inspector {{n|$in_full}} ($in_force), {{n|$hc_full}} (Hate Crime Coordinator, council), {{n|$yo_full}} (YJS), $staff2.
Background. On $odate_l {{n|$h_full}}, {{age|$h_age}}, was walking home with $h_his partner {{n|$pa_full}} when a group of young people shouted abuse and one threw a bottle. {{n|$h}} {{sc|is gay}} and said the words used left no doubt why they were targeted. Crime {{pol|$h_crime}}.
Two young people were identified: {{n|$y1_full}} ({{age|$y1_age}}), who {{sc|was charged with assault}}, and {{n|$y2_full}} ({{age|$y2_age}}), who {{sc|received a youth caution for a public order offence}}.
What went well. The neighbourhood team visited within 24 hours. The referral to us was made with {{n|$h}}'s consent on the day of the caution.
What could have gone better. {{n|$h}} was not told about the caution for five weeks and heard about it from a neighbour. {{n|$pa}} {{sc|has multiple sclerosis}} and was not offered a home visit.
@tracked Restorative process. {{n|$y2}} has met {{n|$h}} and {{n|$pa}}; {{n|$y1}}'s case is still with the court. ¦ {{n|$h}} told us $h_he {{sc|is HIV positive}} and was afraid the glass had cut $h_him.
Actions. 1. Inspector {{n|$in_last}} to remind officers of the Victims' Code timescales. 2. $staff2 to offer {{n|$pa}} home visits. 3. Learning to go to the Community Safety Partnership's hate crime subgroup, without names.
@comment {{n|$hc}}: please take the HIV reference out before this goes to the subgroup - it should never have been typed.
"""

FGC_PLAN = """Family Group Conference - Family Plan
Family: the {{n|$m_last}} family. Co-ordinator: $staff. Conference held $dl2 at $venue. Private family time: 1 hour 10 minutes.
Child: {{n|$c_full}}, {{age|$c_age}}, born {{dob|$c_dobl}}, attends {{sch|$school}}.
Who came: {{n|$m_full}} (mum), {{n|$gm_full}} (grandmother), {{n|$un_full}} (uncle), {{n|$au_full}} (family friend, known to {{n|$c}} as Auntie {{n|$au}}).
Professionals for the information part: {{n|$sw_full}} (social worker), PC {{n|$pc_full}}, {{n|$t_tl}} (Head of Year 7).
Worries shared: {{n|$c}} {{sc|was arrested for shoplifting}} twice this year with older boys. {{n|$m}} {{sc|is in recovery from alcohol misuse}} and is doing well, but evenings are hard.
¦What¦Who¦When
¦{{n|$c}} stays at {{n|$gm}}'s on Tuesday and Thursday nights so mum can go to her group¦{{n|$gm}}¦From next week
¦Pick up from school on Fridays and take to boxing¦{{n|$un}}¦Fridays
¦No phone in the bedroom after 10pm¦{{n|$m}}¦Every day
¦Text {{n|$m}} at 9pm to check in¦{{n|$au}}¦Every day
¦A restorative meeting with the shop manager, if he agrees¦$staff with {{n|$c}}¦Before half term
If the plan is not working, {{n|$gm}} will ring the co-ordinator. Review conference: $dl5.
Emergency contacts: {{n|$gm}} {{tel|$gm_land}}; {{n|$un}} {{tel|$un_mob}}.
Agreed and signed by everyone present.
"""

RESETTLEMENT = """Refugee resettlement team - referral for restorative support
From: {{n|$cw_full}}, Resettlement Caseworker, Stockton-on-Tees Borough Council ({{em|$cw_work@stockton.gov.uk}}, {{tel|$cw_mob}})
To: referrals@$org_domain. Date: $dl2.
Family: {{n|$f_full}} and {{n|$mo_full}}, and their children {{n|$c1}} ({{age|$c1_age}}) and {{n|$c2}} ({{age|$c2_age}}). Arrived in 2023 under ARAP.
Address: {{addr|$f_addr}}, $f_town {{pc|$f_pc}}
What happened: on $odate_l {{n|$c1}} was followed home from {{sch|$school}} by three older pupils who called him a terrorist and pushed him off his bike. {{n|$c1}} has refused to go to school since. Police: {{pol|$c1_inc}}. The school knows who the pupils are.
The family {{sc|are Hazara}} and {{sc|Shia Muslims}}; {{n|$f}} believes the abuse was about that as much as about being Afghan.
{{n|$mo}} {{sc|is being treated for depression}} and speaks Dari only; please book a female Dari interpreter.
For your consent forms: {{n|$f}}'s passport number is {{pp|$f_ppx}} and {{n|$mo}}'s is {{pp|$mo_ppx}}.
What the family want: {{n|$f}} would like the school and the boys' parents to understand what the family went through to get here. {{n|$c1}} does not want to meet the boys yet.
"""

PRISON_REFERRAL = """$prison - Offender Management Unit
Restorative justice referral (prisoner-initiated)
@field Prisoner name ¦ {{n|$x_fcaps}}
@field Prison number ¦ {{pris|$x_pris}}
@field Date of birth ¦ {{dob|$x_dobdash}}
@field Wing and cell ¦ F2-14
@field Index offence ¦ {{sc|Causing death by dangerous driving}}
@field Sentence ¦ 7 years 6 months; release date withheld
@field Prison offender manager ¦ {{n|$pom_full}}
@field Victim details known ¦ {{n|$vf_full}} (mother of the deceased), via the Victim Contact Scheme only
Reason for referral: {{n|$x}} completed the Sycamore Tree course in April and has asked to write to the family. He understands they may say no.
Risk information: {{n|$x}} {{sc|self-harmed}} twice in the first year; the ACCT was closed in March. Healthcare say he is well.
He {{sc|became a practising Muslim}} in custody and would like the imam present if a meeting happens.
Completed by: {{n|$pom_full}}, $dl1. Countersigned: Head of Offender Management Delivery.
Received by $org on $d2 (case $case).
"""

LIAISON = """From: Liaison and Diversion Team <tees.liaisondiversion@nhs.net>
Sent: $dw1 2025 07:58
To: referrals@$org_domain
Subject: L&D referral - {{n|$y_fcaps}} - custody {{pol|$y_cust}}

Good morning,
We saw the young person below in custody at Middlesbrough police station overnight and, with consent, are referring for restorative justice as part of the out-of-court resolution the police are considering.
Name: {{n|$y_full}}
DOB: {{dob|$y_dobdot}}
NHS No: {{nhs|$y_nhs}}
Address: {{addr|$y_addr}}, {{pc|$y_pctight}}
Appropriate adult: {{n|$aa_full}} (foster carer), {{tel|$aa_mob}}
Presenting needs: {{sc|low mood}}, {{sc|cannabis use}} most days by $y_his own account, {{sc|possible dyslexia}} (never assessed). No current mental health service. GP: Dr {{n|$gp_last}}, Eston Grange Surgery.
Alleged offence: {{sc|arrested on suspicion of theft from a motor vehicle}}. Officer: PC {{n|$pc_full}}.
We will write to the GP. Any questions, please ring the team line, 01642 850 377, 7am to 10pm.
Kind regards
{{n|$ld_full}}
Liaison and Diversion Practitioner (RMN)
"""

APOLOGY = """dear {{n|$h_flow}},
im {{n|$y_flow}}, im the one who {{sc|nicked ur bike}} from outside the chippy on Marton Road. im {{age|$y_age}} btw
i want to say sorry. i know its just a bike to some people but $staff_first told me u use it to get to work at the hospital and u had to walk 40 mins in the rain for like 2 weeks. thats proper bad and im sorry
i was with {{n|$f_flow}} and some older lads and i wanted to look big. its not an excuse
my mum {{n|$m}} says i have to pay u back and i agree. i can give u £10 a week from my paper round til its paid, its £120 so thats 12 weeks
i wrote this myself, $staff_first just checked the spelling (not all of it lol)
if u want to meet me thats ok. if u dont thats ok too
from {{n|$y_flow}}
"""

SOCIAL = """{{sch|$school}} - Pastoral team
Transcript of group chat messages ("yr9 girlies") shown to {{n|$t_tl}} by {{n|$v_full}} on $dl1. Typed as written; screenshots on CPOMS.
{{n|$a_lower}}: has any1 seen the pics {{n|$v_flow}} put up 💀💀
{{n|$b_lower}}: omg ye
{{n|$a_lower}}: someone shud tell her
{{n|$c_lower}}: leave it {{n|$a_flow}} shes alright
{{n|$a_lower}}: ur just saying that cos ur her friend
{{n|$b_lower}}: fight at 4 outside the co op on cleveland st?? 😂
{{n|$a_lower}}: if she comes. tell her to bring her big sister {{n|$vs_flow}} lol
{{n|$c_lower}}: im leaving this chat
{{n|$b_lower}}: {{n|$v_flow}} heres my number if u wanna sort it {{tel|$b_mob}}
Note by {{n|$t_tl}}: no fight took place. {{n|$v}} was collected by her mum, {{n|$vm_tl}}, at 3.15. {{n|$a}} and {{n|$b}} have been spoken to with their parents; referral to Northmoor for a circle with all four girls (consent from {{n|$vm_tl}} and the other parents by phone).
"""

SCHOOL_INCIDENT = """Behaviour incident report (exported from the school's behaviour system)
School: {{sch|$school}}. Incident 2025-0419. Logged by {{n|$t_tfull}} at 13:12 on $d1.
¦Pupil¦Year¦Role¦Parent or carer¦Contact
¦{{n|$s1_revcaps}}¦8¦Instigator¦{{n|$p1_tfull}}¦{{tel|$p1_mob}}
¦{{n|$s2_revcaps}}¦8¦Target¦{{n|$p2_tfull}}¦{{tel|$p2_land}}
¦{{n|$s3_revcaps}}¦9¦Witness¦{{n|$p3_tfull}}¦{{em|$p3_email}}
Description: at lunch {{n|$s1}} took {{n|$s2}}'s bag and emptied it onto the field. {{n|$s2}}'s insulin pen was in the bag: {{n|$s2}} {{sc|has type 1 diabetes}}. {{n|$s3}} fetched a member of staff.
Action: {{n|$s1}} internal exclusion (one day). Referral to the restorative team at Northmoor for a meeting between {{n|$s1}} and {{n|$s2}}; both families agreed by phone.
Medical: {{n|$s2}} was checked by the school nurse; blood sugar normal.
Safeguarding: no concerns recorded.
"""

TRANSFER = """Case transfer form: between restorative services
From: $org (our case $case). To: the restorative justice service covering $z_town.
Reason: the family moved on $dl2. A new school place is confirmed.
¦Field¦Details
¦Young person¦{{n|$y_full}}
¦Known as¦{{n|$y_nick}}
¦Date of birth¦{{dob|$y_dob}}
¦NHS number¦{{nhs|$y_nhssp}}
¦Old address¦{{addr|$y_addr}}, $y_town, {{pc|$y_pc}}
¦New address¦{{addr|$z_addr}}, $z_town, {{pc|$z_pc}}
¦New school¦{{sch|$school}}
¦Parent or carer¦{{n|$p_full}}, {{tel|$p_mob}}, {{em|$p_email}}
¦Offence¦{{sc|Criminal damage (graffiti) at the railway station}}
¦Police reference¦{{pol|$y_crime}}
¦Harmed party¦Network Rail (no individual)
Work done so far: two preparation sessions and a letter of apology, not yet sent. Network Rail's community safety manager is willing to meet.
Needs: {{n|$y_nick}} {{sc|has a moderate hearing loss}} and uses radio aids in class. Sessions work best in the morning.
Transferred by $staff on $dl3. Please acknowledge to referrals@$org_domain.
"""

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
ORGANIZER;CN=$staff:mailto:$staff_email
ATTENDEE;CN={{n|$a_full}};ROLE=REQ-PARTICIPANT:mailto:{{em|$a_work@middlesbrough.gov.uk}}
ATTENDEE;CN=YJS Duty Team;ROLE=OPT-PARTICIPANT:mailto:yjs.duty@middlesbrough.gov.uk
ATTENDEE;CN={{n|$b_full}};ROLE=REQ-PARTICIPANT:mailto:{{em|$b_work@$b_fd}}
ATTENDEE;CN={{n|$c_full}};ROLE=REQ-PARTICIPANT:mailto:{{em|$c_work@$school_dom}}
SUMMARY:Professionals meeting - {{n|$y_init}}
LOCATION:Meeting room 2, $org_address
DESCRIPTION:Re {{n|$y_full}} (DOB {{dob|$y_dob}}). Agenda: 1. update from school 2. views of the person harmed ({{n|$h_tl}}) 3. plan. Please do not forward.
DTSTART;TZID=GMT Standard Time:20250611T100000
DTEND;TZID=GMT Standard Time:20250611T110000
END:VEVENT
END:VCALENDAR
"""

YOUTH_CLUB = """Grangetown Young People's Centre - incident sheet
Date: $d1. Time: 19:40. Session: Thursday seniors (13 to 19).
Workers on shift: {{n|$yw1_full}} (senior youth worker) and {{n|$yw2_full}} (sessional).
Young people involved: {{n|$a_full}} ({{age|$a_age}}), {{n|$b_full}} ({{age|$b_age}}), and {{n|$c}} (surname not known, new to the club).
¦Action¦By¦Done
¦Incident entered on the council's log¦{{n|$yw1}}¦Yes
¦Both young people's parents told¦{{n|$yw1}}¦Yes
¦Referral to Northmoor for a restorative meeting¦{{n|$yw2}}¦Yes
What happened: an argument over the pool table. {{n|$c}} said something about {{n|$b}}'s sister and {{n|$a}} {{sc|punched}} {{n|$b}} in the face.
Injuries: {{n|$b}} - cut lip; first aid by {{n|$yw2}}.
Parents: {{n|$b}}'s dad, {{n|$bd_full}}, collected {{n|$b}} at 20:15 and said he would be ringing the police. {{n|$a}}'s mum did not answer; message left on {{tel|$am_mob}}.
Follow-up: instead of a ban, we will offer both lads a restorative meeting through Northmoor, the club's RJ partner. {{n|$a}} is welcome back on Monday if he agrees.
"""

COUNCILLOR = """From: Cllr {{n|$cl_full}} <{{em|cllr.$cl_work@redcar-cleveland.gov.uk}}>
Sent: $dw2 2025 21:14
To: info@$org_domain
Subject: Constituent - {{n|$a_full}}, {{addr|$a_addr}}

Dear Northmoor team,
I have been contacted by my constituent {{n|$a_tfull}} about a long-running dispute with $a_his neighbours at number 14. {{n|$a}} tells me $a_he {{sc|has fibromyalgia}} and that the stress has made it much worse.
{{n|$a}} is willing to try mediation. Please could someone contact $a_him directly on {{tel|$a_land}} (mornings are best) and copy me in.
Kind regards,
{{n|$cl}}
Councillor for Kirkleatham ward

----- Reply -----
From: $staff <$staff_email>
Dear Councillor {{n|$cl_last}},
Thank you. We will contact {{n|$a_tl}} this week. With {{n|$a}}'s consent we can let you know that contact has been made, but we cannot share the details of the mediation.
Best wishes,
$staff
"""

TEL_NOTE = """TEL NOTE - $d2 10:35 - $staff_first
Incoming from {{n|$h_tl}} (harmed party, $case). Identity checked: DOB {{dob|$h_dobdot}} and first line of address.
- {{n|$h_tl}} has thought about it and wants to meet {{n|$y}} face to face, not letters.
- Wants grandson {{n|$g}} ({{age|$g_age}}) there - he was in the house on the night. Explained we'd need to see {{n|$g}} first + parental consent (his mum is {{n|$gm_full}}, {{tel|$gm_mob}}).
- Said she'd heard {{n|$y}} {{sc|deals cannabis}} on the estate, "everyone says so". Said I couldn't discuss {{n|$y}}'s circumstances.
- {{n|$h_tl}} {{sc|has angina}}, meetings in the morning please, no stairs.
- New email for letters: {{em|$h_email}}
Action: $staff_first to ring {{n|$gm}} tomorrow. Update ChildView. Discuss with Priya in supervision Thurs.
"""

DRAFT_LETTER = """Draft - letter from {{n|$h}} to {{n|$y}} (typed up by $staff from {{n|$h}}'s handwriting on $dl2). NOT CHECKED - DO NOT SEND.
{{n|$y}},
I'm the woman whose car you and your friend took from outside my house in the spring. I want you to know what happened after.
My husband {{n|$hu}} had to take two weeks off to drive me to work. I {{sc|have been on antidepressants}} since, and I never was before.
My daughter {{n|$k}} is at {{sch|$school}} and her friends all know what happened, because it went round on Facebook. She was embarrassed and that was the worst part for me.
I'm not writing to make you feel bad. I want to know why our car. Was it random? Did you know it was ours?
If you write back I will read it. I might not answer straight away.
{{n|$h_full}}
Practitioner's note: {{n|$h}} has agreed to take out the school's name and {{n|$k}}'s name before the letter goes.
"""

# ---- clean documents: no sensitive personal data, many traps

CASE_STUDY_CLEAN = """Restorative practice after a street robbery: a case study
Paper for the North East Restorative Justice Forum annual conference, Durham, 9 October 2025
Presented by Bethan Lloyd and Daniel Okoro, $org
Summary
This case study follows one restorative process from referral to outcome. All names are replaced: YP1 is the young person responsible; Victim A is the person harmed; Mr X is Victim A's neighbour, who came as a supporter.
Referral
YP1 was referred by the Youth Justice Service eight weeks after sentence. The offence, a street robbery of a phone, happened in the spring; Victim A was walking home from a late shift.
Preparation
Bethan met Victim A four times. Victim A wanted to know whether YP1 had chosen them because of how they looked, and whether the phone, which held the only photographs of a family wedding, still existed.
Daniel met YP1 three times at the youth justice centre. Young Person 3, who had been with YP1 that night, declined to take part.
The meeting
The conference lasted 95 minutes. Mr X sat beside Victim A. YP1's foster carer attended. YP1 answered Victim A's questions and explained that the phone had been sold within the hour.
Outcomes
YP1 wrote down everything he could remember about the buyer, which the police used; the photographs were not recovered. Victim A said: "I came for the truth and I got it."
What we learned
1. Will the harmed person want practical answers as much as an apology? Ask early.
2. Grace periods in outcome agreements help young people in care, whose placements can move.
3. May and June are the busiest months for referrals; plan leave around them.
In numbers (whole service, 2024 to 2025)
Referrals: 203. Processes completed: 118. Young people aged 10 to 17 in secure settings: 14. Harmed people satisfied: 94%.
Contact: info@$org_domain, $org_phone, $org_address.
@footnote Details changed to prevent identification; consent for publication obtained from all participants in 2025.
"""

PROCEDURE_CLEAN = """@header $org - Procedure RJ-07 - version 3.2 - review due March 2027
Procedure: restorative work with people in prison and on licence
1. Scope
This procedure applies to all staff and volunteers who work with people serving sentences in custody or on licence, and with the people they harmed. It follows the Victims' Code, the Victims and Prisoners Act 2024 and HM Prison and Probation Service's restorative justice policy framework.
2. Referrals
Referrals come from prison offender managers, probation practitioners, the Victim Contact Scheme and self-referral. Log each referral within two working days; the case system gives it a number (NMT-YYYY-NNNN).
3. Eligibility
There are no offence exclusions, but cases involving domestic abuse, sexual offences or hate crime need the Practice Lead's agreement (Daniel Okoro or, in his absence, Priya Nair).
People of any age may take part; participants aged under 18 need a parent or carer's consent as well as their own.
4. Health, belief and access
Ask every participant what would help them take part. A participant with a mental health condition may need shorter sessions; someone observing Ramadan may prefer meetings after sunset; a Deaf participant may need a BSL interpreter. Record the adjustment, not the diagnosis.
5. Security
Apply for security clearance at least 15 working days before a prison visit. Bring photo ID. Never take case papers naming the person harmed into a prison.
6. Information
Never tell a harmed person a release date; that is for the Victim Contact Scheme. Never give a prisoner the address of a person harmed.
7. Contacts
Referrals: referrals@$org_domain. Support out of hours: Victim Support, 0808 168 9111. Security queries go to the prison's Offender Management Unit, not to individual officers.
@comment Gareth Hughes: section 4 reads well now; check the BSL wording with Aisha before the board sees it.
@footnote Approved by the Board of Trustees on 12 June 2025, minute 25/31.
"""

LEAFLET_CLEAN = """Someone has harmed you. Would it help to talk?
Restorative justice: a guide for people harmed by crime in Teesside and North Yorkshire
What is it?
Restorative justice brings the people harmed by a crime and the people responsible into contact, so that everyone affected can play a part in repairing the harm and finding a way forward.
Will I have to meet them?
No. Some people meet face to face. Others send letters or a recorded message, or ask us to pass on questions.
May I bring someone with me?
Yes: a friend, a relative or a support worker. Many people do.
Is it safe?
We meet you first, as many times as you need, and only go ahead if everyone agrees and it is safe.
Who can take part?
Anyone harmed by any crime, whatever their age. Young people aged 10 to 17 take part with a parent or carer's agreement.
"I got my hope back." - someone harmed by a burglary
"I didn't expect to feel better. I did." - a shop owner
It is free, and you can stop at any time.
Contact us
$org, $org_address. Phone $org_phone (Monday to Friday, 9am to 5pm). Email referrals@$org_domain.
Support now: Victim Support, 0808 168 9111 (free, 24 hours). In an emergency call 999.
This leaflet is available in large print, Easy Read, Polish, Urdu, Arabic and Romanian.
@footnote Funded by the Office of the Police and Crime Commissioner for Cleveland and the Rose Bishop Fund.
"""

PRACTICE_MINUTES_CLEAN = """Practice Development Group - minutes
Meeting 25/09, held on $dl2 at 2pm, Room 2, Unit 4, Tanner Row.
Present: Priya Nair (chair), Sarah Thompson, Tomasz Nowicki, Aisha Rahman, Joanne Whitfield. Apologies: Gareth Hughes.
¦Minute¦Item¦Action¦By
¦25/09/1¦Minutes of meeting 25/08 agreed¦-¦-
¦25/09/2¦Case NMT-2025-0214: whether to go ahead with a conference now the young person has moved to Bishop Auckland¦Ask the YJS for a nearer venue¦Tomasz
¦25/09/3¦Observation programme: two observations each by December¦Book through the diary¦All
¦25/09/4¦Will anyone cover Joanne's circle group in May?¦Sarah to cover¦Sarah
¦25/09/5¦Hate crime refresher in the Mary Seacole Room¦Book the room¦Aisha
Discussion
Brown envelopes: letters to harmed people should go in plain white envelopes, not the brown franked ones, which look official and have frightened people.
Young People's Forum: the forum asked for the leaflet to use fewer long words. Priya to share a new draft in June.
The Hope Street Youth Project asked to co-facilitate circles; agreed in principle, subject to their safeguarding policy.
Grace period for returning laptops for the security update: end of the month.
Next meeting: 25/10, same room.
"""

JOB_CLEAN = """JOB DESCRIPTION AND PERSON SPECIFICATION
Post: Restorative Justice Practitioner (Schools and Families), 0.8 FTE
Salary: £29,777 to £32,654 pro rata. Post reference NMT/JD/25/06
Reports to: Priya Nair, Practice Lead. Works closely with Joanne Whitfield, Schools Lead.
Base: Unit 4, Tanner Row, York YO1 6JB, with travel across Teesside, Hull and North Yorkshire.
Purpose
To prepare and facilitate restorative processes for young people aged 10 to 17, their families and the people they have harmed, and to train school staff in restorative approaches.
Main duties
1. Hold a caseload of about 18 cases, from referral to closure.
2. Run restorative circles and peer mediation training in partner schools.
3. Keep accurate, minimal records on the case system; follow the data protection and safeguarding policies.
4. Take part in supervision, observation and the on-call rota (one week in six).
Person specification
Essential: experience with young people in a statutory or voluntary setting; excellent listening; a full UK driving licence and use of a car, or the ability to travel by other means where a disability prevents driving.
Desirable: restorative justice facilitator training; experience of work with families from Gypsy, Roma and Traveller communities.
Applicants must be aged 18 or over. The post is subject to an enhanced DBS check.
We are a Disability Confident employer. We welcome applications from Black, Asian and minority ethnic candidates and from people with lived experience of the justice system, who are under-represented in our team.
How to apply: send the application form (not a CV) to recruitment@$org_domain by 12 noon on Friday 14 November. Interviews will be at the Eston Hub in the week of 24 November.
Informal enquiries: Priya Nair on $org_phone.
"""

INVOICE_CLEAN = """@header Dorothy Halliwell Centre | Church Wynd, Bedale DL8 1AF | 01677 424 910 | bookings@halliwellcentre.org.uk | Charity 1043528
INVOICE
Invoice no. $invoice. Date: $dl3.
Purchase order PO-NMT-25-0188. Customer account NMT01.
Bill to: Accounts Payable, $org, $org_address
¦Date¦Room¦Hours¦Rate¦Amount
¦$d1¦Mary Seacole Room¦3¦£18.00¦£54.00
¦$d2¦Main hall (conference)¦5¦£26.00¦£130.00
¦$d2¦Refreshments for 9¦-¦£3.50¦£31.50
¦¦¦¦Total¦£215.50
Payment within 30 days by BACS to the account on file, quoting the invoice number.
Booking reference DHC/2025/0412. Booked by Sarah Thompson.
The centre is not VAT registered. The Hope Room is closed for redecoration until May.
"""

BULLETIN_CLEAN = """Restorative Schools Network - autumn bulletin
Welcome to our new members: Mary Seacole Academy, Annie Pinkney Academy and Sir William Turner Grammar School. The network now has 22 schools.
Peer mediation
In the summer term 140 pupils in Years 5 to 10 trained as peer mediators. At Eskdale Bridge Primary School the mediators handled 61 playground disputes, 54 of them settled on the day.
Circles in the classroom
Joanne Whitfield ran circle training for 35 teachers in September. "Will it work with Year 9 on a Friday afternoon?" was the question most asked. The answer: yes, if you keep it short.
¦Measure¦2023-24¦2024-25
¦Suspensions in network schools¦412¦351
¦Restorative meetings held¦286¦340
¦Pupils aged 11 to 16 trained as mediators¦96¦140
Dates for your diary
Network meeting: Tuesday 4 November, 4pm, Thornaby Pavilion. Restorative Justice Week: 16 to 22 November.
Policy corner
The Equality Act 2010 applies to behaviour policies: adjustments for pupils with special educational needs, and attention to racist and homophobic bullying, belong in a restorative approach.
Contact: Joanne Whitfield, Schools Lead, $org_phone, schools@$org_domain.
"""

TEXT_DOCS = [
    ("handover-email", HANDOVER, {"a": "young", "g": "old f rel=a", "o": "pro", "b": "adult", "c": "old", "x": "adult m", "h": "adult"}, ["txt", "docx"]),
    ("probation-liaison-email", PROBATION, {"po": "pro", "vlo": "pro", "x": "adult m age=24-50", "h": "adult f", "m": "old f rel=x"}, ["txt"]),
    ("victim-statement-summary", VPS_SUMMARY, {"h": "adult", "dc": "pro", "pa": "adult", "k": "child age=9-11 rel=h", "y": "young m", "y2": "young m"}, ["docx"]),
    ("observation-form", OBSERVATION, {"cf": "pro", "y": "young", "p": "adult rel=y", "h": "old", "s": "adult"}, ["pdf", "docx"]),
    ("panel-minutes", PANEL_MINUTES, {"m1": "adult", "m2": "old", "m3": "adult", "a": "young", "pc": "pro", "b": "old", "c": "adult",
                                      "d": "adult", "e": "adult"}, ["odt"]),
    ("reflection-sheet", REFLECTION, {"y": "young m age=14-15", "f1": "young m", "f2": "young m", "dr": "adult m", "s": "child f rel=y"}, ["txt"]),
    ("whatsapp-export", WHATSAPP, {"p": "adult f", "y": "young m rel=p", "f": "adult m rel=y", "a": "adult f", "h": "old f"}, ["txt"]),
    ("breach-report", BREACH, {"w": "adult", "cm": "pro", "y": "young", "h": "adult", "m": "adult f rel=y"}, ["docx"]),
    ("funder-quarterly-report", FUNDER, {"a": "adult age=45-70", "r": "young m age=18-20"}, ["docx"]),
    ("letter-to-court", COURT_LETTER, {"y": "young age=16-17", "p": "adult rel=y", "v1": "adult", "v2": "adult", "t": "pro", "yo": "pro"}, ["docx"]),
    ("psr-suitability-note", PSR_NOTE, {"po": "pro", "x": "adult m", "h": "old", "n": "adult rel=h"}, ["pdf"]),
    ("housing-referral", HOUSING, {"ho": "pro", "a": "adult f", "b": "adult m", "k": "young rel=a"}, ["pdf"]),
    ("hospital-referral", HOSPITAL, {"sw": "pro", "h": "old f", "s": "adult rel=h", "dc": "pro", "gp": "pro", "ot": "pro", "wm": "pro f"}, ["docx"]),
    ("hate-crime-review", HATE_REVIEW, {"in": "pro", "hc": "pro", "yo": "pro", "h": "adult m", "pa": "adult m", "y1": "young m", "y2": "young"}, ["docx"]),
    ("family-plan", FGC_PLAN, {"m": "adult f age=28-42", "c": "child age=11-12 rel=m", "gm": "old f rel=m age=60-75", "un": "adult m rel=m",
                               "au": "adult f", "sw": "pro", "pc": "pro", "t": "pro"}, ["odt"]),
    ("resettlement-referral", RESETTLEMENT, {"cw": "pro", "f": "adult m origin=afghan", "mo": "adult f rel=f", "c1": "child m rel=f",
                                             "c2": "child rel=f"}, ["docx"]),
    ("prison-rj-referral", PRISON_REFERRAL, {"x": "adult m", "pom": "pro", "vf": "adult f age=45-70"}, ["pdf"]),
    ("liaison-diversion-email", LIAISON, {"y": "young", "aa": "adult", "gp": "pro", "pc": "pro", "ld": "pro"}, ["txt"]),
    ("apology-letter", APOLOGY, {"h": "adult", "y": "young m", "f": "young m", "m": "adult f rel=y"}, ["txt"]),
    ("group-chat-transcript", SOCIAL, {"t": "pro", "v": "pupil f age=13-14", "a": "pupil f age=13-14", "b": "pupil f age=13-14",
                                       "c": "pupil f age=13-14", "vs": "young f rel=v age=16-17", "vm": "adult f rel=v"}, ["txt"]),
    ("school-incident-report", SCHOOL_INCIDENT, {"t": "pro", "s1": "pupil age=12-13", "s2": "pupil age=12-13", "s3": "pupil age=13-14",
                                                 "p1": "adult rel=s1", "p2": "adult rel=s2", "p3": "adult rel=s3"}, ["docx"]),
    ("case-transfer", TRANSFER, {"y": "young", "z": "adult", "p": "adult rel=y"}, ["odt"]),
    ("meeting-invite", CALENDAR, {"a": "pro", "b": "pro", "c": "pro", "y": "young", "h": "adult"}, ["txt"]),
    ("youth-club-incident", YOUTH_CLUB, {"yw1": "pro", "yw2": "pro", "a": "young m", "b": "young m", "c": "young m",
                                        "bd": "adult m rel=b", "am": "adult f rel=a"}, ["odt"]),
    ("councillor-email", COUNCILLOR, {"cl": "pro", "a": "adult"}, ["txt"]),
    ("telephone-note", TEL_NOTE, {"h": "old", "y": "young", "g": "young m", "gm": "adult f rel=g"}, ["txt"]),
    ("draft-letter-harmed", DRAFT_LETTER, {"h": "adult f", "y": "young m", "hu": "adult m rel=h", "k": "young f rel=h"}, ["odt"]),
    ("conference-case-study", CASE_STUDY_CLEAN, {}, ["pdf"]),
    ("prison-procedure", PROCEDURE_CLEAN, {}, ["docx"]),
    ("leaflet-harmed-people", LEAFLET_CLEAN, {}, ["pdf"]),
    ("practice-group-minutes", PRACTICE_MINUTES_CLEAN, {}, ["odt"]),
    ("job-description", JOB_CLEAN, {}, ["txt"]),
    ("venue-invoice", INVOICE_CLEAN, {}, ["docx"]),
    ("schools-bulletin", BULLETIN_CLEAN, {}, ["docx"]),
]


def _pick(rng: random.Random, seq: list, i: int):
    return seq[i % len(seq)]


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # referral triage workbook: young people, offences, the people harmed; needs on a hidden sheet
    offences = ["Assault (common)", "Criminal damage to a car", "Theft from a shop", "Racially aggravated harassment",
                "Possession of a bladed article", "Arson (wheelie bins)", "Burglary of a garden shed", "Malicious communications"]
    needs = ["{{sc|ADHD}}, medicated", "{{sc|Asthma}}, carries an inhaler", "{{sc|Practising Christian}}: no Sunday meetings",
             "{{sc|Speech and language difficulties}}", "None known", "{{sc|Anxiety}}, prefers texts to calls", "{{sc|Epilepsy}}",
             "{{sc|Autistic}}; visual timetable"]
    names_fmt = ["{{n|$y_revcaps}}", "{{n|$y_rev}}", "{{n|$y_fcaps}}", "{{n|$y_full}}"]
    dobs = ["{{dob|$y_dob}}", "{{dob|$y_dobiso}}", "{{dob|$y_dobdot}}", "{{dob|$y_dobmon}}"]
    v0 = cast(rng, names, {})
    triage = [["Ref", "Received", "Source", "Young person", "DOB", "Age", "Postcode", "Offence or issue", "Police ref",
               "Person harmed", "Contact (harmed)", "Priority", "Allocated to"]]
    hidden = [["Ref", "Name", "NHS no.", "Needs"]]
    for j in range(8):
        v = cast(rng, names, {"y": "young", "h": rng.choice(["adult", "old"])})
        harmed = ["Co-op, Marton Road (manager)", "via store"] if j == 2 else ["Teesmouth Homes (bins)", "housing officer"] if j == 5 \
            else ["{{n|$h_full}}", rng.choice(["{{tel|$h_mob}}", "{{tel|$h_land}}", "{{em|$h_email}}"])]
        triage.append(cells([["$case", v["d1"], _pick(rng, ["Police OOCR", "YJS", "School", "Police OOCR", "Self", "YJS"], j),
                              _pick(rng, names_fmt, j), _pick(rng, dobs, j), "{{age|$y_age}}", "{{pc|$y_pc}}",
                              "{{sc|" + offences[j] + "}}", rng.choice(["{{pol|$y_crime}}", "{{pol|$y_inc}}"]), *harmed,
                              rng.choice(["High", "Medium", "Low"]), rng.choice([v0["staff"], v0["staff2"], "Unallocated"])]], v)[0])
        hidden.append(cells([[triage[-1][0], "{{n|$y_full}}", "{{nhs|$y_nhs}}" if j % 3 == 0 else "", needs[j]]], v)[0])
    lookup = [["Code", "Meaning"], ["OOCR", "Out-of-court resolution (police)"], ["YJS", "Youth Justice Service referral order or YRO"],
              ["Priority High", "Harmed person aged over 80, lives alone, or repeat victim"], ["Priority Low", "Business or organisation harmed"]]
    docs.append(Doc("triage-workbook-1", "xlsx", [("sheet", "Triage", triage, False), ("sheet", "Lookup", lookup, False),
                                                  ("sheet", "Needs (restricted)", hidden, True)]))

    # closed referrals exported as CSV
    outcomes = ["Direct meeting - agreement completed", "Letter exchange", "Person harmed declined", "Shuttle, then meeting",
                "Young person withdrew", "Direct meeting - agreement completed", "Indirect - recorded message"]
    rows = [["Ref", "Closed", "Surname", "Forename", "DOB", "Address", "Postcode", "Outcome", "Person harmed", "Worker"]]
    for j in range(7):
        v = cast(rng, names, {"y": "young", "h": "adult"})
        rows.append(cells([["$case2", v["d4"], "{{n|$y_caps}}", "{{n|$y}}", _pick(rng, dobs, j + 1), "{{addr|$y_addr}}", "{{pc|$y_pc}}",
                            outcomes[j], "{{n|$h_init}}" if j % 2 else "{{n|$h_full}}", v["staff"]]], v)[0])
    docs.append(Doc("closed-referrals-export", "csv", [("table", rows)]))

    # school peer mediation log (a primary school: the school is named with its pupils)
    v0 = cast(rng, names, {"t": "pro", "m1": "pupil age=10-11", "m2": "pupil age=10-11", "m3": "pupil age=10-11"})
    issues = ["Football: who was offside", "Name-calling at the bench", "Left out of the skipping game", "Pushing in the dinner queue",
              "A broken pencil case", "Fell out over a birthday party"]
    log = [[fill("{{sch|Marske Sands Primary School}} - peer mediation log, summer term", v0)],
           ["Date", "Mediators", "Pupils in dispute", "What about", "Agreed?", "Follow-up by"]]
    notes = [["Pupil", "Note for staff only"]]
    mediators = [("$m1_si", "$m2_si"), ("$m2_si", "$m3_si"), ("$m1_si", "$m3_si")]
    staff_notes = ["{{sc|has an EHCP for autism}}; give extra time", "family are {{sc|Jehovah's Witnesses}}: no birthday activities",
                   "{{sc|hearing impaired}}, sits at the front", "young carer for mum", "{{sc|on the waiting list for an ADHD assessment}}",
                   "new to the school in April"]
    for j in range(6):
        v = cast(rng, names, {"a": "pupil age=7-11", "b": "pupil age=7-11"})
        v.update({k: v0[k] for k in v0 if k.startswith(("m1", "m2", "m3", "t"))})
        m_a, m_b = mediators[j % 3]
        log.append(cells([[v["d1"], "{{n|" + m_a + "}} & {{n|" + m_b + "}}", "{{n|$a_full}} / {{n|$b_full}}", issues[j],
                           rng.choice(["Yes", "Yes", "Partly"]), "{{n|$t_tl}}" if j % 2 else "class teacher"]], v)[0])
        notes.append(cells([["{{n|$a_full}}", staff_notes[j]]], v)[0])
    docs.append(Doc("peer-mediation-log", "xlsx", [("sheet", "Log", log, False), ("sheet", "Staff notes", notes, True)]))

    # case file audit, with scores on a second sheet
    v0 = cast(rng, names, {})
    audit = [["Case ref", "Young person", "Worker", "Consent on file", "Risk assessment", "Harmed person offered RJ",
              "Outcome recorded", "Comments"]]
    comments = ["DOB recorded as {{dob|$y_dob}} on the referral but a different date on ChildView - check with the YJS.",
                "Referral form holds {{n|$y}}'s NHS number ({{nhs|$y_nhs}}) - not needed, redact.",
                "Good: {{n|$h_full}} contacted within five days of referral.",
                "Risk assessment missing. Case note says {{n|$y}} {{sc|carries a knife}}; must be assessed before any meeting.",
                "Consent signed by {{n|$y}}'s uncle, {{n|$h_full}}, who does not have parental responsibility.",
                "All in order. Nice clear closing summary.",
                "Phone number for the harmed person ({{tel|$h_mob}}) written on the front of the file - remove."]
    for j in range(7):
        v = cast(rng, names, {"y": "young", "h": "adult"})
        audit.append(cells([["$case", "{{n|$y_full}}", v["staff"], rng.choice(["Yes", "Yes", "No"]), rng.choice(["Yes", "No", "Out of date"]),
                              rng.choice(["Yes", "Yes", "Not recorded"]), rng.choice(["Yes", "No"]), comments[j]]], v)[0])
    scores = [["Standard", "Met", "Partly", "Not met"], ["Consent", 5, 1, 1], ["Risk assessment", 4, 1, 2],
              ["Harmed person offered RJ", 6, 0, 1], ["Data minimised", 4, 0, 3], ["Auditor", v0["staff2"], "", ""]]
    docs.append(Doc("case-audit-checklist", "xlsx", [("sheet", "Audit Q2", audit, False), ("sheet", "Scores", scores, False)]))

    # complaints and compliments log
    v0 = cast(rng, names, {})
    comp = [["Ref", "Received", "From", "Contact", "About", "Summary", "Stage", "Outcome", "Handled by"]]
    summaries = [
        ("Practitioner", "Says the practitioner told the other party about $a_his {{sc|bipolar disorder}}.", "Stage 2", "Partly upheld"),
        ("Delay", "Waited 11 weeks for a first visit after {{n|$k}}'s referral.", "Stage 1", "Upheld"),
        ("Venue", "Meeting room not accessible; {{n|$a}} {{sc|uses a wheelchair}}.", "Stage 1", "Upheld"),
        ("Outcome", "Unhappy that the young person was not made to pay for the window.", "Stage 1", "Not upheld"),
        ("Compliment", "Thanks to the team for the support with {{n|$k}}.", "-", "Passed to team"),
        ("Letter", "A letter meant for {{n|$a_tl}} at {{addr|$a_addr}} was delivered next door.", "Stage 1", "Upheld"),
    ]
    for j, (about, summary, stage, outcome) in enumerate(summaries):
        v = cast(rng, names, {"a": "adult", "k": "young rel=a"})
        contact = rng.choice(["{{em|$a_email}}", "{{tel|$a_mob}}", "{{tel|$a_land}}"])
        comp.append(cells([[f"CMP-25-{j + 7:03d}", v["d2"], "{{n|$a_tfull}}" if j % 2 else "{{n|$a_full}}", contact, about, summary,
                            stage, outcome, v0["staff"]]], v)[0])
    docs.append(Doc("complaints-log", "xlsx", [("sheet", "2025-26", comp, False)]))

    # training register for partner agencies' staff
    v0 = cast(rng, names, {})
    reg = [["Name", "Role", "Organisation", "Email", "Dietary or access needs", "Attended"],
           ["Priya Nair", "Trainer", ORG, "priya.nair@" + ORG_DOMAIN, "", "Y"],
           [v0["staff"], "Co-trainer", ORG, v0["staff_email"], "Vegetarian", "Y"]]
    roles = [("Police Constable", "Cleveland Police", "cleveland.police.uk"), ("PCSO", "Cleveland Police", "cleveland.police.uk"),
             ("Sergeant", "Durham Constabulary", "durham.police.uk"), ("Case Manager", "Youth Justice Service", "middlesbrough.gov.uk"),
             ("Head of Year 8", "$school", "$school_dom"), ("Learning Mentor", "$school2", "stockton.sch.uk"),
             ("Family Support Worker", "Redcar and Cleveland Council", "redcar-cleveland.gov.uk"),
             ("Housing Officer", "Teesmouth Homes", "teesmouthhomes.co.uk")]
    need = ["{{sc|Halal}}", "", "Vegan", "{{sc|Coeliac}}, gluten free", "{{sc|Deaf}}, BSL interpreter booked", "", "None",
            "{{sc|Wheelchair user}}, ground floor please"]
    for j, (role, org, dom) in enumerate(roles):
        v = cast(rng, names, {"a": "pro"})
        reg.append(cells([["{{n|$a_full}}", role, org, "{{em|$a_work@" + dom + "}}", need[j], rng.choice(["Y", "Y", "Y", "N"])]], v)[0])
    reg.insert(0, [f"Restorative approaches for front-line staff - {v0['dl2']} - Thornaby Pavilion"])
    docs.append(Doc("training-register", "csv", [("table", reg)]))

    # volunteer DBS tracker; identity documents on a hidden sheet
    v0 = cast(rng, names, {})
    vols = [["Volunteer", "Role", "DOB", "Address", "Postcode", "Mobile", "DBS level", "Issued", "Update service", "Renewal due"]]
    ids = [["Volunteer", "Document seen", "Document number", "NI number", "Checked by"]]
    vroles = ["Panel member", "Co-facilitator", "Driver", "Panel member", "Peer mentor", "Co-facilitator"]
    for j in range(6):
        v = cast(rng, names, {"a": rng.choice(["adult", "old age=60-76"])})
        vols.append(cells([["{{n|$a_rev}}", vroles[j], _pick(rng, ["{{dob|$a_dob}}", "{{dob|$a_dobdash}}", "{{dob|$a_dobiso}}"], j),
                            "{{addr|$a_addr}}", "{{pc|$a_pc}}", "{{tel|$a_mob}}", "Enhanced", v["d1"], rng.choice(["Yes", "No"]),
                            f"{rng.randint(2026, 2028)}"]], v)[0])
        doc, num = [("Passport", "{{pp|$a_pp}}"), ("Driving licence", "{{dl|$a_dl}}"), ("Passport", "{{pp|$a_pp}}"),
                    ("Birth certificate and bank statement", "-"), ("Driving licence", "{{dl|$a_dl}}"), ("Passport", "{{pp|$a_pp}}")][j]
        ids.append(cells([["{{n|$a_rev}}", doc, num, rng.choice(["{{ni|$a_ni}}", "{{ni|$a_nitight}}"]), "Gareth Hughes"]], v)[0])
    docs.append(Doc("volunteer-dbs-tracker", "xlsx", [("sheet", "Volunteers", vols, False), ("sheet", "ID checked", ids, True),
                                                      ("sheet", "Notes", [["Coordinator", "Gareth Hughes"], ["Policy", "Renew every three years or join the Update Service"]], False)]))

    # volunteer drivers: journeys, and licence checks on a hidden sheet
    v0 = cast(rng, names, {})
    log = [["Date", "Driver", "Vehicle", "Passenger", "From", "To", "Miles", "Claim (£)"]]
    checks = [["Driver", "Licence number", "Checked", "Business insurance", "MOT due"]]
    for _ in range(4):
        v = cast(rng, names, {"a": "adult", "p1": "young", "p2": "old"})
        for d, pas, frm in (("d2", "{{n|$p1}}", "{{pc|$p1_pc}}"), ("d4", "{{n|$p2_tl}}", "{{pc|$p2_pctight}}")):
            miles = rng.randint(4, 38)
            log.append(cells([[v[d], "{{n|$a_full}}", "{{vrm|$a_vrm}}" if d == "d2" else "{{vrm|$a_vrmtight}}", pas, frm,
                               rng.choice(["Eston Hub", "Thornaby Pavilion", "HMP Holme House", "Saltburn Community Hall"]), miles,
                               round(miles * 0.45, 2)]], v)[0])
        checks.append(cells([["{{n|$a_full}}", "{{dl|$a_dl}}", v0["d1"], rng.choice(["Yes", "Yes", "Awaiting"]), f"{rng.randint(1, 12):02d}/2026"]], v)[0])
    docs.append(Doc("volunteer-driver-log", "xlsx", [("sheet", "Journeys", log, False), ("sheet", "Rates", [["Per mile", 0.45], ["Budget", "VOL-TRANS-02"]], False),
                                                     ("sheet", "Licence checks", checks, True)]))

    # letters passed between people in prison and the people they harmed
    v0 = cast(rng, names, {})
    letters = [["Log no.", "Date", "Direction", "Prisoner", "Prison no.", "Establishment", "Person harmed", "Checked by", "Passed on"]]
    addresses = [["Person harmed", "Address for post", "Postcode", "Note"]]
    for j in range(5):
        v = cast(rng, names, {"x": "adult m", "h": rng.choice(["adult", "old"])})
        prison = rng.choice(PRISONS)
        letters.append(cells([[f"LL-25-{j + 31:03d}", v["d1"], "Prisoner to harmed", "{{n|$x_revcaps}}", "{{pris|$x_pris}}", prison,
                               "{{n|$h_full}}", v0["staff"], v["d2"]]], v)[0])
        if j % 2 == 0:
            letters.append(cells([[f"LL-25-{j + 51:03d}", v["d4"], "Harmed to prisoner", "{{n|$x_revcaps}}", "{{pris|$x_pris}}", prison,
                                   "{{n|$h_full}}", v0["staff2"], v["d5"]]], v)[0])
        addresses.append(cells([["{{n|$h_full}}", "{{addr|$h_addr}}, $h_town", "{{pc|$h_pc}}",
                                 rng.choice(["Post second class, plain envelope", "Hand deliver only", "Email first: {{em|$h_email}}"])]], v)[0])
    docs.append(Doc("prison-letter-log", "xlsx", [("sheet", "Letters", letters, False), ("sheet", "Addresses (restricted)", addresses, True)]))

    # text message reminders sent from the case system
    v0 = cast(rng, names, {})
    sms = [["Sent", "To", "Recipient", "Message", "Status"]]
    msgs = ["Hi {{n|$a}}, reminder: you are meeting $staff_first on $dd3 at 4pm at $venue. Reply Y to confirm.",
            "Hello {{n|$a_tl}}, this is Northmoor. $staff_first will ring you tomorrow morning about the letter. No need to reply.",
            "Hi {{n|$a}}, sorry we missed you today. Please ring $org_phone to rebook.",
            "Reminder for {{n|$a}} and {{n|$b}}: family meeting $dd3, 6pm. Call $org_phone if you can't make it.",
            "Hi {{n|$a}}, your bus pass for Thursday is at reception. Ask for $staff_first.",
            "Hello {{n|$a_tl}}, {{n|$b}}'s letter is ready for you to read. When would suit?"]
    for m in msgs:
        v = cast(rng, names, {"a": rng.choice(["young", "adult", "old"]), "b": "young"})
        v["staff_first"] = v0["staff_first"]
        sms.append(cells([[f"{v['d2']} {rng.randint(9, 17)}:{rng.randint(0, 59):02d}", "{{tel|$a_mob}}", "{{n|$a_full}}", m,
                           rng.choice(["Delivered", "Delivered", "Failed"])]], v)[0])
    docs.append(Doc("sms-reminder-log", "csv", [("table", sms)]))

    # police out-of-court disposals referred for restorative justice
    off = ["Criminal damage", "Common assault", "Theft (shoplifting)", "Public order s.4A", "Harassment", "Theft of a pedal cycle"]
    exp = [["OccurrenceNo", "Outcome", "SubjSurname", "SubjForename", "SubjDOB", "SubjAge", "Offence", "VictimName", "VictimTel", "OIC",
            "RJReferral"]]
    for j in range(6):
        v = cast(rng, names, {"y": "young", "h": "adult", "o": "pro"})
        exp.append(cells([["{{pol|$y_crime}}", rng.choice(["Outcome 22", "Community Resolution", "Youth Caution"]), "{{n|$y_caps}}",
                           "{{n|$y}}", "{{dob|$y_dob}}", "{{age|$y_age}}", "{{sc|" + off[j] + "}}", "{{n|$h_revcaps}}", "{{tel|$h_mob}}",
                           "PC {{n|$o_init}}", "Y"]], v)[0])
    docs.append(Doc("police-disposals-export", "csv", [("table", exp)]))

    # community panel volunteers' rota
    rota = [["Panel member", "Mobile", "Email", "Available", "Notes"]]
    pnotes = ["", "{{sc|Wheelchair user}}: ground floor venues only", "Not Fridays 12-2 ({{sc|Friday prayers}})", "Prefers Redcar sittings",
              "Back from leave in May", "{{sc|Deaf}} in one ear: sit on the left side", "", "Will do evenings only"]
    for j in range(8):
        origin = " origin=pakistani|afghan|sudanese|syrian|fr_DZ|uz_UZ" if j == 2 else ""
        v = cast(rng, names, {"a": rng.choice(["adult", "old age=60-78"]) + origin})
        rota.append(cells([["{{n|$a_full}}", "{{tel|$a_mob}}", "{{em|$a_email}}", rng.choice(["Mon, Wed", "Tue", "Any", "Thu evenings", "Weekends"]),
                            pnotes[j]]], v)[0])
    docs.append(Doc("panel-volunteer-rota", "csv", [("table", rota)]))

    # equality monitoring: counts only (clean)
    eq = [["Characteristic", "People harmed", "People responsible", "Total"],
          ["Aged 10 to 13", 2, 19, 21], ["Aged 14 to 17", 11, 88, 99], ["Aged 18 to 64", 64, 12, 76], ["Aged 65 and over", 23, 0, 23],
          ["White British", 71, 91, 162], ["White Gypsy or Irish Traveller", 2, 4, 6], ["Asian or Asian British: Pakistani", 6, 7, 13],
          ["Black or Black British: African", 3, 5, 8], ["Mixed or multiple", 4, 6, 10], ["Other ethnic group", 2, 1, 3],
          ["Prefer not to say", 12, 5, 17], ["Christian", 31, 9, 40], ["Muslim", 8, 10, 18], ["No religion", 44, 70, 114],
          ["Disabled or long-term condition", 29, 33, 62], ["Gay, lesbian or bisexual", 5, 3, 8]]
    notes = [["Note", "Counts from equality forms returned in 2024-25; 61% return rate."],
             ["Note", "Numbers under 5 are shown because the commissioner asked for them; do not publish."],
             ["Prepared by", "Aisha Rahman"], ["Invoice for translation of the form", nhs_number(rng)]]
    docs.append(Doc("equality-monitoring-summary", "xlsx", [("sheet", "Counts", eq, False), ("sheet", "Notes", notes, True)]))

    # training evaluation summary (clean)
    ev = [["Question", "Strongly agree", "Agree", "Disagree", "Strongly disagree", "Comment (anonymised)"],
          ["The trainer explained restorative questions clearly", 21, 6, 0, 0, "Will definitely use the script"],
          ["I feel confident to run a circle", 9, 14, 4, 0, "May need a second session"],
          ["The case studies were realistic", 17, 9, 1, 0, "Mark this as essential for new starters"],
          ["I understand the data protection rules", 12, 12, 3, 0, "Brown bag lunch sessions would help"],
          ["Overall, the course met my needs", 20, 7, 0, 0, "Hope to come to level 2"],
          ["Respondents", 27, "", "", "", "Course code RA-L1-0925; 31 booked, 27 attended"]]
    docs.append(Doc("training-evaluation-summary", "csv", [("table", [[str(c) for c in row] for row in ev])]))
    return docs


def unseen_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kinds in TEXT_DOCS:
        for i, kind in enumerate(kinds):
            v = cast(rng, names, roles)
            docs.append(Doc(f"{name}-{i + 1}", kind, blocks_for(kind, fill(template, v))))
    docs += sheet_docs(rng, names)
    return docs
