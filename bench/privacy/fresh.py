"""The fresh part of the corpus: documents written apart from the guard, to see whether it generalises.

Written without looking at the guard's rules, its word lists or its results on these documents.
The kinds of document and their wording differ from templates.py and heldout.py. Names come from
two sources neither the guard's gazetteer nor the other parts use: Faker locales not used in
heldout.py, and pools written here of names common among UK residents of many origins. About
three in five name mentions are of English, Welsh, Scottish or Irish names, as in the services'
own case loads.

Templates use a shorthand: ``{{n|...}}`` for ``{{person_name|...}}`` and so on (see ``SHORT``);
``$a``, ``$a_last`` and the like are filled from the document's people (see ``cast`` and
``_fmt_fields``). A line that starts with ``¦`` is a table row, cells split on ``¦``; a line that
starts with ``@`` is a block of another kind (``@footnote``, ``@comment``, ``@header``,
``@tracked kept ¦ deleted``, ``@field label ¦ value``, ``@page``), rendered to what each file
format can hold (``blocks_for``): a PDF form field whose value is not Latin-1 goes on the page,
as the form fields cannot show it.
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, licence, nhs_number, ni_number

TODAY = dt.date(2025, 6, 1)

SHORT = {
    "n": "person_name", "addr": "postal_address", "pc": "postcode", "dob": "date_of_birth", "tel": "phone",
    "em": "email", "ni": "ni_number", "nhs": "nhs_number", "pp": "passport", "dl": "driving_licence",
    "vrm": "vehicle_registration", "pris": "prison_number", "pol": "police_reference", "age": "age_with_detail",
    "sch": "school_with_pupil", "sc": "special_category",
}

# ------------------------------------------------------------------------------------------ names

# Hand-written pools: (female first names, male first names, surnames). Surnames of Polish and
# Lithuanian origin are in their masculine form; feminine forms are made by rule below.
UK = {
    "english": (
        ["Hope", "Rose", "Grace", "Summer", "Faith", "Joy", "Holly", "Poppy", "Daisy", "Lacey", "Kayleigh", "Stacey",
         "Gemma", "Jodie", "Nicola", "Maxine", "Lorraine", "Kerry", "Amber", "Skye", "Willow", "Ivy", "Marnie", "Tilly",
         "Evie", "Shelby", "Kirsty", "Deborah", "Pauline", "Janice", "Hazel", "Brenda", "Jacqueline", "Lydia", "Millie"],
        ["Will", "Mark", "Hunter", "Jack", "Alfie", "Harvey", "Tyler", "Kai", "Reece", "Brandon", "Jake", "Mason",
         "Charlie", "Archie", "Frankie", "Lee", "Darren", "Gary", "Stuart", "Neil", "Trevor", "Dean", "Craig", "Barry",
         "Keith", "Colin", "Terry", "Jamie", "Robin", "Ellis", "Alexander", "Thomas", "Harrison", "Jensen"],
        ["Brown", "Young", "Bishop", "Baker", "Little", "Long", "Rich", "Hunter", "Summers", "Hope", "Rose", "Bird", "Fox",
         "Moss", "Marsh", "Green", "Wild", "Lamb", "Cross", "Sharp", "Shepherd", "Mason", "Swift", "Booth", "Kettlewell",
         "Ackroyd", "Oldroyd", "Stansfield", "Haigh", "Greenwood", "Rushworth", "Metcalfe", "Bairstow", "Thwaite",
         "Clough", "Nuttall", "Entwistle", "Hargreaves", "Pilling", "Harcourt-Webb", "Fox-Lyons", "Stirling-Price",
         "Ashby-Crane", "Dunmore", "Kitching", "Wainwright", "Nettleton", "Raper", "Tindall"]),
    "welsh": (
        ["Angharad", "Gwenllian", "Rhiannon", "Catrin", "Eleri", "Manon", "Sioned", "Heledd", "Mali", "Elin", "Glesni"],
        ["Rhodri", "Bleddyn", "Iestyn", "Emyr", "Geraint", "Aled", "Huw", "Cai", "Osian", "Tomos", "Dyfan", "Macsen"],
        ["ap Rhys", "ap Gruffydd", "Rees", "Gruffydd", "Parry-Jones", "Bowen", "Meredith", "Tudor", "Wynne", "Pugh",
         "Ellis-Griffiths", "Griffiths", "Humphreys"]),
    "scottish": (
        ["Catriona", "Morag", "Kirsteen", "Ishbel", "Shona", "Iona", "Kirsty", "Elspeth", "Rhona"],
        ["Hamish", "Ruaridh", "Calum", "Lachlan", "Alasdair", "Euan", "Murdo", "Torquil", "Fergus", "Struan"],
        ["MacKinnon", "Macaulay", "MacIver", "Urquhart", "Sutherland", "Gunn", "Munro", "McCrindle", "Drummond",
         "MacAskill", "Nicolson"]),
    "irish": (
        ["Saoirse", "Caoimhe", "Roisin", "Grainne", "Clodagh", "Sinead", "Deirdre", "Aisling", "Nuala", "Bronagh"],
        ["Cathal", "Donal", "Tadhg", "Oisin", "Eoin", "Diarmuid", "Colm", "Fiachra", "Darragh", "Cormac"],
        ["Ó Dónaill", "Mac Cárthaigh", "O'Driscoll", "Fitzgerald", "Brennan", "Kavanagh", "McGuinness", "Quigley",
         "Ó Flatharta", "Mac an Bhaird", "Hennessy"]),
}
UK_WEIGHTS = {"english": 6, "welsh": 1.5, "scottish": 1.2, "irish": 1.3}

OTHER = {
    "somali": (["Hodan", "Ayaan", "Sagal", "Filsan", "Nimco", "Ubah"], ["Abdirahman", "Mohamud", "Liban", "Guled", "Abdiweli"],
               ["Warsame", "Farah", "Jama", "Abdi", "Hirsi", "Egal", "Nur", "Dirie"]),
    "bangladeshi": (["Rumana", "Shamima", "Tahmina", "Rupa", "Sultana"], ["Shahed", "Mizanur", "Anwar", "Jubair", "Rahel"],
                    ["Miah", "Uddin", "Choudhury", "Khanom", "Hoque", "Islam", "Talukdar"]),
    "punjabi": (["Gurpreet", "Manpreet", "Jaspreet", "Kulwinder", "Harjit", "Navjot"], ["Jasvir", "Baljit", "Sukhdev", "Amrik", "Tejinder", "Paramjit"],
                ["Bains", "Gill", "Sidhu", "Grewal", "Johal", "Virdee", "Sangha", "Dhaliwal"]),
    "gujarati": (["Hetal", "Nisha", "Bhavna", "Kinjal", "Dipika"], ["Hiren", "Nilesh", "Jayesh", "Ketan", "Bhavesh"],
                 ["Patel", "Chauhan", "Solanki", "Lad", "Pandya", "Vaghela", "Thakkar"]),
    "tamil": (["Tharshika", "Kavitha", "Nivetha", "Abirami"], ["Senthuran", "Kajan", "Thivakar", "Prashanth", "Sivakumar"],
              ["Sivarajah", "Thevarajah", "Kanagaratnam", "Balasingham", "Yogarajah", "Murugesu"]),
    "kurdish": (["Rojin", "Berivan", "Dilan", "Zilan"], ["Rebaz", "Hawre", "Karwan", "Diyar", "Shvan"],
                ["Hawrami", "Rasul", "Sherwani", "Qadir", "Kakai"]),
    "eritrean": (["Selam", "Mebrat", "Senait", "Tsega", "Saba"], ["Yonas", "Dawit", "Berhane", "Tesfay", "Robel"],
                 ["Tesfamariam", "Gebremedhin", "Kidane", "Woldemichael", "Tekle", "Abraha", "Habte"]),
    "arabic": (["Noor", "Layla", "Rania", "Yasmin", "Huda"], ["Omar", "Yusuf", "Khalid", "Tariq", "Hamza", "Mustafa"],
               ["Al-Amin", "El-Sayed", "Haddad", "Nasser", "Abdelaziz", "Al-Jaberi", "Mansour", "El-Khoury"]),
    "chinese": (["Xiaoling", "Mei", "Jiayi", "Yuxin"], ["Wei", "Hao", "Zihan", "Jun", "Jianguo"],
                ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Lin", "Xu"]),
    "vietnamese": (["Thu", "Linh", "Huong", "Ngoc Anh"], ["Minh", "Tuan", "Duc", "Quang"], ["Nguyen", "Tran", "Pham", "Vu", "Dang", "Bui"]),
    "traveller": (["Shannon", "Bridget", "Mary-Ann", "Kathleen", "Caroline"], ["Johnny", "Patrick", "Tommy", "Levi", "Jimmy"],
                  ["Boswell", "Lovell", "Loveridge", "Doran", "McDonagh", "Stokes", "Maughan", "Gaskin", "Heron"]),
    "jamaican": (["Tanisha", "Shantelle", "Marcia", "Jhanelle", "Nadine"], ["Winston", "Leroy", "Desmond", "Dwayne", "Kemar", "Delroy"],
                 ["Gayle", "Beckford", "McKenzie", "Spence", "Grizzle", "Morrison", "Bailey"]),
    "ghanaian": (["Akosua", "Ama", "Efua", "Adwoa"], ["Kwaku", "Kojo", "Yaw", "Kwesi"],
                 ["Ofori", "Amoako", "Darko", "Appiah", "Acheampong", "Agyeman", "Boakye", "Ofori-Atta"]),
    "igbo": (["Chiamaka", "Nneka", "Ifeoma", "Ugochi", "Adaeze"], ["Chukwuemeka", "Obinna", "Ikenna", "Nnamdi", "Chinedu"],
             ["Eze", "Nwosu", "Okeke", "Okonkwo", "Anyanwu", "Onyekachi"]),
    "yoruba": (["Funmilayo", "Adeola", "Bisola", "Titilayo", "Yetunde"], ["Babatunde", "Olumide", "Ayodele", "Femi", "Seun"],
               ["Adebayo", "Ogunleye", "Afolabi", "Oyelaran", "Bakare", "Ajayi"]),
    "hausa": (["Hauwa", "Amina", "Fatima", "Maryam"], ["Abubakar", "Usman", "Sani", "Aminu"], ["Danjuma", "Bello", "Garba", "Abdullahi"]),
    "zimbabwean": (["Rutendo", "Chipo", "Nyasha", "Farai"], ["Tinashe", "Tafadzwa", "Kudzai", "Tapiwa"],
                   ["Mapfumo", "Chikwanha", "Mutasa", "Ncube", "Sibanda", "Marufu", "Nyathi"]),
    "ukrainian": (["Oksana", "Olena", "Iryna", "Yuliia", "Nataliia"], ["Oleksandr", "Mykola", "Taras", "Bohdan", "Andrii"],
                  ["Shevchuk", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Hrytsenko", "Savchuk"]),
    "polish": (["Małgorzata", "Joanna", "Weronika", "Ewelina", "Dominika"], ["Grzegorz", "Łukasz", "Wojciech", "Jakub", "Kacper"],
               ["Wójcik", "Kamiński", "Szymański", "Woźniak", "Kaczmarek", "Jabłoński", "Pawłowski", "Krawczyk"]),
    "portuguese": (["Inês", "Beatriz", "Leonor", "Thaís", "Gabriela"], ["João", "Tiago", "Rui", "Gonçalo", "Rodrigo"],
                   ["da Silva", "dos Santos", "Ferreira", "Gonçalves", "de Oliveira", "Carvalho", "Sousa"]),
    "lithuanian": (["Rūta", "Ieva", "Gintarė", "Aušra"], ["Mantas", "Tomas", "Darius", "Žygimantas", "Rokas"],
                   ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"]),
}
NICKNAMES = {
    "Babatunde": "Tunde", "Chukwuemeka": "Emeka", "Funmilayo": "Funmi", "Titilayo": "Titi", "Patrick": "Paddy",
    "Kathleen": "Kath", "Alexander": "Sandy", "Deborah": "Debs", "Jacqueline": "Jackie", "Oleksandr": "Sasha",
    "Małgorzata": "Gosia", "Rhodri": "Rhod", "Abdirahman": "Abdi", "Mohamud": "Mo", "Thomas": "Tommo",
    "Harrison": "Haz", "Jensen": "Jens", "Gurpreet": "Gurps", "Žygimantas": "Žygis", "Nataliia": "Natasha",
    "Chiamaka": "Amaka", "Olumide": "Mide", "Yetunde": "Yetty", "Tafadzwa": "Tafa",
}
FAKER_LOCALES = ["cs_CZ", "sk_SK", "hu_HU", "hr_HR", "sl_SI", "pt_PT", "pt_BR", "es_ES", "it_IT", "fr_FR", "de_DE", "nl_NL",
                 "da_DK", "fi_FI", "lv_LV", "et_EE", "id_ID", "vi_VN", "tw_GH"]
GENDERED_SURNAMES = {"cs_CZ", "sk_SK", "lv_LV"}  # a relative's surname cannot simply be copied
_STAFF_WORDS = {w for s in STAFF for w in s.split()}


def _latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


IRISH_FEMININE = {"Ó Dónaill": "Ní Dhónaill", "Mac Cárthaigh": "Nic Cárthaigh", "Ó Flatharta": "Ní Fhlatharta",
                  "Mac an Bhaird": "Nic an Bhaird"}


def _feminine(origin: str, last: str, married: bool) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(last, last)
    if origin == "polish":
        for m, f in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if last.endswith(m):
                return last[: -len(m)] + f
    if origin == "lithuanian":
        for m, wife, girl in (("ius", "ienė", "iūtė"), ("as", "ienė", "aitė"), ("is", "ienė", "ytė"), ("us", "ienė", "ūtė")):
            if last.endswith(m):
                return last[: -len(m)] + (wife if married else girl)
    return last


class Names:
    """Draws (first, last, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        from faker import Faker

        self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        """Where the next name comes from: of every twenty people drawn freely, thirteen from the UK
        pools, four from the other pools and three from Faker, shuffled, so that the share does not
        drift with the seed. (Some roles ask for an origin; with them, about 60% of name mentions are
        of English, Welsh, Scottish or Irish names.)"""
        if not self.deck:
            self.deck = ["uk"] * 13 + ["other"] * 4 + ["faker"] * 3
            rng.shuffle(self.deck)
        return self.deck.pop()

    def draw(self, rng: random.Random, female: bool, *, origin: str | None = None, family: bool = False,
             adult: bool = True) -> tuple[str, str, str, str]:
        """(first, last, origin, masculine surname stem)."""
        src = None
        for _ in range(50):
            if origin is None:
                source = self._source(rng) if src is None else src
                src = source  # a retry keeps the same source
                if source == "uk":
                    o = rng.choices(list(UK_WEIGHTS), weights=list(UK_WEIGHTS.values()))[0]
                elif source == "other":
                    o = rng.choice(list(OTHER))
                else:
                    o = rng.choice([x for x in FAKER_LOCALES if not (family and x in GENDERED_SURNAMES)])
            else:
                o = origin
            if o in UK or o in OTHER:
                fem, mal, last = (UK.get(o) or OTHER[o])
                first = rng.choice(fem if female else mal)
                stem = rng.choice(last)
                last_g = _feminine(o, stem, adult) if female else stem
            else:
                fk = self.fakers[o]
                fk.seed_instance(rng.randint(0, 10**9))
                first = fk.first_name_female() if female else fk.first_name_male()
                last_g = fk.last_name_female() if female else fk.last_name_male()
                stem = last_g
            if not (_latin(first) and _latin(last_g)) or {first, *last_g.split()} & _STAFF_WORDS or first == last_g:
                continue
            return first, last_g, o, stem
        raise RuntimeError("no name")


# ------------------------------------------------------------------------------------------ people

STREETS = ["Laburnum Grove", "Heworth Green", "Westfield Drive", "Poplar Street", "Ings Lane", "Coronation Avenue",
           "Beckside Gardens", "Hawthorn Walk", "Ferrybridge Road", "Carlton Street", "Priory Close", "The Paddock",
           "Nunthorpe Grove", "Sandringham Street", "Back Lane", "Orchard Way", "Jubilee Terrace", "Windmill Rise",
           "Greenacres", "Kestrel Court", "Foss Bank", "Low Petergate Mews", "Tennyson Avenue", "Malton Road",
           "Derwent Crescent", "Cinder Lane", "Pasture Close", "Wold View", "Navigation Road", "St Hilda's Mount"]
TOWNS = [("York", ["YO31", "YO24", "YO10", "YO26", "YO30"]), ("Selby", ["YO8"]), ("Tadcaster", ["LS24"]),
         ("Malton", ["YO17"]), ("Pickering", ["YO18"]), ("Thirsk", ["YO7"]), ("Ripon", ["HG4"]),
         ("Knaresborough", ["HG5"]), ("Pontefract", ["WF8"]), ("Castleford", ["WF10"]), ("Goole", ["DN14"]),
         ("Doncaster", ["DN4", "DN5"]), ("Barnsley", ["S70", "S71"]), ("Huddersfield", ["HD1", "HD4"]),
         ("Dewsbury", ["WF13"]), ("Batley", ["WF17"]), ("Scarborough", ["YO11"]), ("Whitby", ["YO21"])]
LANDLINE = {"York": "01904", "Selby": "01757", "Tadcaster": "01937", "Malton": "01653", "Pickering": "01751",
            "Thirsk": "01845", "Ripon": "01765", "Knaresborough": "01423", "Pontefract": "01977", "Castleford": "01977",
            "Goole": "01405", "Doncaster": "01302", "Barnsley": "01226", "Huddersfield": "01484", "Dewsbury": "01924",
            "Batley": "01924", "Scarborough": "01723", "Whitby": "01947"}
MAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com", "yahoo.co.uk", "live.co.uk", "sky.com",
        "aol.com", "googlemail.com"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FORCES = [("North Yorkshire Police", "northyorkshire.police.uk", "12"), ("Humberside Police", "humberside.police.uk", "16"),
          ("South Yorkshire Police", "southyorks.police.uk", "14"), ("West Yorkshire Police", "westyorkshire.police.uk", "13")]


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _mobile(rng: random.Random) -> str:
    d = f"7{rng.randint(300, 999)}{rng.randint(100000, 999999)}"
    form = rng.choice(["0s", "0s", "0s", "033", "0", "+44", "+44s", "+44(0)", "dash"])
    if form == "0s":
        return f"0{d[:4]} {d[4:]}"
    if form == "033":
        return f"0{d[:4]} {d[4:7]} {d[7:]}"
    if form == "0":
        return f"0{d}"
    if form == "+44":
        return f"+44{d}"
    if form == "+44s":
        return f"+44 {d[:4]} {d[4:]}"
    if form == "+44(0)":
        return f"+44 (0){d[:4]} {d[4:7]} {d[7:]}"
    return f"0{d[:4]}-{d[4:7]}-{d[7:]}"


def _landline(rng: random.Random, town: str) -> str:
    code = LANDLINE[town]
    local = f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
    while code == "01904" and local.startswith("496"):
        local = f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
    return rng.choice([f"{code} {local}", f"({code}) {local}", f"{code} {local[:3]} {local[3:]}", f"+44 {code[1:]} {local}"])


def _date_words(d: dt.date, ordinal: bool = False) -> str:
    day = str(d.day)
    if ordinal:
        day += "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{day} {d.strftime('%B %Y')}"


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, family: bool = False, rel: Person | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        adult = age[0] >= 18
        if rel is not None:
            o = rel.origin
            first, _, _, _ = names.draw(rng, self.female, origin=o, adult=adult)
            last = _feminine(o, rel.stem, adult) if self.female else rel.stem
            if o in ("polish", "lithuanian") and not self.female:
                last = rel.stem
            self.origin, self.stem = o, rel.stem
        else:
            first, last, self.origin, self.stem = names.draw(rng, self.female, origin=origin, family=family, adult=adult)
        self.first, self.last = first, last
        self.nick = NICKNAMES.get(first, first)
        self.age = rng.randint(*age)
        born = TODAY - dt.timedelta(days=365 * self.age + rng.randint(20, 340))
        self.dob = born
        self.age = (TODAY - born).days // 365  # leap days: the age the date of birth gives
        town, districts = rng.choice(TOWNS)
        self.town = town
        self.postcode = f"{rng.choice(districts)} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.house = str(rng.randint(1, 160)) + ("" if rng.random() < 0.85 else rng.choice("AB"))
        self.street = rng.choice(STREETS)
        self.flat = rng.random() < 0.2
        self.mobile = _mobile(rng)
        self.landline = _landline(rng, town)
        fa, la = _ascii(first).lower().replace(" ", ""), re.sub(r"[^a-z]", "", _ascii(last).lower())
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{rng.randint(1, 99)}", f"{fa[0]}.{la}", f"{la}.{fa}", f"{fa}_{la}",
                            f"{fa}{born.year}", f"{self.nick.lower()}{la[:1]}{rng.randint(70, 99)}"])
        self.email = f"{_ascii(local).lower().replace(' ', '')}@{rng.choice(MAIL)}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(500000000, 599999999)) if rng.random() < 0.5 else str(rng.randint(100000000, 199999999))
        self.licence = licence(rng, last, first, born, self.female)
        year = rng.choice(["15", "16", "17", "18", "19", "21", "22", "23", "24", "65", "66", "67", "68", "69", "70", "71", "72", "73"])
        self.vrm = f"{rng.choice(['Y', 'S', 'F', 'L', 'H'])}{rng.choice(LETTERS)}{year} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.prison = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
        self.force, self.force_domain, fcode = rng.choice(FORCES)
        self.crime = f"{fcode}/{rng.randint(10000, 99999)}/{rng.choice(['24', '25'])}"
        self.occurrence = f"{fcode}25{rng.randint(1000000, 9999999):07d}"
        self.custody = f"{fcode}{rng.choice(['YK', 'SC', 'HQ', 'DN'])}/{rng.randint(1000, 9999)}/25"

    # forms of the name
    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        if not self.female:
            return "Mr"
        return "Mrs" if self.age > 35 and sum(map(ord, self.first)) % 2 else "Ms"


