"""The trial part of the corpus: identifiers written in the many ways real documents write them.

What it is. Thirty-six invented documents (six clean) uploaded by a restorative justice service
and the agencies around it, written to give a detector a first look at identifiers in their
everyday variety: telephone numbers in every spacing and punctuation (brackets, dots, dashes,
+44, 0044, (0), extensions, WhatsApp exports), addresses on one line and over several lines, in
table cells, with flat, apartment and Scottish tenement positions, Welsh and English rural house
names with no number, postcodes in capitals, lower case and without the space (Welsh, Scottish and
Northern Irish ones included), dates of birth after "DOB", "D.O.B.", "d.o.b", "born", "b." and in
CSV columns, in ISO, dotted, American and ordinal forms, NHS numbers (valid mod-11) with spaces,
dashes or none, NI numbers in capitals, lower case and with other spacing, passports of several
countries, DVLA licence numbers (built from the surname and date of birth, with and without spaces
and issue numbers) and Northern Irish eight-digit licences, vehicle registrations (current,
prefix, suffix, dateless, Northern Irish, without spaces and in lower case), prison numbers, and
police references of six forces in several styles each (crime, incident, log, STORM, custody,
Niche occurrence, CAD, PSNI and Police Scotland numbers). Set in Merseyside, Cheshire and North
Wales, with people and relatives in Northern Ireland, Scotland and South Wales; the same invented
organisation and staff (org.py). Kinds: a harassment diary kept by a resident, a housing officer's
ASB case file, a GP letter supporting a referral, a school pastoral log (contacts on a hidden
and care plans on hidden sheets), a custody-suite referral to a liaison and diversion team, a victim personal statement
extract, a restorative conference invitation letter, a pre-sentence report extract, a CCTV request
form (PDF form), an MG11 witness statement, a referral export (identifiers on a hidden sheet), a
Teams chat export, a volunteer DBS and ID checklist, a mediation intake form (PDF form), a
multi-agency risk meeting action log, an email thread with signatures, an insurance claim letter
after a burglary, a youth club sign-in sheet (CSV), a bail conditions summary, a letter to a
prisoner, a police incident printout, a residents' WhatsApp export, a car park incident log
(CSV), an appointment reminder export (CSV), a consent to share form (PDF form), a restorative
agreement, a family group conference referral, a magistrates' court results register (licence
endorsements, prison numbers), a third-party hate incident report (PDF form) and a cross-border
referral from Northern Ireland (its Health and Care number, the NHS number's Northern Irish
counterpart with the same checksum, is marked as an NHS number). Clean ones (no
sensitive personal data, many traps): a data protection policy, a fee invoice (its number passes
the NHS checksum), a training course timetable, a room hire agreement, an anonymised case study
and a newsletter.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``, ``@page``),
rendered by fresh.py's ``blocks_for``; people are this module's own ``Person``, whose fields give
each identifier in many written forms (``_fields``). Every piece of sensitive personal data is
marked, professionals' names and work emails included; the organisation's staff and its address,
helpline and mailboxes stay unmarked. A mark holds the value only: "DOB", "tel", "log",
"Incident", "reg", "prison no." and titles such as Dr, PC and DC stay outside it, titles used as
part of a name (Mrs Roberts) inside; a phone number's extension stays outside, a reference's own
prefix (CAD, STORM) inside. Offences, custody and remand of named people are special category,
as are their health, faith, ethnicity and sexuality. The unmarked text
is the traps: staff; the organisation's address and helpline; switchboards of police stations,
surgeries, councils, schools and prisons; the service's case numbers (NMT-..., RJ-...), invoice,
purchase order and minute numbers (one invoice number passing the NHS checksum), charity and
company numbers, Ofsted URNs, course codes, room numbers, grid references, bus routes, sort codes,
ISBNs, version numbers, statute references, dates of meetings and offences, postcode districts
named as areas, age bands and counts.

Sources of names. Faker locales nobody else uses: Macedonian (mk_MK) and Ukrainian (uk_UA),
transliterated to Latin script, and generic Spanish (es); and pools written here, with any name
sharing a word with the other parts' pools, the staff, the trap words or the places dropped at
build time: English (Merseyside and Cheshire surnames), Welsh, Scottish, Irish, Ulster, Polish
(feminine forms), Romanian, Somali, Nigerian, Pakistani, Bangladeshi, Kurdish, Portuguese,
Filipino, Vietnamese, Irish Traveller and Roma. Of every twenty people drawn freely thirteen come
from the English, Welsh, Scottish, Irish and Ulster pools, four from the other pools and three from
Faker.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/trial/ when corpus.py builds it
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re

import blind
import probe
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2025, 12, 3)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin
_ordinal = blind._ordinal

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Jordanne", "Colette", "Leanna", "Jolene", "Kerrie", "Sonia", "Sheryl", "Corinne", "Bernice", "Lacie", "Nadia", "Nicole",
         "Paula", "Leona", "Lisa-Marie", "Hayley", "Kimberly", "Laura-Jane", "Marie-Louise", "Alexis", "Kiera", "Madison",
         "Nevaeh", "Sadie", "Yasmine", "Ruth"],
        ["Ste", "Carlton", "Damon", "Gerard", "Karl", "Nathaniel", "Sonny", "Benji", "Gaz", "Joe", "Nico", "Robbie",
         "Tyrone", "Vinnie", "Zak", "Macauley", "Jace"],
        ["Fazakerley", "Aspinall", "Houghton", "Tyrer", "Blundell", "Culshaw", "Halsall", "Kilshaw", "Lunt", "Swarbrick",
         "Tickle", "Worrall", "Bebbington", "Cheetham", "Dutton", "Hough", "Maddock", "Peers", "Bithell", "Speakman",
         "Tottey", "Scarisbrick", "Critchley", "Gandy", "Mawdsley", "Sumner", "Hesford", "Rathbone", "Caddick", "Carroll",
         "Birchall", "Prenton", "Grundy", "Leatherbarrow", "Seddon", "Wharton", "Roughley"]),
    "welsh": (
        ["Alaw", "Gwyneth", "Elan", "Meinir", "Sian", "Awen", "Tegwen", "Gwenda", "Mabli", "Teleri", "Rhiain", "Sara-Lois",
         "Menna", "Dilys", "Glain", "Eira", "Meleri", "Hedydd", "Nansi", "Hafwen", "Eurgain", "Sulwen", "Lois"],
        ["Meilir", "Rhun", "Garmon", "Medwyn", "Ifor", "Gwydion", "Cledwyn", "Elfed", "Gwynfor", "Aneurin", "Tegid", "Ynyr",
         "Cerith", "Eilir", "Llion", "Hedd", "Tecwyn", "Derwyn", "Gwern", "Seiriol"],
        ["Foulkes", "Bellis", "Owens", "Pierce", "Jarrett", "Bellamy", "Gwilliam", "Prichard", "Breese", "Jehu", "Bowdler",
         "Penri", "Meyrick", "Cadwgan", "Gwyther", "Ellams", "Rowlinson", "Bellin", "Wyn", "Glyndŵr"]),
    "scottish": (
        ["Rhoda", "Jeanette", "Catrina", "Shonagh", "Kirstie", "Marsali", "Ishla", "Eilish", "Mirren", "Moira", "Islay"],
        ["Lorne", "Ruairidh", "Fergie", "Lewie", "Aonghas", "Rab", "Tam", "Gillies", "Alisdair", "Torcuil", "Eachann"],
        ["Geddes", "Lennox", "McPhail", "Tulloch", "Matheson", "McCulloch", "Brodie", "Mowat", "Bisset", "Cruickshank",
         "Gowans", "Inglis", "Leishman", "Meikle", "Nisbet", "Pirie", "Rattray", "Sangster", "Veitch", "Yuill", "Affleck", "Cargill"]),
    "irish": (
        ["Bláthnaid", "Méabh", "Shauna", "Áine", "Ríona", "Caitlín", "Mairéad", "Nóra", "Ashling", "Saorlaith", "Cliodhna", "Fiadh", "Siún"],
        ["Eunan", "Feargal", "Ruairí", "Dónal", "Pádraig-Óg", "Rian", "Daithí", "Eoghan", "Niallán", "Tiarnán"],
        ["McAteer", "Mallon", "Hagan", "McGettigan", "Breslin", "Carlin", "Mooney", "McGonigle", "Gormley", "McSorley", "Toner",
         "Quinlivan", "McNulty", "Kearney", "Rafferty", "Corrigan", "Ó Gallchóir"]),
    "ulster": (
        ["Lynsey", "Ashleigh", "Jacqui", "Rhonda", "Glenda", "Roberta"],
        ["Wesley", "Alastair", "Samuel", "Jonty"],
        ["McClure", "Gillespie", "Patterson", "McKee", "Boyd", "Irvine", "Adair", "Moorhead", "McIlwaine", "Gilmore", "Dickson"]),
}
UK_WEIGHTS = {"english": 6, "welsh": 2.2, "scottish": 1, "irish": 1, "ulster": 1}
IRISH_FEMININE = {"Ó Gallchóir": "Ní Ghallchóir"}
OTHER = {
    "polish": (["Aleksandra", "Natalia", "Karolina", "Paulina", "Justyna", "Agata"], ["Paweł", "Marcin", "Dawid", "Szymon", "Przemysław", "Kamil"],
               ["Mazur", "Kubiak", "Sikora", "Wróbel", "Zając", "Stępień", "Michalski", "Baran", "Górski", "Olszewski"]),
    "romanian": (["Alina", "Roxana", "Cristina", "Mădălina", "Oana", "Iulia", "Giorgiana", "Sorina"], ["Ionuț", "Cătălin", "Sorin", "Vlad", "Marius", "Răzvan", "Costel"],
                 ["Dumitru", "Constantin", "Moldovan", "Stoica", "Rusu", "Lazăr", "Dobre", "Neagu", "Tănase"]),
    "somali": (["Khadra", "Hibo", "Idil", "Sahra", "Fardowsa", "Ladan", "Nasra", "Warsan", "Farhiya"], ["Yasin", "Mahad", "Bashir", "Sharmarke", "Abdikarim", "Hamse", "Abdiaziz", "Mukhtar"],
               ["Osman", "Aden", "Ismail", "Hersi", "Gulaid", "Samatar", "Duale", "Roble", "Abdulle", "Warfa", "Elmi"]),
    "nigerian": (["Chioma", "Ebere", "Kemi", "Temitope", "Uju", "Oluchi", "Nkechi", "Adanna", "Damilola"], ["Uchenna", "Tobi", "Segun", "Kelechi", "Olamide", "Ebuka", "Ifeanyi", "Babajide", "Kayode"],
                 ["Nwachukwu", "Obi", "Ogunbiyi", "Adewale", "Ibekwe", "Oladipo", "Uzor", "Ezeani", "Olaniyan", "Adeleke", "Akinola"]),
    "pakistani": (["Sadia", "Anam", "Hira", "Ayesha", "Nabila", "Uzma", "Shazia", "Tahira", "Amna"], ["Zubair", "Adeel", "Asif", "Junaid", "Kashif", "Rizwan", "Sajid", "Umair", "Yasir"],
                  ["Rafiq", "Siddiqui", "Chaudhary", "Bhatti", "Awan", "Zaman", "Aslam", "Hanif", "Latif", "Kiani", "Minhas"]),
    "bangladeshi": (["Farzana", "Nazmin", "Jahanara", "Rokeya", "Rasheda", "Moriom"], ["Sohel", "Rezaul", "Foysal", "Mamun", "Tanvir", "Shamsul", "Mahbub"],
                    ["Ahmed", "Alam", "Hossain", "Sarkar", "Bhuiyan", "Mollah", "Khatun", "Chowdhury", "Talukder", "Howlader"]),
    "kurdish": (["Nazdar", "Shilan", "Avin", "Runak", "Bahar"], ["Dilshad", "Sirwan", "Hemin", "Azad", "Bakhtiyar", "Rebin"],
                ["Kurdi", "Saleh", "Jaff", "Bapir", "Hamakarim", "Barzinji"]),
    "portuguese": (["Mariana", "Joana", "Catarina", "Filipa", "Sofia"], ["Duarte", "Nuno", "Paulo", "Vasco", "Bruno", "Henrique"],
                   ["Pereira", "Costa", "Martins", "Rodrigues", "Fernandes", "Lopes", "Teixeira", "Pinto"]),
    "filipino": (["Jocelyn", "Lourdes", "Analyn", "Marivic", "Maria Luisa", "Rosalie", "Rochelle", "Gemmalyn", "Divina"], ["Rommel", "Ramil", "Dindo", "Efren", "Reynaldo", "Edgardo"],
                 ["Manalo", "Dimaculangan", "Panganiban", "Macapagal", "Soriano", "Aquino", "Dizon", "Pangilinan", "Ocampo", "Magbanua"]),
    "vietnamese": (["Phuong", "Trang", "Hoa", "Thao", "Nhung"], ["Hieu", "Khanh", "Thanh", "Quoc", "Phuc"],
                   ["Hoang", "Phan", "Truong", "Dinh", "Huynh", "Luong"]),
    "traveller": (["Bridie", "Margo", "Josie", "Biddy", "Dolores", "Sabrina"], ["Christy", "Davey", "Hughie", "Francie", "Pakie", "Tyson"],
                  ["Connors", "Joyce", "McGinley", "Purcell", "Delaney", "Mongan", "Quilligan", "Sweeney", "Nevin", "Keenan"]),
    "roma": (["Mireli", "Esmeralda", "Monika", "Vanesa"], ["Zoltan", "Ferenc", "Marek", "Lajos", "Patrik", "Štefan"],
             ["Kolompar", "Dudi", "Horvat", "Ruszó", "Sárközi", "Dzurko", "Gorol"]),
}
POLISH_FEMININE = {"Michalski": "Michalska", "Górski": "Górska", "Olszewski": "Olszewska"}
NICKNAMES = {"Aleksandra": "Ola", "Przemysław": "Przemek", "Temitope": "Tope", "Kenneth": "Kenny", "Nathaniel": "Nat",
             "Gwilym": "Gwil", "Bakhtiyar": "Bakhti", "Samuel": "Sammy", "Alastair": "Ally", "Ruairidh": "Ruaridh",
             "Uchenna": "Uche", "Catarina": "Cat", "Gillian": "Gill", "Danielle": "Dani", "Maureen": "Mo",
             "Ebuka": "Buks", "Warren": "Waz", "Bradley-Jo": "BJ", "Christy": "Kit"}
FAKER_LOCALES = ["mk_MK", "uk_UA", "es"]
UA = {"А": "A", "Б": "B", "В": "V", "Г": "H", "Ґ": "G", "Д": "D", "Е": "E", "Є": "Ye", "Ж": "Zh", "З": "Z", "И": "Y", "І": "I",
      "Ї": "Yi", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U",
      "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Shch", "Ь": "", "Ю": "Yu", "Я": "Ya", "'": "", "’": "", "ʼ": ""}
UA_MID = {"Є": "ie", "Ї": "i", "Й": "i", "Ю": "iu", "Я": "ia"}
MK = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ѓ": "Gj", "Е": "E", "Ж": "Zh", "З": "Z", "Ѕ": "Dz", "И": "I", "Ј": "J",
      "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ќ": "Kj",
      "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Ch", "Џ": "Dzh", "Ш": "Sh"}


def _translit(name: str, table: dict[str, str], mid: dict[str, str] | None = None) -> str:
    out = []
    for i, ch in enumerate(name):
        up = ch.upper()
        if up not in table:
            out.append(ch)
            continue
        start = i == 0 or not name[i - 1].isalpha()
        lat = (mid or {}).get(up, table[up]) if not start else table[up]
        out.append(lat if ch.isupper() else lat.lower())
    s = "".join(out)
    return "-".join(w[:1].upper() + w[1:] for w in s.split("-"))


TRAP_WORDS = probe.TRAP_WORDS | {"Mersey", "Dee", "Wirral", "Anfield", "Everton", "Shankly", "Paisley", "Dalglish", "Menai",
                                 "Snowdon", "Conwy", "Clwyd", "Gwynedd", "Deva", "Lennon", "Cavern", "Albert", "Florence",
                                 "Lime", "Hale", "Halewood", "Speke", "Garston", "Crosby", "Sefton", "Formby", "Huyton",
                                 "Prescot", "Newton", "Hall", "Derby", "Stanley", "Rodney", "Sydney", "Myrtle", "Heath",
                                 "Lark", "Bryn", "Glyn", "Dale", "Ross", "Craig", "Owen", "Lewis", "Marcus", "Rowan",
                                 "Stella", "Violet", "Ivan", "Cash", "Rafael", "Norman", "Graham", "Derek", "Brian"}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
LOCAL = [("Liverpool", ["L4", "L6", "L8", "L11", "L13", "L15", "L19"], "0151", "M"), ("Bootle", ["L20", "L30"], "0151", "M"),
         ("Kirkby", ["L32", "L33"], "0151", "M"), ("Birkenhead", ["CH41", "CH42", "CH43"], "0151", "M"),
         ("Wallasey", ["CH44", "CH45"], "0151", "M"), ("St Helens", ["WA9", "WA10"], "01744", "M"), ("Southport", ["PR8", "PR9"], "01704", "M"),
         ("Widnes", ["WA8"], "0151", "C"), ("Runcorn", ["WA7"], "01928", "C"), ("Warrington", ["WA1", "WA2", "WA5"], "01925", "C"),
         ("Chester", ["CH1", "CH2", "CH3"], "01244", "C"), ("Ellesmere Port", ["CH65", "CH66"], "0151", "C"),
         ("Crewe", ["CW1", "CW2"], "01270", "C"), ("Northwich", ["CW8", "CW9"], "01606", "C"),
         ("Wrexham", ["LL11", "LL13"], "01978", "W"), ("Rhyl", ["LL18"], "01745", "W"), ("Colwyn Bay", ["LL29"], "01492", "W"),
         ("Bangor", ["LL57"], "01248", "W"), ("Caernarfon", ["LL55"], "01286", "W"), ("Holyhead", ["LL65"], "01407", "W"),
         ("Mold", ["CH7"], "01352", "W")]
AWAY = [("Belfast", ["BT5", "BT12", "BT14"], "02890", "NI"), ("Londonderry", ["BT47", "BT48"], "02871", "NI"),
        ("Newry", ["BT34", "BT35"], "02830", "NI"), ("Glasgow", ["G31", "G51", "G42"], "0141", "S"),
        ("Edinburgh", ["EH6", "EH11", "EH17"], "0131", "S"), ("Inverness", ["IV2", "IV3"], "01463", "S"),
        ("Cardiff", ["CF5", "CF24", "CF14"], "02920", "SW"), ("Swansea", ["SA1", "SA5"], "01792", "SW")]
STREETS = {
    "M": ["Marldon Street", "Tithebarn Walk", "Oakvale Drive", "Cressington Rise", "Bidston Vale", "Ferry View Road", "Gorsey Brow",
          "Kelvin Grove", "Lowerson Crescent", "Rockferry Close", "Seacombe Terrace", "Wellfield Avenue", "Thingwall Lane",
          "Larkhill Way", "Bankfield Road"],
    "C": ["Hoole Way", "Boughton Heath Close", "Latchford Avenue", "Penketh Drive", "Westminster Walk", "Rudheath Crescent",
          "Coppenhall Lane", "Grange Farm Close", "Hallwood Link", "Norton Priory Road", "Saltersford Street", "Whitby Lane"],
    "W": ["Ffordd Penrhos", "Lôn Glasfryn", "Stryd y Castell", "Heol Bryn", "Maes Gwyn", "Bryn Eglwys", "Ffordd Tanrallt",
          "Cae Mawr", "Rhodfa'r Môr", "Lôn Las", "Pen y Maes Avenue", "Ffordd Caergybi"],
    "NI": ["Cregagh Park East", "Glenmachan Drive", "Ardoyne Avenue", "Beechmount Parade", "Shankill Walk", "Creggan Heights",
           "Bishop Street Without", "Dromalane Road", "Ravenhill Gardens"],
    "S": ["Dumbarton Road", "Gorgie Road", "Shettleston Road", "Ferry Road", "Culduthel Avenue", "Paisley Road West", "Leith Walk"],
    "SW": ["Cowbridge Road East", "Heol y Nant", "Mount Pleasant", "Walter Road", "Clive Road", "Crwys Road"],
}
BLOCKS = {"M": ["Marlowe Court", "Dock View Apartments", "Seacombe Heights", "Grosvenor Mews", "Tower Quay"],
          "C": ["Dee View House", "Weaver Court", "Priory Lofts", "Bridgewater Point"],
          "W": ["Llys Menai", "Tŷ Glas", "Plas Newydd Court", "Cwrt y Felin"],
          "NI": ["Lagan View", "Cregagh Court", "Foyle Heights"],
          "SW": ["Bute Wharf", "Marina Tower"]}
RURAL = {"W": [("Bryn Awel", "Lôn Goch", "Llanddona, Beaumaris", "LL58", "01248"), ("Pen y Bryn Farm", "Ffordd Llanberis", "Deiniolen, Caernarfon", "LL55", "01286"),
               ("Hafod Wen", "Lôn Cefn Mawr", "Trefnant, Denbigh", "LL16", "01745"), ("Tyddyn Uchaf", "Ffordd y Mynydd", "Cerrigydrudion, Corwen", "LL21", "01490"),
               ("Gwastad Isaf", "Lôn Pant", "Llanaelhaearn, Caernarfon", "LL54", "01286"), ("Bodafon Bach", "Ffordd Bodafon", "Llanrhuddlad, Holyhead", "LL65", "01407")],
         "C": [("The Old Rectory", "Church Lane", "Tarvin, Chester", "CH3", "01829"), ("Brookfield Farm", "Long Lane", "Bunbury, Tarporley", "CW6", "01829"),
               ("Lower Mill House", "Mill Lane", "Malpas", "SY14", "01948"), ("Glebe Farm Cottage", "Wrenbury Road", "Aston, Nantwich", "CW5", "01270"),
               ("Yew Tree Barn", "Pinfold Lane", "Plumley, Knutsford", "WA16", "01565"), ("Springfield", "Smithy Lane", "Mouldsworth, Chester", "CH3", "01928")],
         "NI": [("Drumnakilly House", "Drumnakilly Road", "Carrickmore, Omagh", "BT79", "02880"), ("Rosebank Farm", "Ballyclare Road", "Templepatrick, Ballyclare", "BT39", "02894")],
         "S": [("Achnahannet", "Old Military Road", "Dulnain Bridge, Grantown-on-Spey", "PH26", "01479")]}
SCHOOLS = ["Bidston Vale Academy", "Marldon Park High School", "Ysgol Uwchradd Glan y Môr", "Wellfield Heath Academy",
           "St Werburgh's Catholic High School", "Ysgol Bryn Eglwys", "Thingwall Brook School", "Penketh Vale Academy",
           "Rudheath Grange High School", "Ysgol y Creuddyn Newydd"]
PRIMARY = ["Seacombe Shore Primary School", "Ysgol Gynradd Maes Gwyn", "Latchford St Oswin's CE Primary", "Gorsey Brow Primary School"]
PRISONS = ["HMP Altcourse", "HMP Liverpool", "HMP Risley", "HMP Berwyn", "HMP Styal", "HMYOI Thorn Cross", "HMP Hewell"]
COURTS = ["Wirral Magistrates' Court", "Liverpool and Knowsley Magistrates' Court", "Chester Crown Court", "Warrington Magistrates' Court",
          "Llandudno Magistrates' Court", "Mold Crown Court", "Sefton Youth Court", "Caernarfon Criminal Justice Centre"]
VENUES = ["the Seacombe Children's Centre", "Tithebarn Community Hub", "Canolfan Penrhos", "the Wellfield Room at Birkenhead Central Library",
          "Hoole Community Centre", "Neuadd y Dref, Ystafell 2", "Latchford Family Hub", "the Quaker Meeting House, Frodsham Street"]
_GENERIC = blind._GENERIC | probe._GENERIC | {"Ffordd", "Lôn", "Stryd", "Heol", "Maes", "Cae", "Rhodfa'r", "Môr", "Pen", "y",
                                              "Ysgol", "Uwchradd", "Gynradd", "Glan", "Canolfan", "Neuadd", "Dref", "Ystafell",
                                              "Llys", "Tŷ", "Plas", "Cwrt", "Felin", "Farm", "Cottage", "Mill", "Lower", "Old",
                                              "Rectory", "Church", "Long", "East", "Without", "Shore", "Heights", "Quay", "Point",
                                              "Apartments", "Lofts", "Link", "Priory", "Wharf", "Marina", "Tower", "Uchaf", "Wen",
                                              "Mynydd", "Newydd", "Glas", "Mawr", "Military", "Bridge", "Brook", "Rise", "Vale",
                                              "Walk", "Heath", "Grange", "Park", "Road", "Drive", "Close", "Crescent", "Avenue"}
_PLACE_WORDS = {w for text in [t for t, *_ in LOCAL + AWAY] + [w for s in STREETS.values() for w in s]
                + [b for s in BLOCKS.values() for b in s] + [" ".join(r) for s in RURAL.values() for r in s]
                + SCHOOLS + PRIMARY + PRISONS + COURTS + VENUES
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
INWARD = blind.INWARD
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # registration letters: no I or Q
FORCES = {"M": ("Merseyside Police", "merseyside.police.uk"), "C": ("Cheshire Constabulary", "cheshire.police.uk"),
          "W": ("North Wales Police", "northwales.police.uk"), "NI": ("PSNI", "psni.police.uk"),
          "S": ("Police Scotland", "scotland.police.uk"), "SW": ("South Wales Police", "south-wales.police.uk")}
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "sky.com",
        "live.co.uk", "virginmedia.com", "talktalk.net", "me.com", "googlemail.com", "hotmail.com", "aol.com"]
MAIL_BY_ORIGIN = {"irish": ["eircom.net", "gmail.com"], "polish": ["wp.pl", "o2.pl", "gmail.com"], "romanian": ["yahoo.ro", "gmail.com"],
                  "portuguese": ["sapo.pt", "gmail.com"]}
NI_VRM = ["AZ", "BZ", "CZ", "DZ", "FZ", "GZ", "HZ", "IA", "IB", "IG", "IJ", "IL", "IW", "JZ", "KZ", "LZ", "MZ", "NZ", "OI", "PZ",
          "RZ", "SZ", "TZ", "UI", "UZ", "WZ", "XI", "YZ"]
MEMORY = {"M": "M", "C": "M", "W": "C", "NI": "M", "S": "S", "SW": "C"}
AGE_ID = ["05", "55", "08", "58", "11", "61", "14", "64", "15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20", "70", "21",
          "71", "22", "72", "23", "73", "24", "74", "25"]
PREFIX = "ABCDEFGHJKLMNPRSTVWXY"


def _banned() -> set[str]:
    """Every word of a name in the other parts' pools, the staff, the trap words and the places."""
    banned = blind._other_parts_words() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS
    for pools in (blind.UK, blind.OTHER, probe.UK, probe.OTHER):
        for fem, mal, last in pools.values():
            for n in (*fem, *mal, *last):
                banned |= _words(n)
    for nick in (blind.NICKNAMES, probe.NICKNAMES):
        banned |= {w for k, n in nick.items() for w in _words(k) | _words(n)}
    banned |= {w for d in (blind.IRISH_FEMININE, probe.IRISH_FEMININE) for v in d.values() for w in _words(v)}
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


