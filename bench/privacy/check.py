"""The check part of the corpus: identifiers written every way people write them, in documents of new kinds.

What it is. Forty invented documents (twelve clean) uploaded by a restorative justice service and
the agencies around it, in every file type (TXT, CSV, DOCX with tables, tracked changes, comments,
footnotes and headers, XLSX with hidden sheets, PDF with form fields and a footnote, ODT), weighted
towards identifiers in their everyday variety: dates of birth in prose, in tables and in brackets
after names (slashed, dotted, dashed, ISO, ordinal, American, month-abbreviated, spaced), landlines
and mobiles (+44, +44 (0), 0044, brackets, dots, dashes, pairs, no spaces; an extension kept outside
the mark), emails, postcodes (spaced, unspaced, lower case, in address blocks and CSV cells),
addresses (on one line, over several lines, flats in named buildings, house names, rural addresses
with a village), NHS numbers (valid mod-11; spaced, unspaced, dashed), NI numbers (spaced, tight,
lower case, dashed), passports (British and of other countries), DVLA driving licences built from
the holder's surname and date of birth (plain, spaced, with the issue number, lower case), vehicle
registrations (current, prefix, dateless, Northern Irish, tight, lower case), prison numbers, police
references of seven forces in styles invented for each (crime, incident log, custody, occurrence,
URN), with and without a word naming them, ages of named people and the schools named pupils
attend. Set in North East and North Lincolnshire (Grimsby, Cleethorpes, Scunthorpe), South
Yorkshire and Bassetlaw (Rotherham, Worksop), the Peak District and Derbyshire Dales (Buxton,
Glossop, Matlock), Somerset (Yeovil, Bridgwater, Frome, Minehead), Powys (Welshpool, Llandrindod
Wells, Machynlleth, Ystradgynlais) and the Isle of Wight (Ryde, Sandown, Shanklin, Cowes), with
their postcode districts and dialling codes and the same invented organisation and staff (org.py).
Kinds: a witness care unit letter (PDF), a magistrates' court register extract, a probation victim
liaison contact record (tracked change, comment), a school transition form (PDF form), a youth
justice case summary (ODT), a restorative justice hub intake workbook (identity numbers on a
hidden sheet), a prison social visit confirmation (PDF form), a council ASB case file, a housing
association referral email, a liaison and diversion note (header, comment), an interpreter
booking log (CSV), a Victim Support referral (PDF form), a police restorative referral form, a home
visit risk checklist (ODT), a family group conference plan, a volunteer DBS tracker (identity
documents on a hidden sheet), an outcome letter to a rural address (ODT), a residents' WhatsApp
export, a case contact sheet (CSV), a Neighbourhood Watch email, reception telephone message slips,
a care leaver's pathway plan extract, a holiday park warden's incident note, a ferry incident
report (PDF form), a harmed person's own timeline, a case transfer workbook between hubs
(identifiers on a hidden sheet), a strategy meeting invitation and an ID documents log (CSV).
Clean ones (no sensitive personal data, many traps): a directory of partner agencies'
switchboards and team mailboxes, a recording policy with example formats written as placeholders,
a training quiz, a budget (an invoice number passing the NHS checksum; codes on a hidden sheet), a
staff rota (CSV), a room booking list, a data return of counts (definitions on a hidden sheet), an
anonymised case study (footnote), a leaflet (PDF), team minutes naming only staff (tracked change,
comment), a glossary of terms and an invoice with the organisation's own details (PDF).

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``, ``@page``),
rendered by fresh.py's ``blocks_for``; workbooks and exports are built here. People are this
module's ``Person``, whose written forms are this module's ``_fields``; driving licences come from
trial.py's ``dvla``, phone number spellings from trial.py's ``_mobiles`` and ``_landlines``. The
labelling follows sample.py exactly. Every piece of sensitive personal data is marked,
professionals' names and named work emails and direct lines included; the organisation's staff,
address, helpline and mailboxes stay unmarked, as do other services' team mailboxes and
switchboards. A mark holds the value only: "DOB", "b.", "tel", "mob", "ref", "reg", "log", "prison
no." and titles such as Dr, PC, PCSO and DS stay outside it (a collar number too), titles used as
part of a name (Mrs Kirman) inside; an extension stays outside; a reference's own letters (HU,
SYP, DP, IOW, HC) inside. Addresses are marked without the town (or village and town), which stay
places; an address block is marked line by line; a street named without a house number stays a
place. Offences, suspicions, arrests, charges, trials, custody and remand of named or identifiable
people are special category, as are their health, faith, ethnicity, sexuality, political opinions
and trade union membership; offences in anonymised case studies and aggregate counts are not, nor
is the kind of crime a named person suffered. A person's age is marked (the number only) when it is
said of a named person; a school is marked when a named pupil attends it. The unmarked text is the
traps: staff; the organisation's address and helpline; switchboards and addresses of police,
councils, courts, prisons, surgeries, ferry terminals and schools; generic team mailboxes; the
service's case numbers, invoice numbers (one passing the NHS checksum), tenancy, booking, plot,
DBS certificate, purchase order and budget codes; conference dial-in numbers; meeting and offence
dates; Acts and sections; age bands, counts and statistics; pseudonyms (Person A, YP1, Child B, Mr
X); placeholder formats (XXX XXX XXXX, DD/MM/YYYY); languages; policy language about health and
ethnicity; rooms named after people (the Amy Johnson Room, the Wilberforce Room, the Hywel Dda
Room, the Admiral Blake Room, the Florence Nightingale Room, the Julia Margaret Cameron Room); and
words that are names used as words (hope, faith, grace, will, mark, rose, amber, ivy, pearl, sandy,
crystal, cliff, dale, heath, glen).

Sources of names. Pools written here only, with any name sharing a word with the other parts'
pools (notes.py's, field.py's, portfolio.py's and all that they keep out), the staff, the trap
words or the places dropped at build time (``_banned``): English (Humber and North Lincolnshire,
Peak District, Somerset and Isle of Wight surnames), Welsh (Powys), Scottish, Irish (Gaelic
surnames with feminine forms), Czech (feminine forms), Croatian, Thai, Hong Kong Cantonese,
Egyptian, Palestinian, Rwandan, Sri Lankan Tamil, Bengali, Estonian and Tanzanian. Of every twenty
people drawn freely twelve come from the English, Welsh, Scottish and Irish pools and eight from
the others.

    python -c "import random, corpus, check; corpus.build('check', check.check_docs(random.Random(55807)))"   # from bench/privacy
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re

import blind
import notes
import trial
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2026, 6, 22)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Kiera", "Lacie", "Demi", "Brogan", "Tegan", "Macy", "Shauna", "Tammy", "Carly", "Lindsey", "Gillian", "Wendy", "Pamela", "Sandra",
         "Yvonne", "Marion", "Elsa", "Harriet", "Imogen", "Phoebe", "Esme", "Matilda", "Ottilie", "Freya", "Isla", "Lexi", "Bella", "Charlene",
         "Leanna", "Cheryl", "Sonia", "Rita", "Jean", "Maureen", "Gloria", "Valerie", "Josie", "Nancy", "Lottie", "Maisie", "Tiffany", "Stephanie", "Tianne", "Roxie", "Jorja", "Tahlia", "Bronte",
         "Aurelia", "Clementine", "Marigold", "Primrose", "Winona", "Delphine", "Honor", "Janette", "Davinia"],
        ["Declan", "Reagan", "Kyran", "Tobias", "Ashton", "Brayden", "Finley", "Kaleb", "Lenny", "Mitchell", "Spencer", "Travis", "Zac",
         "Clive", "Derek", "Graham", "Ian", "Kevin", "Martyn", "Phil", "Russell", "Tony", "Alan", "Brian", "Cyril", "Duncan", "Eric", "Frederick",
         "Harold", "Leslie", "Stanley", "Wilfred", "Arthur", "Albie", "Ezra", "Jasper", "Ronnie", "Sonny", "Jordan-Lee", "Kane", "Ricky", "Scott", "Kenton", "Lyle",
         "Rhett", "Colton", "Jethro", "Barney", "Humphrey", "Ambrose", "Reginald", "Maurice"],
        ["Kirman", "Ounsworth", "Drewery", "Ulyatt", "Stothard", "Wressell", "Cammack", "Sprakes", "Borrill", "Tasker", "Odlin", "Rylatt",
         "Clixby", "Waddingham", "Brocklesby", "Thurgood", "Vickers", "Padley", "Staniforth", "Bagshaw", "Bramwell", "Furniss", "Needham",
         "Bowler", "Wildgoose", "Eyre", "Mycock", "Bullivant", "Woolley", "Brocklehurst", "Sidebotham", "Chadwick", "Bidgood", "Chedzoy",
         "Hembrow", "Keirle", "Loveless", "Pittard", "Reakes", "Tuckey", "Vowles", "Yeandle", "Bisgrove", "Chubb", "Lugg", "Nurcombe",
         "Pople", "Voake", "Hayles", "Buckett", "Cheverton", "Morey", "Urry", "Attrill", "Dore", "Mew", "Jolliffe", "Wheeler-Dore", "Cotton-Kirman"]),
    "welsh": (
        ["Eirlys", "Tesni", "Nerys", "Delyth", "Olwen", "Rhoswen", "Gwennan", "Mererid", "Llinos", "Beca", "Nest", "Carys"],
        ["Gwilym", "Tegid", "Dewi", "Cynan", "Elwyn", "Islwyn", "Arwel", "Gwynfor", "Irfon", "Trefor", "Meical", "Sion", "Ifor"],
        ["Breese", "Jarman", "Lloyd-Price", "Bebb", "Corfield", "Hamer", "Jerman", "Kinsey", "Pryce", "Rees-Bebb", "Wigley", "Meyrick", "Beddows",
         "Vaughan-Lloyd", "Owen", "Edwards", "Evans"]),
    "scottish": (
        ["Kenna", "Mirren", "Ailie", "Iseabail", "Rhoda", "Senga", "Wilma", "Marsha", "Kirstine", "Euphan", "Jessamine"],
        ["Brodie", "Kerr", "Rory", "Alistair", "Iain", "Hector", "Ewan", "Gregor", "Grigor", "Torquhil", "Dugald", "Ranulph", "Lachann"],
        ["Cruickshank", "Dalgleish", "Halliday", "Imrie", "Jardine", "Kidd", "Laing", "Mowat", "Paterson", "Reekie", "Swankie", "Tulloch", "Waddell", "Yule"]),
    "irish": (
        ["Aine", "Eimear", "Fiadh", "Orlaith", "Sorcha", "Ciara", "Laoise", "Bébhinn", "Gormlaith", "Eilís"],
        ["Cillian", "Enda", "Fintan", "Killian", "Naoise", "Peadar", "Seanie", "Turlough", "Eoghan", "Fearghal", "Ruairc", "Cathaoir"],
        ["Begley", "Corcoran", "Dillane", "Egan", "Foley", "Guerin", "Halpin", "Kiely", "Lenihan", "Mac Donncha", "Ó Súilleabháin", "Nolan",
         "Quinlan", "Rafferty", "Sheridan", "Tierney"]),
}
UK_WEIGHTS = {"english": 7, "welsh": 2, "scottish": 1, "irish": 1.2}
IRISH_FEMININE = {"Mac Donncha": "Nic Dhonncha", "Ó Súilleabháin": "Ní Shúilleabháin"}
OTHER = {
    "czech": (["Tereza", "Lucie", "Kateřina", "Veronika", "Markéta", "Hana", "Jana", "Pavla"],
              ["Ondřej", "Jiří", "Vojtěch", "Lukáš", "Petr", "Zdeněk", "Radek", "Miroslav"],
              ["Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Pokorný", "Svoboda", "Beneš"]),
    "croatian": (["Mirjana", "Snježana", "Gordana", "Vesna", "Ankica", "Dubravka"], ["Zoran", "Dražen", "Krešimir", "Tihomir", "Branimir", "Zvonimir"],
                 ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Perić"]),
    "thai": (["Siriporn", "Kanokwan", "Pimchanok", "Supaporn", "Wanida", "Nattaya"], ["Somchai", "Anan", "Prasert", "Thanawat", "Kittisak", "Surachai"],
             ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Boonmee", "Saetang", "Kaewkham"]),
    "cantonese": (["Hiu Tung", "Lok Hiu", "Tung Yuet"], ["Tsz Lok", "Chiu Tung", "Hok Lam"],
                  ["Tse", "Yuen", "Fok", "Lui", "Mok", "Chiu", "Szeto"]),
    "egyptian": (["Mariam", "Nourhan", "Heba", "Rasha", "Dina", "Shaimaa"], ["Ahmed", "Mahmoud", "Sherif", "Amr", "Tamer", "Hossam"],
                 ["Abdelmalek", "Fahmy", "Ghoneim", "Hegazy", "Mostafa", "Shalaby", "Soliman", "Zaki"]),
    "palestinian": (["Dalia", "Reem", "Samar", "Maysa", "Ruba-Lynn"], ["Rami", "Fadi", "Nabil", "Ziad", "Wael", "Issa"],
                    ["Khalil", "Abu-Saleh", "Qassem", "Barghouti", "Darwish", "Shaath"]),
    "rwandan": (["Uwase", "Mukamana", "Ingabire", "Umutoni", "Iradukunda"], ["Habimana", "Niyonzima", "Mugisha", "Nshimiyimana", "Kagabo"],
                ["Uwimana", "Nsengiyumva", "Mukiza", "Rukundo", "Bizimana", "Twagirayezu"]),
    "tamil": (["Kalaivani", "Sharmila", "Thusyanthy", "Mathumitha", "Vithya"], ["Kumaran", "Thayalan", "Janarthanan", "Sutharsan", "Nirojan", "Piratheep"],
              ["Ganeshalingam", "Selvarajah", "Paramanathan", "Nadarajah", "Rasiah", "Sritharan", "Vigneswaran"]),
    "bengali": (["Moumita", "Sreeparna", "Debjani", "Tanusree", "Rituparna"], ["Subhajit", "Arnab", "Sourav", "Debashis", "Indranil"],
                ["Banerjee", "Chatterjee", "Mukherjee", "Ghosh", "Sengupta", "Bhattacharya", "Dasgupta"]),
    "estonian": (["Kadri", "Triin", "Liis", "Merike", "Piret"], ["Tõnu", "Priit", "Rein", "Jaanus", "Märt"],
                 ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Kukk"]),
    "tanzanian": (["Neema", "Rehema", "Zawadi", "Subira", "Upendo"], ["Baraka", "Juma", "Hamisi", "Rashidi", "Salim"],
                  ["Mwakyusa", "Massawe", "Mushi", "Lyimo", "Kimaro", "Shirima", "Mrema"]),
}
NICKNAMES = {"Frederick": "Freddie", "Wilfred": "Wilf", "Gwilym": "Gwil", "Ondřej": "Ondra", "Kateřina": "Katka", "Alistair": "Ally",
             "Stanley": "Stan", "Sutharsan": "Suthan", "Matilda": "Tilda", "Leslie": "Les", "Ronnie": "Ron", "Harold": "Harry"}
# Words the documents use as words or as the names of rooms and people of history: no one drawn freely has them.
TRAP_WORDS = {"Amy", "Johnson", "Wilberforce", "William", "Hywel", "Dda", "Owain", "Glyndŵr", "Glyndwr", "Admiral", "Blake", "Florence",
              "Nightingale", "Julia", "Margaret", "Cameron", "Grace", "Hope", "Faith", "Will", "Mark", "Rose", "Amber", "Ivy", "Pearl", "Sandy",
              "Crystal", "Cliff", "Dale", "Heath", "Glen", "Victoria", "Albert", "Zehr", "Braithwaite", "Pranis", "Wachtel", "Northmoor", "Tanner",
              "Row", "Person", "Child", "Mr", "Mrs", "Ms", "Humber", "Parrett", "Tone", "Solent", "Medina", "Severn", "Wye", "Peak", "Kinder"}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Grimsby", ["DN31", "DN32", "DN34"], "01472", "HU"), ("Cleethorpes", ["DN35"], "01472", "HU"),
         ("Scunthorpe", ["DN15", "DN16", "DN17"], "01724", "HU"), ("Rotherham", ["S60", "S61", "S65"], "01709", "SY"),
         ("Worksop", ["S80", "S81"], "01909", "NT"), ("Buxton", ["SK17"], "01298", "DE"), ("Glossop", ["SK13"], "01457", "DE"),
         ("Matlock", ["DE4"], "01629", "DE"), ("Yeovil", ["BA20", "BA21"], "01935", "AS"), ("Bridgwater", ["TA6"], "01278", "AS"),
         ("Frome", ["BA11"], "01373", "AS"), ("Minehead", ["TA24"], "01643", "AS"), ("Welshpool", ["SY21"], "01938", "DP"),
         ("Llandrindod Wells", ["LD1"], "01597", "DP"), ("Machynlleth", ["SY20"], "01654", "DP"), ("Ystradgynlais", ["SA9"], "01639", "DP"),
         ("Ryde", ["PO33"], "01983", "HA"), ("Sandown", ["PO36"], "01983", "HA"), ("Shanklin", ["PO37"], "01983", "HA"), ("Cowes", ["PO31"], "01983", "HA")]
STREETS = {
    "Grimsby": ["Freeman Street", "Weelsby Road", "Boulevard Avenue", "Heneage Road"], "Cleethorpes": ["Clee Road", "Brereton Avenue", "Taylors Avenue"],
    "Scunthorpe": ["Ashby High Street", "Frodingham Road", "Westcliff Gardens", "Cottage Beck Road"],
    "Rotherham": ["Wellgate", "Kimberworth Road", "Badsley Moor Lane", "Doncaster Gate"], "Worksop": ["Carlton Road", "Shireoaks Road", "Manton Crescent"],
    "Buxton": ["Fairfield Road", "Bench Road", "London Road"], "Glossop": ["Hadfield Road", "Simmondley Lane", "Gamesley Fold"],
    "Matlock": ["Smedley Street", "Dimple Road", "Starkholmes Road"], "Yeovil": ["Sherborne Road", "Lyde Road", "Goldcroft", "Larkhill Road"],
    "Bridgwater": ["Bristol Road", "Durleigh Road", "Wembdon Road", "Taunton Road"], "Frome": ["Vallis Way", "Butts Hill", "Nunney Road"],
    "Minehead": ["Alcombe Road", "Periton Road", "Quay Street"], "Welshpool": ["Berriew Street", "Salop Road", "Brook Street"],
    "Llandrindod Wells": ["Temple Street", "Cefnllys Lane", "Dyffryn Road"], "Machynlleth": ["Heol Maengwyn", "Heol Powys", "Pentrerhedyn Street"],
    "Ystradgynlais": ["Brecon Road", "Commercial Street", "Heol Eglwys"], "Ryde": ["Monkton Street", "Marlborough Road", "West Street"],
    "Sandown": ["Station Avenue", "Fort Street", "Broadway"], "Shanklin": ["Regent Street", "Landguard Road", "Atherley Road"],
    "Cowes": ["Park Road", "Mill Hill Road", "Arctic Road"],
}
BLOCKS = {"HU": ["Riverhead Court", "Kasbah Lofts", "Fishdock House"], "SY": ["Keppel Court", "Don Bank House"], "NT": ["Clumber House", "Priorswell Court"],
          "DE": ["Crescent Court", "Cavendish Mews"], "AS": ["Westlands Court", "Petters House"], "DP": ["Tŷ Hafren", "Gungrog Court"],
          "HA": ["Esplanade Court", "Solent View Apartments"]}
RURAL = {"HU": [("Holme Farm Cottage", "Carr Lane", "Tetney, Grimsby", "DN36", "01472"), ("The Old Chapel", "Main Street", "Messingham, Scunthorpe", "DN17", "01724")],
         "SY": [("Moorgate Barn", "Brookhouse Lane", "Laughton-en-le-Morthen, Sheffield", "S25", "01909")],
         "NT": [("Lodge Farm", "Blyth Road", "Carlton in Lindrick, Worksop", "S81", "01909")],
         "DE": [("Lowfields Barn", "Chinley Head Lane", "Chapel-en-le-Frith, High Peak", "SK23", "01298"), ("Bank End Cottage", "Hollins Lane", "Tansley, Matlock", "DE4", "01629")],
         "AS": [("Withy Bed Cottage", "Moor Drove", "Westonzoyland, Bridgwater", "TA7", "01278"), ("Higher Combe Farm", "Combe Lane", "Wootton Courtenay, Minehead", "TA24", "01643")],
         "DP": [("Tŷ'n y Coed", "Lôn Cefn", "Llanfair Caereinion, Welshpool", "SY21", "01938"), ("Pen y Banc", "Heol y Cwm", "Cwmgiedd, Ystradgynlais", "SA9", "01639"),
                ("Brynhyfryd", "Ffordd yr Orsaf", "Crossgates, Llandrindod Wells", "LD1", "01597")],
         "HA": [("Downside Cottage", "Shanklin Road", "Godshill, Ventnor", "PO38", "01983"), ("Rew Farm House", "Rew Lane", "Wroxall, Ventnor", "PO38", "01983")]}
SCHOOLS = {"HU": ["Humberston Sands Academy", "Havelock Vale School", "Brumby Brook Academy"], "SY": ["Kimberworth Ridge School", "Rother Valley Park Academy"],
           "NT": ["Manton Wood Academy", "Shireoaks Vale School"], "DE": ["Kinder View Academy", "Dimple Brook School", "Fairfield Edge Academy"],
           "AS": ["Ninesprings Academy", "Parrett Vale School", "Selwood Rise Academy"], "DP": ["Ysgol Bro Hafren", "Ysgol Dyffryn Ithon", "Ysgol Gwaun Tawe"],
           "HA": ["Medina Reach Academy", "Ryde Downs Academy", "Sandown Bay Academy"]}
PRIMARY = {"HU": "Nunsthorpe Fields Primary School", "SY": "Kimberworth Brook Primary School", "NT": "Manton Vale Primary School",
           "DE": "Simmondley Brook Primary School", "AS": "Wembdon Rise Primary School", "DP": "Ysgol Gynradd Glan Hafren", "HA": "Binstead Vale Primary School"}
PRISONS = ["HMP Isle of Wight", "HMP Berwyn", "HMP Sudbury", "HMP Foston Hall", "HMP Hatfield", "HMP Leyhill", "HMP Eastwood Park", "HMP Bristol", "HMP Humber"]
COURTS = {"HU": "Grimsby Magistrates' Court", "SY": "Rotherham Magistrates' Court", "NT": "Mansfield Magistrates' Court", "DE": "Chesterfield Magistrates' Court",
          "AS": "Yeovil Magistrates' Court", "DP": "Welshpool Magistrates' Court", "HA": "Isle of Wight Magistrates' Court"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + [s for v in STREETS.values() for s in v] + [b for v in BLOCKS.values() for b in v]
                + [" ".join(r) for v in RURAL.values() for r in v] + [s for v in SCHOOLS.values() for s in v] + list(PRIMARY.values())
                + PRISONS + list(COURTS.values())
                for w in re.split(r"[\s,\-']+", text) if w}
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
INWARD = blind.INWARD
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FORCES = {"HU": ("Humberside Police", "humberside.police.uk"), "SY": ("South Yorkshire Police", "southyorkshire.police.uk"),
          "NT": ("Nottinghamshire Police", "notts.police.uk"), "DE": ("Derbyshire Constabulary", "derbyshire.police.uk"),
          "AS": ("Avon and Somerset Police", "avonandsomerset.police.uk"), "DP": ("Dyfed-Powys Police", "dyfed-powys.police.uk"),
          "HA": ("Hampshire and Isle of Wight Constabulary", "hampshire.police.uk")}
MEMORY = {"HU": "Y", "SY": "Y", "NT": "F", "DE": "F", "AS": "W", "DP": "C", "HA": "H"}
AGE_ID = ["07", "57", "09", "59", "12", "62", "14", "64", "16", "66", "18", "68", "19", "69", "21", "71", "22", "72", "24", "74", "25", "75"]
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.co.uk", "btinternet.com", "live.co.uk", "sky.com",
        "talktalk.net", "virginmedia.com", "aol.com"]
MAIL_BY_ORIGIN = {"czech": ["seznam.cz", "email.cz"], "croatian": ["gmail.com", "net.hr"], "thai": ["hotmail.com"], "cantonese": ["yahoo.com.hk", "gmail.com"],
                  "estonian": ["hot.ee", "gmail.com"], "egyptian": ["yahoo.com", "gmail.com"]}


def _others() -> set[str]:
    """Every word of a name in the other parts' pools, and their staff, trap words and places."""
    banned = notes._banned()
    for fem, mal, last in (*notes.UK.values(), *notes.OTHER.values()):
        for n in (*fem, *mal, *last):
            banned |= _words(n)
    banned |= {w for k, n in notes.NICKNAMES.items() for w in _words(k) | _words(n)}
    banned |= {w for v in notes.IRISH_FEMININE.values() for w in _words(v)}
    banned |= {w for a in notes.ASSESSORS for w in _words(a)}
    return banned