def _fmt_fields(p: Person, r: str, rng: random.Random) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    addr = f"{p.house} {p.street}"
    if p.flat:
        addr = f"Flat {rng.randint(1, 12)}, {rng.choice(['Ouse Court', 'Eden House', 'Falcon Heights', 'Tanner Mill'])}, {addr}"
    d = {
        r: p.first, f"{r}_last": p.last, f"{r}_full": p.full, f"{r}_nick": p.nick, f"{r}_caps": p.last.upper(),
        f"{r}_fcaps": p.full.upper(), f"{r}_lower": p.full.lower(), f"{r}_rev": f"{p.last}, {p.first}",
        f"{r}_init": f"{p.first[0]}. {p.last}", f"{r}_title": p.title,
        f"{r}_dob": p.dob.strftime("%d/%m/%Y"), f"{r}_dobl": _date_words(p.dob), f"{r}_dobo": _date_words(p.dob, True),
        f"{r}_dobs": p.dob.strftime("%d.%m.%y"), f"{r}_dobd": p.dob.strftime("%d-%m-%Y"), f"{r}_age": str(p.age),
        f"{r}_aage": f"{'an' if p.age in (8, 11, 18) or str(p.age).startswith('8') else 'a'} {p.age}-year-old",
        f"{r}_addr": addr, f"{r}_street": p.street, f"{r}_house": p.house, f"{r}_town": p.town, f"{r}_pc": p.postcode,
        f"{r}_pclow": p.postcode.lower(), f"{r}_mob": p.mobile, f"{r}_land": p.landline, f"{r}_email": p.email,
        f"{r}_nhs": p.nhs, f"{r}_nhssp": f"{p.nhs[:3]} {p.nhs[3:6]} {p.nhs[6:]}", f"{r}_ni": p.ni,
        f"{r}_nitight": p.ni.replace(" ", ""), f"{r}_pp": p.passport, f"{r}_dl": p.licence, f"{r}_vrm": p.vrm,
        f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_pris": p.prison, f"{r}_crime": p.crime, f"{r}_occ": p.occurrence,
        f"{r}_cust": p.custody, f"{r}_force": p.force,
        f"{r}_work": f"{_ascii(p.first).lower().replace(' ', '')}.{re.sub(r'[^a-z]', '', _ascii(p.last).lower())}",
        f"{r}_fd": p.force_domain, f"{r}_uapp": f"F{rng.choice('ABCDEGHKMNPT')}{rng.randint(100000, 999999)}",
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy",
        f"{r}_parent": "mum" if p.female else "dad", f"{r}_partner": "wife" if p.female else "husband",
        f"{r}_sib": "sister" if p.female else "brother", f"{r}_lad": "lass" if p.female else "lad",
    }
    return d


