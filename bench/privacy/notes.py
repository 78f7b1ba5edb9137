"""The notes part of the corpus: the short free texts people type into the quality mark's web forms.

What it is. Seventy invented free texts, each its own TXT document of 80 to 1,500 characters, as
they are typed into the Restorative Service Quality Mark's forms and checked as they are saved:
an assessor's notes from a site visit, the reasons for an award decision, an appeal's grounds, an
organisation's update on its action plan, answers to the readiness healthcheck (by indicator), a
complaint about the scheme or a service, a practitioner's registration statement, a trainer's
course description, a member's renewal note, a comment on a quarterly data return, a case study
pasted into a text box and a message to the scheme's office. Set across England and Wales, in
places the other parts leave alone: Sussex, Kent, Surrey, Hampshire and Dorset (Brighton,
Hastings, Crawley, Margate, Maidstone, Chatham, Folkestone, Guildford, Woking, Southampton,
Portsmouth, Basingstoke, Bournemouth, Weymouth), the Thames Valley, Bedfordshire, Hertfordshire
and Cambridgeshire (Reading, Slough, Oxford, Milton Keynes, High Wycombe, Luton, Bedford,
Stevenage, Watford, Peterborough, Cambridge), Gloucestershire and Wiltshire (Gloucester,
Cheltenham, Swindon, Salisbury) and South and West Wales (Cardiff, Swansea, Merthyr Tydfil,
Bridgend, Newport, Pontypool, Llanelli, Carmarthen, Aberystwyth), with a few texts in Welsh or
half in Welsh, the same invented organisation and staff (org.py), and police references invented
in a style for each of the fourteen forces. Thirty-five are clean and thirty-five hold the slips
busy people make: a named participant with an age or a school, a diagnosis, a home address, a
mobile or landline, a date of birth, a police reference typed in passing, a faith or ethnicity
said of a family, an offence said of a named young person, a participant's email address, a car
registration, a prisoner's number, an NHS number, a National Insurance number, a professional's
name and work email, in many styles (lower case, shorthand, run-on sentences, spacing typos,
numbers with and without spaces).

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``),
rendered by fresh.py's ``blocks_for``; people are this module's ``Person``. The labelling follows
sample.py exactly. Every piece of sensitive personal data is marked, professionals' names and
named work emails included; the organisation's staff (who are also the scheme's assessors and
panel members here), address, helpline and mailboxes stay unmarked, as do other services' team
mailboxes. Scheme staff named in these texts: the eight people of org.STAFF, unmarked, and three
invented assessors, Rosamund Pengilly, Jolyon Treloar and Leonora Quayle, who are not on the
allow-list and so are marked as any other professional's name is. A mark holds the value only:
"DOB", "tel", "ref", "reg" and titles such as Dr and PC stay outside it, titles used as part of a
name (Mrs Kabongo) inside. Addresses are marked without the town, which stays a place. Offences,
suspicions, convictions, custody and release of named or identifiable people are special category,
as are their health, faith, ethnicity and sexuality, and a practitioner's declaration about
themselves; offences and harm in anonymised case studies and aggregate counts are not. A person's
age is marked (the number only) when it is said of a named person; a school is marked when a named
pupil attends it. The unmarked text is the traps: staff and assessors from org.py; the
organisation's address, helpline, finance mailbox, charity and company numbers; roles ("the
practitioner", "the person harmed"); pseudonyms (Child A, Person B, YP3, V1, Mrs X, "the young
person (J)"); anonymised case studies telling offences and harm; counts, percentages and age bands;
policy language about health, ethnicity, religion, sexuality and disability; the standards and
their indicator numbers; Acts and sections; dates of visits, meetings and panels; case,
application, invoice (one passing the NHS checksum), purchase order, evidence and course numbers;
course names and codes; places, streets and rooms named after people (the Dickens Room, the Ada
Lovelace Room, the Elizabeth Fry Room, the Nye Bevan Room, Isambard Brunel Road, Grace Street);
authors cited (Zehr, Braithwaite); and words that are names used as words (will, mark, amber,
frank, faith, patience, drew, dawn, holly, ivy).

Sources of names. Pools written here only, with any name sharing a word with the other parts'
pools (portfolio.py's and field.py's and all that sample.py keeps out), the staff, the trap words
or the places dropped at build time (``_banned``): English (Sussex, Kent, Wessex, Thames Valley
and Gloucestershire surnames), Welsh (South and West Wales), Scottish, Irish, Nepali, Sinhalese,
Malayali and Goan, Pakistani (Luton and Slough), Iranian, Iraqi, Sudanese, Congolese, Ugandan and
Kenyan, Gambian and Senegalese, Nigerian, Bulgarian, Latvian (feminine forms), Polish (feminine
forms), Brazilian, Spanish and Korean. Of every twenty people drawn freely twelve come from the
English, Welsh, Scottish and Irish pools and eight from the others.

    python -c "import random, corpus, notes; corpus.build('notes', notes.notes_docs(random.Random(27191)))"   # from bench/privacy
"""

# The templates are texts; a long line in one is a long line of the text.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re

import blind
import field
import portfolio
import sample
import trial
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2026, 5, 18)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin

# The scheme's invented assessors: not on the allow-list, so marked wherever they are named.
ASSESSORS = ["Rosamund Pengilly", "Jolyon Treloar", "Leonora Quayle"]

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Trudy", "Jodi", "Tiana", "Joan", "Linda", "Cerise", "Skyla", "Shanelle", "Keira", "Mya", "Amelie", "Rhiannah", "Elisha", "Annalise",
         "Debra", "Sheila", "Audrey", "Bobbi", "Stacie", "Cara", "Lana", "Keely", "Alesha", "Tamzin", "Camilla", "Petra", "Juno"],
        ["Brooklyn", "Kaiden", "Ritchie", "Lionel", "Kobi", "Rylan", "Tate", "Kayne", "Jaiden", "Tyrell", "Kalvin", "Barnaby", "Orson", "Rico",
         "Kurtis", "Deacon", "Colby", "Zane", "Jett"],
        ["Godden", "Hoad", "Pelling", "Gasson", "Funnell", "Mewett", "Verrall", "Breeds", "Cheesman", "Barden", "Wickens", "Ashdown",
         "Dengate", "Pilbeam", "Stredwick", "Hobden", "Lulham", "Diplock", "Packham", "Gurr", "Fagg", "Elphick", "Bourner", "Ticehurst",
         "Scutt", "Gulliver", "Frampton", "Lovelock", "Gosney", "Hiscock", "Kerley", "Pitman", "Dibben", "Stickland", "Loder", "Antell",
         "Besant", "Gover", "Mundy", "Noyce", "Padwick", "Targett", "Gadsden", "Juggins", "Westley", "Pateman", "Looker", "Brazier",
         "Tandy", "Dangerfield", "Cratchley", "Hawker", "Ockwell", "Dowdeswell", "Uzzell", "Winterbourne", "Greenaway", "Fennemore",
         "Tidball", "Bidmead", "Cowdrey", "Bassett", "Shergold", "Ricketts"]),
    "welsh": (
        ["Ceri", "Siân", "Nanw", "Swyn", "Wenna", "Anwen", "Eiluned", "Morfudd"],
        ["Aneirin", "Deian", "Harri", "Meilyr", "Morus", "Nedw", "Pedr", "Berian"],
        ["Rosser", "Matthias", "Cadogan", "Pask", "Rowland", "Howell", "Gronow", "Richards", "Trenchard", "Walters", "Meredydd", "Morgans",
         "Jenkyn", "Ifans", "Bennett", "Penhale"]),
    "scottish": (
        ["Ailidh", "Struana", "Sheonagh"], ["Calan", "Torin"],
        ["Dewar", "Ferrie", "Forsyth", "Keddie", "Ogston", "Soutar", "Thain", "Milligan", "Lennie", "Mathieson", "Christison", "Fotheringham"]),
    "irish": (
        ["Bláithín", "Caoilfhionn", "Líadan", "Órla", "Síofra", "Emer"], ["Ailill", "Caoimhín", "Lorcán", "Tadgh", "Colum"],
        ["Gilligan", "Culleton", "Breen", "Costigan", "Furlong", "Ó Laoghaire", "Tuohy", "Hogan", "Fahy", "Cronin", "Gleeson", "Dineen",
         "Cashman", "Scully", "Fennelly", "Hartigan"]),
}
UK_WEIGHTS = {"english": 7, "welsh": 2.2, "scottish": 0.8, "irish": 1}
IRISH_FEMININE = {"Ó Laoghaire": "Ní Laoghaire"}
OTHER = {
    "nepali": (["Gita", "Binita", "Sabina", "Pabitra", "Bimala", "Kamala", "Laxmi", "Sushma", "Rejina", "Durga"],
               ["Bishnu", "Hari", "Santosh", "Dipendra", "Bikram", "Krishna", "Bhim", "Ram-Kumar", "Purna", "Ganesh", "Dhan"],
               ["Ghale", "Rana", "Bhattarai", "Adhikari", "Khadka", "Basnet", "Karki", "Sunuwar"]),
    "sinhalese": (["Nadeeka", "Chathurika", "Nilmini", "Thilini", "Dulani", "Upeksha", "Hasini"], ["Ruwan", "Thilina", "Pradeep", "Upul", "Gayan", "Asanka", "Janaka"],
                  ["Ranasinghe", "Dissanayake", "Senanayake", "Rajapaksha", "Samarasinghe", "Ekanayake", "Abeysekera", "Liyanage"]),
    "malayali": (["Smitha", "Liya", "Sheeba", "Tintu", "Nimmy", "Sreeja"], ["Jijo", "Anish", "Renjith", "Sojan", "Jobin", "Tomy", "Shaji", "Binu", "Vinod", "Sunil"],
                 ["D'Souza", "Menezes", "Vaz", "Cherian", "Antony", "Thekkekara", "Punnoose", "Noronha", "Gomes"]),
    "pakistani": (["Hina", "Ambreen", "Madiha", "Tayyaba", "Sobia", "Misbah", "Noreen", "Humaira"], ["Wasim", "Shakeel"],
                  ["Ashraf", "Saddique", "Younis", "Rauf", "Sarwar", "Siddique", "Tufail", "Zafar", "Majeed"]),
    "iranian": (["Niloufar", "Fereshteh", "Roya", "Sepideh", "Azadeh"], ["Farhad", "Siavash", "Babak", "Omid", "Pouya", "Mehrdad"],
                ["Rezaei", "Sadeghi", "Ebrahimi", "Kazemi", "Bagheri", "Nouri", "Shirazi"]),
    "iraqi": (["Zahraa", "Rusul", "Sura"], ["Haider", "Karrar", "Muntadher"], ["Al-Saadi", "Al-Rubaie", "Al-Jubouri", "Al-Obaidi", "Al-Tamimi", "Kadhim"]),
    "sudanese": (["Ikhlas", "Nafisa", "Amani", "Rabab", "Sawsan", "Nazik", "Wisal"], ["Mutasim", "Abuobaida", "Hatim", "Omer", "Musab", "Salah"],
                 ["Elhassan", "Abdelrahman", "Abbaker", "Abdalla", "Elsheikh", "Suliman"]),
    "congolese": (["Mireille", "Chantal", "Bijou", "Esperance", "Gloire", "Nathalie", "Falonne", "Nadège"], ["Patrice", "Dieudonné", "Papy", "Trésor", "Glody", "Exaucé", "Ruffin"],
                  ["Tshibanda", "Kalala", "Mayala", "Kasongo", "Tshimanga", "Mutombo", "Kabeya", "Lumbala", "Ngandu", "Mbala"]),
    "east_african": (["Nalwoga", "Wambui", "Nabirye", "Nyokabi", "Wanjiku", "Namutebi"], ["Musoke", "Kiprono", "Byaruhanga", "Wanyama", "Kibet", "Kiprop", "Mwangi"],
                     ["Ssempala", "Mutua", "Wafula", "Mugerwa", "Waiswa", "Ndungu", "Kimani", "Chebet", "Barasa"]),
    "gambian": (["Aminata", "Haddy", "Jainaba", "Kaddy", "Oumie"], ["Momodou", "Babucarr", "Bakary", "Sainey", "Musa"],
                ["Bah", "Manneh", "Sanneh", "Saidy", "Bojang", "Drammeh", "Faal", "Gaye", "Jatta", "Kinteh"]),
    "nigerian": (["Oluwadamilola", "Ifeoluwa", "Motunrayo", "Temidayo", "Omotola", "Adaora", "Chinasa"], ["Oluwatobi", "Damilare", "Chinonso", "Toluwani", "Gbenga", "Oluwafemi"],
                 ["Adewumi", "Ezeh", "Okwuosa", "Adeniran", "Okoroafor", "Adekunle", "Ogunyemi", "Akintola", "Onwuachi"]),
    "bulgarian": (["Yordanka", "Stanislava", "Petya", "Vesela", "Ralitsa", "Boryana"], ["Plamen", "Krasimir", "Veselin", "Tsvetan", "Lyubomir", "Nikolay", "Kiril", "Rumen"],
                  ["Angelov", "Ivanov", "Yankov", "Marinov", "Nedelchev", "Zhelyazkov"]),
    "latvian": (["Ilze", "Līga", "Kristīne", "Baiba", "Dace", "Sanita"], ["Jānis", "Mārtiņš", "Edgars", "Raivis", "Kaspars", "Uldis"],
                ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepa", "Krūmiņš", "Zariņš", "Vītols"]),
    "polish": (["Kamila", "Honorata"], ["Damian", "Michał", "Krystian", "Bartłomiej", "Hubert", "Patryk"],
               ["Wrona", "Duda", "Laskowski", "Wróblewski", "Kowalewski", "Urbański", "Kozieł", "Wilk"]),
    "brazilian": (["Luana", "Jéssica", "Raquel", "Fernanda", "Priscila", "Daiane"], ["Thiago", "Anderson", "Cleiton", "Diego"],
                  ["dos Reis", "Barbosa", "Rocha", "Almeida", "Nascimento", "Moreira", "Cavalcanti"]),
    "spanish": (["Lucía", "Nerea", "Ainhoa", "Rocío", "Macarena"], ["Álvaro", "Iker", "Javier", "Rubén", "Alejandro"],
                ["Ruiz", "Navarro", "Delgado", "Morales", "Castillo", "Iglesias", "Herrero"]),
    "korean": (["Hye-jin", "Yu-na"], ["Sung-min", "Jae-won", "Tae-yang"], ["Hwang", "Baek", "Han"]),
}
NICKNAMES = {"Oluwadamilola": "Dami", "Oluwatobi": "Tobi", "Bartłomiej": "Bartek", "Stanislava": "Stani", "Oluwafemi": "Femi"}
# Words the texts use as words or as the names of places, rooms and people of history: no one drawn freely has them.
TRAP_WORDS = {"Dickens", "Austen", "Jane", "Octavia", "Hill", "Fry", "Elizabeth", "Dylan", "Thomas", "Nye", "Bevan", "Aneurin", "Betty",
              "Campbell", "Ada", "Lovelace", "Isambard", "Brunel", "Mandela", "Nelson", "Bunyan", "Jenner", "Edward", "Zehr", "Braithwaite",
              "Howard", "Will", "Mark", "Grace", "Amber", "Frank", "Faith", "Patience", "Drew", "Dawn", "Penny", "Holly", "Bill", "Ivy",
              "Hope", "Joy", "Rose", "Young", "Brown", "Long", "Little", "Sterling", "Victor", "Sycamore", "Tree", "Mencap", "Cymru",
              "Gareth", "Hughes", "Aisha", "Rahman", "Reading", "Luton", "Bedford", "Newport", "Swansea", "Cardiff", "Gwent", "Ely",
              "Parc", "Elmley", "Swaleside", "Winchester", "Chatham", "Hastings", "Crawley", "Medway", "Canterbury", "Wessex", "Dorset",
              "Weymouth", "Swindon", "Gloucester", "Pengilly", "Treloar", "Quayle", "Rosamund", "Jolyon", "Leonora", "Victoria", "Albert",
              "Tanner", "Row", "Northmoor"}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Brighton", ["BN1", "BN2"], "01273", "SX"), ("Hastings", ["TN34", "TN35"], "01424", "SX"), ("Crawley", ["RH10", "RH11"], "01293", "SX"),
         ("Margate", ["CT9"], "01843", "KT"), ("Maidstone", ["ME14", "ME15", "ME16"], "01622", "KT"), ("Chatham", ["ME4", "ME5"], "01634", "KT"),
         ("Folkestone", ["CT19", "CT20"], "01303", "KT"), ("Guildford", ["GU1", "GU2"], "01483", "SY"), ("Woking", ["GU21", "GU22"], "01483", "SY"),
         ("Southampton", ["SO14", "SO15", "SO16", "SO19"], "02380", "HA"), ("Portsmouth", ["PO1", "PO2", "PO4"], "02392", "HA"),
         ("Basingstoke", ["RG21", "RG22", "RG24"], "01256", "HA"), ("Bournemouth", ["BH1", "BH7", "BH8"], "01202", "DO"), ("Weymouth", ["DT3", "DT4"], "01305", "DO"),
         ("Reading", ["RG1", "RG2", "RG30"], "0118", "TV"), ("Slough", ["SL1", "SL2"], "01753", "TV"), ("Oxford", ["OX1", "OX3", "OX4"], "01865", "TV"),
         ("Milton Keynes", ["MK6", "MK13"], "01908", "TV"), ("High Wycombe", ["HP11", "HP13"], "01494", "TV"),
         ("Luton", ["LU1", "LU2", "LU4"], "01582", "BD"), ("Bedford", ["MK40", "MK41", "MK42"], "01234", "BD"),
         ("Stevenage", ["SG1", "SG2"], "01438", "HT"), ("Watford", ["WD17", "WD18", "WD24"], "01923", "HT"),
         ("Peterborough", ["PE1", "PE2", "PE4"], "01733", "CB"), ("Cambridge", ["CB1", "CB4"], "01223", "CB"),
         ("Gloucester", ["GL1", "GL2", "GL4"], "01452", "GL"), ("Cheltenham", ["GL50", "GL51", "GL52"], "01242", "GL"),
         ("Swindon", ["SN1", "SN2", "SN3", "SN25"], "01793", "WI"), ("Salisbury", ["SP1", "SP2"], "01722", "WI"),
         ("Cardiff", ["CF5", "CF11", "CF14", "CF24"], "02920", "SW"), ("Swansea", ["SA1", "SA5", "SA6"], "01792", "SW"),
         ("Merthyr Tydfil", ["CF47", "CF48"], "01685", "SW"), ("Bridgend", ["CF31", "CF32"], "01656", "SW"),
         ("Newport", ["NP19", "NP20"], "01633", "GW"), ("Pontypool", ["NP4"], "01495", "GW"),
         ("Llanelli", ["SA14", "SA15"], "01554", "DP"), ("Carmarthen", ["SA31"], "01267", "DP"), ("Aberystwyth", ["SY23"], "01970", "DP")]