def _banned() -> set[str]:
    """Every word of a name in the other parts' pools, the staff, the trap words and the places."""
    return _others() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS


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
    """Draws a first name and a surname stem for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        self.uk, self.other, self.dropped = _pools()
        self.banned = _banned()
        self.deck: list[str] = []
        self.used: set[str] = set()

    def _source(self, rng: random.Random) -> str:
        if not self.deck:
            self.deck = ["uk"] * 12 + ["other"] * 8
            rng.shuffle(self.deck)
        return self.deck.pop()

    def draw(self, rng: random.Random, female: bool, origin: str | None = None, stem: str | None = None) -> tuple[str, str, str]:
        src = None
        for attempt in range(300):
            o = origin
            if o is None:
                src = src or self._source(rng)
                if src == "uk":
                    o = rng.choices(list(UK_WEIGHTS), weights=list(UK_WEIGHTS.values()))[0]
                else:
                    o = rng.choice(list(OTHER))
            fem, mal, surnames = self.uk.get(o) or self.other[o]
            if not (fem if female else mal) or not surnames:
                continue
            first, last = rng.choice(fem if female else mal), stem or rng.choice(surnames)
            if first == last or not (_latin(first) and _latin(last)) or (_words(first) | _words(last)) & _STAFF_WORDS:
                continue
            if attempt < 150 and (first in self.used or (stem is None and last in self.used)):
                continue  # spread the pools over the part
            self.used |= {first, last}
            return first, last, o
        raise RuntimeError("no name")


def _feminine(origin: str, stem: str) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(stem, stem)
    if origin == "czech":
        if stem.endswith("ý"):
            return stem[:-1] + "á"
        if stem.endswith("a"):
            return stem[:-1] + "ová"
        return stem + "ová"
    return stem


def _passport_foreign(rng: random.Random, origin: str) -> tuple[str, str]:
    """(nationality, passport number) in the style of a country for someone of this origin."""
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return {
        "czech": ("Czech", digits(8)), "croatian": ("Croatian", f"{rng.randint(1, 2)}{digits(8)}"), "thai": ("Thai", f"A{up(1)}{digits(7)}"),
        "cantonese": ("Hong Kong SAR", f"K{digits(8)}"), "egyptian": ("Egyptian", f"A{digits(8)}"), "palestinian": ("Jordanian", f"{up(1)}{digits(6)}"),
        "rwandan": ("Rwandan", f"PC{digits(6)}"), "tamil": ("Sri Lankan", f"N{digits(7)}"), "bengali": ("Indian", f"{up(1)}{digits(7)}"),
        "estonian": ("Estonian", f"K{digits(7)}"), "tanzanian": ("Tanzanian", f"TAE{digits(6)}"), "irish": ("Irish", f"P{up(1)}{digits(7)}"),
    }.get(origin, ("British", str(rng.randint(100000000, 699999999))))


# ------------------------------------------------------------------------------------------ people


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None, origin: str | None = None,
                 rel: Person | None = None, region: str | None = None, town: str | None = None, home: str | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        first, stem, o = names.draw(rng, self.female, origin=rel.origin if rel else origin, stem=rel.stem if rel else None)
        self.first, self.stem, self.origin = first, stem, o
        self.last = _feminine(o, stem) if self.female else stem
        nick = NICKNAMES.get(first, first)
        self.nick = nick if not _words(nick) & names.banned or nick == first else first
        middle = ["Louise", "Marie", "Jane", "Anne"] if self.female else ["James", "Lee", "John", "Paul"]
        self.middle = rng.choice(middle) if rng.random() < 0.3 and o in UK else ""
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        choices = [t for t in TOWNS if (t[0] == town if town else (t[3] == region if region else True))]
        self.town, districts, code, self.force_key = rng.choice(choices)
        self.district = rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS[self.town])
        home = home or rng.choices(["house", "flat", "letter", "rural"], weights=[58, 22, 8, 12])[0]
        if home == "rural" and town:
            home = "house"
        self.line1 = ""
        if home == "house":
            self.addr = f"{rng.randint(1, 190)} {self.street}"
        elif home == "letter":
            self.addr = f"{rng.randint(1, 90)}{rng.choice('AB')} {self.street}"
        elif home == "flat":
            self.line1 = f"Flat {rng.randint(1, 36)}, {rng.choice(BLOCKS[self.force_key])}"
            self.addr = f"{self.line1}, {rng.randint(2, 140)} {self.street}"
        else:
            house, lane, village, district, code = rng.choice(RURAL[self.force_key])
            self.line1, self.street, self.town, self.district = house, lane, village, district
            self.addr = f"{house}, {lane}"
            self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.line2 = self.addr[len(self.line1) + 2:] if self.line1 else self.addr
        self.code = code
        self.mob = trial._mobiles(rng)
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp3", "tight", "intl", "dash", "pairs"])]
        self.lands = trial._landlines(rng, code)
        self.landline = self.lands[rng.choice(["std", "std", "br", "old"])]
        fa = re.sub(r"[^a-z]", "", blind._ascii(first).lower())
        la = re.sub(r"[^a-z]", "", blind._ascii(self.last).lower())
        yy = f"{self.dob.year % 100:02d}"
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{fa}_{la}", f"{la}{fa[0]}{rng.randint(1, 99)}", f"{fa[0]}{la}",
                            f"{fa}.{la}{rng.randint(1, 9)}", f"{la}.{fa}", f"{fa}{rng.randint(100, 999)}", f"{fa}-{la}"])
        self.email = f"{local}@{rng.choice(MAIL_BY_ORIGIN.get(o, MAIL) if rng.random() < 0.5 else MAIL)}"
        self.work = f"{fa}.{la}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 699999999))
        self.nationality, self.passport_for = _passport_foreign(rng, o)
        self.licence = trial.dvla(self.last, first, self.middle, self.dob, self.female, rng)
        self.licence_issue = f"{rng.randint(10, 99)}"
        self.school = rng.choice(SCHOOLS[self.force_key])
        self.primary = PRIMARY[self.force_key]
        self.vrm = f"{MEMORY[self.force_key]}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_old = f"{rng.choice('LMNPRSTVWXY')}{rng.randint(1, 999)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_dl = f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXY') for _ in range(3))} {rng.randint(1, 999)}"
        self.vrm_ni = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice(['AZ', 'BZ', 'CZ', 'DZ', 'FZ', 'GZ', 'HZ', 'JZ', 'KZ', 'LZ', 'MZ', 'NZ', 'OI', 'UI', 'XI'])} {rng.randint(100, 9999)}"
        self.prison = f"{rng.choice('AAAG')}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(30, 240)))

    def police(self, rng: random.Random, when: dt.date) -> None:
        """References for an incident on or about ``when``, in a style invented for each force."""
        f = self.force_key
        self.force, self.force_domain = FORCES[f]
        serial, n, n5 = rng.randint(1, 1900), rng.randint(100000, 999999), rng.randint(10000, 99999)
        yy = f"{when:%y}"
        self.crime, self.log, self.cust, self.occ, self.urn = {
            "HU": (f"HU/{when:%Y}/{n}", f"{serial:04d}/{when:%d%m%y}", f"HU-GRM-{yy}-{n5}", f"HU{yy}{rng.randint(10**6, 10**7 - 1)}", f"16HM{n5}{yy}"),
            "SY": (f"SYP-{yy}-{n}-C", f"SY{when:%d%m%y}-{serial:04d}", f"SYP/RTH/{n5}/{yy}", f"14{yy}{rng.randint(10**6, 10**7 - 1)}", f"14SR{n5}{yy}"),
            "NT": (f"NTS/{n}/{yy}", f"{serial:04d}-{when:%d%m%Y}", f"WKP/{yy}/{n5}", f"NT{yy}{rng.randint(10**6, 10**7 - 1)}", f"30WK{n5}{yy}"),
            "DE": (f"DBY{yy}/{n}", f"INC {serial} {when:%d/%m}", f"BUX-{n5}-{yy}", f"{yy}/DBY/{n5}", f"31BX{n5}{yy}"),
            "AS": (f"52{yy}{n:06d}", f"AS-{serial:04d}-{when:%d%m%y}", f"ASP/YEO/{n5}/{yy}", f"STORM {serial} {when:%d%m%y}", f"52YV{n5}{yy}"),
            "DP": (f"DP-{when:%Y}-{n}", f"DPP{when:%d%m%y}/{serial:04d}", f"DPP/WLP/{n5}/{yy}", f"{yy}DP{n}", f"63WP{n5}{yy}"),
            "HA": (f"HIOW/{yy}/{n}", f"IOW-{when:%Y%m%d}-{serial:04d}", f"HC/NPT/{n5}/{yy}", f"44{yy}{rng.randint(10**6, 10**7 - 1)}", f"44IW{n5}{yy}"),
        }[f]

    @property
    def title(self) -> str:
        if not self.female:
            return "Mr"
        return "Miss" if self.age < 18 else ("Mrs" if sum(map(ord, self.first)) % 2 else "Ms")


def _fields(p: Person, r: str) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    dob, pc, nhs, ni, dl = p.dob, p.postcode, p.nhs, p.ni, p.licence
    full = f"{p.first} {p.last}"
    block = ([f"{{{{addr|{p.line1}}}}}", f"{{{{addr|{p.line2}}}}}"] if p.line1 else [f"{{{{addr|{p.addr}}}}}"]) + [p.town, f"{{{{pc|{pc}}}}}"]
    return {
        r: p.first, f"{r}_last": p.last, f"{r}_full": full, f"{r}_nick": p.nick, f"{r}_caps": f"{p.last.upper()}, {p.first}",
        f"{r}_upper": full.upper(), f"{r}_lastcaps": p.last.upper(), f"{r}_lower": full.lower(), f"{r}_rev": f"{p.last}, {p.first}",
        f"{r}_init": f"{p.first[0]}. {p.last}", f"{r}_title": p.title, f"{r}_tl": f"{p.title} {p.last}", f"{r}_tfull": f"{p.title} {full}",
        f"{r}_mid": f"{p.first} {p.middle} {p.last}" if p.middle else full,
        f"{r}_dob": dob.strftime("%d/%m/%Y"), f"{r}_dobl": f"{dob.day} {dob.strftime('%B %Y')}", f"{r}_dobo": f"{blind._ordinal(dob.day)} {dob.strftime('%B %Y')}",
        f"{r}_dobdot": dob.strftime("%d.%m.%y"), f"{r}_dobdot4": dob.strftime("%d.%m.%Y"), f"{r}_dobdash": dob.strftime("%d-%m-%Y"),
        f"{r}_dobiso": dob.isoformat(), f"{r}_dobmon": dob.strftime("%d-%b-%Y"), f"{r}_dobshort": f"{dob.day}/{dob.month}/{dob.strftime('%y')}",
        f"{r}_dobus": f"{dob.strftime('%B')} {dob.day}, {dob.year}", f"{r}_dobab": f"{dob.day} {dob.strftime('%b %Y')}",
        f"{r}_dobsp": f"{dob.day:02d} {dob.month:02d} {dob.year}", f"{r}_dobcaps": dob.strftime("%d %b %Y").upper(),
        f"{r}_age": str(p.age),
        f"{r}_addr": p.addr, f"{r}_addrlow": p.addr.lower(), f"{r}_line1": p.line1, f"{r}_line2": p.line2, f"{r}_street": p.street, f"{r}_town": p.town,
        f"{r}_block": "\n".join(block), f"{r}_one": f"{{{{addr|{p.addr}}}}}, {p.town} {{{{pc|{pc}}}}}",
        f"{r}_pc": pc, f"{r}_pclow": pc.lower(), f"{r}_pctight": pc.replace(" ", ""), f"{r}_pclowtight": pc.replace(" ", "").lower(),
        f"{r}_mob": p.mobile, **{f"{r}_mob{k}": v for k, v in p.mob.items()},
        f"{r}_land": p.landline, **{f"{r}_land{k}": v for k, v in p.lands.items()},
        f"{r}_email": p.email, f"{r}_work": p.work,
        f"{r}_nhs": nhs, f"{r}_nhssp": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{r}_nhsdash": f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}",
        f"{r}_ni": ni, f"{r}_nitight": ni.replace(" ", ""), f"{r}_nilow": ni.replace(" ", "").lower(), f"{r}_nidash": ni.replace(" ", "-"),
        f"{r}_pp": p.passport, f"{r}_ppfor": p.passport_for, f"{r}_nat": p.nationality,
        f"{r}_dl": dl, f"{r}_dlsp": f"{dl[:5]} {dl[5:11]} {dl[11:]}", f"{r}_dlcard": f"{dl} {p.licence_issue}", f"{r}_dllow": dl.lower(),
        f"{r}_vrm": p.vrm, f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_vrmlow": p.vrm.lower(), f"{r}_vrmold": p.vrm_old,
        f"{r}_vrmdl": p.vrm_dl, f"{r}_vrmni": p.vrm_ni, f"{r}_vrmnitight": p.vrm_ni.replace(" ", ""),
        f"{r}_pris": p.prison, f"{r}_prislow": p.prison.lower(), f"{r}_prisdash": f"{p.prison[:1]}-{p.prison[1:5]}-{p.prison[5:]}",
        f"{r}_crime": p.crime, f"{r}_log": p.log, f"{r}_cust": p.cust, f"{r}_occ": p.occ, f"{r}_urn": p.urn,
        f"{r}_force": p.force, f"{r}_fd": p.force_domain, f"{r}_school": p.school, f"{r}_primary": p.primary,
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_parent": "mum" if p.female else "dad", f"{r}_sib": "sister" if p.female else "brother",
    }


def cast(rng: random.Random, names: Names, roles: dict[str, str], region: str | None = None) -> dict[str, str]:
    """The values for one document: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [samehome] [town=...] [region=..] [home=...]"; kinds are child,
    pupil, young, adult, old and pro (a professional); a town with a space is written with an underscore. People live in the
    document's region unless told otherwise."""
    people: dict[str, Person] = {}
    region = region or rng.choice(list(FORCES))
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (9, 12), "pupil": (10, 11), "young": (13, 17), "adult": (19, 58), "old": (66, 90), "pro": (26, 62)}[words[0]]
        opts = dict(w.split("=", 1) for w in words if "=" in w)
        if "age" in opts:
            lo, hi = opts["age"].split("-")
            age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = rng.choice(opts["origin"].split("|")) if "origin" in opts else None
        rel = people[opts["rel"]] if "rel" in opts else None
        town = opts.get("town", "").replace("_", " ") or None
        reg = opts.get("region", region)
        if reg == "any":
            reg = rng.choice(list(FORCES))
        home = opts.get("home")
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, region=reg, town=town, home=home)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()}
            taken_last = {w for q in people.values() for w in _words(q.last)}
            if not (p.first in taken_first or (rel is None and _words(p.last) & taken_last)):
                break
        if rel is not None and "samehome" in words:
            for a in ("town", "district", "postcode", "street", "addr", "line1", "line2", "force_key", "landline", "lands", "code", "school", "primary"):
                setattr(p, a, getattr(rel, a))
        people[r] = p
    staff = rng.sample(STAFF, 3)
    dates = [TODAY - dt.timedelta(days=rng.randint(50, 150))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(3, 14)))
    for i in range(len(dates)):
        while dates[i].weekday() >= 5 or (i and dates[i] <= dates[i - 1]):
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(12, 90))
    v: dict[str, str] = {}
    for r, p in people.items():
        p.police(rng, offence + dt.timedelta(days=rng.randint(0, 2)))
        v.update(_fields(p, r))
    cases = rng.sample(range(20, 520), 3)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN, "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2026-{cases[0]:04d}", "case2": f"NMT-2026-{cases[1]:04d}", "case3": f"NMT-2025-{cases[2] + 2600:04d}",
        "inv": nhs_number(rng), "prison": rng.choice(PRISONS), "court": COURTS[region], "region_force": FORCES[region][0],
        "odate": offence.strftime("%d/%m/%Y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}",
        "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "pct": str(rng.randint(61, 96)),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"ds{i + 1}"] = d.strftime("%d/%m/%y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
        v[f"di{i + 1}"] = d.isoformat()
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


# ------------------------------------------------------------------------------------------ documents with personal data

WITNESS_CARE = """Humberside Police and the Crown Prosecution Service
Witness Care Unit (North Bank and South Bank), PO Box 1021, Grimsby DN31 9FX
Telephone 101 and ask for Witness Care | witnesscare.southbank@humberside.police.uk
Our ref: {{pol|$x_crime}}    Date: $dl3
PRIVATE
{{n|$v_tfull}}
$v_block
Dear {{n|$v_tl}},
R v {{n|$x_upper}} - {{sc|assault occasioning actual bodily harm}}
I am writing to let you know that the defendant, {{n|$x_full}} (date of birth {{dob|$x_dobl}}), {{sc|pleaded not guilty at $court on $dl2}}. A trial has been fixed for $dw5 at 10am at the same court, Victoria Street, Grimsby. You are needed as a witness.
When we spoke on $dl1 you told me that you {{sc|have panic attacks}} and that you {{sc|use a walking frame since your hip operation}}. I have asked the prosecutor to apply for you to give evidence from behind a screen, and the court has a lift and an accessible toilet on the ground floor.
Your daughter, {{n|$s_full}}, may come with you as a supporter. She asked us to ring her rather than you; we have her number as {{tel|$s_mobsp3}}.
You also asked about restorative justice. With your agreement we have passed your name and telephone number ({{tel|$v_land}}) to $org, who will call you after the trial. Their helpline is $org_phone.
If anything changes, please contact me. My direct line is {{tel|$o_landstd}} ext 4417, Monday to Thursday.
Yours sincerely,
{{n|$o_full}}
Witness Care Officer
@footnote The Witness Service (Citizens Advice) can show you the court before the trial: call 0300 332 1000. Please quote the reference at the top of this letter, not your name.
"""

COURT_REGISTER = """@header OFFICIAL - court register extract - for the restorative justice service only - not for publication
$court - Courtroom 2 - $dw2 - list 9.45am (remand and first appearances)
Legal adviser: {{n|$la_tfull}}. District Judge (Magistrates' Courts) sitting. Probation court team: rotherham.courtteam@justice.gov.uk (team inbox).
¦No.¦Defendant¦DOB (age)¦Address¦Charge¦URN¦Outcome
¦1¦{{n|$a_caps}}¦{{dob|$a_dob}} ({{age|$a_age}})¦{{addr|$a_addr}}, $a_town {{pc|$a_pc}}¦{{sc|Criminal damage to a motor vehicle, value under £5,000}}¦{{pol|$a_urn}}¦{{sc|Guilty plea. Adjourned for RJ suitability and a pre-sentence report}}
¦2¦{{n|$b_caps}}¦{{dob|$b_dobdot4}} ({{age|$b_age}})¦{{addr|$b_addr}}, $b_town {{pc|$b_pctight}}¦{{sc|Assault by beating of an emergency worker}}¦{{pol|$b_urn}}¦{{sc|Not guilty plea; trial $d5; unconditional bail}}
¦3¦{{n|$c_caps}}¦{{dob|$c_dobmon}} ({{age|$c_age}})¦No fixed abode¦{{sc|Theft from a shop (x3)}}¦{{pol|$c_urn}}¦{{sc|Remanded in custody to HMP Doncaster}}, prison no. {{pris|$c_pris}}
¦4¦{{n|$d_caps}}¦{{dob|$d_dobiso}} ({{age|$d_age}})¦{{addr|$d_line2}}, $d_town {{pc|$d_pclow}}¦{{sc|Harassment without violence}}¦{{pol|$d_urn}}¦{{sc|Guilty plea. Restraining order}}; victim {{n|$dv_full}} consulted
Cases 1 and 4: the bench asked whether the people harmed would consider a restorative meeting before sentence. Probation to liaise with $org (case $case).
@comment $staff: the person harmed in case 1 is {{n|$av_tfull}} - already known to us from last year (case $case3). I'll ring {{n|$av_tl}} on {{tel|$av_mobintl}} once the report is in.
@footnote Register extracts are shared under the information sharing agreement with HMCTS (version 2.1, March 2026). Delete after 30 days.
"""

VLO_NOTE = """Probation Service - Victim Contact Scheme - contact record
Victim liaison officer: {{n|$vlo_full}} ({{em|$vlo_work@justice.gov.uk}}), Yeovil Probation Office. Team inbox: vcu.somerset@justice.gov.uk
Offender: {{n|$x_full}}, prison number {{pris|$x_pris}}. {{sc|Sentenced to four years for wounding with intent}}; {{sc|currently at HMP Leyhill (open conditions since $dl1)}}. Earliest release: spring 2027.
Victim: {{n|$v_tfull}}, DOB {{dob|$v_dobshort}}, of {{addr|$v_addr}}, $v_town, {{pc|$v_pclowtight}}.
Contact: home {{tel|$v_landbr}}; mobile {{tel|$v_mobdot}} (texts preferred). Email {{em|$v_email}}.
¦Date¦Contact¦Notes
¦$d2¦Letter¦Annual update letter sent. No reply.
¦$d3¦Phone¦Spoke to {{n|$v}}. {{sc|Still has nightmares and is on sertraline}}; her GP, Dr {{n|$gp_last}}, has referred her for counselling. Asked what "open conditions" means.
¦$d4¦Home visit¦With $staff of $org. {{n|$v}} would like to explore a letter exchange with {{n|$x}}. Wants licence conditions to cover Lyde Road and the Quedam Centre. {{n|$v}} {{sc|is a practising Catholic}} and said forgiveness "is between me and God, but I want him to know what he did".
Referral to $org sent $d4 (their ref $case).
@tracked Next contact: before the parole review. ¦ Next contact: before the parole review. {{n|$v}} mentioned that her son, {{n|$s_full}}, {{sc|is himself serving a sentence at HMP Bristol}} ({{pris|$s_prislow}}).
@comment {{n|$vlo_full}}: removed the line about the son - not relevant to this victim's contact and not ours to record.
"""

TRANSITION = """Year 6 to Year 7 transition information - $dl1
Completed by the Year 6 teacher with parents. Shared with the secondary school's pastoral team and, with consent, with the restorative justice worker.
@field Pupil's full name ¦ {{n|$p_mid}}
@field Known as ¦ {{n|$p_nick}}
@field Date of birth ¦ {{dob|$p_dobdot4}}
@field Current school ¦ {{sch|$p_primary}}
@field Secondary school from September ¦ {{sch|$p_school}}
@field Home address ¦ {{addr|$p_addr}}
@field Postcode ¦ {{pc|$p_pc}}
@field NHS number ¦ {{nhs|$p_nhssp}}
@field Parent or carer 1 ¦ {{n|$m_tfull}} - {{tel|$m_mobsp3}}
@field Parent or carer 2 ¦ {{n|$f_full}} - {{tel|$f_mobintl}}
@field Medical needs ¦ {{sc|Type 1 diabetes, insulin pump; carries glucose tablets}}
@field Additional learning needs ¦ {{sc|Speech and language difficulties}} (IDP in place)
Pastoral notes. In the spring term {{n|$p}} and {{n|$q_full}} fell out badly over messages in a group chat and {{n|$q}}'s mum complained to the school. Both took part in a restorative conversation with $staff of $org and it went well. {{n|$q}} is also going to {{sch|$q_school}} in September; the families would rather they were not in the same tutor group.
@footnote Information sharing under the Education (Pupil Information) (Wales) Regulations; the school's data protection officer can be reached via the county council switchboard.
"""

YJS_SUMMARY = """Derbyshire Youth Justice Service - High Peak team
Case summary for restorative justice referral
Young person: {{n|$y_full}}, born {{dob|$y_dobo}}, now {{age|$y_age}}.
Lives with: his nan, {{n|$g_tfull}}, at {{addr|$y_addr}}, $y_town {{pc|$y_pc}}. Nan's landline {{tel|$g_landbr}}.
Education: Year 10 at {{sch|$y_school}}; attendance 71% this term. Head of Year: {{n|$t_tl}}.
Order: {{sc|referral order, nine months, made at Chesterfield Youth Court on $dl1}} for {{sc|burglary of a garden shed and theft of a pedal cycle}} on $odate_l. Police crime reference {{pol|$y_crime}}; custody record {{pol|$y_cust}}.
Identity and needs: {{n|$y}} describes himself as {{sc|mixed White and Black Caribbean}}. {{sc|Diagnosed with ADHD in 2023; takes methylphenidate in the morning}}. Known to CAMHS. No current social care involvement.
Harmed person: {{n|$v_tfull}}, {{age|$v_age}}, lives three doors away. {{n|$v_tl}} {{sc|has Parkinson's}}; the bike was his grandson's.
Views: {{n|$y}} says he is "gutted" about the bike and wants to fix the shed. {{n|$v_tl}} is willing to meet if his daughter {{n|$vd_full}} can be there ({{tel|$vd_mob}}).
¦Role¦Name¦Contact
¦YJS case manager¦{{n|$cm_full}}¦{{em|$cm_work@derbyshire.gov.uk}} / {{tel|$cm_mobsp}}
¦Police YJS officer¦PC {{n|$pc_full}}¦{{em|$pc_work@derbyshire.police.uk}}
¦School¦{{n|$t_tfull}} (Head of Year 10)¦via the school office (ask for pastoral)
¦$org¦$staff¦$staff_email / $org_phone
Risk: low risk of serious harm. No weapons. Meet in the community (Buxton library meeting room) rather than at either home.
"""

PRISON_VISIT = """HMP Isle of Wight - Social visit booking confirmation
Parkhurst site, Clissold Road, Newport, Isle of Wight PO30 5RS. Visits booking line: 01983 556 300 (Mon-Fri 9am-4pm).
Please bring this confirmation and photographic ID for every adult. Children under 18 do not need ID.
@field Booking reference ¦ SV-IWP-2604-0193
@field Prisoner name ¦ {{n|$x_caps}}
@field Prison number ¦ {{pris|$x_pris}}
@field Visit date and time ¦ $dw4, 14:00 to 16:00
@field Lead visitor ¦ {{n|$w_tfull}}
@field Lead visitor date of birth ¦ {{dob|$w_dob}}
@field Lead visitor address ¦ {{addr|$w_addr}}, $w_town
@field Lead visitor postcode ¦ {{pc|$w_pc}}
@field Lead visitor telephone ¦ {{tel|$w_mobtight}}
@field Visitor 2 ¦ {{n|$k_full}} (child, DOB {{dob|$k_dobshort}})
@field ID to be shown ¦ Passport {{pp|$w_pp}}
@field Vehicle (car park permit) ¦ {{vrm|$w_vrm}}
Arriving by ferry: allow at least an hour from Fishbourne or East Cowes. The visitors' centre opens 45 minutes before the session.
Notes from the offender management unit: {{n|$x}} {{sc|is on remand awaiting trial}} and may be produced at court on the day; we will text the lead visitor if the visit is cancelled. {{n|$w}} has asked for information about the prison's restorative justice programme; a leaflet is enclosed.
@footnote Prison number and booking reference must be quoted in all correspondence. Visitors who are on the prison's banned list will be turned away.
"""

ASB_FILE = """North East Lincolnshire Council - Community Safety - ASB case file
Case ASB/26/0417 | Officer: {{n|$o_full}} ({{em|$o_work@nelincs.gov.uk}}; team inbox asb.team@nelincs.gov.uk) | Risk: HIGH (matrix score 34)
Complainant: {{n|$c_tfull}}, {{addr|$c_addr}}, $c_town {{pc|$c_pc}}. Tel {{tel|$c_mobsp}}. Vulnerability: {{sc|registered blind; lives alone}}. {{n|$c_tl}} {{sc|is of Indian heritage}} and believes the abuse is racially motivated.
Alleged perpetrator: {{n|$p_full}} ({{age|$p_age}}), living next door. Council tenancy, ref NEL-T-088213. Mobile {{tel|$p_mobdash}}.
Also involved: {{n|$p}}'s friend {{n|$q_full}}, whose white Transit van ({{vrm|$q_vrmold}}) is parked on the verge most nights, and a silver Saab with a private plate, {{vrm|$q_vrmdl}}.
¦Date¦What happened¦Reported by¦Police ref
¦$d1¦Music until 3am; shouting through the letterbox¦{{n|$c_tl}}¦{{pol|$p_log}}
¦$d2¦Dog fouling on the shared path; bin set alight¦Neighbour at No. 9 (anonymous)¦Fire service only
¦$d3¦{{n|$p}} {{sc|arrested for criminal damage}} to {{n|$c_tl}}'s front door¦Police¦Crime {{pol|$p_crime}}
¦$d4¦{{sc|Racist abuse}} shouted at {{n|$c_tl}}'s carer, {{n|$cr_full}}, in the car park¦{{n|$cr_full}} ({{tel|$cr_landstd}})¦{{pol|$cr_log}}
Actions: Community Protection Warning served on {{n|$p_full}} on $d4. Restorative option offered to both parties through $org (case $case): {{n|$c_tl}} is willing to try shuttle mediation; {{n|$p}} has not replied.
{{n|$p}} {{sc|has a history of alcohol misuse}} and {{sc|is on probation}} for an unrelated matter (probation officer {{n|$po_full}}, {{em|$po_work@justice.gov.uk}}).
@footnote CPW and CPN under the Anti-social Behaviour, Crime and Policing Act 2014, sections 43 to 58. Case numbers (ASB/yy/nnnn) and tenancy references are the council's and contain no personal data.
@comment {{n|$o_full}}: please do not share {{n|$c_tl}}'s health details with the other party.
"""

HOUSING_REFERRAL = """From: {{n|$o_full}} <{{em|$o_work@parrettandtone.org.uk}}>
To: RJ Referrals <referrals@$org_domain>
Cc: Neighbourhood Team <neighbourhoods@parrettandtone.org.uk>
Date: $dw2 11:52
Subject: Mediation referral - noise dispute, Bridgwater - our case NT-26-0311

Hello,
Please accept this referral for neighbour mediation between two of our tenants. Both have agreed to be contacted.
Tenant 1: {{n|$a_tfull}} (b. {{dob|$a_dobshort}}), {{addr|$a_addr}}, Bridgwater {{pc|$a_pc}}. Tenancy ref PT-004417. Tel {{tel|$a_landdash}} or {{tel|$a_mobsp}}. Email {{em|$a_email}}. NI no. {{ni|$a_nitight}} (on file for the Housing Benefit backdate, which is being sorted separately).
Tenant 2: {{n|$b_full}} and {{n|$bp_full}}, the flat above. Tel {{tel|$b_mobintl0}}. Tenancy ref PT-004452.
Background: {{n|$a_tl}} {{sc|has MS}} and {{sc|uses a wheelchair}}, and spends most of the day at home. She says there is banging and loud music from about 10pm most nights. {{n|$b}} says {{n|$a_tl}} bangs on the ceiling with a broom and has called them names. {{n|$b}} {{sc|is Muslim}} and prays early; he thinks some of the "noise" is the family getting up for Fajr.
There was one police attendance, log {{pol|$a_log}}, no offences recorded.
Our tenancy team have not served any notices. We think a facilitated conversation would help before this goes further.
Any questions, I'm on {{tel|$o_mobsp3}} (work mobile) or the team on 0300 123 4455.
Kind regards
{{n|$o_full}}
Neighbourhood Officer | Parrett & Tone Homes
Registered provider L4471 | Registered office: Eastover House, Eastover, Bridgwater TA6 5AB
"""

LIAISON = """@header Liaison and Diversion Service, South Yorkshire | OFFICIAL-SENSITIVE | clinical record extract
Liaison and diversion assessment - Rotherham custody suite
Assessed by: {{n|$cl_full}}, Mental Health Nurse ({{em|$cl_work@nhs.net}}). Date: $dl2, 14:20.
Name: {{n|$p_upper}}   DOB: {{dob|$p_dobdash}}   NHS no.: {{nhs|$p_nhsdash}}
Custody number: {{pol|$p_cust}}. Arresting officer: PC 1877 {{n|$pc_last}}.
Reason for arrest: {{sc|suspected assault on his brother at the family home}} ({{addr|$p_addr}}, $p_town).
Presentation: calm, tearful at times. {{sc|Reports low mood for six months since losing his job}}; {{sc|drinking about a litre of vodka a day}}. {{sc|One previous overdose in 2024}}. {{sc|Not known to secondary mental health services}}.
GP: Dr {{n|$gp_full}}, Clifton Medical Centre (practice switchboard 01709 300 111).
Next of kin: mother, {{n|$m_tfull}}, {{tel|$m_mobintl0}}; she {{sc|has dementia}} and should not be told details.
Outcome: referred to the alcohol service and to the community mental health team. Advised custody that he is fit for interview with an appropriate adult. With his consent, referred to $org for possible restorative work with his brother, {{n|$b_full}}, who says he "just wants his brother back".
@comment {{n|$cl_full}}: check with the sergeant whether the brother has made a statement before $org contacts him.
"""

VICTIM_SUPPORT = """Victim Support - referral for emotional and practical support (South Yorkshire)
Referral received from: South Yorkshire Police (automatic referral). Please complete all fields.
@field Victim name ¦ {{n|$v_tfull}}
@field Date of birth ¦ {{dob|$v_dobus}}
@field Address ¦ {{addr|$v_addr}}
@field Town ¦ $v_town
@field Postcode ¦ {{pc|$v_pclow}}
@field Home telephone ¦ {{tel|$v_landbr}}
@field Mobile ¦ {{tel|$v_mobzz}}
@field Email ¦ {{em|$v_email}}
@field Crime reference ¦ {{pol|$v_crime}}
@field Crime type ¦ Burglary (dwelling)
@field Suspect ¦ {{n|$x_full}}, {{sc|arrested and released on bail pending enquiries}}
@field Needs identified ¦ {{sc|Registered blind}}; lives alone; door and window not yet secured
@field Consent to contact ¦ Yes - telephone, mornings
@field Interest in restorative justice ¦ Yes - pass to $org ($org_phone)
Officer in the case: DC {{n|$dc_full}}, {{em|$dc_work@southyorkshire.police.uk}}. Victim Support locality team: Rotherham (use the regional hub line, 0808 168 9111).
@footnote Victim Support is an independent charity. Referrals are made under the Code of Practice for Victims of Crime in England and Wales (2021).
"""

POLICE_RJ = """Avon and Somerset Police - Restorative Justice referral form (RJ1)
Send to the RJ hub: rj.hub@avonandsomerset.police.uk. Do not send to individual practitioners.
Part 1 - referring officer
¦Name¦PC 2291 {{n|$o_full}}
¦Email¦{{em|$o_work@avonandsomerset.police.uk}}
¦Phone¦{{tel|$o_mobsp3}} (work mobile); Yeovil police station 101
¦Crime reference¦{{pol|$x_crime}}
¦STORM log¦{{pol|$x_occ}}
Part 2 - person responsible
¦Name¦{{n|$x_full}}
¦Date of birth¦{{dob|$x_dobab}}
¦Address¦{{addr|$x_addr}}, $x_town {{pc|$x_pc}}
¦Telephone¦{{tel|$x_mobtight}}
¦Driving licence¦{{dl|$x_dlsp}}
¦Vehicle¦{{vrm|$x_vrmtight}} (blue Fiesta, own car)
¦Offence¦{{sc|Dangerous driving - clipped a cyclist on the A37 and drove off}}
¦Admits the offence?¦Yes, in interview on $dl1
Part 3 - person harmed
¦Name¦{{n|$v_full}}
¦Address¦{{addr|$v_line1}}, {{addr|$v_line2}}, $v_town {{pc|$v_pctight}}
¦Telephone¦{{tel|$v_land}} / {{tel|$v_mobdot}}
¦Injuries¦{{sc|Broken collarbone; still in physio}}
¦Wishes¦Wants to meet the driver and "explain what it's like to be knocked off your bike".
Part 4 - risk
No known weapons or violence. {{n|$x}} {{sc|has a conviction for drink driving (2021)}}. Meeting at the police station not advised (victim anxious about police buildings); suggest the Admiral Blake Room at Bridgwater library.
@comment $staff: the RJ hub asks for the licence number only when there is a driving offence - here there is, so fine to keep.
"""

HOME_VISIT = """Home visit risk checklist (lone working)
Complete before every first home visit. Keep with the case file; do not leave in the car.
Case: $case   Practitioner: $staff   Second worker: $staff2   Date of visit: $dl3, 11am
¦Question¦Answer
¦Address of visit¦{{addr|$h_line1}}, {{addr|$h_line2}}, $h_town
¦Postcode (for the sat nav)¦{{pc|$h_pctight}} - the sat nav takes you to the farm gate; the cottage is the second track on the left
¦Who lives there¦{{n|$h_tfull}} ({{age|$h_age}}) and her son {{n|$s_full}} ({{age|$s_age}})
¦Anyone else likely to be present¦{{n|$s}}'s partner, {{n|$sp_full}}, some weekends
¦Known risks¦{{n|$s}} {{sc|has a caution for affray (2022)}}; no known weapons. Two dogs (friendly, will be shut in the kitchen)
¦Health or access needs¦{{n|$h_tl}} {{sc|is hard of hearing and has COPD}}; allow extra time, face her when speaking
¦Vehicles usually at the property¦{{vrm|$s_vrmlow}} (red pick-up), {{vrm|$h_vrmold}} (old Land Rover, not taxed)
¦Mobile signal¦Poor - landline {{tel|$h_landstd}} works; {{n|$s}}'s mobile {{tel|$s_mobpairs}}
¦Check-in arrangements¦Ring the office ($org_phone) on arrival and on leaving; if no call by 1pm, the duty manager rings both mobiles, then 101
¦Safe to proceed¦Yes - signed $staff, countersigned $staff3
Notes: the lane floods after heavy rain; park by the chapel if in doubt. Wellies in the boot.
"""

FGC_PLAN = """@header Powys County Council - Family Group Conference - family plan | Cyngor Sir Powys
Family Group Conference - family plan
Conference held at the Hywel Dda Room, Llandrindod Wells library, on $dl3. Independent coordinator: {{n|$co_full}}. Restorative facilitator: $staff ($org).
Children: {{n|$c1_full}} ({{age|$c1_age}}), Year 9 at {{sch|$c1_school}}; {{n|$c2_full}} ({{age|$c2_age}}), Year 5 at {{sch|$c2_primary}}.
¦Family member¦Relationship¦Phone
¦{{n|$m_full}}¦Mum¦{{tel|$m_mobsp}}
¦{{n|$gm_tfull}}¦Nan (maternal)¦{{tel|$gm_land}}
¦{{n|$u_full}}¦Uncle¦{{tel|$u_mobintl}}
¦{{n|$fr_full}}¦Family friend¦{{tel|$fr_mobdot}}
Why we are here: {{n|$c1}} {{sc|was excluded for five days after hitting another pupil}} and the school has asked for a restorative meeting with that pupil's family. Mum {{sc|is in recovery from alcohol misuse}} and {{sc|attends AA in Newtown}}. The children's dad, {{n|$f_full}}, {{sc|is serving a sentence at HMP Berwyn}} and has not been in contact since Christmas.
Private family time: the family met without professionals for 90 minutes.
¦What we will do¦Who¦When
¦{{n|$c1}} stays with nan on school nights until half term¦{{n|$gm_tl}}¦From now
¦Take {{n|$c1}} to the restorative meeting at school and stay with him¦{{n|$u}}¦Before $dl5
¦Ring school every Friday to check how the week went¦{{n|$m}}¦Weekly
¦Pick {{n|$c2}} up from school on Tuesdays and Thursdays¦{{n|$fr}}¦Ongoing
¦Help {{n|$c1}} write to his dad if he wants to¦$staff¦When {{n|$c1}} is ready
Review: $dl6, same venue. Plan agreed by everyone present.
@footnote Family Group Conferences in Powys are offered under the Social Services and Well-being (Wales) Act 2014. Plans are kept by the coordinator for 12 months.
@comment {{n|$co_full}}: {{n|$gm_tl}} asked that her address is not written on the plan - removed.
"""

OUTCOME_LETTER = """$org
$org_address  |  $org_phone  |  www.$org_domain
Our ref: $case
$dl5
{{n|$h_tfull}}
$h_block
Dear {{n|$h_tl}},
Thank you for taking part in the restorative meeting on $dl4 at the Florence Nightingale Room, Matlock. I know it was not an easy morning, and you were very clear and very fair.
As agreed, here is what {{n|$y_full}} (who is {{age|$y_age}}) has said he will do:
1. Write you a letter in his own words by the end of the month. I will bring it to you.
2. Help rebuild the dry-stone wall he knocked down, with the ranger, on two Saturdays.
3. Pay £60 towards the gate, at £5 a week, through us.
{{n|$y}} {{sc|received a youth caution}} for the damage, and this agreement is separate from that; it is not a court order.
You asked whether your neighbour {{n|$nb_full}} could be told the outcome. {{n|$y}}'s mum, {{n|$p_full}}, was happy for that, so please do share this letter with {{n|$nb}}.
If you would like to talk, please ring me on $org_phone or email $staff_email. If I am out, my colleague $staff2 will help.
With best wishes,
$staff
Restorative Justice Practitioner
"""

WHATSAPP = """WhatsApp Chat with Sandown Bay Residents 🌊
$d1, 19:02 - {{n|$a_full}} created group "Sandown Bay Residents 🌊"
$d1, 19:02 - {{n|$a_full}} added {{tel|$b_mobintl}}, {{tel|$c_mobintl}}, {{n|$d_full}}
$d1, 19:05 - {{n|$a_full}}: Anyone else have their wing mirror done last night? Mine's hanging off 😡
$d1, 19:07 - {{tel|$b_mobintl}}: yes!! and the car on the corner. crystal clear on my doorbell cam, two lads on bikes
$d1, 19:09 - {{n|$d_full}}: I've reported it. Ref {{pol|$a_log}}. They want the footage
$d1, 19:15 - {{tel|$c_mobintl}}: its {{n|$y_full}} from {{addr|$y_addrlow}} I know his mum
$d1, 19:16 - {{n|$a_full}}: Don't name kids on here please
$d1, 19:20 - {{tel|$c_mobintl}}: well he's {{age|$y_age}} he knows what he's doing. he {{sc|got arrested}} in the summer too
$d1, 19:41 - {{tel|$b_mobintl}}: this is my footage, reg of the van that picked them up {{vrm|$q_vrmlow}}
$d2, 08:10 - {{n|$d_full}}: PCSO {{n|$pc_full}} came round. Said the family have agreed to something called restorative justice?
$d2, 08:12 - {{n|$a_full}}: I'm up for that. I just want my £140 back and an apology
$d2, 08:30 - {{tel|$c_mobintl}}: more chance of the cliff path reopening lol
$d3, 17:44 - {{n|$a_full}}: $staff_first from Northmoor rang. Really kind. Meeting at the Julia Margaret Cameron Room at the library, Sandown
$d3, 17:50 - {{n|$d_full}}: 👍 sandy bay fun day is Saturday btw, all welcome
$d3, 18:02 - {{n|$a_full}}: my number for the meeting list: {{tel|$a_mobsp3}}, or email {{em|$a_email}}
"""

NHW_EMAIL = """From: Frome Neighbourhood Watch <fromenhw@gmail.com>
To: $org <referrals@$org_domain>
Date: $dw3 21:17
Subject: Vallis Way - can you help?

Dear $org,
I coordinate the Neighbourhood Watch scheme for the Vallis Way and Nunney Road area. The police community support officer, {{n|$pcso_full}}, suggested I write to you.
One of our members, {{n|$v_tfull}}, who is {{age|$v_age}}, lives alone at {{addr|$v_addr}} ({{pc|$v_pc}}). Over the last two months a group of young people have been knocking on her door and running off, and last week someone put a firework through her letterbox. {{n|$v_tl}} {{sc|has a heart condition}} and her daughter ({{n|$vd_full}}, {{tel|$vd_mob}}) is very worried about her.
We think we know who it is. A car keeps dropping them off, an old silver Corolla, {{vrm|$q_vrmdl}}, and the driver is {{n|$q_full}}, who I believe is the older brother of one of them. The police have the details under {{pol|$v_crime}}.
{{n|$v_tl}} said she does not want anyone "getting a record", she just wants it to stop and would like to meet the parents. Could you contact her? She is best on her landline, {{tel|$v_landold}}, and will not answer withheld numbers.
With thanks and best wishes,
{{n|$me_full}}
Coordinator, Frome NHW ({{tel|$me_mobsp}})
P.S. Our next street meeting is at the Cheese and Grain on the 14th - all welcome, it's a good way to get the word out.
"""

MESSAGE_SLIPS = """RECEPTION - TELEPHONE MESSAGES - week beginning $dl1 (typed up from the message pad)
---
For: $staff   Taken by: $staff3   $ds1 09:40
Caller: {{n|$a_tfull}}. Please ring back on {{tel|$a_landintl0}} after 2pm. About the letter from {{n|$x_full}}. Not urgent but she is anxious.
---
For: $staff2   Taken by: $staff3   $ds1 11:15
Caller: PC {{n|$pc_full}}, Scunthorpe neighbourhood team. Direct line {{tel|$pc_landdash}} ext. 231 (or 101 and ask). Re crime no. {{pol|$x_crime}} - the victim has changed her mind and wants to meet.
---
For: $staff   Taken by: $staff2   $ds2 15:02
Caller: {{n|$b_full}} (dad of {{n|$y}}, {{age|$y_age}}). New mobile {{tel|$b_mobdot}}. Old one lost. Also new address from Monday: {{addr|$b_line2}}, $b_town {{pc|$b_pclow}}.
---
For: anyone   Taken by: $staff3   $ds3 10:20
Caller: withheld, would not give name. Asked if "{{n|$y_lower}}" was "going to court or what". Told her we cannot discuss anyone. Hung up.
---
For: $staff2   Taken by: $staff   $ds3 16:45
Caller: {{n|$sw_full}}, social worker, North Lincolnshire Children's Services. Mob {{tel|$sw_mobtight}}. Email {{em|$sw_work@northlincs.gov.uk}}. Re {{n|$y}}: he {{sc|has been diagnosed with autism}}, so the meeting needs to be short and in a quiet room.
---
For: $staff   Taken by: $staff3   $ds4 12:30
Caller: switchboard at Scunthorpe General Hospital (01724 282282) on behalf of {{n|$a_tl}}, who {{sc|has been admitted after a fall}} - asks that her visit is postponed.
"""

PATHWAY_PLAN = """Pathway plan - extract for the restorative justice referral (sections 2, 5 and 7)
Young person: {{n|$y_full}}   Date of birth: {{dob|$y_dobl}}   Age: {{age|$y_age}}
Personal adviser: {{n|$pa_full}} ({{em|$pa_work@somerset.gov.uk}}, {{tel|$pa_mobsp}})
Section 2 - where I live
I live in a supported flat at {{addr|$y_line1}}, {{addr|$y_line2}}, $y_town {{pc|$y_pc}}. Staff are on site 9 to 5. I want my own tenancy by the time I am 19.
Section 5 - identity and documents
¦Document¦Number¦Held by
¦National Insurance number¦{{ni|$y_ni}}¦Me (card in my wallet)
¦NHS number¦{{nhs|$y_nhs}}¦GP surgery and me
¦Passport¦{{pp|$y_ppfor}} ($y_nat)¦Personal adviser, in the safe
¦Provisional driving licence¦{{dl|$y_dlcard}}¦Me
¦Birth certificate¦Full certificate¦Personal adviser
Section 7 - health and wellbeing
I {{sc|have anxiety and I take sertraline}}. I {{sc|see the CAMHS transition worker}} until I am 18. I {{sc|am gay}} and I am out to my friends and my PA, not to my foster family. I go to the LGBT+ youth group in Yeovil on Wednesdays.
My offending: {{sc|I got a referral order for assault last year}} after a fight at the bus station. The person I hurt, {{n|$v_full}}, has said they would get a letter from me. I want to do it with $org.
Signed: {{n|$y_full}}   {{n|$pa_full}} (PA)   $dl2
"""

CARAVAN_NOTE = """Warren Bay Holiday Park, Minehead - warden's incident note
Warden on duty: {{n|$w_full}}. Date: $dl2. Time: 23:40.
Plot 214 (tourer pitch) and caravan C-117 (hire fleet). Park reception 01643 700 123 (not for emergencies).
What happened: guests in C-117, {{n|$a_tfull}} and family, reported that a group from the tourer on plot 214 had been shouting and throwing stones at their caravan, and a window was cracked. {{n|$a_tl}}'s children, aged {{age|$a1_age}} and {{age|$a2_age}} ({{n|$a1}} and {{n|$a2}}), were frightened.
Plot 214 booking is in the name of {{n|$b_full}} of {{addr|$b_addr}}, $b_town {{pc|$b_pc}}, with a Northern Irish registered car and tourer, {{vrm|$b_vrmni}} / {{vrm|$b_vrmnitight}} on the booking form. Mobile on booking {{tel|$b_mobzz}}.
{{n|$a_tl}}'s home address (booking): {{addr|$a_addr}}, $a_town {{pc|$a_pctight}}; mobile {{tel|$a_mobsp}}.
Police called: Avon and Somerset, log {{pol|$w_log}}. Officers attended at 00:30 and spoke to both families. {{n|$b}}'s son {{n|$bs_full}} ({{age|$bs_age}}) {{sc|admitted throwing stones}} and apologised on the night.
Outcome: park manager agreed that both families stay. {{n|$b}} has offered to pay for the window. The officer has suggested a restorative conversation and the families agreed to be contacted by $org after their holidays.
"""

FERRY_REPORT = """Island Link Ferries - passenger incident report (Portsmouth to Fishbourne route)
Completed by the duty officer and forwarded to Hampshire and Isle of Wight Constabulary and, with consent, to $org. Terminal office: 0333 999 7333.
@field Sailing ¦ 17:30 departure, $dl2
@field Passenger 1 (complainant) ¦ {{n|$a_tfull}}
@field Passenger 1 date of birth ¦ {{dob|$a_dobdot}}
@field Passenger 1 address ¦ {{addr|$a_addr}}, $a_town
@field Passenger 1 postcode ¦ {{pc|$a_pc}}
@field Passenger 1 telephone ¦ {{tel|$a_mobintl3}}
@field Passenger 1 vehicle ¦ {{vrm|$a_vrm}}
@field Passenger 2 ¦ {{n|$b_full}}
@field Passenger 2 ID shown ¦ $b_nat passport {{pp|$b_ppfor}}
@field Passenger 2 vehicle ¦ {{vrm|$b_vrmtight}}
@field Passenger 2 driving licence ¦ {{dl|$b_dl}}
@field Police reference ¦ {{pol|$b_log}}
Description: an argument on the car deck about parking too close became physical. {{n|$b}} {{sc|was arrested on arrival at Fishbourne for assaulting}} {{n|$a_tl}}, who {{sc|had a cut above the eye}} and was seen by a first aider on board. Crew member {{n|$cr_full}} separated them.
Both passengers later told the police they would consider a restorative meeting. {{n|$a_tl}} asked that {{n|$b}} is told he {{sc|has epilepsy}} and was frightened of a seizure.
@footnote CCTV from the car deck is kept for 31 days. Requests to the company's data protection officer, quoting the sailing time and date.
"""

TIMELINE = """From: {{n|$h_full}} <{{em|$h_email}}>
To: $staff <$staff_email>
Subject: timeline like you asked

Hi $staff_first,
Here is everything I can remember, as you asked. Sorry it's long.
$ds1 - first time. {{n|$x_full}} from next door ({{addr|$x_addr}}) parked his van ({{vrm|$x_vrmold}}) across my drive. I asked him to move, he swore at me.
$ds2 - van again, and his mate's car, a black BMW, private plate {{vrm|$y_vrmdl}}. I rang 101, ref {{pol|$x_log}}.
$ds3 - he threw my recycling box over the fence. PCSO {{n|$pcso_full}} came round and took a statement.
$ds4 - {{n|$x}}'s partner, {{n|$xp_full}}, came round to say sorry for him. She said he {{sc|has been drinking a lot since he lost his mum}} and {{sc|is seeing someone for depression}}. I felt sorry for her.
$ds5 - police said it's a crime now, Derbyshire ref {{pol|$x_crime}}, harassment, and asked if I'd try restorative justice instead of court. I said yes.
My details for your form: {{n|$h_full}}, DOB {{dob|$h_dobsp}}, {{addr|$h_addr}}, Glossop {{pc|$h_pclowtight}}, mobile {{tel|$h_mobbr}}. I {{sc|have fibromyalgia}} so mornings are bad; afternoons are better.
Thanks for listening. It helps.
{{n|$h}}
"""

MEETING_INVITE = """BEGIN:VCALENDAR
SUMMARY:Strategy discussion - {{n|$y_init}} ({{dob|$y_dobiso}}) - RJ suitability
DTSTART:$di3T100000
LOCATION:Microsoft Teams meeting / Room 2, Scunthorpe Civic Centre
ORGANIZER:{{n|$sw_full}} <{{em|$sw_work@northlincs.gov.uk}}>
ATTENDEE:{{n|$pc_full}} <{{em|$pc_work@humberside.police.uk}}>
ATTENDEE:Youth Justice Service <yjs.referrals@northlincs.gov.uk>
ATTENDEE:{{n|$t_full}} <{{em|$t_work@brumbybrook.sch.uk}}>
ATTENDEE:$staff <$staff_email>
DESCRIPTION:Join on your computer or mobile app. Or call in (audio only) +44 20 3855 4981, phone conference ID 663 091 442#.
 Agenda: 1. {{n|$y_full}}, {{age|$y_age}}, Year 11 at {{sch|$y_school}}. {{sc|Arrested on $dl1 for sending threatening messages}} to a classmate, {{n|$v_full}}. Police ref {{pol|$y_crime}}.
 2. {{n|$y}} {{sc|has a learning disability}} and an EHCP; mum {{n|$m_full}} ({{tel|$m_mobsp}}) will join by phone.
 3. Whether a restorative meeting is suitable, or an Outcome 22 deferral.
 Please do not forward this invitation.
END:VCALENDAR
"""

# ------------------------------------------------------------------------------------------ clean documents

DIRECTORY = """Partner agencies - switchboards and team mailboxes (for staff use; updated $dl1)
Use these numbers and team inboxes, not individual officers' details, unless a case needs a named contact.
¦Agency¦Area¦Switchboard¦Team mailbox
¦Humberside Police (non-emergency)¦Grimsby, Cleethorpes, Scunthorpe¦101¦oocd.southbank@humberside.police.uk
¦North East Lincolnshire Council, ASB team¦Grimsby¦01472 313 131¦asb.team@nelincs.gov.uk
¦South Yorkshire Police, out of court disposals¦Rotherham¦101¦oocd@southyorkshire.police.uk
¦Derbyshire Youth Justice Service, High Peak¦Buxton, Glossop¦01629 533 190¦yjs.highpeak@derbyshire.gov.uk
¦Somerset Youth Justice Service¦Yeovil, Bridgwater, Frome, Minehead¦0300 123 2224¦yjs@somerset.gov.uk
¦Probation Victim Contact Unit (South West)¦Somerset¦0300 047 5500¦vcu.somerset@justice.gov.uk
¦Dyfed-Powys Police restorative justice team¦Powys¦101¦rj@dyfed-powys.police.uk
¦Powys County Council, Family Group Conferences¦Llandrindod Wells¦01597 826 000¦fgc@powys.gov.uk
¦Hampshire and Isle of Wight Constabulary, Isle of Wight district¦Ryde, Sandown, Shanklin, Cowes¦101¦iow.neighbourhoods@hampshire.police.uk
¦HMP Isle of Wight, restorative justice coordinator¦Newport, Isle of Wight¦01983 556 300¦rj.isleofwight@justice.gov.uk
¦Victim Support (national line)¦England and Wales¦0808 168 9111¦-
¦Witness Service¦England and Wales¦0300 332 1000¦-
Our own: $org, $org_address, helpline $org_phone, referrals@$org_domain, info@$org_domain.
Amber-rated agencies (no signed information sharing agreement yet) are marked in the shared drive copy; please check there before sending personal data.
"""

POLICY = """Recording identifiers on case files - procedure RP-04 (version 3.2)
Owner: $staff. Approved by the trustees on $dl1. Review due: one year from approval.
1. Purpose
This procedure says which identifiers we record, where, and in what format, so that files are consistent and we collect no more than we need (UK GDPR Article 5(1)(c)).
2. Formats
Write identifiers in these formats. The examples below are placeholders: never put a real person's details in a template, a training slide or this procedure.
Date of birth: DD/MM/YYYY (for example XX/XX/XXXX). Do not record a date of birth for a harmed adult unless the referrer needs it.
NHS number: XXX XXX XXXX (ten digits in groups of three, three and four). Record only where a health partner is involved.
National Insurance number: XX XX XX XX X. Record only for sessional facilitators' payments.
Postcode: the full postcode in capitals with a space (for example XXX XXX).
Telephone: 0XXXX XXXXXX, or +44 XXXX XXXXXX for numbers given in international form.
Vehicle registration: as shown on the plate, in capitals.
Police reference: exactly as the force gives it, including any letters, and the force name.
Prison number: one letter, four digits, two letters (XNNNNXX).
3. Special category data
Health, religion, ethnicity, sexuality, and offences are special category data. Record them only where they affect how we work with someone (for example, an adjustment for a disability), and say why in the case note.
4. Where to record
In the case management system only. Not in emails, WhatsApp or paper diaries. Paper forms are scanned and shredded within five working days.
5. Questions
Ask $staff2 or email info@$org_domain. We hope this makes recording easier, and we will mark any changes in the version history.
"""

QUIZ = """Data protection refresher - quiz for volunteers (answers on the last page)
Trainer: $staff. Session: $dl2, the Amy Johnson Room, Grimsby Central Library.
Q1. Which of these is personal data? (a) a person's name and street; (b) the number of referrals last quarter; (c) our helpline number. Answer: (a).
Q2. A harmed person texts you her new mobile number. Where should you record it? Answer: on the case management system, not in your phone's contacts.
Q3. Is a police crime reference personal data? Answer: yes, when it can be linked to a person, as it usually can.
Q4. A young person tells you he has a diagnosis. What kind of data is this? Answer: special category (health) data.
Q5. What does a UK postcode look like? Answer: one or two letters, a number (sometimes with a letter), a space, then a number and two letters. Our office postcode is on every letter we send.
Q6. An NHS number has how many digits? Answer: ten. The last is a check digit, so a number typed wrongly will usually fail the check.
Q7. True or false: it is fine to put a case number such as $case in an email subject. Answer: true, case numbers contain no personal data; names do not go in subject lines.
Q8. Who is our data protection lead? Answer: $staff2, on $org_phone or info@$org_domain.
Well done - mark your score out of 8 and hand the sheet to the trainer. Scores are not recorded.
"""

ROOMS = """Room bookings - Grimsby and Scunthorpe hubs - w/c $dl3
Booked by the office. Cancel at least 24 hours ahead so the room can be released.
Mon  09:30-12:00  the Amy Johnson Room (Grimsby)  preparation meeting, case $case - $staff
Mon  13:00-16:30  the Wilberforce Room (Grimsby)  team supervision - $staff2 with $staff3
Tue  10:00-12:00  the Amy Johnson Room            volunteer training, module 3 (course code VT-03) - $staff
Tue  14:00-15:30  Room 4 (Scunthorpe)             shuttle mediation, case $case2 - $staff2
Wed  all day      the Wilberforce Room             trustees' away day (catering for 12; hearing loop needed)
Thu  10:00-11:30  the Amy Johnson Room            restorative meeting, case $case3 - $staff and $staff3 (second room booked as a break-out space)
Fri  09:00-10:00  Room 4 (Scunthorpe)             IT: new laptops for sessional staff
Notes: the lift at Grimsby is out of action until Thursday; ring the library front desk on 01472 323 600 if a participant needs the ground-floor room. Parking at Scunthorpe: permits from reception (booking ref PK-2291).
"""

CASE_STUDY = """Case study: a stolen bike, a dry-stone wall and a long walk home
This case study has been anonymised and is used with the consent of everyone involved. Names, places and some details have been changed.
Background. Person A, a retired farmer in his late seventies, had a quad bike and a gate taken from his field. YP1, a 15-year-old, was identified by the police after he posted a video online. He received a youth caution and was referred to us.
Preparation. Our practitioner met Person A three times at his kitchen table. He was angry, and he was also worried about his wife, who has dementia and had been frightened by the police cars in the yard. YP1 was met at home with his mum. He said he had not thought about who owned the bike.
The meeting. They met in the library in the market town on a weekday morning. Person A told YP1 about the forty years it took to build the farm, and YP1 listened. YP1 offered to help rebuild the wall the bike had been driven through, and Person A accepted. The walk from the bus stop to the farm is long; YP1 did it on two Saturdays.
Outcome. Six months on, Person A says he would "do it again tomorrow". YP1 has not been in trouble since and has asked about an apprenticeship in dry-stone walling.
What we learned. Rural cases need more time for travel and fewer, longer visits. Of the 14 rural cases we closed last year, 11 ended in a direct meeting.
@footnote Consent for this case study was given in writing by both parties; the signed forms are held on the case file, not with this document. Practitioner: $staff.
"""

LEAFLET = """Restorative justice - a leaflet for people who have been harmed
$org is an independent charity. We help people who have been harmed by crime or conflict to communicate with the person responsible, if they want to.
What is restorative justice? It gives you a chance to tell the person who harmed you about the real impact of what they did, to get answers to your questions and, sometimes, an apology. It can be a face-to-face meeting, a letter, or messages passed on by us.
Is it safe? Every case is risk-assessed. You can stop at any time. Nothing happens unless everyone agrees.
Who can take part? Anyone aged 10 or over, in Grimsby, Cleethorpes, Scunthorpe, Rotherham, Worksop, the High Peak and Derbyshire Dales, Somerset, Powys and the Isle of Wight.
Does it cost anything? No. Our work is funded by the police and crime commissioners and by the National Lottery Community Fund.
Faith, culture and language. We will arrange meetings around religious festivals and prayer times, and we book interpreters (including BSL) free of charge.
How do I get in touch? Call $org_phone (Monday to Friday, 9am to 5pm), email referrals@$org_domain, or write to us at $org_address.
@footnote Registered charity 1187745. Company limited by guarantee 11390207. We keep your information safe in line with our privacy notice, on our website.
"""

MINUTES = """Team meeting - minutes
Date: $dl2. Present: $staff (chair), $staff2, $staff3. Notes: $staff3.
1. Caseload. 41 open cases across the hubs: Grimsby 9, Rotherham and Worksop 7, High Peak 6, Somerset 11, Powys 4, Isle of Wight 4. Waiting list down to 6.
2. Isle of Wight. $staff2 now covers the island two days a week. The ferry costs come from the travel budget (code TRV-02); please book foot-passenger tickets through the office.
3. Welsh-language practice. Two Powys cases this quarter asked for a Welsh-speaking practitioner. $staff2 will ask the council about its interpreter framework.
4. Recording. Reminder: no personal data in email subject lines; use case numbers only (for example $case).
5. Supervision. Monthly supervision up to date for all staff. External supervision for $staff booked for next month.
6. Any other business. The Hywel Dda Room at Llandrindod Wells library is closed for refurbishment until September; use the council chamber instead.
Date of next meeting: $dl5.
@tracked 7. Actions: $staff3 to update the partner directory. ¦ 7. Actions: $staff3 to update the partner directory; $staff to chase the room refund.
@comment $staff: the room refund came through - deleted the action.
"""

GLOSSARY = """Glossary of terms used in referrals
CAD - computer-aided dispatch. The log a police control room opens for each call. Referrals sometimes quote it instead of a crime number.
Crime number (crime reference) - the number a force gives a recorded crime. Each force writes it its own way.
Custody number - the number of a person's custody record at a police station.
STORM - the command and control system some forces use; a STORM log is a call log.
URN - unique reference number. In the criminal courts, the number the police and the Crown Prosecution Service give a case file.
PNC - the Police National Computer, which holds records of convictions, cautions and vehicles.
NOMIS - the National Offender Management Information System, used by prisons. A prison number comes from it.
OOCD - out of court disposal, such as a community resolution, a youth caution or a conditional caution.
YRO - youth rehabilitation order. Referral order - an order of the youth court that includes a meeting with a youth offender panel.
VCS - the probation Victim Contact Scheme, run by victim liaison officers.
L&D - liaison and diversion, the NHS service that assesses people in police custody.
FGC - family group conference.
ASB - anti-social behaviour; CPW and CPN are a community protection warning and notice.
EHCP - education, health and care plan.
None of these numbers should be put in an email subject line or a file name. Ask $staff if a term is not here.
"""

INVOICE = """INVOICE
$org
$org_address
Telephone $org_phone | accounts@$org_domain
Charity 1187745 | VAT registration not applicable
Invoice number: $inv
Invoice date: $dl4
To: Office of the Police and Crime Commissioner for Humberside, Wilberforce House, The Court Yard, Hull HU1 1DE
Purchase order: PO-OPCC-26-1180
¦Description¦Quantity¦Unit price¦Amount
¦Restorative justice casework, Grimsby and Scunthorpe hubs, quarter 1¦1¦£18,400.00¦£18,400.00
¦Volunteer training, two cohorts (course code VT-03)¦2¦£1,250.00¦£2,500.00
¦Room hire, the Amy Johnson Room and the Wilberforce Room¦12 sessions¦£45.00¦£540.00
¦Total due¦¦¦£21,440.00
Payment within 30 days by BACS to $org, sort code 40-11-62, account 71224018. Please quote the invoice number.
@footnote Queries about this invoice to accounts@$org_domain or $org_phone. Thank you for your support.
"""

# ------------------------------------------------------------------------------------------ workbooks and exports


def _intake(rng: random.Random, names: Names) -> Doc:
    head = ["Ref", "Received", "Referrer", "Their ref", "Name", "DOB", "Postcode", "Phone", "Email", "Role", "Notes"]
    rows = [head]
    ids = [["Name", "NHS no.", "NI no.", "ID type", "ID number"]]
    specs = [
        ("HU", "adult", ["$case", "$d1", "Humberside Police", "{{pol|$a_crime}}", "{{n|$a_caps}}", "{{dob|$a_dobiso}}", "{{pc|$a_pctight}}", "{{tel|$a_mobtight}}", "{{em|$a_email}}", "Harmed", "Shed broken into twice; wants to meet"],
         ["{{n|$a_caps}}", "", "", "None seen", ""]),
        ("SY", "young m", ["$case", "$d1", "SYP", "{{pol|$a_occ}}", "{{n|$a_full}}", "{{dob|$a_dobdot}}", "{{pc|$a_pclow}}", "{{tel|$a_mobplus}}", "", "Responsible", "Aged {{age|$a_age}}. {{sc|Admitted theft from a car}}; mum to attend"],
         ["{{n|$a_full}}", "{{nhs|$a_nhs}}", "", "School ID", "n/a"]),
        ("DE", "young", ["$case2", "$d2", "Derbyshire YJS", "{{pol|$a_crime}}", "{{n|$a_upper}}", "{{dob|$a_dobmon}}", "{{pc|$a_pc}}", "{{tel|$a_landbr}}", "", "Responsible", "{{sc|ASD}}; Year 9 at {{sch|$a_school}}"],
         ["{{n|$a_upper}}", "{{nhs|$a_nhssp}}", "", "None", ""]),
        ("AS", "old", ["$case2", "$d2", "Victim Support", "VS-SOM-2231 (theirs)", "{{n|$a_tfull}}", "{{dob|$a_dobus}}", "{{pc|$a_pc}}", "{{tel|$a_landdash}}", "", "Harmed", "Hard of hearing - write, don't ring"],
         ["{{n|$a_tfull}}", "", "", "None", ""]),
        ("DP", "adult", ["$case3", "$d3", "Dyfed-Powys Police", "{{pol|$a_log}}", "{{n|$a_rev}}", "{{dob|$a_dobshort}}", "{{pc|$a_pc}}", "{{tel|$a_landintl}}", "", "Harmed", "Welsh speaker - Welsh-language practitioner please"],
         ["{{n|$a_rev}}", "", "{{ni|$a_ni}}", "Driving licence", "{{dl|$a_dl}}"]),
        ("HA", "adult m", ["$case3", "$d3", "Hampshire and IoW Constabulary", "{{pol|$a_crime}}", "{{n|$a_full}}", "{{dob|$a_dobl}}", "{{pc|$a_pclowtight}}", "{{tel|$a_mobzz}}", "{{em|$a_email}}", "Responsible", "{{sc|On licence from HMP Isle of Wight}}, prison no. {{pris|$a_pris}}"],
         ["{{n|$a_full}}", "", "{{ni|$a_nilow}}", "$a_nat passport", "{{pp|$a_ppfor}}"]),
        ("NT", "adult f", ["NMT-2026-0533", "$d4", "Notts Police (Bassetlaw)", "{{pol|$a_crime}}", "{{n|$a_full}}", "{{dob|$a_dobdash}}", "{{pc|$a_pc}}", "{{tel|$a_mobsp3}}", "{{em|$a_email}}", "Harmed", "Prefers texts. {{sc|Pregnant}} - due in August"],
         ["{{n|$a_full}}", "{{nhs|$a_nhsdash}}", "", "Passport", "{{pp|$a_pp}}"]),
        ("HU", "adult", ["NMT-2026-0534", "$d5", "Self-referral (website)", "", "{{n|$a_lower}}", "{{dob|$a_dob}}", "{{pc|$a_pclow}}", "{{tel|$a_mobdash}}", "{{em|$a_email}}", "Harmed", "Neighbour dispute, Cleethorpes; says police ref {{pol|$a_log}}"],
         ["{{n|$a_lower}}", "", "", "None", ""]),
    ]
    for region, spec, row, idrow in specs:
        v = cast(rng, names, {"a": spec}, region)
        rows.append(cells([row], v)[0])
        ids.append(cells([idrow], v)[0])
    refs = [["Referrer", "Team mailbox", "Switchboard"], ["Humberside Police", "oocd.southbank@humberside.police.uk", "101"],
            ["Derbyshire YJS", "yjs.highpeak@derbyshire.gov.uk", "01629 533 190"], ["Victim Support", "-", "0808 168 9111"]]
    return Doc("rj-hub-intake", "xlsx", [("sheet", "Intake", rows, False), ("sheet", "ID", ids, True), ("sheet", "Referrers", refs, False)])


def _dbs_tracker(rng: random.Random, names: Names) -> Doc:
    vols = [["Volunteer", "Hub", "Started", "DBS certificate", "DBS issued", "Renewal due", "Supervisor"]]
    checks = [["Volunteer", "DOB", "NI number", "Driving licence", "Car reg", "ID type", "ID number", "Emergency contact", "EC phone"]]
    forms = [("{{dob|$a_dob}}", "{{ni|$a_ni}}", "{{dl|$a_dl}}", "{{vrm|$a_vrm}}", "UK passport", "{{pp|$a_pp}}", "{{tel|$e_mobsp}}"),
             ("{{dob|$a_dobdot4}}", "{{ni|$a_nitight}}", "{{dl|$a_dlsp}}", "{{vrm|$a_vrmtight}}", "$a_nat passport", "{{pp|$a_ppfor}}", "{{tel|$e_landstd}}"),
             ("{{dob|$a_dobcaps}}", "{{ni|$a_nidash}}", "{{dl|$a_dlcard}}", "{{vrm|$a_vrmold}}", "UK passport", "{{pp|$a_pp}}", "{{tel|$e_mobintl0}}"),
             ("{{dob|$a_dobiso}}", "{{ni|$a_nilow}}", "", "", "UK passport", "{{pp|$a_pp}}", "{{tel|$e_mobdot}}"),
             ("{{dob|$a_dobab}}", "{{ni|$a_ni}}", "{{dl|$a_dllow}}", "{{vrm|$a_vrmni}}", "UK passport", "{{pp|$a_pp}}", "{{tel|$e_mobtight}}"),
             ("{{dob|$a_dobl}}", "{{ni|$a_nitight}}", "{{dl|$a_dl}}", "{{vrm|$a_vrmdl}}", "$a_nat passport", "{{pp|$a_ppfor}}", "{{tel|$e_landbr}}"),
             ("{{dob|$a_dobshort}}", "{{ni|$a_ni}}", "{{dl|$a_dlsp}}", "{{vrm|$a_vrmlow}}", "UK passport", "{{pp|$a_pp}}", "{{tel|$e_mobsp3}}")]
    hubs = ["Grimsby", "Rotherham", "High Peak", "Somerset", "Powys", "Isle of Wight", "Scunthorpe"]
    regions = ["HU", "SY", "DE", "AS", "DP", "HA", "HU"]
    specs = ["adult", "adult origin=czech|croatian|estonian|thai|egyptian", "old age=66-72", "adult age=19-24", "adult", "adult origin=tamil|bengali|cantonese|rwandan|tanzanian|palestinian", "adult"]
    for j, (dob, ni, dl, vrm, idt, idn, ecp) in enumerate(forms):
        v = cast(rng, names, {"a": specs[j], "e": "adult"}, regions[j])
        issued = dt.date(rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
        vols.append(cells([["{{n|$a_full}}", hubs[j], f"{rng.choice(['01', '03', '09', '10'])}/{rng.choice(['2023', '2024', '2025'])}",
                            f"00{rng.randint(1000000000, 9999999999)}", issued.strftime("%d/%m/%Y"), issued.replace(year=issued.year + 3).strftime("%d/%m/%Y"),
                            rng.choice(STAFF)]], v)[0])
        checks.append(cells([["{{n|$a_full}}", dob, ni, dl, vrm, idt, idn, "{{n|$e_full}}", ecp]], v)[0])
    notes_ = [["Note"], ["Enhanced DBS with children's and adults' barred lists; renewed every three years or checked via the Update Service."],
              ["Certificate numbers are the DBS's and are kept for audit only."], ["Licence checks: DVLA share code, checked by the office."]]
    return Doc("volunteer-dbs-tracker", "xlsx", [("sheet", "Volunteers", vols, False), ("sheet", "ID checks", checks, True), ("sheet", "Guidance", notes_, False)])


def _transfers(rng: random.Random, names: Names) -> Doc:
    head = ["From hub", "To hub", "Case", "Name", "DOB", "Address", "Postcode", "Police ref", "Reason", "Worker"]
    rows = [head]
    hidden = [["Name", "NHS number", "NI number", "Vehicle", "Prison no."]]
    rows_spec = [
        ("HU", "young m", ["Grimsby", "Scunthorpe", "$case", "{{n|$a_caps}}", "{{dob|$a_dob}}", "{{addr|$a_addr}}", "{{pc|$a_pc}}", "{{pol|$a_crime}}", "Family moved", "$staff"],
         ["{{n|$a_caps}}", "{{nhs|$a_nhssp}}", "", "", ""]),
        ("SY", "adult", ["Rotherham", "Worksop", "$case", "{{n|$a_caps}}", "{{dob|$a_dobdot4}}", "{{addr|$a_addr}}", "{{pc|$a_pctight}}", "South Yorkshire {{pol|$a_crime}}", "Harmed person moved to Bassetlaw", "$staff"],
         ["{{n|$a_caps}}", "", "{{ni|$a_ni}}", "{{vrm|$a_vrm}}", ""]),
        ("DE", "adult m", ["High Peak", "Somerset", "$case", "{{n|$a_caps}}", "{{dob|$a_dobo}}", "{{addr|$a_line2}}", "{{pc|$a_pclow}}", "{{pol|$a_cust}}", "{{sc|Released on licence}} to an approved premises in Bridgwater", "$staff"],
         ["{{n|$a_caps}}", "", "{{ni|$a_nidash}}", "", "{{pris|$a_pris}}"]),
        ("AS", "old f", ["Somerset", "Isle of Wight", "$case", "{{n|$a_caps}}", "{{dob|$a_dobdash}}", "{{addr|$a_addr}}", "{{pc|$a_pc}}", "Avon and Somerset {{pol|$a_log}}", "Moving to live with her daughter in Ryde", "$staff"],
         ["{{n|$a_caps}}", "{{nhs|$a_nhs}}", "", "", ""]),
        ("DP", "young f", ["Powys", "High Peak", "$case", "{{n|$a_caps}}", "{{dob|$a_dobshort}}", "{{addr|$a_addr}}", "{{pc|$a_pc}}", "{{pol|$a_crime}}", "Foster placement moved; {{sc|subject to a referral order}}", "$staff"],
         ["{{n|$a_caps}}", "{{nhs|$a_nhsdash}}", "", "", ""]),
        ("HA", "adult f", ["Isle of Wight", "Somerset", "$case", "{{n|$a_caps}}", "{{dob|$a_dobmon}}", "{{addr|$a_addr}}", "{{pc|$a_pclowtight}}", "{{pol|$a_log}}", "Student, term-time address in Yeovil", "$staff"],
         ["{{n|$a_caps}}", "", "{{ni|$a_nitight}}", "{{vrm|$a_vrmtight}}", ""]),
    ]
    for region, spec, row, hrow in rows_spec:
        v = cast(rng, names, {"a": spec}, region)
        rows.append(cells([row], v)[0])
        hidden.append(cells([hrow], v)[0])
    key = [["Hub", "Manager", "Mailbox"], ["Grimsby", STAFF[0], "grimsby@" + ORG_DOMAIN], ["Somerset", STAFF[4], "somerset@" + ORG_DOMAIN]]
    return Doc("case-transfers", "xlsx", [("sheet", "Transfers", rows, False), ("sheet", "Identifiers", hidden, True), ("sheet", "Hubs", key, False)])


def _interpreters(rng: random.Random, names: Names) -> Doc:
    rows = [["Booking ref", "Date", "Time", "Language", "Client", "Client phone", "Client postcode", "Venue", "Interpreter", "Interpreter phone", "Notes"]]
    specs = [("HU", "czech", "Czech", "Grimsby hub, Amy Johnson Room", "{{tel|$c_mobsp}}", "{{pc|$c_pc}}", "Face to face"),
             ("SY", "tamil", "Tamil", "Rotherham library", "{{tel|$c_mobtight}}", "{{pc|$c_pctight}}", "Client {{sc|has diabetes}} - morning only"),
             ("AS", "thai", "Thai", "Telephone", "{{tel|$c_mobintl}}", "{{pc|$c_pclow}}", "Phone interpreting"),
             ("HA", "cantonese", "Cantonese", "Video (Teams)", "{{tel|$c_landstd}}", "{{pc|$c_pc}}", "Female interpreter requested"),
             ("DE", "egyptian", "Arabic (Egyptian)", "Buxton, the Florence Nightingale Room", "{{tel|$c_mobdot}}", "{{pc|$c_pc}}", "Client {{sc|is Coptic Orthodox}}; avoid Wednesdays and Fridays (fasting)"),
             ("DP", "rwandan", "Kinyarwanda", "Telephone", "{{tel|$c_mobsp3}}", "{{pc|$c_pctight}}", "Two-way: also French"),
             ("HU", "croatian", "Croatian", "Scunthorpe hub, Room 4", "{{tel|$c_mobdash}}", "{{pc|$c_pc}}", "Client's son {{n|$k_full}} ({{age|$k_age}}) will come; do not use him to interpret")]
    for j, (region, origin, lang, venue, tel, pc, note) in enumerate(specs):
        v = cast(rng, names, {"c": f"adult origin={origin}", "i": "pro", "k": "young m rel=c"}, region)
        rows.append(cells([[f"INT-26-{rng.randint(100, 999)}", v["d2"] if j % 2 else v["d3"], f"{rng.randint(9, 15)}:{rng.choice(['00', '30'])}", lang,
                            "{{n|$c_full}}", tel, pc, venue, "{{n|$i_full}}", "{{tel|$i_mobsp}}", note]], v)[0])
    return Doc("interpreter-bookings", "csv", [("table", rows)])


def _contact_sheet(rng: random.Random, names: Names) -> Doc:
    v = cast(rng, names, {"y": "young m age=14-15", "m": "adult f rel=y samehome", "g": "old rel=m", "v": "adult", "sw": "pro", "t": "pro", "pc": "pro m"}, "SY")
    rows = [["Name", "Role", "Home", "Mobile", "Work", "Email", "Notes"],
            ["{{n|$y_full}}", "Young person ({{age|$y_age}})", "", "{{tel|$y_mobdot}}", "", "", "Year 10, {{sch|$y_school}}"],
            ["{{n|$m_full}}", "Mum", "{{tel|$m_landbr}}", "{{tel|$m_mobintl0}}", "", "{{em|$m_email}}", "Works shifts - text first"],
            ["{{n|$g_tfull}}", "Grandparent", "{{tel|$g_landdash}}", "", "", "", "Lives at {{addr|$g_addr}}, $g_town {{pc|$g_pc}}"],
            ["{{n|$v_full}}", "Harmed person", "", "{{tel|$v_mobsp}}", "", "{{em|$v_email}}", "Do not give to the family"],
            ["{{n|$sw_full}}", "Social worker", "", "{{tel|$sw_mobtight}}", "01709 382 121 (switchboard)", "{{em|$sw_work@rotherham.gov.uk}}", "Duty team: csc.duty@rotherham.gov.uk"],
            ["{{n|$t_tfull}}", "Head of Year 10", "", "", "{{tel|$t_landstd}} x 218", "{{em|$t_work@kimberworthridge.sch.uk}}", "Best after 3.30"],
            ["PC {{n|$pc_full}}", "Police (OOCD)", "", "{{tel|$pc_mobsp3}}", "101", "{{em|$pc_work@southyorkshire.police.uk}}", "Crime ref {{pol|$y_crime}}"],
            ["$staff", "Practitioner", "", "", "$org_phone", "$staff_email", "Case $case"]]
    return Doc("case-contacts", "csv", [("table", cells(rows, v))])


def _id_log(rng: random.Random, names: Names) -> Doc:
    rows = [["Logged", "Item", "Name on document", "Number", "DOB on document", "Found", "Returned to", "Returned on"]]
    forms = [("Passport (UK)", "{{pp|$a_pp}}", "{{dob|$a_dobcaps}}"), ("Driving licence (photocard)", "{{dl|$a_dlcard}}", "{{dob|$a_dob}}"),
             ("Passport", "{{pp|$a_ppfor}} ($a_nat)", "{{dob|$a_dobdot4}}"), ("Provisional licence", "{{dl|$a_dlsp}}", "{{dob|$a_dobab}}"),
             ("NI number letter (HMRC)", "{{ni|$a_ni}}", ""), ("Bus pass", "card 6339 0100 4521 (council's number)", ""),
             ("NHS card (old style)", "{{nhs|$a_nhssp}}", "{{dob|$a_dobl}}")]
    specs = ["adult", "adult", "adult origin=czech|estonian|croatian|thai|egyptian|tamil", "young age=17-17", "adult", "old", "old"]
    places = ["Grimsby hub, Amy Johnson Room", "Scunthorpe hub, Room 4", "Grimsby hub, reception", "Scunthorpe hub, waiting area",
              "Grimsby hub, Wilberforce Room", "Grimsby hub, reception", "Scunthorpe hub, Room 4"]
    for j, (item, num, dob) in enumerate(forms):
        v = cast(rng, names, {"a": specs[j]}, "HU")
        returned = "{{n|$a_full}} (in person)" if j % 3 else "Posted to {{addr|$a_addr}}, $a_town {{pc|$a_pc}}"
        if j == 5:
            returned = "Not claimed - sent to the council"
        rows.append(cells([[v[f"d{1 + j % 5}"], item, "{{n|$a_upper}}", num, dob, places[j], returned, v["d6"]]], v)[0])
    return Doc("id-documents-log", "csv", [("table", rows)])


def _clean_sheets(rng: random.Random) -> list[Doc]:
    inv = nhs_number(rng)
    budget = [["Budget line", "Code", "Annual budget", "Spent to date", "Remaining"],
              ["Practitioner salaries", "SAL-01", 186400, 91220, 95180], ["Sessional facilitators", "SES-02", 24000, 11875, 12125],
              ["Interpreters (spoken and BSL)", "INT-03", 9500, 5210, 4290], ["Travel, including Isle of Wight ferries", "TRV-02", 7200, 4466, 2734],
              ["Room hire", "ROOM-04", 5400, 2340, 3060], ["Volunteer expenses", "VOL-05", 6000, 2615, 3385], ["DBS checks", "DBS-06", 1200, 528, 672],
              ["Total", "", 339700, 117254, 121446]]
    invoices = [["Supplier", "Invoice", "Date", "Amount", "Code"], ["Grimsby Central Library (room hire)", inv, TODAY.replace(day=3).strftime("%d/%m/%Y"), 540, "ROOM-04"],
                ["Island Link Ferries", "ILF-77120", TODAY.replace(day=9).strftime("%d/%m/%Y"), 184.6, "TRV-02"],
                ["Language line (framework)", "LL-2026-0419", TODAY.replace(day=11).strftime("%d/%m/%Y"), 912, "INT-03"]]
    codes = [["Code", "Funder"], ["SAL-01", "Police and crime commissioners (four areas)"], ["SES-02", "National Lottery Community Fund"], ["TRV-02", "Core"]]
    counts = [["Measure", "Q1", "Q2", "Q3", "Q4", "Year"],
              ["Referrals received", 48, 52, 61, 55, 216], ["Referred by police", 22, 25, 30, 24, 101], ["Referred by youth justice services", 11, 12, 14, 13, 50],
              ["Self-referrals", 6, 5, 8, 9, 28], ["Aged 10 to 17", 19, 21, 26, 22, 88], ["Aged 18 to 64", 25, 27, 31, 29, 112], ["Aged 65 and over", 4, 4, 4, 4, 16],
              ["Declared a disability", 9, 11, 12, 10, 42], ["Asked for an interpreter", 3, 4, 6, 5, 18], ["Asked for a Welsh-speaking practitioner", 1, 2, 1, 2, 6],
              ["Direct meetings", 12, 14, 17, 15, 58], ["Indirect (letters, shuttle)", 15, 16, 18, 17, 66], ["Satisfied or very satisfied (%)", 91, 89, 94, 92, 92]]
    defs = [["Term", "Definition"], ["Referral", "A case accepted for assessment, one per person harmed."], ["Direct meeting", "A face-to-face or video meeting between the parties."],
            ["Age band", "Age at referral of the person responsible."]]
    rota = [["Week", "Day", "Hub", "On duty", "Second worker", "Duty phone"]]
    hubs = ["Grimsby", "Rotherham", "High Peak", "Somerset", "Powys", "Isle of Wight"]
    for w in range(2):
        for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
            a, b = rng.sample(STAFF, 2)
            rota.append([f"w/c {(TODAY + dt.timedelta(days=7 * w - TODAY.weekday())).strftime('%d/%m/%Y')}", day, rng.choice(hubs), a, b, ORG_PHONE])
    rota.append(["Out of hours", "", "", "No out-of-hours service", "", "101 or 999 in an emergency"])
    return [Doc("budget-monitoring", "xlsx", [("sheet", "Budget", budget, False), ("sheet", "Invoices", invoices, False), ("sheet", "Funder codes", codes, True)]),
            Doc("annual-data-return", "xlsx", [("sheet", "Counts", counts, False), ("sheet", "Definitions", defs, True)]),
            Doc("duty-rota", "csv", [("table", rota)])]


# ------------------------------------------------------------------------------------------ the part

# (name, template, roles, kind, region)
TEXT_DOCS: list[tuple[str, str, dict[str, str], str, str]] = [
    ("witness-care-letter", WITNESS_CARE, {"v": "old f", "x": "adult m", "o": "pro", "s": "adult f rel=v"}, "pdf", "HU"),
    ("court-register-extract", COURT_REGISTER, {"la": "pro", "a": "adult", "b": "adult", "c": "adult m", "d": "adult", "dv": "adult", "av": "adult"}, "docx", "SY"),
    ("victim-liaison-record", VLO_NOTE, {"vlo": "pro", "x": "adult m", "v": "adult f age=40-58", "gp": "pro", "s": "adult m age=19-24 rel=v"}, "docx", "AS"),
    ("school-transition-form", TRANSITION, {"p": "pupil", "m": "adult f rel=p samehome", "f": "adult m", "q": "pupil"}, "pdf", "DP"),
    ("yjs-case-summary", YJS_SUMMARY, {"y": "young m", "g": "old f rel=y samehome", "t": "pro", "v": "old m", "vd": "adult f rel=v", "cm": "pro", "pc": "pro"}, "odt", "DE"),
    ("prison-visit-confirmation", PRISON_VISIT, {"x": "adult m", "w": "adult f", "k": "child rel=w"}, "pdf", "HA"),
    ("asb-case-file", ASB_FILE, {"o": "pro", "c": "old f home=flat origin=bengali", "p": "adult m", "q": "adult m", "cr": "adult", "po": "pro"}, "docx", "HU"),
    ("housing-referral-email", HOUSING_REFERRAL, {"o": "pro", "a": "adult f town=Bridgwater home=flat", "b": "adult m", "bp": "adult f rel=b samehome"}, "txt", "AS"),
    ("liaison-diversion-note", LIAISON, {"cl": "pro", "p": "adult m", "pc": "pro", "gp": "pro", "m": "old f rel=p", "b": "adult m rel=p"}, "docx", "SY"),
    ("victim-support-referral", VICTIM_SUPPORT, {"v": "adult", "x": "adult m", "dc": "pro"}, "pdf", "SY"),
    ("police-rj-referral", POLICE_RJ, {"o": "pro", "x": "adult", "v": "adult home=flat"}, "docx", "AS"),
    ("home-visit-checklist", HOME_VISIT, {"h": "old f home=rural", "s": "adult m rel=h", "sp": "adult f"}, "odt", "DP"),
    ("family-group-conference-plan", FGC_PLAN, {"co": "pro", "m": "adult f", "c1": "young m rel=m", "c2": "child rel=m", "gm": "old f rel=m", "u": "adult m rel=gm", "fr": "adult f", "f": "adult m"}, "docx", "DP"),
    ("outcome-letter", OUTCOME_LETTER, {"h": "old m home=rural", "y": "young m", "p": "adult f rel=y", "nb": "old"}, "odt", "DE"),
    ("residents-whatsapp", WHATSAPP, {"a": "adult town=Sandown", "b": "adult town=Sandown", "c": "adult town=Sandown", "d": "adult town=Sandown", "y": "young m town=Sandown", "q": "adult", "pc": "pro"}, "txt", "HA"),
    ("neighbourhood-watch-email", NHW_EMAIL, {"pcso": "pro", "v": "old f town=Frome", "vd": "adult f rel=v", "q": "adult m", "me": "adult town=Frome"}, "txt", "AS"),
    ("telephone-messages", MESSAGE_SLIPS, {"a": "old f", "x": "adult m", "pc": "pro", "b": "adult m", "y": "young m rel=b", "sw": "pro"}, "txt", "HU"),
    ("pathway-plan-extract", PATHWAY_PLAN, {"y": "young age=17-18 home=flat", "pa": "pro", "v": "adult"}, "docx", "AS"),
    ("holiday-park-incident", CARAVAN_NOTE, {"w": "pro", "a": "adult f region=any", "a1": "child rel=a", "a2": "child rel=a", "b": "adult m region=any", "bs": "young m rel=b"}, "txt", "AS"),
    ("ferry-incident-report", FERRY_REPORT, {"a": "adult", "b": "adult m origin=czech|croatian|estonian|egyptian|palestinian|thai", "cr": "pro"}, "pdf", "HA"),
    ("harmed-person-timeline", TIMELINE, {"h": "adult f town=Glossop", "x": "adult m town=Glossop", "y": "adult m", "pcso": "pro", "xp": "adult f"}, "txt", "DE"),
    ("strategy-meeting-invite", MEETING_INVITE, {"y": "young age=15-16", "sw": "pro", "pc": "pro", "t": "pro", "v": "young", "m": "adult f rel=y"}, "txt", "HU"),
    # clean
    ("partner-directory", DIRECTORY, {}, "docx", "HU"),
    ("recording-procedure", POLICY, {}, "odt", "HU"),
    ("data-protection-quiz", QUIZ, {}, "pdf", "HU"),
    ("room-bookings", ROOMS, {}, "txt", "HU"),
    ("case-study-rural", CASE_STUDY, {}, "docx", "DE"),
    ("leaflet-harmed", LEAFLET, {}, "pdf", "HU"),
    ("team-minutes", MINUTES, {}, "docx", "HU"),
    ("glossary", GLOSSARY, {}, "txt", "HU"),
    ("invoice-opcc", INVOICE, {}, "pdf", "HU"),
]

_NESTED = re.compile(r"\{\{[a-z_]+\|[^}]*\{\{")


def check_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    docs: list[Doc] = []
    for name, template, roles, kind, region in TEXT_DOCS:
        v = cast(rng, names, roles, region)
        text = fill(template, v)
        if _NESTED.search(text) or re.search(r"\{\{[a-z_]+\|\s*\}\}", text):
            raise ValueError(f"bad mark in {name}")
        docs.append(Doc(name, kind, blocks_for(kind, text)))
    docs += [_intake(rng, names), _dbs_tracker(rng, names), _transfers(rng, names), _interpreters(rng, names), _contact_sheet(rng, names), _id_log(rng, names)]
    docs += _clean_sheets(rng)
    return docs