SCHOOLS = ["Fossdale Academy", "Heworth Grange School", "Marston Vale Academy", "Castle Garth Academy", "Skelton Park Academy",
           "Abbotsmead Free School", "St Margaret Clitherow RC High School", "Derwent Valley Learning Centre",
           "Wolds Edge Academy", "Bishop Hollin CE Academy", "Grace Darling High School", "Hope Valley College"]
PRISONS = ["HMP Full Sutton", "HMP Askham Grange", "HMP Hull", "HMP Lindholme", "HMP Humber", "HMYOI Wetherby", "HMP New Hall",
           "HMP Moorland", "HMP Doncaster"]
VENUES = ["Tang Hall Community Centre", "the Priory Street Centre", "St Sampson's Centre", "Explore York Library",
          "Acomb Explore Library", "Clements Hall", "the Friends Meeting House on Friargate", "Bell Farm Community Hall"]
STATIONS = ["Fulford Road police station", "Tadcaster police station", "Malton police station", "Selby police station"]


def cast(rng: random.Random, names: Names, roles: dict[str, str]) -> dict[str, str]:
    """The values for one document: its people (by role) and the organisation's own details."""
    people: dict[str, Person] = {}
    # relatives first need their anchor, so anchors are drawn before the roles that point at them
    anchors = {w.split("=")[1] for spec in roles.values() for w in spec.split() if w.startswith("rel=")}
    for r, spec in roles.items():
        words = spec.split()
        kind = words[0]
        age = {"child": (10, 13), "young": (13, 17), "adult": (22, 58), "old": (66, 88), "pro": (26, 60),
               "student": (11, 16)}[kind]
        for w in words:
            if w.startswith("age="):
                lo, hi = w[4:].split("-")
                age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = next((rng.choice(w.split("=")[1].split("|")) for w in words if w.startswith("origin=")), None)
        rel = next((people[w.split("=")[1]] for w in words if w.startswith("rel=")), None)
        for _ in range(30):  # two people in one document do not share a first name
            person = Person(names, rng, age=age, female=female, origin=origin, family=r in anchors, rel=rel)
            if person.first not in {q.first for q in people.values()}:
                break
        people[r] = person
    staff = rng.sample(STAFF, 3)
    # a document's dates: a first one in 2025, the rest a few days to a fortnight apart
    dates = [dt.date(2025, rng.randint(1, 9), rng.randint(1, 28))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 16)))
    offence = dates[0] - dt.timedelta(days=rng.randint(10, 120))
    v: dict[str, str] = {}
    for r, p in people.items():
        v.update(_fmt_fields(p, r, rng))
        v[f"{r}_log"] = f"{rng.randint(1, 999):04d} of {dates[0].strftime('%d/%m/%Y')}"  # the police log of the incident
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@northmoor-mediation.org.uk",
        "staff2_email": staff[1].lower().replace(" ", ".") + "@northmoor-mediation.org.uk",
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": "Northmoor Mediation Trust",
        "case": f"NMT-2025-{rng.randint(1, 480):04d}", "case2": f"NMT-2024-{rng.randint(1, 480):04d}",
        "invoice": nhs_number(rng), "school": rng.choice(SCHOOLS), "school2": rng.choice(SCHOOLS),
        "prison": rng.choice(PRISONS), "venue": rng.choice(VENUES), "station": rng.choice(STATIONS),
        "odate": offence.strftime("%d/%m/%Y"), "odate_l": _date_words(offence),
        "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "n3": str(rng.randint(2, 12)),
        "n4": str(rng.randint(40, 160)), "pct": str(rng.randint(61, 96)), "pct2": str(rng.randint(20, 58)),
    })
    v["school_dom"] = re.sub(r"[^a-z]", "", v["school"].lower().split()[0]) + "-school.org.uk"
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"dl{i + 1}"] = _date_words(d)
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
    return v


# ------------------------------------------------------------------------------------------ rendering

_SHORT_MARK = re.compile(r"\{\{([a-z]+)\|")


def expand(text: str) -> str:
    def full(m: re.Match) -> str:
        key = m.group(1)
        if key not in SHORT:
            raise KeyError(f"unknown mark {key!r}")
        return "{{" + SHORT[key] + "|"

    return _SHORT_MARK.sub(full, text)


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


_MARKS = re.compile(r"\{\{[a-z_]+\|(.*?)\}\}")


def _visible(text: str) -> int:
    return len(_MARKS.sub(lambda m: m.group(1), text))


def wrap(line: str, width: int = 88) -> list[str]:
    """Wrap a line at spaces outside marks, as a PDF's text would be set."""
    words, cur, depth = [], "", 0
    i = 0
    while i < len(line):
        if line.startswith("{{", i):
            depth += 1
        elif line.startswith("}}", i):
            depth -= 1
        if line[i] == " " and depth == 0:
            words.append(cur)
            cur = ""
        else:
            cur += line[i]
        i += 1
    words.append(cur)
    out, row = [], ""
    for w in words:
        trial = f"{row} {w}" if row else w
        if row and _visible(trial) > width:
            out.append(row)
            row = w
        else:
            row = trial
    out.append(row)
    return out


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def blocks_for(kind: str, text: str) -> list:
    """The template's text, filled, as the blocks render() takes for this format."""
    lines = text.strip("\n").split("\n")
    blocks: list = []
    notes: list[str] = []
    table: list[list[str]] | None = None
    page: list[str] = []
    tables_seen = 0

    def end_table() -> None:
        nonlocal table, tables_seen
        if table is None:
            return
        rows, table = table, None
        tables_seen += 1
        if kind == "docx" or (kind == "odt" and tables_seen == 1):
            blocks.append(("table", rows))
        elif kind == "pdf":
            for row in rows:
                page.extend(wrap(": ".join(row) if len(row) == 2 else "    ".join(row)))
        else:  # txt, and an ODT's later tables: a line per row
            blocks.extend(("p", "\t".join(row)) for row in rows)

    def end_page() -> None:
        nonlocal page
        if kind == "pdf" and page:
            blocks.append(("page", "\n".join(page)))
            page = []

    for line in lines:
        if line.startswith("¦"):
            cells = [c.strip() for c in line[1:].split("¦")]
            table = (table or []) + [cells]
            continue
        end_table()
        if line.startswith("@"):
            what, _, rest = line[1:].partition(" ")
            if what == "page":
                end_page()
            elif what == "footnote":
                if kind == "docx":
                    blocks.append(("footnote", rest))
                else:
                    notes.append(rest)
            elif what == "comment":
                if kind == "docx":
                    blocks.append(("comment", rest))
            elif what == "header":
                if kind == "docx":
                    blocks.append(("header", rest))
                elif kind == "pdf":
                    page.append(rest)
                else:
                    blocks.append(("p", rest))
            elif what == "tracked":
                kept, deleted = (s.strip() for s in rest.split("¦"))
                if kind == "docx":
                    blocks.append(("tracked", kept + " ", deleted))
                elif kind == "pdf":
                    page.extend(wrap(kept))
                else:
                    blocks.append(("p", kept))
            elif what == "field":
                label, value = (s.strip() for s in rest.split("¦"))
                if kind == "pdf" and _latin1(value):
                    blocks.append(("field", label, value))
                elif kind == "pdf":  # a form field's appearance takes Latin-1 only: the value goes on the page
                    page.extend(wrap(f"{label}: {value}"))
                else:
                    table = (table or []) + [[label, value]]
            else:
                raise ValueError(what)
            continue
        if kind == "pdf":
            page.extend(wrap(line) if line else [""])
        else:
            blocks.append(("p", line))
    end_table()
    if kind == "pdf":
        end_page()
        # a PDF footnote belongs to a page, and render() keeps one a page: at the foot of the last page
        if len(notes) > 1:
            raise ValueError("one footnote per PDF")
        blocks.extend(("footnote", n) for n in notes)
    elif notes:
        blocks.extend(("p", f"[{i + 1}] {n}") for i, n in enumerate(notes))
    return blocks


# ------------------------------------------------------------------------------------------ documents

VICTIM_LOG = """Victim contact log
Case: $case. Practitioner: $staff. Referred by $c_force (victim liaison).
Harmed party: {{n|$a_full}} (likes to be called {{n|$a_nick}})
Numbers: {{tel|$a_mob}}; landline {{tel|$a_land}}, evenings only
¦Date¦Time¦Method¦By¦Notes
¦$d1¦10:15¦Phone¦$staff_first¦No answer. Voicemail left; did not say who we are, as agreed with the police.
¦$d2¦16:40¦Phone¦$staff_first¦Spoke to {{n|$a}}. Still shaken. Asked if the lad is local; I said I could not share that yet.
¦$d3¦-¦Letter¦$staff2_first¦Leaflet and reply slip posted second class.
¦$d4¦11:05¦Home visit¦$staff_first and $staff2_first¦{{n|$a}} and $a_his partner {{n|$a2}} were both in. {{n|$a}} has {{sc|COPD}} and tires quickly, so we kept it to 40 minutes.
¦$d5¦14:20¦Phone¦$staff_first¦Happy to get a letter from {{n|$b}} first, then decide about meeting.
Officer in the case: DC {{n|$c_full}}, {{em|$c_work@$c_fd}}. Crime number {{pol|$c_crime}}.
Next review: $dl6. Do not leave messages on the landline.
@comment Does {{n|$a}} know that {{n|$b_full}} {{sc|pleaded guilty}} at the youth court? Check with DC {{n|$c_last}} before the next call.
"""

CONFERENCE_SCRIPT = """Restorative conference: facilitator's script (filled in for this case)
Case $case. Venue: $venue. $dw3, 10am. Facilitator: $staff. Co-facilitator: $staff2.
Seating: {{n|$h}} and {{n|$s}} nearest the window; {{n|$y}} and $y_his $p_parent opposite; PCSO {{n|$o_last}} by the door.
Opening
"Thank you all for coming. I'm $staff_first and I'll be keeping us on track this morning.
This is {{n|$h_full}}, who has come with $h_his friend {{n|$s_full}}.
This is {{n|$y_full}}, who is {{age|$y_age years old}}, and {{n|$p_full}}, $y_his $p_parent.
Also with us is PCSO {{n|$o_full}}, who dealt with what happened on $odate_l.
Today is about what happened at the bus shelter near the Co-op, who has been affected, and what can be done to put things right. It is not about deciding whether anyone is a good or bad person."
Questions for {{n|$y}}
What happened? What were you thinking about at the time? Who do you think has been affected?
Questions for {{n|$h}}
What did you think when you realised what had happened? What has been the hardest thing?
What do you think needs to happen to make things right?
Notes for the facilitator
{{n|$h}} is {{sc|profoundly deaf}} and lip-reads, so face $h_him and check understanding.
{{n|$y}} {{sc|has a diagnosis of ADHD}}: offer a break after half an hour. The break room is on the first floor.
Refreshments: tea, coffee, biscuits. Do not offer the meeting room's kitchen, as the hall is booked after us.
@footnote Risk assessment by $staff2 on $d2; PCSO contact through 101 only.
"""