STREETS = {
    "Brighton": ["Lewes Road", "Whitehawk Road", "Ditchling Rise", "Hollingdean Terrace"], "Hastings": ["Old London Road", "Battle Road", "Mount Pleasant Road"],
    "Crawley": ["Ifield Drive", "Gossops Green Lane", "Broadfield Barton"], "Margate": ["Northdown Road", "Millmead Road", "Dane Park Road"],
    "Maidstone": ["Tonbridge Road", "Park Wood Parade", "Shepway Green"], "Chatham": ["Luton Road", "Magpie Hall Road", "Walderslade Road"],
    "Folkestone": ["Cheriton Road", "Dover Road", "Canterbury Road"], "Guildford": ["Stoughton Road", "Park Barn Drive", "Aldershot Road"],
    "Woking": ["Sheerwater Road", "Goldsworth Road", "Maybury Hill"], "Southampton": ["Portswood Road", "Shirley High Street", "Weston Lane", "Thornhill Park Road"],
    "Portsmouth": ["Fratton Road", "Kingston Road", "Somers Road", "Allaway Avenue"], "Basingstoke": ["Popley Way", "Winklebury Way", "Oakridge Road"],
    "Bournemouth": ["Christchurch Road", "Castle Lane West", "Holdenhurst Road"], "Weymouth": ["Chickerell Road", "Portland Road", "Dorchester Road"],
    "Reading": ["Oxford Road", "Whitley Wood Road", "Northumberland Avenue", "Southcote Lane"], "Slough": ["Farnham Road", "Wexham Road", "Britwell Road"],
    "Oxford": ["Cowley Road", "Blackbird Leys Road", "Barton Village Road", "Rose Hill"], "Milton Keynes": ["Fishermead Boulevard", "Netherfield Road", "Coffee Hall"],
    "High Wycombe": ["Desborough Road", "Totteridge Road", "Micklefield Road"], "Luton": ["Dunstable Road", "Leagrave Road", "Marsh Road", "Hitchin Road"],
    "Bedford": ["Midland Road", "Queens Park Road", "Kempston Road"], "Stevenage": ["Shephall Way", "Bedwell Crescent", "Canterbury Way"],
    "Watford": ["St Albans Road", "Whippendell Road", "Harebreaks"], "Peterborough": ["Lincoln Road", "Gladstone Street", "Dogsthorpe Road"],
    "Cambridge": ["Mill Road", "Arbury Road", "Coldhams Lane"], "Gloucester": ["Barton Street", "Tredworth Road", "Matson Avenue"],
    "Cheltenham": ["Hesters Way Road", "Princess Elizabeth Way", "Whaddon Road"], "Swindon": ["Penhill Drive", "Cricklade Road", "Manchester Road"],
    "Salisbury": ["Devizes Road", "Wilton Road", "Pembroke Road"], "Cardiff": ["Cowbridge Road East", "Clifton Street", "Grand Avenue", "Llanrumney Avenue"],
    "Swansea": ["Carmarthen Road", "Townhill Road", "Neath Road"], "Merthyr Tydfil": ["Gurnos Road", "Brecon Road", "High Street Penydarren"],
    "Bridgend": ["Cefn Road", "Wildmill Lane", "Merthyr Mawr Road"], "Newport": ["Chepstow Road", "Commercial Road", "Alway Crescent"],
    "Pontypool": ["Trevethin Way", "Blaendare Road"], "Llanelli": ["Felinfoel Road", "Station Road", "Pemberton Road"],
    "Carmarthen": ["Heol y Prior", "Lime Grove Avenue"], "Aberystwyth": ["Penparcau Road", "Trefechan Road", "Heol y Bont"],
}
BLOCKS = ["Flat 4, Saltings House", "Flat 12, Lapwing Court", "Flat 2B, Marlowe Court", "Fflat 3, Tŷ Glanfa", "Flat 7, Cooperage Mews"]
SCHOOLS = {"SX": ["Whitehawk Downs Academy", "Ore Valley School", "Tilgate Brook Academy"],
           "KT": ["Thanet Cliffs Academy", "Medway Reach School", "Shearway Academy"],
           "SY": ["Westborough Rise Academy", "Sheerwater Vale School"],
           "HA": ["Itchen Ferry Academy", "Hilsea Lines School", "Winton Brook Academy"],
           "DO": ["Boscombe Chine Academy", "Chickerell Vale School"],
           "TV": ["Kennet Meadows School", "Cippenham Brook Academy", "Fishermead Park Academy"],
           "BD": ["Lewsey Vale Academy", "Marsh Farm Park School", "Ouse Bend Academy"],
           "HT": ["Shephall Green School", "Holywell Vale Academy"],
           "CB": ["Nene Fields Academy", "Arbury Brook School"],
           "GL": ["Tredworth Park Academy", "Hesters Way School"],
           "WI": ["Penhill Rise Academy", "Bemerton Heath School"],
           "SW": ["Ely Bridge High School", "Townhill Academy", "Gurnos Valley High School", "Ysgol Gyfun Cwm Tawe Isaf"],
           "GW": ["Alway Brook High School", "Trevethin Vale School"],
           "DP": ["Ysgol Glan Rheidol", "Felinfoel Park School"]}
PRISONS = ["HMP Lewes", "HMP Ford", "HMP Elmley", "HMP Swaleside", "HMP Winchester", "HMP Bullingdon", "HMP Bedford", "HMP The Mount",
           "HMP Peterborough", "HMP Erlestoke", "HMP Guys Marsh", "HMP Cardiff", "HMP Swansea", "HMP Parc", "HMP Usk", "HMP High Down"]
_GENERIC = field._GENERIC | portfolio._GENERIC | {"Road", "Street", "Lane", "Way", "Drive", "Rise", "Terrace", "Green", "Avenue", "Hill",
                                                  "Village", "Boulevard", "Parade", "Crescent", "Barton", "Park", "High", "Old", "East", "West",
                                                  "Vale", "Brook", "Academy", "School", "Meadows", "Fields", "Farm", "Bend", "Lines",
                                                  "Ferry", "Downs", "Heath", "Bridge", "Valley", "Flat", "Fflat", "House", "Court", "Mews",
                                                  "HMP", "The", "Mount", "Marsh", "Heol", "y", "Ysgol", "Gyfun", "Isaf", "Uchaf", "Tŷ"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + [s for v in STREETS.values() for s in v] + BLOCKS
                + [s for v in SCHOOLS.values() for s in v] + PRISONS
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
INWARD = blind.INWARD
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FORCES = {"SX": ("Sussex Police", "sussex.police.uk"), "KT": ("Kent Police", "kent.police.uk"), "SY": ("Surrey Police", "surrey.police.uk"),
          "HA": ("Hampshire and Isle of Wight Constabulary", "hampshire.police.uk"), "DO": ("Dorset Police", "dorset.police.uk"),
          "TV": ("Thames Valley Police", "thamesvalley.police.uk"), "BD": ("Bedfordshire Police", "beds.police.uk"),
          "HT": ("Hertfordshire Constabulary", "herts.police.uk"), "CB": ("Cambridgeshire Constabulary", "cambs.police.uk"),
          "GL": ("Gloucestershire Constabulary", "gloucestershire.police.uk"), "WI": ("Wiltshire Police", "wiltshire.police.uk"),
          "SW": ("South Wales Police", "south-wales.police.uk"), "GW": ("Gwent Police", "gwent.police.uk"),
          "DP": ("Dyfed-Powys Police", "dyfed-powys.police.uk")}
MEMORY = {"SX": "G", "KT": "G", "SY": "G", "HA": "H", "DO": "H", "TV": "R", "BD": "K", "HT": "K", "CB": "A", "GL": "W", "WI": "W",
          "SW": "C", "GW": "C", "DP": "C"}
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "live.co.uk", "hotmail.com",
        "sky.com", "virginmedia.com"]
MAIL_BY_ORIGIN = {"polish": ["wp.pl", "gmail.com"], "bulgarian": ["abv.bg", "gmail.com"], "latvian": ["inbox.lv", "gmail.com"],
                  "brazilian": ["hotmail.com", "gmail.com"], "korean": ["naver.com", "gmail.com"]}