def _ascii(s: str) -> str:
    return blind._ascii(s.replace("ł", "l").replace("Ł", "L"))


class Names:
    """Draws (first, last, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        import warnings

        from faker import Faker

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.uk, self.other_pools, self.dropped = _pools()
        self.other = _banned()
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        if not self.deck:
            self.deck = ["uk"] * 13 + ["other"] * 4 + ["faker"] * 3
            rng.shuffle(self.deck)
        return self.deck.pop()

    def _faker(self, o: str, rng: random.Random, female: bool, stem: str | None) -> tuple[str, str]:
        fk = self.fakers[o]
        fk.seed_instance(rng.randint(0, 10**9))
        first = fk.first_name_female() if female else fk.first_name_male()
        if o == "es":
            return first.split()[0], stem or fk.last_name().split()[0]
        last = stem or fk.last_name_male()
        table, mid = (UA, UA_MID) if o == "uk_UA" else (MK, None)
        first = _translit(first, table, mid)
        last = _translit(last, table, mid) if stem is None else stem
        return first, last

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, stem: str | None = None) -> tuple[str, str, str]:
        """A first name and a surname stem (masculine form); with ``stem`` only the first name is drawn."""
        src = None
        for _ in range(300):
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
                first, last = rng.choice(fem if female else mal), stem or rng.choice(surnames)
            else:
                first, last = self._faker(o, rng, female, stem)
            words = _words(first) | _words(last)
            if o not in self.uk and o not in self.other_pools and words & (self.other | TRAP_WORDS):
                continue
            if not (_latin(first) and _latin(last)) or words & (_STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS) or first == last:
                continue
            if len(first) < 3 or len(last) < 3:
                continue
            return first, last, o
        raise RuntimeError("no name")


def _feminine(origin: str, stem: str) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(stem, stem)
    if origin == "polish":
        return POLISH_FEMININE.get(stem, stem)
    if origin in ("mk_MK", "uk_UA"):
        for m, f in (("ski", "ska"), ("skyi", "ska"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("kyi", "ka"), ("yi", "a")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    return stem


# ------------------------------------------------------------------------------------------ identifiers


def _mobiles(rng: random.Random) -> dict[str, str]:
    d = f"7{rng.choice(['4', '5', '7', '8', '9'])}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    return {
        "sp": f"0{d[:4]} {d[4:]}", "sp3": f"0{d[:4]} {d[4:7]} {d[7:]}", "dash": f"0{d[:4]}-{d[4:]}", "tight": f"0{d}",
        "intl": f"+44 {d[:4]} {d[4:]}", "intl0": f"+44 (0){d[:4]} {d[4:]}", "zz": f"0044 {d[:4]} {d[4:]}",
        "dot": f"0{d[:4]}.{d[4:7]}.{d[7:]}", "plus": f"+44{d}", "344": f"0{d[:2]} {d[2:6]} {d[6:]}", "br": f"(0{d[:4]}) {d[4:]}",
        "pairs": f"0{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", "intl3": f"+44 {d[:4]} {d[4:7]} {d[7:]}",
    }


def _landlines(rng: random.Random, code: str) -> dict[str, str]:
    if code.startswith("02"):  # 028 and 029: eight-digit local numbers
        local = f"{code[3:]}{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
        return {"std": f"{code[:3]} {local[:4]} {local[4:]}", "br": f"({code[:3]}) {local[:4]} {local[4:]}", "old": f"{code} {local[2:]}",
                "tight": f"{code[:3]}{local}", "intl": f"+44 {code[1:3]} {local[:4]} {local[4:]}", "dash": f"{code[:3]}-{local[:4]}-{local[4:]}",
                "intl0": f"+44 (0){code[1:3]} {local[:4]} {local[4:]}"}
    if len(code) == 4:  # 0151, 0131, 0141: seven-digit local numbers
        local = f"{rng.randint(2, 8)}{rng.randint(100000, 999999)}"
        return {"std": f"{code} {local[:3]} {local[3:]}", "br": f"({code}) {local[:3]} {local[3:]}", "dash": f"{code}-{local[:3]}-{local[3:]}",
                "tight": f"{code}{local}", "intl0": f"+44 (0){code[1:]} {local[:3]} {local[3:]}", "old": f"{code} {local}",
                "intl": f"+44 {code[1:]} {local[:3]} {local[3:]}"}
    local = f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
    return {"std": f"{code} {local}", "br": f"({code}) {local}", "dash": f"{code}-{local}", "tight": f"{code}{local}",
            "intl0": f"+44 (0){code[1:]} {local}", "old": f"{code} {local[:3]} {local[3:]}", "intl": f"+44 {code[1:]} {local}"}


def dvla(last: str, first: str, middle: str, dob: dt.date, female: bool, rng: random.Random) -> str:
    """A DVLA driver number: surname, decade, month (+50 for women), day, year, initials, a digit, two check letters."""
    sur = re.sub(r"[^A-Z]", "", _ascii(last).upper())
    if sur.startswith("MAC"):
        sur = "MC" + sur[3:]
    sur = (sur + "99999")[:5]
    month = dob.month + (50 if female else 0)
    init = (first[0] + (middle[0] if middle else "9")).upper()
    return f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{_ascii(init)}9{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}"


def hc_number(rng: random.Random) -> str:
    """A Northern Irish Health and Care number: 320 000 001 to 399 999 999, with the NHS number's mod-11 check digit."""
    while True:
        digits = [3, rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _passport_foreign(rng: random.Random, origin: str) -> tuple[str, str]:
    """(nationality, passport number) in the style of the country for someone of this origin."""
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return {
        "polish": ("Polish", f"E{rng.choice('ABCDEFGHJK')}{digits(7)}"), "romanian": ("Romanian", f"0{digits(8)}"),
        "nigerian": ("Nigerian", f"A{digits(8)}"), "pakistani": ("Pakistani", f"{up(2)}{digits(7)}"),
        "filipino": ("Philippine", f"P{digits(7)}{rng.choice('ABC')}"), "vietnamese": ("Vietnamese", f"{rng.choice('BCN')}{digits(7)}"),
        "portuguese": ("Portuguese", f"C{up(1)}{digits(6)}"), "irish": ("Irish", f"P{up(1)}{digits(7)}"),
        "ulster": ("Irish", f"P{up(1)}{digits(7)}"), "somali": ("Somali", f"P{digits(8)}"), "kurdish": ("Iraqi", f"A{digits(8)}"),
        "bangladeshi": ("Bangladeshi", f"{up(2)}{digits(7)}"), "uk_UA": ("Ukrainian", f"{up(2)}{digits(6)}"),
        "mk_MK": ("Macedonian", f"M{digits(7)}"), "es": ("Spanish", f"{up(3)}{digits(6)}"), "roma": ("Slovak", f"{up(2)}{digits(7)}"),
    }.get(origin, ("British", str(rng.randint(100000000, 699999999))))


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None, region: str = "local", home: str | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        if rel is not None:
            first, stem, o = names.draw(rng, self.female, origin=rel.origin, stem=rel.stem)
        else:
            first, stem, o = names.draw(rng, self.female, origin=origin)
        self.origin, self.stem = o, stem
        self.first = first
        self.last = _feminine(o, stem) if self.female else stem
        self.nick = NICKNAMES.get(first, first)
        middle_pool = ["Ann", "Marie", "Louise", "Jane", "Elizabeth", "Grace"] if self.female else ["James", "John", "Paul", "Anthony", "Lee", "David"]
        self.middle = rng.choice(middle_pool) if rng.random() < 0.35 else ""
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        pool = {"local": LOCAL, "away": AWAY, "ni": [t for t in AWAY if t[3] == "NI"], "scot": [t for t in AWAY if t[3] == "S"],
                "swales": [t for t in AWAY if t[3] == "SW"], "wales": [t for t in LOCAL if t[3] == "W"],
                "merseyside": [t for t in LOCAL if t[3] == "M"], "cheshire": [t for t in LOCAL if t[3] == "C"]}[region]
        town, districts, code, force = rng.choice(pool)
        self.force_key = force
        self.town, self.district = town, rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS[force])
        home = home or rng.choices(["house", "flat", "apt", "letter", "rural"], weights=[55, 18, 7, 8, 12])[0]
        if home == "rural" and force not in RURAL:
            home = "house"
        if force == "S" and home in ("flat", "apt"):
            home = "scot"
        if home in ("flat", "apt") and force not in BLOCKS:
            home = "house"
        self.line1 = ""
        if home == "house":
            self.addr = f"{rng.randint(1, 160)} {self.street}"
        elif home == "letter":
            self.addr = f"{rng.randint(1, 90)}{rng.choice('ab')} {self.street}"
        elif home == "flat":
            self.line1 = f"Flat {rng.randint(1, 30)}, {rng.choice(BLOCKS[force])}"
            self.addr = f"{self.line1}, {rng.randint(2, 120)} {self.street}"
        elif home == "apt":
            self.line1 = f"Apt {rng.randint(1, 80)}, {rng.choice(BLOCKS[force])}"
            self.addr = f"{self.line1}, {self.street}"
        elif home == "scot":
            self.line1 = f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}"
            self.addr = f"{self.line1}, {rng.randint(2, 400)} {self.street}"
        else:  # a house name and a lane; the village and post town stay with the town
            house, lane, village, district, code = rng.choice(RURAL[force])
            self.line1 = house
            self.addr = f"{house}, {lane}"
            self.street = lane
            self.town, self.district = village, district
            self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.line2 = self.addr[len(self.line1) + 2:] if self.line1 else self.addr
        self.mob = _mobiles(rng)
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp", "sp3", "tight", "intl", "dash", "pairs"])]
        self.lands = _landlines(rng, code)
        self.landline = self.lands[rng.choice(["std", "std", "br", "old", "dash"])]
        fa = re.sub(r"[^a-z]", "", _ascii(first).lower())
        la = re.sub(r"[^a-z]", "", _ascii(self.last).lower())
        yy = f"{self.dob.year % 100:02d}"
        nick = re.sub(r"[^a-z]", "", _ascii(self.nick).lower())
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{fa}_{la}", f"{la}{fa[0]}{rng.randint(1, 99)}", f"{fa[0]}.{la}",
                            f"{nick}{yy}", f"{fa}x{la}", f"{la}.{fa}.{yy}", f"{fa}{rng.randint(100, 999)}", f"{nick}.{la}"])
        domain = rng.choice(MAIL_BY_ORIGIN.get(o, MAIL) if rng.random() < 0.5 else MAIL)
        self.email = f"{local}@{domain}"
        self.email_plus = f"{fa}.{la}+{rng.choice(['rj', 'council', 'mediation', 'school', 'claims'])}@gmail.com"
        self.email_dots = f"{fa}.{self.middle[0].lower() if self.middle else la[0]}.{la if self.middle else yy}@{rng.choice(['gmail.com', 'googlemail.com', 'btinternet.com'])}"
        self.work = f"{fa}.{la}" if rng.random() < 0.7 else f"{fa[0]}{la}"
        self.nhs = nhs_number(rng) if force != "NI" else hc_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 699999999))
        self.nationality, self.passport_for = _passport_foreign(rng, o)
        self.licence = dvla(self.last, first, self.middle, self.dob, self.female, rng)
        self.licence_issue = f"{rng.randint(10, 99)}"
        self.licence_ni = f"{rng.randint(1, 9)}{rng.randint(1000000, 9999999)}"
        mem = MEMORY[force]
        self.vrm = f"{mem}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_old = f"{rng.choice(PREFIX[10:])}{rng.randint(1, 999)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_suf = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 999)}{rng.choice(PREFIX[:20])}"
        self.vrm_ni = f"{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(NI_VRM)} {rng.randint(100, 9999)}"
        self.vrm_dl = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 99)}"
        self.prison = f"{rng.choice('AAAG')}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(20, 240)))

    def near(self, other: Person, rng: random.Random) -> None:
        """Move next door to (or round the corner from) another person."""
        self.town, self.district, self.street, self.force_key = other.town, other.district, other.street, other.force_key
        self.postcode = f"{self.district} {other.postcode.split()[1][0]}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.addr = self.line2 = f"{rng.randint(1, 160)} {self.street}"
        self.line1 = ""
        code = next((c for t, _, c, _ in LOCAL + AWAY if t == self.town), None)
        if code:
            self.lands = _landlines(rng, code)
            self.landline = self.lands["std"]

    def police(self, rng: random.Random, when: dt.date) -> None:
        """References for an incident on or about ``when``, in the styles of the person's force."""
        f = self.force_key
        self.force, self.force_domain = FORCES[f]
        serial, n, n2 = rng.randint(1, 1800), rng.randint(1000, 999999), rng.randint(100, 99999)
        mon = when.strftime("%b").upper()
        self.when = when
        self.inc = f"{serial} of {when:%d/%m/%Y}"
        code = {"M": "05", "C": "07", "W": "60", "NI": "NI", "S": "PS", "SW": "62"}[f]
        self.urn = f"{code}{rng.choice(['BK', 'LV', 'WA', 'CH', 'RH', 'BN', 'BT', 'GW'])}{n2:05d}{when:%y}"
        if f == "M":
            self.crime = f"CRI/{when:%Y}/{n:06d}"
            self.log = f"{serial:04d} {when.day}/{when.month}"
            self.cust = f"MP/{rng.choice(['BK', 'SA', 'WV', 'ST', 'MA'])}/{n2:05d}/{when:%y}"
            self.occ = f"{when:%y}MP{rng.randint(10**6, 10**7 - 1)}"
            self.cad = f"{serial:04d}-{when:%d%m%y}"
        elif f == "C":
            self.crime = f"CC{when:%y}{rng.randint(100000, 999999):06d}"
            self.log = f"{when:%Y}-{when:%m%d}-{serial:04d}"
            self.cust = f"CH-{rng.choice(['BLA', 'RUN', 'MID', 'WAR'])}-{when:%y}-{n2:05d}"
            self.occ = f"{when:%y}*{n:06d}"
            self.cad = f"CAD {serial} {when.day}{mon.title()}{when:%y}"
        elif f == "W":
            self.crime = f"NWP/{when:%Y}/{n:06d}"
            self.log = f"NW-{when:%Y%m%d}-{serial:04d}"
            self.cust = f"NW/{rng.choice(['LLAN', 'WRX', 'CAE', 'STA'])}/{when:%y}/{n2:04d}"
            self.occ = f"STORM {serial:04d} {when.day:02d}{mon}{when:%y}"
            self.cad = f"{serial:04d}/{when:%d%m%y}"
        elif f == "NI":
            self.crime = f"CC{when:%Y%m%d}{serial:05d}"
            self.log = f"{serial} of {when:%d/%m/%y}"
            self.cust = f"{rng.choice(['MUSG', 'ANTR', 'STRA', 'LURG'])}/{when:%y}/{n2:05d}"
            self.occ = f"CW{when:%Y%m%d}{serial:04d}"
            self.cad = f"Serial {serial} {when:%d/%m/%y}"
        elif f == "S":
            self.crime = f"CR/{n2:05d}/{when:%y}"
            self.log = f"PS-{when:%Y%m%d}-{serial:04d}"
            self.cust = f"GC/{when:%y}/{n2:05d}"
            self.occ = f"PS-{when:%Y%m%d}-{serial:04d}"
            self.cad = f"{serial:04d} {when:%d/%m}"
        else:
            self.crime = f"{when:%y}{rng.randint(10**7, 10**8 - 1)}"
            self.log = f"SWP-{when:%y%m%d}-{serial:03d}"
            self.cust = f"CF/{n2:05d}/{when:%y}"
            self.occ = f"{when:%y}{rng.randint(10**7, 10**8 - 1)}"
            self.cad = f"{serial} {when:%d%m%y}"