OUTCOME_AGREEMENT = """Outcome agreement
Made on $dl4 at $venue, after a restorative meeting.
Between {{n|$y_full}} (the person responsible) and {{n|$h_full}} (the person harmed).
Also present: {{n|$p_full}} ($y_his $p_parent) and $staff (facilitator).
The damage was to the wing mirror of {{n|$h}}'s car ({{vrm|$h_vrm}}), parked outside the shops on Malton Road.
¦What will happen¦Who¦By when¦Checked by
¦A letter of apology, in {{n|$y}}'s own words, passed to {{n|$h}} through the service¦{{n|$y}}¦$d5¦$staff
¦Six hours helping at the community garden on Saturday mornings¦{{n|$y}}, with {{n|$p}}¦$d6¦$staff2
¦Pay £40 towards the mirror, at £5 a week¦{{n|$y}}¦$d6¦$staff
¦Tell the service if anything gets in the way¦Everyone¦Ongoing¦$staff
{{n|$h}} asked that {{n|$y}} and $y_his friends stop using the alley behind the shops as a cut-through, and {{n|$y}} agreed.
This agreement is voluntary. It is not a court order and breaking it is not a crime.
Signed: {{n|$y_full}} ............  {{n|$h_full}} ............  {{n|$p_full}} ............
Facilitator: $staff, $org, $org_phone
"""

CIRCLE = """Restorative circle record
School: {{sch|$school}}. Form group 8JH. Facilitated by $staff with {{n|$t_title $t_last}} (Head of Year 8).
Date: $dl1. Held in the library after period 3.
In the circle: {{n|$s1_full}}, {{n|$s2_full}}, {{n|$s3_full}} and {{n|$s4}} {{n|$s4_caps}}.
Why: messages in a group chat about {{n|$s1}} after the football tournament.
Round 1: what happened?
{{n|$s2}} said the chat got out of hand and $s2_he had only added the emojis. {{n|$s3}} said $s3_he shared the edited photo and meant it as a joke.
Round 2: who has been affected, and how?
{{n|$s1}} ({{age|$s1_age}}) said $s1_he had not wanted to come to school for a week. $s1_hisc $s1_parent rang the school twice.
{{n|$s4}} said people kept asking $s4_him to pick a side, which was "proper stressful".
Round 3: what needs to happen now?
Agreed: the photo is deleted from every phone; {{n|$s3}} will speak to {{n|$s1}} one to one with {{n|$t_title $t_last}} there; no more side chats.
For staff only: {{n|$s1}} has {{sc|an autism diagnosis}}; the SENCo knows about the circle.
Follow-up circle: $dw3, same room. Copy to the Designated Safeguarding Lead.
"""

SAFEGUARDING_EMAIL = """From: {{n|$w_full}} <{{em|$w_work@york.gov.uk}}>
Sent: $dw2 2025 16:31
To: $staff <$staff_email>
Subject: RE: URGENT safeguarding referral - {{n|$y_fcaps}}, DOB {{dob|$y_dob}}

Thanks $staff_first, received. This has gone to the MASH and a strategy discussion is being set up with police for tomorrow morning. Please don't contact mum in the meantime.

{{n|$w}}

{{n|$w_full}} | Social Worker | Children's Front Door
City of York Council, West Offices, Station Rise, York YO1 6GA
Direct line {{tel|$w_land}}

-----Original Message-----
From: $staff <$staff_email>
Sent: $dw2 2025 15:52
To: Children's Front Door <childrensfrontdoor@york.gov.uk>
Cc: {{n|$t_full}} <{{em|$t_work@$school_dom}}>; $staff2
Subject: URGENT safeguarding referral - {{n|$y_fcaps}}, DOB {{dob|$y_dob}}

Hello,

I'm making a referral after a disclosure this afternoon during a preparation session for a restorative meeting.

Child: {{n|$y_full}}, born {{dob|$y_dobl}} ({{age|$y_age}})
Address: {{addr|$y_addr, $y_town}}, {{pc|$y_pc}}
School: {{sch|$school}} (Year 10)
NHS number: {{nhs|$y_nhssp}}
Parent: {{n|$p_full}}, {{tel|$p_mob}}

{{n|$y}} told me that $y_his mum's partner, {{n|$q}} (surname not known), {{sc|hit $y_him with a belt}} on Sunday night. $y_hec showed me a bruise on $y_his upper arm. $y_hec said $y_he did not want to go home tonight.

I have not discussed this with {{n|$p}}. {{n|$y}} knows I am making this referral and is waiting with $staff2 in our office. The restorative work (our ref $case) is on hold.

Kind regards
$staff
Restorative Justice Practitioner | $org
$org_address | $org_phone
"""

INTAKE = """Neighbour mediation: self-referral form
Please fill in as much as you can. We will call you within five working days.
@field Full name ¦ {{n|$a_lower}}
@field Date of birth ¦ {{dob|$a_dobs}}
@field Address ¦ {{addr|$a_addr}}, $a_town
@field Postcode ¦ {{pc|$a_pclow}}
@field Phone ¦ {{tel|$a_mob}}
@field Email ¦ {{em|$a_email}}
@field The other party ¦ {{n|$b_full}} and {{n|$b2}} next door
@field Health or access needs ¦ {{sc|bad back, can't do stairs}}
@field Best time to call ¦ after 3, I work mornings
What is the dispute about?
their dog barks from 6am every day and when I knocked to ask about it {{n|$b2}} swore at me in front of my kids. {{n|$b}} is ok
but he wont talk to me now. The housing officer at the council said to try mediation before they do anything.
Have the police been involved? yes once, they gave me a log number {{pol|$b_log}}
How did you hear about us? leaflet at the doctors
"""

OOD_NOTE = """$o_force - OUT OF COURT RESOLUTION - REFERRAL FOR RESTORATIVE INTERVENTION
OFFICER: PC {{n|$o_full}}
OCCURRENCE: {{pol|$o_occ}}    CUSTODY RECORD: {{pol|$o_cust}}
SUBJECT: {{n|$y_caps, $y}}    DOB: {{dob|$y_dob}}    AGE AT OFFENCE: {{age|$y_age}}
ADDRESS: {{addr|$y_addr, $y_town}} {{pc|$y_pc}}
APPROPRIATE ADULT: {{n|$p_full}} ({{n|$y}}'s $p_parent)
OFFENCE: Theft from a shop (Theft Act 1968, s.1) on $odate, value £23.50
DISPOSAL: Community Resolution (outcome 8), agreed with the Youth Justice Service
ADMISSION: Yes. {{n|$y}} {{sc|admitted taking the items}} in the presence of the appropriate adult.
VICTIM: store manager {{n|$v_full}}, willing to take part. Contact through the store only, not a personal number.
OFFICER'S COMMENTS: {{n|$y}} was polite and embarrassed. Disclosed {{sc|daily cannabis use}}; referred to the YJS substance misuse worker with consent.
Previous: no previous disposals held on PNC.
Supervisor: Sgt {{n|$g_full}}. Submitted $d2 via the RJ referral inbox (rj.referrals@northmoor-mediation.org.uk).
"""

SUPERVISION = """Volunteer supervision notes (confidential)
Volunteer: {{n|$vol_full}}. Supervisor: $staff. Date: $dl3.
Caseload: two neighbour cases ($case and $case2) and one shadowing placement with $staff2.
Wellbeing: {{n|$vol}} said the last month had been hard. $vol_hisc $vol_partner has been in hospital, and {{n|$vol}} is {{sc|having counselling for anxiety}} through the GP; happy for this to be noted here.
Practice: we went through the shuttle session with {{n|$c_full}}, where {{n|$c}} got angry about the hedge and walked out.
{{n|$vol}} noticed $vol_he had started to take {{n|$c}}'s side, and we talked about staying even-handed.
Observation: Gareth Hughes sat in on the session on $dl2 and will send written feedback.
Actions: {{n|$vol}} to take a month off new cases. $staff to ring {{n|$vol}} on {{tel|$vol_mob}} in two weeks.
Mileage: {{n|$vol}} now uses $vol_his own car ({{vrm|$vol_vrm}}) for home visits; business insurance seen.
DBS: update service check due in March. Training: Level 2 safeguarding refresher booked.
"""

REFLECTIVE = """Reflective log - $staff - week beginning $dl2

What happened
I did the second preparation visit with {{n|$h_full}}, {{age|$h_aage}} who has lived on the estate all $h_his life. {{n|$h}} kept coming back to one question: why $h_him?
When I said {{n|$y}}'s name, $h_he went quiet and then asked whether "that boy" goes to the same school as $h_his grandson.
I didn't answer. I said I would check what I could share.

How I felt
Protective of {{n|$h}}, and a bit impatient with {{n|$p}} ({{n|$y}}'s $p_parent) when $p_he kept saying it was six of one and half a dozen of the other.
I noticed I was tired. Three visits in one afternoon is too many.

What I noticed
{{n|$h}} has {{sc|early-stage dementia}} and repeats things; $h_his daughter {{n|$d}} was there for the second half and filled in gaps. I need to ask {{n|$d}} whether $h_he should have someone with $h_him at every meeting.

What I'll do differently
Book the visits earlier in the day. Talk to Priya in supervision about how much to tell harmed people about the young person.
Read the practice guidance on capacity again (Mental Capacity Act 2005).
"""

COMPLAINT = """{{addr|$a_addr}}
$a_town
{{pc|$a_pc}}
Tel: {{tel|$a_mob}}

$dl4

The Service Manager
$org
$org_address

Dear Sir or Madam,

Complaint about the mediation with my neighbours (your reference $case)

I am writing to complain about how my case was handled. When we met on $dl1, your volunteer, a {{n|$vol_title $vol_last}}, told {{n|$b_full}} that I had complained to the council about the noise before, which I had asked for him not to do.
Since then things have got worse. {{n|$b}} {{sc|scratched the side of my car}} (a silver Corsa, {{vrm|$a_vrm}}) and I have reported it to the police.
I also feel that my {{sc|depression}} was not taken into account. I told the first lady I spoke to that I cannot cope with long phone calls, and I was kept on the phone for over an hour.
My $k_son {{n|$k}} ({{age|$k_age}}) is now scared to play out in the garden.
I would like a written response to {{em|$a_email}} and an apology. I do not want the same volunteer involved again.

Yours faithfully

{{n|$a_full}}
"""

EVALUATION_CLEAN = """Listening to participants: an evaluation of the restorative justice service, 2023 to 2025
Prepared for the Police, Fire and Crime Commissioner for York and North Yorkshire
Summary
Between April 2023 and March 2025 the service received 412 referrals. 168 led to direct or indirect restorative processes. We interviewed 31 participants: 14 people harmed, 11 people responsible and 6 parents or carers.
Interviews took place at Explore York Library, by phone, or on Microsoft Teams, and lasted 40 to 70 minutes.
What people told us
"I went in angry and came out feeling lighter. Will it last? I hope so." (Person harmed, aged 65 or over)
"I didn't think they'd listen to a kid like me." (Young person responsible, aged 14 to 15)
"The facilitator never took sides. Not once." (Parent)
"Grace, that's what it felt like - being given a bit of grace." (Person harmed, aged 25 to 44)
Themes
Feeling safe: 27 of 31 said preparation made them feel safe. Several mentioned meeting in neutral venues such as Tang Hall Community Centre or the Friends Meeting House rather than at home.
Voice: people harmed valued being asked what they needed, not told.
Health and disability: 9 interviewees described a long-term health condition; adjustments such as shorter sessions and large-print letters were valued. We do not report individual conditions.
Recommendations
1. Keep preparation visits in pairs. 2. Offer evening appointments. 3. Mark cases as "priority" when the harmed person is over 80 or lives alone. 4. Review the leaflet with the Hope Street Youth Forum.
Method: thematic analysis in NVivo. Ethics approval from the Centre for Restorative Studies ethics panel, ref CRS-2024-017.
Funded by the Joseph Rowntree Charitable Trust and the Garfield Weston Foundation.
@footnote Quotes are attributed by role and age band only; ages were asked in bands.
"""