def _others() -> set[str]:
    """Every word of a name in the other parts' pools, and their staff, trap words and places."""
    banned = portfolio._banned() | field._banned()
    for fem, mal, last in (*portfolio.UK.values(), *portfolio.OTHER.values(), *field.UK.values(), *field.OTHER.values(), field.WORDNAMES,
                           *sample.UK.values(), *sample.OTHER.values(), sample.WORDNAMES):
        for n in (*fem, *mal, *last):
            banned |= _words(n)
    for nick in (portfolio.NICKNAMES, field.NICKNAMES, sample.NICKNAMES):
        banned |= {w for k, n in nick.items() for w in _words(k) | _words(n)}
    for d in (portfolio.IRISH_FEMININE, field.IRISH_FEMININE, sample.IRISH_FEMININE):
        banned |= {w for v in d.values() for w in _words(v)}
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
    if origin == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    if origin == "bulgarian" and stem.endswith(("ov", "ev")):
        return stem + "a"
    if origin == "latvian" and stem.endswith(("š", "s")):
        return stem[:-1] + "a"
    return stem


# ------------------------------------------------------------------------------------------ people


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None, town: str | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        first, stem, o = names.draw(rng, self.female, origin=rel.origin if rel else origin, stem=rel.stem if rel else None)
        self.first, self.stem, self.origin = first, stem, o
        self.last = _feminine(o, stem) if self.female else stem
        self.nick = NICKNAMES.get(first, first)
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        if rel is not None and town is None:
            town = rel.town
        self.town, districts, code, self.force_key = rng.choice([t for t in TOWNS if t[0] == town] if town else TOWNS)
        self.district = rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS[self.town])
        if rng.random() < 0.15:
            self.addr = f"{rng.choice(BLOCKS)}, {rng.randint(2, 160)} {self.street}"
        else:
            self.addr = f"{rng.randint(1, 220)}{'' if rng.random() < 0.9 else rng.choice('ab')} {self.street}"
        self.code = code
        self.mob = trial._mobiles(rng)
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp3", "tight", "intl", "dash", "pairs"])]
        self.lands = trial._landlines(rng, code)
        self.landline = self.lands[rng.choice(["std", "std", "br", "tight"])]
        fa = re.sub(r"[^a-z]", "", blind._ascii(first.replace("ł", "l")).lower())
        la = re.sub(r"[^a-z]", "", blind._ascii(self.last.replace("ł", "l")).lower())
        yy = f"{self.dob.year % 100:02d}"
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{fa}_{la}", f"{la}{fa[0]}{rng.randint(1, 99)}", f"{fa[0]}{la}",
                            f"{fa}.{la}{rng.randint(1, 9)}", f"{la}.{fa}", f"{fa}{rng.randint(100, 999)}"])
        domain = rng.choice(MAIL_BY_ORIGIN.get(o, MAIL) if rng.random() < 0.5 else MAIL)
        self.email = f"{local}@{domain}"
        self.work = f"{fa}.{la}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.school = rng.choice(SCHOOLS[self.force_key])
        self.vrm = f"{MEMORY[self.force_key]}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(sample.AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.prison = f"{rng.choice('AAAG')}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(30, 260)))

    def police(self, rng: random.Random, when: dt.date) -> None:
        """References for an incident on or about ``when``, in a style invented for each force."""
        f = self.force_key
        self.force, self.force_domain = FORCES[f]
        serial, n, n5 = rng.randint(1, 2200), rng.randint(100000, 999999), rng.randint(10000, 99999)
        yy = f"{when:%y}"
        style = {
            "SX": (f"47/{n}/{yy}", f"SX-{serial:04d}-{when:%d%m%y}", f"SX/BTN/{n5}/{yy}"),
            "KT": (f"46/{yy}/{n}", f"{serial:04d}-{when:%d%m}", f"KT/MDS/{n5}/{yy}"),
            "SY": (f"45{yy}0{n}", f"P{yy}{serial:05d}", f"SUR-GFD-{n5}-{yy}"),
            "HA": (f"44{yy}0{n}", f"HC-{when:%Y%m%d}-{serial:04d}", f"HC/SOU/{n5}/{yy}"),
            "DO": (f"55{yy}0{n}", f"DP{serial:04d}/{when:%d%m}", f"DOR/{n5}/{yy}"),
            "TV": (f"43{yy}0{n}", f"{serial:04d}/{when:%d%m%Y}", f"TV/LOD/{n5}/{yy}"),
            "BD": (f"40/{n5}/{yy}", f"BED-{serial:04d}-{when:%d%m%y}", f"BD/KEM/{n5}/{yy}"),
            "HT": (f"41/{n}/{yy}", f"HC{when:%y%m%d}-{serial}", f"HT/STE/{n5}/{yy}"),
            "CB": (f"CF{n}{yy}", f"CC-{when:%d%m%y}-{serial:04d}", f"CB/PCC/{n5}/{yy}"),
            "GL": (f"GC-{when:%Y}-{n}", f"INC-{serial:04d}-{when:%d%m%y}", f"GL/CHL/{n5}/{yy}"),
            "WI": (f"54{yy}0{n}", f"{serial:04d} {when:%d/%m/%y}", f"WI/GAB/{n5}/{yy}"),
            "SW": (f"SWP/{yy}/{n}", f"SWP-{when:%Y%m%d}-{serial:04d}", f"SW/CDF/{n5}/{yy}"),
            "GW": (f"GW{yy}{n}", f"GWP {serial:04d} {when:%d%m%y}", f"GW/NPT/{n5}/{yy}"),
            "DP": (f"DPP/{n}/{yy}", f"DP-{when:%Y%m%d}-{serial:04d}", f"DP/LLA/{n5}/{yy}"),
        }[f]
        self.crime, self.log, self.cust = style

    @property
    def title(self) -> str:
        if not self.female:
            return "Mr"
        return "Miss" if self.age < 18 else ("Mrs" if sum(map(ord, self.first)) % 2 else "Ms")


def _fields(p: Person, r: str) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    dob, pc, nhs, ni = p.dob, p.postcode, p.nhs, p.ni
    return {
        r: p.first, f"{r}_last": p.last, f"{r}_full": f"{p.first} {p.last}", f"{r}_nick": p.nick, f"{r}_caps": f"{p.last.upper()}, {p.first}",
        f"{r}_lower": f"{p.first} {p.last}".lower(), f"{r}_flow": p.first.lower(), f"{r}_init": f"{p.first[0]}. {p.last}",
        f"{r}_title": p.title, f"{r}_tl": f"{p.title} {p.last}",
        f"{r}_dob": dob.strftime("%d/%m/%Y"), f"{r}_dobl": f"{dob.day} {dob.strftime('%B %Y')}", f"{r}_dobdot": dob.strftime("%d.%m.%y"),
        f"{r}_dobshort": f"{dob.day}/{dob.month}/{dob.strftime('%y')}", f"{r}_dobo": f"{blind._ordinal(dob.day)} {dob.strftime('%b %Y')}",
        f"{r}_age": str(p.age), f"{r}_aage": f"{'an' if p.age in (8, 11, 18) or 80 <= p.age < 90 else 'a'} {p.age}-year-old",
        f"{r}_addr": p.addr, f"{r}_addrlow": p.addr.lower(), f"{r}_street": p.street, f"{r}_town": p.town,
        f"{r}_pc": pc, f"{r}_pclow": pc.lower(), f"{r}_pctight": pc.replace(" ", ""),
        f"{r}_mob": p.mobile, f"{r}_mobsp": p.mob["sp"], f"{r}_mobsp3": p.mob["sp3"], f"{r}_mobtight": p.mob["tight"],
        f"{r}_mobintl": p.mob["intl"], f"{r}_mobdot": p.mob["dot"], f"{r}_land": p.landline, f"{r}_landstd": p.lands["std"],
        f"{r}_email": p.email, f"{r}_work": p.work,
        f"{r}_nhs": nhs, f"{r}_nhssp": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{r}_ni": ni, f"{r}_nitight": ni.replace(" ", ""),
        f"{r}_vrm": p.vrm, f"{r}_vrmtight": p.vrm.replace(" ", ""), f"{r}_pris": p.prison, f"{r}_prisdash": f"{p.prison[:1]}-{p.prison[1:5]}-{p.prison[5:]}",
        f"{r}_crime": p.crime, f"{r}_log": p.log, f"{r}_cust": p.cust, f"{r}_force": p.force, f"{r}_fd": p.force_domain,
        f"{r}_school": p.school,
        f"{r}_he": he, f"{r}_his": his, f"{r}_him": him, f"{r}_hec": he.capitalize(), f"{r}_hisc": his.capitalize(),
        f"{r}_son": "daughter" if p.female else "son", f"{r}_boy": "girl" if p.female else "boy",
        f"{r}_parent": "mum" if p.female else "dad", f"{r}_lad": "lass" if p.female else "lad",
    }