def _fields(p: Person, r: str) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    dob, nhs, ni, dl = p.dob, p.nhs, p.ni, p.licence
    title = "Mr" if not p.female else ("Miss" if p.age < 18 else "Ms" if p.age < 30 or sum(map(ord, p.first)) % 3 == 0 else "Mrs")
    pc = p.postcode
    return {
        r: p.first, f"{r}_last": p.last, f"{r}_full": f"{p.first} {p.last}", f"{r}_nick": p.nick, f"{r}_caps": p.last.upper(),
        f"{r}_fcaps": f"{p.first} {p.last}".upper(), f"{r}_rev": f"{p.last}, {p.first}", f"{r}_revcaps": f"{p.last.upper()}, {p.first}",
        f"{r}_lower": f"{p.first} {p.last}".lower(), f"{r}_flow": p.first.lower(), f"{r}_init": f"{p.first[0]}. {p.last}",
        f"{r}_si": f"{p.first} {p.last[0]}.", f"{r}_title": title, f"{r}_tl": f"{title} {p.last}", f"{r}_tfull": f"{title} {p.first} {p.last}",
        f"{r}_mid": f"{p.first} {p.middle} {p.last}" if p.middle else f"{p.first} {p.last}",
        f"{r}_midcaps": (f"{p.last.upper()}, {p.first} {p.middle}" if p.middle else f"{p.last.upper()}, {p.first}"),
        f"{r}_middle": p.middle,
        # dates of birth
        f"{r}_dob": dob.strftime("%d/%m/%Y"), f"{r}_dobnp": f"{dob.day}/{dob.month}/{dob.year}", f"{r}_dobo": f"{_ordinal(dob.day)} {dob.strftime('%B %Y')}",
        f"{r}_dobof": f"{_ordinal(dob.day)} of {dob.strftime('%B %Y')}", f"{r}_dobmon": f"{dob.day} {dob.strftime('%b %Y')}",
        f"{r}_dobiso": dob.isoformat(), f"{r}_dobyy": dob.strftime("%d/%m/%y"), f"{r}_dobdot": dob.strftime("%d.%m.%y"),
        f"{r}_dobdot4": dob.strftime("%d.%m.%Y"), f"{r}_dobdash": f"{dob.day}-{dob.strftime('%b-%Y')}",
        f"{r}_dobhy": dob.strftime("%d-%m-%Y"), f"{r}_dobus": f"{dob.strftime('%B')} {dob.day}, {dob.year}",
        f"{r}_dobl": f"{dob.day} {dob.strftime('%B %Y')}", f"{r}_dobshort": f"{dob.day}/{dob.month}/{dob.strftime('%y')}",
        f"{r}_dobcaps": f"{dob.day:02d} {dob.strftime('%b').upper()} {dob.year}", f"{r}_dobcompact": dob.strftime("%Y%m%d"),
        f"{r}_dobpnc": f"{dob.day:02d}{dob.strftime('%b').upper()}{dob.strftime('%y')}", f"{r}_dobsl": dob.strftime("%Y/%m/%d"),
        f"{r}_age": str(p.age), f"{r}_yo": f"{p.age}yo", f"{r}_yrs": f"{p.age} yrs", f"{r}_aage": f"{'an' if p.age in (8, 11, 18) or 80 <= p.age < 90 else 'a'} {p.age}-year-old",
        # addresses
        f"{r}_addr": p.addr, f"{r}_line1": p.line1, f"{r}_line2": p.line2, f"{r}_street": p.street, f"{r}_town": p.town,
        f"{r}_pc": pc, f"{r}_pclow": pc.lower(), f"{r}_pctight": pc.replace(" ", ""), f"{r}_pctl": pc.replace(" ", "").lower(),
        f"{r}_district": p.district, f"{r}_addrlow": p.addr.lower(),
        # phones and emails
        f"{r}_mob": p.mobile, **{f"{r}_mob_{k}": v for k, v in p.mob.items()},
        f"{r}_land": p.landline, **{f"{r}_land_{k}": v for k, v in p.lands.items()},
        f"{r}_email": p.email, f"{r}_email_plus": p.email_plus, f"{r}_email_dots": p.email_dots, f"{r}_work": p.work,
        # numbers
        f"{r}_nhs": nhs, f"{r}_nhssp": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{r}_nhsdash": f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}",
        f"{r}_ni": ni, f"{r}_nitight": ni.replace(" ", ""), f"{r}_nilow": ni.replace(" ", "").lower(), f"{r}_nilowsp": ni.lower(),
        f"{r}_ni6": f"{ni[:2]} {ni[3:5]}{ni[6:8]}{ni[9:11]} {ni[-1]}", f"{r}_nidash": ni.replace(" ", "-"),
        f"{r}_pp": p.passport, f"{r}_ppfor": p.passport_for, f"{r}_nat": p.nationality,
        f"{r}_dl": dl, f"{r}_dlsp": f"{dl[:5]} {dl[5:11]} {dl[11:]}", f"{r}_dlcard": f"{dl} {p.licence_issue}", f"{r}_dllow": dl.lower(),
        f"{r}_dlni": p.licence_ni, f"{r}_dlnisp": f"{p.licence_ni[:4]} {p.licence_ni[4:]}",
        f"{r}_vrm": p.vrm, f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_vrmlow": p.vrm.lower(), f"{r}_vrmold": p.vrm_old,
        f"{r}_vrmsuf": p.vrm_suf, f"{r}_vrmni": p.vrm_ni, f"{r}_vrmdl": p.vrm_dl, f"{r}_vrmnitight": p.vrm_ni.replace(" ", ""),
        f"{r}_pris": p.prison, f"{r}_prislow": p.prison.lower(), f"{r}_prissp": f"{p.prison[:5]} {p.prison[5:]}",
        f"{r}_crime": p.crime, f"{r}_log": p.log, f"{r}_cust": p.cust, f"{r}_occ": p.occ, f"{r}_cad": p.cad, f"{r}_inc": p.inc, f"{r}_urn": p.urn,
        f"{r}_force": p.force, f"{r}_fd": p.force_domain, f"{r}_pdate": p.when.strftime("%d/%m/%y"),
        f"{r}_pdatew": f"{p.when.strftime('%A')} {p.when.day} {p.when.strftime('%B')}",
        # words
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy", f"{r}_parent": "mum" if p.female else "dad",
        f"{r}_partner": "wife" if p.female else "husband", f"{r}_sib": "sister" if p.female else "brother",
        f"{r}_gp": "nan" if p.female else "grandad", f"{r}_lad": "girl" if p.female else "lad",
    }


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None) -> dict[str, str]:
    """The values for one document: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [near=role] [nick] [region=...] [home=...]"; kinds are
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
        region = rng.choice(opts["region"].split("|")) if "region" in opts else "local"
        home = rng.choice(opts["home"].split("|")) if "home" in opts else None
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, region=region, home=home)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            clash = p.first in taken_first or p.nick in taken_first or (rel is None and _words(p.last) & taken_last)
            if not clash and ("nick" not in words or p.nick != p.first) and ("mid" not in words or p.middle):
                break
        if "near" in opts:
            p.near(people[opts["near"]], rng)
        if rel is not None and "samehome" in words:
            for a in ("town", "district", "postcode", "street", "addr", "line1", "line2", "force_key", "landline", "lands"):
                setattr(p, a, getattr(rel, a))
        people[r] = p
    for p in people.values():
        avoid |= {p.first, p.nick} | _words(p.last)
    staff = rng.sample(STAFF, 3)
    dates = [dt.date(2025, rng.randint(3, 10), rng.randint(1, 28))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 15)))
    dates = [d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates]
    for i in range(1, len(dates)):
        while dates[i] <= dates[i - 1] or dates[i].weekday() >= 5:
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(14, 120))
    v: dict[str, str] = {}
    for r, p in people.items():
        p.police(rng, offence + dt.timedelta(days=rng.randint(0, 3)))
        v.update(_fields(p, r))
    school, school2 = rng.sample(SCHOOLS, 2)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN, "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2025-{rng.randint(2001, 2400):04d}", "case2": f"NMT-2025-{rng.randint(2401, 2700):04d}",
        "rjref": f"RJ-2025-{rng.randint(100, 480):04d}", "invoice": nhs_number(rng), "inv": f"INV-25-{rng.randint(100, 999):04d}",
        "po": f"PO-NMT-25-{rng.randint(300, 700):04d}", "minute": f"{rng.randint(20, 99)}/25", "asb": f"ASB/{rng.choice(['WIR', 'CWC', 'CON', 'DEN'])}/25/{rng.randint(10, 999):04d}",
        "school": school, "school2": school2, "primary": rng.choice(PRIMARY), "prison": rng.choice(PRISONS),
        "venue": rng.choice(VENUES), "court": rng.choice(COURTS),
        "odate": offence.strftime("%d/%m/%Y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}", "odate_w": offence.strftime("%A"),
        "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "n3": str(rng.randint(2, 12)),
        "n4": str(rng.randint(120, 460)), "pct": str(rng.randint(61, 96)),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"ds{i + 1}"] = d.strftime("%d/%m/%y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
        v[f"dd{i + 1}"] = d.strftime("%a %d %b")
        v[f"di{i + 1}"] = d.isoformat()
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


# ------------------------------------------------------------------------------------------ documents

DIARY = """Diary of incidents - kept by {{n|$r_full}}, {{addr|$r_addr}}, $r_town {{pc|$r_pclow}}
(The housing officer, {{n|$c_full}}, asked me to write everything down with the date and time. Their case number is $asb.)
$r_pdatew, 10.50pm. Car doors slamming outside for half an hour. The silver Astra, reg {{vrm|$b_vrm}}, parked across my dropped kerb again. It is {{n|$b_full}}'s car; he stays at number {{addr|$n_addr}} with {{n|$n_full}}.
$r_pdatew, 11.35pm. Rang 101. The call handler gave me log {{pol|$r_log}}.
$dw2, 4.15pm. {{n|$y}} (her lad, he's {{age|$y_age}}) and his mate {{n|$z_nick}} threw eggs at my front window. I know {{n|$y}} is at {{sch|$school}} from his blazer. {{n|$z_nick}} went off on an electric scooter.
$dw2, 4.40pm. PCSO came out. She wrote the crime number on the back of her card: {{pol|$r_crime}}.
$dw3, 7.20am. Black Transit van, {{vrm|$b_vrmold}}, reversed into my wall. Same man. I have it on my doorbell camera (the camera company is Ring, not the police).
$dw3, evening. A note through the door saying my son {{n|$s}} is a "queer" and that we should move. My son {{sc|is gay}} and he does not even live here. I am keeping the note for the police.
$dw4, 9.05am. PC {{n|$o_full}} came round about the note. He said it is being treated as a {{sc|hate incident}} and gave me another reference, {{pol|$r_occ}}. He told me {{n|$b_last}} {{sc|has been in trouble before for harassment}} but I am not supposed to know that.
$dw5. I am staying at my daughter {{n|$d_full}}'s some nights ({{addr|$d_addr}}, {{pc|$d_pctight}}, house phone {{tel|$d_land_br}}). If anything happens while I am away my neighbour on the other side will text me on {{tel|$r_mob_dot}}.
$dw6. Letter from the mediation service ($org, phone $org_phone). I said I would meet {{n|$n}} but not {{n|$b}}.
Signed {{n|$r_init}}
"""

ASB_FILE = """@header Cheshire West and Chester Council | Housing Services | OFFICIAL - SENSITIVE | Case $asb
Anti-social behaviour case file - summary for the mediation referral
Case officer: {{n|$ho_full}} ({{em|$ho_work@cheshirewestandchester.gov.uk}}, direct line {{tel|$ho_land_std}}). Council switchboard 0300 123 8123.
¦Party¦Name¦D.O.B.¦NI no.¦Address¦Contact
¦Complainant¦{{n|$a_tfull}}¦{{dob|$a_dobdot4}}¦{{ni|$a_ni}}¦{{addr|$a_addr}}, $a_town, {{pc|$a_pc}}¦{{tel|$a_land_br}} / mob {{tel|$a_mob_tight}}
¦Household¦{{n|$k_full}} (son)¦{{dob|$k_dobiso}}¦-¦As above¦-
¦Alleged perpetrator¦{{n|$b_revcaps}}¦{{dob|$b_dobdash}}¦{{ni|$b_nitight}}¦{{addr|$b_addr}}, {{pc|$b_pctight}}¦{{tel|$b_mob_sp3}}; {{em|$b_email}}
¦Alleged perpetrator¦{{n|$b2_full}}¦{{dob|$b2_dobl}}¦{{ni|$b2_ni6}}¦Same address¦{{tel|$b2_mob_intl0}}
Chronology (from the complaint log)
$d1: {{n|$a_tl}} reported loud music and shouting from next door until 3am. Noise app recording received.
$d2: Joint visit with PCSO {{n|$pc_full}}. {{n|$b}} said {{n|$a}}'s son {{n|$k}} had {{sc|scratched his van}} ({{vrm|$b_vrm}}). Cheshire Police occurrence {{pol|$b_occ}} refers.
$d3: {{n|$a_tl}} rang in distress. She {{sc|is being treated for anxiety and depression}} and says she cannot sleep. Police attended, {{pol|$a_cad}}.
$d4: Acceptable behaviour agreement offered to both households. Both agreed to mediation instead.
@tracked Referral to $org accepted on $d5 (their ref $case). ¦ Note: {{n|$b2}} disclosed that {{n|$b}} {{sc|has a conviction for ABH from 2019}}.
Risk: no weapons known. Dog at the perpetrators' address (Staffordshire bull terrier). Visit in pairs.
Tenancy: both secure tenants since 2016. Rent account reference not included.
@comment {{n|$tl_full}} (team leader): please take out the line about {{n|$b}}'s conviction before this goes to Northmoor.
@comment $staff: thank you - we only need contact details and the chronology.
"""

GP_LETTER = """Ffordd Penrhos Medical Practice
Ffordd Penrhos, Bangor, Gwynedd LL57 2EE
Tel 01248 370 900 | Fax 01248 370 901 | Practice code W94012
$dl2
To whom it may concern - Restorative justice referral
Re: {{n|$p_tfull}}
D.O.B.: {{dob|$p_dobdot4}}
NHS No.: {{nhs|$p_nhssp}}
Address: {{addr|$p_addr}}, $p_town, {{pc|$p_pc}}
Mob: {{tel|$p_mob_344}}
I am writing at the request of my patient, who wishes to take part in a restorative meeting with the young man who {{sc|assaulted him}} outside the Co-op on $odate_l.
{{n|$p_tl}} has been registered with this practice since 2011. Since the assault he has {{sc|suffered from panic attacks and low mood}} and {{sc|has been prescribed sertraline 50mg}}. He also {{sc|has type 2 diabetes}}, which is well controlled. He tells me he finds it hard to leave the house after dark.
In my opinion he has capacity to consent to the process and would benefit from it, provided that the meeting is in the daytime and that his wife, {{n|$w_full}}, can be with him. She is his next of kin (mobile {{tel|$w_mob_intl0}}).
He has asked me to mention that he {{sc|is a Jehovah's Witness}} and would prefer the meeting not to be on a weekday evening, when he attends the Kingdom Hall.
Please contact me through the practice manager if you need anything further.
Yours faithfully
Dr {{n|$g_full}}
GMC 7123984
@footnote Practice list size 9,240. This letter does not contain the full medical record; a fee is not charged for it.
"""

CUSTODY_REFERRAL = """@header Liaison and Diversion Service - Merseyside - referral from custody
LIAISON AND DIVERSION: CUSTODY REFERRAL
Custody suite: Wavertree. Custody no. {{pol|$a_cust}}. Arrest time 02:14, $d1.
¦Surname¦{{n|$a_caps}}
¦Forename(s)¦{{n|$a $a_middle}}
¦DOB¦{{dob|$a_dobpnc}}
¦NHS no.¦{{nhs|$a_nhsdash}}
¦Address¦{{addr|$a_addr}}, $a_town {{pc|$a_pc}}
¦Phone¦{{tel|$a_mob_zz}}
¦Next of kin¦{{n|$m_full}} (mother), {{tel|$m_land_std}}
¦Property¦Phone, wallet, $a_nat passport no. {{pp|$a_ppfor}}
¦Previous custody¦{{sc|Yes - HMP Liverpool 2022}}, prison no. {{pris|$a_pris}}
¦GP¦Dr {{n|$g_last}}, Kelvin Grove Health Centre (0151 295 3030)
Reason for arrest: {{sc|suspected criminal damage to a bus shelter and assault on an emergency worker}}, crime {{pol|$a_crime}}.
Presentation: tearful, said he had not slept for three days. He {{sc|has a diagnosis of bipolar disorder}} and {{sc|stopped taking lithium}} a month ago. He also {{sc|drinks around 20 units a day}}.
Screening by L&D practitioner {{n|$ld_full}} (band 6 nurse). Seen with the FME present.
Outcome: {{sc|referred to the home treatment team}}. {{n|$a}} has agreed to a referral to $org so that he can apologise to the bus driver, {{n|$v_full}}, who was hit on the arm.
Safeguarding: he lives with his partner {{n|$p_full}}, who {{sc|is 30 weeks pregnant}}. No children in the household yet.
@comment $staff: the driver works for Arriva; contact via their depot, not his home.
"""

VPS = """VICTIM PERSONAL STATEMENT (extract) - copied for restorative preparation with the victim's consent
Statement of: {{n|$v_fcaps}}
Age if under 18: over 18.  Occupation: care worker
URN {{pol|$a_urn}}
I want the court and {{n|$a_full}} to know how the burglary at my home on $odate_l has affected me and my family.
I live at {{addr|$v_addr}} with my two children, {{n|$c1}} who is {{age|$c1_age}} and {{n|$c2}} who is {{age|$c2_age}}. {{n|$c1}} was the one who came downstairs and saw the man in the kitchen. Since then {{n|$c1}} {{sc|has been wetting the bed}} and {{sc|has been referred to CAMHS}}. {{n|$c2}} will not sleep in her own room.
I {{sc|have epilepsy}} and the stress has brought on two seizures, which meant I could not drive for six months. I lost shifts at work as a result.
The man took my late husband {{n|$h}}'s watch. It cannot be replaced. He also took my purse with my driving licence in it, {{dl|$v_dlsp}}, and my bank cards, so I had to cancel everything the next morning. {{n|$c1}}'s passport, {{pp|$c1_pp}}, was in the same drawer and has gone too.
I am a {{sc|practising Catholic}} and my faith tells me to forgive. I am willing to meet {{n|$a}} if it will help him to understand, but I want to know first that he will not come near my house again.
I understand that this statement may be read in court.
Signed: {{n|$v_init}}   Dated: $d2
"""

INVITE = """$org
$org_address | Helpline $org_phone | www.$org_domain
Our ref: $rjref
Your police ref: {{pol|$v_crime}}
$dl3
{{n|$v_tfull}}
{{addr|$v_line1}}
{{addr|$v_line2}}
$v_town
{{pc|$v_pctl}}
Dear {{n|$v_tl}},
Invitation to a restorative conference
Thank you for meeting me on $dl2. As we discussed, {{n|$a_full}} has agreed to meet you, and I am writing to invite you to a restorative conference on $dw5 at 10.30am at $venue.
The conference will be led by me and my colleague $staff2. PC {{n|$o_full}}, the officer who dealt with the {{sc|burglary of your garage}} on $odate_l, has also been invited. You are welcome to bring a supporter; you mentioned your brother {{n|$s_full}}.
You told me that you {{sc|use a wheelchair}}. The room is on the ground floor and there is an accessible toilet. If you would like a taxi, please ring me and I will book one to collect you from home.
{{n|$a}} is {{age|$a_age}} and will come with his father. He knows that you may want to ask him why he chose your garage.
If you change your mind at any point, that is fine. You can ring me on $org_phone or email me at $staff_email.
Yours sincerely
$staff
Restorative Justice Facilitator
cc PC {{n|$o_full}} ({{em|$o_work@$o_fd}})
"""

PSR = """@header OFFICIAL SENSITIVE - The Probation Service - Pre-sentence report (extract for the restorative justice service)
Pre-sentence report: extract (sections 1 and 3)
¦Name¦{{n|$a_midcaps}}
¦Date of birth¦{{dob|$a_dobo}}
¦Age¦{{age|$a_age}}
¦Address¦{{addr|$a_addr}}, $a_town {{pc|$a_pc}}
¦Prison number (remand)¦{{pris|$a_pris}}
¦Court¦Mold Crown Court
¦Offences¦{{sc|Driving with excess alcohol; dangerous driving; failing to stop after an accident}}
¦Author¦{{n|$po_full}}, Probation Officer
1. Sources of information
Interview with {{n|$a_last}} at HMP Berwyn by video link on $dl2. CPS case summary (URN {{pol|$a_urn}}). Victim personal statement of {{n|$v_tfull}}. Police national computer printout. Letter from his employer. DVLA driver record, licence {{dl|$a_dl}}, endorsed DR10 in 2021.
3. Offence analysis
On $odate_l at about 11.40pm, {{n|$a_last}} drove his Ford Ranger, {{vrm|$a_vrm}}, along the A55 near Junction 14 after drinking at a christening. He collided with a Nissan Micra ({{vrm|$v_vrmtight}}) driven by {{n|$v_tl}}, who {{sc|suffered a broken collarbone and whiplash}}. He drove off and was arrested at home two hours later; {{sc|he provided a specimen of breath of 71 micrograms}}.
{{n|$a_last}} accepts full responsibility. He says he was drinking because his marriage had ended and he {{sc|has been drinking heavily since his mother's death}}. He has asked to write to {{n|$v_tl}}; she has told the victim liaison officer that she would accept a letter through $org.
His NI number ({{ni|$a_ni6}}) was given for the financial circumstances form, and his passport ({{pp|$a_pp}}) is held by his sister as a condition of bail; he earns £2,100 a month as a scaffolder.
@footnote Sentencing Council guideline: dangerous driving, culpability A. The report author has considered section 30 of the Sentencing Act 2020.
@footnote The victim's details are from the Witness Care Unit; they have not been shared with the defendant.
"""

CCTV = """CCTV and doorbell footage request - Neighbourhood Watch scheme (Wirral)
Use this form to ask a neighbour or business to keep footage for the police. Return it to the scheme coordinator; do not post it on Facebook.
@field Requested by ¦ {{n|$r_full}}
@field Address ¦ {{addr|$r_addr}}
@field Postcode ¦ {{pc|$r_pc}}
@field Telephone ¦ {{tel|$r_mob_intl}}
@field Email ¦ {{em|$r_email_plus}}
@field Date and time of incident ¦ $d1, between 01:00 and 03:30
@field Police reference ¦ {{pol|$r_cad}}
@field Vehicles of interest ¦ {{vrm|$x_vrmtight}} (blue Golf) and {{vrm|$x_vrmni}} (white Caddy)
@field Camera location ¦ Lamp post 27 outside the shops, facing Thingwall Lane (grid ref SJ 2764 8721)
What happened?
Two men were seen trying car door handles along the road. My neighbour {{n|$n_full}}'s Audi was broken into and a laptop was taken. The Caddy has Northern Irish plates; one of the men was heard to call the other "{{n|$x_nick}}".
PC {{n|$o_full}} asked us to collect any footage. Crime number to quote when you hand it in: {{pol|$n_crime}}.
Data protection: footage will be handed only to the police. The scheme coordinator is {{n|$co_full}} (Wirral Neighbourhood Watch, 0151 691 8000 - messages only).
"""

MG11 = """RESTRICTED (when complete)
WITNESS STATEMENT
(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)
URN: {{pol|$a_urn}}
Statement of: {{n|$w_fcaps}}
Age if under 18: Over 18   Occupation: Bus driver
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be true.
Signature: (signed)   Date: $d2
I am the driver of the number 10A bus from Liverpool city centre to St Helens. On $odate_l at about 9.20pm I stopped at the Old Swan stop. A male I now know to be {{n|$a_full}} got on with two other males and refused to pay.
When I asked him to get off he {{sc|punched the screen of my cab}} and {{sc|spat at me}}. He then walked to the back of the bus. I radioed control (incident {{pol|$a_cad}}) and stopped the bus.
A passenger, {{n|$p_full}}, filmed it on her phone. She gave me her number, {{tel|$p_mob_sp}}, and said she would help.
The male got off at Green Lane and got into a red Seat Leon, {{vrm|$a_vrm}}, driven by a female.
I {{sc|have high blood pressure}} and I felt unwell afterwards. I took two days off work.
@page
Witness contact details
Home address: {{addr|$w_addr}}, $w_town
Postcode: {{pc|$w_pclow}}
Home telephone: {{tel|$w_land_dash}}   Mobile: {{tel|$w_mob_sp3}}
Email: {{em|$w_email}}
Date of birth: {{dob|$w_dobhy}}
Male/Female: M   Height: 5'10"
Ethnicity code: {{sc|W1 - White British}}
Dates witness NOT available: 24/12/2025 to 02/01/2026
Statement taken by: PC {{n|$o_full}}, Merseyside Police. Station: St Helens.
Does the witness consent to a restorative justice referral? Yes - details may be passed to $org.
"""

TEAMS = """Chat export - "North West RJ case team" (Microsoft Teams) - exported $d4 for the case file $case
[$ds3 09:02] $staff: Morning all. Anyone got the custody number for the Rhyl lad? The L&D form only has his name.
[$ds3 09:04] $staff2: {{n|$a_full}}? it's {{pol|$a_cust}} - and his NOMIS is {{pris|$a_prislow}} from when he {{sc|was at Berwyn last year}}
[$ds3 09:05] $staff: thanks. DOB on the PNC printout says {{dob|$a_dobdot}} but the college had {{dob|$a_dobshort}}. Same thing I think
[$ds3 09:07] {{n|$y_full}} (Guest): Hi both, YJS here. Mum's mobile is {{tel|$m_mob_dash}}, she'd rather a text first. Landline {{tel|$m_land_old}} is her mum's
[$ds3 09:09] $staff2: Cheers {{n|$y}}. Does he still have the moped? reg was {{vrm|$a_vrmlow}}
[$ds3 09:10] {{n|$y_full}} (Guest): sold it. Also FYI he {{sc|has just been diagnosed with ADHD}}, meds started last week
[$ds3 09:12] $staff3: For the victim side - {{n|$v_full}} prefers email, {{em|$v_email_dots}}. NI number is on the CICA form if anyone needs it for the expenses claim: {{ni|$v_nilowsp}} (please don't paste that anywhere else, I know, I know)
[$ds3 09:13] $staff: 🙈 deleting that from my notes
[$ds3 09:15] $staff3: CICA also wanted ID - passport {{pp|$v_ppfor}}. Sorry. Last one, promise
[$ds3 09:16] {{n|$y_full}} (Guest): while we're at it, his GP letter has NHS no {{nhs|$a_nhs}}, and his older brother {{n|$b_full}} {{sc|is in Altcourse}}, {{pris|$b_pris}} - he wants to be kept out of it
[$ds3 09:20] {{n|$y_full}} (Guest): police ref for the victim is {{pol|$a_crime}}, OIC is DC {{n|$dc_last}}
[$ds3 09:31] $staff2: Room 3 at Canolfan Penrhos is booked for the 14th, 10 till 12. Booking ref CP-2025-311
[$ds3 09:33] $staff: 👍 I'll do the risk assessment by Friday. Minute 4.2 of the last team meeting says we pair up for Rhyl visits
"""

RISK_LOG = """Wirral Complex Case Panel - multi-agency risk meeting - ACTION LOG
Meeting $dl3, Birkenhead Town Hall, Committee Room 1. Chair: {{n|$ch_full}} (Community Safety). Minutes by {{n|$mt_full}}.
Present: Merseyside Police (Insp. {{n|$in_last}}), Probation (PDU Wirral), Adult Social Care, Wirral Partnership Homes, Mersey Care NHS, $org ($staff).
¦Min.¦Case¦Discussion¦Action¦Owner¦Due
¦$minute.1¦{{n|$a_revcaps}}, {{dob|$a_dobcaps}}¦{{sc|Released from $prison on licence}} on $dl1 (prison no. {{pris|$a_pris}}). {{sc|Convicted of wounding}} his neighbour {{n|$v_full}}, who still lives at {{addr|$v_addr}}. Foreign travel restricted; passport {{pp|$a_ppfor}} held by the OMU.¦Exclusion zone to cover {{n|$v}}'s road; victim to be told via the VLO¦Probation¦$d4
¦$minute.2¦{{n|$b_full}}¦Three calls in a month, latest {{pol|$b_log}}. {{sc|Hoarding; possible self-neglect}}. Lives alone at {{addr|$b_addr}}, {{pc|$b_pc}}. NHS {{nhs|$b_nhsdash}}; DWP confirm NI {{ni|$b_ni}}.¦Joint visit; fire service home safety check¦ASC / Merseyfire¦$d5
¦$minute.3¦{{n|$c_revcaps}} (aged {{age|$c_age}})¦Missing from home twice. Seen in a grey Corsa, {{vrm|$e_vrm}}, registered to {{n|$e_full}} ({{sc|in prison until 2023}}, {{pris|$e_prissp}}; licence {{dl|$e_dl}} revoked).¦Child exploitation screening; police to stop-check the vehicle¦Police¦$d4
¦$minute.4¦{{n|$d_full}}¦Harmed person in {{n|$a}}'s case; asked about restorative justice. {{sc|Has PTSD}}.¦$org to contact {{n|$d}} on {{tel|$d_mob_sp}}¦$staff¦$d5
¦$minute.5¦{{n|$f_full}}¦{{sc|Recalled to prison}} on $dl2 (prison no. {{pris|$f_prislow}}); was the main contact for {{n|$c}}.¦Check whether visits to {{n|$f}} are used to pass messages¦Probation¦$d5
¦$minute.6¦Panel business¦Terms of reference v2.3 agreed. Next panel $dl6, Room 1.¦Circulate¦{{n|$mt_full}}¦$d5
Information shared under the Crime and Disorder Act 1998, s.115, and the Wirral information sharing protocol (ISP-07). Do not forward.
@footnote Case numbers for the panel's own tracker: CCP-25-031 to CCP-25-035. These are not police references.
"""

EMAILS = """From: {{n|$p_full}} <{{em|$p_email}}>
Sent: $dw4 21:47
To: $staff <$staff_email>
Subject: RE: RE: meeting about my son
Hi $staff_first,
Sorry for the late reply. Thursday is fine for me and {{n|$y}}. He's a bit nervous but he wants to do it. Can you ring me on my work number first, {{tel|$p_land_std}} ext. 4412, or my mobile after 5? You asked for my NI for the travel expenses, its {{ni|$p_nilow}}
Also his dad {{n|$f_full}} says he wants to come. They don't get on and he {{sc|is on a restraining order}} against me from 2022, so please can he not be there?
Thanks
{{n|$p}}
{{tel|$p_mob_pairs}}
Sent from my iPhone
-----Original Message-----
From: $staff <$staff_email>
Sent: $dw3 16:12
To: {{em|$p_email}}
Cc: {{n|$yo_full}} <{{em|$yo_work@wirral.gov.uk}}>
Subject: RE: meeting about my son
Dear {{n|$p_tl}},
Thank you for your call. I've pencilled in Thursday at 4pm at $venue. {{n|$yo}} from the Youth Justice Service will come too.
Kind regards
$staff
Restorative Justice Facilitator | $org | $org_phone | $org_address
This email and any attachments are confidential. If you have received it in error, please tell the sender and delete it. Registered charity no. 1162837. Company no. 09571246.
-----Original Message-----
From: {{n|$yo_full}} <{{em|$yo_work@wirral.gov.uk}}>
Sent: $dw2 11:03
To: $staff <$staff_email>
Subject: meeting about my son [OFFICIAL]
Hi $staff_first,
Mum is {{n|$p_tfull}}, {{addr|$p_addr}}, {{pc|$p_pc}}. Contact via <mailto:{{em|$p_email}}> or mobile. {{n|$y}} ({{dob|$y_dob}}) is at {{sch|$school}} in Year 10 and {{sc|has an EHCP for autism}} (NHS no. {{nhs|$y_nhssp}} for the school nurse). The harmed person is {{n|$v_tfull}}, crime ref {{pol|$y_crime}}.
Many thanks,
{{n|$yo_full}}
Case Manager, Wirral Youth Justice Service
Mob: {{tel|$yo_mob_sp}} | Tel: 0151 606 2088 (duty)
Wirral Council, Wallasey Town Hall, Brighton Street, Wallasey CH44 8ED
"""

INSURANCE = """{{addr|$v_addr}}
$v_town
{{pc|$v_pc}}
$dl3
Claims Department
Ardent Home Insurance plc
PO Box 4471, Chester CH99 9AQ
Dear Sir or Madam,
Policy number HHC-2290417-B - claim reference CLM/25/886412
I am writing to confirm the details of my claim after the burglary at my home on the night of $odate_l. The police crime number is {{pol|$v_crime}} and the officer in the case is DC {{n|$dc_full}}.
The burglars got in through the back kitchen window while my husband {{n|$h_full}} and I were asleep. They took the keys to our car, a grey Kia Sportage, registration {{vrm|$v_vrm}}, which was found burnt out two days later in Kirkby.
¦Item¦Bought¦Value (£)¦Notes
¦Laptop (Dell)¦2023¦650¦Receipt enclosed
¦Jewellery (my mother's rings)¦-¦1,800¦Valuation from 2019 enclosed
¦My passport¦2021¦88.50¦No. {{pp|$v_pp}} - reported lost/stolen to HM Passport Office
¦{{n|$h}}'s passport¦2016¦88.50¦No. {{pp|$h_pp}} - reported
¦My driving licence¦2020¦14.00¦{{dl|$v_dlsp}}
¦{{n|$h}}'s driving licence¦2018¦14.00¦{{dl|$h_dlcard}} - replacement ordered from the DVLA
¦Car (see above)¦2019¦11,250¦Total loss; V5C enclosed
Since the burglary I {{sc|have been having counselling for anxiety}}, and my husband, who {{sc|has Parkinson's disease}}, has found the disruption very hard. I mention this because we need the claim settled quickly so that the window can be made secure.
We have also been offered the chance to meet the young man responsible through $org, which we are considering.
You can reach me on {{tel|$v_land_intl0}} (home) or {{tel|$v_mob_br}}, or by email at {{em|$v_email}}.
Yours faithfully
{{n|$v_tfull}}
"""

BAIL = """@header Wirral Magistrates' Court - Bail conditions summary (for the victim's information) - issued by the Witness Care Unit
BAIL CONDITIONS: SUMMARY
¦Defendant¦{{n|$a_fcaps}}
¦Date of birth¦{{dob|$a_dobmon}}
¦Custody record¦{{pol|$a_cust}}
¦Next hearing¦$dw5, 10am, courtroom 3
Conditions imposed on $dl2:
1. To live and sleep each night at {{addr|$s_addr}}, $s_town {{pc|$s_pctight}} (the home of his surety, {{n|$s_tfull}}).
2. Curfew 7pm to 7am, electronically monitored.
3. Not to contact, directly or indirectly, {{n|$v_full}} or her daughter {{n|$c_full}}.
4. Not to enter the CH44 postcode district except to attend a pre-arranged solicitor's appointment.
5. Not to drive any motor vehicle. His own vehicle, a black BMW 1 Series, {{vrm|$a_vrm}}, is to remain off the road.
6. To surrender his $a_nat passport (no. {{pp|$a_ppfor}}) to the officer in the case by 4pm tomorrow, and not to apply for any travel document.
7. To report to Birkenhead police station every Monday and Thursday between 10am and 2pm.
The defendant {{sc|is charged with stalking involving fear of violence}} and {{sc|criminal damage}} against {{n|$v}}, crime {{pol|$v_crime}} (first reported as incident {{pol|$v_inc}}).
If you believe these conditions have been broken, ring 999 in an emergency or 101 and quote the crime number. The Witness Care Unit is on 0151 777 3200 (Monday to Friday).
@footnote Surety of £1,000 lodged by {{n|$s_tfull}}, {{tel|$s_land_std}}.
"""

PRISONER = """$org
$org_address
Tel $org_phone
$dl3
{{n|$x_fcaps}}
Prison no. {{pris|$x_pris}}
HMP Altcourse
Dear {{n|$x}},
Your request to take part in restorative justice
Thank you for your letter, which the Offender Management Unit passed to us. I am sorry it has taken three weeks to reply; our post to prisons goes through the prison's own system and can be slow.
You asked whether {{n|$v_full}}, the man you {{sc|robbed at knifepoint in Colwyn Bay}} in 2023, would be willing to receive a letter from you. I have spoken to his victim liaison officer, {{n|$l_full}}. {{n|$v}} has said that he would consider a letter, but he does not want to meet at this stage. He has asked that you do not mention his family.
Before you write, I would like to visit you. Your Prison Offender Manager, {{n|$pom_full}}, has suggested a legal visit on $dw5. I will need your prisoner number on the booking, so I have written it at the top of this letter; please check it is right (the OMU wrote it as {{pris|$x_prislow}}).
You mentioned that you {{sc|are attending the Muslim Friday prayers}} and that you {{sc|are on the methadone programme}}. I will avoid Friday and the afternoon dispensing time.
When you reply, please write "Restorative justice, FAO $staff" on the envelope and quote our reference $rjref, not your police reference.
Yours sincerely
$staff
Restorative Justice Facilitator
cc {{n|$pom_full}}, Offender Management Unit (re {{pris|$x_prissp}})
"""

INCIDENT_PRINT = """*** NORTH WALES POLICE - INCIDENT PRINT - OFFICIAL SENSITIVE ***
INCIDENT: {{pol|$r_log}}   OPENED $r_pdate 22:41   CLASS: ASB / PUBLIC ORDER   GRADE: 2
STORM REF: {{pol|$r_occ}}
CALLER: {{n|$r_revcaps}}   TEL: {{tel|$r_mob_tight}}   ALT TEL: {{tel|$r_land_std}}
LOCATION: {{addr|$r_addr}}, $r_town, {{pc|$r_pc}}
22:41 CALLER REPORTS GROUP OF 4-5 YOUTHS THROWING STONES AT HER CONSERVATORY. ONE NAMED AS {{n|$y_fcaps}} ({{age|$y_age}}) OF {{addr|$y_addr}}.
22:44 CALLER STATES {{n|$y_caps}} {{sc|HAS SHOUTED RACIST ABUSE}} AT HER HUSBAND WHO {{sc|IS OF PAKISTANI HERITAGE}}.
22:52 UNITS 2L31, 2L32 DEPLOYED. OIC PC 2291 {{n|$o_caps}}.
23:10 VEH SEEN LEAVING AREA {{vrm|$z_vrmtight}} SILVER CORSA, REG KEEPER {{n|$z_fcaps}}, {{dob|$z_dobpnc}}, DL {{dl|$z_dl}}. PNC NO TRACE.
23:25 {{n|$y_caps}} LOCATED, TAKEN HOME TO MOTHER {{n|$m_fcaps}} ({{tel|$m_mob_sp}}). WORDS OF ADVICE. HATE CRIME MARKER ADDED.
23:40 CRIME RAISED {{pol|$r_crime}}. LINKED INCIDENTS {{pol|$q_log}} AND {{pol|$q_occ}}.
00:15 UPDATE TO CALLER. SHE IS OPEN TO RESTORATIVE JUSTICE. REFER TO $org (PARTNER AGENCY CODE RJ07).
CLOSED NEXT DAY 00:31 BY DISPATCHER 4471. RESULT CODE 12.
"""

WHATSAPP = """WhatsApp chat with "Seacombe Tce Residents 🏠"
(exported by {{n|$a_full}} for the mediation service, $dl4)
[$ds1, 19:02] ~ {{n|$a_nick}}: Has anyone else had their wing mirror done? Mine's hanging off again
[$ds1, 19:05] {{tel|$b_mob_intl}}: Yes!! and the van outside 22. Saw 2 lads on bikes about 6
[$ds1, 19:06] ~ {{n|$c}}: It'll be the ones from the flats. The tall one is {{n|$y}}, his mum is {{n|$p_full}}
[$ds1, 19:11] {{tel|$d_mob_intl3}}: Let's not name kids on here please, the police said to report it not post it
[$ds1, 19:14] ~ {{n|$a_nick}}: fair enough. Reported online, ref {{pol|$a_occ}}
[$ds2, 08:30] ~ {{n|$c}}: The white Transit {{vrm|$e_vrmold}} has been parked on the corner for 3 days, is that anyone's?
[$ds2, 08:42] {{tel|$b_mob_intl}}: it's {{n|$e}}'s from number {{addr|$e_addr}}, he's a plasterer. leave it
[$ds2, 21:15] ~ {{n|$a_nick}}: Lady from the mediation people rang. She wants to talk to anyone affected. Her number is on the leaflet ($org_phone)
[$ds2, 21:18] ~ {{n|$f_si}}: I'll talk to her. Text me on {{tel|$f_mob_tight}} if you want to go together
[$ds3, 10:02] ~ {{n|$c}}: {{n|$p}} knocked. Her lad {{sc|has been arrested}} for it and she's mortified. She says he {{sc|has autism}} and got led on by older ones. Said she'll pay for the mirrors
[$ds3, 10:06] {{tel|$d_mob_intl3}}: That's decent of her. I'm happy to meet them
[$ds3, 10:07] ~ {{n|$a_nick}}: me too x
"""

CONSENT = """Consent to share information - restorative justice
Please complete in capitals. If you are under 16, a parent or carer must sign as well.
@field Full name ¦ {{n|$y_fcaps}}
@field Date of birth ¦ {{dob|$y_dobsl}}
@field Address line 1 ¦ {{addr|$y_line1}}
@field Address line 2 ¦ {{addr|$y_line2}}
@field Town ¦ $y_town
@field Postcode ¦ {{pc|$y_pc}}
@field Mobile ¦ {{tel|$y_mob_br}}
@field Email ¦ {{em|$y_email}}
@field School or college ¦ {{sch|$school}}
@field Parent or carer ¦ {{n|$p_tfull}}
@field Parent or carer phone ¦ {{tel|$p_land_intl}}
@field Police reference (if known) ¦ {{pol|$y_crime}}
I agree that $org may share information about me with: the police; the youth justice service; my school; and the person harmed, but only what is needed for the restorative process.
Information about my health that I want the facilitator to know: {{sc|I have dyslexia and I stammer when I am nervous}}.
Signed by the young person: {{n|$y_init}}    Signed by the parent or carer: {{n|$p_init}}
Witnessed by: $staff, $org. Date: $d2.
@footnote Form RJ-C3, version 4.1 (2025). Keep the original in section 2 of the case file; the retention period is six years after the case closes.
"""

AGREEMENT = """Restorative agreement
Made on $dl4 at $venue, facilitated by $staff and $staff2 ($org, case $case).
Between {{n|$a_full}} (the person responsible), aged {{age|$a_age}}, of {{addr|$a_addr}}, $a_town, and {{n|$h_tfull}} (the person harmed), of {{addr|$h_addr}}, {{pc|$h_pclow}}.
Also present: {{n|$a}}'s grandmother, {{n|$g_full}}, and {{n|$h_tl}}'s neighbour, {{n|$s_full}}.
What happened: on $odate_l {{n|$a}} {{sc|threw a brick through the window}} of {{n|$h_tl}}'s shop on Lôn Las, and {{sc|took cigarettes and £40 from the till}}.
¦No.¦What will happen¦By when¦Checked by
¦1¦{{n|$a}} will write a letter of apology to {{n|$h_tl}}'s staff.¦$d5¦$staff
¦2¦{{n|$a}} will pay £5 a week towards the new window (total £120).¦24 weeks¦{{n|$g_full}}
¦3¦{{n|$a}} will help at the shop's stall at the Rhyl summer fair for two Saturdays.¦August¦{{n|$h_tl}}
¦4¦{{n|$h_tl}} will tell the local Facebook group that the matter has been dealt with.¦This week¦{{n|$h_tl}}
¦5¦If anyone breaks the agreement, the facilitator will be told on $org_phone.¦Ongoing¦All
{{n|$h_tl}} said he {{sc|has been anxious at the shop since}} and wanted {{n|$a}} to know that. {{n|$a}} explained he had been {{sc|using cannabis}} and owed money.
Contact for the review call: {{n|$g}}, {{tel|$g_land_std}}; {{n|$h_tl}}, {{tel|$h_mob_sp3}}.
Signed: {{n|$a_full}} ............ {{n|$h_tfull}} ............ {{n|$g_full}} ............
"""

FGC = """Family group conference referral - Cheshire East Family Group Conference Service
Referrer: {{n|$sw_full}}, Social Worker, Crewe Children in Need team, {{tel|$sw_mob_sp}}.
Child: {{n|$c_full}}, born {{dob|$c_dobus}}, NHS number {{nhs|$c_nhs}}. Attends {{sch|$primary}}.
Address: {{addr|$c_addr}}, $c_town, {{pc|$c_pc}}
Reason for referral: {{n|$c}}'s mother, {{n|$m_full}} (b. {{dob|$m_dobyy}}), {{sc|has been admitted to hospital under section 2 of the Mental Health Act}}. {{n|$c}} is staying with an aunt. The family wants to agree a plan, and {{n|$c}} would like to say sorry to the neighbour whose car he {{sc|damaged}} while his mum was unwell, which is where $org comes in.
¦Name¦Relationship¦Contact¦Address¦Attending
¦{{n|$au_full}}¦Maternal aunt (kinship carer, NI {{ni|$au_nitight}})¦{{tel|$au_mob_sp}}¦{{addr|$au_addr}}, {{pc|$au_pc}}¦Yes
¦{{n|$gm_full}}¦Grandmother¦{{tel|$gm_land_br}}¦{{addr|$gm_line1}}, {{addr|$gm_line2}}, $gm_town {{pc|$gm_pc}}¦Yes (needs a lift)
¦{{n|$f_full}}¦Father¦{{tel|$f_mob_intl0}}¦{{addr|$f_addr}}, $f_town {{pc|$f_pctight}}¦By video from Belfast
¦{{n|$nb_full}}¦Neighbour (harmed)¦{{em|$nb_email}}¦{{addr|$nb_addr}}¦For the last part only
Family background: the family {{sc|are Irish Travellers}}; the father's side live in Northern Ireland. The grandmother {{sc|is a practising Catholic}} and would like the conference not to clash with Sunday Mass.
Language: English. No interpreter. {{n|$gm_tl}} {{sc|cannot read}}; send invitations by text or explain by phone.
Social care case number: LCS 2291774 (not for sharing outside the conference).
"""

HATE = """Third Party Hate Incident Reporting Centre - report form
Stop Hate in North Wales partnership. Completed at Rhyl Library by the volunteer on duty.
@field Name of person reporting ¦ {{n|$v_full}}
@field Date of birth ¦ {{dob|$v_dobof}}
@field Address ¦ {{addr|$v_addr}}
@field Postcode ¦ {{pc|$v_pc}}
@field Phone ¦ {{tel|$v_mob_plus}}
@field Email ¦ {{em|$v_email}}
@field Safe to leave a message? ¦ No
@field Perceived motivation ¦ {{sc|Religion (Muslim)}}; {{sc|race}}
@field Is the person reporting disabled? ¦ {{sc|Yes - visual impairment}}
What happened? (in the person's own words)
I was walking home from the mosque on $odate_l with my brother {{n|$b}}. A man in a red pick-up ({{vrm|$x_vrmsuf}} - it's an old one with a black and white plate) slowed down and shouted that we should "go back home". He threw a can. My brother {{sc|wears a kufi}} and I {{sc|wear a hijab}}; we are {{sc|Kurdish}}. It has happened three times now.
I think the man is {{n|$x_full}}; he lives above the takeaway on High Street and my brother has seen him at the garage.
Do you want the police to be told? Yes. Police reference given later: {{pol|$v_log}}.
Would you like to be contacted by $org about a restorative approach? Maybe, but not to meet him.
@field Volunteer ¦ {{n|$vol_si}}
@field Centre code ¦ TPRC-DEN-04
"""

NI_REFERRAL = """@header Youth Justice Agency (Northern Ireland) - cross-border referral - OFFICIAL SENSITIVE
Cross-border referral to $org (North West programme)
Referring practitioner: {{n|$pr_full}}, Youth Justice Agency, Belfast area. {{em|$pr_work@yjani.gov.uk}}. Office 028 9031 6400.
¦Young person¦{{n|$y_full}}
¦Date of birth¦{{dob|$y_dobhy}}
¦H&C number¦{{nhs|$y_nhssp}}
¦Home address (NI)¦{{addr|$y_addr}}, $y_town {{pc|$y_pc}}
¦Current address (Wales)¦c/o {{n|$u_full}} (uncle), {{addr|$u_addr}}, $u_town {{pc|$u_pc}}
¦PSNI reference¦{{pol|$y_crime}}
¦Also recorded as¦{{pol|$y_log}} (incident)
Background: {{n|$y}} ({{age|$y_age}}) {{sc|received a diversionary youth conference outcome}} in Belfast for {{sc|a serious assault}} on {{n|$v_full}} at a bonfire in July. The family have since moved to stay with {{n|$y}}'s uncle in Holyhead. The conference plan included a letter and a face-to-face meeting, which did not happen before the move.
The harmed person, {{n|$v_full}}, lives at {{addr|$v_addr}}, {{pc|$v_pclow}}. His mother, {{n|$vm_full}}, is the contact: {{tel|$vm_land_std}} or {{tel|$vm_mob_intl}}. She has asked whether the meeting could be by video.
{{n|$y}}'s mother, {{n|$m_full}}, holds his Irish passport ({{pp|$y_ppfor}}) and has his provisional licence (NI, no. {{dl|$y_dlni}}). The uncle drives a Northern Irish registered car, {{vrm|$u_vrmni}}, and will bring {{n|$y}} to appointments.
Risk and needs: {{n|$y}} {{sc|has a diagnosis of ADHD}} and {{sc|has been involved with a paramilitary-linked group}} in the past; the move was partly for his safety. No concerns about the uncle's home.
@comment $staff: check whether North Wales Police need to be told. The PSNI officer is DC {{n|$dc_full}}, {{em|$dc_work@psni.police.uk}}.
"""

# ------------------------------------------------------------------------------------------ clean documents

DP_POLICY = """@header $org - Data Protection Policy - version 3.2 - approved by the Board on 11 September 2025
Data protection policy
1. Purpose
This policy explains how $org (registered charity no. 1162837, company no. 09571246, ICO registration ZA184306) handles personal data in line with the UK GDPR and the Data Protection Act 2018.
2. Special category and criminal offence data
We process information about health, religion, ethnicity and sexuality, and about offences, only where it is needed for a restorative process or to keep people safe (UK GDPR Articles 9 and 10; DPA 2018 Schedule 1, paragraphs 6, 10 and 18). Our appropriate policy document is Annex C.
3. Identifiers
Staff must not copy national identifiers into case notes. This includes NHS numbers (ten digits), National Insurance numbers (in the format QQ 12 34 56 C), passport and driving licence numbers, prison numbers and police references. Where a reference is needed, use our own case number (for example NMT-2025-0001 or RJ-2025-0000).
4. Children
Most of the young people we work with are aged 10-17. Information about children is shared only with the consent of the child (where competent) and a parent, except where section 47 of the Children Act 1989 applies.
5. Retention
Case files are kept for six years after closure (twelve years for cases involving harm to a child), then destroyed under schedule RS-04.
6. Breaches
Report any breach to the Data Protection Lead, Gareth Hughes, within 24 hours (dpo@$org_domain, $org_phone). The ICO must be told within 72 hours of a reportable breach.
7. Review
This policy is reviewed every two years. Next review: September 2027. Owner: Priya Nair, Chief Executive.
@footnote In 2024-25 we recorded 3 near misses and 0 reportable breaches across 1,146 cases.
"""

INVOICE = """$org
$org_address | $org_phone | accounts@$org_domain
Registered charity no. 1162837 | VAT reg. GB 318 6624 09
INVOICE
Invoice no.: $invoice
Date: $dl3
Purchase order: PO 4500219876
To: Office of the Police and Crime Commissioner for Merseyside, Mather Avenue, Liverpool L18 9TG
¦Description¦Quantity¦Rate (£)¦Amount (£)
¦Restorative justice service, Quarter 2 (July to September 2025): 41 referrals, 29 cases opened¦1¦18,750.00¦18,750.00
¦Volunteer training cohort 9 (course code RJ-VOL-L2-09)¦1¦2,400.00¦2,400.00
¦Interpreter costs recharged (booking refs INT-25-0311 to INT-25-0318)¦8¦95.00¦760.00
Total: £21,910.00. No VAT charged (exempt supply).
Payment within 30 days to: Northmoor Mediation Trust, sort code 30-94-57, account 20446718. Please quote the invoice number.
Queries: Aisha Rahman, Finance Officer, $org_phone.
"""

CASE_STUDY = """Case study (anonymised) - for the annual report and the commissioner's quarterly return
Names and details have been changed. "Child A" and "Mr X" are not their real names, and the places are described only in general terms.
Child A, aged 14, lived with his grandmother in a town in North Wales. Late one evening in the spring he and two friends broke into a garden shed on a street near the retail park and took a lawnmower, which they later abandoned.
The shed belonged to Mr X, a retired lorry driver in his seventies. Mr X was angry at first, and told the police officer that he wanted the boys "locked up". When the officer explained the community resolution, he asked whether he could meet them.
Our facilitators visited Mr X twice and Child A three times. Child A's grandmother came to every visit. The meeting took place on a Tuesday afternoon at a community centre, and lasted an hour and ten minutes.
Mr X told Child A that he had been frightened to go out to the garden after dark. Child A said he had not thought about who owned the shed. They agreed that Child A would help Mr X to repair the shed door over two Saturdays, which he did.
Six months later Child A has not been in trouble again. Mr X sends him a Christmas card.
What made the difference? Preparation (five visits in all), a venue both knew, and time. In 2024-25, 87% of the people harmed who met the person responsible said they would recommend it; 14 young people aged 10-17 took part in North Wales.
Case reference for internal use only: RJ-2025-0077 (data held on the case system, not in this document).
"""

NEWSLETTER = """@header Northmoor News - North West and North Wales - Winter 2025 - Issue 12
Welcome to our winter newsletter
A warm welcome to the nine volunteers who finished cohort 9 of our Level 2 course in October. Thank you to Tomasz Nowicki and Bethan Lloyd, who ran the course, and to the Wellfield Room at Birkenhead Central Library for hosting us.
Numbers
Between April and September we received 212 referrals from Merseyside, Cheshire and North Wales, and held 61 face-to-face meetings. 43% of the people harmed were over 60. Our youngest participant was 10 and our oldest 91.
Dates for your diary
Restorative Justice Week: 16 to 23 November. Open evening at Canolfan Penrhos, Bangor, on Thursday 20 November, 6pm; bus 5C from Bangor bus station stops outside.
Volunteer supervision groups: first Tuesday of each month, Room G.14, 10am to 12pm.
Reading corner
"The Little Book of Restorative Justice" (Zehr; ISBN 978-1-56148-376-8) is in the office library. Ask Daniel Okoro if you would like to borrow it.
Thank you
Thank you to the Lloyd Foundation and the Mersey Valley Community Trust (charity no. 1089132) for their grants, and to Merseyside Police, Cheshire Constabulary and North Wales Police for 137 referrals between them.
Get in touch
Helpline $org_phone, Monday to Friday 9am to 5pm. Post: $org_address. Email hello@$org_domain. Out of hours, ring 101 or, in an emergency, 999.
"""

ROOM_HIRE = """Room hire agreement
Between: Tithebarn Community Hub (charitable incorporated organisation no. 1178204), 2 Tithebarn Walk, Liverpool L4 4QP. Bookings 0151 330 1420.
And: $org, $org_address, $org_phone (the hirer), represented by Sarah Thompson.
¦Room¦Date¦Time¦Rate¦Total
¦Meeting Room 2 (capacity 12)¦Thursday 8 January 2026¦10:00 to 13:00¦£18 an hour¦£54.00
¦Quiet Room (capacity 4)¦Thursday 8 January 2026¦09:30 to 13:30¦£10 an hour¦£40.00
¦Main Hall, half (capacity 60)¦Saturday 17 January 2026¦10:00 to 16:00¦£30 an hour¦£180.00
Booking reference: TCH-2026-0041. Deposit: £50, refundable.
1. The hirer is responsible for the safety of everyone attending, including young people aged 10-17, who must be accompanied by an adult.
2. The hirer must hold public liability insurance of at least £5 million (policy no. PL-889102-NMT).
3. The hub's fire assembly point is the car park on Marldon Street. The defibrillator is in the foyer.
4. No alcohol. No smoking or vaping anywhere on the site.
5. Cancellation with less than 14 days' notice: 50% of the fee is payable.
Payment to the hub: sort code 40-47-21, account 61290488, reference TCH-2026-0041.
Signed for the hub: Facilities Manager (signature on file)    Signed for the hirer: Sarah Thompson
"""

INTAKE = """Community mediation - self-referral form (typed by the caller's daughter and emailed in; fields as received)
@field First name ¦ {{n|$a}}
@field Surname ¦ {{n|$a_last}}
@field d.o.b ¦ {{dob|$a_dobshort}}
@field House name or number ¦ {{addr|$a_line1}}
@field Road ¦ {{addr|$a_line2}}
@field Town or village ¦ $a_town
@field Postcode ¦ {{pc|$a_pctl}}
@field Landline ¦ {{tel|$a_land_tight}}
@field Mobile ¦ {{tel|$a_mob_sp}}
@field Email ¦ {{em|$d_email}} (my daughter's)
@field NI number (only if you want a benefits check from Citizens Advice) ¦ {{ni|$a_nilow}}
@field Preferred language ¦ Cymraeg / Welsh
@field Who is the dispute with? ¦ {{n|$b_full}} and his son {{n|$c}}, the farm next door
What is the dispute about?
the gate onto the bridleway keeps being left open and my ewes got onto the road twice in October. {{n|$c}} drives the quad bike ({{vrm|$c_vrmdl}}) across my bottom field to get to theirs, field is at grid ref SH 5123 7712 on the map. Words were said at the mart in Bryncir and {{n|$b}} {{sc|pushed me}}. Police came out, log {{pol|$a_log}}, but it's not a police thing really.
Any health needs or anything we should know for a meeting?
{{sc|had a stroke in 2022, left side weak, I can't do stairs}}. My daughter {{n|$d_full}} will come with me, her number is {{tel|$d_mob_dash}}.
How did you hear about us? Leaflet at the surgery (Ffordd Penrhos).
@footnote Received by email at the office on $d2 and entered by $staff. Referral number $rjref.
"""

TEXT_DOCS = [
    ("harassment-diary", DIARY, {"r": "old f origin=english|welsh", "n": "adult f near=r", "y": "young m rel=n", "z": "young m", "b": "adult m",
                                 "o": "pro", "c": "pro", "s": "adult m rel=r", "d": "adult f rel=r"}, "txt"),
    ("housing-asb-case-file", ASB_FILE, {"ho": "pro", "a": "adult f region=cheshire", "k": "young m rel=a", "b": "adult m near=a",
                                          "b2": "adult f rel=b samehome", "pc": "pro", "tl": "pro"}, "docx"),
    ("gp-support-letter", GP_LETTER, {"p": "adult m age=45-70 region=wales", "w": "adult f rel=p", "g": "pro"}, "pdf"),
    ("custody-ld-referral", CUSTODY_REFERRAL, {"a": "adult m age=19-35 mid region=merseyside", "m": "adult f age=45-62 rel=a", "g": "pro",
                                               "ld": "pro", "v": "adult m", "p": "adult f"}, "docx"),
    ("victim-personal-statement", VPS, {"v": "adult f age=30-45", "c1": "child rel=v", "c2": "child f rel=v", "h": "adult m rel=v",
                                        "a": "adult m age=19-30"}, "txt"),
    ("conference-invitation-letter", INVITE, {"v": "old m home=flat|apt", "a": "young m", "o": "pro", "s": "old m rel=v"}, "odt"),
    ("pre-sentence-report-extract", PSR, {"a": "adult m age=30-55 mid region=wales", "po": "pro", "v": "adult f"}, "docx"),
    ("cctv-request-form", CCTV, {"r": "adult region=merseyside", "x": "adult m nick", "n": "adult", "o": "pro", "co": "pro"}, "pdf"),
    ("mg11-witness-statement", MG11, {"w": "adult m age=35-62 region=merseyside", "a": "adult m age=18-26 region=merseyside", "p": "adult f", "o": "pro"}, "pdf"),
    ("teams-chat-export", TEAMS, {"a": "adult m age=19-21 region=wales", "m": "adult f age=40-55 rel=a", "b": "adult m age=22-30 rel=a", "y": "pro", "v": "adult", "dc": "pro"}, "txt"),
    ("risk-meeting-action-log", RISK_LOG, {"ch": "pro", "mt": "pro", "in": "pro", "a": "adult m region=merseyside", "v": "adult region=merseyside",
                                           "b": "old region=merseyside", "c": "young f region=merseyside", "e": "adult m region=merseyside",
                                           "d": "adult f region=merseyside", "f": "adult m region=merseyside"}, "docx"),
    ("email-thread-signatures", EMAILS, {"p": "adult f region=merseyside", "y": "young m age=14-15 rel=p samehome", "f": "adult m rel=y", "yo": "pro", "v": "adult"}, "txt"),
    ("insurance-claim-letter", INSURANCE, {"v": "adult f age=40-65 region=merseyside|cheshire", "h": "adult m age=55-70 rel=v", "dc": "pro"}, "odt"),
    ("bail-conditions-summary", BAIL, {"a": "adult m", "s": "old f region=merseyside", "v": "adult f region=merseyside", "c": "young f rel=v samehome"}, "docx"),
    ("letter-to-prisoner", PRISONER, {"x": "adult m age=20-35", "v": "adult m region=wales", "l": "pro", "pom": "pro"}, "odt"),
    ("police-incident-printout", INCIDENT_PRINT, {"r": "adult f region=wales", "y": "young m region=wales", "o": "pro", "z": "adult m",
                                                  "m": "adult f rel=y", "q": "adult region=wales"}, "txt"),
    ("residents-whatsapp-export", WHATSAPP, {"a": "adult f region=merseyside", "b": "adult region=merseyside", "c": "adult f region=merseyside",
                                             "y": "young m region=merseyside", "p": "adult f rel=y samehome", "d": "adult region=merseyside",
                                             "e": "adult m near=a", "f": "adult region=merseyside"}, "txt"),
    ("consent-to-share-form", CONSENT, {"y": "young home=flat|apt", "p": "adult rel=y samehome"}, "pdf"),
    ("restorative-agreement", AGREEMENT, {"a": "young m region=wales", "h": "adult m age=40-65 region=wales", "g": "old f rel=a",
                                          "s": "adult"}, "docx"),
    ("family-group-conference-referral", FGC, {"c": "child m age=9-10 origin=traveller region=cheshire", "m": "adult f rel=c samehome", "au": "adult f origin=traveller region=cheshire",
                                               "gm": "old f rel=m home=rural region=cheshire", "f": "adult m rel=c region=ni",
                                               "nb": "adult", "sw": "pro"}, "odt"),
    ("hate-incident-report-form", HATE, {"v": "adult f origin=kurdish region=wales", "b": "adult m rel=v", "x": "adult m", "vol": "adult"}, "pdf"),
    ("cross-border-referral-ni", NI_REFERRAL, {"y": "young m origin=ulster|irish region=ni", "u": "adult m rel=y region=wales",
                                               "v": "young m region=ni", "vm": "adult f rel=v region=ni samehome", "m": "adult f rel=y",
                                               "pr": "pro region=ni", "dc": "pro region=ni"}, "docx"),
    ("mediation-intake-form", INTAKE, {"a": "old m origin=welsh region=wales home=rural", "b": "adult m origin=welsh region=wales",
                                       "c": "adult m rel=b", "d": "adult f rel=a"}, "pdf"),
    ("data-protection-policy", DP_POLICY, {}, "docx"),
    ("fee-invoice", INVOICE, {}, "pdf"),
    ("anonymised-case-study", CASE_STUDY, {}, "txt"),
    ("newsletter-winter", NEWSLETTER, {}, "docx"),
    ("room-hire-agreement", ROOM_HIRE, {}, "odt"),
]


def _mark(key: str, value: str) -> str:
    """A mark, or nothing for an empty value (an address without a second line)."""
    return "{{" + key + "|" + value + "}}" if value else ""


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # school pastoral log; parents' contact details on a hidden sheet
    v0 = cast(rng, names, {})
    log = [[fill("Pastoral log - {{sch|$school}} - Years 9 and 10 - autumn term", v0), "", "", "", "", "", ""],
           ["Date", "Pupil", "Form", "Category", "Entry", "Logged by", "Action"]]
    contacts = [["Pupil", "DOB", "Contact 1", "Relationship", "Phone", "Contact 2", "Phone 2", "Email", "Address", "Postcode"]]
    entries = [
        ("Behaviour", "Pushed {{n|$q_full}} down the last few stairs by the science block. Restorative chat with both. {{n|$q}}'s mum rang in, {{tel|$q1_mob_sp}}.", "Monitor"),
        ("Wellbeing", "{{n|$p}} disclosed {{sc|self-harm}} (cuts to the forearm) to a friend, who told me. DSL informed the same day.", "CAMHS referral"),
        ("Attendance", "Absent 9 days this half term. Dad says {{n|$p}} {{sc|has long COVID}} and is exhausted after PE.", "Part-time timetable"),
        ("Prejudice", "{{n|$q_full}} called {{n|$p}} a \"{{sc|pikey}}\" in the lunch queue. {{n|$p}}'s family {{sc|are Romany Gypsies}}.", "Restorative meeting; parents told"),
        ("Online", "Snapchat screenshot: {{n|$p}} shared a photo of {{n|$q}} without consent. Police told, Niche occurrence {{pol|$p_occ}}.", "Northmoor asked to help (case $case)"),
        ("Health", "{{n|$p}} {{sc|type 1 diabetic}}, new insulin pump fitted in the holidays. Care plan updated with the school nurse.", "Staff briefing"),
        ("Young carer", "{{n|$p}} is a young carer for mum, who {{sc|has multiple sclerosis}}. Late twice because of it.", "Young carers group"),
        ("Behaviour", "{{n|$p}} and {{n|$q}} fight at the bus stop on Thingwall Lane (off site, reported by the bus company). Both calm by period 2.", "Circle with Year 10 set 3"),
    ]
    plans = [["Pupil", "NHS number", "GP surgery", "Plan", "Reviewed"]]
    used: set[str] = set()
    for j, (cat, entry, action) in enumerate(entries):
        v = cast(rng, names, {"p": "pupil age=13-15 region=cheshire", "q": "pupil age=13-15 region=cheshire", "t": "pro", "p1": "adult rel=p samehome",
                              "p2": "adult region=cheshire", "q1": "adult f rel=q samehome"}, used)
        form = f"{rng.choice(['9', '10'])}{rng.choice('BHLMRW')}"
        log.append(cells([[v["d1"], "{{n|$p_full}}", form, cat, entry, "{{n|$t_init}}", action]], v)[0])
        phone1 = ["{{tel|$p1_mob}}", "{{tel|$p1_mob_tight}}", "{{tel|$p1_land_std}}", "{{tel|$p1_mob_intl}}", "{{tel|$p1_mob_sp3}}",
                  "{{tel|$p1_land_br}}", "{{tel|$p1_mob_dash}}", "{{tel|$p1_mob_pairs}}"][j]
        phone2 = ["{{tel|$p2_mob_sp}}", "", "{{tel|$p2_mob_zz}}", "{{tel|$p2_land_std}}", "", "{{tel|$p2_mob_dot}}", "{{tel|$p2_mob_tight}}", ""][j]
        rel = "Mother" if v["p1_son"] == "daughter" else "Father"
        pc = ["{{pc|$p1_pc}}", "{{pc|$p1_pc}}", "{{pc|$p1_pctight}}", "{{pc|$p1_pc}}", "{{pc|$p1_pclow}}", "{{pc|$p1_pc}}", "{{pc|$p1_pc}}", "{{pc|$p1_pctight}}"][j]
        contacts.append(cells([["{{n|$p_full}}", "{{dob|$p_dob}}", "{{n|$p1_tfull}}", rel, phone1,
                                "{{n|$p2_full}}" if phone2 else "", phone2, "{{em|$p1_email}}" if j % 3 != 2 else "",
                                "{{addr|$p1_addr}}", pc]], v)[0])
        if cat in ("Wellbeing", "Attendance", "Health", "Young carer"):
            nhs = {"Wellbeing": "{{nhs|$p_nhssp}}", "Attendance": "{{nhs|$p_nhs}}", "Health": "{{nhs|$p_nhsdash}}", "Young carer": "{{nhs|$p_nhssp}}"}[cat]
            plan = {"Wellbeing": "{{sc|Safety plan (CAMHS)}}", "Attendance": "Reduced timetable", "Health": "{{sc|Individual healthcare plan (diabetes)}}", "Young carer": "Young carer passport"}[cat]
            plans.append(cells([["{{n|$p_full}}", nhs, rng.choice(["Kelvin Grove Health Centre", "Seacombe Shore Surgery", "Bidston Vale Medical Centre"]), plan, v["d2"]]], v)[0])
    docs.append(Doc("school-pastoral-log", "xlsx", [("sheet", "Log", log, False), ("sheet", "Contacts", contacts, True), ("sheet", "Care plans", plans, True),
                                                    ("sheet", "Key", [["Category", "Meaning"], ["Behaviour", "Conduct in or near school"],
                                                                      ["Prejudice", "Prejudice-related incident (report to the LA termly)"],
                                                                      ["Ofsted URN", "105117"]], False)]))

    # referral export; people's identifying details on a hidden sheet
    v0 = cast(rng, names, {})
    refs = [["Ref", "Received", "Source", "Referrer", "Offence / issue", "Priority", "Status", "Allocated"]]
    pid = [["Ref", "Forename", "Surname", "BirthDate", "Sex", "Addr1", "Addr2", "Town", "Postcode", "Tel", "Email", "NHS", "PoliceRef", "NOMIS"]]
    sources = [("Merseyside Police", "{{pol|$y_crime}}", "{{dob|$y_dobiso}}", "young"), ("Cheshire YJS", "{{pol|$y_occ}}", "{{dob|$y_dobdot}}", "young"),
               ("HMPPS Victim Contact", "{{pol|$y_urn}}", "{{dob|$y_dobdash}}", "adult m age=22-50"), ("North Wales Police", "{{pol|$y_log}}", "{{dob|$y_dobus}}", "young"),
               ("Self", "", "{{dob|$y_dobnp}}", "adult region=scot home=scot"), ("Wirral YJS", "{{pol|$y_inc}}", "{{dob|$y_dobcompact}}", "young"),
               ("HMP Altcourse OMU", "{{pol|$y_crime}}", "{{dob|$y_dob}}", "adult m age=21-45"), ("Mersey Care NHS", "", "{{dob|$y_dobhy}}", "adult"),
               ("PSNI via YJA", "{{pol|$y_crime}}", "{{dob|$y_dobiso}}", "young region=ni"),
               ("HMP Berwyn OMU", "{{pol|$y_cust}}", "{{dob|$y_dobpnc}}", "adult m age=20-40 region=wales"),
               ("Probation VLU", "{{pol|$y_urn}}", "{{dob|$y_dobmon}}", "adult m age=25-55 region=swales")]
    issues = ["{{sc|Robbery of a mobile phone}}", "{{sc|Racially aggravated harassment}}", "{{sc|Burglary (dwelling)}}", "{{sc|Arson of a wheelie bin}}",
              "Neighbour dispute (noise)", "{{sc|Assault on a school bus}}", "{{sc|Causing death by careless driving}}", "Dispute with a support worker",
              "{{sc|Criminal damage to a car}}", "{{sc|Wounding with intent}}", "{{sc|Stalking}}"]
    used = set()
    for j, (source, pref, dob, spec) in enumerate(sources):
        v = cast(rng, names, {"y": spec, "r": "pro"}, used)
        ref = f"NMT-2025-{2100 + j * 13:04d}"
        referrer = "{{n|$r_full}}" if source != "Self" else "-"
        refs.append(cells([[ref, v["d1"], source, referrer, issues[j], rng.choice(["High", "Medium", "Low"]),
                            rng.choice(["Open", "Preparation", "Awaiting consent", "Closed"]), rng.choice([v0["staff"], v0["staff2"], "Unallocated"])]], v)[0])
        nomis = {"HMPPS Victim Contact": "{{pris|$y_pris}}", "HMP Altcourse OMU": "{{pris|$y_pris}}", "HMP Berwyn OMU": "{{pris|$y_prislow}}",
                 "Probation VLU": "{{pris|$y_prissp}}"}.get(source, "")
        tel = ["{{tel|$y_mob_tight}}", "{{tel|$y_mob_sp}}", "{{tel|$y_land_std}}", "{{tel|$y_mob_intl}}", "{{tel|$y_mob_plus}}", "{{tel|$y_land_old}}",
               "", "{{tel|$y_mob_sp3}}", "{{tel|$y_land_intl}}", "", "{{tel|$y_mob_344}}"][j]
        line1, line2 = (v["y_line1"], v["y_line2"]) if v["y_line1"] else (v["y_addr"], "")
        if nomis and j in (6, 9):
            line1, line2 = "", ""
        pc = "{{pc|$y_pc}}" if j % 4 else "{{pc|$y_pctight}}"
        row = [ref, "{{n|$y}}", "{{n|$y_last}}", dob, "F" if v["y_son"] == "daughter" else "M", _mark("addr", line1), _mark("addr", line2),
               v["y_town"] if line1 else source.removesuffix(" OMU"), pc if line1 else "", tel, "{{em|$y_email}}" if j % 3 else "",
               ["{{nhs|$y_nhs}}", "{{nhs|$y_nhssp}}"][j % 2] if j in (0, 1, 3, 5, 7, 8) else "", pref, nomis]
        pid.append(cells([row], v)[0])
    docs.append(Doc("referral-export", "xlsx", [("sheet", "Referrals", refs, False), ("sheet", "PID", pid, True),
                                                ("sheet", "Export info", [["Exported", v0["d3"]], ["By", v0["staff3"]], ["System", "CaseFlow v5.4.2"],
                                                                          ["Rows", len(refs) - 1]], False)]))

    # volunteer DBS and ID checks; referees on a hidden sheet
    v0 = cast(rng, names, {})
    checks = [["Volunteer", "Date of birth", "Current address", "Postcode", "ID document 1", "Number", "ID document 2", "Number",
               "Proof of address", "NI number", "DBS certificate no.", "Checked by"]]
    referees = [["Volunteer", "Referee", "Relationship", "Phone", "Email"]]
    docs_ids = [("UK passport", "{{pp|$a_pp}}", "DVLA photocard", "{{dl|$a_dlcard}}", "{{ni|$a_ni}}", "{{dob|$a_dob}}"),
                ("$a_nat passport", "{{pp|$a_ppfor}}", "DVLA photocard", "{{dl|$a_dlsp}}", "{{ni|$a_nitight}}", "{{dob|$a_dobdot4}}"),
                ("DVLA photocard", "{{dl|$a_dl}}", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_ni6}}", "{{dob|$a_dobmon}}"),
                ("NI driving licence", "{{dl|$a_dlni}}", "Irish passport", "{{pp|$a_ppfor}}", "{{ni|$a_ni}}", "{{dob|$a_dobyy}}"),
                ("UK passport", "{{pp|$a_pp}}", "Birth certificate (short)", "-", "{{ni|$a_nidash}}", "{{dob|$a_dobl}}"),
                ("$a_nat passport", "{{pp|$a_ppfor}}", "DVLA paper counterpart", "{{dl|$a_dl}}", "{{ni|$a_ni}}", "{{dob|$a_dobhy}}"),
                ("DVLA photocard", "{{dl|$a_dlcard}}", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_nitight}}", "{{dob|$a_dobiso}}")]
    specs = ["adult", "adult origin=polish|romanian|portuguese|filipino", "old age=66-72", "adult region=ni origin=ulster|irish",
             "adult", "adult origin=nigerian|pakistani|bangladeshi|somali", "adult"]
    used = set()
    for j, (d1, n1, d2, n2, ni, dob) in enumerate(docs_ids):
        v = cast(rng, names, {"a": specs[j], "r": "adult"}, used)
        pc = "{{pc|$a_pc}}" if j % 3 else "{{pc|$a_pclow}}"
        checks.append(cells([["{{n|$a_full}}", dob, "{{addr|$a_addr}}, $a_town", pc, d1, n1, d2, n2,
                              rng.choice(["Council tax bill", "Bank statement", "Utility bill (gas)", "Tenancy agreement"]), ni,
                              f"00{rng.randint(1000000000, 9999999999)}", rng.choice([v0["staff"], v0["staff2"]])]], v)[0])
        rel = rng.choice(["Former manager", "Neighbour", "Teacher (former)", "Football club secretary"]) if j % 2 == 0 else "Parish administrator"
        referees.append(cells([["{{n|$a_full}}", "{{n|$r_tfull}}", rel, ["{{tel|$r_mob}}", "{{tel|$r_land}}", "{{tel|$r_mob_intl0}}"][j % 3],
                                "{{em|$r_email}}" if j % 2 == 0 else "{{em|$r_work@stwerburghs-parish.org.uk}}"]], v)[0])
    docs.append(Doc("volunteer-dbs-id-checklist", "xlsx", [("sheet", "ID checks", checks, False), ("sheet", "Referees", referees, True),
                                                           ("sheet", "Guidance", [["Route", "Two documents from Group 1 and one proof of address (DBS ID checking guidelines, v6.1)"],
                                                                                  ["Lead", "Tomasz Nowicki"], ["Renewal", "Every three years"]], False)]))

    # youth club sign-in sheet
    v0 = cast(rng, names, {})
    rows = [["Date", "Name", "Age", "DOB", "Postcode", "Parent/carer", "Parent mob", "Medical / allergies", "Photo consent", "Out", "Collected by"]]
    meds = ["None", "{{sc|Asthma - blue inhaler in bag}}", "{{sc|Nut allergy (EpiPen)}}", "", "{{sc|Epilepsy}}", "None", "{{sc|ADHD - meds at home}}", "",
            "{{sc|Type 1 diabetes}}", "None", "{{sc|Hay fever}}", ""]
    phones = ["$p_mob", "$p_mob_tight", "$p_mob_sp3", "$p_mob_dash", "$p_mob_intl", "$p_mob_dot", "$p_mob_344", "$p_mob_sp", "$p_mob_zz",
              "$p_mob_br", "$p_mob_pairs", "$p_mob_plus"]
    pcs = ["$y_pc", "$y_pclow", "$y_pctight", "$y_pc", "$y_pctl", "$y_pc", "$y_pc", "$y_pclow", "$y_pc", "$y_pctight", "$y_pc", "$y_pc"]
    dobs = ["$y_dob", "$y_dobshort", "$y_dob", "$y_dobdot", "$y_dob", "$y_dobnp", "$y_dob", "$y_dobyy", "$y_dob", "$y_dobhy", "$y_dobnp", "$y_dob"]
    used = set()
    for j in range(12):
        v = cast(rng, names, {"y": "young age=10-17 region=merseyside", "p": "adult rel=y samehome", "c": "adult f"}, used)
        out = rng.choice(["20:45", "21:00", "21:05", "20:30"])
        collected = ["{{n|$p}}", "Walked home", "{{n|$c_full}} (aunt)", "{{n|$p_tl}}", "Walked home with {{n|$c}}", "Dad"][j % 6]
        rows.append(cells([[v0["ds2"], "{{n|$y_full}}", "{{age|$y_age}}", "{{dob|" + dobs[j] + "}}", "{{pc|" + pcs[j] + "}}", "{{n|$p_full}}",
                            "{{tel|" + phones[j] + "}}", meds[j], rng.choice(["Y", "N", "Y"]), out, collected]], v)[0])
    rows.append(["", "Total", "12", "", "", "", "", "", "", "", "Youth workers on duty: 3 (ratio 1:8 for ages 10-17)"])
    docs.append(Doc("youth-club-sign-in", "csv", [("table", rows)]))

    # car park incident log kept by the concierge of a block of flats
    v0 = cast(rng, names, {})
    log = [["Marlowe Court, 22 Seacombe Terrace - car park incident log (concierge)", "", "", "", "", "", "", "", "", ""],
           ["Date", "Time", "Bay", "VRM", "Vehicle", "Issue", "Reported by", "Flat", "Contact", "Action"]]
    flats = rng.sample(range(1, 40), 10)
    vrms = ["{{vrm|$x_vrm}}", "{{vrm|$x_vrmtight}}", "{{vrm|$x_vrmold}}", "{{vrm|$x_vrmsuf}}", "{{vrm|$x_vrmni}}", "{{vrm|$x_vrmdl}}",
            "{{vrm|$x_vrmlow}}", "{{vrm|$x_vrm}}", "{{vrm|$x_vrmnitight}}", "{{vrm|$x_vrmold}}"]
    issues = ["Parked in disabled bay without a badge", "Blocking the bin store", "Abandoned, flat tyres, no tax", "Classic car, cover slashed overnight",
              "Visitor overstay (3 nights)", "Scratched along the driver's side", "Blocking fire exit", "Engine revving at 2am, residents woken",
              "Parked across two bays", "Window smashed, bag taken"]
    actions = ["Warning notice", "Sticker", "Reported to the council, ref PK-25-4471", "Police told, crime {{pol|$r_crime}}", "Letter to resident",
               "Police told, log {{pol|$r_log}}", "Clamped (contractor)", "Noise complaint passed to {{n|$h_full}} (housing officer)", "Warning notice",
               "Police told, crime {{pol|$r_crime}}"]
    used = set()
    for j in range(10):
        v = cast(rng, names, {"x": "adult", "r": "adult region=merseyside home=flat", "h": "pro"}, used)
        flat = f"Flat {flats[j]}"
        contact = ["{{tel|$r_mob}}", "{{tel|$r_mob_tight}}", "", "{{tel|$r_mob_sp3}}", "{{tel|$r_land_std}}", "{{em|$r_email}}", "{{tel|$r_mob_intl}}",
                   "{{tel|$r_mob_dash}}", "", "{{tel|$r_mob_sp}}"][j]
        log.append(cells([[v0[f"ds{1 + j % 6}"], f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}", f"B{rng.randint(1, 48)}", vrms[j],
                           rng.choice(["Ford Fiesta", "VW Polo", "Vauxhall Corsa", "Toyota Yaris", "Transit van", "Mini", "Nissan Qashqai"]),
                           issues[j], "{{n|$r_full}}" if j % 4 else "{{n|$r_si}}", "{{addr|" + flat + "}}", contact, actions[j]]], v)[0])
    log.append(["", "", "", "", "", "Concierge desk 0151 647 2210 (24 hours); managing agent Mersey Block Management Ltd", "", "", "", ""])
    docs.append(Doc("car-park-incident-log", "csv", [("table", log)]))

    # SMS appointment reminders exported from the booking system
    v0 = cast(rng, names, {})
    rows = [["Appt ID", "Client", "Mobile", "Alt phone", "Email", "Appointment", "Venue", "Worker", "SMS status"]]
    mobs = ["$c_mob_sp", "$c_mob_intl", "$c_mob_tight", "$c_mob_plus", "$c_mob_zz", "$c_mob_intl0", "$c_mob_sp3", "$c_mob_dash", "$c_mob_dot", "$c_mob_br"]
    alts = ["$c_land_std", "", "$c_land_br", "$c_land_dash", "", "$c_land_intl0", "$c_land_tight", "", "$c_land_old", "$c_land_intl"]
    used = set()
    for j in range(10):
        v = cast(rng, names, {"c": rng.choice(["adult", "old", "young"])}, used)
        name = ["{{n|$c_full}}", "{{n|$c_revcaps}}", "{{n|$c_tfull}}", "{{n|$c_full}}", "{{n|$c_lower}}"][j % 5]
        rows.append(cells([[f"APT{rng.randint(100000, 999999)}", name, "{{tel|" + mobs[j] + "}}", _mark("tel", alts[j]),
                            "{{em|$c_email}}" if j % 4 else "{{em|$c_email_plus}}", f"{v0[f'd{1 + j % 6}']} {rng.choice(['10:00', '11:30', '14:00', '15:30'])}",
                            (lambda x: x[0].upper() + x[1:])(rng.choice(VENUES).removeprefix("the ")) if j % 3 else "Home visit", rng.choice(STAFF),
                            rng.choice(["Delivered", "Delivered", "Failed", "Pending"])]], v)[0])
    docs.append(Doc("appointment-reminders-export", "csv", [("table", rows)]))

    # magistrates' court results register (extract), with licence endorsements
    v0 = cast(rng, names, {})
    res = [[f"Court results - {v0['court']} - {v0['dl2']} - extract for the RJ service", "", "", "", "", "", "", "", "", "", ""],
           ["Defendant", "DOB", "Address", "Postcode", "Offence", "Plea", "Result", "Driving licence", "VRM", "Police ref", "Person harmed"]]
    offences = [("Driving without insurance; no MOT", "G", "Fine £440; 6 points (IN10)", "{{dl|$a_dlsp}}", "{{vrm|$a_vrm}}", "{{pol|$a_crime}}", "-"),
                ("Criminal damage to a neighbour's car", "G", "Referral order 6 months", "", "{{vrm|$h_vrmold}} (damaged)", "{{pol|$a_occ}}", "{{n|$h_full}}"),
                ("Careless driving, collision with a cyclist", "G", "Fine £620; 5 points (CD10)", "{{dl|$a_dl}}", "{{vrm|$a_vrmtight}}", "{{pol|$a_urn}}", "{{n|$h_tfull}}"),
                ("Assault by beating", "NG", "Adjourned for trial; {{sc|produced from HMP Liverpool}} ({{pris|$a_pris}})", "", "", "{{pol|$a_crime}}", "{{n|$h_full}}"),
                ("Drink driving (excess alcohol)", "G", "Disqualified 20 months; DR10", "{{dl|$a_dlcard}}", "{{vrm|$a_vrmsuf}}", "{{pol|$a_cust}}", "-"),
                ("Theft from a shop", "G", "Conditional discharge 12 months", "", "", "{{pol|$a_log}}", "-"),
                ("Dangerous driving; failing to stop", "G", "Committed for sentence; {{sc|remanded in custody}}, prison no. {{pris|$a_pris}}", "{{dl|$a_dlni}} (NI)", "{{vrm|$a_vrmni}}", "{{pol|$a_crime}}", "{{n|$h_full}}"),
                ("Harassment of a neighbour", "G", "Community order; restraining order", "", "", "{{pol|$a_urn}}", "{{n|$h_tl}}")]
    used = set()
    for j, (off, plea, result, dl, vrm, pref, harmed) in enumerate(offences):
        region = {2: " region=scot", 5: " region=swales", 6: " region=ni"}.get(j, " region=merseyside")
        v = cast(rng, names, {"a": ("adult m" if j in (3, 6) else "adult") + region, "h": "adult"}, used)
        res.append(cells([["{{n|$a_revcaps}}", ["{{dob|$a_dob}}", "{{dob|$a_dobcaps}}", "{{dob|$a_dobyy}}"][j % 3], "{{addr|$a_addr}}",
                           "{{pc|$a_pc}}" if j % 2 else "{{pc|$a_pctight}}", "{{sc|" + off + "}}", plea, result, dl, vrm, pref, harmed]], v)[0])
    res.append(["Legal adviser: court clerk (see the register)", "", "", "", "", "", "", "", "", "", ""])
    docs.append(Doc("court-results-register", "xlsx", [("sheet", "Results", res, False)]))

    # clean: training course timetable (staff only), venues on a hidden sheet
    tt = [["Course code", "Session", "Date", "Time", "Room", "Trainer", "Notes"],
          ["RJ-L3-2026-01", "Day 1: principles and the evidence", "Tue 13 January 2026", "09:30-16:00", "Room G.14", "Bethan Lloyd", "Bring the workbook (ISBN 978-0-9562811-4-3)"],
          ["RJ-L3-2026-01", "Day 2: preparation and risk", "Tue 20 January 2026", "09:30-16:00", "Room G.14", "Daniel Okoro", "Case studies 1 to 4 (anonymised)"],
          ["RJ-L3-2026-01", "Day 3: facilitation practice", "Tue 27 January 2026", "09:30-16:00", "Hall B", "Tomasz Nowicki", "Role play; actors booked"],
          ["RJ-L3-2026-01", "Day 4: working with young people aged 10-17", "Tue 3 February 2026", "09:30-16:00", "Room 2.07", "Joanne Whitfield", "Guest speaker from a youth justice service"],
          ["RJ-L3-2026-01", "Day 5: assessment", "Tue 10 February 2026", "09:30-13:00", "Room G.14", "Sarah Thompson", "Observed practice, 14 places"],
          ["GDPR-REF-26", "Data protection refresher (online)", "Wed 14 January 2026", "10:00-11:30", "Teams", "Gareth Hughes", "Policy v3.2; quiz pass mark 80%"],
          ["SG-L2-26", "Safeguarding level 2", "Thu 22 January 2026", "13:00-16:30", "Room 2.07", "Aisha Rahman", "Covers s.47 Children Act 1989 and s.42 Care Act 2014"]]
    venues = [["Venue", "Address", "Switchboard", "Getting there"],
              ["Wellfield Room, Birkenhead Central Library", "Borough Road, Birkenhead CH41 2XB", "0151 652 6106", "Bus 471/472; Conway Park station"],
              ["Canolfan Penrhos (Room G.14, Hall B)", "Ffordd Penrhos, Bangor LL57 2EE", "01248 371 400", "Bus 5C; grid ref SH 5745 7140"],
              ["Hoole Community Centre (Room 2.07)", "Westminster Road, Hoole, Chester CH2 3AS", "01244 346 310", "Bus 9 from Chester bus exchange"]]
    docs.append(Doc("training-course-timetable", "xlsx", [("sheet", "Timetable", tt, False), ("sheet", "Venues", venues, True)]))
    return docs


def trial_docs(rng: random.Random) -> list[Doc]:
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