EVALUATION_NAMED = """Case stories for the annual impact report
With permission, we have used first names and towns where participants asked us to.
"It gave me my voice back"
{{n|$a}}, {{age|$a_age}}, from $a_town, was threatened at a cashpoint by two teenagers last winter. After the incident $a_he stopped going out after dark.
"I'd lived here thirty years and suddenly I was scared of my own street. Meeting the lad who did it - {{n|$b}} - and seeing he was just a frightened kid helped."
{{n|$a}} now volunteers with us, sitting on referral order panels in $a_town.
The person responsible, who asked not to be named, has completed his order.
"We're a family again"
{{n|$c_full}} contacted us after $c_his {{age|$k_age-year-old}} $k_son, {{n|$k}}, {{sc|was arrested for assaulting}} $c_him at home.
Over eight sessions at $venue, {{n|$c}} and {{n|$k}} worked out a family agreement: phones off at meals, and time out instead of shouting.
{{n|$c}} said: "I didn't want $k_him prosecuted. I wanted my $k_son back." There have been no police call-outs since.
Photos: {{n|$c}} and {{n|$k}} agreed to be photographed for the report (consent form on file, ref $case).
"""

NEIGHBOUR_NOTES = """Neighbour dispute: joint home visits
Ref $case. Visits by $staff and $staff2, $dl2.
Parties: {{n|$a_full}} and $a_his partner {{n|$a2}}; {{n|$b_full}}.
We saw {{n|$a}} first, at home ({{addr|$a_addr}}). The dispute is about the shared driveway.
{{n|$b}}'s van ({{vrm|$b_vrm}}) has been parked across the driveway most evenings since the summer, so {{n|$a2}} cannot get the car out for work.
{{n|$a}} says {{n|$b}} {{sc|threatened to put $a_his windows through}} when asked to move the van. No police report was made.
We then saw {{n|$b}}. $b_hec said the van is $b_his livelihood and there is nowhere else on the road to park.
{{n|$b}} told us $b_he is {{sc|a Jehovah's Witness}} and would prefer not to meet on Sunday mornings.
Both agreed to meet at $venue on $dw4 at 6pm. Parking is free after 6 on the street outside.
@tracked Manager's note: no reference to either party's history in the joint meeting. ¦ {{n|$b}} has a {{sc|conviction for assault}} from 2019 (disclosed by the housing officer).
Risk: low to medium. Two staff at the meeting. Exit plan agreed.
"""

BOARD = """$org - Board of Trustees
Minutes of the meeting held on $dl3 at 6pm, Unit 4, Tanner Row, and on Teams
Present: {{n|$ch_full}} (Chair), {{n|$t1_full}}, {{n|$t2_init}} and {{n|$t3_full}} (Treasurer)
In attendance: $staff (Service Manager), $staff2 (minutes)
Apologies: Revd {{n|$t4_full}}
1. Declarations of interest. {{n|$t2_last}} declared $t2_his {{sc|membership of UNISON}}, which represents some council staff who refer to us.
2. The minutes of the last meeting were agreed. Matters arising: the lease renewal is with the solicitors.
3. Finance. {{n|$t3}} reported unrestricted reserves of £$n4,000, about four months' running costs. Invoice $invoice from the printers is disputed.
4. Serious incident. A young person, {{n|$y_full}}, {{sc|assaulted a volunteer}} at a conference at $venue on $dl1. The police attended (log {{pol|$y_log}}).
The volunteer is recovering. The board noted that the young person's name should not have been in the papers; future reports will use initials.
5. Safeguarding. No new concerns. The annual safeguarding audit will go to the City of York Safeguarding Children Partnership.
6. Any other business. {{n|$ch}} thanked $staff_first for the annual report. Next meeting: $dl5.
"""

TEAM_CLEAN = """Team meeting notes
Date: $dl3. Present: $staff, $staff2, $staff3, Priya Nair. Notes: $staff2.
1. Caseload. $n1 open cases. $n2 are waiting for a first visit; the longest wait is six weeks.
Will everyone update ChildView before Friday so the quarterly return is right.
2. Venues. The Hope Street community room is closed for repairs until September. Use St Sampson's Centre or Clements Hall.
3. Expenses. The finance team has agreed a grace period: claims for May can go in until 15 June.
4. Training. Restorative Justice Week is 17 to 23 November. Mark your diaries for the conference on the Wednesday.
Summer cover: two staff in the office at all times in August.
5. Policy. The Rehabilitation of Offenders Act 1974 briefing has been updated; read it before the next volunteer induction.
6. AOB. Christmas social at the Rose and Crown on 12 December; mugs to be washed before the weekend, please.
"""

AWARD_CLEAN = """Restorative Justice Council Awards 2025: Outstanding Practice
Nominated practitioner: Bethan Lloyd, Senior Practitioner, $org
Case study (anonymised)
Person A, a retired bus driver, had his car set alight outside his home in the early hours. YP2, one of three young people involved, was identified through CCTV. YP1 and YP3 did not take part.
The harmed party told Bethan he had stopped sleeping and no longer trusted anyone on the estate.
Over eleven weeks Bethan met Person A six times and YP2 five times, including twice with YP2's foster carer.
She arranged a meeting at a neutral venue, with a local police officer present at Person A's request.
In the meeting YP2 explained that the group had picked a car at random. Person A said hearing that "took the weight off" - he had believed he was being targeted.
Outcome: YP2 wrote a letter to the other residents, helped clean the community garden with the Canal and River Trust, and has had no further police contact. Person A says he sleeps through the night.
Why this deserves recognition
Bethan's preparation was careful and creative. She met YP2 at his football club because he would not come to the office, and worked with the Youth Justice Service and the housing association to keep Person A informed.
Evidence: feedback forms (100% satisfied), a letter from Mr X, a neighbour, praising the process.
Supporting statement from Daniel Okoro, Practice Lead. The service holds the Restorative Service Quality Mark.
"""

AWARD_SLIP = """Restorative Justice Council Awards 2025: Outstanding Practice (draft 2 - not checked)
Nominated team: the schools team, $org
Case study
Young person C, who was in Year 11, had been excluded twice for fighting. After a fight at a bus stop the harmed party, a pupil from another school, was left with a broken nose.
When $staff first met the harmed party's mum, {{n|$m_title $m_last}}, she was furious and said she wanted C charged.
Over several visits she came to see that a restorative meeting might give her son answers.
At the meeting, C apologised and the two young people agreed to stay away from the bus stop at home time.
C has since finished school and started an apprenticeship. The harmed party has started boxing at Burnholme.
Quote from C's mum: "It's the first time anyone asked us what we needed."
Our impact: 87% of young people in the schools programme have not been excluded again. We worked in 14 schools in 2024-25.
"""

EMAIL_THREAD = """From: {{n|$r_full}} <{{em|$r_work@york.gov.uk}}>
Sent: $dw3 2025 09:12
To: $staff2 <$staff2_email>
Cc: PC {{n|$o_full}} <{{em|$o_work@$o_fd}}>
Subject: RE: RE: Meeting with {{n|$y}} and $y_his $p_parent

Morning both,
Wednesday at 4 is fine for me. {{n|$y}} has football until 3.30 so please not earlier. I'll pick $y_him up from school.
{{n|$o}} - could you bring a copy of the crime report ({{pol|$y_crime}})? The victim's account is not on our system yet.
Thanks
{{n|$r}}

{{n|$r_full}}
Case Manager, Youth Justice Service
Mobile: {{tel|$r_mob}}
Working days Mon-Thu

From: $staff2 <$staff2_email>
Sent: $dw2 2025 17:40
To: {{n|$r_full}} <{{em|$r_work@york.gov.uk}}>
Subject: RE: Meeting with {{n|$y}} and $y_his $p_parent

Hi {{n|$r}},
Thanks for the referral. I rang {{n|$p_full}} this afternoon on {{tel|$p_mob}}; $p_he is happy for us to visit but asked that we don't come while {{n|$y}}'s little sister is home.
Could we do Wednesday 4pm at the Youth Justice Service office instead?
Best wishes,
$staff2_first

$staff2 | $org | $org_phone
This email and any attachments are confidential. If you have received it in error please tell the sender and delete it.

From: {{n|$r_full}}
Sent: $dw1 2025 11:03
Subject: Meeting with {{n|$y}} and $y_his $p_parent
Referral attached via Egress. {{n|$y}} {{sc|accepted a youth caution}} for the criminal damage at the skate park.
Sent from my iPhone
"""

LETTER_HARMED = """Private and confidential
{{n|$h_title $h_init}}
{{addr|$h_addr}}
$h_town
{{pc|$h_pc}}
$dl3
Our ref: $case
Dear $h_title {{n|$h_last}},
Thank you for talking with me on the phone last week.
As we discussed, {{n|$y_full}} has written a letter to you about the break-in at your shed. The letter has been read by my colleague $staff2 to make sure it is suitable.
You told me you are {{sc|registered blind}}, so I have enclosed a large-print copy, and I can also read the letter to you at home if you would prefer.
There is no need to reply. If you would like to send a reply, or to meet, I can help with that.
If you would like to talk to someone independent, Victim Support can be reached free on 0808 168 9111, at any time.
Yours sincerely,
$staff
Restorative Justice Practitioner
$org, $org_address. Telephone $org_phone.
"""

LETTER_PARENT = """@header $org | $org_address | $org_phone | www.northmoor-mediation.org.uk
$dl2
{{n|$p_title $p_full}}
{{addr|$p_addr}}
$p_town {{pc|$p_pc}}
Dear {{n|$p_title $p_last}},
Re: {{n|$y_full}}, date of birth {{dob|$y_dobl}}
We have had a referral for {{n|$y}} from {{n|$r_full}} at the Youth Justice Service. I would like to visit you both at home to explain what restorative justice is and what would happen next.
I have booked $dw3 at 4pm. If this does not suit, please ring me on $org_phone or text the team mobile.
Taking part is voluntary. Nothing {{n|$y}} says to us will be passed to the police unless someone is at risk of harm.
{{n|$r}} has told me that {{n|$y}} {{sc|has a stammer}} and can find new people difficult. We will go at {{n|$y}}'s pace.
Yours sincerely,
$staff
Restorative Justice Practitioner
"""

YJS_REFERRAL = """Youth Justice Service: referral for restorative justice
Return by secure email (Egress) to rj.referrals@northmoor-mediation.org.uk. Do not post.
The young person and parent/carer have agreed to this referral. This form holds special category data.
@field Young person ¦ {{n|$y_full}}
@field Date of birth ¦ {{dob|$y_dobd}}
@field Home address ¦ {{addr|$y_addr, $y_town}} {{pc|$y_pc}}
@field School or college ¦ {{sch|$school}}
@field Parent or carer ¦ {{n|$p_full}}, {{tel|$p_land}}
@field Offence ¦ {{sc|Assault by beating}} on $odate
@field Crime number ¦ {{pol|$y_crime}}
@field Victim ¦ {{n|$v_full}}, {{tel|$v_mob}}
@field Needs ¦ {{sc|epilepsy}}; no known triggers
@field NHS number ¦ {{nhs|$y_nhs}}
Referrer: {{n|$r_full}}, case manager, {{em|$r_work@york.gov.uk}}
Referral received: $d2. Allocated to: $staff. Panel date: $dl4.
"""

VENUE_CLEAN = """Venue risk assessment: Clements Hall, Nunthorpe Road, York YO23 1BW
Assessed by $staff, $dl1. Review due: $dl6.
Use: restorative conferences and volunteer training. Maximum 12 people in the small hall.
Access: step-free entrance from the car park; accessible toilet on the ground floor; hearing loop in the main hall only.
Fire: exits to the front and rear; assembly point by the noticeboard on Nunthorpe Road. Alarm tested on Tuesdays at 10am.
First aid: kit in the kitchen. Trained first aiders on our staff: $staff2 and Tomasz Nowicki.
Emergencies: 999. Nearest A&E: York Hospital, Wigginton Road. Non-emergency police: 101.
Separate waiting areas: use the small hall and the committee room so parties do not meet before the conference.
Lone working: staff text the office mobile on arrival and departure. Keys from the caretaker (ring the hall office).
Will the room be quiet enough? Yes, unless the nursery is using the main hall (Monday and Wednesday mornings).
Hazards: uneven paving by the side gate (low); hot water urn in the kitchen (low); car park unlit after 8pm (medium).
"""