def cast(rng: random.Random, names: Names, roles: dict[str, str]) -> dict[str, str]:
    """The values for one text: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [samehome] [town=...]"; kinds are child, pupil, young, adult, old and
    pro (a professional); a town with a space is written with an underscore."""
    people: dict[str, Person] = {}
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (9, 12), "young": (13, 17), "adult": (19, 58), "old": (66, 90), "pro": (26, 62), "pupil": (11, 15)}[words[0]]
        opts = dict(w.split("=", 1) for w in words if "=" in w)
        if "age" in opts:
            lo, hi = opts["age"].split("-")
            age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = rng.choice(opts["origin"].split("|")) if "origin" in opts else None
        rel = people[opts["rel"]] if "rel" in opts else None
        town = opts.get("town", "").replace("_", " ") or None
        if town is None and people and rel is None:
            town = next(iter(people.values())).town  # the people of one text live near one another
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, town=town)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()}
            taken_last = {w for q in people.values() for w in _words(q.last)}
            if not (p.first in taken_first or (rel is None and _words(p.last) & taken_last)):
                break
        if rel is not None and "samehome" in words:
            for a in ("town", "district", "postcode", "street", "addr", "force_key", "landline", "lands", "code"):
                setattr(p, a, getattr(rel, a))
        people[r] = p
    staff = rng.sample(STAFF, 3)
    dates = [TODAY - dt.timedelta(days=rng.randint(60, 160))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(3, 14)))
    for i in range(len(dates)):
        while dates[i].weekday() >= 5 or (i and dates[i] <= dates[i - 1]):
            dates[i] += dt.timedelta(days=1)
    v: dict[str, str] = {}
    for r, p in people.items():
        v.update(_fields(p, r))
    cases = rng.sample(range(12, 480), 3)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN, "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-2026-{cases[0]:04d}", "case2": f"NMT-2026-{cases[1]:04d}", "case3": f"NMT-2025-{cases[2] + 2600:04d}",
        "app": f"RSQM-APP-{rng.randint(2025, 2026)}-{rng.randint(40, 620):04d}", "inv": nhs_number(rng),
        "prison": rng.choice(PRISONS), "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "pct": str(rng.randint(61, 96)),
    })
    for i, d in enumerate(dates):
        v[f"d{i + 1}"] = d.strftime("%d/%m/%Y")
        v[f"ds{i + 1}"] = d.strftime("%d/%m/%y")
        v[f"dl{i + 1}"] = f"{d.day} {d.strftime('%B %Y')}"
        v[f"dw{i + 1}"] = f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"
    v["expiry"] = f"{dates[0].day} {dates[0].strftime('%B')} 2027"
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


# ------------------------------------------------------------------------------------------ texts

TEXTS: list[tuple[str, str, dict[str, str]]] = []

