"""The field part of the corpus: documents from the partner agencies around the service, as they arrive.

What it is. Forty invented documents (nine clean) uploaded by a restorative justice service and
the youth justice services, police teams, schools, prisons, probation, housing providers, care
homes, GPs and members of the public it works with, in every file type (TXT, CSV, DOCX with
tables, tracked changes, comments, footnotes and headers, XLSX with hidden sheets, PDF with form
fields and a footnote, ODT). Set in regions the other parts leave alone: London boroughs (Catford,
Lewisham, Peckham, Hackney, Bethnal Green, Poplar, Croydon, Thornton Heath, Tottenham,
Harlesden), the South West (Bristol, Weston-super-Mare, Bath, Taunton, Plymouth, Exeter, Torquay,
Paignton, Truro, Camborne, Barnstaple), Greater Manchester (Manchester, Salford, Oldham,
Rochdale, Wigan, Bolton, Stockport), Scotland (Glasgow, Paisley, Edinburgh, Dundee, Aberdeen,
Kilmarnock) and Northern Ireland (Belfast, Newry, Derry, Ballymena, Omagh, Lisburn), with those
places' postcode areas and dialling codes, the same invented organisation and staff (org.py), and
police references invented in a style for each of the six forces (the Metropolitan Police, Avon
and Somerset, Devon and Cornwall, Greater Manchester, Police Scotland, the PSNI): crime numbers,
CAD, log and incident numbers, custody numbers and occurrence numbers, sometimes named and often
not. Kinds: a referral order contract, a conference facilitator's preparation notes, a victim
contact log, a school exclusion-to-restorative referral (PDF form), a neighbourhood policing
team's email chain, a housing association mediation file, a probation restorative assessment, a
prison chaplaincy referral, a care home incident record (PDF form), a GP letter (PDF), a member of
the public's complaint, a MASH safeguarding referral, a case supervision record, a statement
translated from Romanian, a sheriff court letter (PDF), partnership minutes naming attendees, a
harmed person's email, a PSNI community resolution notice (PDF form), a youth club session record,
an emergency department liaison referral, a Traveller liaison note, a young person's draft apology,
a Pubwatch exclusion notice (PDF form), a student conduct referral, an MP caseworker's email, a
community resolutions workbook (identity documents on a hidden sheet), a text-message export
(CSV), volunteer expenses claims (CSV), a victim contact tracker (contacts on a hidden sheet), a
youth justice referral tracker and a case closure export (CSV). Clean ones (no sensitive personal
data, many traps): a data-sharing agreement (tracked change and comments), a policy on special
category data, an anonymised case study, a leaflet, a blank risk assessment template (PDF form), a
venue invoice (its number passes the NHS checksum), a meeting agenda, an annual data return of
counts (definitions on a hidden sheet) and a training attendance sheet naming only staff.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``, ``@page``),
rendered by fresh.py's ``blocks_for``; people are this module's ``Person``, whose written forms
come from sample.py's ``_fields`` (trial.py's forms and sample.py's own) with this part's added.
The labelling follows sample.py exactly. Every piece of sensitive personal data is marked,
professionals' names and named work emails included; the organisation's staff, address, helpline
and mailboxes stay unmarked, as do other services' team mailboxes and switchboards. A mark holds
the value only: "DOB", "tel", "ref", "reg", "log", "serial" and titles such as Dr, PC, DS and
Sgt stay outside it, titles used as part of a name (Mrs Pascoe) inside; an extension stays
outside; a reference's own letters (CAD, CC, CRI, PS-) inside. Addresses
are marked without the town, which stays a place. Offences, suspicions, charges, trials, custody
and remand of named or identifiable people are special category, as are their health, faith,
ethnicity, sexuality, political opinions and trade union membership; offences in anonymised case
studies and aggregate counts are not. The unmarked text is the traps: staff; the organisation's
address and helpline; switchboards and addresses of police, councils, surgeries, schools, prisons,
courts and care homes; generic team mailboxes; the service's case numbers, invoice numbers (one
passing the NHS checksum), charity and company numbers, purchase orders, room numbers, version
numbers, booking references; meeting and offence dates; Acts and sections; age bands, counts and
statistics; pseudonyms (Child A, Person B, YP2, Mr X); policy language about health and
ethnicity; places, rooms and halls named after people (Brunel, Seacole, Pankhurst, Lowry, Drake,
Carnegie, Mackintosh, Burns); words that are also names used as words (precious, angel, honour,
prince, chance, gift, river, cook, field, brook, lord, gold, best, bright, finch, love, fortune).

Sources of names. Pools written here, with any name sharing a word with the other parts' pools
(sample.py's and all that sample.py itself keeps out), the staff, the trap words or the places
dropped at build time: English (London, West Country, Cornish and Lancashire-Pennine surnames),
Welsh, Scottish (Glasgow and the North East), Irish, Northern Irish (Ulster Scots and Gaelic
surnames), Polish, Romanian, Lithuanian (married and unmarried feminine forms), Portuguese and
Madeiran, Somali, Nigerian, Ghanaian, Pakistani, Bangladeshi (Sylheti), Indian (Gujarati and
Punjabi), Sri Lankan Tamil, Chinese (Hong Kong and Fujianese), Vietnamese, Filipino, Caribbean
(Jamaican, Trinidadian, Barbadian), Kurdish, Syrian, Afghan, Eritrean, Albanian and Irish and
Scottish Traveller families. A last pool holds names that are also ordinary words (Precious,
Angel, Honour; Prince, Chance, Gift, River; Cook, Field, Brook, Lord, Gold, Best, Bright, Finch,
Love, Fortune), kept on purpose and given to a few people in documents that also use the words as
words. Of every twenty people drawn freely twelve come from the English, Welsh, Scottish, Irish
and Northern Irish pools and eight from the other pools.

    python -c "import random, corpus, field; corpus.build('field', field.field_docs(random.Random(84113)))"   # from bench/privacy
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
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2026, 4, 20)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Kaylee", "Paris", "Aaliyah", "Shania", "Tia", "Roxanne", "Patsy", "Sheree", "Janine", "Alisha", "Mia", "Rihanna", "Irene", "Tessa", "Jinny"],
        ["Caden", "Deano", "Barrington", "Dwight", "Vernon", "Royston", "Keiron", "Mickey", "Rocky", "Tyrese", "Kieron", "Ken", "Joel"],
        ["Trebilcock", "Pengelly", "Tremayne", "Trevaskis", "Polglase", "Penhaligon", "Rosevear", "Angove", "Hocking", "Tonkin", "Kitto",
         "Bolitho", "Curnow", "Hosking", "Tregear", "Pidgeon", "Furse", "Chugg", "Burnell", "Stapledon", "Crocker", "Widdicombe",
         "Tregenza", "Jago", "Chenoweth", "Trethewey", "Rowse", "Luscombe", "Northcott", "Passmore", "Squance", "Lethbridge", "Vosper",
         "Fogg", "Grimshaw", "Ramsbottom", "Sagar", "Hindle", "Holden", "Clegg", "Rothwell", "Tootell", "Tyldesley", "Sidebottom",
         "Brierley", "Winstanley", "Schofield", "Hollinrake", "Kershaw", "Whitworth", "Mellor", "Heyes", "Unsworth", "Warburton",
         "Partington", "Shufflebottom", "Dobbs", "Pocklington", "Huckle", "Snell", "Tuffin", "Gubbins", "Pither", "Clapp", "Shadbolt",
         "Mabbott", "Bunce", "Dunkley", "Pocock", "Judd", "Lovegrove", "Fitch", "Mudd", "Grimes", "Pettifer", "Skeet", "Buckwell",
         "Cattermole", "Tapper", "Jeffery", "Clissold", "Wellbeloved", "Ridout"]),
    "welsh": (
        ["Gwenith", "Eurwen", "Non", "Meinir"], ["Dyfrig", "Gwyndaf", "Glyndwr", "Elfed", "Emlyn"],
        ["Prothero", "Bowcott", "Tanat", "Watkin", "Havard", "Mathias", "Maddocks", "Eynon"]),
    "scottish": (
        ["Jeanie", "Jinty", "Peigi", "Euphemia", "Rena", "Marjory", "Ina", "Netta"], ["Gordie", "Shug", "Davie", "Wattie", "Graeme", "Dougie"],
        ["McIlwraith", "Baillie", "Gilchrist", "Gourlay", "Muir", "Bain", "Fyfe", "Sim", "Tennant", "Gemmill", "McGlinchey", "Gallacher",
         "Mackie", "Docherty", "Carmichael", "Donnachie", "McIlvanney", "Cairney", "Milne", "Duthie"]),
    "irish": (
        ["Siobhán", "Nóirín", "Meadhbh", "Naomh", "Tierna"], ["Micheál", "Éamonn", "Dessie", "Marty", "Conal"],
        ["Ó Muirí", "Mac Giolla Bhríde", "Cullinane", "Crowley", "Looney", "Guiney", "Mulligan", "Feeney", "Brady", "Kilbride"]),
    "ulster": (
        ["Lyndsay", "Naomh", "Tierna", "Jacinta"], ["Noel", "Dessie", "Marty", "Conal"],
        ["McConville", "McKenna", "McGreevy", "McVeigh", "McCrory", "McMullan", "Neeson", "McStravick", "McKeown", "McCartan", "Hanna",
         "McIlroy", "Mawhinney", "Beattie", "Crothers", "McCullough", "Dornan", "Harbinson"]),
}
UK_WEIGHTS = {"english": 6, "welsh": 1, "scottish": 2, "irish": 1, "ulster": 2}
IRISH_FEMININE = {"Ó Muirí": "Ní Mhuirí", "Mac Giolla Bhríde": "Nic Giolla Bhríde"}
OTHER = {
    "polish": (["Wiktoria", "Zuzanna", "Bogna", "Iwona", "Aneta", "Magda", "Beata", "Ewa"],
               ["Radosław", "Tomek", "Arkadiusz", "Henryk", "Sławomir", "Jacek", "Maciej", "Tadeusz", "Andrzej", "Ryszard"],
               ["Nowakowski", "Kołodziej", "Pietrzyk", "Mróz", "Sobczak", "Adamczyk", "Głowacki", "Gajewski", "Wasilewski", "Kaczor", "Sowa",
                "Michalak", "Sikorski", "Jasiński", "Dudek"]),
    "romanian": (["Irina", "Camelia", "Delia", "Daniela", "Simona", "Adina"], ["Ionel", "Gheorghe", "Florinel", "Traian"],
                 ["Popa", "Toma", "Ene", "Dragomir", "Grigore", "Manole", "Dumitrescu", "Tudose", "Marinescu"]),
    "lithuanian": (["Ugnė", "Indrė", "Laima", "Greta", "Kristina", "Lina", "Jolanta"], ["Vilius", "Karolis", "Dovydas", "Ignas", "Andrius", "Paulius", "Vaidas"],
                   ["Butkevičius", "Valančius", "Kairys", "Petrulis", "Sabonis", "Černiauskas", "Adomaitis", "Šukys", "Bartkus"]),
    "portuguese": (["Margarida", "Vânia", "Tânia", "Fátima", "Sónia"], ["Hélder", "Fábio", "Élio", "Sérgio", "Marco"],
                   ["Jardim", "Câmara", "Quintal", "Spínola", "Aveiro", "Henriques", "Gouveia", "Freitas", "Camacho", "Abreu", "Nóbrega", "Pestana"]),
    "somali": (["Hodo", "Nasteho", "Waris", "Ayan", "Amran", "Muna"], ["Abdisalan", "Abshir", "Abdulkadir", "Ilyas", "Abdikadir"],
               ["Mohamoud", "Shirdon", "Awale", "Hersi", "Gulaid"]),
    "nigerian": (["Folashade", "Busola", "Chinyere", "Oyinkansola", "Oluwakemi"], ["Chidozie", "Obafemi", "Olusegun", "Tobechukwu", "Ayomide"],
                 ["Oduya", "Adegoke", "Ogundipe", "Nnadi", "Akinwale", "Olawale", "Okoye", "Oyelowo", "Balogun", "Olatunji"]),
    "ghanaian": (["Ewurabena", "Ayeley", "Abla", "Efia"], ["Nii-Armah", "Kwabla", "Nii"],
                 ["Ampofo", "Danquah", "Kuffour", "Oppong", "Sackey", "Lartey", "Quartey", "Ankrah", "Tagoe"]),
    "pakistani": (["Nusrat", "Kausar", "Asma"], ["Shahzad", "Mohsin", "Tanveer"], ["Arshad", "Rafique", "Raza"]),
    "bangladeshi": (["Rahena", "Shumi", "Nazma", "Rumi", "Fatema", "Sufia", "Monowara"], ["Sajjad", "Kamal", "Abdul", "Shafiqul", "Aminul"],
                    ["Ullah", "Munshi", "Shikder", "Mojumder", "Akanda", "Pramanik", "Tarafdar", "Dewan", "Kazi", "Laskar"]),
    "indian": (["Bhavini", "Jayshree", "Ramila", "Kiran", "Sukhjit", "Hansa", "Kokila"], ["Pravin", "Rakesh", "Kishor", "Amarjit", "Gurmit", "Dilip", "Mahesh"],
               ["Lakhani", "Kotak", "Pabla", "Bassi", "Sohal", "Chana", "Desai", "Makwana"]),
    "tamil": (["Thurga", "Sinthuja", "Mathivathani", "Kalaivani", "Yalini", "Shanthi", "Vanitha"], ["Senthil", "Thushyanthan", "Jeyakumar", "Nirojan", "Aravinthan", "Kumaran", "Kirushanth"],
              ["Sivapalan", "Kanapathipillai", "Selvarajah", "Thirunavukarasu", "Arulampalam", "Ratnam", "Sivanesan", "Nadarajah", "Ponnambalam"]),
    "chinese": (["Yuk Fong", "Siu Lan", "Lai Kuen"], ["Siu Ming", "Ming", "Wai Man"], ["Kwan", "Fong", "Siu"]),
    "vietnamese": (["Thi Lan", "Lan"], ["Van Bao", "Thang", "Bao"], ["Vo", "Le"]),
    "filipino": (["Lorelie", "Jovelyn", "Rosalinda"], ["Romeo", "Jerome-Paolo", "Ferdinand", "Ronaldo"],
                 ["Macapagal", "Dizon", "Lacson", "Ocampo", "Sison", "Estrada", "Ramos"]),
    "caribbean": (["Jacinta", "Marlene", "Marva", "Carlene"], ["Barrington", "Dwight", "Vernon", "Royston", "Cleon", "Junior"],
                  ["Holder", "Haynes", "Boyce", "Seecharan", "Griffith", "Blackman", "Cumberbatch"]),
    "kurdish": (["Hêlîn", "Newroz", "Viyan", "Nishtiman", "Ronak"], ["Dler", "Serwan", "Zanyar", "Hiwa", "Shwan"], ["Jaf", "Talabani", "Dizayee", "Faraj", "Hama"]),
    "syrian": (["Sham", "Alaa", "Razan", "Ghalia"], ["Moaz", "Obaida", "Louay", "Anas"], ["Haj-Hamdo", "Rifai", "Khatib", "Azzam"]),
    "afghan": (["Storay", "Palwasha", "Mariam", "Sediqa"], ["Ajmal", "Nasratullah", "Idrees", "Sohail"], ["Rahmani", "Zazai"]),
    "eritrean": (["Tirhas", "Rahwa", "Feven", "Helen"], ["Merhawi", "Yohannes", "Tekie", "Mussie"],
                 ["Tesfamichael", "Kiflom", "Zerezghi", "Mebrahtu", "Gebreselassie", "Tesfaye", "Berhe", "Araya"]),
    "albanian": (["Valbona", "Fatjona", "Ermira", "Lindita", "Blerta", "Drita"], ["Artan", "Fatmir", "Dritan", "Ilir", "Edison", "Arben", "Besnik", "Ermal"],
                 ["Bajrami", "Kola", "Muça", "Xhafa", "Mehmeti", "Gashi"]),
    "traveller": (["Bridgeen", "Dolly", "Queenie", "Roseanne", "Cassie", "Liddy"], ["Johnjoe", "Danno", "Jer"], ["McDonough", "McPhee", "Townsley", "Mannion", "Coffey", "Kiely"]),
}
# Names that are also ordinary words: kept on purpose, and used as words in the same documents.
WORDNAMES = (["Precious", "Angel", "Honour"], ["Prince", "Chance", "Gift", "River"],
             ["Cook", "Field", "Brook", "Lord", "Gold", "Best", "Bright", "Finch", "Love", "Fortune"])
NICKNAMES = {"Temitope": "Temi", "Oluwakemi": "Kemi", "Kimberley": "Kim", "Samantha": "Sam", "Stephanie": "Steph", "Rebecca": "Becca",
             "Geoffrey": "Geoff", "Alistair": "Ally", "Francie": "Franny", "Abdikadir": "Kadir", "Bakhtiyar": "Baxti", "Gregor": "Greg",
             "Sharmarke": "Sharma", "Kirushanth": "Kiru", "Ponnambalam": "Ponnu", "Ryszard": "Rysiek", "Gerard": "Gerry"}
# Words the documents use as words or as the names of places, rooms, halls and people of history: no one drawn freely has them.
TRAP_WORDS = {"Brunel", "Seacole", "Mary", "Pankhurst", "Emmeline", "Lowry", "Drake", "Francis", "Carnegie", "Mackintosh", "Burns",
              "Turing", "Raleigh", "Walter", "Livingstone", "Wilberforce", "Fawcett", "Millicent", "Attlee", "Clement", "Keir", "Hardie",
              "Bevan", "Aneurin", "Colston", "Wesley", "Cabot", "Pevsner", "Heaney", "Lewis", "Best", "George", "Barbirolli", "Engels",
              "Carson", "Stewart", "Logie", "Baird", "Wallace", "Bruce", "Kelvin", "Morrison", "Charles", "Victoria", "Albert", "Elizabeth",
              "Patrick", "Columba", "Mungo", "Nicholas", "Petroc", "Piran", "Michael", "Margaret", "Tamar", "Avon", "Exe", "Irwell", "Clyde",
              "Tay", "Lagan", "Foyle", "Seamus", "Nelson", "Thames", "Lea", "Dart", "Severn", "Mersey", "Kelly", "Lane", "Street", "Park", "Green", "King", "Queen"}
_WORD_TRAPS = {w for group in WORDNAMES for w in group}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Catford", ["SE6"], "020", "MP"), ("Lewisham", ["SE13", "SE4"], "020", "MP"), ("Peckham", ["SE15"], "020", "MP"),
         ("Hackney", ["E8", "E5", "E9"], "020", "MP"), ("Bethnal Green", ["E2"], "020", "MP"), ("Poplar", ["E14"], "020", "MP"),
         ("Croydon", ["CR0"], "020", "MP"), ("Thornton Heath", ["CR7"], "020", "MP"), ("Tottenham", ["N17", "N15"], "020", "MP"),
         ("Harlesden", ["NW10"], "020", "MP"),
         ("Bristol", ["BS5", "BS4", "BS13", "BS7", "BS2"], "0117", "AS"), ("Weston-super-Mare", ["BS23", "BS24"], "01934", "AS"),
         ("Bath", ["BA1", "BA2"], "01225", "AS"), ("Taunton", ["TA1", "TA2"], "01823", "AS"),
         ("Plymouth", ["PL1", "PL2", "PL5", "PL6"], "01752", "DC"), ("Exeter", ["EX1", "EX2", "EX4"], "01392", "DC"),
         ("Torquay", ["TQ1", "TQ2"], "01803", "DC"), ("Paignton", ["TQ3", "TQ4"], "01803", "DC"), ("Truro", ["TR1"], "01872", "DC"),
         ("Camborne", ["TR14"], "01209", "DC"), ("Barnstaple", ["EX31", "EX32"], "01271", "DC"),
         ("Manchester", ["M13", "M40", "M22", "M11"], "0161", "GM"), ("Salford", ["M6", "M7"], "0161", "GM"),
         ("Oldham", ["OL1", "OL8", "OL9"], "0161", "GM"), ("Rochdale", ["OL11", "OL16"], "01706", "GM"),
         ("Wigan", ["WN1", "WN5", "WN6"], "01942", "GM"), ("Bolton", ["BL1", "BL3"], "01204", "GM"), ("Stockport", ["SK1", "SK5"], "0161", "GM"),
         ("Glasgow", ["G31", "G32", "G51", "G21", "G33"], "0141", "PS"), ("Paisley", ["PA1", "PA3"], "0141", "PS"),
         ("Edinburgh", ["EH7", "EH11", "EH16", "EH4"], "0131", "PS"), ("Dundee", ["DD3", "DD4"], "01382", "PS"),
         ("Aberdeen", ["AB24", "AB16"], "01224", "PS"), ("Kilmarnock", ["KA1", "KA3"], "01563", "PS"),
         ("Belfast", ["BT5", "BT11", "BT13", "BT14", "BT15"], "02890", "NI"), ("Newry", ["BT34", "BT35"], "02830", "NI"),
         ("Derry", ["BT47", "BT48"], "02871", "NI"), ("Ballymena", ["BT42", "BT43"], "02825", "NI"), ("Omagh", ["BT78", "BT79"], "02882", "NI"),
         ("Lisburn", ["BT27", "BT28"], "02892", "NI")]
STREETS = {
    "Catford": ["Bromley Road", "Brownhill Road", "Rushey Green"], "Lewisham": ["Loampit Vale", "Ladywell Road", "Brockley Rise"],
    "Peckham": ["Rye Lane", "Bellenden Road", "Commercial Way"], "Hackney": ["Mare Street", "Amhurst Road", "Homerton High Street", "Kenninghall Road"],
    "Bethnal Green": ["Roman Road", "Cambridge Heath Road", "Old Ford Road"], "Poplar": ["Chrisp Street", "Upper North Street", "Manisty Street"],
    "Croydon": ["London Road", "Lower Addiscombe Road", "Shirley Church Road"], "Thornton Heath": ["Parchmore Road", "Brigstock Road", "Ecclesbourne Road"],
    "Tottenham": ["Lordship Lane", "Philip Lane", "Seven Sisters Road", "Broad Lane"], "Harlesden": ["Craven Park Road", "Nicoll Road", "Furness Road"],
    "Bristol": ["Stapleton Road", "Gloucester Road", "Wells Road", "Hartcliffe Way", "St Marks Road"], "Weston-super-Mare": ["Locking Road", "Milton Road", "Oldmixon Crescent"],
    "Bath": ["Lower Bristol Road", "Snow Hill", "Twerton High Street"], "Taunton": ["Priorswood Road", "Halcon Way", "Wellington Road"],
    "Plymouth": ["Union Street", "Devonport Road", "Wolseley Road", "Honicknowle Lane"], "Exeter": ["Cowick Street", "Sidwell Street", "Beacon Lane"],
    "Torquay": ["Babbacombe Road", "Hele Road", "Belgrave Road"], "Paignton": ["Dartmouth Road", "Winner Street", "Colley End Road"],
    "Truro": ["Tregolls Road", "Trelander Vean", "Malpas Road"], "Camborne": ["Trelowarren Street", "Pendarves Road", "Boundervean Lane"],
    "Barnstaple": ["Boutport Street", "Forches Avenue", "Sticklepath Hill"],
    "Manchester": ["Stockport Road", "Moston Lane", "Hall Lane", "Ashton Old Road"], "Salford": ["Langworthy Road", "Eccles New Road", "Great Clowes Street"],
    "Oldham": ["Ripponden Road", "Lees Road", "Block Lane"], "Rochdale": ["Milkstone Road", "Kirkholt Road", "Spotland Road"],
    "Wigan": ["Ormskirk Road", "Scholes", "Poolstock Lane"], "Bolton": ["Deane Road", "Derby Street", "Tonge Moor Road"],
    "Stockport": ["Brinnington Road", "Lancashire Hill", "Reddish Road"],
    "Glasgow": ["Duke Street", "Shettleston Road", "Paisley Road West", "Springburn Road", "Cumbernauld Road"], "Paisley": ["Glasgow Road", "Ferguslie Park Avenue", "Lochfield Road"],
    "Edinburgh": ["Leith Walk", "Gorgie Road", "Niddrie Mains Road", "Pennywell Road"], "Dundee": ["Hilltown", "Arbroath Road", "Kirkton Road"],
    "Aberdeen": ["King Street", "Great Northern Road", "Mastrick Drive"], "Kilmarnock": ["Portland Road", "Onthank Drive", "Bonnyton Road"],
    "Belfast": ["Newtownards Road", "Falls Road", "Crumlin Road", "Antrim Road", "Shore Road"], "Newry": ["Armagh Road", "Carnagh Drive", "Warrenpoint Road"],
    "Derry": ["Strand Road", "Creggan Road", "Spencer Road"], "Ballymena": ["Larne Road", "Harryville Road", "Dunclug Park"],
    "Omagh": ["Gortin Road", "Killyclogher Road", "Derry Road"], "Lisburn": ["Antrim Street", "Longstone Street", "Ballymacash Road"],
}
BLOCKS = {"MP": ["Marner Court", "Fairfield Heights", "Wenlock House", "Chalfont Point"], "AS": ["Barton House", "Lawrence Weston Court", "Totterdown Mews"],
          "DC": ["Tamar View", "Mount Wise Court", "Exe Bridges House"], "GM": ["Irwell Point", "Tame Street Mill", "Hulme Court"],
          "NI": ["Lagan Quay Apartments", "Foyle House"]}
RURAL = {"DC": [("Chy-an-Dour", "Penponds Road", "Penponds, Camborne", "TR14", "01209"), ("Higher Yeo Farm Cottage", "Combe Lane", "Swimbridge, Barnstaple", "EX32", "01271")],
         "PS": [("Craigview", "Kilmaurs Road", "Fenwick, Kilmarnock", "KA3", "01560")],
         "NI": [("Drumcashel Farm", "Ballymoyer Road", "Whitecross, Newry", "BT60", "02837"), ("Glenside", "Carnkirk Road", "Gortin, Omagh", "BT79", "02881")]}
# Schools, prisons, courts and venues by police force area
SCHOOLS = {"MP": ["Ravensbourne Vale Academy", "Kenninghall Park School", "Shirley Heath High School", "Broad Lane Academy"],
           "AS": ["Stapleton Fields Academy", "Hartcliffe Rise School", "Oldmixon Park Academy"],
           "DC": ["Honicknowle Down College", "Cowick Barton Academy", "Trelander Community School"],
           "GM": ["Moston Vale High School", "Kirkholt Brook Academy", "Poolstock Grange High School"],
           "PS": ["Shettleston Park Academy", "Niddrie Braes High School", "Kirkton Braes Academy"],
           "NI": ["St Columcille's College", "Carnagh Integrated College", "Dunclug High School"]}
PRIMARY = {"MP": ["Rushey Green Primary School", "Chrisp Street Primary School"], "AS": ["Oldmixon Park Primary", "Barton Hill Primary School"],
           "DC": ["Wolseley Vale Primary School", "Pendarves Primary School"], "GM": ["Langworthy Brook Primary", "Block Lane Primary School"],
           "PS": ["Springburn Road Primary School", "Gorgie Mills Primary"], "NI": ["Holy Cross Girls' Primary School", "Harryville Primary School"]}
PRISONS = {"MP": ["HMP Pentonville", "HMP Brixton", "HMP Thameside", "HMYOI Feltham"], "AS": ["HMP Bristol", "HMP Eastwood Park"],
           "DC": ["HMP Exeter", "HMP Channings Wood"], "GM": ["HMP Manchester", "HMP Forest Bank", "HMP Buckley Hall"],
           "PS": ["HMP Barlinnie", "HMP Edinburgh"], "NI": ["HMP Maghaberry"]}
COURTS = {"MP": ["Highbury Corner Magistrates' Court", "Croydon Magistrates' Court", "Bromley Youth Court"],
          "AS": ["Bristol Magistrates' Court", "Bristol Crown Court"], "DC": ["Exeter Crown Court", "Plymouth Magistrates' Court", "Truro Crown Court"],
          "GM": ["Manchester Crown Court (Minshull Street)", "Wigan and Leigh Magistrates' Court", "Bolton Crown Court"],
          "PS": ["Glasgow Sheriff Court", "Edinburgh Sheriff Court"], "NI": ["Laganside Courts", "Newry Courthouse"]}
VENUES = {"MP": ["the Mary Seacole Room, Lewisham Library", "Ladywell Village Hall", "Harlesden Methodist Church hall"],
          "AS": ["the Brunel Room at the Southmead Community Hub", "Stapleton Road Friends' House"],
          "DC": ["the Drake Room, Devonport Guildhall", "the Raleigh Room, Exeter Community Centre"],
          "GM": ["the Pankhurst Centre, Nelson Street", "the Lowry Suite, Salford Civic Centre"],
          "PS": ["the Carnegie Room, Dundee Central Library", "the Burns Room, Kilmarnock Palace Theatre", "the Mackintosh Room, Glasgow Quaker Meeting House"],
          "NI": ["the Heaney Room, Lisburn Island Centre", "Newry Town Hall (Room 2)"]}
_ALL = lambda d: [x for v in d.values() for x in v]  # noqa: E731
_GENERIC = sample._GENERIC | {"Vale", "Rise", "Vean", "Way", "Crescent", "Mews", "Point", "Heights", "Mill", "Street", "Park", "Avenue",
                              "Drive", "Road", "Lane", "High", "Down", "Fields", "Grange", "Braes", "Integrated", "Girls'", "Holy", "Cross",
                              "Brook", "Green", "Old", "Great", "Lower", "New", "West", "North", "Higher", "Farm", "Cottage", "Combe",
                              "Hall", "Village", "Methodist", "Church", "Friends'", "Room", "Suite", "Civic", "Palace", "Theatre",
                              "Community", "Hub", "Guildhall", "HMP", "HMYOI", "Youth", "Crown", "Magistrates'", "Court", "Wood", "Library",
                              "the", "at", "and", "of", "on", "super", "Mare", "Quay", "Apartments", "House", "Bridges", "View", "Mount",
                              "Wise", "End", "Sisters", "Seven", "Hill", "Addiscombe", "Mills", "Town", "Island", "Meeting", "Quaker",
                              "Central", "Fire", "Station", "Primary", "School", "Academy", "College"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + [s for v in STREETS.values() for s in v] + [b for v in BLOCKS.values() for b in v]
                + [" ".join(r) for v in RURAL.values() for r in v] + _ALL(SCHOOLS) + _ALL(PRIMARY) + _ALL(PRISONS) + _ALL(COURTS) + _ALL(VENUES)
                for w in re.split(r"[\s,\-()]+", text) if w} - _GENERIC
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
INWARD = blind.INWARD
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FORCES = {"MP": ("Metropolitan Police", "met.police.uk"), "AS": ("Avon and Somerset Police", "avonandsomerset.police.uk"),
          "DC": ("Devon and Cornwall Police", "devonandcornwall.pnn.police.uk"), "GM": ("Greater Manchester Police", "gmp.police.uk"),
          "PS": ("Police Scotland", "scotland.police.uk"), "NI": ("PSNI", "psni.police.uk")}
REGIONS = {"london": ["MP"], "avon": ["AS"], "devon": ["DC"], "sw": ["AS", "DC"], "gm": ["GM"], "scot": ["PS"], "ni": ["NI"], "local": list(FORCES)}
MEMORY = {"MP": "L", "AS": "W", "DC": "W", "GM": "M", "PS": "S"}
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "live.co.uk", "hotmail.com",
        "googlemail.com", "virginmedia.com", "talktalk.net"]
MAIL_BY_ORIGIN = {"polish": ["wp.pl", "o2.pl"], "romanian": ["yahoo.ro", "yahoo.com"], "lithuanian": ["gmail.com", "inbox.lt"],
                  "portuguese": ["sapo.pt", "gmail.com"], "albanian": ["gmail.com", "hotmail.com"], "ulster": ["btinternet.com", "hotmail.co.uk"],
                  "filipino": ["yahoo.com", "gmail.com"]}
AGE_ID = sample.AGE_ID
NI_VRM = ["AZ", "BZ", "CZ", "DZ", "FZ", "GZ", "HZ", "JZ", "KZ", "LZ", "MZ", "NZ", "OI", "RZ", "SZ", "UZ", "XI", "YZ"]


def _banned() -> set[str]:
    """Every word of a name in the other parts' pools, the staff, the trap words and the places."""
    banned = sample._banned() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS
    for fem, mal, last in (*sample.UK.values(), *sample.OTHER.values(), sample.WORDNAMES):
        for n in (*fem, *mal, *last):
            banned |= _words(n)
    banned |= {w for k, n in sample.NICKNAMES.items() for w in _words(k) | _words(n)}
    banned |= {w for v in sample.IRISH_FEMININE.values() for w in _words(v)}
    return banned