POLICY_CLEAN = """Appropriate policy document: special category and criminal offence data
$org. Approved by the Board of Trustees on $dl1. Owner: $staff, Service Manager.
1. Purpose
This document explains how we process special category data and criminal offence data, as Schedule 1 of the Data Protection Act 2018 requires.
2. What we hold
Special category data means information about a person's racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, health, sex life or sexual orientation.
Criminal offence data includes allegations, cautions, convictions and the outcome of out-of-court resolutions.
Examples of what practitioners record: that a participant needs an interpreter, has a hearing impairment or autism, or observes a religious festival that affects meeting dates.
3. Conditions
We rely on the substantial public interest conditions for safeguarding children and individuals at risk, and on explicit consent for equality monitoring.
4. Retention
Case records: six years after closure, or until the young person's 25th birthday if later. Equality monitoring: aggregated after one year.
Young people aged 10 to 17 make up most referrals; adults over 65 make up about a fifth of people harmed.
5. Questions
Contact the Data Protection Officer at dpo@northmoor-mediation.org.uk or on $org_phone. You can complain to the Information Commissioner's Office on 0303 123 1113.
"""

NEWSLETTER_CLEAN = """Northmoor News - Summer 2025
Welcome back, Gareth!
Gareth Hughes has returned as Volunteer Coordinator after a year with the Youth Justice Board. Joanne Whitfield moves to the new schools post.
Volunteers' Week
Thank you to our 38 volunteers, who gave 1,140 hours this year. Eleven new volunteers finished training in May at St Sampson's Centre.
Hope and Grace: a new drama project
With the Theatre Royal, young people aged 14 to 18 will write and perform short pieces about harm and repair. Will you come to the opening night?
Our funders
Thank you to the Garfield Weston Foundation, the Joseph Rowntree Charitable Trust, The Henry Smith Charity and the National Lottery Community Fund.
In numbers
412 referrals in two years. 93% of people harmed would recommend us. The youngest participant was in Year 6; the oldest person harmed was in their nineties.
"It felt like someone finally listened," said one parent.
Dates
Restorative Justice Week: 17 to 23 November. Open evening at Unit 4, Tanner Row: $dw5, 6pm. Mark your diaries!
Contact us on $org_phone or info@northmoor-mediation.org.uk. Registered charity number 1098765.
"""

MEDIATION_SESSION = """Shuttle mediation - session 2
Parties: {{n|$a_full}} / {{n|$b_full}}. Ref $case. Mediators: $staff, $staff2. Date: $dl3.
Interpreter for {{n|$b}}: {{n|$i_full}}, booked through the council's interpreting service.
Room 1 ({{n|$a}}): {{n|$a}} said the music from the flat above starts at 11pm most nights and $a_he has not slept properly since January.
$a_hec wants a finish time of 10.30pm on weeknights and is willing to let weekends go.
Room 2 ({{n|$b}}): {{n|$b}} said $b_he works nights at the distribution centre and {{sc|has sleep apnoea}}, so daytime noise from {{n|$a}}'s hoovering wakes $b_him.
$b_hec did not know the music carried. $b_hec offered to move the speaker off the floor.
Next step: joint meeting at $venue if both agree. Otherwise a written agreement by shuttle.
@footnote {{n|$a}} asked that $a_his new mobile number, {{tel|$a_mob}}, is not shared with {{n|$b}}.
@comment $staff2: do we mention {{n|$b}}'s {{sc|harassment warning}} from last year? I'd say not at this stage.
"""

PRISON_CLEARANCE = """Restorative meeting at $prison: visitor clearance request
From: $staff, $org. To: Victim Liaison Officer, $prison (by secure email).
Prisoner: {{n|$x_fcaps}}. Prison number: {{pris|$x_pris}}. Location: C wing.
{{n|$x}} is {{sc|serving six years for a robbery}} at a petrol station and has completed the victim awareness course.
Visitors for the meeting on $dw4:
1. {{n|$h_full}} (person harmed), date of birth {{dob|$h_dob}}, passport number {{pp|$h_pp}}.
2. {{n|$s_full}} (supporter), date of birth {{dob|$s_dob}}, driving licence {{dl|$s_dl}}.
{{n|$s}} will drive; vehicle for the visitors' car park: {{vrm|$s_vrm}}.
{{n|$h}} wears {{sc|a hearing aid}} and may set off the metal detector; please brief the gate staff.
Facilitators: $staff and $staff2 (both vetted, keys training not needed).
Please confirm by $dl3. Our reference: $case.
@footnote Prison number {{pris|$x_pris}} checked against the referral on $d1.
"""

IMPACT = """Impact summary (prepared with {{n|$h}}'s agreement, to be read to the young person)
{{n|$h_full}} is {{age|$h_age}} and has run the newsagent's on Front Street for 31 years. $h_hisc $d_son {{n|$d}} helps on Saturdays.
On the evening of the break-in, {{n|$h}} heard the shutter go and came down in $h_his dressing gown. $h_hec found the till on the floor.
Since then {{n|$h}} has had {{sc|two angina attacks}} and {{sc|was prescribed sleeping tablets}} for the first time in $h_his life.
"I keep going over it. I'm not frightened of the lad, I'm frightened of the not knowing."
{{n|$d}} says $d_his $h_parent stopped opening early. The shop lost its morning trade with the builders.
What {{n|$h}} would like: to know why the shop was chosen; for {{n|$y}} to hear what the shop means to the street; some help repainting the shutter.
Summary read and agreed by {{n|$h}} on $dl2. Prepared by $staff.
"""

PANEL = """Referral order: initial panel meeting
Young person: {{n|$y_full}} ({{age|$y_age}}). Order: 6 months, made at York Youth Court on $dl1.
Panel: {{n|$m1_full}} and {{n|$m2_full}} (community panel members); {{n|$yo_full}} (Youth Justice Service). Also present: {{n|$p_full}}, $y_his $p_parent.
Offence: {{sc|criminal damage to a bus shelter}} with two others, who were dealt with separately.
{{n|$y}} spoke well. $y_hec said $y_he was bored and went along with the older boys. {{n|$m1}} asked how $y_he thought the bus drivers felt; {{n|$y}} said $y_he hadn't thought of them.
School: {{n|$y}} is in Year 10 at {{sch|$school}}; attendance is 71%. The school has offered a mentor.
Contract agreed:
¦Element¦Detail
¦Reparation¦8 hours with the parks team, cleaning graffiti
¦Education¦Attend school; meet the mentor weekly
¦Victim awareness¦Four sessions with $staff
¦Restorative¦Letter to the bus company if they agree to receive it
Next panel: $dl4. {{n|$m2}} will chair.
"""

REINTEGRATION = """Reintegration meeting after suspension
Pupil: {{n|$s_full}}, Year 9, {{sch|$school}}
Date: $dl2. Present: {{n|$t_title $t_last}} (Deputy Headteacher), {{n|$p_full}} (parent), {{n|$s}}, $staff (facilitator).
What happened: {{n|$s}} {{sc|punched}} {{n|$o_full}} in the science corridor on $dl1 and was suspended for three days.
{{n|$s}} said {{n|$o}} and others had been calling $s_him names for months. {{n|$p}} said the family {{sc|are Romany Gypsy}} and the names were about that.
{{n|$t_last}} accepted that the school had not acted on earlier reports and apologised.
¦What we agreed¦Who
¦A restorative meeting between {{n|$s}} and {{n|$o}}, if {{n|$o}} agrees¦$staff
¦The school's anti-bullying lead to speak to the tutor group¦{{n|$t_last}}
¦{{n|$s}} to go to the pastoral office, not react, if it happens again¦{{n|$s}}
¦Weekly check-in by phone with {{n|$p}}¦{{n|$t_last}}
"""

CONSENT = """Consent to take part and to share information
I agree to take part in a restorative process with $org, and for the service to share information with the police and the Youth Justice Service where needed.
@field Name ¦ {{n|$y_full}}
@field Date of birth ¦ {{dob|$y_dobo}}
@field Parent or guardian ¦ {{n|$p_full}}
@field Contact number ¦ {{tel|$p_mob}}
@field Email ¦ {{em|$p_email}}
@field NHS number (only if there are health needs) ¦ {{nhs|$y_nhs}}
@field Health needs ¦ {{sc|Crohn's disease}} - may need to leave the room
@field Religious or cultural needs ¦ {{sc|Orthodox Jewish}} - no meetings Friday afternoon or Saturday
@field Signed on ¦ $d3
Witnessed by $staff. Keep the original in the case file; scan to ChildView.
"""

MESSAGES = """Messages copied from {{n|$s1}}'s phone by $s1_his mum, {{n|$p_full}}, and emailed to us on $dl2
(Names as shown in the group "yr9 lads". Spelling as in the original.)
[21:14] {{n|$s2_lower}}: u seen wat {{n|$s3_nick}} put on the gc
[21:15] {{n|$s3_lower}}: its jokes calm down
[21:15] {{n|$s2_lower}}: nah thats bare out of order
[21:17] big {{n|$s4}}: {{n|$s1_lower}} is gonna see it tho
[21:20] {{n|$s3_lower}}: {{n|$s1}} knows its banter
[21:31] {{n|$s2_lower}}: deleted it?? ur actually dead tmrw
[21:33] {{n|$s3_lower}}: allow it
Note from $staff: the screenshot mentioned at 21:14 was removed before the messages were copied. {{n|$s1}}'s mum says it showed {{n|$s1}} getting changed for PE.
The family reported it to the school's safeguarding lead and to police (incident {{pol|$s3_log}}) on $dl1.
"""

PARKING = """Parking dispute on Carlton Street: mediation notes
Ref $case. Mediators: $staff, $staff2.
Three households: {{n|$a_full}}; {{n|$b_full}} and {{n|$b2}}; {{n|$c_full}}.
There are four spaces outside and five cars. The cars mentioned: {{n|$a}}'s Fiesta ({{vrm|$a_vrm}}), {{n|$b}}'s work van ({{vrm|$b_vrmtight}}) and {{n|$c}}'s motorhome ({{vrm|$c_vrm}}), which is parked there from April to October.
{{n|$c}} said $c_he has {{sc|a blue badge}} because of $c_his {{sc|heart condition}} and needs to park near the door.
{{n|$b2}} said nobody had told them; the council has no disabled bay on the street.
{{n|$a}} said notes had been left on $a_his windscreen; $a_he thinks they came from {{n|$b}} but has no proof.
Agreed: {{n|$c}} to apply for a disabled bay with our support; the motorhome to go to the storage yard on Ings Lane in the winter; no more notes.
Review call with all three on $dl5.
"""

SAR = """{{addr|$a_addr}}
$a_town
{{pc|$a_pc}}
$dl4
Data Protection Officer
$org
$org_address
Dear Data Protection Officer,
Subject access request
Under the UK GDPR I ask for a copy of all the personal data you hold about me. I took part in a restorative meeting in 2023, arranged by your service after the burglary at my previous home, {{addr|$o_addr, $o_town}}.
My details:
Name: {{n|$a_fcaps}} (previously {{n|$a $m_last}})
Date of birth: {{dob|$a_dobl}}
National Insurance number: {{ni|$a_ni}}
To prove who I am I enclose copies of my passport (number {{pp|$a_pp}}) and driving licence (number {{dl|$a_dl}}), as your website asks.
Please send the information by email to {{em|$a_email}}. I understand you have one month to respond.
Yours faithfully,
{{n|$a_full}}
"""

ONBOARDING = """Sessional facilitator: starter checklist
Complete before the first session. Right to work checked by $staff on $d2 (original documents seen).
@field Full name ¦ {{n|$f_full}}
@field Date of birth ¦ {{dob|$f_dob}}
@field Home address ¦ {{addr|$f_addr}}, $f_town {{pc|$f_pc}}
@field Mobile ¦ {{tel|$f_mob}}
@field National Insurance number ¦ {{ni|$f_nitight}}
@field Passport number ¦ {{pp|$f_pp}}
@field Driving licence number ¦ {{dl|$f_dl}}
@field Car registration (parking permit) ¦ {{vrm|$f_vrm}}
@field Emergency contact ¦ {{n|$e_full}} ({{tel|$e_mob}})
Payment: sessional rate, invoiced monthly. Invoice numbers start at INV-$n4. Pension: not eligible.
"""