# Clean: nothing to mark, many traps.
CLEAN = [
    ("visit-notes-portsmouth", """Site visit - $org, Portsmouth hub (2nd floor, Isambard Brunel Road) - $dw2
Assessor: $staff. Met $staff2 (practice lead) and $staff3 (admin).
- 6 files sampled: $case, $case2, $case3 + 3 closed in 2025. All have signed consent (CF-02 v4).
- YP3's file: risk assessment done before first contact and reviewed after the shuttle stage. Good.
- Person B (harmed, 70s): home visit logged with lone-working check-in times. Meets 5.2.
- Supervision log up to date for 4 of 5 practitioners; the 5th joined in March.
- Room for meetings: the Dickens Room, ground floor, hearing loop, separate waiting area so the parties need not meet in the corridor.
Standard 5 met on the sample. Will check 4.4 (observation of practice) at the next visit.""", {}),

    ("decision-award", """Decision: AWARD (3 years, from $dl6)
Reasons: the panel read the assessor's report ($staff, visit on $dl2) and the portfolio for application $app. All 27 indicators were met. The panel noted in particular the supervision arrangements (4.1), the complaints log (2.4) and the way the service measures outcomes (6.3): 91% of people harmed and 84% of people responsible who answered the follow-up survey would recommend the service.
The panel asks the service to keep its Welsh-language leaflet under review and to send the information sharing agreement with Gwent Police once it is signed.
Chair of the panel: $staff2""", {}),

    ("appeal-registration", """We appeal the finding that indicator 3.4 is "not met".
1. The report says two practitioners are not registered. Both applied to the Restorative Justice Council in January; the applications (RJC-P-22817 and RJC-P-22819) were acknowledged on $dl1 and wait for the council's panel, which next sits in June.
2. The assessor did not see the training log because it was on the shared drive, not in the portfolio. It is now uploaded as evidence item E-3.4-02.
3. Our training policy (section 4) already requires registration within 12 months of qualifying.
We ask the panel to change the finding to "met" or "met with a condition".
$staff, for $org""", {}),

    ("action-plan-file-audit", """Action 4.4a - quarterly file audits
Status: amber -> green
Update $ds3: $staff2 audited 12 closed files from Q4 with the audit tool (FA-1 v2). 10 rated good, 2 amber: in both the follow-up call after the meeting was not written up (the calls did happen, per the phone log). Learning shared at the team meeting on $dl4. Next audit due in August; Joanne will do it so nobody audits their own files.""", {}),

    ("healthcheck-2-3-personal-information", """Indicator 2.3 - personal information
We collect only what we need to prepare people safely. Health, ethnicity, religion, sexual orientation and disability are special category data under Article 9 of the UK GDPR; we record them only when a participant tells us something that changes how we prepare (a ground-floor room, a prayer time, an interpreter), relying on the conditions in Schedule 1 to the Data Protection Act 2018. Criminal offence data is handled under Article 10 and our appropriate policy document (APD-3, reviewed $dl1).
Files are kept for 6 years after closure, then destroyed; the destruction log is checked by the data protection lead, $staff. Nothing identifying goes into the quarterly returns: ages are reported in bands (10-13, 14-15, 16-17, 18+).""", {}),

    ("healthcheck-2-5-access", """2.5 accessibility. In 2025-26 we booked 31 interpreters (Polish, Arabic, Romanian, Tigrinya, Nepali, BSL), held 4 meetings in the Ada Lovelace Room at the central library because it has level access and a hearing loop, and sent easy-read letters to 9 young people. 17% of participants told us they have a disability or long-term condition; we ask everyone the same question at the first visit. Leaflets are in English and Welsh. We have not yet done enough for Deaf BSL users outside office hours - that is action 2.5c in the improvement plan, and we need patience from our funders on it.""", {}),

    ("complaint-portal", """Complaint: the portal timed out three times while we were uploading evidence for standard 2, and each time the text in the "description" box was lost - about 900 words. The fee invoice ($inv) was paid on $dl2 and we do not think we should pay the late-submission charge of £75 when the delay was the portal's. Please call our office on $org_phone and ask for the practice lead. Application $app.""", {}),

    ("practitioner-statement-staff", """I am $staff and I have worked as a restorative practitioner with $org since 2018. I hold the Level 3 Certificate in Restorative Practice (RPC-L3, 2018) and the advanced module for sensitive and complex cases (2022), which covers harm within families and hate crime.
In the last 12 months I prepared 38 cases and facilitated 14 face-to-face meetings and 11 indirect processes. One example: a man in his late sixties whose shed was set on fire by two teenagers wanted to know whether it was aimed at him. After six weeks of preparation the three met at a community centre with the boys' parents; the boys said they had not known anyone lived there and agreed to help rebuild the shed. A second example: a mother whose teenage son had been assaulted outside a takeaway asked to meet the young man responsible, then 17, after he was sentenced. We worked with the youth justice service and the young offender institution for five months; the meeting took place in the visits hall with a prison officer nearby. She asked him the one question nobody else could answer - whether he had known her son - and he told her. She said afterwards that it was the first night she had slept properly in a year.
I have supervision monthly with $staff2 and keep a CPD log (22 hours this year, including a frank and useful day on working with bereaved families).""", {}),

    ("course-conference-facilitation", """Restorative Conference Facilitation (RCF-L3-04)
Four days face to face in the Elizabeth Fry Room, Reading, or online over eight half-days. Trainer: $staff, with $staff2 on days 3 and 4.
For practitioners who already hold Level 2. We work through the conference script step by step in role plays built on invented cases (Mr X and his neighbour, Child A and the school, the Grace Street burglary). Reading: Zehr's Changing Lenses, Braithwaite on reintegrative shaming, and the Code of Practice for Victims of Crime. Assessment by observed practice and a 2,000-word reflective account. Maximum 12 learners. £640 (members £560).""", {}),

    ("renewal-tier", """Renewal 2026-27: we'd like to renew at the same tier (medium, 6-15 practitioners). PO-30417 raised on $d2; please send the invoice to finance@$org_domain. Contacts unchanged: $staff (lead) and $staff2 (deputy). Charity number 1184276 if the form still needs it.""", {}),

    ("data-return-q3", """Comment on the Q3 return: referrals rose to 47 (from 31) because the youth justice service in Swindon began referring every out-of-court disposal. The 14-15 band is now the largest (38%). 6 people declined after the first visit and 3 cases closed as not suitable after risk assessment. Ethnicity is "not recorded" for 4 because those referrals came by phone and the form was not finished; we have fixed the form. Satisfaction: 22 of 24 harmed people who answered were satisfied or very satisfied.""", {}),

    ("case-study-shop", """Case study (names and details changed)
Person A is a woman in her sixties who runs a corner shop. Over the summer two young people, YP1 (15) and YP2 (14), took sweets and drinks several times and one pushed her when she tried to stop them. She was not badly hurt but stopped opening in the evenings.
Both were referred by the police under a community resolution. Our practitioner met each of them twice, and Person A three times, before a meeting at the shop after closing. Person A told them about the fear of locking up alone; YP1 said he had never thought of her as a person. They wrote letters of apology and did four Saturday mornings helping with deliveries. Six months on the shop opens late again.""", {}),

    ("message-login", """Hello, please could you reset the portal login for $staff2? The account was locked after the password change. The account email is the same ($staff2_email). Our application is $app. Many thanks, $staff""", {}),

    ("visit-notes-cardiff", """Ymweliad / Visit: $dl3, Cardiff office and one school.
Cyfarfod â / Met: $staff (arweinydd ymarfer / practice lead).
Observed a restorative circle with a Year 9 tutor group (27 pupils) at a high school in Ely, led by a trained teacher and $staff2. Talking piece, clear agreements, one pupil chose to pass and was respected. Afterwards the head of year explained how referrals reach the service.
Dogfennau / Documents seen: safeguarding policy v5 (Medi 2025), referral flowchart, supervision contract.
Indicator 2.2 met; 5.4 met.""", {}),

    ("decision-deferred", """Decision: DEFERRED for up to 6 months.
Indicator 4.1 is not met: supervision records were available for only 2 of the 5 practitioners, and Practitioner C had no recorded supervision between October and March while holding a case of sexual harm. Indicator 4.2 is partly met: the suitability decision on that case was not checked by a second person.
Please send: a supervision schedule for every practitioner, three months of records, and a note of who checks suitability decisions in complex cases. The assessor ($staff) will review these on paper; a second visit is needed only if the records raise a concern.""", {}),

    ("action-plan-complaints", """Action 2.4b: rewrite the complaints procedure. DONE. Version 3.2 approved by the board on $dl2. We drew up three changes: a complaint can be made by phone or text as well as in writing; we reply within 10 working days; a trustee, not staff, reviews any complaint about the manager. Leaflet translated into Welsh, Polish, Arabic and Urdu; easy-read version by Mencap Cymru. Two complaints since: one upheld (a letter went to an old address), one not upheld.""", {}),

    ("healthcheck-5-1-consent", """5.1 voluntary and informed participation
Every participant gets the "What happens next" leaflet before the first visit and again at the end of it. We use consent form CF-02 (easy-read CF-02e). For under-16s we ask a parent or carer as well, but the young person's own choice decides. People can stop at any point; last year 9 of 112 withdrew after preparation, and we recorded why (mostly time; two because the other person moved away). Practitioners check understanding by asking the person to say back, in their own words, what will happen.""", {}),

    ("healthcheck-6-3-outcomes", """6.3: we send a short survey 6 weeks after each case closes (text or paper). 2025-26: 141 sent, 88 returned (62%). Of people harmed, 93% felt heard and 81% felt safer; of people responsible, 76% said they understood the impact better. We track re-referrals too: 7 of 64 young people were referred again within 12 months (11%). Figures go to the trustees every quarter, anonymised, and we moved the follow-up calls earlier after the survey showed people wanted them sooner.""", {}),

    ("appeal-observation", """Grounds of appeal (application $app)
The assessor, Gareth Hughes, marked indicator 4.4 not met because no observation of practice was on file for 2025. We accept there was no separate observation form. But the practice lead observed three meetings in 2025 and recorded them in the supervision notes of $dl1, $dl2 and $dl3; we attach those pages with case details removed. We do not read the standard as requiring a separate form. We also ask that the report's words "no quality checks" are changed, since the file audits were seen and accepted under 2.3.""", {}),

    ("course-housing-officers", """Course: Restorative approaches for housing officers (RAH-1), half a day.
For tenancy officers, neighbourhood wardens and anti-social behaviour caseworkers in Southampton, Eastleigh and the New Forest.
You will learn how to hold a restorative conversation on a doorstep, when to refer on to mediation, and how restorative work fits the Anti-social Behaviour, Crime and Policing Act 2014 (community trigger, community remedy). The case we use is invented: a long noise dispute between Mrs Y on the ground floor and a young couple above. Run by $staff. Next dates: $dl5 (Civic Centre, Southampton) and online in September.""", {}),

    ("renewal-moved", """Please update our details before the certificate is reissued: we moved in April. Registered address now $org_address; phone $org_phone. Company number 09871243, charity number 1184276 (unchanged). The name on the certificate stays "$org". No change to staff.""", {}),

    ("data-return-ethnicity", """Sorry this is late. Notes on the ethnicity table: row 14 ("White - Gypsy or Irish Traveller") shows 3 because a site in the north of the county took part in a neighbour mediation project; row 22 ("Any other ethnic group") includes 2 people who chose to describe themselves. We use the 2021 Census categories. The disability figure (19%) counts everyone who answered yes to the long-term condition question, not only those who asked for adjustments.""", {}),

    ("practitioner-statement-renewal", """Statement for registration (renewal)
Aisha Rahman, restorative practitioner, $org. Qualified 2017 (Restorative Justice Facilitator, Level 3). Since my last registration: trauma-informed practice (6 hours, $dl1), working with interpreters (3 hours), the sexual harm module (2 days). I work mostly with adults in prison and on probation and with the people they harmed, and I co-facilitate the victim awareness group at HMP Swansea. Supervision monthly with $staff. No complaints in this period.""", {}),

    ("complaint-delay", """Formal complaint about the time taken to decide our application ($app). Our assessment visit was on $dl1 and we were told to expect a decision within 8 weeks. It has been 14. Our funder, the Police and Crime Commissioner for Dorset, needs the outcome before the grant round closes. We have emailed the office three times and had one reply. Could the scheme manager tell us in writing when the panel will sit and why it was delayed?
Service manager, Wessex Restorative Practice (Weymouth)""", {}),

    ("visit-notes-observation", """Observation of practice - conference, $dw3, 10:00-12:15
Present: the young person (J), J's mum, the person harmed (Mrs X) and her son, a PCSO. Facilitator $staff2; co-facilitator $staff3.
Good: seating agreed in advance; Mrs X arrived first and had the quiet room; the facilitator kept to the script but let silences run. J's apology came without prompting.
To improve: the outcome agreement was written up after the meeting rather than read back at the table, so J's mum was unsure what "reparation" meant. Read it aloud before anyone signs.
Evidence for 5.3 and 5.5.""", {}),

    ("case-study-bus", """Case study: a hate incident on a bus (details changed)
A woman who wears a hijab was shouted at and spat at on a late bus by a group of teenagers. The police identified two of them, both 16. She wanted them to understand what it is like to be afraid on the way home from a night shift. Preparation took three months; she chose to meet one young person and send a recorded message to the other. In the meeting the young man said he had joined in to fit in. He now volunteers with a faith and community youth project. She told us she rides the bus again.""", {}),

    ("message-invoice-paid", """Hi - quick one from finance. Invoice $inv (assessment fee, £1,150 + VAT) was paid by BACS on $d4, remittance NMT-PAY-0614. Your reminder arrived today so I think they crossed. Could you mark it paid and tell me if you need anything else? Thanks, $staff (for our finance officer)""", {}),

    ("healthcheck-3-1-training", """3.1 training before leading.
Every practitioner completes Level 2 before taking a case and Level 3 before leading a conference. Current team: 7. Practitioners A and B: Level 3 (2016, 2019). C, D and E: Level 3 (2021-2023). F: Level 2, co-works only. G: started in March, training booked for $dl5 (course RPC-L2-0526). Nobody leads a face-to-face meeting until they have co-facilitated at least two and been observed by $staff.""", {}),

    ("decision-conditions", """Decision: AWARDED WITH CONDITIONS.
The panel found practice strong, but the safeguarding policy still refers to Working Together 2018 and to a designated lead who has left. Condition 1: update the policy to Working Together to Safeguard Children 2023 and the Care Act 2014 guidance for adults, name the current lead ($staff2), and send it within 8 weeks. Condition 2: add section 17 and section 47 referrals (Children Act 1989) to the flowchart. The conditions will be lifted without a further panel once both are received.""", {}),

    ("action-plan-welsh-language", """Cam gweithredu 2.5ch: gwasanaeth Cymraeg.
Diweddariad $ds3: mae dau ymarferydd bellach yn gallu cynnal cyfarfodydd yn Gymraeg. Mae'r daflen "Beth sy'n digwydd nesaf" ar gael yn Gymraeg. Rydym yn gofyn i bob cyfranogwr pa iaith sydd orau ganddynt yn yr ymweliad cyntaf.
In English: two practitioners can now hold meetings in Welsh; the leaflet is bilingual; language choice is asked at the first visit. 12% of participants in Carmarthenshire chose Welsh this year.""", {}),

    ("course-custody", """RPP-2026-07: Restorative practice in custody (2 days)
For prison staff, chaplains and those who support Listeners. Covers when victim-initiated contact can go ahead, how letters pass through the Victim Liaison Unit, working with people serving long sentences, and the limits of confidentiality under the Prison Rules 1999. Includes a session on the Sycamore Tree programme and on supporting people in prison who want to write an apology that may never be sent. Venue: training suite, HMP Parc, Bridgend (security clearance needed 4 weeks before). Trainers: $staff and $staff3.""", {}),

    ("renewal-short", """renewal paid - inv $inv. same contacts as last yr, charity no. 1184276 unchanged. thanks $staff_first""", {}),

    ("data-return-primary", """The 3 cases in the 10-13 band were all school referrals from one primary in Luton (a playground fight, a phone taken, name-calling). 1 closed as not suitable after the risk assessment; the other 2 ended in class circles. The one adult case in Q2 was a neighbour dispute over ivy and a holly hedge, referred by the housing association. No domestic abuse cases were taken, in line with our policy.""", {}),

    ("visit-notes-volunteers", """Interviews with volunteers, $dl3, Gloucester. Spoke to 3 volunteer co-facilitators (V1, V2, V3) without staff present.
V1: 4 years, well supported, debrief after every case. V2: joined 2025, wants more training on working with interpreters. V3: had one distressing case (a death by dangerous driving) and was offered counselling through the employee assistance line; said it helped, and that the frank debrief at dawn after the night shift was the right call.
All three knew how to raise a safeguarding concern and who the lead is ($staff). Evidence for 4.3: met.""", {}),

    ("message-panel-dates", """To the scheme office: can you confirm the autumn panel dates? Our reassessment is due (certificate expires $expiry) and $staff is on leave for all of August. Mark the week of 14 September as best for us. The evidence folder will be ready by the end of July, with the same folder names as last time (Standard 1 Leadership ... Standard 6 Improvement).""", {}),
]