def _pools() -> tuple[dict, dict, tuple, list[str]]:
    """The pools less any name sharing a word with another part's pools, staff, trap words or places."""
    banned = _banned()
    dropped: list[str] = []

    def keep(names: list[str], ban: set[str]) -> list[str]:
        out = []
        for n in names:
            (dropped if _words(n) & ban else out).append(n)
        return out

    uk = {o: tuple(keep(x, banned) for x in t) for o, t in UK.items()}
    other = {o: tuple(keep(x, banned) for x in t) for o, t in OTHER.items()}
    words = tuple(keep(x, banned - _WORD_TRAPS) for x in WORDNAMES)  # a word name may be a word here, not a name elsewhere
    return uk, other, words, dropped


class Names:
    """Draws a first name and a surname stem for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        self.uk, self.other, self.wordnames, self.dropped = _pools()
        self.deck: list[str] = []
        self.nicks = {k: v for k, v in NICKNAMES.items() if not (_words(v) & _banned())}

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
            if o == "word":
                fem, mal, surnames = self.wordnames
                first = rng.choice(fem if female else mal)
                last = stem or rng.choice(surnames if rng.random() < 0.5 else self.uk["english"][2])
            else:
                fem, mal, surnames = self.uk.get(o) or self.other[o]
                if not (fem if female else mal) or not surnames:
                    continue
                first, last = rng.choice(fem if female else mal), stem or rng.choice(surnames)
            if first == last or not (_latin(first) and _latin(last)) or (_words(first) | _words(last)) & _STAFF_WORDS:
                continue
            return first, last, o
        raise RuntimeError("no name")


def _feminine(origin: str, stem: str, age: int) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(stem, stem)
    if origin == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    if origin == "lithuanian":
        if age >= 24:
            for m, f in (("ius", "ienė"), ("ys", "ienė"), ("is", "ienė"), ("us", "uvienė"), ("a", "ienė")):
                if stem.endswith(m):
                    return stem[: -len(m)] + f
        for m, f in (("ius", "iūtė"), ("ys", "ytė"), ("is", "ytė"), ("us", "utė"), ("a", "aitė")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    return stem


def _passport_foreign(rng: random.Random, origin: str) -> tuple[str, str]:
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    own = {"portuguese": ("Portuguese", f"{up(1)}{digits(6)}"), "albanian": ("Albanian", f"B{digits(8)}"),
           "filipino": ("Philippine", f"P{digits(7)}{up(1)}"), "tamil": ("Sri Lankan", f"N{digits(7)}"),
           "caribbean": ("Jamaican", f"A{digits(7)}"), "lithuanian": ("Lithuanian", f"2{digits(7)}"), "ulster": ("Irish", f"P{up(1)}{digits(7)}")}
    return own.get(origin) or sample._passport_foreign(rng, origin)


def _landlines(rng: random.Random, code: str) -> dict[str, str]:
    if code == "020":  # London: eight-digit local numbers, often written 0208 / 0207
        local = f"{rng.choice('378')}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"
        return {"std": f"020 {local[:4]} {local[4:]}", "br": f"(020) {local[:4]} {local[4:]}", "old": f"020{local[0]} {local[1:4]} {local[4:]}",
                "tight": f"020{local}", "intl": f"+44 20 {local[:4]} {local[4:]}", "dash": f"020-{local[:4]}-{local[4:]}",
                "intl0": f"+44 (0)20 {local[:4]} {local[4:]}"}
    return trial._landlines(rng, code)


# ------------------------------------------------------------------------------------------ people


class Person:
    def __init__(self, names: Names, rng: random.Random, *, age: tuple[int, int], female: bool | None = None,
                 origin: str | None = None, rel: Person | None = None, region: str = "local", home: str | None = None,
                 town: str | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        target = rng.randint(*age)
        if rel is not None:
            first, stem, o = names.draw(rng, self.female, origin=rel.origin, stem=rel.stem)
        else:
            first, stem, o = names.draw(rng, self.female, origin=origin)
        self.origin, self.stem = o, stem
        self.first = first
        self.last = _feminine(o, stem, target) if self.female else stem
        self.nick = names.nicks.get(first, first)
        middle_pool = ["Louise", "Ann", "Jane", "Marie"] if self.female else ["James", "John", "David", "Anthony"]
        self.middle = rng.choice(middle_pool) if rng.random() < 0.3 and o in UK else ""
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        forces = REGIONS[region]
        fixed_town = town is not None
        town, districts, code, force = rng.choice([t for t in TOWNS if (t[0] == town if town else t[3] in forces)])
        self.force_key = force
        self.town, self.district = town, rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS[town])
        home = home or rng.choices(["house", "flat", "letter", "rural"], weights=[58, 24, 6, 12])[0]
        if home == "rural" and (force not in RURAL or fixed_town):
            home = "house"
        self.line1 = ""
        if home == "house":
            self.addr = f"{rng.randint(1, 240)} {self.street}"
        elif home == "letter":
            self.addr = f"{rng.randint(1, 90)}{rng.choice('ab')} {self.street}"
        elif home == "flat" and force == "PS":  # a tenement: floor/position
            self.line1 = f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}"
            self.addr = f"{self.line1}, {rng.randint(2, 300)} {self.street}"
        elif home == "flat":
            self.line1 = f"Flat {rng.randint(1, 60)}, {rng.choice(BLOCKS[force])}"
            self.addr = f"{self.line1}, {rng.randint(2, 180)} {self.street}"
        else:
            house, lane, village, district, code = rng.choice(RURAL[force])
            self.line1 = house
            self.addr = f"{house}, {lane}"
            self.street = lane
            self.town, self.district = village, district
            self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.line2 = self.addr[len(self.line1) + 2:] if self.line1 else self.addr
        self.code = code
        self.mob = trial._mobiles(rng)
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp", "sp3", "tight", "intl", "br"])]
        self.lands = _landlines(rng, code)
        self.landline = self.lands[rng.choice(["std", "std", "br", "old"])]
        fa = re.sub(r"[^a-z]", "", blind._ascii(first.replace("ł", "l")).lower())
        la = re.sub(r"[^a-z]", "", blind._ascii(self.last.replace("ł", "l")).lower())
        yy = f"{self.dob.year % 100:02d}"
        nick = re.sub(r"[^a-z]", "", blind._ascii(self.nick).lower()) or fa
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{fa}_{la}", f"{la}{fa[0]}{rng.randint(1, 99)}", f"{fa[0]}{la}",
                            f"{nick}{yy}", f"{fa}.{la}{rng.randint(1, 9)}", f"{la}.{fa}", f"{nick}{la[:3]}{rng.randint(10, 99)}"])
        domain = rng.choice(MAIL_BY_ORIGIN.get(o, MAIL) if rng.random() < 0.4 else MAIL)
        self.email = f"{local}@{domain}"
        self.email_plus = f"{fa}.{la}+{rng.choice(['rj', 'police', 'housing'])}@gmail.com"
        self.email_dots = f"{fa}.{la[0]}.{yy}@{rng.choice(['gmail.com', 'btinternet.com', 'outlook.com'])}"
        self.work = f"{fa}.{la}" if rng.random() < 0.7 else f"{fa[0]}{la}"
        self.nhs = nhs_number(rng) if force != "NI" else trial.hc_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 699999999))
        self.nationality, self.passport_for = _passport_foreign(rng, o)
        self.licence = trial.dvla(self.last, first, self.middle, self.dob, self.female, rng)
        self.licence_issue = f"{rng.randint(10, 99)}"
        self.licence_ni = f"{rng.randint(1, 9)}{rng.randint(1000000, 9999999)}"
        if force == "NI":
            self.vrm = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice(NI_VRM)} {rng.randint(100, 9999)}"
        else:
            self.vrm = f"{MEMORY[force]}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_old = f"{rng.choice('PRSTVWXY')}{rng.randint(1, 999)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_suf = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}"
        self.vrm_ni = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice(NI_VRM)} {rng.randint(100, 9999)}"
        self.vrm_dl = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 99)}"
        self.prison = f"{rng.choice('AAAG')}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(20, 240)))

    def near(self, other: Person, rng: random.Random) -> None:
        """Move next door to (or round the corner from) another person."""
        self.town, self.district, self.street, self.force_key = other.town, other.district, other.street, other.force_key
        self.postcode = f"{self.district} {other.postcode.split()[1][0]}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.addr = self.line2 = f"{rng.randint(1, 180)} {self.street}"
        self.line1 = ""
        self.lands = _landlines(rng, other.code)
        self.landline = self.lands["std"]

    def police(self, rng: random.Random, when: dt.date) -> None:
        """References for an incident on or about ``when``, in a style invented for each force."""
        f = self.force_key
        self.force, self.force_domain = FORCES[f]
        serial, n, n2, n3 = rng.randint(1, 2400), rng.randint(1000, 9999999), rng.randint(100, 99999), rng.randint(100, 99999)
        self.when = when
        self.inc = f"{serial} of {when:%d/%m/%Y}"
        self.af = f"{when:%y}/{rng.randint(10**5, 10**6 - 1)}"
        if f == "MP":
            self.crime = f"{n:07d}/{when:%y}"
            self.log = f"CAD {serial}/{when:%d}{when.strftime('%b').upper()}{when:%y}"
            self.cad = f"{serial:04d}/{when:%d%b}"
            self.cust = f"{rng.choice(['LW', 'HT', 'TH', 'CR', 'HY', 'QK'])}/{n3:05d}/{when:%y}"
            self.occ = f"01/{n:07d}/{when:%y}"
            self.urn = f"01{rng.choice(['LW', 'HT', 'CR'])}{n2:05d}{when:%y}"
        elif f == "AS":
            self.crime = f"52{when:%y}{n:07d}"[:10]
            self.log = f"{serial:04d} of {when:%d/%m}"
            self.cad = f"{when:%y}-{serial:05d}"
            self.cust = f"ASP/{rng.choice(['KW', 'PW', 'BW'])}/{n3:05d}/{when:%y}"
            self.occ = f"52{when:%y}{n:07d}"[:10]
            self.urn = f"52{rng.choice(['BR', 'NS'])}{n2:05d}{when:%y}"
        elif f == "DC":
            self.crime = f"CR/{n:07d}/{when:%y}"
            self.log = f"{serial:04d} {when:%d/%m/%y}"
            self.cad = f"{serial} {when:%d%m%y}"
            self.cust = f"DC-{rng.choice(['CHR', 'TQ', 'BNS', 'CMB'])}-{n3:05d}-{when:%y}"
            self.occ = f"50{when:%y}{n:07d}"[:11]
            self.urn = f"50{rng.choice(['PL', 'EX', 'TQ'])}{n2:05d}{when:%y}"
        elif f == "GM":
            self.crime = f"CRI/06{rng.choice(['AA', 'BB', 'CC', 'MM', 'QQ', 'WW'])}/{n:07d}/{when:%y}"
            self.log = f"{serial} of {when:%d/%m/%Y}"
            self.cad = f"{serial:04d}/{when:%d%m%y}"
            self.cust = f"GMP-{rng.choice(['NCD', 'PCD', 'WCD', 'CCD'])}-{n3:06d}"
            self.occ = f"{when:%y}GM{n:07d}"
            self.urn = f"06{rng.choice(['MC', 'SD', 'OL'])}{n2:05d}{when:%y}"
        elif f == "PS":
            self.crime = f"{rng.choice(['G', 'E', 'D', 'U', 'A'])}/{n:07d}/{when:%y}"
            self.log = f"PS-{when:%Y%m%d}-{serial:04d}"
            self.cad = f"{serial:04d} {when:%d/%m}"
            self.cust = f"{rng.choice(['LND', 'GSR', 'STL', 'KMK'])}/{n3:05d}/{when:%y}"
            self.occ = f"PS-{when:%Y%m%d}-{serial:04d}"
            self.urn = f"SPR{n2:05d}{when:%y}"
        else:
            self.crime = f"CC{when:%Y%m%d}{n2:05d}"
            self.log = f"{serial} of {when:%d/%m/%y}"
            self.cad = f"E{serial}-{when:%d%m%y}"
            self.cust = f"{rng.choice(['MUS', 'ANT', 'STR', 'BAN'])}-{when:%y}-{n3:06d}"
            self.occ = f"CW{when:%Y%m%d}{n3:05d}"
            self.urn = f"PPS/{when:%Y}/{n2:05d}"


def _fields(p: Person, r: str) -> dict[str, str]:
    """sample.py's written forms of a person, and this part's own."""
    v = sample._fields(p, r)
    dob = p.dob
    v.update({
        f"{r}_dobth": f"{trial._ordinal(dob.day)} {dob.strftime('%b %Y')}", f"{r}_dobdots": f"{dob.day}.{dob.month}.{dob.strftime('%y')}",
        f"{r}_dobus2": dob.strftime("%m/%d/%Y"), f"{r}_vrmnisp": p.vrm_ni, f"{r}_pcsq": p.postcode.replace(" ", "  "),
        f"{r}_mobcap": p.mob["sp"], f"{r}_crimeword": p.crime, f"{r}_tenement": p.line1,
    })
    return v


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None,
         seen: set[str] | None = None) -> dict[str, str]:
    """The values for one document: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [near=role] [nick] [mid] [samehome] [region=...] [town=...] [home=...]";
    kinds are child, pupil, young, adult, old and pro (a professional); origin "word" draws a name that is also a word."""
    people: dict[str, Person] = {}
    avoid = avoid if avoid is not None else set()
    for r, spec in roles.items():
        words = spec.split()
        age = {"child": (8, 12), "young": (13, 17), "adult": (19, 58), "old": (66, 92), "pro": (26, 62), "pupil": (11, 16)}[words[0]]
        opts = dict(w.split("=", 1) for w in words if "=" in w)
        if "age" in opts:
            lo, hi = opts["age"].split("-")
            age = (int(lo), int(hi))
        female = True if "f" in words else False if "m" in words else None
        origin = rng.choice(opts["origin"].split("|")) if "origin" in opts else None
        rel = people[opts["rel"]] if "rel" in opts else None
        region = rng.choice(opts["region"].split("|")) if "region" in opts else "local"
        home = rng.choice(opts["home"].split("|")) if "home" in opts else None
        town = opts.get("town", "").replace("_", " ") or None
        p = None
        for _ in range(120):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, region=region, home=home, town=town)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            clash = p.first in taken_first or p.nick in taken_first or (rel is None and _words(p.last) & taken_last)
            clash = clash or (seen is not None and f"{p.first} {p.last}" in seen)  # nobody's name recurs in another document
            if not clash and ("nick" not in words or p.nick != p.first) and ("mid" not in words or p.middle):
                break
        if "near" in opts:
            p.near(people[opts["near"]], rng)
        if rel is not None and "samehome" in words:
            for a in ("town", "district", "postcode", "street", "addr", "line1", "line2", "force_key", "landline", "lands", "code"):
                setattr(p, a, getattr(rel, a))
        people[r] = p
    for p in people.values():
        avoid |= {p.first, p.nick} | _words(p.last)
        if seen is not None:
            seen.add(f"{p.first} {p.last}")
    staff = rng.sample(STAFF, 3)
    dates = [TODAY - dt.timedelta(days=rng.randint(40, 150))]
    for _ in range(5):
        dates.append(dates[-1] + dt.timedelta(days=rng.randint(2, 12)))
    dates = [d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates]
    for i in range(1, len(dates)):
        while dates[i] <= dates[i - 1] or dates[i].weekday() >= 5:
            dates[i] += dt.timedelta(days=1)
    offence = dates[0] - dt.timedelta(days=rng.randint(14, 120))
    v: dict[str, str] = {}
    for r, p in people.items():
        p.police(rng, offence + dt.timedelta(days=rng.randint(0, 3)))
        v.update(_fields(p, r))
        v[f"{r}_origin"] = p.origin
    lay = [people[r] for r, spec in roles.items() if not spec.startswith("pro")]
    force = lay[0].force_key if lay else rng.choice(list(FORCES))
    school, school2 = rng.sample(SCHOOLS[force], 2)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_init": "".join(w[0] for w in staff[0].split()), "staff2_init": "".join(w[0] for w in staff[1].split()),
        "staff3_init": "".join(w[0] for w in staff[2].split()),
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN, "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-{TODAY.year}-{rng.randint(261, 640):04d}", "case2": f"NMT-2025-{rng.randint(3151, 3600):04d}",
        "rjref": f"RJ-FD-{rng.randint(100, 999)}", "invoice": nhs_number(rng), "inv": f"INV-26-{rng.randint(100, 199):04d}",
        "school": school, "school2": school2, "primary": rng.choice(PRIMARY[force]), "prison": rng.choice(PRISONS[force]),
        "venue": rng.choice(VENUES[force]), "court": rng.choice(COURTS[force]),
        "school_dom": re.sub(r"[^a-z]", "", school.lower().split()[0]) + ".sch.uk",
        "odate": offence.strftime("%d/%m/%Y"), "odate_s": offence.strftime("%d/%m/%y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}",
        "odate_w": offence.strftime("%A"), "odate_dot": f"{offence.day}.{offence.month}.{offence.strftime('%y')}",
        "odate_th": f"{trial._ordinal(offence.day)} {offence.strftime('%B')}",
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
        v[f"dm{i + 1}"] = f"{d.day}/{d.month}"
        v[f"dt{i + 1}"] = f"{d.day}.{d.month}.{d.strftime('%y')}"
        v[f"do{i + 1}"] = f"{trial._ordinal(d.day)} {d.strftime('%B')}"
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


# ------------------------------------------------------------------------------------------ documents

REFERRAL_ORDER = """@header Lewisham Youth Justice Service | Referral Order Contract | OFFICIAL-SENSITIVE | copy for the young person, parent and panel
REFERRAL ORDER CONTRACT
Made at the initial panel meeting held on $dl2 at $venue.
¦Young person¦{{n|$y_full}}
¦Date of birth¦{{dob|$y_dobo}}
¦Address¦{{addr|$y_addr}}, $y_town, London {{pc|$y_pc}}
¦School / college¦{{sch|$school}} (Year 11)
¦Order made¦{{sc|Referral order, 9 months}}, Bromley Youth Court, $dl1
¦Offence(s)¦{{sc|Robbery of a mobile phone (with another) and possession of cannabis}}
¦Police ref¦{{pol|$y_crime}}
¦YJS case manager¦{{n|$cm_full}}
¦Panel members¦{{n|$p1_full}} (chair), {{n|$p2_full}} (community volunteers); $staff ($org, RJ adviser)
¦Parent / carer present¦{{n|$m_tfull}} (mum), tel {{tel|$m_mob}}
1. Putting things right
1.1 {{n|$y}} will take part in a restorative meeting or write a letter to {{n|$v_full}}, whose phone was taken at the bus stop on $y_street on $odate_l, if {{n|$v}} still wants this. {{n|$v}}'s mum asked that the letter says what happened to the phone.
1.2 Eight hours of reparation at the Ladywell Village Hall food project on Saturday mornings, supervised by the YJS reparation worker.
2. Stopping it happening again
2.1 Six sessions with the YJS substance misuse worker. {{n|$y}} told the panel he {{sc|smokes cannabis most days}} "to sleep".
2.2 Attend school every day; the school's attendance officer will share the weekly register with {{n|$cm}}.
2.3 Not to contact {{n|$co_full}} ({{sc|the co-defendant, who is on a youth rehabilitation order}}) except in lessons.
3. Other things the panel noted
{{n|$y}} {{sc|has a diagnosis of ADHD}} and {{sc|was assessed by CAMHS last year for low mood}}; sessions will be short and in the morning. The family {{sc|are Muslim}} and the panel agreed no sessions on Friday lunchtimes.
Signed: {{n|$y_full}} (young person)   {{n|$m_tfull}} (parent)   {{n|$p1_full}} (panel chair)
Next review panel: $dl5, 4.30pm, same venue. A chance to tell the panel what has gone well.
@comment {{n|$cm_full}}: do we need the co-defendant's name in the contract? Suggest "another young person".
@comment $staff: agreed - and please don't circulate this version to the school.
@footnote Referral orders are made under the Sentencing Act 2020, sections 83 to 103. This contract is reviewed at least every three months.
"""

PREP_NOTES = """Conf prep - $case - direct mtg planned $dw5 @ $venue
Facilitator: $staff   Co-fac: $staff2
HARMED:	{{n|$h_full}} ({{age|$h_age}})	{{addr|$h_addr}}, $h_town {{pc|$h_pclow}}	mob {{tel|$h_mob_tight}}
SUPPORTER:	{{n|$s_full}} (partner)	{{tel|$s_mob_sp3}}
RESP:	{{n|$a_rev}}	DOB {{dob|$a_dobdots}}	lives w/ nan	{{addr|$a_addrlow}}  {{pc|$a_pctl}}
RESP supporter:	nan - {{n|$g_tfull}}	landline {{tel|$g_land_br}}
Police:	OIC PC {{n|$o_full}}, Trinity Road	crime no.
{{pol|$a_crime}}
What happened (agreed version, both read it):
{{n|$a}} {{sc|broke into the allotment shed}} on the Stapleton Road allotments on $odate_th and {{sc|set fire to it}}. {{n|$h}} has had the plot 22 yrs - lost tools that were her late dad's. Not about money, about the tools. "They were precious to me, the only thing of his I had."
Prep visit 1 ($ds1) - {{n|$h}}: wants to know WHY her shed. Worried about meeting in case she cries. {{sc|Has MS, uses a stick}} - ground floor room, chair with arms, break at 30 mins. {{n|$s}} to drive ({{vrm|$s_vrm}} - blue badge, bay by the door).
Prep visit 2 ($ds2) - {{n|$a}}: {{age|$a_aged}}. Admits it, says he was {{sc|off his head on ket}} with 2 older lads (won't name). {{sc|Excluded from $school in Feb}}, now at the PRU. {{sc|Care experienced - was in foster care till 14}}, nan has SGO.
Risks: low-med. {{n|$a}} {{sc|has a youth caution for criminal damage (2025)}}. No contact issues. Nan says he's been "doing his best" since.
Seating: circle, tissues, water. Talking piece - {{n|$h}} to bring a trowel?
Script: use standard questions. Don't let {{n|$s}} take over - he's angry.
Outcome ideas from {{n|$a}}: help rebuild the shed w/ the allotment committee, pay £5/wk from his college bursary.
TODO: confirm room (booking ref BRH-$n4), tell OIC the date, check {{n|$a}}'s bus pass.
"""

VICTIM_LOG = """Victim contact log - Glasgow restorative justice service (shared with $org for the joint case)
Case $case. Harmed person: {{n|$v_full}}. Consent to contact: yes (verbal, $ds1).
¦Date¦Time¦Type¦By¦Summary
¦$ds1¦10:20¦Phone (out)¦{{n|$w_full}}¦First call to {{n|$v}} on {{tel|$v_land}}. Explained RJ. She wants time to think. Lives at {{addr|$v_addr}}, $v_town {{pc|$v_pc}} - top floor, no lift.
¦$ds2¦14:05¦Phone (in)¦{{n|$w_full}}¦{{n|$v}} rang back. Agreed to a home visit. Asked that her son {{n|$s_full}} ({{tel|$s_mob}}) is there.
¦$ds3¦11:00¦Home visit¦{{n|$w_full}} / $staff¦Visited. {{n|$v}} ({{age|$v_age}}) told us the man who {{sc|assaulted her in the close}} ({{n|$a_full}}, police ref {{pol|$a_crime}}) lives two streets away. {{sc|She has had panic attacks since}} and her GP has {{sc|signed her off work}}. {{sc|Church (Church of Scotland, St Mungo's) has been a support; the minister visits}}.
¦$ds4¦09:45¦Letter¦$staff¦Letter sent confirming the next steps. Copy to file.
¦$ds5¦16:30¦Text¦{{n|$w_full}}¦Text from {{n|$v}}: "Ok to meet him if {{n|$s}} can come. Not in Shettleston." Venue: the Carnegie Room idea rejected (too far) - try Parkhead.
¦$ds6¦12:10¦Email¦{{n|$w_full}}¦Email to {{em|$v_email}} with the date. Police told via the incident {{pol|$a_log}}.
Contact preferences: text first, then call. Do not call before 10am ({{sc|night-time medication}}). Do not use the landline when her ex-partner is visiting.
"""

EXCLUSION_REFERRAL = """OLDHAM EDUCATION INCLUSION SERVICE - REFERRAL: FIXED-TERM EXCLUSION TO RESTORATIVE MEETING
Form INC-RJ-2 (v3.1). Send to the inclusion team mailbox and to the RJ provider. Do not include other pupils' names in section C.
@field Pupil name ¦ {{n|$p_full}}
@field Date of birth ¦ {{dob|$p_dob}}
@field Year group ¦ 9
@field School ¦ {{sch|$school}}
@field Home address ¦ {{addr|$p_addr}}
@field Postcode ¦ {{pc|$p_pc}}
@field Parent / carer ¦ {{n|$m_tfull}}
@field Parent phone ¦ {{tel|$m_mob_intl}}
@field Parent email ¦ {{em|$m_email}}
@field Exclusion ¦ 3 days fixed-term, from $d1
@field Reason ¦ {{sc|Physical assault on a member of staff}}
@field Referrer ¦ {{n|$t_full}}, Assistant Head (Behaviour)
@field Referrer email ¦ {{em|$t_work@$school_dom}}
C. What happened
On $odate_l {{n|$p}} {{sc|pushed a teaching assistant}}, {{n|$ta_tfull}}, into a door frame when she took his phone. {{n|$ta_tl}} {{sc|bruised her shoulder}} and was off for two days. {{n|$p}} has since said sorry to her in passing but she would like a proper meeting.
D. Things the facilitator should know
{{n|$p}} {{sc|is autistic}} (EHCP since Year 5) and finds loud rooms hard. He is a young carer for his dad, who {{sc|has had a stroke}}. The family {{sc|are Bangladeshi}} and mum prefers to speak Sylheti; the school's bilingual TA, {{n|$bt_full}}, can help.
No police involvement (the member of staff chose not to report). Previous fixed-term exclusions: 1 (Year 8).
Restorative meeting requested before the reintegration meeting on $d3.
@footnote Exclusions are made under the Education and Inspections Act 2006 and the DfE guidance "Suspension and permanent exclusion" (2024). Oldham Council inclusion team: inclusion@oldham.gov.uk, 0161 770 3000.
"""

SNT_EMAILS = """From: {{n|$s1_full}} <{{em|$s1_work@met.police.uk}}>
Sent: $dw4 16:52
To: $staff <$staff_email>
Cc: HK-SNT-Dalston <hackneysnt.dalston@met.police.uk>
Subject: RE: RE: neighbour dispute $a_street - RJ?

Hi $staff_first,
Yes please - both parties now say they'll meet. I've told {{n|$a_tl}} you'll call. Ref for your file is {{pol|$a_crime}} (the criminal damage, now NFA) and the original call was {{pol|$a_log}}.
Regards
{{n|$s1}}
PS {{n|$s1_full}} | Dalston Safer Neighbourhoods Team | Hackney
Mobile {{tel|$s1_mob_sp}} | Internal 780123
-----Original Message-----
From: PCSO {{n|$s2_full}} <{{em|$s2_work@met.police.uk}}>
Sent: $dw3 11:08
To: {{n|$s1_full}}
Subject: RE: neighbour dispute $a_street - RJ?

Sarge,
Visited both today. {{n|$a_tfull}} on the ground floor says the family above ({{n|$b_full}} and partner {{n|$b2_full}}) play music till 3am and {{sc|smoke weed on the balcony}} and it comes in her window. She {{sc|has asthma}} and a baby. She admits she {{sc|keyed their car}} ({{vrm|$b_vrm}}) in January - that's the damage job.
{{n|$b}} says he works nights and the music is his partner's. He's fed up of being "called a drug dealer in the WhatsApp group". {{n|$b}} {{sc|is a Unite rep}} at the bus garage and says he can't have a record. Both want it sorted. Good candidates for mediation I reckon.
{{n|$s2}}
-----Original Message-----
From: {{n|$s1_full}}
Sent: $dw2 09:30
To: PCSO {{n|$s2_full}}
Subject: neighbour dispute $a_street - RJ?

Can you do a joint visit to {{addr|$a_addr}} and the flat above this week? Housing officer at Hackney Council is {{n|$ho_full}} ({{em|$ho_work@hackney.gov.uk}}, 020 8356 3000 switchboard). Northmoor have offered to mediate - worth a go before it escalates again.
Thanks
"""

HOUSING_MEDIATION = """@header Tamar Homes Housing Association | Tenancy Sustainment | Mediation file | OFFICIAL-SENSITIVE
Mediation file - $case2 (Tamar Homes ref TH-ASB-$n4)
Tenants
¦Party¦Name¦Address¦Phone¦Tenancy
¦A¦{{n|$a_tfull}}¦{{addr|$a_addr}}, $a_town {{pc|$a_pc}}¦{{tel|$a_mob}}¦Assured, since 2014
¦B¦{{n|$b_tfull}}¦{{addr|$b_addr}}, $b_town {{pc|$b_pc}}¦{{tel|$b_land}}¦Starter tenancy
¦Housing officer¦{{n|$ho_full}}¦Tamar Homes, Union Street office¦01752 000 111 (switchboard)¦-
Background
Complaints both ways since autumn: {{n|$a_tl}} reports banging and shouting through the wall; {{n|$b_tl}} says {{n|$a_tl}} "watches her from the window" and has reported her to the council four times. {{n|$b_tl}} {{sc|is on a methadone programme}} and says the reports have made her anxious about losing the flat. {{n|$a_tl}} {{sc|is registered blind}} and relies on hearing, so the noise is worse for him.
A police log ({{pol|$b_log}}) records a row on the landing in February; no offence recorded.
Mediation plan
Separate visits first, then a joint meeting in the community room at Mount Wise (not in either home). Interpreter not needed. {{n|$b_tl}}'s support worker {{n|$sw_full}} ({{tel|$sw_mob_sp3}}) to attend the joint meeting.
@tracked Joint meeting booked for $dl4, 10.30. ¦ {{n|$b_tl}} told me privately that {{n|$a_tl}}'s son {{n|$as_full}} {{sc|was arrested for dealing last year}} and she is scared of him.
@comment {{n|$ho_full}}: removed the line about the son - hearsay, and not for the mediation file.
@comment $staff: thanks. Agree. I'll keep the meeting to the two tenants and supporters.
@footnote Tamar Homes' ASB policy (2024) commits to offering mediation in every neighbour case before legal action. The best outcome is an agreement both tenants can live with.
"""

PROBATION_RJ = """@header Probation Board for Northern Ireland | Restorative Justice suitability assessment | RESTRICTED
Restorative justice suitability assessment
¦Service user¦{{n|$x_revcaps}}
¦DOB¦{{dob|$x_dobmon}}
¦Address¦{{addr|$x_addr}}, $x_town {{pc|$x_pc}}
¦Order¦{{sc|Probation order, 18 months, Laganside Courts, for assault occasioning actual bodily harm}}
¦PSNI ref¦{{pol|$x_crime}}
¦Probation officer¦{{n|$po_full}} ({{em|$po_work@pbni.org.uk}})
¦Victim¦{{n|$v_full}} (consents to contact through the Victim Information Scheme)
Summary
{{n|$x}} {{sc|punched}} {{n|$v}} {{sc|outside a bar}} on the Newtownards Road after a row about a football match; {{n|$v}} {{sc|suffered a broken cheekbone}}. {{n|$x}} says the row started over the flags on the lamp posts and that {{n|$v}} called him a name because of his {{sc|Catholic background}}; {{n|$v}} says it was about the match. Both men are in their twenties.
{{n|$x}} {{sc|was drinking heavily at the time and is now attending Addiction NI}}. He has {{sc|two previous convictions for disorderly behaviour}}. He holds a full NI driving licence ({{dl|$x_dlni}}) and drives for a delivery firm; his van ({{vrm|$x_vrm}}) is in the firm's name.
Suitability
Motivated; has written a short letter. {{n|$v}} is unsure about meeting but would accept a letter. Risk of further conflict: medium, given the two men drink in the same area. {{n|$v}}'s brother {{n|$vb_full}} {{sc|is a member of a loyalist band}} and has posted about the case online; a shuttle process is recommended first.
Recommendation: indirect RJ (letter), with a review after eight weeks. Community partner: $org.
@footnote Restorative practice in PBNI follows the Department of Justice's Adult Restorative Justice Strategy (2022). This assessment is not a pre-sentence report.
"""

CHAPLAINCY = """HMP Channings Wood - Chaplaincy Department
Referral to the restorative justice service (through the Sycamore Tree course)
From: {{n|$ch_full}}, Anglican Chaplain. Tel via the prison switchboard, ext 2240.
To: $staff, $org (by CJSM)
Date: $dl3
Prisoner: {{n|$x_full}}, {{pris|$x_pris}}, C wing.
{{n|$x}} completed the Sycamore Tree victim awareness course last month and has asked to write to the family of the man he {{sc|killed by dangerous driving}} on the A38 near Ivybridge in 2022. He {{sc|is serving 7 years}}. He {{sc|has become a regular at the Sunday service}} and was {{sc|confirmed in the Church of England}} at Easter; he says faith has given him the courage to ask.
The victim's widow is {{n|$w_tfull}}, of {{addr|$w_addr}}, $w_town. The Victim Liaison Officer, {{n|$vlo_full}}, has her details and knows of this referral. She has not been asked yet. Her late husband's name was {{n|$d_full}}.
{{n|$x}}'s mum {{n|$m_full}} ({{tel|$m_land}}) visits fortnightly and supports the idea. {{n|$x}} {{sc|suffers from depression and is on the ACCT process}} at the moment, so please liaise with the wing before any visit.
I know restorative work is the gift of the person harmed, not ours to give. I would be grateful for your advice.
In peace,
{{n|$ch}}
"""

CARE_HOME = """Gleneagles House Care Home, Babbacombe Road, Torquay TQ1 0AA - Incident and accident record
CQC provider ID 1-000000001. This record is shared with the RJ service with the consent of both residents' representatives.
@field Incident number ¦ GH-IR-$n4
@field Date and time ¦ $d1, 19:40
@field Location ¦ Lounge 2 (ground floor)
@field Resident 1 (harmed) ¦ {{n|$h_tfull}}
@field Resident 1 DOB ¦ {{dob|$h_dobl}}
@field Resident 1 NHS no. ¦ {{nhs|$h_nhssp}}
@field Resident 2 ¦ {{n|$r_tfull}}
@field Resident 2 room ¦ 14
@field Next of kin told ¦ {{n|$hk_full}} (daughter of resident 1), {{tel|$hk_mob}}
@field Staff on duty ¦ {{n|$sn_full}} (senior carer), {{n|$c1_full}} (carer)
What happened
{{n|$r_tl}} {{sc|hit out with her walking stick}} and caught {{n|$h_tl}} on the arm during an argument over the television remote. {{n|$h_tl}} {{sc|has a skin tear to the left forearm}}, dressed by the district nurse. {{n|$r_tl}} {{sc|has vascular dementia}} and was distressed; {{n|$h_tl}} {{sc|is on warfarin}} so bruising is expected.
Police were not called (both families agreed). Safeguarding referral made to Torbay Adult Social Care, ref ASC-$n4.
Follow-up
The manager asked the RJ service for a facilitated conversation between the two daughters, who had a row in the car park the next day: {{n|$hk_full}} and {{n|$rk_full}} ({{tel|$rk_land}}).
@footnote Reportable under Regulation 18 of the Care Quality Commission (Registration) Regulations 2009 only if a serious injury results. Manager: registered manager on 01803 000 222.
"""

GP_LETTER = """Langworthy Road Medical Practice, 120 Langworthy Road, Salford M6 5PZ
Tel 0161 000 4412 | Practice code P87999 | salford.langworthy@nhs.net
$dl3
Private and confidential
To: $staff, $org
Re: {{n|$p_tfull}}, DOB {{dob|$p_dobo}}, NHS number {{nhs|$p_nhs}}
{{addr|$p_addr}}, $p_town {{pc|$p_pc}}
Dear $staff_first,
{{n|$p_tl}} has asked me to write in support of her wish to meet the young man who {{sc|robbed her at knifepoint}} outside the Spar on Eccles New Road last year.
She is known to me. She {{sc|has post-traumatic stress disorder}} following the robbery and {{sc|is under the community mental health team}}; she also {{sc|has chronic obstructive pulmonary disease}} and uses inhalers. In my view she has the capacity to decide to take part. I would suggest a short meeting, close to home, with her sister {{n|$s_full}} present.
She told me she {{sc|is a practising Jehovah's Witness}} and would like the meeting not to clash with Thursday evening meetings.
Her own mobile is {{tel|$p_mob}}; she has asked that the practice is not used as the contact point.
Yours sincerely,
Dr {{n|$g_full}}
GP Partner
@footnote Letter written at the patient's request. GMC number withheld from copies shared outside the NHS.
"""

COMPLAINT = """{{addr|$a_line2}}
$a_town
{{pc|$a_pclow}}
$dl4
To whoever is in charge at $org,
I am writing to complain about how my family has been treated. My name is {{n|$a_tfull}} and my grandson {{n|$g_full}} ({{age|$g_age}}) was the one who was {{sc|attacked on the seafront at Weston}} last summer by a group of lads. One of them, {{n|$x_full}}, {{sc|was given a caution}} and we were told there would be a "restorative" meeting.
Nobody rang us for three months. When your lady did ring, she called my grandson by the wrong name and asked if he was "the one who did it". I have never been so upset. {{n|$g}} {{sc|has epilepsy}} and since the attack he will not go out on his own. He has left {{sch|$school2}} because he was scared of seeing them on the bus.
I have also been told by another parent that the {{n|$x_caps}} family have been told everything about us, including our address. If that is true I want to know under data protection.
I want: an apology, a named person to deal with, and to know what has been shared with who. My phone is {{tel|$a_land}} or my daughter {{n|$d_full}} on {{tel|$d_mob_sp3}}, her email is {{em|$d_email}}.
The police reference the officer gave me was {{pol|$x_crime}}, log {{pol|$x_log}}.
Yours faithfully
{{n|$a_tfull}}
(please do not pass this letter to the {{n|$x_caps}} family)
"""

MASH = """@header Croydon Multi-Agency Safeguarding Hub (MASH) | Referral form (MARF) | OFFICIAL-SENSITIVE
MASH REFERRAL - CHILD
Referrer: $staff, $org, tel $org_phone. Consent from parent: NO - safeguarding concern overrides consent.
¦Child¦{{n|$c_full}}
¦DOB¦{{dob|$c_dob}}
¦Address¦{{addr|$c_addr}}, $c_town {{pc|$c_pc}}
¦School¦{{sch|$primary}} (Year 5)
¦NHS number¦{{nhs|$c_nhsdash}}
¦Mother¦{{n|$m_full}}, {{tel|$m_mob}}
¦Mother's partner¦{{n|$p_full}}, DOB {{dob|$p_dobcaps}}
¦Ethnicity¦{{sc|Black Caribbean / White British (mixed)}}
¦GP¦Parchmore Medical Centre, Thornton Heath (020 8000 7700)
Reason for referral
During a home visit for a restorative case (the mother is the harmed party in a neighbour dispute, our ref $case), {{n|$c}} ({{age|$c_aage}}) told me that {{n|$p}} "{{sc|hits mummy when he's been drinking}}" and that she hides in the bathroom when it happens. I saw {{sc|a healing bruise}} on {{n|$m}}'s cheek; she said she walked into a cupboard.
{{n|$p}} {{sc|was released from HMP Thameside in the autumn}} and {{sc|is on licence}} ({{pris|$p_pris}}); I do not know the offence. His car, a grey Corsa {{vrm|$p_vrm}}, was outside.
Risk
{{n|$c}} seemed frightened. {{n|$m}} {{sc|is 24 weeks pregnant}}. No immediate danger at the time of the visit; I have not told {{n|$m}} about this referral, on the advice of the MASH duty social worker, {{n|$sw_full}}.
Police: the neighbour dispute itself is on crime ref {{pol|$m_crime}} (harassment by the neighbour). No police report yet about the domestic abuse.
@comment $staff2: I've read it - the bruise line is your observation, so keep it. Sent to MASH at 15:10.
@footnote MASH referrals are made under Working Together to Safeguard Children (2023). Croydon MASH: 020 8726 6400 (duty), childrens.mash@croydon.gov.uk.
"""

SUPERVISION = """Case supervision record - $org - Greater Manchester team
Supervisee: $staff2   Supervisor: $staff   Date: $dl4   Format: 1:1, Teams
Cases discussed
1. $case - {{n|$a_full}} / {{n|$b_full}} (Wigan). Restorative meeting held on $d2. Went well; {{n|$b}} (harmed) said it was "the best thing I've done since". {{n|$a}} {{sc|is now in recovery and attends NA}}. Outcome agreement signed; {{n|$a}} to pay £10 a week towards the new fence. Action: six-week review call to {{n|$b}} on {{tel|$b_land}}.
2. $case2 - {{n|$c_full}} (Bolton, harmed). {{n|$c}} rang the helpline twice this week, distressed. She {{sc|has bipolar disorder}} and has had a recent hospital admission. Discussed whether to pause; agreed to pause for a month and check in with her CPN, {{n|$cpn_full}}, with her consent.
3. New referral from GMP (Rochdale), {{pol|$d_crime}}: {{n|$d_full}} ({{age|$d_age}}) {{sc|assaulted a taxi driver}}, {{n|$e_tfull}}. Driver {{sc|is Sikh}} and the assault included a remark about his turban; {{sc|recorded as a hate crime}}. {{n|$e_tl}} wants to meet; the youth offending team are checking {{n|$d}}'s readiness.
Worker wellbeing
$staff2_first said case 2 has been hard. Offered reflective supervision with an external supervisor. Lord knows we all need it at times.
Actions
- $staff2: review call to {{n|$b}} by $d6.
- $staff: ask the YOT for {{n|$d}}'s AssetPlus summary (secure email only).
Next supervision in four weeks. Signed: $staff / $staff2
"""

TRANSLATED = """@header Translation of a written statement | Romanian to English | prepared for the restorative justice service at the author's request
TRANSLATION
Original language: Romanian. Translated by {{n|$tr_full}}, registered interpreter (NRPSI no. 00000). Translation job ref LI-$n4.
I, {{n|$a_full}}, born on {{dob|$a_dobo}}, living at {{addr|$a_addr}}, $a_town {{pc|$a_pc}}, make this statement for the restorative meeting.
On the evening of $odate_l I was working in the car wash on Milkstone Road. A man I now know is {{n|$x_full}} drove in ({{vrm|$x_vrm}}) and started shouting at me that I scratched his car. He {{sc|hit me in the face twice}} and said that "Romanians should go home". My colleague {{n|$c_full}} called the police. The reference they gave me is {{pol|$x_crime}}.
Since then I have {{sc|problems with my left eye}} and I go to the eye clinic at the Royal Oldham. I have {{sc|nightmares}}. I am afraid at work. I am {{sc|a member of the Romanian Orthodox parish in Rochdale}} and the priest has helped me.
I want to meet this man because I want him to know I am a person, not a nationality. If he says sorry I will accept it.
My telephone: {{tel|$a_mob_intl}}. My passport number, for the identity check: {{pp|$a_ppfor}}.
Signed (in Romanian): {{n|$a_full}}. Date: $d2.
Translator's note: the author used the word "umilit" (humiliated) in the fourth paragraph; there is no better English word.
@footnote I certify that this is a true and accurate translation of the original statement. Signed {{n|$tr_full}}, $d3.
"""

SHERIFF_LETTER = """Glasgow Sheriff Court, 1 Carlton Place, Glasgow G5 9DA
Sheriff Clerk's Office | Tel 0141 429 8888 | glasgowsheriff@scotcourts.gov.uk
Our ref: GLA-SC-$n4-26   Your ref: $case
$dl4
$staff, $org, $org_address
Dear $staff,
PF v {{n|$a_fcaps}} (DOB {{dob|$a_dobcaps}}) - deferred sentence for restorative justice
At the hearing on $dl1 the accused {{sc|pled guilty to assault to injury}} on {{n|$v_full}}. Sheriff {{n|$sh_last}} {{sc|deferred sentence for six months}} for good behaviour and to allow a restorative justice process, if the complainer agrees.
The accused's address is {{addr|$a_addr}}, $a_town {{pc|$a_pc}}; his solicitor is {{n|$sol_full}} of Carlton Defence Partners (0141 000 2020). The procurator fiscal's reference is {{pol|$a_urn}} and the police crime reference {{pol|$a_crime}}.
The Sheriff noted that the accused {{sc|has a history of alcohol misuse}} and {{sc|is engaging with the Glasgow Alcohol and Drug Recovery Service}}. The complainer has asked, through Victim Information and Advice, that any contact is by letter first.
The case will call again on $dl6 at 10am in Court 7. Please send a short progress report to the Sheriff Clerk at least seven days before that date.
Yours faithfully,
{{n|$clk_full}}
Depute Sheriff Clerk
@footnote Deferred sentence under section 202 of the Criminal Procedure (Scotland) Act 1995. This letter does not form part of the court record.
"""

PARTNERSHIP_MINUTES = """@header Cornwall Restorative Practice Partnership | minutes | v1 draft for attendees
Cornwall Restorative Practice Partnership - quarterly meeting
Date: $dl3, 14:00-16:00. Venue: New County Hall, Truro (Trelawney Room) and Teams.
Present: {{n|$ch_full}} (chair, Devon and Cornwall Police, Neighbourhood Inspector, Camborne); {{n|$p1_full}} (Cornwall Council Youth Justice Service); {{n|$p2_full}} (Probation Service, Truro office); {{n|$p3_full}} (Cornwall Housing); {{n|$p4_full}} (Victim Care Cornwall); $staff and $staff3 ($org).
Apologies: {{n|$p5_full}} (Cornwall Council Education).
1. Minutes of the last meeting - agreed. Action log updated.
2. Performance - 41 referrals this quarter (Q3: 36); 14 direct meetings, 19 indirect. Satisfaction 93%. No one identified in the figures.
3. Case escalation (one case only, with consent)
{{n|$p3}} raised the case of {{n|$t_full}}, a tenant at {{addr|$t_addr}}, $t_town, whose neighbour {{n|$u_full}} {{sc|was convicted of racially aggravated harassment}} against her family. {{n|$t}} {{sc|is Tamil}}; the family {{sc|are Pentecostal}} and have been targeted at their church. Both want a mediated meeting before {{n|$u}}'s tenancy review. The crime ref is {{pol|$u_crime}}. Agreed: $org to assess.
4. Training - Level 2 facilitator course for partners, 3 days in June, Camborne. Best to book early.
5. AOB - {{n|$p2}} leaving in May; {{n|$p2}}'s replacement to be confirmed. Thanks recorded.
Actions
¦No.¦Action¦Owner¦By
¦1¦Assess the case in item 3¦$staff¦$d5
¦2¦Send partners the training dates¦$staff3¦$d4
¦3¦Share the housing ASB protocol¦{{n|$p3_full}}¦$d5
@comment {{n|$ch_full}}: please anonymise item 3 before this goes to the wider partnership list.
@comment $staff3: will do - the version for the website will say "a tenant in west Cornwall".
Next meeting: $dl6, Camborne police station.
"""

HARMED_EMAIL = """From: {{n|$v_full}} <{{em|$v_email}}>
To: $staff <$staff_email>
Date: $dw3, 23:14
Subject: Re: your letter

Hi $staff_first,
Thanks for your letter. Sorry for the late reply, I'm on nights this week.
I've thought about it and yes I'd like to meet him. I don't want {{n|$x}}'s mum there though - she shouted at me outside the court and called me a liar. I'd like my pal {{n|$f_full}} to come, she was there that night.
Just so you know, since it happened I've {{sc|been on antidepressants}} and I {{sc|had a miscarriage}} in January which the doctors say might not be related but I can't help thinking it is. I don't want him told that. My partner {{n|$p}} doesn't want anything to do with it, he says {{n|$x}} should have got jail.
I'm free Tuesdays. Not at the Hilltown centre, everyone knows me there. Could we do it in town? The Carnegie Room at the library sounds ok.
Best to text me on {{tel|$v_mob_sp}}. Don't phone the house.
{{n|$v}}
PS the police lady said to quote {{pol|$x_log}} if I needed to - is that the same as the number on your letter?

On $dw2, $staff wrote:
> Dear {{n|$v}}, thank you for speaking to me on the phone. As promised, here is some information about meeting {{n|$x_full}}...
"""

PSNI_CRN = """POLICE SERVICE OF NORTHERN IRELAND - COMMUNITY RESOLUTION NOTICE (CRN) - RESTORATIVE REFERRAL
Form 77/CRN (2024). Copy 2: restorative provider. Keep secure.
@field Serial / CRN number ¦ {{pol|$a_crime}}
@field Surname ¦ {{n|$a_caps}}
@field Forename(s) ¦ {{n|$a}}
@field Date of birth ¦ {{dob|$a_dobdot4}}
@field Address ¦ {{addr|$a_addr}}
@field Postcode ¦ {{pc|$a_pc}}
@field Contact number ¦ {{tel|$a_mob_br}}
@field ID produced ¦ NI driving licence {{dl|$a_dlnisp}}
@field Offence ¦ {{sc|Theft (shop) - 2 bottles of vodka}}
@field Injured party ¦ Spar, Armagh Road (manager {{n|$v_full}})
@field Injured party contact ¦ {{tel|$v_land}}
@field Officer ¦ Constable {{n|$o_full}}, Newry
@field Vehicle (if relevant) ¦ {{vrm|$a_vrmni}}
Offender's account: {{n|$a}} {{sc|admits taking the vodka}}. She says she {{sc|has been drinking since her partner left}} and is "ashamed". She {{sc|is on sick leave from work with depression}}.
Injured party's wishes: {{n|$v}} would like a written apology and for {{n|$a}} not to come into the shop for a month. She is happy for Northmoor to deliver the letter.
I have explained that a community resolution notice is not a conviction, but that it may be disclosed on an enhanced AccessNI check.
Signed (offender) {{n|$a_full}}   Signed (officer) {{n|$o_init}}   Date $d1
@footnote Community resolution notices are issued under PSNI Service Instruction SI0816. Serial numbers run from the station's incident log.
"""

YOUTH_CLUB = """Session record - Chrisp Street Youth Hub (Tower Hamlets Youth Service) - Thursday senior session, 6-9pm
Date: $dl2. Workers: {{n|$w1_full}} (lead), {{n|$w2_full}}. Attendance: 31 (19 boys, 12 girls). Restorative circle at 7.30 facilitated with $staff.
Circle - why
Following the fight at the hub on $odate_l between {{n|$a_full}} ({{age|$a_age}}) and {{n|$b_full}} ({{age|$b_age}}). {{n|$b}} {{sc|needed stitches above his eye}} (Royal London A&E). Police attended, {{pol|$a_cad}}; no arrests.
Circle - notes
{{n|$a}} said the fight started because {{n|$b}} posted that {{n|$a}}'s family {{sc|are "Bengali scroungers"}}. {{n|$b}} accepted he posted it and said he was "copying stuff off TikTok". {{n|$b}} said he {{sc|has been getting into the far-right stuff online}} and his older brother {{n|$bb}} {{sc|goes on the marches}}. Honest of him to say so.
{{n|$a}} said he {{sc|has been fasting for Ramadan}} and was tired and angry. Both agreed to stay apart at the hub for two weeks, then try a game of pool together. They shook hands.
Follow-up
Prince (the hub's dog) behaved himself. Called {{n|$a}}'s dad {{n|$af_full}} ({{tel|$af_mob}}) and {{n|$b}}'s mum ({{tel|$bm_mob_tight}}) to explain. {{n|$b}}'s mum asked that the school ({{sch|$school}}) is not told.
Prevent: discussed with the lead; not a referral at this stage, to be reviewed.
"""

AE_LIAISON = """Bristol Royal Infirmary - Emergency Department - Violence Reduction liaison referral
Completed by: {{n|$n1_full}}, ED Navigator (Redthread). Date: $d1, 02:40.
Patient: {{n|$p_full}}, {{age|$p_yrsold}}, DOB {{dob|$p_dobiso}}. NHS no. {{nhs|$p_nhs}}.
Address: {{addr|$p_addr}}, $p_town {{pc|$p_pc}}. Mobile: {{tel|$p_mob_sp3}}.
Presenting: {{sc|stab wound to the left thigh}}, not life-threatening. {{sc|Tested positive for cocaine}}. Discharged after sutures.
What he told me: he was jumped near the Stokes Croft Tesco by two lads he knows from the Barton Hill estate. He named the one who {{sc|stabbed him}} as {{n|$x}}. He doesn't want to "grass" but wants it to stop. Says it's over {{sc|a drug debt owed by his cousin}} {{n|$c_full}}.
Police informed (ED policy for knife wounds): PC {{n|$o_full}}, Avon and Somerset, log {{pol|$p_log}}. Crime ref to follow.
Plan: follow-up call in 48 hours. He agreed to a referral to $org to explore a restorative conversation (not with the attackers yet - with his mum {{n|$m_full}}, who he has been "lying to"). He's bright, wants to go back to college and do a plumbing course. Real chance here.
Consent to share: YES, signed.
"""

TRAVELLER_NOTE = """Gypsy, Roma and Traveller liaison - visit note - Cornwall Council
Site: Boundervean Lane transit site, Camborne (council-run, 8 pitches). Visit by {{n|$lo_full}} (GRT Liaison Officer) with $staff ($org). Date: $dl2.
Families seen: the {{n|$f_caps}} family (pitch 3) - {{n|$f_full}}, partner {{n|$fp_full}} and three children; {{n|$g_full}} (pitch 6).
Background: on $odate_l a group of local teenagers {{sc|threw stones at the family's trailer}} and shouted abuse; the windscreen of {{n|$f}}'s van ({{vrm|$f_vrm}}) was smashed. Police: {{pol|$f_crime}}, recorded as a hate incident. The family {{sc|are Irish Travellers}}. Two of the teenagers have been identified; one, {{n|$t_full}} ({{age|$t_age}}), attends {{sch|$school}} and {{sc|has admitted it}}.
{{n|$f}} said he is willing to meet the lad "if it's man to man" and his grandfather {{n|$gf_full}} would like to tell the boy about the family's history in the county. {{n|$fp}} is worried: the youngest {{sc|has a heart condition}} and the stress has been bad.
{{n|$g}} did not want to be involved and said the council "never listens". She mentioned she {{sc|is a Labour party member}} and has written to the councillor.
Agreed: $staff to meet the school and {{n|$t}}'s parents. Next visit $d4. Contact for {{n|$f}}: {{tel|$f_mob}} (text only, signal is poor).
"""

APOLOGY_DRAFT = """draft 2 - {{n|$y}} - typed by me ($staff) from what {{n|$y}} wrote, spellings left in. NOT SENT.
to {{n|$v_tfull}}
im {{n|$y}}. im the one that {{sc|smashed ur car windae and took the bag}} on $odate_th outside ur hoose on $v_street. i no ur names {{n|$v}} coz the polis telt my maw.
i didnt think about u at aw. i wis {{sc|steamin}} and wanted money for more. i no thats no an excuse.
the lady fae northmoor said u had ur wee grandaughters car seat in the back and u had tae buy a new wan. am sorry for that. she said ur {{age|$v_age}} and u worked at the hospital for 40 year. respect.
am daein a course at the college noo and i {{sc|go tae the mosque}} wi my da on fridays. (I've asked {{n|$y}} whether he wants to keep this line - it's his choice; it tells {{n|$v}} his faith. He said keep it.)
if u want tae meet me i will. if no i get it.
fae {{n|$y_full}}
[notes: {{n|$y}} is {{age|$y_age}}. {{sc|Youth justice order via the Children's Hearing}}. His social worker is {{n|$sw_full}}. Ref on the police side {{pol|$y_crime}}.]
"""

PUBWATCH = """EXETER CITY CENTRE PUBWATCH - EXCLUSION NOTICE
Issued under the Pubwatch scheme rules (2023). This is not a police notice. Appeals to the Pubwatch committee within 14 days.
@field Name ¦ {{n|$x_full}}
@field Date of birth ¦ {{dob|$x_dobyy}}
@field Address ¦ {{addr|$x_addr}}, $x_town
@field Postcode ¦ {{pc|$x_pc}}
@field Exclusion ¦ 12 months, all member premises
@field Start date ¦ $d1
@field Incident ¦ {{sc|Assault on door staff}} at The Old Fire Station bar, Sidwell Street
@field Police ref ¦ {{pol|$x_occ}}
@field Door supervisor involved ¦ {{n|$ds_full}} (SIA licence 0000 0000 0000 0000)
@field Issued by ¦ {{n|$ch_full}}, Pubwatch chair
The committee noted that {{n|$x}} {{sc|was arrested at the scene and has been charged}}. The committee has also been told that {{n|$x}} wishes to apologise to {{n|$ds}} through the restorative justice service; {{n|$ds}} agrees, and the committee will consider reducing the exclusion to six months if a meeting takes place.
Photograph held on the Pubwatch secure system only.
@footnote Pubwatch schemes are voluntary; National Pubwatch good practice guide, 2022. Exeter Pubwatch secretary: exeterpubwatch@exeter.gov.uk.
"""

STUDENT_CONDUCT = """@header Student Conduct and Complaints Office | Referral to restorative practice | CONFIDENTIAL
Referral to restorative practice - student conduct case SCC-26-$n4
¦Responding student¦{{n|$a_full}}
¦Student ID¦10$n4$n2$n3 (not for sharing outside the university)
¦Term address¦{{addr|$a_addr}}, $a_town {{pc|$a_pc}}
¦Email¦{{em|$a_work@student.manchester.ac.uk}}
¦Reporting student¦{{n|$b_full}}
¦Reporting student's email¦{{em|$b_email}}
¦Residence¦Both in the same flat (Flat 6) in a private hall on Oxford Road until February
¦Conduct officer¦{{n|$co_full}}
Summary
{{n|$b}} reported that {{n|$a}} shared a screenshot of {{n|$b}}'s dating profile in the flat's group chat with comments about {{n|$b}} {{sc|being gay}}. {{n|$b}} had not come out to his family, and one of the flatmates knows his cousin. {{n|$b}} moved out and {{sc|has been seeing the university counselling service}}.
{{n|$a}} accepts that he shared it and says it was "banter". The conduct panel found a breach of the Dignity at Work and Study policy and has offered a restorative process in place of a further sanction, if {{n|$b}} wants one.
{{n|$b}} is an international student ({{pp|$b_ppfor}} held by the international office for the visa check - do not copy) and has asked that nothing is shared with his sponsor.
@comment {{n|$co_full}}: remove the passport number before this goes to Northmoor, please.
@footnote Referred under the university's Student Conduct and Discipline Regulation XVII; restorative practice is voluntary for both students.
"""

MP_EMAIL = """From: {{n|$cw_full}} <{{em|$cw_work@parliament.uk}}>
Sent: $dw2 12:03
To: info@$org_domain
Subject: Constituent enquiry - {{n|$c_tfull}} - our ref TOT/$n4

Dear $org,
I am a caseworker in the constituency office of the Member of Parliament for Tottenham. I am writing on behalf of our constituent {{n|$c_tfull}} of {{addr|$c_addr}}, London {{pc|$c_pc}}, who has given written consent for us to raise this with you.
{{n|$c_tl}}'s son {{n|$s_full}} ({{age|$s_age}}) {{sc|was stabbed}} on Broad Lane in the autumn. The young man responsible, {{n|$x_full}}, {{sc|was convicted at the Old Bailey and is serving a sentence}} at HMYOI Feltham. {{n|$c_tl}} has heard that {{n|$x}} has asked to take part in restorative justice and she would like to know whether this is true and what it would involve for her family.
{{n|$c_tl}} is very clear that she is not a supporter of the MP's party and does not want this to be political; she {{sc|is a member of the Green Party}} and has campaigned locally on youth violence. She also asked me to say that she {{sc|has recently been diagnosed with breast cancer}} and would need any meeting to fit around her treatment.
The Met reference she has is {{pol|$c_crime}}. Her mobile is {{tel|$c_mob_intl0}}.
Please reply to this office rather than contacting {{n|$c_tl}} directly in the first instance.
Kind regards,
{{n|$cw_full}}
Senior Caseworker
Constituency office: 020 7219 0000
"""

# ------------------------------------------------------------------------------------------ clean documents

DSA_CLEAN = """@header $org | Information Sharing Agreement ISA-07 | Avon and Somerset | version 1.3 (draft for signature)
Information sharing agreement: restorative justice referrals
Parties: Avon and Somerset Constabulary (Valley Road, Portishead, Bristol BS20 8QJ); the Office of the Police and Crime Commissioner for Avon and Somerset; and $org (registered charity no. 1162837, company no. 09876543).
1. Purpose
To allow the police to refer people harmed and people responsible to the restorative justice service, and the service to report outcomes back, under the Victims' Code (2020), Right 7.
2. Data shared
Identifying details (name, address, telephone, date of birth), the crime or incident reference, the offence type, and any known risk or need. Special category data (health, religion, ethnicity, sexual orientation) and criminal offence data are shared only where necessary to keep people safe or make adjustments, under Article 9(2)(g) of the UK GDPR and Schedule 1, Part 2 of the Data Protection Act 2018.
3. How it is shared
By secure email (CJSM or the police's secure portal) only, never by text or WhatsApp. Referral forms use the force's reference (for example a crime number of the form 52260000000) and the service's case number (NMT-YYYY-NNNN). Neither number is to appear in the subject line.
4. Retention
Six years after case closure (Retention Schedule RS-04), then secure destruction; certificates of destruction kept by the Data Protection Officer.
5. Contacts
Force Information Sharing Unit: information.sharing@avonandsomerset.police.uk. $org: the Data Protection Officer via $org_phone, or dpo@$org_domain.
@tracked 6. Review: every 12 months, or sooner if the law changes. ¦ 6. Review: every 3 years.
@comment Gareth Hughes: shortened the review period as the force asked - please check it against the template.
@comment Priya Nair: fine by me. Signatures from the Chief Constable's delegate and our chair once agreed.
@footnote Template: Information Commissioner's Office, Data sharing code of practice (2021), annex B.
"""

SPECIAL_POLICY_CLEAN = """$org - Policy P-19: special category and criminal offence data (Scotland and Northern Ireland addendum)
Version 1.0. Approved by the Board on 12 February 2026. Owner: Aisha Rahman. Next review: February 2027.
1. Scope
This addendum applies to work in Scotland (with Police Scotland, the Crown Office and Procurator Fiscal Service, and Social Work Scotland) and in Northern Ireland (with the PSNI, the Youth Justice Agency and the Probation Board for Northern Ireland).
2. What counts as special category data
Information about a person's racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, health, sex life or sexual orientation. In Northern Ireland, staff must take particular care with community background, flags, parades and political affiliation, which can reveal religion or politics.
3. Criminal offence data
Information about offences, alleged offences, proceedings and sentences. In Scotland this includes children's hearings grounds and deferred sentences.
4. Rules for staff
Record only what is needed; write "has a health condition that affects travel" rather than a diagnosis where that is enough. Never guess a person's religion from their name, school or address. Do not put a person's community background in an email subject. Use case numbers, not names, in file names.
5. Anonymised material
Case studies for reports must use pseudonyms (Person A, Young Person B) and change details so that nobody can be identified. Aggregate figures below 5 are suppressed.
6. Breaches
Report any breach to the Data Protection Officer on $org_phone within 24 hours. Serious breaches are reported to the Information Commissioner within 72 hours.
Related: Data Protection Policy P-02; Procedure P-14 (recording health, disability, faith and ethnicity); Retention Schedule RS-04.
"""

CASE_STUDY_CLEAN = """Case study: the shed and the trowel (names and details changed)
Prepared for the Avon and Somerset commissioner's annual report. All names are pseudonyms; the people involved agreed to publication.
Person A, a woman in her sixties, had kept an allotment for more than twenty years. One night in spring the shed on her plot was broken into and set alight. Her late father's tools, which she described as "the most precious things I own", were destroyed.
Young Person B, aged 16, was identified by the police and admitted the offence. He received a youth caution with a referral to the restorative justice service.
Both met separately with two facilitators over six weeks. Person A wanted to know "why my shed"; Young Person B wanted to say he was sorry but was afraid of being shouted at. They met at a community centre in the city with a supporter each. Person A brought a trowel that had survived the fire and passed it round as a talking piece.
Young Person B explained that he had been drinking with older friends and had not thought about whose shed it was. Person A told him about her father. At the end they agreed that he would help the allotment committee build a new shed over four Saturdays, and he did.
Six months later, Person A said: "I got something back that I thought the fire had taken." Young Person B has not reoffended and is at college.
What made the difference: careful preparation, a venue that suited both, and a facilitator who let the silences be. This is the kind of outcome we hope for but cannot promise.
@footnote Figures for the year: 212 referrals from Avon and Somerset, 74 restorative meetings, 96% of people harmed satisfied. Figures below 5 are not reported.
"""

LEAFLET_CLEAN = """Restorative justice: your questions answered
A leaflet for people who have been harmed by crime - Greater Manchester, Scotland and Northern Ireland
What is restorative justice?
It brings people harmed by crime or conflict into communication with those responsible. It gives people harmed a chance to tell the person responsible about the real impact, to get answers to their questions, and to receive an apology.
Is it safe?
Every case is risk-assessed. A trained facilitator prepares everyone, and you can stop at any time. Meetings are held in a neutral place, such as a community centre or a library room, never in your home unless you want that.
Do I have to meet the person?
No. Many people choose a letter, a recorded message, or "shuttle" communication, where the facilitator carries messages between you.
Will it affect the court case?
In England and Wales, restorative justice can happen before or after sentence. In Scotland, a sheriff may defer sentence to allow a restorative process. In Northern Ireland, youth conferences are part of the youth justice system.
Who are we?
$org is a registered charity (no. 1162837). Our staff and volunteers are trained to Restorative Justice Council standards. We work with Greater Manchester Police, Police Scotland and the PSNI.
How do I get in touch?
Call our helpline on $org_phone (Monday to Friday, 9am to 5pm), email referrals@$org_domain, or write to us at $org_address. If you are in danger, call 999.
"The best thing about it was being listened to." - a person harmed, Wigan, 2025
Honour, love and respect are words people use about their meetings. We cannot promise an outcome, but we promise to listen.
"""

RISK_TEMPLATE_CLEAN = """$org - Risk assessment template (direct restorative meeting) - RA3, version 2.0
Complete one form per meeting. Keep with the case file. Do not email this form once completed; upload it to the case management system.
@field Case number ¦ NMT-YYYY-NNNN
@field Person responsible ¦ [name - do not abbreviate]
@field Person harmed ¦ [name]
@field Venue ¦ [venue and room]
@field Meeting date ¦ [DD/MM/YYYY]
@field Police reference ¦ [crime or incident number as given by the force]
@field Facilitators ¦ [two names]
Section 1: Relationship and history. Describe contact since the offence and any orders (bail conditions, restraining orders, non-molestation orders, licence conditions).
Section 2: Health and access. Record adjustments needed, in the participant's own words, only with consent. Examples: step-free access, breaks every 30 minutes, a hearing loop, an interpreter.
Section 3: Supporters. Names and roles of supporters; check whether any supporter has a conflict.
Section 4: Rating. LOW / MEDIUM / HIGH. Two facilitators for MEDIUM and HIGH. HIGH needs a manager's sign-off.
@field Assessed by ¦ [staff name]
@field Countersigned by ¦ [manager name]
@footnote Guidance: Risk Assessment Procedure RJ-P09, section 3; Restorative Justice Council, Best Practice Guidance (2011).
"""

INVOICE_CLEAN = """Harlesden Methodist Church - Hall Lettings
Craven Park Road, London NW10 8TE | Lettings office 020 8000 0145 | lettings@harlesdenmethodist.org.uk
Registered charity no. 1132000
INVOICE
Invoice number: $invoice
Date: $dl3
To: $org, $org_address (PO NMT-26-0231)
¦Date¦Description¦Hours¦Rate¦Amount
¦$d1¦Main hall - restorative conference (booking HMC-0412)¦3¦£25.00¦£75.00
¦$d1¦Small vestry room - preparation¦2¦£12.00¦£24.00
¦$d2¦Main hall - facilitator training¦6¦£25.00¦£150.00
¦$d2¦Tea and coffee for 14¦-¦-¦£21.00
Total due: £270.00 (the church is not VAT registered).
Please pay by BACS to Harlesden Methodist Church General Fund, sort code 40-00-00, account 12345678, quoting the invoice number. Thank you - your bookings help fund the Tuesday lunch club.
"""

AGENDA_CLEAN = """$org - Northern Ireland and Scotland practice group - AGENDA
Date: $dl4, 10:30-13:00. Venue: the Mackintosh Room, Glasgow Quaker Meeting House, and Teams.
Chair: Bethan Lloyd. Notes: Tomasz Nowicki.
¦Time¦Item¦Lead
¦10:30¦Welcome, apologies, minutes of the last meeting (PG-NI-SC-05)¦Bethan Lloyd
¦10:40¦Deferred sentences in Scotland: what sheriffs want from our progress reports¦Sarah Thompson
¦11:10¦Youth conferences in Northern Ireland: learning from the Youth Justice Agency¦Daniel Okoro
¦11:40¦Break¦-
¦11:50¦Case discussion (anonymised - Case A and Case B; no names on slides)¦Joanne Whitfield
¦12:20¦Policy P-19 addendum: flags, parades and community background¦Aisha Rahman
¦12:45¦Training dates and AOB¦Bethan Lloyd
Papers: P-19 v1.0; quarterly figures (Q4 2025-26: 38 referrals, 11 meetings); Burns Night fundraiser report (raised £412 - thanks to all).
Please send apologies to Tomasz Nowicki or call $org_phone.
"""

TEXT_DOCS = [
    ("referral-order-contract", REFERRAL_ORDER, {"y": "young m age=15-16 town=Lewisham origin=bangladeshi|somali|pakistani", "m": "adult f age=34-50 rel=y samehome",
                                                 "cm": "pro", "p1": "adult age=40-70", "p2": "adult", "v": "young age=14-17 region=london", "co": "young m age=15-17 region=london"}, "docx"),
    ("conference-preparation-notes", PREP_NOTES, {"h": "adult f age=60-66 region=avon origin=word", "s": "adult m age=60-72 region=avon", "a": "young m age=16-17 region=avon",
                                                  "g": "old f rel=a samehome", "o": "pro"}, "txt"),
    ("victim-contact-log", VICTIM_LOG, {"v": "adult f age=30-55 town=Glasgow", "w": "pro", "s": "adult m age=19-30 rel=v", "a": "adult m region=scot"}, "odt"),
    ("exclusion-to-restorative-referral", EXCLUSION_REFERRAL, {"p": "pupil m age=13-14 origin=bangladeshi town=Oldham", "m": "adult f age=33-48 rel=p samehome",
                                                               "t": "pro", "ta": "pro f", "bt": "pro f origin=bangladeshi"}, "pdf"),
    ("snt-email-chain", SNT_EMAILS, {"s1": "pro", "s2": "pro", "a": "adult f age=24-35 town=Hackney home=house", "b": "adult m age=25-45 near=a",
                                     "b2": "adult f age=22-40", "ho": "pro"}, "txt"),
    ("housing-mediation-file", HOUSING_MEDIATION, {"a": "adult m age=45-64 town=Plymouth home=flat", "b": "adult f age=25-40 near=a", "ho": "pro", "sw": "pro",
                                                   "as": "adult m age=19-30 rel=a"}, "docx"),
    ("probation-rj-assessment", PROBATION_RJ, {"x": "adult m age=23-29 town=Belfast", "po": "pro", "v": "adult m age=22-29 region=ni", "vb": "adult m age=20-35 rel=v"}, "docx"),
    ("prison-chaplaincy-referral", CHAPLAINCY, {"ch": "pro", "x": "adult m age=24-40 region=devon", "w": "adult f age=45-65 region=devon home=house|rural", "vlo": "pro",
                                                "d": "adult m rel=w", "m": "adult f age=50-70 rel=x"}, "odt"),
    ("care-home-incident-record", CARE_HOME, {"h": "old f age=84-95 region=devon", "r": "old f age=80-92 region=devon", "hk": "adult f age=50-65 rel=h", "sn": "pro",
                                              "c1": "pro", "rk": "adult f age=50-65 rel=r"}, "pdf"),
    ("gp-support-letter", GP_LETTER, {"p": "adult f age=45-70 town=Salford", "s": "adult f rel=p", "g": "pro"}, "pdf"),
    ("complaint-from-grandparent", COMPLAINT, {"a": "old f age=66-75 town=Weston-super-Mare home=house", "g": "young m age=14-16 rel=a", "x": "young m region=avon",
                                               "d": "adult f age=35-50 rel=a"}, "txt"),
    ("mash-referral", MASH, {"c": "child f age=9-10 region=london", "m": "adult f age=25-34 rel=c samehome", "p": "adult m age=25-40", "sw": "pro"}, "docx"),
    ("case-supervision-record", SUPERVISION, {"a": "adult m region=gm", "b": "adult f age=40-70 region=gm", "c": "adult f region=gm", "cpn": "pro",
                                              "d": "young m age=15-17 region=gm", "e": "adult m age=35-60 origin=indian region=gm"}, "odt"),
    ("translated-statement", TRANSLATED, {"tr": "pro origin=romanian", "a": "adult m age=22-45 origin=romanian town=Rochdale", "x": "adult m age=25-50 region=gm", "c": "adult m"}, "docx"),
    ("sheriff-court-letter", SHERIFF_LETTER, {"a": "adult m age=20-40 town=Glasgow", "v": "adult region=scot", "sh": "pro", "sol": "pro", "clk": "pro"}, "pdf"),
    ("partnership-minutes", PARTNERSHIP_MINUTES, {"ch": "pro", "p1": "pro", "p2": "pro", "p3": "pro", "p4": "pro", "p5": "pro",
                                                  "t": "adult f age=30-50 region=devon origin=tamil home=house", "u": "adult m age=30-60 near=t"}, "docx"),
    ("harmed-person-email", HARMED_EMAIL, {"v": "adult f age=22-35 town=Dundee", "x": "adult m age=19-30 region=scot", "f": "adult f age=22-35", "p": "adult m age=24-40"}, "txt"),
    ("psni-community-resolution", PSNI_CRN, {"a": "adult f age=30-55 town=Newry", "v": "adult f region=ni", "o": "pro"}, "pdf"),
    ("youth-club-session-record", YOUTH_CLUB, {"w1": "pro", "w2": "pro", "a": "young m age=15-17 origin=bangladeshi region=london",
                                               "b": "young m age=15-17 origin=english region=london", "bb": "adult m age=19-25 rel=b", "af": "adult m rel=a",
                                               "bm": "adult f rel=b"}, "odt"),
    ("ed-liaison-referral", AE_LIAISON, {"n1": "pro", "p": "adult m age=18-21 town=Bristol", "x": "young m region=avon", "c": "adult m rel=p", "o": "pro",
                                         "m": "adult f age=38-55 rel=p"}, "txt"),
    ("traveller-liaison-visit", TRAVELLER_NOTE, {"lo": "pro", "f": "adult m age=25-45 origin=traveller region=devon", "fp": "adult f age=22-40", "g": "adult f origin=traveller",
                                                 "t": "young m age=14-16 region=devon", "gf": "old m rel=f"}, "odt"),
    ("young-person-apology-draft", APOLOGY_DRAFT, {"y": "young m age=15-17 region=scot origin=pakistani|afghan|somali", "v": "old f age=66-70 region=scot", "sw": "pro"}, "txt"),
    ("pubwatch-exclusion-notice", PUBWATCH, {"x": "adult m age=19-35 town=Exeter", "ds": "pro m", "ch": "pro"}, "pdf"),
    ("student-conduct-referral", STUDENT_CONDUCT, {"a": "adult m age=19-21 town=Manchester", "b": "adult m age=19-22 origin=nigerian|ghanaian|tamil|filipino", "co": "pro"}, "docx"),
    ("mp-caseworker-email", MP_EMAIL, {"cw": "pro", "c": "adult f age=40-55 town=Tottenham", "s": "young m age=16-17 rel=c", "x": "adult m age=18-20 region=london"}, "txt"),
    ("information-sharing-agreement", DSA_CLEAN, {}, "docx"),
    ("policy-p19-special-category", SPECIAL_POLICY_CLEAN, {}, "odt"),
    ("anonymised-case-study", CASE_STUDY_CLEAN, {}, "pdf"),
    ("leaflet-for-people-harmed", LEAFLET_CLEAN, {}, "txt"),
    ("risk-assessment-template", RISK_TEMPLATE_CLEAN, {}, "pdf"),
    ("hall-hire-invoice", INVOICE_CLEAN, {}, "docx"),
    ("practice-group-agenda", AGENDA_CLEAN, {}, "odt"),
]

# ------------------------------------------------------------------------------------------ workbooks and exports

SMS_ROWS = [
    ["$di1 19:02", "Incoming", "{{tel|$b_mob_plus}}", "{{n|$b_nick}}", "wit ye sayin tae the polis aboot me"],
    ["$di1 19:05", "Outgoing", "{{tel|$b_mob_plus}}", "{{n|$b_nick}}", "nothing. leave me alone"],
    ["$di1 19:40", "Incoming", "{{tel|$c_mob_intl}}", "", "this is {{n|$b}}s sister. hes {{sc|on bail}} ye know that. dinnae make it worse for him"],
    ["$di2 08:15", "Incoming", "Police Scotland", "PoliceScot", "Police Scotland: your incident number is {{pol|$a_log}}. For updates call 101 quoting this number."],
    ["$di2 08:20", "Outgoing", "{{tel|$m_mob_sp}}", "Mum", "polis have the messages now. incident {{pol|$a_log}}"],
    ["$di2 08:22", "Incoming", "{{tel|$m_mob_sp}}", "Mum", "good. {{sc|take yer tablets}} and go to the doctors about yer sleep x"],
    ["$di3 11:00", "Incoming", "$org_phone", "Northmoor", "Hi, this is $staff_first from $org. The police have passed on your details about a restorative option. Can I call you?"],
    ["$di3 11:31", "Outgoing", "$org_phone", "Northmoor", "ok after 4. i finish at the college then"],
    ["$di4 17:12", "Incoming", "{{tel|$e_mob_sp3}}", "{{n|$e_full}}", "heard {{n|$b}} {{sc|got lifted again}} on saturday. ye ok? {{n|$e}}"],
    ["$di4 17:30", "Outgoing", "{{tel|$e_mob_sp3}}", "{{n|$e_full}}", "aye. just want it done. the meeting is at the carnegie room in town"],
    ["$di5 09:00", "Incoming", "$org_phone", "Northmoor", "Reminder: $dw6, 4.30pm, with $staff_first. Reply STOP to opt out."],
]

EXPENSE_NOTES = ["Prep visit - harmed person", "Prep visit - person responsible", "Conference, plus parking £4.50", "Training day (Level 2)",
                 "Home visit with $staff_first", "Prison visit - parking", "Co-facilitation", "Supervision session"]


def sheet_docs(rng: random.Random, names: Names, seen: set[str]) -> list[Doc]:
    docs: list[Doc] = []

    # a phone's text messages, exported for the police and the RJ practitioner (Glasgow)
    v = cast(rng, names, {"a": "young f age=16-17 town=Glasgow", "b": "young m age=17-17 nick region=scot", "c": "adult f rel=b", "m": "adult f rel=a samehome",
                          "e": "young f region=scot"}, seen=seen)
    rows = [["Timestamp", "Direction", "Number", "Contact name", "Message"]] + cells(SMS_ROWS, v)
    docs.append(Doc("text-message-export", "csv", [("table", rows)]))

    # community resolutions workbook (Avon and Somerset), identity documents on a hidden sheet
    v0 = cast(rng, names, {})
    crs = [["CR ref", "Date", "Offender", "DOB", "Age", "Postcode", "Offence", "Victim", "Victim contact", "Victim wishes", "RJ referral", "OIC"]]
    ids = [["Offender", "ID type", "ID number", "Vehicle", "Notes"]]
    offences = ["Criminal damage (shed window)", "Theft from shop (£32, Co-op Gloucester Road)", "Common assault (push at a bus stop)",
                "Public order s.5 (abuse to a bus driver)", "Criminal damage (graffiti on a school wall)", "Theft of a bike from a garden",
                "Assault by beating (sibling, no injury)", "Malicious communications (Instagram)"]
    wishes = ["Apology letter", "Pay for the item", "Meet face to face", "Apology in person", "Clean the wall", "Return of the bike and apology",
              "No further action wanted", "Posts deleted and apology"]
    used: set[str] = set()
    for j, off in enumerate(offences):
        spec = ("adult age=19-45" if j in (2, 3, 7) else "young age=12-17") + " region=avon"
        v = cast(rng, names, {"a": spec, "h": "adult region=avon", "o": "pro" + (" origin=word" if j in (1, 5) else "")}, used, seen=seen)
        victim = "Co-op (corporate)" if j == 1 else ("Bristol City Council (Education)" if j == 4 else "{{n|$h_full}}")
        vcon = "" if j in (1, 4) else ["{{tel|$h_mob}}", "{{tel|$h_land}}", "{{em|$h_email}}"][j % 3]
        crs.append(cells([[["{{pol|$a_crime}}", "{{pol|$a_occ}}"][j % 2], v0[f"d{1 + j % 6}"], "{{n|$a_revcaps}}", ["{{dob|$a_dob}}", "{{dob|$a_dobiso}}", "{{dob|$a_dobmon}}"][j % 3],
                           "{{age|$a_age}}", "{{pc|$a_pc}}", "{{sc|" + off + "}}", victim, vcon, wishes[j], rng.choice(["Y", "Y", "N"]), "{{n|$o_init}}"]], v)[0])
        idt, idn, veh = [("Provisional licence", "{{dl|$a_dl}}", ""), ("None seen", "", ""), ("Driving licence", "{{dl|$a_dlsp}}", "{{vrm|$a_vrm}}"),
                         ("Passport", "{{pp|$a_pp}}", ""), ("School ID", "n/a", ""), ("None seen", "", ""), ("Passport", "{{pp|$a_ppfor}}", ""),
                         ("Driving licence", "{{dl|$a_dlcard}}", "{{vrm|$a_vrmold}}")][j]
        ids.append(cells([["{{n|$a_full}}", idt, idn, veh, "Checked on PNC by the OIC" if idn else ""]], v)[0])
    notes = [["Note"], ["Community resolutions are outcome 8 (Home Office Counting Rules). Restorative element delivered by $org under contract ASC-RJ-2025."],
             ["Report run by the Out of Court Resolutions team (oocr@avonandsomerset.police.uk). Version 3, $d6."]]
    docs.append(Doc("community-resolutions-workbook", "xlsx", [("sheet", "Resolutions", crs, False), ("sheet", "ID", ids, True), ("sheet", "Notes", cells(notes, v0), False)]))

    # volunteer expenses claims (CSV export from the finance system)
    v0 = cast(rng, names, {})
    rows = [["Claim no.", "Volunteer", "Date", "From (home postcode)", "To", "Miles", "Car reg", "Rate", "Amount", "Case", "Notes", "Approved by"]]
    used = set()
    for j in range(8):
        force = ["MP", "AS", "DC", "GM", "PS", "NI", "MP", "GM"][j]
        region = {"MP": "london", "AS": "avon", "DC": "devon", "GM": "gm", "PS": "scot", "NI": "ni"}[force]
        v = cast(rng, names, {"a": f"adult age=25-70 region={region}" + (" origin=word" if j in (2, 6) else "")}, used, seen=seen)
        miles = rng.randint(4, 46)
        reg = ["{{vrm|$a_vrm}}", "{{vrm|$a_vrmtight}}", "Bus (no car)", "{{vrm|$a_vrmlow}}", "{{vrm|$a_vrmsuf}}", "{{vrm|$a_vrmnitight}}", "Train", "{{vrm|$a_vrmdl}}"][j]
        amount = f"£{miles * 0.45:.2f}" if "vrm" in reg else f"£{rng.randint(3, 19)}.{rng.choice(['00', '40', '80'])}"
        to = rng.choice(VENUES[force]).replace("the ", "", 1)
        rows.append(cells([[f"VEX-{rng.randint(3000, 3999)}", v0[f"d{1 + j % 6}"], "{{n|$a_full}}", "{{pc|$a_pc}}", to,
                            str(miles) if "vrm" in reg else "", reg, "45p" if "vrm" in reg else "actual", amount, v0["case"] if j % 2 else v0["case2"],
                            fill(EXPENSE_NOTES[j], v0), rng.choice(STAFF)]], v)[0])
        rows[-1].insert(1, rows[-1].pop(2))
    rows.append(["", "", "", "", "", "", "", "", "", "", "Mileage at 45p (HMRC approved rate); receipts to finance@" + ORG_DOMAIN, ""])
    docs.append(Doc("volunteer-expenses-claims", "csv", [("table", rows)]))

    # victim contact tracker (London), contact details on a hidden sheet
    v0 = cast(rng, names, {})
    tracker = [["Case", "Harmed person", "Borough", "Offence", "Referred by", "Police ref", "Status", "Next contact", "Worker"]]
    contacts = [["Harmed person", "DOB", "Address", "Postcode", "Phone", "Email", "Safe to leave message?", "Needs"]]
    cases = [("{{sc|Burglary (dwelling)}}", "Met - Lewisham", "Prep visit booked", "", "No"),
             ("{{sc|Robbery (phone snatch)}}", "YJS Hackney", "Letter received from the young person", "", "Yes"),
             ("{{sc|Racially aggravated assault}}", "Met - Croydon", "Thinking about it", "{{sc|Hard of hearing - use text}}", "Text only"),
             ("Neighbour dispute (no crime)", "Self", "Mediation held", "", "Yes"),
             ("{{sc|Criminal damage to car}}", "Met - Tottenham", "Closed - declined", "", "Yes"),
             ("{{sc|Theft from person}}", "Victim Support London", "Awaiting prison consent", "{{sc|Uses a wheelchair}}", "No"),
             ("{{sc|Assault on an emergency worker}}", "Met - Harlesden", "Meeting planned", "{{sc|PTSD - needs breaks}}", "Yes")]
    used = set()
    for j, (off, src, status, need, msg) in enumerate(cases):
        v = cast(rng, names, {"h": "adult region=london" + (" origin=word" if j == 3 else ""), "a": "adult region=london"}, used, seen=seen)
        pref = "" if "no crime" in off else ["{{pol|$a_crime}}", "{{pol|$a_log}}", "{{pol|$a_crime}}", "", "{{pol|$a_cad}}", "{{pol|$a_crime}}", "{{pol|$a_occ}}"][j]
        tracker.append(cells([[f"NMT-2026-{rng.randint(261, 640):04d}", "{{n|$h_full}}", v["h_town"], off, src, pref, status, v0[f"d{1 + j % 6}"], rng.choice(STAFF)]], v)[0])
        contacts.append(cells([["{{n|$h_full}}", ["{{dob|$h_dob}}", "{{dob|$h_dobdots}}", "{{dob|$h_dobmon}}"][j % 3], "{{addr|$h_addr}}", "{{pc|$h_pc}}",
                                ["{{tel|$h_mob}}", "{{tel|$h_land_std}}", "{{tel|$h_mob_intl}}", "{{tel|$h_land_old}}"][j % 4], "{{em|$h_email}}" if j % 2 else "",
                                msg, need]], v)[0])
    docs.append(Doc("victim-contact-tracker", "xlsx", [("sheet", "Tracker", tracker, False), ("sheet", "Contacts", contacts, True)]))

    # youth justice referral tracker (Northern Ireland)
    v0 = cast(rng, names, {})
    refs = [["YJA ref", "Young person", "DOB", "Age", "Town", "Postcode", "School", "Offence", "PSNI ref", "Conference", "Victim attending?", "Coordinator"]]
    offs = ["Criminal damage to a car", "Theft from a shop", "Common assault at school", "Disorderly behaviour", "Possession of cannabis",
            "Criminal damage to a church hall", "Assault on police"]
    used = set()
    for j, off in enumerate(offs):
        v = cast(rng, names, {"y": "young age=12-17 region=ni", "c": "pro"}, used, seen=seen)
        sch = "{{sch|$school}}" if j % 3 else "Not in school"
        refs.append(cells([[f"YJA-{rng.randint(10000, 99999)}", "{{n|$y_full}}", ["{{dob|$y_dob}}", "{{dob|$y_dobdot4}}"][j % 2], "{{age|$y_age}}", v["y_town"],
                            "{{pc|$y_pc}}", sch, "{{sc|" + off + "}}", "{{pol|$y_crime}}", v0[f"d{1 + j % 6}"], rng.choice(["Yes", "No", "Rep only", "Letter"]),
                            "{{n|$c_full}}"]], v)[0])
    refs.append(["", "", "", "", "", "", "", "", "", "", "", "Team mailbox: yja.conferencing@yjani.gov.uk"])
    docs.append(Doc("youth-conference-referral-tracker", "xlsx", [("sheet", "Referrals", refs, False)]))

    # case closure export (Greater Manchester)
    v0 = cast(rng, names, {})
    rows = [["Case", "Closed", "Participant", "Role", "Outcome", "Police ref", "Closure note"]]
    closures = [("Harmed", "Direct meeting", "Agreement kept; {{n|$a}} said it was the best outcome she could have hoped for."),
                ("Responsible", "Direct meeting", "{{n|$a}} {{sc|completed a drug rehabilitation requirement}} alongside."),
                ("Harmed", "Indirect (letter)", "Letter read with {{n|$a}} at home; {{sc|hospital stay}} delayed this by a month."),
                ("Harmed", "Declined", "No further contact wanted. Leaflet left."),
                ("Responsible", "Withdrawn", "{{n|$a}} {{sc|recalled to prison}}; case closed."),
                ("Harmed", "Shuttle", "Messages exchanged via $staff_first. {{n|$a}} asked us to thank the officer - fine, no name needed on file."),
                ("Responsible", "Direct meeting", "{{n|$a}} {{sc|is Muslim}} and asked for a prayer break; arranged at the Lowry Suite.")]
    used = set()
    for j, (role, outcome, note) in enumerate(closures):
        v = cast(rng, names, {"a": "adult region=gm" + (" f" if role == "Harmed" and j != 2 else "")}, used, seen=seen)
        rows.append(cells([[f"NMT-2025-{rng.randint(3151, 3600):04d}", v0[f"di{1 + j % 6}"], ["{{n|$a_full}}", "{{n|$a_revcaps}}"][j % 2], role, outcome,
                            "{{pol|$a_crime}}" if j % 3 else "{{pol|$a_log}}", note]], v)[0])
    docs.append(Doc("case-closure-export", "csv", [("table", rows)]))

    # clean: annual data return of counts, definitions on a hidden sheet
    counts = [["Annual data return 2025-26 - restorative justice - all regions", "", "", ""],
              ["Region", "Referrals", "Direct meetings", "Indirect processes"],
              ["London", 188, 41, 77], ["South West", 241, 66, 92], ["Greater Manchester", 205, 52, 81], ["Scotland", 96, 18, 40],
              ["Northern Ireland", 71, 22, 25], ["Total", 801, 199, 315]]
    people = [["Participants by age band", "Harmed", "Responsible"], ["10-17", 58, 231], ["18-24", 97, 148], ["25-64", 402, 190], ["65+", 121, 9],
              ["Not known", 14, 6], ["Disability disclosed", "21%", "27%"], ["Religion recorded", "64%", "58%"], ["Suppression", "<5 shown as <5", ""]]
    defs = [["Term", "Definition"], ["Direct meeting", "A face-to-face or video meeting between the person harmed and the person responsible."],
            ["Indirect process", "Letters, recorded messages or shuttle communication."], ["Referral", "A case accepted for assessment (source: CMS report AR-26)."],
            ["Region", "By the police force area of the referral: Metropolitan Police; Avon and Somerset and Devon and Cornwall; GMP; Police Scotland; PSNI."],
            ["Contact", "Data queries to the Data Protection Officer on " + ORG_PHONE + "."]]
    docs.append(Doc("annual-data-return", "xlsx", [("sheet", "Counts", counts, False), ("sheet", "People", people, False), ("sheet", "Definitions", defs, True)]))

    # clean: training attendance sheet naming only staff
    rows = [["Course", "Date", "Venue", "Attendee", "Role", "Attended", "Certificate no."]]
    sessions = [("Level 2 facilitator refresher", "14/01/2026", "Mary Seacole Room, Lewisham Library"), ("Trauma-informed practice", "04/02/2026", "Pankhurst Centre, Manchester"),
                ("Working with interpreters", "18/03/2026", "Carnegie Room, Dundee Central Library")]
    for course, date, venue in sessions:
        for s in STAFF[: 5 if "Level" in course else 4]:
            rows.append([course, date, venue, s, "Practitioner" if s not in ("Priya Nair", "Gareth Hughes") else "Manager", rng.choice(["Yes", "Yes", "Yes", "No (leave)"]),
                         f"TR-26-{rng.randint(100, 999)}"])
    rows.append(["Trainer", "", "", "Restorative Justice Council accredited trainer (external)", "", "", ""])
    docs.append(Doc("training-attendance", "csv", [("table", rows)]))
    return docs


def field_docs(rng: random.Random) -> list[Doc]:
    names = Names()
    seen: set[str] = set()
    docs: list[Doc] = []
    for name, template, roles, kind in TEXT_DOCS:
        v = cast(rng, names, roles, seen=seen)
        docs.append(Doc(name, kind, blocks_for(kind, fill(template, v))))
    docs += sheet_docs(rng, names, seen)
    for d in docs:  # no empty mark, and no mark inside another (an empty span labels nothing; a nested one is wrong)
        for b in d.blocks:
            for part in b[1:]:
                text = part if isinstance(part, str) else repr(part)
                if re.search(r"\{\{[a-z_]+\|\s*\}\}", text) or re.search(r"\{\{[a-z_]+\|[^}]*\{\{", text):
                    raise ValueError(f"empty or nested mark in {d.name}")
    return docs