HATE_CRIME = """Case notes: racially and religiously aggravated public order
Ref $case. Referred by $h_force, hate crime coordinator. Crime number {{pol|$h_crime}}.
$d1 - Home visit to {{n|$h_full}} with $staff2. {{n|$h}}, who {{sc|wears a hijab}}, was walking home along Bishopthorpe Road with $h_his daughter when a group of teenagers shouted abuse.
{{n|$h}} said the words used were {{sc|anti-Muslim}} and that $h_his daughter, {{n|$k}} ({{age|$k_age}}), has not wanted to walk that way since.
$d2 - Spoke to {{n|$y_full}}'s case manager. {{n|$y}}, {{age|aged $y_age}}, {{sc|accepted a youth conditional caution}}; one condition is to take part in a restorative process if the victim agrees.
$d3 - Phone call with {{n|$h}}. $h_hec would like {{n|$y}} to understand what the words meant to {{n|$k}}, and asked whether a friend could be present.
Interpreter not needed. {{n|$h}} prefers calls after 7pm on {{tel|$h_mob}}.
$d4 - Planning with $staff2. Venue: $venue, ground floor; separate waiting rooms.
"""

UKRAINE = """Case note: first contact
Ref $case. $dl2, by phone with an interpreter from the council's interpreting service.
Spoke to {{n|$u_full}}, who came to the UK under the Homes for Ukraine scheme and lives with $u_his host, {{n|$host_full}}, in $u_town.
{{n|$u}}'s car was damaged on $odate_l; the police have a suspect, a 19-year-old man, but no charge yet.
{{n|$u}} said it was not the car that upset $u_him but the shouting: "They said go home. This is my home now."
$u_hec has {{sc|PTSD}} from the war and is seeing a counsellor through the GP. Loud voices are hard.
{{n|$u}} is not ready to think about meeting anyone. Agreed: information pack in Ukrainian; call back in a month. For the CICA form {{n|$u}} will use $u_his Ukrainian passport, {{pp|$u_uapp}}.
Host's number for messages: {{tel|$host_land}}. {{n|$host}} is happy to pass on messages but {{n|$u}} makes the decisions.
"""

CLOSURE = """Case closure summary
Ref: $case. Closed on $dl6 by $staff.
Person responsible: {{n|$y_rev}}, born {{dob|$y_dob}}. Person harmed: {{n|$h_full}}.
Process: indirect (letters), then a face-to-face meeting at $venue on $dl4.
Outcome: agreement completed. {{n|$y}} paid £60 compensation and wrote to {{n|$h}}. {{n|$h}} replied, which we passed on.
Feedback: {{n|$h}} rated the service 10/10. {{n|$y}}'s $p_parent said things at home have been calmer.
Why closed: all actions done; no further contact wanted by either party.
Data: this summary is kept for six years. The letters have been shredded. The survey results are anonymous.
¦Stage¦Date¦Worker
¦Referral received¦$d1¦$staff2
¦First contact with {{n|$h}}¦$d2¦$staff
¦Meeting¦$d4¦$staff and $staff2
¦Closed¦$d6¦$staff
"""

ASB_EMAIL = """From: {{em|$a_email}}
Sent: $dw2 2025 23:02
To: info@northmoor-mediation.org.uk
Subject: kids on the estate

To whom it may concern,

The PCSO gave me your email. I want to report the group of youths who hang around the garages behind Hawthorn Walk every night. Last night they set fire to the wheelie bins again.
One of them, I'm fairly sure it's {{n|$y_full}} from {{addr|$y_addr}}, {{sc|was the one who set the bins alight}}. His mother {{n|$p}} knows what he's like and does nothing.
I am {{age|$a_age}} and {{sc|I have had a stroke}}, I can't be running out there to chase them off. The police gave me a log number ({{pol|$a_log}}) and that's the last I heard.
The council say it is your job to sort out neighbours. I don't want mediation, I want it stopped.
Please ring me on {{tel|$a_land}} not the mobile.

{{n|$a_full}}
Sent from my iPad
"""


GP_LETTER = """Ouseburn Medical Practice, 2 Foss Islands Road, York YO31 7UL. Tel 01904 725500
$dl3
$staff
$org
$org_address
Dear $staff,
Re: {{n|$p_title $p_full}}, date of birth {{dob|$p_dob}}, NHS number {{nhs|$p_nhssp}}
{{addr|$p_addr, $p_town}} {{pc|$p_pc}}
Thank you for your letter asking whether {{n|$p_title $p_last}} is well enough to take part in a restorative meeting, with $p_his consent attached.
{{n|$p_title $p_last}} has {{sc|a long history of panic attacks}} and {{sc|takes sertraline}}. $p_hec is also under the {{sc|community mental health team}} for follow-up.
I see no medical reason why $p_he should not take part, provided there are breaks and $p_he can leave the room if $p_he needs to. A short meeting in the morning would suit $p_him best.
Please contact the practice through the secretaries rather than my direct line.
Yours sincerely,
Dr {{n|$g_full}}
GP Partner
"""

CICA = """Support notes: criminal injuries compensation claim
Ref $case. Worker: $staff. Client: {{n|$h_full}}.
$dl2. Met {{n|$h}} at $venue to help with the online CICA application. The assault was reported to the police straight away (crime number {{pol|$h_crime}}), which the scheme requires.
Injuries: {{sc|fractured cheekbone}}, {{sc|two chipped teeth}}; {{n|$h}} has since been diagnosed with {{sc|PTSD}} by the trauma clinic.
Details we entered: date of birth {{dob|$h_dobd}}; National Insurance number {{ni|$h_ni}}; NHS number {{nhs|$h_nhs}}; GP Dr {{n|$g_last}} at Priory Medical Group.
Proof of identity: passport {{pp|$h_pp}}. The claim reference will come by email to {{em|$h_email}}.
{{n|$h}} asked whether the compensation affects $h_his Universal Credit. I said I would find out, and referred $h_him to Citizens Advice York for benefits advice.
The restorative work with the person responsible is paused at {{n|$h}}'s request until the claim is in.
"""


TEXT_DOCS = [
    ("victim-contact-log", VICTIM_LOG, {"a": "adult", "a2": "adult rel=a", "b": "young", "c": "pro"}, ["docx", "txt"]),
    ("conference-script", CONFERENCE_SCRIPT, {"y": "young", "p": "adult rel=y", "h": "adult", "s": "adult", "o": "pro"}, ["pdf"]),
    ("outcome-agreement", OUTCOME_AGREEMENT, {"y": "young", "p": "adult rel=y", "h": "adult"}, ["docx", "odt"]),
    ("circle-record", CIRCLE, {"t": "pro", "s1": "student age=12-13", "s2": "student age=12-13", "s3": "student age=12-13",
                               "s4": "student age=12-13"}, ["docx", "pdf"]),
    ("safeguarding-email", SAFEGUARDING_EMAIL, {"w": "pro", "t": "pro", "y": "young", "p": "adult f rel=y", "q": "adult m"}, ["txt"]),
    ("mediation-self-referral", INTAKE, {"a": "adult", "b": "adult m", "b2": "adult rel=b"}, ["pdf", "docx"]),
    ("out-of-court-referral", OOD_NOTE, {"o": "pro", "y": "young", "p": "adult rel=y", "v": "adult", "g": "pro"}, ["txt", "docx"]),
    ("volunteer-supervision", SUPERVISION, {"vol": "adult", "c": "adult"}, ["odt"]),
    ("reflective-log", REFLECTIVE, {"h": "old", "y": "young m", "p": "adult rel=y", "d": "adult f rel=h"}, ["txt"]),
    ("complaint-letter", COMPLAINT, {"a": "adult", "vol": "adult m", "b": "adult m", "k": "child rel=a"}, ["docx", "pdf"]),
    ("evaluation-report", EVALUATION_CLEAN, {}, ["pdf"]),
    ("impact-stories", EVALUATION_NAMED, {"a": "old", "b": "young m", "c": "adult", "k": "young rel=c"}, ["docx"]),
    ("neighbour-visits", NEIGHBOUR_NOTES, {"a": "adult", "a2": "adult rel=a", "b": "adult"}, ["docx", "txt"]),
    ("trustee-minutes", BOARD, {"ch": "adult", "t1": "adult", "t2": "adult", "t3": "adult", "t4": "old", "y": "young"}, ["docx"]),
    ("team-meeting", TEAM_CLEAN, {}, ["odt"]),
    ("award-entry", AWARD_CLEAN, {}, ["docx", "pdf"]),
    ("award-entry-draft", AWARD_SLIP, {"m": "adult f"}, ["txt"]),
    ("email-thread", EMAIL_THREAD, {"r": "pro", "o": "pro", "y": "young", "p": "adult rel=y"}, ["txt"]),
    ("letter-to-harmed-person", LETTER_HARMED, {"h": "old", "y": "young"}, ["odt"]),
    ("letter-to-parent", LETTER_PARENT, {"y": "young", "p": "adult rel=y", "r": "pro"}, ["docx"]),
    ("yjs-referral", YJS_REFERRAL, {"y": "young", "p": "adult rel=y", "v": "adult", "r": "pro"}, ["pdf"]),
    ("venue-risk-assessment", VENUE_CLEAN, {}, ["txt"]),
    ("special-category-policy", POLICY_CLEAN, {}, ["docx"]),
    ("newsletter", NEWSLETTER_CLEAN, {}, ["pdf"]),
    ("shuttle-mediation", MEDIATION_SESSION, {"a": "adult", "b": "adult origin=polish|ukrainian|vietnamese|kurdish|eritrean|chinese|hu_HU|pt_PT|cs_CZ",
                                              "i": "pro"}, ["docx"]),
    ("prison-visitor-clearance", PRISON_CLEARANCE, {"x": "adult m", "h": "adult", "s": "adult"}, ["pdf"]),
    ("impact-summary", IMPACT, {"h": "old", "d": "adult rel=h", "y": "young"}, ["txt"]),
    ("panel-report", PANEL, {"y": "young m", "p": "adult rel=y", "m1": "adult", "m2": "adult", "yo": "pro"}, ["docx"]),
    ("reintegration-meeting", REINTEGRATION, {"s": "student age=13-14 origin=traveller", "p": "adult rel=s", "t": "pro",
                                              "o": "student age=13-14"}, ["odt"]),
    ("consent-form", CONSENT, {"y": "young", "p": "adult rel=y"}, ["pdf"]),
    ("message-transcript", MESSAGES, {"s1": "student age=13-14 m", "p": "adult f rel=s1", "s2": "student age=13-14 m",
                                      "s3": "student age=13-14 m", "s4": "student age=13-14 m"}, ["txt"]),
    ("parking-mediation", PARKING, {"a": "adult", "b": "adult", "b2": "adult rel=b", "c": "old"}, ["docx"]),
    ("subject-access-request", SAR, {"a": "adult f", "m": "adult f", "o": "adult"}, ["docx"]),
    ("sessional-starter", ONBOARDING, {"f": "adult", "e": "adult"}, ["pdf"]),
    ("hate-crime-notes", HATE_CRIME, {"h": "adult f origin=somali|arabic|bangladeshi|kurdish|hausa", "k": "young f rel=h",
                                      "y": "young m"}, ["docx"]),
    ("first-contact-note", UKRAINE, {"u": "adult origin=ukrainian", "host": "adult"}, ["txt"]),
    ("closure-summary", CLOSURE, {"y": "young", "p": "adult rel=y", "h": "adult"}, ["odt"]),
    ("public-email", ASB_EMAIL, {"a": "old", "y": "young m", "p": "adult f rel=y"}, ["txt"]),
    ("gp-letter", GP_LETTER, {"p": "adult", "g": "pro"}, ["pdf"]),
    ("compensation-support", CICA, {"h": "adult", "g": "pro"}, ["txt"]),
]