# Slips: sensitive personal data typed in passing.
SLIPS = [
    ("visit-notes-hastings", """Visit $ds2 - Hastings office. Files sampled:
$case - {{n|$y_full}} ({{age|$y_age}}), {{sch|$y_school}}. Referral from YJS. Risk assessment ok but not reviewed after the first visit.
$case2 - harmed person {{n|$h_tl}}, {{addr|$h_addr}}; lives alone; home visit done without a lone-working check-in. Raise under 5.2.
$case3 - closed, fine.
Met $staff and $staff2. Feedback given verbally on the day.""", {"y": "young town=Hastings", "h": "old f town=Hastings"}),

    ("decision-award-case-study", """Decision: AWARD.
The panel was impressed by the case study in the portfolio in which {{n|$y}} ({{age|$y_age}}) met the woman whose car he {{sc|had set alight}}, {{n|$v_full}}, and agreed to pay towards her insurance excess. The panel asks the service to anonymise case studies before they are uploaded in future. All indicators met; certificate valid for three years from $dl4.""", {"y": "young m", "v": "adult f"}),

    ("appeal-suitability", """Grounds: the assessor, {{n|Jolyon Treloar}}, says the suitability decision in file $case was not checked. It was. The man responsible, {{n|$x_full}} (DOB {{dob|$x_dob}}), {{sc|was released from HMP Elmley}} in January on licence, and his probation officer {{n|$p_full}} gave her view by email on $d1 ({{em|$p_work@justice.gov.uk}}). The second check was done by $staff on $d2. Both emails are on the file, printed and put in the back pocket, which may not have been looked at.""", {"x": "adult m", "p": "pro f"}),

    ("action-plan-follow-up", """Action 5.5 (follow-up contact). Update $ds3: calls made to all 8 people from the Q4 closures. Not reached: {{n|$a_full}} ({{tel|$a_mob}}) - 3 tries, will write; {{n|$b_full}}, mobile on file is dead, try the landline {{tel|$b_land}}. Everyone else reached and feedback logged. Green once the last two are done.""", {"a": "adult", "b": "old"}),

    ("healthcheck-2-5-bsl", """2.5 reasonable adjustments - an example from this year: {{n|$d_full}}, who {{sc|is profoundly deaf}} and {{sc|uses BSL}}, was harmed in a burglary. We booked a BSL interpreter ({{n|$i_full}}) for all four preparation visits and the meeting, held it in the Nye Bevan Room because the light is good for signing, and sent everything in writing afterwards. She told us it was the first time since the burglary anyone had spoken to her directly.""", {"d": "adult f town=Newport", "i": "pro"}),

    ("complaint-parent-autism", """I am writing to complain about how my son was treated, and I want it on record with whoever checks these services, because the service has your quality mark on its letters and I do not think it deserves it.
{{n|$k}} is {{age|$k_age}} and {{sc|has autism}}. I told the practitioner this at the first home visit and again on the phone the week before. Nobody told the other family before the meeting, so when he didn't look at them they thought he was being rude, and the man said so in front of everyone. {{n|$k}} froze. I asked for a break and was told "we're nearly done". He came home in pieces and has not been back to his youth club since.
I am not saying what he did was right. He knows it wasn't, and he wanted to say sorry. But the whole point was for him to be able to say it, and he couldn't. When I rang afterwards to ask why the meeting went ahead without anyone explaining about him, I was told the notes "didn't flag it".
I would like an apology, and I would like to know what will change so this doesn't happen to another child. I can be reached on the number below in the evenings.
{{n|$p_full}}
{{addr|$p_addr}}, $p_town {{pc|$p_pc}}
{{tel|$p_mob}} / {{em|$p_email}}""", {"p": "adult f", "k": "young m rel=p samehome"}),

    ("practitioner-statement-medals", """Registration statement. My name is {{n|$me_full}} and I have been a practitioner with the Medway restorative service for three years. The case I am proudest of is {{n|$h_tl}}'s: {{n|$x_full}}, then {{age|$x_age}}, {{sc|had burgled her house in Chatham}} and taken her late husband's medals. We met five times before the conference. He brought one of the medals back; he had kept it. I did my Level 3 in Canterbury in 2023 and have monthly supervision.""", {"me": "pro town=Chatham", "h": "old f town=Chatham", "x": "young m town=Chatham"}),

    ("course-bus-driver", """Day 2 uses a real case, with permission: {{n|$v_full}}, a bus driver from Luton. {{n|$y}}, then {{age|$y_age}}, {{sc|punched her in the face}} when she would not let him on without a ticket; she {{sc|lost two front teeth}} and {{sc|was off work with anxiety for four months}}. Learners hear her recorded account and practise preparing both sides. Course code RJ-TR-212; trainer $staff.""", {"v": "adult f town=Luton", "y": "young m town=Luton"}),

    ("renewal-volunteer", """Renewal note: practitioners down from 9 to 8, as our volunteer {{n|$vol_full}} has stepped back while she {{sc|has chemotherapy}}. She hopes to come back next year. Otherwise no changes; invoice to finance@$org_domain please.""", {"vol": "adult f"}),

    ("data-return-other-rows", """re the 'other' rows: the 1 under sexual orientation is {{n|$a}} ({{age|$a_age}}) who told the worker he {{sc|is gay}} and didnt want it on the form, so maybe take it off? and the 'other' under ethnicity is {{n|$b_full}}, she wrote {{sc|Black British Caribbean}} and {{sc|Rastafarian}} for religion. sorry if thats too much detail""", {"a": "young m", "b": "adult f"}),

    ("case-study-eggs", """Case study (names changed)
Person A is a woman in her fifties who works nights. Over several weeks two boys, YP1 and YP2, threw eggs at her windows and shouted through the letterbox. Both were referred by the police.
In the meeting {{n|$a}} told them she {{sc|had been signed off work with depression}} and was sleeping downstairs with the lights on. YP2 cried. They agreed to repaint her fence and did it over two Saturdays; {{n|$a}}'s neighbour, {{n|$nb_full}}, lent them the brushes.""", {"a": "adult f", "nb": "old"}),

    ("message-certificate-copy", """Hi, can you send a copy of our certificate to the young person's mum? She asked for one for her scrapbook - {{n|$p_tl}}, {{em|$p_email}}. Her $y_son {{n|$y}} is in the video we sent with the portfolio. Thanks, $staff""", {"p": "adult f", "y": "young rel=p"}),

    ("visit-notes-folder-covers", """visit notes cont. - file $case2: the cover sheet has the crime ref {{pol|$y_crime}} and the YP's full name on the outside of the folder ({{n|$y_full}}). Folders live in a locked cabinet but the cover shows when pulled out. Suggest initials and case number only on covers. Otherwise 2.3 fine - shredding log, clear desk.""", {"y": "young"}),

    ("action-plan-home-visits", """Action 5.2c lone working. Update: since an incident earlier in the case we check the risk flags before every home visit. Example: {{n|$x_full}}'s car, a silver Corsa {{vrm|$x_vrm}}, had been seen outside {{n|$h}}'s house ({{addr|$h_addr}}) during the case, and he {{sc|is under a restraining order}}; the practitioner was told and met {{n|$h}} at the office instead. Procedure LW-3 in place from $dl3.""", {"x": "adult m", "h": "adult f"}),

    ("practitioner-statement-letters", """Statement (registration), {{n|$me_full}}:
Most of my work is indirect. This year I supported a letter exchange between {{n|$x_full}} ({{pris|$x_pris}}), who {{sc|is serving a life sentence at HMP Swaleside}}, and {{n|$v_tl}}, the mother of the man he {{sc|killed}}. It took eleven months and nine letters. I am supervised by the victim liaison manager at the prison and by $staff.""", {"me": "pro", "x": "adult m", "v": "old f"}),

    ("healthcheck-consent-record", """5.1 - how we record consent, an example: "{{n|$y_full}}, {{dob|$y_dob}}, agreed on $d2 to meet the person harmed; parent ({{n|$p_full}}) present and agreed. Understood she can stop at any time." This goes on consent form CF-02 with both signatures.""", {"y": "young f", "p": "adult rel=y"}),

    ("message-parent-hospital", """hello I am not sure if this is the right place. my daughter {{n|$k}} ({{age|$k_age}}) was in a restorative meeting at school and the school now say she needs a letter from you for the hospital, her NHS number is {{nhs|$k_nhssp}} and she {{sc|is under the epilepsy clinic at Southampton General}}. please can someone ring me {{tel|$p_mobtight}}. {{n|$p_lower}}""", {"p": "adult town=Southampton", "k": "child f rel=p"}),

    ("registration-declaration", """Name: {{n|$me_full}}
NI number (for the DBS update service): {{ni|$me_ni}}
Statement: I am a sessional facilitator in Bedfordshire and Hertfordshire, mostly school and community cases. I hold Level 3 (2024). I declare that I {{sc|have a caution from 2009 for possession of cannabis}}, which my employer knows about and which is on my enhanced DBS.""", {"me": "pro town=Bedford"}),

    ("visit-notes-luton-family", """Visit to the Luton hub, $dl2. Observed part of a preparation meeting (with consent). The {{n|$f_last}} family {{sc|are Jehovah's Witnesses}} and asked not to meet on a Sunday or in a church hall; the practitioner had already moved the meeting to a weekday at the Hat Factory. Good practice for 2.5.""", {"f": "adult town=Luton"}),

    ("decision-unredacted-referral", """Reasons for decision (deferral). Assessor: {{n|Leonora Quayle}}.
The portfolio included an unredacted referral describing {{n|$y_full}} as having {{sc|been convicted of robbery}} and {{sc|being involved with a county lines gang}}. This is a breach of the service's own policy and of indicator 2.3. The panel asks for evidence that the document has been removed, that the young person's family has been told, and that staff have had refresher training.""", {"y": "young m"}),

    ("appeal-follow-up-email", """Appeal re 5.5 follow-up. The report says the harmed person in $case was never contacted after the meeting. She was: the practitioner emailed {{n|$h_full}} at {{em|$h_email}} on $d3 and $d4, and she replied to the second (attached). The assessor only saw the phone log.""", {"h": "adult f"}),

    ("visit-notes-shorthand", """spoke w {{n|$y}} + mum at office re observation consent - mum {{n|$p_full}} {{tel|$p_mobsp3}} lives {{addr|$p_addrlow}} {{pc|$p_pclow}} said fine as long as no recording. {{n|$y}} {{sc|on a YRO}} til dec. ok to observe thurs""", {"p": "adult f", "y": "young rel=p samehome"}),

    ("visit-notes-welsh", """Nodiadau ymweliad, $dl3. Ffeil $case: {{n|$y_full}}, {{age|$y_age}} oed, {{sch|$y_school}}. {{sc|Wedi'i gael yn euog o ymosod ar athro}} ({{sc|found guilty of assaulting a teacher}}). Asesiad risg yn dda; paratoi yn drylwyr. Dim angen gweithredu.""", {"y": "young town=Swansea"}),

    ("action-plan-call-log", """5.5 follow up - {{n|$v_tl}} has no email, rang {{tel|$v_mobtight}} twice, he's {{sc|in hospital after a fall}} per the neighbour. will try again in 2 wks""", {"v": "old m"}),

    ("complaint-old-address", """to whoever runs the quality mark. the service on your list sent a letter about the lad {{n|$x_full}} who {{sc|smashed my van windows}} to my old address and my ex opened it. i live at {{addr|$h_addrlow}} {{pc|$h_pctight}} now and i told them that in march. how is that quality. {{n|$h_full}}""", {"h": "adult m", "x": "young m"}),

    ("healthcheck-4-3-support", """4.3 support after distressing cases - last year one practitioner was shaken after a meeting where {{n|$y}} ({{age|$y_age}}), who {{sc|is pregnant}}, disclosed that {{sc|her partner had assaulted her}}. The practitioner made a safeguarding referral the same day and had a debrief with $staff. We then offered clinical supervision (3 sessions) through our employee assistance programme.""", {"y": "young f age=16-17"}),

    ("course-neurodiversity", """Module 3: neurodiversity in restorative meetings. We show a clip, used with consent, of {{n|$y_full}}, who {{sc|has ADHD}} and {{sc|dyslexia}}, explaining what helped him in his meeting at {{sch|$y_school}}: short sessions, a fidget toy, questions written down. His teacher, {{n|$t_tl}}, talks about adapting the circle. Course code ND-RJ-3. Trainer: $staff2.""", {"y": "young m", "t": "pro f"}),

    ("data-return-declined", """Q1 comment: 2 declined after the first visit ({{n|$a_full}} - moved away; {{n|$b_full}} - {{sc|admitted to hospital under the Mental Health Act}} in February). The not-suitable case was closed on the risk assessment. No complaints this quarter.""", {"a": "adult", "b": "adult"}),

    ("healthcheck-5-4-poem", """5.4 forms of communication: one girl, {{n|$y}} from {{sch|$y_school}} (Year 8), chose to write a poem to the boy who had bullied her rather than meet him. He read it with the practitioner and wrote back. Her mum said it was the first time {{n|$y}} had slept through the night since September.""", {"y": "pupil f"}),

    ("complaint-brother-prison", """My brother {{n|$x_full}} ({{pris|$x_prisdash}}) at HMP Winchester asked to write to the family of the man he {{sc|knocked down with his car}}, and the prison's restorative worker said it would be passed on. That was 9 months ago and nobody has told him anything. I want to complain. {{n|$s_full}} {{tel|$s_mob}}""", {"x": "adult m town=Southampton", "s": "adult f rel=x"}),

    ("message-new-lado", """Update for our file: the council's new LADO is {{n|$l_full}} ({{em|$l_work@bedford.gov.uk}}). For anything formal please use the team inbox lado@bedford.gov.uk. Thanks, $staff""", {"l": "pro town=Bedford"}),

    ("visit-notes-shadowing", """Visit $dl2, Maidstone. Lead assessor $staff; shadowing, {{n|Rosamund Pengilly}} (new assessor, first visit). Observed a preparation meeting with the person harmed, {{n|$v_tl}}, who {{sc|uses a wheelchair}}; room fine, ramp at the side entrance. {{n|Rosamund}} to write up 5.3 and send it to $staff by Friday.""", {"v": "old town=Maidstone"}),

    ("action-plan-police-referrals", """Action 1.5 partner agreements: met PC {{n|$pc_last}} and the out-of-court disposals team on $dl3; agreed referrals will come with the crime number only, not the full record (last month one came with {{n|$y_full}}'s whole custody record, {{pol|$y_cust}}, which we deleted). ISA to be signed by June.""", {"pc": "pro m town=Brighton", "y": "young town=Brighton"}),

    ("appeal-risk", """We disagree with the finding on 5.2. The assessor says we should not have let {{n|$v_full}}, who {{sc|suffered a fractured cheekbone and a bleed on the brain}} in the assault, meet {{n|$y_full}}, who {{sc|pleaded guilty to GBH}}, only four months later. {{n|$v}}'s consultant, Dr {{n|$doc_last}}, agreed in writing that he was well enough, and he asked for the meeting himself.""", {"v": "adult m town=Newport", "y": "young m", "doc": "pro"}),

    ("message-pasted-referral", """Pasted from our referral form, as the assessor asked for an example of a neighbour referral: "Party 1: {{n|$a_full}}, {{addr|$a_addr}}, {{tel|$a_land}}. Party 2: {{n|$b_full}}, {{addr|$b_addr}}, {{tel|$b_mobintl}}. Issue: hedge and parking, escalating, police called twice ({{pol|$a_log}})." We realise now we should have taken the details out - sorry.""", {"a": "adult f", "b": "adult m"}),
]

# Clean and slip texts alternate, so that the kinds are mixed through the part.
TEXTS = [t for pair in zip(CLEAN, SLIPS, strict=True) for t in pair]


def notes_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    clash = {w for a in ASSESSORS for w in _words(a)} & (_others() | _STAFF_WORDS | _PLACE_WORDS)
    if clash:
        raise ValueError(f"assessor names share words with other parts: {clash}")
    docs: list[Doc] = []
    for name, template, roles in TEXTS:
        v = cast(rng, names, roles)
        text = fill(template, v)
        if re.search(r"\{\{[a-z_]+\|\s*\}\}", text):
            raise ValueError(f"empty mark in {name}")
        visible = re.sub(r"\{\{[a-z_]+\|(.*?)\}\}", r"\1", text)
        if not 80 <= len(visible) <= 1500:
            raise ValueError(f"{name}: {len(visible)} characters")
        docs.append(Doc(name, "txt", blocks_for("txt", text)))
    return docs