def _cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # victim awareness course feedback from a prison, with support needs on a hidden sheet
    needs = ["{{sc|Dyslexia}} - read handouts aloud", "{{sc|Epilepsy}} - no flashing images in videos",
             "{{sc|Muslim}} - Friday prayers, no session 12 to 2", "{{sc|On a methadone script}}, collects at 8.30",
             "None known", "{{sc|Hearing impaired}} (left ear) - sit on his right"]
    comments = ["I never thought about the shop staff before, only about getting caught.",
                "Want to write to {{n|$v}} but don't know if I'm allowed. Can someone ask?",
                "The video about the burglary victim hit me hard. My nan was burgled.",
                "Thinking about my daughter {{n|$k}} and what she'll think when she's older.",
                "Good course, facilitators listened. Would do the next one.",
                "To be honest I only came for the certificate but it made me think."]
    for i, kind in enumerate(["xlsx", "csv"]):
        v0 = cast(rng, names, {})
        head = ["Learner", "Prison no.", "Wing", "Sessions", "What will you do differently?", "Facilitator"]
        rows, hidden = [head], [["Learner", "Prison no.", "Support needs"]]
        for j in range(6):
            v = cast(rng, names, {"x": "adult m", "v": "adult", "k": "child f"})
            who = "{{n|$x_caps, $x}}" if j % 2 else "{{n|$x_full}}"
            rows.append(_cells([[who, "{{pris|$x_pris}}", rng.choice(["A2", "B1", "C3", "D2", "E1"]),
                                 str(rng.randint(3, 6)) + "/6", comments[j], v0["staff"]]], v)[0])
            hidden.append(_cells([[who, "{{pris|$x_pris}}", needs[j]]], v)[0])
            if kind == "csv":
                rows[-1].append(hidden[-1][2])
        if kind == "csv":
            rows[0].append("Support needs")
            docs.append(Doc(f"course-feedback-{i + 1}", "csv", [("table", rows)]))
        else:
            title = [[f"Victim awareness course, {rng.choice(['HMP Full Sutton', 'HMP Hull', 'HMP Lindholme', 'HMP Humber'])}"],
                     ["Course code VAC-07-25"],
                     ["Cohort size", 6]]
            docs.append(Doc(f"course-feedback-{i + 1}", "xlsx", [("sheet", "Course", title, False), ("sheet", "Feedback", rows, False),
                                                                  ("sheet", "Support (do not circulate)", hidden, True)]))

    # quarterly data return: counts only
    v = cast(rng, names, {})
    ret = [["Measure", "Q1", "Q2", "Q3", "Q4", "Total"],
           ["Referrals received", 41, 38, 52, 47, 178], ["Aged 10 to 13", 6, 4, 9, 7, 26], ["Aged 14 to 15", 17, 15, 19, 21, 72],
           ["Aged 16 to 17", 12, 13, 17, 13, 55], ["Adults 18 and over", 6, 6, 7, 6, 25],
           ["Male", 30, 27, 38, 33, 128], ["Female", 10, 11, 13, 13, 47], ["Prefer not to say", 1, 0, 1, 1, 3],
           ["White: English, Welsh, Scottish, Northern Irish or British", 33, 30, 41, 37, 141],
           ["White: Gypsy or Irish Traveller", 1, 2, 1, 0, 4], ["Mixed: White and Black Caribbean", 2, 1, 3, 2, 8],
           ["Asian or Asian British: Pakistani", 2, 2, 3, 4, 11], ["Black or Black British: African", 1, 2, 2, 1, 6],
           ["Any other ethnic group", 2, 1, 2, 3, 8],
           ["Declared a disability or long-term health condition", 9, 7, 12, 10, 38],
           ["Direct meetings held", 11, 9, 14, 12, 46], ["Indirect (letters, shuttle)", 15, 13, 17, 16, 61],
           ["Harmed people satisfied or very satisfied (%)", 92, 88, 95, 91, 92]]
    notes = [["Grant reference", "PFCC-RJ-2025-14"], ["Submitted by", v["staff"]], ["Invoice", v["invoice"]],
             ["Case numbers in this return", "NMT-2025-0001 to NMT-2025-0178"],
             ["Note", "Counts under 3 are not suppressed in this return as agreed with the commissioner's office."]]
    lookup = [["Code", "Meaning"], ["RS1", "Police"], ["RS2", "Youth Justice Service"], ["RS3", "HMP Hull"], ["RS4", "Schools"],
              ["RS5", "Self-referral"], ["OC8", "Community Resolution"]]
    docs.append(Doc("data-return-1", "xlsx", [("sheet", "Return", ret, False), ("sheet", "Notes", notes, False),
                                               ("sheet", "Lookup", lookup, True)]))
    docs.append(Doc("data-return-2", "csv", [("table", [[str(c) for c in row] for row in ret])]))

    # training attendance: staff (allow-listed) and partners' staff
    for i, kind in enumerate(["xlsx", "csv"]):
        v0 = cast(rng, names, {})
        course = f"Restorative practice in schools, level 1 - {v0['dl2']} - {v0['venue']}"
        head = ["Name", "Organisation", "Role", "Email", "Attended"]
        rows = [head, ["Priya Nair", "Northmoor Mediation Trust", "Practice Lead", "priya.nair@northmoor-mediation.org.uk", "Y"],
                [v0["staff"], "Northmoor Mediation Trust", "Trainer", v0["staff_email"], "Y"]]
        access = [["Name", "Access or dietary needs"], ["Priya Nair", "Vegetarian"], [v0["staff"], ""]]
        orgs = [("Pastoral Manager", "$school_dom"), ("PCSO", "$a_fd"), ("Case Manager", "york.gov.uk"),
                ("Family Support Worker", "york.gov.uk"), ("Head of Year 7", "$school_dom"), ("Learning Mentor", "$school_dom")]
        need = ["Vegetarian", "{{sc|Halal}}", "{{sc|Coeliac}} - gluten free", "", "{{sc|Wheelchair user}} - ground floor please",
                "None"]
        for j in range(6):
            v = cast(rng, names, {"a": "pro"})
            role, dom = orgs[j]
            org = {"york.gov.uk": "City of York Council", "$a_fd": v["a_force"]}.get(dom, v["school"])
            rows.append(_cells([["{{n|$a_full}}", org, role, "{{em|$a_work@" + dom + "}}", rng.choice(["Y", "Y", "Y", "N"])]], v)[0])
            access.append(_cells([["{{n|$a_full}}", need[j]]], v)[0])
        if kind == "xlsx":
            docs.append(Doc(f"training-attendance-{i + 1}", "xlsx", [("sheet", "Attendance", [[course]] + rows, False),
                                                                      ("sheet", "Needs", access, True)]))
        else:
            rows[0].append("Needs")
            for r, a in zip(rows[1:], access[1:], strict=True):
                r.append(a[1])
            docs.append(Doc(f"training-attendance-{i + 1}", "csv", [("table", rows)]))

    # open caseload, with closed cases on a hidden sheet
    head = ["Ref", "Name", "DOB", "Age", "Postcode", "Referrer", "Crime ref", "Stage", "Worker"]
    rows = [head]
    stages = ["Awaiting first visit", "Preparation", "Preparation", "Meeting booked", "Indirect - letters", "Follow-up"]
    for j in range(6):
        v = cast(rng, names, {"y": "young"})
        rows.append(_cells([["$case", "{{n|$y_rev}}", "{{dob|$y_dob}}", "{{age|$y_age}}", "{{pc|$y_pc}}",
                             rng.choice(["YJS", "Police", "School", "YJS"]), "{{pol|$y_crime}}", stages[j], "$staff"]], v)[0])
    closed = [["Ref", "Name", "NHS no.", "School", "Notes"]]
    notes = ["Completed. Letter sent.", "{{sc|Autistic}}; visual timetable helped.", "Closed - victim declined.",
             "{{sc|Young carer for mum (MS)}}", "Completed; {{sc|re-offended}} in March (new referral)."]
    for j in range(5):
        v = cast(rng, names, {"y": "young"})
        closed.append(_cells([["$case2", "{{n|$y_full}}", "{{nhs|$y_nhs}}", "{{sch|$school}}", notes[j]]], v)[0])
    docs.append(Doc("caseload-1", "xlsx", [("sheet", "Open", rows, False), ("sheet", "Closed 2024", closed, True)]))

    # volunteer mileage
    v0 = cast(rng, names, {})
    head = ["Volunteer", "Date", "From", "To", "Miles", "Vehicle", "Amount", "Approved"]
    rows = [head]
    checks = [["Volunteer", "Licence number", "Checked", "Points"]]
    for _ in range(3):
        v = cast(rng, names, {"a": "adult"})
        checks.append(_cells([["{{n|$a_full}}", "{{dl|$a_dl}}", v0["d1"], rng.choice([0, 0, 0, 3])]], v)[0])
        for d in ("d2", "d4"):
            miles = rng.randint(4, 31)
            rows.append(_cells([["{{n|$a_full}}", v0[d], "Home ({{pc|$a_pc}})", "Clements Hall, YO23 1BW", miles, "{{vrm|$a_vrm}}",
                                 round(miles * 0.45, 2), v0["staff"]]], v)[0])
    docs.append(Doc("volunteer-mileage-1", "xlsx", [("sheet", "Claims " + v0["dl2"].split()[1], rows, False),
                                                    ("sheet", "Rates", [["Rate per mile", 0.45], ["Budget code", "VOL-EXP-03"]],
                                                     False), ("sheet", "Licence checks", checks, True)]))

    # sessional facilitators' payments, with right-to-work checks on a hidden sheet
    v0 = cast(rng, names, {})
    pay = [["Sessional facilitator", "NI number", "Sessions", "Rate", "Total", "Invoice"]]
    rtw = [["Name", "Document", "Number", "Checked by"]]
    for j in range(4):
        v = cast(rng, names, {"f": "adult"})
        n = rng.randint(2, 9)
        pay.append(_cells([["{{n|$f_rev}}", "{{ni|$f_ni}}", n, 95, n * 95, f"INV-{v['n4']}{j}"]], v)[0])
        doc = "{{pp|$f_pp}}" if j != 2 else "Share code (checked online)"
        rtw.append(_cells([["{{n|$f_rev}}", "Passport" if j != 2 else "Share code", doc, v0["staff"]]], v)[0])
    docs.append(Doc("sessional-payments-1", "xlsx", [("sheet", "Payments " + v0["dl3"].split()[1], pay, False),
                                                     ("sheet", "Right to work", rtw, True)]))

    # survey export with free-text comments
    v0 = cast(rng, names, {})
    rows = [["Response ID", "Role", "Age band", "How satisfied?", "Comments"]]
    texts = [
        ("Person harmed", "65+", "Very", "{{n|$staff_first}} was patient with me and explained everything twice."),
        ("Parent", "35-44", "Very", "My son {{n|$k}} finally talked about what he did. Thank you."),
        ("Young person", "14-15", "Quite", "was a bit awkward but fine"),
        ("Person harmed", "45-54", "Not very", "I have {{sc|fibromyalgia}} and the meeting was too long. No breaks."),
        ("Young person", "16-17", "Very", ""),
        ("Person harmed", "25-34", "Quite", "The volunteer, {{n|$vol_full}}, was lovely but the room was cold."),
        ("Parent", "45-54", "Very", "Will recommend to other parents."),
        ("Young person", "10-13", "Very", "I liked the biscuits"),
    ]
    for j, (role, band, sat, text) in enumerate(texts):
        v = cast(rng, names, {"k": "young m", "vol": "adult"})
        v["staff_first"] = v0["staff_first"]
        text = text.replace("{{n|$staff_first}}", "$staff_first")  # staff are not labelled
        rows.append([f"R{j + 101}", role, band, sat, fill(text, v)])
    docs.append(Doc("survey-comments-1", "csv", [("table", rows)]))
    return docs


def fresh_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kinds in TEXT_DOCS:
        for i, kind in enumerate(kinds):
            v = cast(rng, names, roles)
            docs.append(Doc(f"{name}-{i + 1}", kind, blocks_for(kind, fill(template, v))))
    docs += sheet_docs(rng, names)
    return docs
