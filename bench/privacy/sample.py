"""The sample part of the corpus: a mix of what services upload, written as busy people write.

What it is. Forty invented documents (seven clean) uploaded by a restorative justice service and
the agencies and people around it, in every file type (TXT, CSV, DOCX with tables, tracked
changes, comments, footnotes and headers, XLSX with hidden sheets, PDF with form fields and a
footnote, ODT), and written as practitioners and members of the public actually write: shorthand,
forwarded chains, chat exports, case-management exports with odd column names. Set in the East
Midlands, Lincolnshire and East Anglia (Lincoln, Boston, Skegness, Grantham, Nottingham,
Mansfield, Derby, Chesterfield, Leicester, Loughborough, Northampton, Corby, Norwich, Great
Yarmouth, King's Lynn, Thetford, Ipswich, Lowestoft, Bury St Edmunds, Colchester, Chelmsford,
Basildon, Southend, Harlow, Clacton), with the same invented organisation and staff (org.py) and
police references invented in a style for each of the eight forces. Kinds: a practitioner's case
notes in shorthand, a forwarded email chain with signatures, a family WhatsApp export (Android
layout), a phone's text-message backup (CSV), a case management referral export (odd column
names; identity documents on a hidden sheet), a police community resolution form (PDF form), a
letter to a harmed person, out-of-court disposal panel minutes with an action table (tracked
change, comments), a feedback survey export with free text (CSV), an outcome agreement, a risk
assessment (PDF form), a prison-based restorative referral, a safeguarding chronology, a victim
impact statement, a school behaviour log (contacts and health on hidden sheets), a housing ASB log
(CSV), a police restorative disposals export, a volunteer application (PDF form, with the
applicant's own health and convictions declarations), a volunteer register (checks on a hidden
sheet), a GP letter (PDF), a referral order panel report, a prisoner's draft letter of apology
with the facilitator's notes, a website self-referral email, a PCSO's notebook transcript, a young
person's reflection in text-speak, a case transfer form (PDF form), a prison visits booking export
(CSV), a neighbour mediation intake, a hate incident report about a Traveller family, an
interpreter booking, a school restorative circle record, a telephone system call log (CSV) and a
victim needs assessment. Clean ones (no sensitive personal data, many traps): an equality
monitoring return (aggregate tables, a hidden sheet of codes), an annual report with anonymised
case studies, a training handout citing authors, a fee invoice (its number passes the NHS
checksum), a procedure on recording health and ethnicity (tracked change and comment), a funder's
quarterly return and a staff rota with the organisation's own contacts.

How it was written. Without opening anything under rsqm/privacy (code, rules, word lists, tests,
data), without running the guard or the scorer on it, and without importing rsqm here. The
shorthand is fresh.py's (``{{n|...}}`` for a name and the other marks of ``fresh.SHORT``; ``¦``
table rows; ``@field``, ``@footnote``, ``@comment``, ``@header``, ``@tracked``, ``@page``),
rendered by fresh.py's ``blocks_for``; people are this module's ``Person``, whose written forms
come from trial.py's ``_fields`` with forms of this part's own added (``_fields``). Every piece of
sensitive personal data is marked, professionals' names and named work emails included; the
organisation's staff, address, helpline and mailboxes stay unmarked, as do other services' team
mailboxes and switchboards. A mark holds the value only: "DOB", "tel", "ref", "reg" and titles
such as Dr, PC and DC stay outside it, titles used as part of a name (Mrs Spinks) inside; an
extension stays outside; a reference's own letters (CAD, NFRC) inside. Addresses are marked
without the town, which stays a place, unless the writer ran them into one line. Offences,
suspicions, charges, trials, custody and remand of named or identifiable people are special
category, as are their health, faith, ethnicity, sexuality, political opinions and trade union
membership, volunteers' declarations about themselves included; offences in anonymised case
studies and aggregate counts are not. The unmarked text is the traps: staff; the organisation's
address and helpline; switchboards and addresses of police, councils, surgeries, schools, prisons
and courts; generic team mailboxes; the service's case numbers, invoice numbers (one passing the
NHS checksum), charity and company numbers, course codes, room numbers, version numbers, booking
references; meeting and offence dates; Acts and sections; age bands, counts and statistics;
pseudonyms (Child A, Person B, YP3, Mr X); policy language about health and ethnicity; places,
streets, rooms, wards, charities and funds named after people (Cavell, Paine, Boole, Tennyson,
Newton, Clough); authors cited in a training handout; words that are names used as words (hope,
grace, will, mark, rose, joy, summer, young, brown, bishop, hunter, rich).

Sources of names. Faker locales nobody else uses: Quebec French (fr_QC), and Russian (ru_RU) and
Greek (el_GR) transliterated to Latin script; and pools written here, with any name sharing a word
with the other parts' pools, the staff, the trap words or the places dropped at build time:
English (East Anglian, Lincolnshire and East Midlands surnames), Welsh, Scottish, Irish, Polish,
Romanian, Lithuanian (married and unmarried feminine forms), Somali, Eritrean, Afghan, Pakistani,
Bangladeshi, Indian (Gujarati and Punjabi), Nigerian, Ghanaian, Zimbabwean, Jamaican, Chinese,
Vietnamese, Turkish, Kurdish, Syrian, English Romany, Irish Traveller and Roma. A last pool holds
names that are also ordinary words (Hope, Rose, Grace, Joy, Summer, Sunny, Will, Mark, Rich;
Young, Brown, Bishop, Hunter), kept on purpose and given to a few people in documents that also
use the words as words. Of every twenty people drawn freely twelve come from the English, Welsh,
Scottish and Irish pools, six from the other pools and two from Faker.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/sample/ when corpus.py builds it
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import collections
import datetime as dt
import random
import re
import unicodedata

import blind
import probe
import trial
from corpus import ORG_ADDRESS, ORG_PHONE, STAFF, Doc, nhs_number, ni_number
from fresh import blocks_for, expand

TODAY = dt.date(2026, 1, 26)
ORG = "Northmoor Mediation Trust"
ORG_DOMAIN = "northmoor-mediation.org.uk"
_words = blind._words
_latin = blind._latin

# ------------------------------------------------------------------------------------------ names

# (female first names, male first names, surnames)
UK = {
    "english": (
        ["Jolie", "Tallulah", "Elodie", "Romilly", "Bryony", "Cordelia", "Araminta", "Clemency", "Jemima", "Posy", "Hattie", "Kacie",
         "Destiny", "Chelsea", "Bonita", "Charmaine", "Colleen", "Fay", "Gaynor", "Muriel", "Nora", "Olive", "Tracy", "Ursula", "Vera",
         "Wanda", "Yvette", "Jayne", "Nellie", "Anya", "Elouise", "Tianna", "Tamara", "Belinda", "Rosalyn", "Sally", "Kerensa", "Lyndsey",
         "Ethel", "Mabel", "Winifred", "Dorothy", "Gladys", "Maud", "Ada"],
        ["Ray", "Keiran", "Brett", "Curtis", "Dexter", "Fletcher", "Gideon", "Hadley", "Jenson", "Kobe", "Marley", "Nate", "Oakley", "Rocco",
         "Tobey", "Vinny", "Zack", "Alby", "Bertie", "Cassius", "Digby", "Ernie", "Gus", "Herbie", "Ivor", "Jed", "Monty", "Norris", "Otis",
         "Quentin", "Ralph", "Ted", "Vic", "Eddie", "Reg", "Ron", "Sid", "Baz", "Jez", "Des", "Cody", "Noah", "Jarrod", "Lucas", "Tristan", "Wade"],
        ["Spinks", "Thurlow", "Goymer", "Catchpole", "Blowers", "Gooderham", "Lusher", "Rix", "Bugg", "Seago", "Thrower", "Sizeland", "Dack",
         "Gedge", "Juby", "Brundle", "Cossey", "Thirtle", "Kerrison", "Nudd", "Wegg", "Futter", "Flatman", "Gotobed", "Hickling", "Wragg",
         "Bestwick", "Toplis", "Allsop", "Gratton", "Mellors", "Daykin", "Flewitt", "Shacklock", "Cupit", "Bonser", "Greasley", "Widdowson",
         "Housley", "Codd", "Dunderdale", "Odling", "Scrimshaw", "Bemrose", "Sharpley", "Wass", "Tuplin", "Grummitt", "Wiffen", "Tabor",
         "Ketley", "Threadgold", "Pudney", "Mothersole", "Chilvers", "Larter", "Beales", "Loades", "Mobbs", "Everitt", "Goddard", "Plumb",
         "Spurling", "Sparkes", "Tillett", "Cubitt", "Gowing", "Durrant", "Feek", "Wigg", "Farrow"]),
    "welsh": (
        ["Bronwen", "Luned", "Rhian", "Eiry", "Gwyneira", "Haulwen", "Morwenna", "Rhonwen", "Siwsan", "Gwerful", "Annest", "Mallt"],
        ["Dafi", "Elgan", "Heddwyn", "Ioan", "Llewelyn", "Maldwyn", "Meurig", "Nefydd", "Rhidian", "Eurig", "Ithel"],
        ["Gruffudd", "Mostyn", "Penry", "Pennant", "Rhydderch", "Puw", "Cynwyd", "Eyton", "Lougher", "Pardoe", "Madog"]),
    "scottish": (
        ["Beitris", "Aileas", "Catriana", "Greer", "Tibby", "Teenie", "Sìne"],
        ["Ruaraidh", "Jock", "Dougal", "Crawford", "Donnie", "Fingal", "Ranald", "Somerled", "Wullie", "Eck"],
        ["MacGillivray", "Macintosh", "Maclennan", "Pitcairn", "Rintoul", "Scobie", "Shand", "Souter", "Tosh", "Wemyss", "Auchterlonie",
         "Gemmell", "Hislop", "Lauder", "Rutherford", "Ballantyne"]),
    "irish": (
        ["Sinéad", "Maeve", "Gobnait", "Nessa", "Ríonach", "Aoibh", "Blánaid", "Cáit", "Deirbhle", "Etáin", "Liadan", "Mairead", "Muirne"],
        ["Conor", "Dáithí", "Gearóid", "Lochlann", "Mánus", "Rónán", "Séamus", "Aodhán", "Bréanainn", "Colmán", "Cuán", "Donnchadh"],
        ["Dunne", "Kinsella", "Whelan", "Coughlan", "Moynihan", "Mulvihill", "O'Dwyer", "O'Mahony", "Ó Néill", "Mac Craith", "Nagle",
         "Phelan", "Tobin", "Carey", "Hurley", "Keohane", "Lenehan", "Madden", "O'Keeffe", "Shanahan", "Sheehy", "Twomey", "Ó Catháin"]),
}
UK_WEIGHTS = {"english": 7, "welsh": 1.2, "scottish": 1.2, "irish": 1.4}
IRISH_FEMININE = {"Ó Néill": "Ní Néill", "Mac Craith": "Nic Craith", "Ó Catháin": "Ní Chatháin"}
OTHER = {
    "polish": (["Patrycja", "Kinga", "Dorota", "Izabela", "Marta", "Bożena", "Grażyna", "Jadwiga", "Lucyna", "Milena", "Oliwia", "Sylwia", "Wioletta", "Halina", "Urszula", "Edyta"],
               ["Sebastian", "Adrian", "Rafał", "Jarosław", "Czesław", "Dariusz", "Ireneusz", "Janusz", "Leszek", "Mirosław", "Norbert", "Stanisław", "Zbigniew", "Wiesław", "Kazimierz"],
               ["Kowalczyk", "Wojciechowski", "Jankowski", "Pawlak", "Wieczorek", "Szczepański", "Grabowski", "Zawadzki", "Kozłowski", "Majewski",
                "Ostrowski", "Pietrzak", "Sadowski", "Walczak", "Zalewski", "Chmielewski", "Borkowski", "Czarnecki"]),
    "romanian": (["Bianca", "Larisa", "Georgiana", "Alexandra", "Ramona", "Loredana", "Anca", "Corina", "Florentina", "Luminița", "Mirela", "Nicoleta", "Teodora", "Viorica"],
                 ["Gabriel", "Cosmin", "Ovidiu", "Liviu", "Nicolae", "Sergiu", "Alin", "Claudiu", "Dorin", "Eugen", "Lucian", "Mihail", "Petru", "Silviu", "Viorel"],
                 ["Radu", "Matei", "Enache", "Vasile", "Niculae", "Bălan", "Cojocaru", "Ungureanu", "Barbu", "Ciobotaru", "Dinu", "Florea", "Ghiță",
                  "Iordache", "Mocanu", "Nistor", "Oprea", "Pîrvu", "Sandu", "Zamfir"]),
    "lithuanian": (["Agnė", "Aistė", "Jurgita", "Eglė", "Vaida", "Dalia", "Inga", "Milda", "Neringa", "Rasa", "Vilma", "Živilė", "Austėja", "Gabija"],
                   ["Mindaugas", "Arūnas", "Giedrius", "Tadas", "Saulius", "Aurimas", "Donatas", "Edvinas", "Gediminas", "Justinas", "Kęstutis", "Laurynas", "Nerijus", "Rimantas", "Vytautas", "Žilvinas"],
                   ["Butkus", "Paulauskas", "Urbonas", "Navickas", "Sakalauskas", "Ramanauskas", "Rimkus", "Balčiūnas", "Grigas", "Mockus", "Norkus",
                    "Šimkus", "Vaitkus", "Jonaitis", "Kavaliauskas"]),
    "somali": (["Asli", "Deeqa", "Shukri", "Hamdi", "Fadumo", "Hawa", "Istahil", "Qamar", "Sucaad", "Ubax", "Xaliimo", "Ifrah"],
               ["Abdiwali", "Cabdi", "Mustafe", "Abdirizak", "Bile", "Cawil", "Dahir", "Faysal", "Garaad", "Jibriil", "Khadar", "Mahamed", "Sakariye"],
               ["Dualeh", "Abdillahi", "Barre", "Cali", "Gedi", "Jibril", "Nuur", "Qasim", "Samater", "Xasan", "Geedi", "Shire"]),
    "eritrean": (["Yohana", "Luwam", "Almaz", "Freweini", "Hiwet", "Kidan", "Mekdes", "Semhar", "Winta", "Yordanos"],
                 ["Filmon", "Mehari", "Amanuel", "Biniam", "Efrem", "Habtom", "Isaias", "Kibrom", "Natnael", "Tewelde", "Yemane"],
                 ["Ghebremedhin", "Woldu", "Andemariam", "Asmerom", "Ghebreyesus", "Haile", "Kahsay", "Mengistu", "Negassi", "Okbazghi", "Russom", "Tesfai", "Weldemichael", "Zerai"]),
    "afghan": (["Nilofar", "Marwa", "Freshta", "Hadia", "Laila", "Mahbooba", "Nazanin", "Shabnam", "Soraya", "Zohal"],
               ["Najib", "Zabihullah", "Ahmad-Zia", "Baryalai", "Hamidullah", "Jawid", "Mirwais", "Naqibullah", "Rahmatullah", "Wali"],
               ["Ahmadzai", "Sultani", "Noori", "Durrani", "Ghani", "Jalali", "Mohmand", "Niazi", "Yousufzai"]),
    "pakistani": (["Rukhsana", "Sana", "Fozia", "Ghazala", "Irum", "Mahnoor", "Nighat", "Samina"],
                  ["Nadeem", "Shahid", "Ahsan", "Danish", "Ehsan", "Farhan", "Ghulam", "Imtiaz", "Khurram", "Mudassar", "Qaiser"],
                  ["Malik", "Abbasi", "Jatoi", "Khokhar", "Mughal", "Nawaz", "Rathore", "Shaikh", "Warraich"]),
    "bangladeshi": (["Taslima", "Shapla", "Afroza", "Dilruba", "Fahmida", "Hasina", "Jesmin", "Lipi", "Momtaz", "Rehana", "Shammi"],
                    ["Jamal", "Kamrul", "Rubel", "Shahin", "Badrul", "Delwar", "Enamul", "Habibur", "Jashim", "Lutfur", "Nurul", "Saiful"],
                    ["Sikder", "Rahim", "Bepari", "Haque", "Kabir", "Majumder", "Mridha", "Patwary", "Sheikh"]),
    "indian": (["Krupa", "Rupal", "Bhumika", "Chandni", "Daksha", "Falguni", "Harsha", "Jigna", "Kajal", "Leena", "Mitali", "Nayna", "Pooja", "Rekha", "Sonal", "Trupti"],
               ["Hitesh", "Jaswinder", "Gurdeep", "Sandeep", "Mayur", "Ashwin", "Bharat", "Chirag", "Girish", "Jitendra", "Kuldip", "Manoj", "Paresh", "Rajesh", "Vipul"],
               ["Tailor", "Bhatt", "Dhanani", "Gohil", "Jadeja", "Kotecha", "Mehta", "Modha", "Ruparelia", "Thakrar", "Atwal", "Sahota", "Virdi"]),
    "nigerian": (["Bukola", "Chinwe", "Ngozika", "Abimbola", "Chidinma", "Ebunoluwa", "Folasade", "Ijeoma", "Modupe", "Omolara", "Yewande"],
                 ["Tochukwu", "Chukwudi", "Ikechukwu", "Oluwaseun", "Rotimi", "Tunji", "Uzoma", "Chibuzor", "Dapo"],
                 ["Adebisi", "Nnaji", "Adeyemo", "Akande", "Ekwueme", "Obiora", "Onuoha", "Oyebanji", "Umeh"]),
    "ghanaian": (["Yaa", "Esi", "Afua", "Akua", "Ekua", "Maame", "Serwaa", "Adjoa", "Dzifa"],
                 ["Fiifi", "Kwadwo", "Ebo", "Kodwo", "Selorm", "Yao", "Kwamena"],
                 ["Quaye", "Addo", "Amoah", "Antwi", "Asamoah", "Badu", "Frimpong", "Gyamfi", "Kyei", "Nkansah", "Opoku", "Sarpong", "Tetteh"]),
    "zimbabwean": (["Chiedza", "Tatenda", "Rumbidzai", "Fadzai", "Memory", "Ropafadzo", "Shingai", "Tariro", "Vimbai"],
                   ["Tawanda", "Kudakwashe", "Blessing", "Fungai", "Itai", "Munyaradzi", "Panashe", "Takudzwa", "Tonderai"],
                   ["Mlambo", "Dube", "Makoni", "Gumbo", "Mutendi", "Zvobgo", "Chinembiri"]),
    "jamaican": (["Sharlene", "Paulette", "Sherika", "Claudette", "Hyacinth", "Joycelyn", "Merline", "Novlette", "Tamika", "Yolanda"],
                 ["Errol", "Clinton", "Fitzroy", "Glenroy", "Hopeton", "Linval", "Neville", "Oneil", "Uriah"],
                 ["Reid", "Francis", "Whyte", "Dacres", "Barrett", "Bryan", "Chambers", "Ebanks", "Lindo", "McFarlane", "Simpson"]),
    "chinese": (["Xiaoyan", "Lihua", "Xinyi", "Suk Yee"], ["Zhi Peng", "Chi Keung", "Kin Chung", "Yiu Fai", "Haoran"],
                ["Zhao", "Fung", "Kwok", "Mak", "Yeung"]),
    "vietnamese": (["Bich", "Ngan", "Tuyet Mai"], ["Hung", "Khoa", "Trung", "Viet"], ["Duong", "Ngo", "Trinh", "Luu", "Doan"]),
    "turkish": (["Sevgi", "Derya", "Hatice", "Gülsen", "Ebru", "Aysel", "Dilek", "Emine", "Filiz", "Nurcan", "Özlem", "Şükran"],
                ["Serkan", "Hakan", "Murat", "Volkan", "Ercan", "Cengiz", "Erdal", "Kemal", "Levent", "Orhan", "Tuncay"],
                ["Çelik", "Şahin", "Doğan", "Arslan", "Koç", "Polat", "Aksoy", "Güneş", "Kılıç", "Korkmaz", "Özdemir", "Yıldız"]),
    "kurdish": (["Hêvî", "Avesta", "Bêrîvan", "Gulistan", "Jiyan", "Nazê", "Rojda", "Şîrîn"],
                ["Rekan", "Soran", "Dilovan", "Goran", "Hejar", "Kawa", "Rênas", "Sherko"],
                ["Karim", "Mahmud", "Barzani", "Amedi", "Doski", "Hawramani", "Kakayi", "Mirani", "Sindi", "Zebari"]),
    "syrian": (["Nour", "Hala", "Ruba", "Aya", "Manar", "Yara"], ["Khaled", "Mazen", "Tarek", "Bassel", "Hussam", "Nizar", "Samer"],
               ["Alloush", "Al-Masri", "Al-Homsi", "Barakat", "Hallak", "Jabri", "Kabbani", "Qabbani", "Zaitoun"]),
    "romany": (["Britannia", "Lenda", "Sinaminta", "Mizelli", "Athaliah", "Defiance", "Reina", "Tryphena"],
               ["Jobey", "Sylvester", "Wisdom", "Absalom", "Goliath", "Manfri", "Neptune", "Righteous"],
               ["Eastwood", "Doe", "Hedges", "Wells", "Woodward"]),
    "traveller": (["Bridgie", "Margie", "Kitty", "Nonie", "Tessie", "Annie-Mae"], ["Mossie", "Dinny", "Ned", "Jody", "Jacko"],
                  ["Cawley", "McInerney", "Sherlock", "Donohue", "Gorman", "Harty", "Furey", "Casey", "Rooney"]),
    "roma": (["Klaudia", "Silvia", "Žaneta", "Ivana", "Kristína", "Nikoleta", "Romana"], ["Tibor", "Jozef", "Kristián", "Dušan", "Marián", "Rudolf", "Vojtech"],
             ["Kotlár", "Lăcătuș", "Bandy", "Gunár", "Červeňák", "Holub", "Lakatoš", "Mižigár"]),
}
# Names that are also ordinary words: kept on purpose (the other parts keep them out of their pools).
WORDNAMES = (["Hope", "Rose", "Grace", "Joy", "Summer", "Sunny"], ["Will", "Mark", "Rich", "Sunny"],
             ["Young", "Brown", "Bishop", "Hunter", "Rich"])
NICKNAMES = {"Hattie": "Hat", "Dorothy": "Dot", "Winifred": "Winnie", "Bertie": "Bert", "Gideon": "Gid", "Cassius": "Cass",
             "Kudakwashe": "Kuda", "Tochukwu": "Tochi", "Jaswinder": "Jas", "Zabihullah": "Zabi", "Mindaugas": "Mindis",
             "Rumbidzai": "Rumbi", "Alexandra": "Sasha", "Stanisław": "Staszek", "Oluwaseun": "Seun", "Ebunoluwa": "Ebun",
             "Absalom": "Abbie", "Sylvester": "Sly", "Fitzroy": "Fitz", "Gearóid": "Gerry", "Donnchadh": "Donie", "Munyaradzi": "Munya",
             "Araminta": "Minty", "Clemency": "Clem", "Llewelyn": "Llew", "Maldwyn": "Mal", "Somerled": "Sorley"}
FAKER_LOCALES = ["fr_QC", "ru_RU", "el_GR"]
RU = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "Yo", "Ж": "Zh", "З": "Z", "И": "I", "Й": "Y", "К": "K",
      "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts",
      "Ч": "Ch", "Ш": "Sh", "Щ": "Shch", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "Yu", "Я": "Ya"}
GR = {"Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "Th", "Ι": "I", "Κ": "K", "Λ": "L", "Μ": "M",
      "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P", "Ρ": "R", "Σ": "S", "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "Ch", "Ψ": "Ps", "Ω": "O"}
# Words the documents use as words or as the names of places, rooms, funds and people of history: no one drawn freely has them.
TRAP_WORDS = trial.TRAP_WORDS | {"Cavell", "Edith", "Paine", "Boole", "Tennyson", "Newton", "Clough", "Fry", "Nelson", "Constable",
                                 "Gainsborough", "Boudicca", "Hereward", "Lawrence", "Byron", "Hood", "Robin", "Wolsey", "Kempe",
                                 "Margery", "Botolph", "Felix", "Julian", "Bede", "Ely", "Wash", "Fen", "Broad", "Yare", "Wensum",
                                 "Orwell", "Deben", "Colne", "Trent", "Soar", "Witham", "Nene", "Welland", "Derwent", "Hope", "Rose",
                                 "Grace", "Joy", "Summer", "Sunny", "Will", "Mark", "Rich", "Young", "Brown", "Bishop", "Hunter",
                                 "Braithwaite", "Christie", "Zehr", "Strang", "Shapland", "Hopkins", "Marshall", "Wachtel",
                                 "Thomas", "Isaac", "George", "Alfred", "Elizabeth", "Castle", "Abbey", "Minster", "Cathedral",
                                 "Lincoln", "Boston", "Derby", "Leicester", "Norwich", "Ipswich", "Colchester", "Corby", "Harlow"}
_WORD_TRAPS = {w for group in WORDNAMES for w in group}

# ------------------------------------------------------------------------------------------ places

# (town, postcode districts, dialling code, force)
TOWNS = [("Lincoln", ["LN1", "LN2", "LN5", "LN6"], "01522", "LI"), ("Boston", ["PE21"], "01205", "LI"), ("Skegness", ["PE25"], "01754", "LI"),
         ("Grantham", ["NG31"], "01476", "LI"), ("Gainsborough", ["DN21"], "01427", "LI"), ("Spalding", ["PE11"], "01775", "LI"),
         ("Nottingham", ["NG3", "NG5", "NG6", "NG7", "NG8"], "0115", "NT"), ("Mansfield", ["NG18", "NG19"], "01623", "NT"),
         ("Newark", ["NG24"], "01636", "NT"), ("Derby", ["DE1", "DE22", "DE23", "DE24"], "01332", "DE"), ("Chesterfield", ["S40", "S41"], "01246", "DE"),
         ("Leicester", ["LE2", "LE3", "LE4", "LE5"], "0116", "LE"), ("Loughborough", ["LE11"], "01509", "LE"),
         ("Northampton", ["NN1", "NN3", "NN5"], "01604", "NN"), ("Corby", ["NN17", "NN18"], "01536", "NN"),
         ("Norwich", ["NR1", "NR2", "NR3", "NR5", "NR7"], "01603", "NF"), ("Great Yarmouth", ["NR30", "NR31"], "01493", "NF"),
         ("King's Lynn", ["PE30"], "01553", "NF"), ("Thetford", ["IP24"], "01842", "NF"),
         ("Ipswich", ["IP1", "IP2", "IP3", "IP4"], "01473", "SF"), ("Lowestoft", ["NR32", "NR33"], "01502", "SF"),
         ("Bury St Edmunds", ["IP32", "IP33"], "01284", "SF"), ("Colchester", ["CO1", "CO2", "CO4"], "01206", "EX"),
         ("Chelmsford", ["CM1", "CM2"], "01245", "EX"), ("Basildon", ["SS14", "SS15", "SS16"], "01268", "EX"),
         ("Southend-on-Sea", ["SS1", "SS2"], "01702", "EX"), ("Harlow", ["CM18", "CM20"], "01279", "EX"), ("Clacton-on-Sea", ["CO15"], "01255", "EX")]
STREETS = {
    "Lincoln": ["Monks Road", "Sincil Bank", "Carholme Road", "Ermine Close"], "Boston": ["Skirbeck Road", "Tattershall Road", "Fydell Crescent"],
    "Skegness": ["Lumley Avenue", "Roman Bank", "Drummond Road"], "Grantham": ["Harrowby Lane", "Barrowby Road", "Dysart Road"],
    "Gainsborough": ["Trinity Street", "Lea Road", "Ropery Road"], "Spalding": ["Pinchbeck Road", "Holbeach Road", "Winsover Road"],
    "Nottingham": ["Hucknall Road", "Sneinton Dale", "Radford Boulevard", "Bilborough Road", "Carlton Hill"],
    "Mansfield": ["Ladybrook Lane", "Nottingham Road", "Rosemary Street"], "Newark": ["Balderton Gate", "Boundary Road", "Hawtonville Avenue"],
    "Derby": ["Normanton Road", "Uttoxeter New Road", "Osmaston Park Road", "Sinfin Lane"],
    "Chesterfield": ["Sheffield Road", "Whittington Moor Lane", "Brampton Avenue"],
    "Leicester": ["Narborough Road", "Belgrave Gate", "Melton Road", "Humberstone Lane", "Braunstone Avenue"],
    "Loughborough": ["Ashby Road", "Storer Road", "Thorpe Acre Road"], "Northampton": ["Wellingborough Road", "Kettering Road", "Kingsthorpe Grove"],
    "Corby": ["Studland Road", "Rockingham Road", "Weldon Rise"],
    "Norwich": ["Dereham Road", "Magdalen Street", "Plumstead Road", "Earlham Grove", "Bowthorpe Road"],
    "Great Yarmouth": ["Southtown Road", "Northgate Street", "Nelson Road Central"], "King's Lynn": ["Gaywood Road", "Loke Road", "Tennyson Avenue"],
    "Thetford": ["Mundford Road", "Icknield Way", "Castle Street"], "Ipswich": ["Norwich Road", "Felixstowe Road", "Nacton Road", "Cemetery Road"],
    "Lowestoft": ["London Road South", "Kirkley Run", "Raglan Street"], "Bury St Edmunds": ["Out Westgate", "Cotton Lane", "Hospital Road"],
    "Colchester": ["Maldon Road", "Greenstead Road", "Hythe Hill"], "Chelmsford": ["Moulsham Street", "Broomfield Road", "Writtle Road"],
    "Basildon": ["Vange Hill Drive", "Whitmore Way", "Clay Hill Road"], "Southend-on-Sea": ["Southchurch Road", "Hamlet Court Road", "Sutton Road"],
    "Harlow": ["Fennells", "Carters Mead", "Paringdon Road"], "Clacton-on-Sea": ["Pier Avenue", "Old Road", "Holland Road"],
}
BLOCKS = {"LI": ["Brayford Court", "Witham Wharf", "St Botolph's House"], "NT": ["Meadows Court", "Lace Market Heights", "Canal Side House"],
          "DE": ["Riverlights House", "Cathedral Green Court"], "LE": ["Soar Point", "Belgrave Court", "Highcross Lofts"],
          "NN": ["Nene View", "Becket's Court"], "NF": ["Wensum Lodge Flats", "Riverside Court", "Anglia Square House"],
          "SF": ["Orwell Quay", "Claydon Court"], "EX": ["Hythe Quay Apartments", "Kingsley Tower", "Pier View Court"]}
RURAL = {"LI": [("The Old Forge", "Church End", "Wrangle, Boston", "PE22", "01205"), ("Marsh Farm Cottage", "Sea Lane", "Ingoldmells, Skegness", "PE25", "01754"),
                ("Willow Garth", "Main Street", "Scotter, Gainsborough", "DN21", "01724")],
         "NF": [("Saxlingham Barn", "The Street", "Hethel, Norwich", "NR14", "01508"), ("Reed End", "Staithe Road", "Ludham, Great Yarmouth", "NR29", "01692"),
                ("Kett's Oak Cottage", "Back Lane", "Wymondham", "NR18", "01953")],
         "SF": [("Hill House Farm", "Mill Road", "Debenham, Stowmarket", "IP14", "01728"), ("The Granary", "Low Street", "Wenhaston, Halesworth", "IP19", "01502")],
         "EX": [("Tollesbury Cottage", "Woodrolfe Road", "Tollesbury, Maldon", "CM9", "01621"), ("Brook Hall Lodge", "Colchester Road", "Great Bromley, Colchester", "CO7", "01206")]}
SCHOOLS = ["Brayford Vale Academy", "Wensum Heath High School", "Orwell Fields Academy", "Colne Meadows School", "Sherwood Edge Academy",
           "Fenland Spires Academy", "Breckland Pines School", "Hollowell Brook Academy", "St Botolph's Church of England Academy",
           "Bramcote Ridge School", "Soke Lane Academy", "Marsh Road Community College"]
PRIMARY = ["Yare Meadows Primary School", "Ancholme Primary School", "Deben Heath Primary School", "Sneinton Vale Primary School",
           "Normanton Park Infant and Junior School"]
PRISONS = ["HMP Lincoln", "HMP North Sea Camp", "HMP Nottingham", "HMP Lowdham Grange", "HMP Ranby", "HMP Whatton",
           "HMP Leicester", "HMP Gartree", "HMP Stocken", "HMP Norwich", "HMP Bure", "HMP Wayland", "HMP Highpoint", "HMP Warren Hill",
           "HMP Chelmsford", "HMYOI Glen Parva"]
COURTS = ["Lincoln Magistrates' Court", "Boston Magistrates' Court", "Nottingham Magistrates' Court", "Derby Magistrates' Court",
          "Leicester Youth Court", "Northampton Crown Court", "Norwich Magistrates' Court", "Ipswich Crown Court", "Colchester Magistrates' Court",
          "Chelmsford Crown Court", "Southend Magistrates' Court", "King's Lynn Magistrates' Court"]
VENUES = ["the Edith Cavell Room at the Forum, Norwich", "the Thomas Paine Centre, Thetford", "Sincil Bank Community Hub", "the Boole Room, Lincoln Central Library",
          "Sneinton Market Rooms", "the Newton Suite, Grantham Guildhall", "Belgrave Neighbourhood Centre", "Hythe Community Centre, Colchester",
          "the Quaker Meeting House, Upper Goat Lane", "Kirkley Centre, Lowestoft", "the Tennyson Room, Louth Library"]
_GENERIC = blind._GENERIC | probe._GENERIC | trial._GENERIC | {"Gate", "Boulevard", "Dale", "Run", "Hill", "Moor", "Bank", "Wharf", "Lodge",
                                                           "Flats", "Square", "House", "Court", "Quay", "Tower", "View", "Barn", "Cottage",
                                                           "Forge", "Garth", "Staithe", "Farm", "Granary", "Academy", "School", "College",
                                                           "Church", "England", "Community", "Primary", "Infant", "Junior", "HMP", "HMYOI",
                                                           "Camp", "Magistrates'", "Crown", "Youth", "Centre", "Room", "Suite", "Market",
                                                           "Rooms", "Neighbourhood", "Quaker", "Meeting", "Upper", "Library", "Central", "the",
                                                           "at", "of", "and", "on", "Sea", "Main", "End", "Back", "Low", "Road", "Lane"}
_PLACE_WORDS = {w for text in [t for t, *_ in TOWNS] + [s for v in STREETS.values() for s in v] + [b for v in BLOCKS.values() for b in v]
                + [" ".join(r) for v in RURAL.values() for r in v] + SCHOOLS + PRIMARY + PRISONS + COURTS + VENUES
                for w in re.split(r"[\s,\-]+", text) if w} - _GENERIC
_STAFF_WORDS = {w for s in STAFF for w in s.split()}
INWARD = blind.INWARD
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FORCES = {"LI": ("Lincolnshire Police", "lincs.police.uk", "32"), "NT": ("Nottinghamshire Police", "notts.police.uk", "30"),
          "DE": ("Derbyshire Constabulary", "derbyshire.police.uk", "31"), "LE": ("Leicestershire Police", "leics.police.uk", "33"),
          "NN": ("Northamptonshire Police", "northants.police.uk", "34"), "NF": ("Norfolk Constabulary", "norfolk.police.uk", "36"),
          "SF": ("Suffolk Constabulary", "suffolk.police.uk", "37"), "EX": ("Essex Police", "essex.police.uk", "42")}
REGIONS = {"lincs": ["LI"], "notts": ["NT"], "derbys": ["DE"], "leics": ["LE"], "northants": ["NN"], "norfolk": ["NF"], "suffolk": ["SF"],
           "essex": ["EX"], "em": ["LI", "NT", "DE", "LE", "NN"], "ea": ["NF", "SF", "EX"], "local": list(FORCES)}
MEMORY = {"LI": "F", "NT": "F", "DE": "F", "LE": "F", "NN": "F", "NF": "A", "SF": "A", "EX": "E"}
MAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "sky.com", "live.co.uk",
        "mail.com", "proton.me", "ntlworld.com", "hotmail.com", "googlemail.com"]
MAIL_BY_ORIGIN = {"polish": ["wp.pl", "onet.pl", "interia.pl"], "romanian": ["yahoo.ro", "gmail.com"], "lithuanian": ["gmail.com", "inbox.lt"],
                  "fr_QC": ["videotron.ca", "gmail.com"], "ru_RU": ["mail.ru", "yandex.ru"], "el_GR": ["yahoo.gr", "gmail.com"],
                  "turkish": ["hotmail.com", "gmail.com"]}
AGE_ID = ["05", "55", "08", "58", "11", "61", "13", "63", "14", "64", "15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20",
          "70", "21", "71", "22", "72", "23", "73", "24", "74", "25", "75"]


def _banned() -> set[str]:
    """Every word of a name in the other parts' pools, the staff, the trap words and the places."""
    banned = trial._banned() | _STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS
    for fem, mal, last in (*trial.UK.values(), *trial.OTHER.values()):
        for n in (*fem, *mal, *last):
            banned |= _words(n)
    banned |= {w for k, n in trial.NICKNAMES.items() for w in _words(k) | _words(n)}
    banned |= {w for d in (trial.IRISH_FEMININE, trial.POLISH_FEMININE) for v in d.values() for w in _words(v)}
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


def _greek(name: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    s = s.replace("ς", "σ")
    for a, b in (("ΟΥ", "OU"), ("Ου", "Ou"), ("ου", "ou"), ("ΑΥ", "AV"), ("αυ", "av"), ("ΕΥ", "EV"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk")):
        s = s.replace(a, b)
    if s[:2] in ("Μπ", "ΜΠ"):
        s = "B" + s[2:]
    if s[:2] in ("Ντ", "ΝΤ"):
        s = "D" + s[2:]
    out = trial._translit(s, GR)
    return out


class Names:
    """Draws (first, last, origin) for a person; deterministic for a given rng."""

    def __init__(self) -> None:
        import warnings

        from faker import Faker

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = {loc: Faker(loc) for loc in FAKER_LOCALES}
        self.uk, self.other_pools, self.dropped = _pools()
        self.banned = _banned()
        self.deck: list[str] = []

    def _source(self, rng: random.Random) -> str:
        if not self.deck:
            self.deck = ["uk"] * 12 + ["other"] * 6 + ["faker"] * 2
            rng.shuffle(self.deck)
        return self.deck.pop()

    def _faker(self, o: str, rng: random.Random, female: bool, stem: str | None) -> tuple[str, str]:
        fk = self.fakers[o]
        fk.seed_instance(rng.randint(0, 10**9))
        if o == "fr_QC":
            first = (fk.first_name_female() if female else fk.first_name_male()).split()[0]
            return first, stem or fk.last_name().split()[0]
        first = fk.first_name_female() if female else fk.first_name_male()
        last = stem or fk.last_name_male()
        if o == "ru_RU":
            first = trial._translit(first, RU)
            last = last if stem else trial._translit(last, RU)
        else:
            first = _greek(first)
            last = last if stem else _greek(last)
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
            if o == "word":
                fem, mal, surnames = WORDNAMES
                first = rng.choice(fem if female else mal)
                last = stem or rng.choice(surnames if rng.random() < 0.6 else self.uk["english"][2])
                if first == last or _words(first + " " + last) & _STAFF_WORDS:
                    continue
                return first, last, o
            if o in self.uk or o in self.other_pools:
                fem, mal, surnames = self.uk.get(o) or self.other_pools[o]
                first, last = rng.choice(fem if female else mal), stem or rng.choice(surnames)
            else:
                first, last = self._faker(o, rng, female, stem)
            words = _words(first) | _words(last)
            if stem is not None:
                words = _words(first)
            if words & self.banned and o not in self.uk and o not in self.other_pools:
                continue
            if not (_latin(first) and _latin(last)) or words & (_STAFF_WORDS | TRAP_WORDS | _PLACE_WORDS) or first == last:
                continue
            if len(first) < 3 or len(last) < 2:
                continue
            return first, last, o
        raise RuntimeError("no name")


def _feminine(origin: str, stem: str, age: int) -> str:
    if origin == "irish":
        return IRISH_FEMININE.get(stem, stem)
    if origin == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    if origin == "lithuanian":
        if age >= 24:  # the married form
            for m, f in (("ius", "ienė"), ("as", "ienė"), ("is", "ienė"), ("us", "uvienė")):
                if stem.endswith(m):
                    return stem[: -len(m)] + f
        for m, f in (("ius", "iūtė"), ("as", "aitė"), ("is", "ytė"), ("us", "utė")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    if origin == "ru_RU":
        if stem.endswith(("ov", "ev", "in", "yn")):
            return stem + "a"
        if stem.endswith(("skiy", "skii", "skoy")):
            return stem[:-4] + "skaya"
        if stem.endswith(("iy", "oy", "yy")):
            return stem[:-2] + "aya"
    if origin == "el_GR":
        for m, f in (("os", "ou"), ("is", "i"), ("as", "a")):
            if stem.endswith(m):
                return stem[: -len(m)] + f
    return stem


def _passport_foreign(rng: random.Random, origin: str) -> tuple[str, str]:
    """(nationality, passport number) in the style of a country for someone of this origin."""
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return {
        "polish": ("Polish", f"E{up(1)}{digits(7)}"), "romanian": ("Romanian", f"05{digits(7)}"), "lithuanian": ("Lithuanian", f"2{digits(7)}"),
        "somali": ("Somali", f"P{digits(8)}"), "eritrean": ("Eritrean", f"E{up(1)}{digits(6)}"), "afghan": ("Afghan", f"P0{digits(7)}"),
        "pakistani": ("Pakistani", f"{up(2)}{digits(7)}"), "bangladeshi": ("Bangladeshi", f"A{digits(8)}"), "indian": ("Indian", f"{up(1)}{digits(7)}"),
        "nigerian": ("Nigerian", f"B{digits(8)}"), "ghanaian": ("Ghanaian", f"G{digits(7)}"), "zimbabwean": ("Zimbabwean", f"FN{digits(6)}"),
        "jamaican": ("Jamaican", f"A{digits(7)}"), "chinese": ("Chinese", f"E{digits(8)}"), "vietnamese": ("Vietnamese", f"C{digits(7)}"),
        "turkish": ("Turkish", f"U{digits(8)}"), "kurdish": ("Iraqi", f"A{digits(8)}"), "syrian": ("Syrian", f"N{digits(9)}"),
        "roma": ("Slovak", f"{up(2)}{digits(7)}"), "irish": ("Irish", f"P{up(1)}{digits(7)}"), "traveller": ("Irish", f"P{up(1)}{digits(7)}"),
        "fr_QC": ("Canadian", f"{up(2)}{digits(6)}"), "ru_RU": ("Russian", f"75{digits(7)}"), "el_GR": ("Greek", f"{up(2)}{digits(7)}"),
    }.get(origin, ("British", str(rng.randint(100000000, 699999999))))


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
        self.nick = NICKNAMES.get(first, first)
        middle_pool = ["Louise", "Marie", "Ann", "Jayne", "Victoria"] if self.female else ["James", "Lee", "John", "Robert", "Paul"]
        self.middle = rng.choice(middle_pool) if rng.random() < 0.3 and o in ("english", "welsh", "scottish", "irish") else ""
        self.dob = TODAY - dt.timedelta(days=365 * target + rng.randint(20, 340))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        forces = REGIONS[region]
        fixed_town = town is not None
        town, districts, code, force = rng.choice([t for t in TOWNS if (t[0] == town if town else t[3] in forces)])
        self.force_key = force
        self.town, self.district = town, rng.choice(districts)
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.street = rng.choice(STREETS[town])
        home = home or rng.choices(["house", "flat", "letter", "rural"], weights=[60, 20, 8, 12])[0]
        if home == "rural" and (force not in RURAL or fixed_town):
            home = "house"
        self.line1 = ""
        if home == "house":
            self.addr = f"{rng.randint(1, 180)} {self.street}"
        elif home == "letter":
            self.addr = f"{rng.randint(1, 90)}{rng.choice('ab')} {self.street}"
        elif home == "flat":
            self.line1 = f"Flat {rng.randint(1, 40)}, {rng.choice(BLOCKS[force])}"
            self.addr = f"{self.line1}, {rng.randint(2, 120)} {self.street}"
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
        self.mobile = self.mob[rng.choice(["sp", "sp", "sp", "sp3", "tight", "intl", "dash"])]
        self.lands = trial._landlines(rng, code)
        self.landline = self.lands[rng.choice(["std", "std", "br", "old"])]
        fa = re.sub(r"[^a-z]", "", blind._ascii(first.replace("ł", "l").replace("Ł", "L")).lower())
        la = re.sub(r"[^a-z]", "", blind._ascii(self.last.replace("ł", "l").replace("Ł", "L")).lower())
        yy = f"{self.dob.year % 100:02d}"
        nick = re.sub(r"[^a-z]", "", blind._ascii(self.nick.replace("ł", "l")).lower()) or fa
        local = rng.choice([f"{fa}.{la}", f"{fa}{la}{yy}", f"{fa}_{la}", f"{la}{fa[0]}{rng.randint(1, 99)}", f"{fa[0]}{la}",
                            f"{nick}{yy}", f"{fa}.{la}{rng.randint(1, 9)}", f"{la}.{fa}", f"{fa}{rng.randint(100, 999)}", f"{nick}x{la}"])
        domain = rng.choice(MAIL_BY_ORIGIN.get(o, MAIL) if rng.random() < 0.5 else MAIL)
        self.email = f"{local}@{domain}"
        self.email_plus = f"{fa}.{la}+{rng.choice(['rj', 'council', 'school', 'post'])}@gmail.com"
        self.email_dots = f"{fa}.{la[0]}.{yy}@{rng.choice(['gmail.com', 'btinternet.com', 'outlook.com'])}"
        self.work = f"{fa}.{la}" if rng.random() < 0.7 else f"{fa[0]}{la}"
        self.nhs = nhs_number(rng)
        self.ni = ni_number(rng)
        self.passport = str(rng.randint(100000000, 699999999))
        self.nationality, self.passport_for = _passport_foreign(rng, o)
        self.licence = trial.dvla(self.last, first, self.middle, self.dob, self.female, rng)
        self.licence_issue = f"{rng.randint(10, 99)}"
        self.licence_ni = f"{rng.randint(1, 9)}{rng.randint(1000000, 9999999)}"
        mem = MEMORY[force]
        self.vrm = f"{mem}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(AGE_ID)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_old = f"{rng.choice('MNPRSTVWXY')}{rng.randint(1, 999)} {''.join(rng.choice(LETTERS) for _ in range(3))}"
        self.vrm_suf = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}"
        self.vrm_ni = f"{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{rng.choice(['AZ', 'BZ', 'DZ', 'GZ', 'JZ', 'KZ', 'LZ', 'NZ', 'OI', 'SZ', 'UI', 'XI'])} {rng.randint(100, 9999)}"
        self.vrm_dl = f"{''.join(rng.choice(LETTERS) for _ in range(3))} {rng.randint(1, 99)}"
        self.prison = f"{rng.choice('AAAG')}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        self.police(rng, TODAY - dt.timedelta(days=rng.randint(20, 240)))

    def near(self, other: Person, rng: random.Random) -> None:
        """Move next door to (or round the corner from) another person."""
        self.town, self.district, self.street, self.force_key = other.town, other.district, other.street, other.force_key
        self.postcode = f"{self.district} {other.postcode.split()[1][0]}{rng.choice(INWARD)}{rng.choice(INWARD)}"
        self.addr = self.line2 = f"{rng.randint(1, 180)} {self.street}"
        self.line1 = ""
        self.lands = trial._landlines(rng, other.code)
        self.landline = self.lands["std"]

    def police(self, rng: random.Random, when: dt.date) -> None:
        """References for an incident on or about ``when``, in a style invented for each force."""
        f = self.force_key
        self.force, self.force_domain, fcode = FORCES[f]
        serial, n, n2, n3 = rng.randint(1, 1900), rng.randint(1000, 999999), rng.randint(100, 99999), rng.randint(100, 99999)
        self.when = when
        self.inc = f"{serial} of {when:%d/%m/%Y}"
        self.urn = f"{fcode}{rng.choice({'LI': ['LN', 'BN', 'SK'], 'NT': ['NG', 'MF'], 'DE': ['DY', 'CF'], 'LE': ['LR', 'LB'], 'NN': ['NP', 'CB'], 'NF': ['NC', 'KL', 'GY'], 'SF': ['IP', 'LW', 'BE'], 'EX': ['CO', 'CF', 'SE', 'BA']}[f])}{n2:05d}{when:%y}"
        self.af = f"NFRC{when:%y}{when:%m}{rng.randint(10**6, 10**7 - 1)}"
        if f == "LI":
            self.crime = f"LIN-{when:%y}-{n:06d}"
            self.log = f"LP{when:%y%m%d}-{serial:04d}"
            self.cust = f"LCX/{when:%y}/{n3:05d}"
            self.occ = f"{when:%y}LP{n:06d}"
            self.cad = f"{serial:04d}/{when:%d%m%y}"
        elif f == "NT":
            self.crime = f"{when:%y}N/{n:06d}/C"
            self.log = f"{serial:04d} {when:%d%m%Y}"
            self.cust = f"NOT-BRD-{when:%y}-{n3:05d}"
            self.occ = f"NI{when:%y}{n:07d}"
            self.cad = f"INC-{serial:04d}-{when:%d%m%y}"
        elif f == "DE":
            self.crime = f"DC/{when:%y}/{n:06d}"
            self.log = f"DY-{when:%Y%m%d}-{serial}"
            self.cust = f"DRB/{n3:05d}/{when:%y}"
            self.occ = f"{when:%y}DY{rng.randint(10**5, 10**6 - 1)}"
            self.cad = f"CAD {serial} {when:%d/%m/%y}"
        elif f == "LE":
            self.crime = f"{when:%y}/LE/{n:06d}"
            self.log = f"LEI{when:%d%m%y}{serial:04d}"
            self.cust = f"EUS-{when:%y}-{n3:05d}"
            self.occ = f"{when:%y}000{n:06d}"
            self.cad = f"{serial:04d}:{when:%d%m%y}"
        elif f == "NN":
            self.crime = f"NH/{when:%Y}/{n:06d}"
            self.log = f"NTH-{serial:04d}-{when:%d%b%y}".upper()
            self.cust = f"NCC/{when:%y}/{n3:05d}"
            self.occ = f"{when:%y}NH{n:06d}"
            self.cad = f"{serial:04d}-{when:%d%m%y}"
        elif f == "NF":
            self.crime = f"36/{n2:05d}/{when:%y}"
            self.log = f"NC-{when:%d%m%y}-{serial:04d}"
            self.cust = f"WPIC/{when:%y}/{n3:05d}"
            self.occ = f"NFK{when:%y}{n:06d}"
            self.cad = f"CAD{serial:04d}-{when:%d%m}"
        elif f == "SF":
            self.crime = f"37/{n2:05d}/{when:%y}"
            self.log = f"SC-{when:%Y%m%d}-{serial:04d}"
            self.cust = f"MPIC/{when:%y}/{n3:05d}"
            self.occ = f"SFK{when:%y}{n:06d}"
            self.cad = f"CAD {serial} {when:%d/%m}"
        else:
            self.crime = f"42/{n:06d}/{when:%y}"
            self.log = f"ESX-{when:%Y%m%d}-{serial:04d}"
            self.cust = f"EP/{rng.choice(['CHF', 'COL', 'BAS', 'SND'])}/{n3:05d}/{when:%y}"
            self.occ = f"{when:%y}EX{n:07d}"
            self.cad = f"{serial:04d} {when:%d%m%y}"


def _fields(p: Person, r: str) -> dict[str, str]:
    """trial.py's written forms of a person, and this part's own."""
    v = trial._fields(p, r)
    dob = p.dob
    v.update({
        f"{r}_aged": f"aged {p.age}", f"{r}_yrsold": f"{p.age} years old", f"{r}_af": p.af, f"{r}_nat": p.nationality,
        f"{r}_dobspace": f"{dob.day:02d} {dob.month:02d} {dob.year}", f"{r}_dobwd": f"{dob.strftime('%A')} {blind._ordinal(dob.day)} {dob.strftime('%B %Y')}",
        f"{r}_pcarea": p.district, f"{r}_code": p.code, f"{r}_one": f"{p.addr}, {p.town}",
        f"{r}_prisdash": f"{p.prison[:1]}-{p.prison[1:5]}-{p.prison[5:]}",
        f"{r}_nhsnote": f"{p.nhs[:3]}.{p.nhs[3:6]}.{p.nhs[6:]}", f"{r}_dltight": p.licence.replace(" ", ""),
    })
    return v


def cast(rng: random.Random, names: Names, roles: dict[str, str], avoid: set[str] | None = None) -> dict[str, str]:
    """The values for one document: its people by role and the organisation's own details.

    A role is "kind [f|m] [age=lo-hi] [origin=a|b] [rel=role] [near=role] [nick] [mid] [samehome] [region=...] [town=...] [home=...]";
    kinds are child, pupil, young, adult, old and pro (a professional); origin "word" draws a name that is also a word."""
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
        town = opts.get("town", "").replace("_", " ") or None
        for _ in range(80):
            p = Person(names, rng, age=age, female=female, origin=origin, rel=rel, region=region, home=home, town=town)
            taken_first = {q.first for q in people.values()} | {q.nick for q in people.values()} | avoid
            taken_last = {w for q in people.values() for w in _words(q.last)} | avoid
            clash = p.first in taken_first or p.nick in taken_first or (rel is None and _words(p.last) & taken_last)
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
    school, school2 = rng.sample(SCHOOLS, 2)
    v.update({
        "staff": staff[0], "staff2": staff[1], "staff3": staff[2], "staff_first": staff[0].split()[0],
        "staff2_first": staff[1].split()[0], "staff3_first": staff[2].split()[0],
        "staff_init": "".join(w[0] for w in staff[0].split()), "staff2_init": "".join(w[0] for w in staff[1].split()),
        "staff3_init": "".join(w[0] for w in staff[2].split()),
        "staff_email": staff[0].lower().replace(" ", ".") + "@" + ORG_DOMAIN, "staff2_email": staff[1].lower().replace(" ", ".") + "@" + ORG_DOMAIN,
        "org_phone": ORG_PHONE, "org_address": ORG_ADDRESS, "org": ORG, "org_domain": ORG_DOMAIN,
        "case": f"NMT-{TODAY.year}-{rng.randint(31, 260):04d}", "case2": f"NMT-2025-{rng.randint(2701, 3150):04d}",
        "rjref": f"RJ-EM-{rng.randint(100, 999)}", "invoice": nhs_number(rng), "inv": f"INV-26-{rng.randint(10, 99):04d}",
        "school": school, "school2": school2, "primary": rng.choice(PRIMARY), "prison": rng.choice(PRISONS),
        "venue": rng.choice(VENUES), "court": rng.choice(COURTS),
        "odate": offence.strftime("%d/%m/%Y"), "odate_s": offence.strftime("%d/%m/%y"), "odate_l": f"{offence.day} {offence.strftime('%B %Y')}",
        "odate_w": offence.strftime("%A"), "n1": str(rng.randint(14, 90)), "n2": str(rng.randint(3, 13)), "n3": str(rng.randint(2, 12)),
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
    return v


def fill(template: str, v: dict[str, str]) -> str:
    return expand(re.sub(r"\$([a-z][a-z_0-9]*)", lambda m: v[m.group(1)], template))


def cells(rows: list[list], v: dict[str, str]) -> list[list]:
    return [[fill(c, v) if isinstance(c, str) else c for c in row] for row in rows]


def _mark(key: str, value: str) -> str:
    """A mark, or nothing for an empty value."""
    return "{{" + key + "|" + value + "}}" if value else ""


# ------------------------------------------------------------------------------------------ documents

CASE_NOTES = """CASE NOTES - $case - {{n|$a_revcaps}} (PR) / {{n|$v_tfull}} (HP)
Worker: $staff_init. Ref source: Lincs Police Out of Court Disposal team. Cat: youth, indirect -> direct?
$ds1 10:15 TC from PC {{n|$o_full}} ({{em|$o_work@lincs.police.uk}}) re YCR for {{sc|crim dam to HP's car}} on $odate_s. Crime ref {{pol|$a_crime}}. PR is {{age|$a_age}}, lives w/ mum {{n|$m_full}} @ {{addr|$a_addr}}, $a_town {{pc|$a_pc}}. Mum mob {{tel|$m_mob}}.
$ds1 10:40 Checked CMS - no prev involvement w/ us. Alloc $staff_init. Consent form sent (post + email to mum {{em|$m_email}}).
$ds2 14:00 HV to HP w/ $staff2_init. {{n|$v_tl}} v upset, car ({{vrm|$v_vrm}}) still at the garage on Tritton Rd. She {{sc|has MS}} + relies on car for hosp appts at Lincoln County. Open to a letter, not f2f yet. H/band {{n|$h}} v angry - wants "the lad's name in the paper". Explained we can't.
$ds3 16:30 HV to PR + mum. {{n|$a}} quiet, accepts he {{sc|kicked the wing mirrors off 3 cars}} incl HP's, says mates dared him. Yr 10 at {{sch|$school}}. Mum says {{n|$a}} was {{sc|diagnosed ASD last yr}}, EHCP in progress. Dad {{n|$f_full}} {{sc|currently in HMP Lincoln}} ({{pris|$f_pris}}) - no contact, mum doesn't want him told.
$ds3 17:10 NB older bro {{n|$b}} ({{age|$b_age}}) dropped us back to the car in a silver Astra {{vrm|$b_vrmtight}}. Nothing of concern.
$ds4 09:05 Email from HP - wants to know if PR "has done this before". Explained we can't share. Agreed letter route first. Police OIC updated (no further action needed re disposal).
$ds4 11:20 Sup w/ $staff3_init. Agreed letter then review. Rm 2 booked $dw5 (booking RM-$n2).
$ds5 15:45 Letter drafted w/ {{n|$a}}; mum scribed. Posted to HP at {{addr|$v_addr}}, {{pc|$v_pc}}, 2nd class.
$ds6 12:00 HP rang ({{tel|$v_land}}) - "a nice letter, better than I expected". Would consider meeting in the new year if {{n|$h}} agrees.
Outcome code RJ3 (indirect). Review at 6 wks. Hope to close by end of Q4.
"""

EMAIL_CHAIN = """From: {{n|$o_full}} <{{em|$o_work@essex.police.uk}}>
Sent: $dw3 09:14
To: RJ Referrals <referrals@$org_domain>
Cc: OOCR Hub <oocr.hub@essex.police.uk>
Subject: FW: Outcome 22 - deferred prosecution - {{n|$a_caps}} - {{pol|$a_crime}}

Morning all,
See below from the OIC. Can you pick this up please - both parties consent. I've attached the summary but NOT the custody record.
Thanks
{{n|$o}}

{{n|$o_full}} | Police Staff Investigator | Out of Court Resolutions Team
Essex Police | Colchester Police Station, Southway, Colchester CO2 7BU
Tel 101 ext 44170 | Mob {{tel|$o_mob_sp3}}
Working days Mon-Wed
OFFICIAL-SENSITIVE. This email and any attachments are intended for the addressee only. If you have received it in error please notify the sender and delete it.

-----Original Message-----
From: PC 71234 {{n|$p_full}} <{{em|$p_work@essex.police.uk}}>
Sent: $dw2 22:47
To: {{n|$o_full}} <{{em|$o_work@essex.police.uk}}>
Subject: Outcome 22 - {{n|$a_caps}}

{{n|$o}},
Quick one before I go off. {{n|$a_full}} (DOB {{dob|$a_dob}}) of {{addr|$a_addr}}, $a_town {{pc|$a_pc}} - {{sc|arrested for racially aggravated criminal damage}} after spraying on the shutters of {{n|$v_full}}'s shop on $odate_l. Custody {{pol|$a_cust}}. Full admission in interview, no previous. He's {{age|$a_age}}, works at the port at Harwich, lives with his nan.
Victim {{n|$v_tl}} runs the convenience store on $v_street. She {{sc|is Sikh}} and was very shaken by what was written on the shutter. She says she wants to meet him and "look him in the eye". Her mobile {{tel|$v_mob}}, best after 2pm; her son {{n|$s}} does the mornings and sometimes speaks for her ({{tel|$s_mob_intl}}).
Car used to get there belongs to his mate, {{vrm|$c_vrm}}, RK {{n|$c_full}} (DL {{dl|$c_dlsp}}, checked) - not a suspect, he was on shift at the time.
Suggested conditions: RJ plus pay for the repaint (£380 quote from Hythe Signs). Happy to discuss. I'm on lates till Sunday.
Cheers
{{n|$p}}

Sent from my mobile device
"""

WHATSAPP = """WhatsApp Chat with Family ❤️
(exported by {{n|$m_full}} and emailed to $staff_first on $dl4 - media not included)
$d1, 18:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
$d1, 18:41 - {{n|$m_full}} created group "Family ❤️"
$d1, 18:42 - {{n|$m_full}} added {{n|$g_full}}, {{tel|$u_mob_intl}}
$d1, 18:43 - {{n|$m_full}}: {{n|$y}} just come in with his lip split open. Them lads from the rec again
$d1, 18:44 - {{n|$g_full}}: Oh my god is he ok?? Do you want me to come round
$d1, 18:45 - {{n|$m_full}}: He says it was {{n|$z_full}} and his mate. {{n|$z}} is in his year at {{sch|$school}}
$d1, 18:47 - {{tel|$u_mob_intl}}: ring 101 now don't wait
$d1, 18:52 - {{n|$m_full}}: Done. Ref is {{pol|$y_log}}
$d1, 19:10 - {{n|$g_full}}: <Media omitted>
$d1, 19:10 - {{n|$g_full}}: thats him isnt it. his mum is {{n|$zm_full}} she works on the tills at Morrisons
$d1, 19:11 - {{tel|$u_mob_intl}}: his mum picked them up after in a red Fiesta {{vrm|$zm_vrmtight}}
$d1, 19:12 - {{n|$m_full}}: Take that down {{n|$g}} we're not doing that
$d1, 19:12 - {{n|$g_full}}: This message was deleted
$d1, 22:30 - {{n|$m_full}}: Walk-in centre said no stitches. {{sc|His asthma's been bad all night}} though, think it's the shock
$d3, 16:30 - {{n|$m_full}}: Police rang. {{n|$z}} {{sc|has admitted it}}. They want to do a restorative thing instead of court. Lady from Northmoor ringing me tomorrow
$d3, 16:31 - {{tel|$u_mob_intl}}: Restorative?? He wants charging
$d3, 16:35 - {{n|$m_full}}: {{n|$y}} wants to do it. He just wants it to stop. Hope it works 🙏
$d3, 16:36 - {{n|$g_full}}: I'll come with you if you want. Joy of joys, another meeting 😂
$d4, 10:02 - {{n|$m_full}}: $staff_first from Northmoor rang. Nice woman. Meeting at $venue next month, {{n|$z}}'s mum coming too
$d4, 10:05 - {{n|$m_full}}: She asked if there's anything they should know about {{n|$y}}. Told her about the asthma and that he {{sc|sees CAMHS for anxiety}}
$d4, 10:06 - {{tel|$u_mob_intl}}: 👍
$d4, 10:09 - {{n|$g_full}}: Proud of him x
"""

SMS_ROWS = [
    ["$di1 21:14:07", "Received", "{{n|$b_nick}}", "{{tel|$b_mob_plus}}", "u think ur clever grassing me up. everyone knows where u live"],
    ["$di1 21:15:30", "Received", "{{n|$b_nick}}", "{{tel|$b_mob_plus}}", "{{addr|$a_addr}}. see"],
    ["$di1 21:40:12", "Sent", "{{n|$b_nick}}", "{{tel|$b_mob_plus}}", "leave me alone I mean it"],
    ["$di2 07:02:55", "Received", "(Unknown)", "{{tel|$c_mob_intl}}", "this is {{n|$b}}s cousin. drop it or else"],
    ["$di2 08:30:00", "Received", "Suffolk Police", "SuffolkPol", "Thank you for contacting Suffolk Constabulary. Your reference is {{pol|$a_crime}}. Do not reply to this message."],
    ["$di2 12:11:40", "Sent", "Mum", "{{tel|$m_mob_sp}}", "police have been. they gave me a number, {{pol|$a_crime}}. im ok"],
    ["$di2 12:13:02", "Received", "Mum", "{{tel|$m_mob_sp}}", "ok darling. {{sc|Dont forget your inhaler}}. love you"],
    ["$di3 10:00:01", "Received", "Northmoor", "$org_phone", "Hello, this is $staff from $org. PC {{n|$o_last}} passed on your details. Please call us on $org_phone when you can."],
    ["$di3 16:47:19", "Sent", "Northmoor", "$org_phone", "Hi its {{n|$a}}. I can talk after college, Tuesdays and Thursdays"],
    ["$di4 18:05:33", "Received", "{{n|$e_full}}", "{{tel|$e_mob_sp3}}", "hi {{n|$a}} its {{n|$e}} from tutor group. {{n|$b}} got arrested at college today. u ok?"],
    ["$di4 18:20:50", "Sent", "{{n|$e_full}}", "{{tel|$e_mob_sp3}}", "yeah just want it over. hes {{sc|on bail}} now so he cant come near me"],
    ["$di5 09:12:44", "Received", "Northmoor", "$org_phone", "Reminder: appointment with $staff_first, $dw6, 4pm, Kirkley Centre. Reply STOP to opt out."],
]

CR_FORM = """NOTTINGHAMSHIRE POLICE - COMMUNITY RESOLUTION (RESTORATIVE) - FORM CR1 (rev. 04/2024)
Complete in black ink or electronically. A copy goes to the offender, the victim (if they wish) and the RJ provider.
@field Occurrence number ¦ {{pol|$a_occ}}
@field Offender surname ¦ {{n|$a_caps}}
@field Offender forename(s) ¦ {{n|$a}}
@field Date of birth ¦ {{dob|$a_dobdot4}}
@field Address ¦ {{addr|$a_addr}}
@field Postcode ¦ {{pc|$a_pc}}
@field Telephone ¦ {{tel|$a_mob}}
@field ID seen ¦ Driving licence {{dl|$a_dlcard}}
@field Offence ¦ {{sc|Assault by beating (push, no injury)}}
@field Victim name ¦ {{n|$v_tfull}}
@field Victim telephone ¦ {{tel|$v_land}}
@field Officer ¦ PC 4118 {{n|$o_full}}
@field Supervisor ¦ Sgt {{n|$s_last}}
Offender admits the offence: YES. Offender 18 or over: YES. Victim consulted: YES.
What did the victim ask for? An apology in person and for {{n|$a}} to pay for the broken glasses (£95, receipt seen). {{n|$v_tl}} does not want a criminal record for {{n|$a}}; "he's a neighbour, I just want it to stop".
Offender's account: {{n|$a}} accepts that {{sc|he pushed his neighbour over the garden wall}} during an argument about parking on $a_street. He said he {{sc|has a drink problem}} and had been drinking since lunchtime.
Vulnerability screening: {{sc|mild learning disability}}; supported at the resolution by his sister {{n|$c_full}} ({{tel|$c_mob_dash}}).
I, {{n|$a_full}}, admit the offence described above. I understand that this community resolution is not a conviction, but that it is recorded and may be disclosed on an enhanced DBS check.
Referred to $org for a restorative meeting on $d2. Provider ref (theirs): $case.
@footnote Community resolutions are recorded as outcome 8 under the Home Office Counting Rules; see Nottinghamshire Police policy OOCR-07 v3.
"""

LETTER_HARMED = """$org
$org_address
Tel $org_phone | www.$org_domain
Our ref: $case (please quote)
$dl4
PRIVATE AND CONFIDENTIAL
{{n|$v_tfull}}
{{addr|$v_line1}}
{{addr|$v_line2}}
$v_town
{{pc|$v_pc}}
Dear {{n|$v_tl}},
Your restorative justice case
Thank you for seeing my colleague $staff2 and me at your home on $dl2, and for the tea. I promised to write to you with an update.
As you know, {{n|$a_full}} {{sc|was sentenced at $court}} in the summer and {{sc|is now serving his sentence at $prison}} (prison number {{pris|$a_pris}}, which the prison asks us to quote). The prison's restorative justice lead, {{n|$r_full}}, has spoken to him, and he has written a letter to you. I have read it, as we always do, and I think it is sincere. It is in a sealed envelope at our office, and I will only bring it to you if and when you want it.
You mentioned that your {{sc|hearing aids}} make phone calls difficult, so I will write rather than ring. If you would rather I texted your daughter {{n|$d_full}} on {{tel|$d_mob}}, please let me know.
If you would like to talk to someone else in the meantime, Norfolk and Suffolk Victim Care can be reached on 0300 303 3706, and they are independent of us.
With best wishes,
$staff
Restorative Justice Practitioner
cc: Case file only
"""

PANEL_MINUTES = """@header OFFICIAL-SENSITIVE | Norfolk Youth Justice Service | Out of Court Disposal Panel | minutes v0.2 (draft)
Out of Court Disposal Decision Panel - minutes
Date: $dl3, 10:00, County Hall, Martineau Lane, Norwich NR1 2DH (Room 2.14) and Teams.
Chair: {{n|$ch_full}}, YJS Operational Manager. Minutes: {{n|$mt_full}}.
Present: Norfolk Constabulary OOCD officer (PS {{n|$ps_last}}); YJS health (CAMHS in-reach, {{n|$hc_full}}); Children's Services; $org ($staff).
Apologies: Norfolk County Council Education (Inclusion Team).
1. Minutes of the last meeting agreed. Panel business: the Youth Justice Board's revised guidance (Case Management Guidance, section 4) was noted.
2. Cases
¦No.¦Young person¦Offence / circumstances¦Discussion¦Decision
¦2.1¦{{n|$a_full}} ({{age|$a_age}}), {{pol|$a_crime}}¦{{sc|Theft of a bicycle from outside the Forum}}¦First offence. {{sc|ADHD, medicated}}. Mum {{n|$am_full}} supportive. Victim {{n|$av_full}} (student) wants the bike value repaid and an apology.¦Youth Caution + RJ (letter and repayment via $org)
¦2.2¦{{n|$b_full}} ({{age|$b_age}}), {{pol|$b_crime}}¦{{sc|Common assault on a teacher}} at {{sch|$school}}¦Second contact with YJS. Lives with grandparents at {{addr|$b_addr}}. {{sc|Known to CAMHS - low mood, self-harm in 2024}}.¦Youth Conditional Caution: 16 weeks, conditions include a restorative meeting with the teacher
¦2.3¦{{n|$c_full}} ({{age|$c_age}}), {{pol|$c_occ}}¦{{sc|Sending an indecent image of a classmate}} (sexting)¦Outcome 21 recommended by police; the classmate's family were consulted.¦Outcome 21, education session; no RJ (victim's family declined)
¦2.4¦Young Person D (name withheld: Children's Services case)¦Criminal damage to a care home window¦Discussed without names at the request of the social worker.¦Deferred to next panel
3. Actions
¦Action¦Owner¦Due
¦Send RJ referrals for 2.1 and 2.2¦{{n|$mt_full}}¦$d4
¦Check whether {{n|$b}}'s grandmother {{n|$bg_tfull}} ({{tel|$bg_land}}) can attend the meeting¦$staff¦$d5
¦Ask the school to nominate a contact for {{n|$b}}'s teacher, {{n|$t_tfull}}¦PS {{n|$ps_last}}¦$d5
@tracked 4. AOB: none. Next panel $dl6. ¦ 4. AOB: PS {{n|$ps_last}} mentioned that {{n|$a}}'s older brother {{n|$ab_full}} {{sc|is on remand at HMP Norwich}}; not relevant to this decision.
@comment {{n|$ch_full}}: deleted the AOB line about the brother - third-party information, not needed for the panel.
@comment $staff: thanks - please also remove {{n|$c}}'s name from the version that goes to the school.
"""

SURVEY_ROWS = [
    ["Response ID", "Started", "Completed", "Role", "Q1 Overall, how satisfied were you?", "Q2 What helped most?", "Q3 What could we do better?", "Q4 Anything else you want to tell us", "Q5 Can we contact you? Leave a name and number or email"],
    ["RESP-001", "$d1 19:02", "$d1 19:11", "Person harmed", "Very satisfied", "Being listened to. $staff_first came round three times and never rushed me.", "The letters took ages to arrive", "I am {{age|$a_age}} and I {{sc|live with COPD}} so I couldn't travel far - thank you for coming to me", "{{n|$a_tfull}} {{tel|$a_land}}"],
    ["RESP-002", "$d1 21:40", "$d1 21:44", "Parent/carer", "Satisfied", "my son got to say sorry properly", "", "", ""],
    ["RESP-003", "$d2 07:15", "$d2 07:31", "Person responsible", "Neither", "{{n|$b}} (the man I hurt) shaking my hand at the end", "the meeting room was freezing lol", "I was proper nervous because of my {{sc|stammer}} but it was ok", "{{em|$b_email}}"],
    ["RESP-004", "$d2 13:00", "$d2 13:09", "Person harmed", "Very dissatisfied", "Nothing", "Nobody told me the lad {{sc|had already been to court for it}} ({{n|$c_full}}) until I asked", "I want to complain. Ring {{n|$d_full}} (my daughter) {{tel|$d_mob}}", "{{n|$d_full}}, {{tel|$d_mob}}"],
    ["RESP-005", "$d3 10:22", "$d3 10:26", "Supporter", "Satisfied", "Grace and patience from the facilitators", "Parking near the hub", "", ""],
    ["RESP-006", "$d3 18:05", "$d3 18:20", "Person harmed", "Very satisfied", "Having my husband {{n|$e}} with me. We are both {{sc|Jehovah's Witnesses}} and you made sure it wasn't on a meeting night", "", "Brilliant service, please thank $staff2_first", "{{n|$f_full}} {{em|$f_email}}"],
    ["RESP-007", "$d4 12:12", "$d4 12:13", "Person responsible", "Satisfied", "", "", "", "no"],
    ["RESP-008", "$d4 20:48", "$d4 21:03", "Parent/carer", "Satisfied", "The circle at {{sch|$school}}. My daughter {{n|$g}} ({{age|$g_yo}}) was bullied for being {{sc|gay}} and now the girls who did it have apologised", "More follow up after", "", "{{tel|$h_mob_tight}} ({{n|$h}}, mum)"],
    ["RESP-009", "$d5 09:30", "$d5 09:41", "Person harmed", "Very satisfied", "Will never forget it. I feel safe again on Rose Lane", "", "Please thank PC {{n|$i_last}} too", ""],
    ["RESP-010", "$d5 16:16", "$d5 16:19", "Other", "Satisfied", "Clear leaflets", "Offer evening sessions", "I work for the council ASB team - contact via the team inbox", ""],
]

OUTCOME_AGREEMENT = """@header $org | Restorative outcome agreement | case $case | page 1 of 1
Outcome agreement
This agreement was made at a restorative meeting on $dl4 at $venue. It is voluntary. Nobody who signs it is giving up any legal right.
Facilitators: $staff and $staff2.
¦Who¦Name¦Contact for the review call
¦Person harmed¦{{n|$h_tfull}}¦{{tel|$h_mob}}
¦Person harmed's supporter¦{{n|$s_full}} (son)¦{{tel|$s_mob_sp3}}
¦Person responsible¦{{n|$a_full}}, {{age|$a_aged}}¦{{tel|$a_mob_tight}}
¦Person responsible's supporter¦{{n|$p_full}} (mum)¦{{tel|$p_land}}
What happened
On $odate_l {{n|$a}} {{sc|threw a firework through the letterbox}} of {{n|$h_tl}}'s bungalow at {{addr|$h_addr}}. Nobody was hurt, but the hall carpet was burnt and {{n|$h_tl}}'s dog has not settled since.
What we agreed
¦No.¦Action¦By¦Checked by
¦1¦{{n|$a}} will write to {{n|$h_tl}} to say sorry in his own words.¦$d5¦$staff
¦2¦{{n|$a}} will help {{n|$s}} lay the new hall carpet, with his mum there.¦$d6¦{{n|$s}}
¦3¦{{n|$a}} will not go down $h_street on Bonfire Night or New Year's Eve.¦Ongoing¦{{n|$p}}
¦4¦{{n|$h_tl}} will let the Neighbourhood Watch WhatsApp group know that this has been sorted out.¦This week¦{{n|$h_tl}}
Anything else?
{{n|$h_tl}} told {{n|$a}} that she {{sc|has a pacemaker}} and that the bang had frightened her badly. {{n|$a}} said he had been excluded from {{sch|$school}} that week and "wanted to do something stupid". They shook hands.
Signed: {{n|$a_full}} ....................   {{n|$h_tfull}} ....................   {{n|$p_full}} ....................
@footnote Review call at six weeks by $staff2. The agreement is kept on the case file for six years, then destroyed (retention schedule RS-04).
"""

RISK_ASSESSMENT = """$org - Pre-meeting risk assessment (face-to-face)
Form RA2, version 5.0. Complete for every direct meeting. Do not send by email outside the secure portal.
@field Case number ¦ $case
@field Person responsible ¦ {{n|$a_revcaps}}
@field Date of birth ¦ {{dob|$a_dobiso}}
@field Police reference ¦ {{pol|$a_log}}
@field Person harmed ¦ {{n|$h_full}}
@field Harmed person's DOB ¦ {{dob|$h_dobnp}}
@field Harmed person's NHS no. (for the first aider) ¦ {{nhs|$h_nhssp}}
@field Venue ¦ $venue, ground floor
@field Meeting date ¦ $d5, 14:00
Risk factors
1. Relationship: the two live four doors apart on $h_street. {{n|$a}} {{sc|was cautioned for harassment}} of {{n|$h}} in the spring ({{pol|$a_crime}}). No breach since.
2. Health: {{n|$h}} {{sc|has type 2 diabetes and had a minor stroke in 2023}}; will bring snacks and needs a chair with arms. {{n|$a}} {{sc|is on a methadone script}} from the Change Grow Live service on Lumley Avenue and will attend after dispensing.
3. Weapons / violence: none known. Police PNC check by PC {{n|$o_last}} on $d3 - nothing further.
4. Supporters: {{n|$h}}'s partner {{n|$q_full}} (mobile {{tel|$q_mob}}); {{n|$a}}'s key worker {{n|$k_full}}.
5. Transport: {{n|$h}} drives; blue badge; car {{vrm|$h_vrm}} to be parked in bay 1.
Overall rating: MEDIUM. Two facilitators; exit route agreed; 999 if needed (venue switchboard 01754 899 800).
@field Assessed by ¦ $staff
@field Countersigned ¦ $staff3
@footnote Rating scale and guidance: Risk Assessment Procedure RJ-P09, section 3 (approved by trustees, March 2025).
"""

PRISON_REFERRAL = """@header HM Prison and Probation Service | $prison | Restorative Justice referral | OFFICIAL-SENSITIVE
Referral for a restorative intervention (prison-based)
Referrer: {{n|$pom_full}}, Prison Offender Manager, OMU. Internal tel ext 3340. Email {{em|$pom_work@justice.gov.uk}}.
¦Prisoner¦{{n|$x_midcaps}}
¦Prison number¦{{pris|$x_pris}}
¦Date of birth¦{{dob|$x_dobcaps}}
¦Location¦Houseblock 4, landing 2
¦Home address before custody¦{{addr|$x_addr}}, $x_town {{pc|$x_pc}}
¦Index offence¦{{sc|Robbery (commercial) - sentenced to 5 years 4 months at Ipswich Crown Court}}
¦Earliest release¦{{sc|Conditional release date in 2027}}
¦ID held in property¦British passport {{pp|$x_pp}}; provisional licence {{dl|$x_dl}}
¦NI number (resettlement)¦{{ni|$x_ni}}
Summary
{{n|$x}} {{sc|robbed the petrol station on $v_street}} where {{n|$v_full}} was working alone on a night shift. He used a hammer to smash the counter screen. {{n|$v_tl}} was not physically hurt but left the job and, according to the victim liaison officer {{n|$vlo_full}}, {{sc|has been treated for PTSD}}.
{{n|$x}} has completed the Sycamore Tree course in the chapel and has asked, through the chaplain, to write to {{n|$v_tl}}. He {{sc|converted to Islam}} in custody and says his faith is part of why he wants to apologise.
Risk to victim: low. No contact conditions on licence requested by the victim. Restraining order: none.
Other: his brother {{n|$xb_full}} ({{pris|$xb_pris}}) {{sc|is also in custody here}}; the two are on the prison's keep-apart list.
Consent: {{n|$x}} signed the consent form on $dl2. Victim consulted via the Victim Contact Scheme.
@comment $staff: can we see the VLO's notes first? Please send via CJSM, not to the general inbox.
@footnote Referral made under PSI 2012-29 (restorative justice in prisons), paragraph 2.6. Not a parole document.
"""

CHRONOLOGY = """@header OFFICIAL-SENSITIVE | Derby City Council Children's Social Care | Multi-agency chronology | prepared for the restorative practitioner with the family's consent
Safeguarding chronology (extract, last 9 months)
Child: {{n|$c_full}}   DOB: {{dob|$c_dob}}   NHS: {{nhs|$c_nhs}}   School: {{sch|$primary}}
Address: {{addr|$c_addr}}, $c_town {{pc|$c_pc}}. Lives with mother {{n|$m_full}} and half-brother {{n|$s}} ({{age|$s_age}}).
¦Date¦Source¦Event¦Action / outcome
¦$d1¦Derbyshire Constabulary¦Domestic incident at the home, log {{pol|$m_log}}. {{n|$m}}'s ex-partner {{n|$p_full}} {{sc|arrested for assault}} on {{n|$m}}; {{n|$c}} present.¦DASH medium; referral to Children's Services
¦$d2¦School¦{{n|$c}} hit another child in the playground; said "that's what my dad does".¦Restorative conversation in class; parent informed
¦$d3¦GP¦{{n|$c}} seen for {{sc|bed-wetting and nightmares}}. GP Dr {{n|$gp_last}}, Normanton Medical Centre.¦Referral to CAMHS; {{sc|accepted onto waiting list}}
¦$d4¦Children's Services¦Single assessment started by {{n|$sw_full}}. {{n|$p}} {{sc|remanded in custody at HMP Nottingham}} ({{pris|$p_pris}}).¦Child in Need plan
¦$d5¦$org¦Referral for restorative work between {{n|$c}}'s class and the child he hit, agreed by the school.¦Circle planned with the class teacher, {{n|$t_tfull}}
¦$d6¦Police (Operation Encompass)¦Notification to school after a further call ({{pol|$m_cad}}); {{n|$p}}'s car ({{vrm|$p_vrm}}) seen outside the home while he was on bail. No crime.¦DSL aware
@comment {{n|$sw_full}}: please keep this out of the school's copy - the school only needs the Operation Encompass line.
"""

VIS = """VICTIM PERSONAL STATEMENT
(Written with help from my daughter. I would like this read out at the restorative meeting as well as given to the court.)
My name is {{n|$v_full}}. I am {{age|$v_age}} years old and I have run the Hunter's Rest café on $v_street in $v_town for nineteen years.
On the morning of $odate_l I came in at 6am to find the back door forced and the till gone. Whoever did it had also smashed the cake cabinet and written on the wall. The police, PC {{n|$o_full}}, told me later that {{n|$a_full}}, who is {{age|$a_aage}} at {{sch|$school}} and used to come in with his grandad, {{sc|had been charged with the burglary}}.
I could not open for four days. We lost about £1,900 in takings and stock, and the insurance excess was £500.
But the money is not the worst of it. I {{sc|have angina}} and since that morning I have had chest pains when I unlock the door. My doctor has put me on {{sc|a higher dose of my heart tablets}}. I do not sleep properly. My husband {{n|$h}} has had to do the early shifts, and he is {{age|$h_age}} himself.
I knew {{n|$a}} when he was little. His grandad {{n|$g_full}} and I {{sc|were in the same church}}, St Mary's, for years. That is what hurts.
I want {{n|$a}} to come to the café and see what he did, and I want to hear him say why. I would like him to help us repaint the wall. I do not want him to go to prison.
Signed {{n|$v_init}}   Date $d3
Home address (not for disclosure): {{addr|$v_line2}}, {{pc|$v_pc}}. Telephone {{tel|$v_land}}.
"""

GP_LETTER = """Whitmore Way Surgery, 12 Whitmore Way, Basildon SS14 2NN
Tel 01268 525 000  |  Fax 01268 525 001  |  Practice code F81999
$dl3
To: $staff, $org (by secure email, with the patient's consent)
Re: {{n|$p_tfull}}   DOB {{dob|$p_dobo}}   NHS No. {{nhs|$p_nhsdash}}
Address: {{addr|$p_addr}}, $p_town, {{pc|$p_pc}}
Dear $staff_first,
Thank you for your letter about {{n|$p_tl}}, who has asked to take part in a restorative meeting with the young person who {{sc|assaulted her}} on the bus on $odate_l.
{{n|$p_tl}} has been my patient for many years. I can confirm that she {{sc|has rheumatoid arthritis}}, for which she {{sc|takes methotrexate}}, and that since the assault she has been {{sc|treated for depression}} with sertraline, with some improvement. She also {{sc|uses a wheelchair outdoors}}.
In my opinion she has capacity to decide to take part. I would suggest a morning meeting, a venue with level access, and that her husband {{n|$h_full}} is with her.
She has asked me to say that she {{sc|is a practising Hindu}} and would prefer the meeting not to fall during Navratri.
Please contact the practice manager, not my personal line, if you need anything else.
Yours sincerely
Dr {{n|$g_full}}
GMC 6104472
@footnote This letter is provided at the patient's request and does not contain her full medical record. The practice does not charge for it.
"""

PANEL_REPORT = """@header Northamptonshire Youth Offending Service | Referral Order Panel report | OFFICIAL-SENSITIVE | not for circulation beyond the panel
Report for the initial referral order panel
¦Name¦{{n|$y_full}}
¦Date of birth¦{{dob|$y_dobl}}
¦Age¦{{age|$y_age}}
¦Address¦{{addr|$y_addr}}, $y_town {{pc|$y_pc}}
¦School¦{{sch|$school}} (Year 11)
¦Order¦Referral order, 6 months, made at Northampton Youth Court on $dl1
¦Offence¦{{sc|Possession of a bladed article in a public place}}
¦Case manager¦{{n|$cm_full}}
1. The offence
{{n|$y}} was stopped by PC {{n|$o_full}} near the Grosvenor Centre on $odate_l and {{sc|found with a lock knife}} in his coat. He said he carried it because he {{sc|had been robbed twice on the way home}}, once reported ({{pol|$y_crime}}). There is no named victim; the community is the harmed party, and the panel may wish to consider reparation at the Racecourse park.
2. About {{n|$y}}
{{n|$y}} lives with his dad {{n|$f_full}} and stepmother {{n|$sm_full}}. His mum {{n|$m_full}} lives in Corby and he sees her at weekends. He {{sc|was born in Zimbabwe and is Shona}}, and the family {{sc|attend a Pentecostal church}} on Sundays; his dad hopes the pastor can be a supporter at the panel.
{{n|$y}} {{sc|has dyslexia}} and finds written work hard. His passport ({{pp|$y_ppfor}}) is kept by his dad. He wants to be a mechanic and has a place on the Level 1 motor vehicle course at Tresham College if his attendance holds.
3. Proposed contract
Letter of explanation to the community (Neighbourhood Watch chair {{n|$nw_full}} has agreed to receive it); 6 sessions on knife crime with the YOS; reparation (12 hours); a restorative conversation with the officer, PC {{n|$o_last}}, who has offered to take part.
@footnote Panel members: two community volunteers and the YOS panel adviser. Panel volunteers must not keep copies of this report.
"""

PRISONER_LETTER = """Draft letter - checked by the facilitator before it goes anywhere. Facilitator's notes in [square brackets].
{{pris|$x_pris}} {{n|$x_caps}}
$prison
[Remove the prison number and name block before sending - the harmed person has agreed to receive the letter but not your details.]
Dear {{n|$v}},
I dont really know how to start this. My name is {{n|$x}} and I am the one who {{sc|broke into your house}} on $odate_l. [Good - clear and honest.]
I have thought about it every day since. I was {{sc|on crack}} then and all I was thinking about was money for the next one. I know thats not a excuse. [Keep.]
The lady from the restorative people told me you have a little boy called {{n|$k}} and that he was the one who woke up and heard me. He is {{age|$k_age}} now. I am sorry I scared him. I have got a little girl myself, {{n|$d}}, and if someone done that to her I would go mad. [Check with {{n|$v}} that it is OK to mention {{n|$k}} by name - she said yes on $d2.]
In here I have done my {{sc|drug course}} and I am {{sc|clean for 7 months}}. I go to the Bible group on a Wednesday with the chaplain. [Fine.]
If you want to meet me I will do it. If you dont I understand. [We discussed not putting pressure on - this is OK.]
My mum {{n|$m_full}} still lives on $v_street so I know you might see her. She is ashamed of me but she says she would say sorry to you too. [Remove - the harmed person does not know that {{n|$m_tl}} lives on her road; raise with $staff before any redraft.]
Yours sincerely
{{n|$x_full}}
[Letter checked by $staff on $d3. Second draft to be done at the next visit on $d4. Original kept in the secure cabinet, drawer 3.]
"""

WEB_REFERRAL = """From: Northmoor website <no-reply@$org_domain>
To: referrals@$org_domain
Subject: New self-referral (web form v4) - ref WEB-$n4
Date: $dw2 23:58

Form: Self-referral (harmed person)
Your name: {{n|$a_lower}}
Preferred name: {{n|$a_nick}}
Date of birth: {{dob|$a_dobsl}}
Address: {{addr|$a_addrlow}}
Postcode: {{pc|$a_pctl}}
Phone: {{tel|$a_mob_br}}
Email: {{em|$a_email_plus}}
Is it safe to leave a message? no - text only pls

What happened?
my ex {{n|$b_full}} {{sc|smashed my car windscreen}} ({{vrm|$a_vrmlow}}) outside my work at the hospital in nov. police gave him a {{sc|caution}} i think, the ref was {{pol|$b_crime}}. we have a son together {{n|$c}} ({{age|$c_age}}, at {{sch|$primary}}) and i need us to be able to do handovers without it kicking off. i dont want to get back with him i just want him to understand. im {{sc|bisexual}} and his new gf keeps putting stuff about that on facebook which doesnt help

Anything we should know to keep you safe or help you take part?
{{sc|i have PTSD from before (not him)}} and i get panic attacks in small rooms

How did you hear about us? PCSO {{n|$p_last}} at the drop in at the library
Consent to store data: Yes
IP: 81.2.69.142   Browser: Mobile Safari
"""

PCSO_NOTEBOOK = """Transcript of PCSO pocket notebook entries (PCSO 6021 {{n|$o_full}}, Boston Safer Neighbourhood Team) - typed for the RJ referral, $dl4
Book no. LP/PNB/2291, pages 14-17.
$ds1 1540 Patrol Central Park, Boston. Report from park warden {{n|$w_full}} of youths damaging the bandstand railings.
1552 Stopped 3 youths by the tennis courts. Details obtained:
(1) {{n|$a_fcaps}}, DOB {{dob|$a_dobyy}}, {{age|$a_age}} yrs, of {{addr|$a_addrlow}}, Boston. Tel {{tel|$a_mob_tight}}. Attends {{sch|$school}}.
(2) {{n|$b_fcaps}}, DOB {{dob|$b_dobyy}}, of {{addr|$b_addr}}. Refused phone no.
(3) {{n|$c}} {{n|$c_caps}}, DOB {{dob|$c_dobyy}}. Said he is {{age|$c_age}}. Lives with aunt at {{addr|$c_addr}} ({{pc|$c_pctight}}).
1600 {{n|$a_last}} {{sc|admitted bending two railings}}. Others deny. Warden states approx £240 damage.
1605 Spoke to {{n|$a_last}}'s mother {{n|$m_tfull}} by phone ({{tel|$m_mob_sp}}). Attended 1625 in vehicle {{vrm|$m_vrm}} (keeper check OK, licence {{dl|$m_dlsp}}).
1630 Words of advice all three. Incident {{pol|$a_log}} updated. Suggested restorative option to parent and warden; both agreeable.
1645 {{n|$c_caps}} disclosed {{sc|he is not taking his ADHD meds}} as "they make him sick". Passed to school nurse via MASH form.
$ds2 1010 Council (Parks) confirm they will accept an apology + litter pick as reparation. Contact Parks Officer via parks@boston.gov.uk.
$ds2 1100 Referral emailed to Northmoor (RJ). Ends.
Signed {{n|$o_init}} PCSO 6021
"""

REFLECTION = """Reflection sheet - typed up from {{n|$y}}'s handwriting by $staff, spelling kept as written. Case $case.
wot happend?
me and {{n|$z}} was on the bus back from {{sch|$school}} and this old man {{n|$v_full}} told us to turn the music down. {{n|$z}} said sumthing racist to him and i laughed and {{sc|i grabbed his hat and thru it out the window}}. his wife {{n|$w}} was cryin
wot was i thinking
not much tbh. thought it was jokes. i was angry at my dad bc hes {{sc|in prison}} and i had a meeting about it that day
who has been affected
the man and his wife. the bus driver. my mum had to come to the police station and she was ashamed. {{n|$z}} to bc he {{sc|got arrested as well}}
wot do i need to do to put it right
say sorry to his face. buy him a new hat lol (not lol). stop going round with {{n|$z}}
how am i feelin now (1-10)
4. bit scared of the meeting. my mum says she will come. her number is {{tel|$m_mob_sp3}} if u need it
[$staff: {{n|$y}} is {{age|$y_age}}. {{n|$v_tl}} {{sc|is Black British (Jamaican heritage)}}; the racist remark is recorded under {{pol|$z_crime}}. Next session $dw4.]
"""

CASE_TRANSFER = """Inter-service case transfer form (restorative justice) - Leicestershire to Norfolk
Use when a participant moves area. Send through the secure portal only. Receiving service must acknowledge within 5 working days.
@field Sending service ¦ Leicestershire and Rutland RJ Hub (office 0116 305 5000)
@field Receiving service ¦ $org (Norfolk programme)
@field Sending ref ¦ LRJ-25-0$n4
@field Participant ¦ {{n|$a_full}}
@field Role ¦ Person harmed
@field Date of birth ¦ {{dob|$a_dobhy}}
@field New address ¦ {{addr|$a_addr}}
@field New postcode ¦ {{pc|$a_pc}}
@field Phone ¦ {{tel|$a_mob_intl}}
@field Email ¦ {{em|$a_email}}
@field NHS number ¦ {{nhs|$a_nhs}}
@field ID (for the prison visit) ¦ $a_nat passport {{pp|$a_ppfor}}
@field NI number (travel claim) ¦ {{ni|$a_nitight}}
@field Interpreter ¦ Yes - language noted below
@field Other party ¦ {{n|$b_full}}, {{pris|$b_pris}}, now at HMP Bure
Summary of the case so far
{{n|$a}} moved from Leicester to $a_town in September to be near her sister {{n|$s_full}}. Her former partner {{n|$b}} {{sc|was convicted of coercive and controlling behaviour}} and {{sc|is serving 3 years}}. This is not a face-to-face case: {{n|$a}} wants to send a recorded video message only, which our policy allows in domestic abuse cases after a specialist risk assessment (done $d1 by {{n|$ra_full}}, IDVA).
Needs: {{n|$a}} speaks Romanian and good English, but wants an interpreter for anything legal. She {{sc|is pregnant}} (due in March) and {{sc|has epilepsy}}; avoid long journeys.
Leicestershire Police reference: {{pol|$b_crime}}. Do not share the new address with the prison or probation.
@field Completed by ¦ {{n|$cw_full}}, RJ Coordinator
@field Date ¦ $d3
"""

MEDIATION_INTAKE = """Neighbour mediation - first contact and intake (typed from the phone call)
¦Field¦Detail
¦Caller¦{{n|$a_tfull}}
¦Address¦{{addr|$a_addr}}, $a_town, {{pc|$a_pclow}}
¦Phone¦{{tel|$a_land}} (home) / {{tel|$a_mob_sp}} (mobile)
¦Email¦{{em|$a_email}}
¦Other party¦{{n|$b_tfull}} and {{n|$b2_full}}, {{addr|$b_addr}}
¦Referred by¦Self (leaflet from the Citizens Advice drop-in)
¦Housing provider¦Both owner-occupiers
What the caller told us
The dispute is over the shared drive and a leylandii hedge. {{n|$a_tl}} says {{n|$b}} has parked a caravan ({{vrm|$b_vrmold}} on the towing car) across the drive since August. Words were exchanged at the residents' association AGM, where {{n|$b}} said {{n|$a_tl}} "only got the council job because she's {{sc|Labour}}". {{n|$a_tl}} is a councillor on the town council.
She also says {{n|$b2}} made remarks about her partner {{n|$c_full}}, who {{sc|is Polish}}.
Health: {{n|$a_tl}} {{sc|is recovering from a hip replacement}}, so a home visit is best. Not before 11am.
Police: one call, logged {{pol|$a_cad}}. No crime recorded.
Next steps: letter to {{n|$b_tl}} offering a visit (do not mention the caravan registration). Allocated to $staff2. Target: visit both within 15 working days.
Taken by $staff on $d1, 14:20-14:55.
"""

HATE_INCIDENT = """@header Essex Police / Chelmsford City Council - Joint hate incident report | OFFICIAL-SENSITIVE
Hate incident report - Traveller site
Reporting person: {{n|$a_tfull}}, pitch 6, {{addr|Meadow View Travellers' Site, Sandford Mill Lane}}, $a_town {{pc|$a_pc}}. Mobile {{tel|$a_mob}}.
Perceived motivation: {{sc|Race - Irish Traveller}}.
Crime reference: {{pol|$a_crime}}. Incident log: {{pol|$a_log}}.
Account
On $odate_l {{n|$a_tl}}'s grandson {{n|$g}} ({{age|$g_aged}}) and his cousin {{n|$k_full}} went to the shop on Sandford Road. A group of young men outside shouted "{{sc|pikeys}}" and one of them, whom {{n|$g}} knows as {{n|$x_nick}} from {{sch|$school}}, {{sc|spat at him}} and {{sc|threw a can of drink}}. {{n|$k}} filmed part of it on his phone.
{{n|$x_full}} ({{age|$x_age}}), of {{addr|$x_addr}}, was identified by the school from the video. He {{sc|was interviewed under caution}} on $dl2 with his father {{n|$xf_full}} present, and {{sc|admitted the spitting}}.
Impact
{{n|$a_tl}} said the family {{sc|are Catholics}} and go to Mass at Our Lady Immaculate, and that this is the third time this year that the boys have been abused on the way there. {{n|$g}} no longer wants to go to school and {{sc|has been having panic attacks}}. His mother, {{n|$gm_full}}, has asked for the school to do something "that isn't just a detention".
Proposed response
Community resolution with a restorative meeting, subject to the family's agreement. The council's Gypsy and Traveller liaison officer, {{n|$lo_full}} ({{em|$lo_work@chelmsford.gov.uk}}), will attend. The school's DSL has been told.
@tracked Referred to $org on $d3. ¦ {{n|$x}}'s father {{n|$xf_last}} {{sc|has previous convictions for public order offences}} (PNC) - not to be shared.
@comment PS {{n|$ps_full}}: removed the line about the father - not relevant and not for the RJ provider.
@footnote Recorded under the College of Policing Hate Crime Operational Guidance (2020); monitored strand: race.
"""

INTERPRETER = """INTERPRETER BOOKING REQUEST - Suffolk Interpreting Partnership (bookings@suffolk-interpreting.org.uk)
Requesting organisation: $org. Cost code NMT-SF-INT. Booked by: $staff ($org_phone).
Job ref (theirs): SIP-$n4-26
Language: Tigrinya (Eritrean). Gender of interpreter: female, please.
Date/time: $dw5, 13:30-15:30 (home visit)
Client: {{n|$c_full}}
Client DOB: {{dob|$c_dobl}}
Address: {{addr|$c_addr}}, $c_town {{pc|$c_pc}} - ground floor flat, ring twice
Client phone (for the interpreter if lost): {{tel|$c_mob}}
Background for the interpreter (keep confidential): {{n|$c}} is the harmed person in a restorative case. Her shop window was broken by {{n|$a_full}}, who {{sc|has accepted a youth conditional caution}} for it. {{n|$c}} {{sc|is an Eritrean Orthodox Christian}} and is fasting that week - no refreshments will be offered. Her husband {{n|$h}} may also be present; he speaks some English.
Please do not discuss the case with anyone from the Ipswich Eritrean community; {{n|$c}} is worried about being recognised.
Invoice to: accounts@$org_domain, quoting PO NMT-4410.
"""

CIRCLE = """Restorative circle record - Year 9
School: {{sch|$school}}. Room: S14 (science block). Date: $dl2, periods 3-4.
Keepers: $staff ($org) and {{n|$t_tfull}} (Head of Year 9).
In the circle: {{n|$p1_full}}, {{n|$p2_full}}, {{n|$p3_full}}, {{n|$p4_full}}, and the form tutor.
Talking piece: a stone from the beach at Hunstanton that {{n|$t_tl}} brought.
Why we met
A video of {{n|$p1}} was shared in the year-group Snapchat with a caption about {{n|$p1}} being "{{sc|gay}}". {{n|$p1}} has since told the school that he {{sc|is bisexual}} and that he was not ready for people to know.
Round 1 - what happened?
{{n|$p2}} said he filmed it "for a laugh" in the changing room. {{n|$p3}} wrote the caption. {{n|$p4}} shared it to two other groups.
Round 2 - who has been affected?
{{n|$p1}} ({{age|$p1_age}}) said he stayed home for three days and his mum {{n|$p1m_full}} found him crying. {{n|$p4}} said she felt sick when she realised.
Round 3 - what needs to happen?
Video deleted from all phones (checked by the DSL). Apology in person from all three. {{n|$p3}} to help plan the LGBT+ History Month assembly with the pastoral team.
Notes for staff only
{{n|$p1}} has asked that his mum is not told about the word used. He {{sc|has an anxiety disorder}} and the SENCo is aware. The police were informed as a precaution ({{pol|$p1_occ}}); no further action.
Next circle: $dw5, same room.
"""

VICTIM_NEEDS = """@header Suffolk Victim Care - Victim Needs Assessment (VNA) - extract shared with the RJ provider with consent
Victim Needs Assessment
¦Name¦{{n|$v_tfull}}
¦Date of birth¦{{dob|$v_dobus}}
¦Address¦{{addr|$v_addr}}, $v_town
¦Postcode¦{{pc|$v_pc}}
¦Telephone¦{{tel|$v_land_br}}; mobile {{tel|$v_mob_intl0}}
¦Email¦{{em|$v_email}}
¦NI number (for the compensation claim)¦{{ni|$v_ni}}
¦Police reference¦{{pol|$v_crime}}
¦Crime type¦Assault occasioning actual bodily harm (taxi driver)
¦Ethnicity (self-described)¦{{sc|Kurdish (Iraqi)}}
¦Religion¦{{sc|Muslim}}
¦Disability¦{{sc|Hearing loss in the left ear since the assault}}
¦Sexual orientation¦Prefer not to say
Needs identified
Emotional: {{n|$v_tl}} {{sc|is on the waiting list for trauma therapy}} (Wellbeing Suffolk; referral quotes NHS no. {{nhs|$v_nhssp}}). He says he is "fine" but has stopped doing night shifts.
Practical: taxi licence renewal with Ipswich Borough Council; loss of earnings about £2,300; help with the Criminal Injuries Compensation Authority form.
Restorative justice: {{n|$v_tl}} would like to meet the passenger, {{n|$a_full}}, who {{sc|pleaded guilty}} at Ipswich Magistrates' Court. His cousin {{n|$c_full}} ({{tel|$c_mob}}) will come as his supporter and can interpret if needed.
ID for the CICA claim: $v_nat passport {{pp|$v_ppfor}}.
Case worker: {{n|$cw_full}}, Victim Navigator. Team inbox: victimcare@suffolk.police.uk (do not use for clients).
"""

VOLUNTEER_APP = """$org - Volunteer facilitator application (part B: personal details and declarations)
This part is seen only by the volunteer coordinator and is kept separately from your application answers.
@field Full name ¦ {{n|$v_mid}}
@field Address ¦ {{addr|$v_addr}}
@field Town ¦ $v_town
@field Postcode ¦ {{pc|$v_pc}}
@field Date of birth ¦ {{dob|$v_dob}}
@field Mobile ¦ {{tel|$v_mob}}
@field Email ¦ {{em|$v_email}}
@field National Insurance number ¦ {{ni|$v_ni}}
@field Driving licence number ¦ {{dl|$v_dlsp}}
@field Vehicle registration (for mileage) ¦ {{vrm|$v_vrm}}
@field Passport (for the DBS ID check) ¦ {{pp|$v_pp}}
@field Emergency contact ¦ {{n|$e_full}} (partner), {{tel|$e_mob_sp3}}
Health declaration
Do you have a health condition or disability we should know about, so that we can make adjustments? {{sc|Yes - I have type 1 diabetes (insulin pump) and I had treatment for depression in 2021, now well.}}
Criminal record declaration
Do you have any unspent convictions, cautions, reprimands or final warnings? No.
Do you have any spent convictions that would be disclosed on an enhanced DBS certificate? {{sc|Yes - a conviction for theft in 2009, when I was 19. I was given a community order.}} I would like to talk about this at interview; it is part of why I want to do this work.
Equality monitoring (optional - separated from this form on receipt)
Religion or belief: {{sc|Buddhist}}. Sexual orientation: {{sc|Lesbian}}. Ethnicity: {{sc|Mixed - White and Black African}}.
Referees
1. {{n|$r1_full}}, line manager at Anglian Water, {{em|$r1_work@anglianwater.co.uk}}
2. {{n|$r2_full}}, Wensum Sports Centre volunteer lead, {{tel|$r2_land}}
@field Signed ¦ {{n|$v_full}}
@field Date ¦ $d2
"""

# ------------------------------------------------------------------------------------------ clean documents

ANNUAL_CLEAN = """@header $org | Annual Report 2024-25 | East Midlands and East Anglia programme | registered charity no. 1162837
Annual Report 2024-25: East Midlands and East Anglia
From the Chief Executive
This was our second full year working across Lincolnshire, Nottinghamshire, Derbyshire, Leicestershire, Northamptonshire, Norfolk, Suffolk and Essex. We received 1,284 referrals, up 18% on last year, and completed 406 restorative processes. 89% of the people harmed who answered our survey said they would recommend the service.
Priya Nair, Chief Executive
Case study 1: the bandstand (names and details changed)
Child A, aged 13, and two friends damaged the railings of a park bandstand one Saturday afternoon. The park warden, Mr X, had looked after the bandstand for twenty years. After two preparation visits each, Child A and Mr X met at the park office. Child A helped repaint the railings over three weekends, and Mr X now greets him by name.
Case study 2: a letter from prison (names and details changed)
Person B was serving a sentence for a burglary in a market town. Through the prison's restorative lead, Person B wrote to the householder, Mrs Y, who had asked "why my house?". Mrs Y said the letter answered that question, and that she no longer checks the locks four times a night.
Case study 3: YP3 and the bus driver
YP3, one of the 61 young people aged 10 to 17 referred by youth justice services this year, met the driver whose cab screen he had cracked. The driver asked YP3 to come on a training day for new drivers, and he did.
Our people
Thank you to our staff - Sarah Thompson, Daniel Okoro, Gareth Hughes, Joanne Whitfield, Tomasz Nowicki, Aisha Rahman and Bethan Lloyd - and to our 47 volunteers, 12 of whom joined this year.
Our funders
The Offices of the Police and Crime Commissioners for Norfolk, Suffolk and Lincolnshire; the Edith Cavell Fund; the Thomas Paine Community Trust; the Boole Foundation for Lincolnshire; and Hope Street Community Lottery. Grace Road Cricket Club hosted our summer volunteer day.
Figures at a glance
Referrals 1,284. Processes completed 406 (direct 171; indirect 235). Average time from referral to first contact: 4.2 working days. People harmed aged 65 and over: 22%. Young people in care: 14.
@footnote Figures are drawn from the case management system on 3 April 2025 (report CMS-AR-07, version 2). Case studies are published without names, with the agreement of the people involved.
@footnote Percentages are rounded; "young people" means those aged 10 to 17 at referral.
"""

HANDOUT_CLEAN = """Restorative practice: an introduction - handout for day 1 of the volunteer course (course code RJV-L2-26-01)
Trainers: Joanne Whitfield and Tomasz Nowicki. Room 3, Sincil Bank Community Hub. Version 4.1.
1. Where the ideas come from
Restorative justice asks three questions: who has been harmed, what are their needs, and whose obligations are these? The questions are usually credited to Howard Zehr (Changing Lenses, 1990). John Braithwaite's Crime, Shame and Reintegration (1989) introduced "reintegrative shaming". Nils Christie's lecture "Conflicts as Property" (1977) argued that the state had "stolen" conflicts from the people involved. Heather Strang's Repair or Revenge (2002) looked at what victims want, and Joanna Shapland and colleagues evaluated three UK schemes for the Ministry of Justice (2008 to 2011).
In schools, Belinda Hopkins's Just Schools (2004) is the usual starting point. Ted Wachtel's social discipline window is on page 4.
2. The law and guidance
The Code of Practice for Victims of Crime in England and Wales (2020), Right 7, entitles victims to information about restorative justice. The Crime and Disorder Act 1998, section 37, sets the aim of the youth justice system. Restorative justice can form part of a youth conditional caution or a community resolution.
3. A practice scenario (invented)
Person A, aged 15, has damaged a car belonging to Person B. Person B's partner, Person C, is angry and wants the police to "do something". Practise the first phone call with Person B in threes: caller, facilitator, observer. Then swap.
4. Words to watch
Say "the person harmed" and "the person responsible", not "victim" and "offender", unless the person you are speaking to uses those words. We hope, rather than promise, that a meeting will help. Grace, patience and a good cup of tea go a long way. Mark the end of each meeting clearly.
5. Reading for next week
Restorative Justice Council, Best Practice Guidance (2011), sections 1 to 3. The Little Book of Restorative Justice (Zehr, ISBN 978-1-56148-376-8) is in the office library; ask Daniel Okoro.
Next session: Tuesday 10 February 2026, 10:00 to 15:30, Room 3. Bring the workbook.
"""

INVOICE_CLEAN = """Hythe Community Centre Ltd
Hythe Hill, Colchester CO2 8NN | Bookings 01206 500 220 | bookings@hythecc.org.uk
Company no. 07755311 | Registered charity no. 1143902 | VAT GB 311 4827 60
INVOICE
Invoice number: $invoice
Invoice date: $dl3
Customer: $org, $org_address
Purchase order: PO-NMT-26-0114
¦Description¦Qty¦Unit price¦Amount
¦Hire of the Constable Room, restorative conference (booking HCC-26-0091)¦1¦£72.00¦£72.00
¦Hire of the quiet room (Room 4) for preparation¦2¦£18.00¦£36.00
¦Refreshments for 9¦9¦£3.20¦£28.80
¦Accessible parking bays (2), no charge¦2¦£0.00¦£0.00
Subtotal £136.80. VAT at 20% £27.36. Total due £164.16.
Payment terms: 30 days. Bank: Colne Valley Bank, sort code 20-66-14, account 41877302. Please quote the invoice number.
Queries to the centre manager on 01206 500 220, Monday to Friday.
"""

PROCEDURE_CLEAN = """@header $org | Procedure P-14: recording health, disability, faith and ethnicity | version 2.3 | owner: Gareth Hughes
Procedure P-14: recording health, disability, faith and ethnicity
1. Why we record this information
We ask about health, disability, religion or belief, ethnicity and sexual orientation so that we can make reasonable adjustments (Equality Act 2010, section 20) and check that our service reaches everyone. This is special category data under Article 9 of the UK GDPR; our lawful basis is set out in the appropriate policy document (Annex C).
2. What to record
Record only what a participant chooses to tell us, in their own words, in the "Needs and adjustments" field. Use the monitoring codes (for example W1, W3, A2, B2) only on the separate equality monitoring form, which is stored apart from the case file.
3. What not to record
Do not record a diagnosis that the participant has not given us. Do not guess anyone's ethnicity or faith from their name or appearance. Do not copy NHS numbers from health letters into case notes; the NHS number field on the system is for safeguarding referrals only.
4. Children and young people
Young people aged 13 and over may complete the monitoring form themselves. For those aged 10 to 12, a parent or carer completes it with them.
5. Reporting
Quarterly equality reports show counts only, suppressed below 5, by age band (10-17, 18-24, 25-64, 65+), sex, ethnicity group and disability.
@tracked 6. Review: annually, by the Quality and Safeguarding Committee (next review April 2026). ¦ 6. Review: every two years, by the Chief Executive.
@comment Aisha Rahman: changed the review period to annual, as agreed at the committee on 14 January; please check the wording against policy P-02.
@comment Gareth Hughes: agreed. Also add a line on suppression (done in section 5).
@footnote This procedure replaces P-14 version 2.2 (May 2024). Related: Data Protection Policy P-02; Safeguarding Policy P-05; Retention Schedule RS-04.
"""

QUARTERLY_CLEAN = """Quarterly performance return - Restorative Justice Service - Q3 2025-26 (October to December 2025)
To: Office of the Police and Crime Commissioner for Norfolk, commissioning team (contract OPCCN-RJ-2024-03)
From: $org, $org_address. Contact: Joanne Whitfield, $org_phone.
Section 1: Volumes
Referrals received: 118 (Q2: 104). From Norfolk Constabulary 71; Youth Justice Service 22; HMPPS (prisons and probation) 13; self-referrals 9; other 3.
Cases opened: 84. Cases closed: 79, of which 31 direct (face-to-face) and 48 indirect (letters, shuttle, video).
Section 2: Outcomes
People harmed satisfied or very satisfied: 91% (n=57). People responsible completing agreed actions: 88% (n=41).
Average days from referral to first contact: 3.8 (target 5). Cases waiting over 20 working days at quarter end: 6.
Section 3: Who we worked with
People harmed aged 65 and over: 19. Young people aged 10 to 17 (person responsible): 26. Participants who disclosed a disability: 23%. Participants from Black, Asian and minority ethnic groups: 14% (county population: 8%).
Section 4: Case study
See the attached anonymised case study ("Mr X and the allotment"), approved for publication.
Section 5: Risks and issues
Vacancy: one practitioner post (0.8 FTE) in Great Yarmouth, advertised on 2 December. Prison referrals from HMP Bure are slow because of the prison's regime changes.
Invoice for Q3 to follow separately (reference INV-26-0007).
"""

ROTA_CLEAN = [
    ["Week commencing", "Duty worker (helpline)", "Extension", "Back-up", "Prison visits", "Office", "Notes"],
    ["02/02/2026", "Sarah Thompson", "2201", "Daniel Okoro", "Tomasz Nowicki (HMP Bure, Wed)", "Lincoln", "Helpline diverts to $org_phone after 5pm"],
    ["09/02/2026", "Priya Nair", "2204", "Aisha Rahman", "Bethan Lloyd (HMP Highpoint, Tue)", "Norwich", "Team day Thu - Edith Cavell Room, The Forum"],
    ["16/02/2026", "Gareth Hughes", "2207", "Joanne Whitfield", "none (half term)", "Lincoln", "Half term: schools work paused"],
    ["23/02/2026", "Joanne Whitfield", "2203", "Sarah Thompson", "Daniel Okoro (HMP Lincoln, Mon)", "Norwich", "Volunteer course day 3, Room 3"],
    ["02/03/2026", "Tomasz Nowicki", "2205", "Gareth Hughes", "Aisha Rahman (HMP Chelmsford, Thu)", "Colchester", "Hythe Community Centre booked (HCC-26-0091)"],
    ["09/03/2026", "Bethan Lloyd", "2206", "Priya Nair", "Sarah Thompson (HMYOI Glen Parva, Wed)", "Lincoln", "Quarterly return due to the OPCC"],
    ["Mailboxes", "referrals@$org_domain", "", "hello@$org_domain", "prisons@$org_domain", "", "Out of hours: 101 or, in an emergency, 999"],
]

TEXT_DOCS = [
    ("case-notes-shorthand", CASE_NOTES, {"a": "young m age=14-15 region=lincs", "m": "adult f age=35-48 rel=a samehome", "f": "adult m age=36-50 rel=a",
                                          "b": "adult m age=19-22 rel=a", "v": "adult f age=48-64 region=lincs", "h": "adult m age=50-68 rel=v samehome", "o": "pro origin=word"}, "txt"),
    ("police-email-chain", EMAIL_CHAIN, {"o": "pro", "p": "pro m", "a": "adult m age=18-21 region=essex", "v": "adult f age=40-60 origin=indian region=essex",
                                         "s": "adult m age=19-30 rel=v", "c": "adult m region=essex"}, "txt"),
    ("family-whatsapp-export", WHATSAPP, {"m": "adult f age=32-45 region=norfolk", "y": "young m age=13-14 rel=m samehome", "g": "adult f origin=word",
                                          "u": "adult m", "z": "young m age=13-14 region=norfolk", "zm": "adult f rel=z"}, "txt"),
    ("community-resolution-form", CR_FORM, {"a": "adult m age=22-45 region=notts", "v": "old f near=a", "c": "adult f rel=a", "o": "pro", "s": "pro"}, "pdf"),
    ("letter-to-harmed-person", LETTER_HARMED, {"v": "old f region=norfolk home=flat|rural", "a": "adult m age=19-30", "r": "pro", "d": "adult f rel=v"}, "odt"),
    ("oocd-panel-minutes", PANEL_MINUTES, {"ch": "pro", "mt": "pro", "ps": "pro", "hc": "pro", "a": "young m age=13-15 region=norfolk", "am": "adult f rel=a",
                                           "av": "adult", "ab": "adult m age=18-21 rel=a", "b": "young f age=14-16 region=norfolk", "bg": "old f rel=b",
                                           "c": "young m age=14-14 region=norfolk", "t": "pro origin=word"}, "docx"),
    ("outcome-agreement", OUTCOME_AGREEMENT, {"h": "old f region=derbys|leics", "s": "adult m rel=h", "a": "young m age=13-16", "p": "adult f rel=a"}, "docx"),
    ("pre-meeting-risk-assessment", RISK_ASSESSMENT, {"a": "adult m age=25-45 region=lincs", "h": "adult near=a", "o": "pro", "q": "adult", "k": "pro"}, "pdf"),
    ("prison-rj-referral", PRISON_REFERRAL, {"pom": "pro", "x": "adult m age=22-35 mid region=suffolk", "v": "adult f region=suffolk", "vlo": "pro",
                                            "xb": "adult m age=20-30 rel=x"}, "docx"),
    ("safeguarding-chronology", CHRONOLOGY, {"c": "child m age=8-10 region=derbys", "m": "adult f age=28-40 rel=c samehome", "s": "young m age=13-15 rel=m samehome",
                                            "p": "adult m age=28-45", "gp": "pro", "sw": "pro", "t": "pro"}, "docx"),
    ("victim-impact-statement", VIS, {"v": "old f age=66-70 region=essex|suffolk home=house", "h": "old m age=66-75 rel=v samehome", "o": "pro origin=word",
                                      "a": "young m age=16-17", "g": "old m rel=a"}, "odt"),
    ("gp-support-letter", GP_LETTER, {"p": "adult f age=45-65 origin=indian region=essex", "h": "adult m rel=p", "g": "pro"}, "pdf"),
    ("referral-order-panel-report", PANEL_REPORT, {"y": "young m age=15-16 origin=zimbabwean region=northants", "f": "adult m rel=y", "sm": "adult f",
                                                  "m": "adult f rel=y", "cm": "pro", "o": "pro", "nw": "adult"}, "docx"),
    ("prisoner-draft-apology", PRISONER_LETTER, {"x": "adult m age=25-40 region=lincs", "v": "adult f age=28-40 region=lincs", "k": "child m rel=v",
                                                 "d": "child f rel=x", "m": "old f rel=x"}, "odt"),
    ("website-self-referral", WEB_REFERRAL, {"a": "adult f age=22-35 nick region=em", "b": "adult m age=24-38", "c": "child m age=9-10 rel=b", "p": "pro"}, "txt"),
    ("pcso-notebook-transcript", PCSO_NOTEBOOK, {"o": "pro", "w": "pro", "a": "young m age=13-15 town=Boston", "b": "young m age=13-15 town=Boston",
                                                 "c": "young m age=13-15 town=Boston", "m": "adult f rel=a samehome"}, "txt"),
    ("young-person-reflection", REFLECTION, {"y": "young m age=14-15 region=leics", "z": "young m age=14-15 region=leics", "v": "old m origin=jamaican",
                                             "w": "old f rel=v", "m": "adult f rel=y"}, "txt"),
    ("case-transfer-form", CASE_TRANSFER, {"a": "adult f age=24-34 origin=romanian region=norfolk", "b": "adult m age=26-40 region=leics",
                                           "s": "adult f rel=a region=norfolk", "ra": "pro", "cw": "pro"}, "pdf"),
    ("neighbour-mediation-intake", MEDIATION_INTAKE, {"a": "adult f age=45-65", "b": "adult m age=45-70 near=a", "b2": "adult f rel=b samehome",
                                                      "c": "adult m origin=polish"}, "odt"),
    ("hate-incident-report", HATE_INCIDENT, {"a": "old f origin=traveller town=Chelmsford", "g": "young m age=12-14 rel=a", "k": "young m origin=traveller",
                                             "x": "young m age=14-16 nick region=essex", "xf": "adult m rel=x", "gm": "adult f rel=a", "lo": "pro", "ps": "pro"}, "docx"),
    ("interpreter-booking", INTERPRETER, {"c": "adult f origin=eritrean region=suffolk", "h": "adult m rel=c", "a": "young m"}, "txt"),
    ("school-circle-record", CIRCLE, {"t": "pro", "p1": "pupil m age=13-14", "p1m": "adult f rel=p1", "p2": "pupil m age=13-14 origin=word", "p3": "pupil f age=13-14",
                                      "p4": "pupil f age=13-14"}, "odt"),
    ("victim-needs-assessment", VICTIM_NEEDS, {"v": "adult m age=35-55 origin=kurdish region=suffolk", "a": "adult m age=19-30", "c": "adult m origin=kurdish",
                                               "cw": "pro"}, "docx"),
    ("volunteer-application-part-b", VOLUNTEER_APP, {"v": "adult f age=35-36 region=norfolk origin=english|welsh|scottish|word", "e": "adult f", "r1": "pro region=norfolk", "r2": "pro region=norfolk"}, "pdf"),
    ("annual-report-2024-25", ANNUAL_CLEAN, {}, "docx"),
    ("volunteer-course-handout", HANDOUT_CLEAN, {}, "odt"),
    ("venue-hire-invoice", INVOICE_CLEAN, {}, "pdf"),
    ("procedure-p14-equality-data", PROCEDURE_CLEAN, {}, "docx"),
    ("opcc-quarterly-return", QUARTERLY_CLEAN, {}, "txt"),
]

# ------------------------------------------------------------------------------------------ workbooks and exports

ETHNICITY = {"english": "W1 White British", "welsh": "W1 White British", "scottish": "W1 White British", "word": "W1 White British",
             "irish": "W2 White Irish", "traveller": "W3 Gypsy or Irish Traveller", "romany": "W3 Gypsy or Irish Traveller",
             "polish": "W9 Any other White background", "romanian": "W9 Any other White background", "lithuanian": "W9 Any other White background",
             "roma": "W4 Roma", "fr_QC": "W9 Any other White background", "ru_RU": "W9 Any other White background", "el_GR": "W9 Any other White background",
             "somali": "B2 Black African", "eritrean": "B2 Black African", "nigerian": "B2 Black African", "ghanaian": "B2 Black African",
             "zimbabwean": "B2 Black African", "jamaican": "B1 Black Caribbean", "pakistani": "A2 Pakistani", "bangladeshi": "A3 Bangladeshi",
             "indian": "A1 Indian", "chinese": "A4 Chinese", "vietnamese": "A9 Any other Asian background", "syrian": "O1 Arab",
             "afghan": "O9 Any other ethnic group", "kurdish": "O9 Any other ethnic group", "turkish": "O9 Any other ethnic group"}
RELIGION = {"polish": "Christian (Catholic)", "irish": "Christian (Catholic)", "traveller": "Christian (Catholic)", "romanian": "Christian (Orthodox)",
            "eritrean": "Christian (Orthodox)", "el_GR": "Christian (Orthodox)", "somali": "Muslim", "afghan": "Muslim", "pakistani": "Muslim",
            "bangladeshi": "Muslim", "kurdish": "Muslim", "syrian": "Muslim", "turkish": "Muslim", "indian": "Hindu", "nigerian": "Christian",
            "ghanaian": "Christian", "zimbabwean": "Christian", "jamaican": "Christian", "chinese": "Buddhist", "vietnamese": "Buddhist"}


def sheet_docs(rng: random.Random, names: Names) -> list[Doc]:
    docs: list[Doc] = []

    # a phone's text messages, exported by a backup app for the police and the RJ practitioner
    v = cast(rng, names, {"a": "young f age=16-17 region=suffolk", "b": "young m age=17-17 nick region=suffolk", "c": "adult m", "m": "adult f rel=a samehome",
                          "e": "young", "o": "pro"})
    rows = [["Date", "Type", "Contact", "Address", "Body"]] + cells(SMS_ROWS, v)
    docs.append(Doc("sms-backup-export", "csv", [("table", rows)]))

    # the online feedback survey, exported with its free text
    v = cast(rng, names, {"a": "old origin=word", "b": "adult m", "c": "young m", "d": "adult f", "e": "old m", "f": "old f rel=e", "g": "young f age=13-15",
                          "h": "adult f rel=g", "i": "pro origin=word"})
    docs.append(Doc("feedback-survey-export", "csv", [("table", cells(SURVEY_ROWS, v))]))

    # case management system referral export: odd column names, identity documents on a hidden sheet
    v0 = cast(rng, names, {})
    head = ["RefID", "RefDate", "RefSource", "SubjForename", "SubjSurname", "SubjDOB", "SubjAge", "Subj_Addr1", "Subj_Town", "Subj_Postcode",
            "ContactTel1", "ContactTel2", "SubjEmail", "SchoolName", "VicForename", "VicSurname", "VicDOB", "Vic_Postcode", "VicTel",
            "OffenceCat", "PoliceRef", "EthnicityCode", "Religion", "Notes_Free", "AllocWorker"]
    ids = [["RefID", "SubjNHS", "SubjNINO", "DocType", "DocNo", "VicNHS", "CheckedBy"]]
    plan = [("young m age=13-17 region=lincs", "old", "Lincs Police OOCD", "{{sc|Criminal damage}}", "crime", "{{sc|Subj has ADHD; meds in am}}. Mum does all contact."),
            ("adult m age=19-40 region=notts origin=polish|romanian|lithuanian", "adult f", "HMPPS Victim Contact", "{{sc|Burglary dwelling}}", "crime", "{{sc|Subj in HMP Ranby}} ({{pris|$y_pris}}), cat C. Vic wants letter only."),
            ("young f age=14-16 region=leics origin=indian|pakistani|bangladeshi", "young f", "YJS Leicester", "{{sc|Assault (ABH)}}", "occ", "Fight at bus stn. Vic's dad v angry - risk to assess."),
            ("adult m age=25-50 region=norfolk", "adult m", "Norfolk Police", "{{sc|Harassment}}", "log", "Neighbours. {{sc|Vic is a wheelchair user}}. No contact order in place."),
            ("young m age=13-16 region=essex origin=somali|eritrean|afghan|syrian|kurdish", "adult f", "Essex YJS", "{{sc|Robbery (phone)}}", "crime", "{{sc|Subj arrived UK 2023, unaccompanied}}. Tigrinya/Arabic interp?"),
            ("adult f age=20-45 region=suffolk", "adult f", "Self", "{{sc|Theft from employer}}", "crime", "Subj self-referred, wants to apologise to ex-manager."),
            ("young m age=15-17 region=derbys origin=traveller|romany|roma", "old m", "Derbys Police", "{{sc|Hate crime - race}}", "occ", "Subj's family on the Sinfin site. Vic {{sc|is Sikh}}."),
            ("adult m age=30-55 region=northants origin=jamaican|nigerian|ghanaian|zimbabwean", "adult m", "Probation", "{{sc|Dangerous driving}}", "urn", "{{sc|Subj on licence}}, POM is {{n|$w_full}}."),
            ("young m age=13-15 region=lincs origin=chinese|vietnamese|turkish", "young m", "School", "{{sc|Assault (common)}}", "log", "Playground. Vic {{sc|has a heart condition}}, school nurse aware.")]
    tel2 = ["{{tel|$y_land_std}}", "", "{{tel|$p_mob_sp}}", "{{tel|$y_land_br}}", "{{tel|$p_mob_tight}}", "", "{{tel|$p_mob_intl}}", "{{tel|$y_land_dash}}", ""]
    dobs = ["{{dob|$y_dob}}", "{{dob|$y_dobiso}}", "{{dob|$y_dob}}", "{{dob|$y_dobcompact}}", "{{dob|$y_dob}}", "{{dob|$y_dobnp}}", "{{dob|$y_dob}}", "{{dob|$y_dobsl}}", "{{dob|$y_dob}}"]
    rows = [head]
    used: set[str] = set()
    for j, (ys, hs, source, off, pref, note) in enumerate(plan):
        v = cast(rng, names, {"y": ys, "h": hs, "p": "adult rel=y samehome", "w": "pro"}, used)
        young = int(v["y_age"]) < 18
        rel = RELIGION.get(v["y_origin"])
        row = [f"R{26000 + rng.randint(100, 999)}", v0[f"d{1 + j % 6}"], source, "{{n|$y}}", "{{n|$y_last}}", dobs[j], "{{age|$y_age}}",
               "{{addr|$y_addr}}", "$y_town", "{{pc|$y_pc}}" if j % 3 else "{{pc|$y_pctight}}",
               "{{tel|$p_mob}}" if young else "{{tel|$y_mob}}", tel2[j] if not young else ("{{tel|$y_mob_sp}}" if j % 2 else ""), "" if young or j % 2 else "{{em|$y_email}}",
               "{{sch|$school}}" if young else "N/A", "{{n|$h}}", "{{n|$h_last}}", "{{dob|$h_dob}}" if j % 2 == 0 else "", "{{pc|$h_pc}}",
               ["{{tel|$h_mob}}", "{{tel|$h_land}}", "{{tel|$h_mob_intl}}"][j % 3], off, "{{pol|$y_" + pref + "}}",
               "{{sc|" + ETHNICITY.get(v["y_origin"], "W9 Any other White background") + "}}" if j != 5 else "NS Not stated",
               "{{sc|" + rel + "}}" if rel else "Not stated", note, rng.choice([v0["staff"], v0["staff2"], "UNALLOC"])]
        rows.append(cells([row], v)[0])
        doc_type, doc_no = [("Passport", "{{pp|$y_ppfor}}"), ("Driving licence", "{{dl|$y_dl}}"), ("None", ""), ("Passport", "{{pp|$y_pp}}"),
                            ("ARC card", "held by YJS"), ("Driving licence", "{{dl|$y_dlsp}}"), ("None", ""), ("Driving licence", "{{dl|$y_dlcard}}"),
                            ("None", "")][j]
        ids.append(cells([[row[0], ["{{nhs|$y_nhs}}", "{{nhs|$y_nhssp}}", "{{nhs|$y_nhsdash}}"][j % 3] if j != 4 else "not known",
                           "" if int(v["y_age"]) < 16 else ["{{ni|$y_ni}}", "{{ni|$y_nitight}}"][j % 2], doc_type, doc_no,
                           "{{nhs|$h_nhs}}" if j in (3, 8) else "", rng.choice(STAFF)]], v)[0])
    lookup = [["Code", "Meaning"], ["OOCD", "Out of court disposal"], ["RJ3", "Indirect restorative process"], ["UNALLOC", "Awaiting allocation"],
              ["NS", "Not stated"], ["R26xxx", "Referral number (internal, not a police reference)"], ["Export", f"CaseFlow v6.2, {v0['d6']}, by {v0['staff3']}"]]
    docs.append(Doc("cms-referral-export", "xlsx", [("sheet", "Referrals", rows, False), ("sheet", "ID_Docs", ids, True), ("sheet", "LKP", lookup, False)]))

    # school behaviour log: contacts and medical sheets hidden
    v0 = cast(rng, names, {})
    log = [[fill("Behaviour and restorative log - {{sch|$school}} - Year 8 and 9 - Autumn term", v0), "", "", "", "", "", ""],
           ["Date", "Pupil", "Form", "Type", "What happened", "Staff", "Outcome"]]
    contacts = [["Pupil", "DOB", "Parent/carer", "Relationship", "Tel", "Email", "Address", "Postcode"]]
    medical = [["Pupil", "NHS number", "Condition / need", "Plan"]]
    entries = [
        ("Conflict", "{{n|$p}} and {{n|$q_full}} argued over a football in the MUGA; {{n|$q}} pushed {{n|$p}} into the fence.", "Restorative conversation (R)"),
        ("Prejudice", "{{n|$q_full}} called {{n|$p}} a \"{{sc|terrorist}}\" in RE. {{n|$p}}'s family {{sc|are Muslim}} and {{sc|of Afghan heritage}}.", "C3 + restorative meeting with parents"),
        ("Online", "{{n|$p}} posted a photo of {{n|$q}}'s house on TikTok with the street name. Removed.", "R + parent meeting"),
        ("Wellbeing", "{{n|$p}} disclosed that {{sc|she has been self-harming}}. DSL informed same day.", "Early Help; CAMHS referral"),
        ("Damage", "{{n|$p}} {{sc|kicked a hole in the door of the Boole Room}} (maths).", "C2; repair agreed with the site team"),
        ("Conflict", "{{n|$p}} and {{n|$q}} fell out after {{n|$q}} told others that {{n|$p}} {{sc|is gay}}.", "Circle with the form (R)"),
        ("Attendance", "{{n|$p}} late 9 times. Mum says {{n|$p}} is a young carer: dad {{sc|has motor neurone disease}}.", "Young carers' group"),
        ("Damage", "Graffiti in the Newton block toilets. {{n|$p}} admitted it; {{n|$q}} was lookout.", "Clean-up with the site manager (R)"),
    ]
    conditions = {"Wellbeing": "{{sc|Self-harm; safety plan}}", "Attendance": "Young carer", "Conflict": "", "Damage": "{{sc|Autism (EHCP)}}",
                  "Online": "", "Prejudice": "{{sc|Asthma}}"}
    used = set()
    for j, (typ, what, outcome) in enumerate(entries):
        spec = "pupil age=12-14 region=lincs" + (" origin=afghan" if typ == "Prejudice" else "") + (" f" if typ == "Wellbeing" else "")
        v = cast(rng, names, {"p": spec, "q": "pupil age=12-14 region=lincs" + (" origin=word" if j in (0, 5) else ""), "t": "pro", "pp": "adult rel=p samehome"}, used)
        log.append(cells([[v["d1"], "{{n|$p_full}}", f"{rng.choice(['8', '9'])}{rng.choice('BFKNT')}", typ, what, "{{n|$t_init}}", outcome]], v)[0])
        relw = "Mother" if v["pp_son"] == "daughter" else "Father"
        tel = ["{{tel|$pp_mob}}", "{{tel|$pp_mob_tight}}", "{{tel|$pp_land_std}}", "{{tel|$pp_mob_intl}}", "{{tel|$pp_mob_sp3}}", "{{tel|$pp_land_br}}",
               "{{tel|$pp_mob_dash}}", "{{tel|$pp_mob_pairs}}"][j]
        contacts.append(cells([["{{n|$p_full}}", "{{dob|$p_dob}}" if j % 2 == 0 else "{{dob|$p_dobyy}}", "{{n|$pp_tfull}}", relw, tel,
                                "{{em|$pp_email}}" if j % 3 else "", "{{addr|$pp_addr}}", "{{pc|$pp_pc}}" if j % 4 else "{{pc|$pp_pctight}}"]], v)[0])
        cond = conditions.get(typ, "") if j != 7 else ""
        medical.append(cells([["{{n|$p_full}}", ["{{nhs|$p_nhssp}}", "{{nhs|$p_nhs}}", "{{nhs|$p_nhsdash}}"][j % 3], cond or "None recorded",
                               "Reviewed termly" if cond else "-"]], v)[0])
    log[2:] = sorted(log[2:], key=lambda row: dt.datetime.strptime(row[0], "%d/%m/%Y"))
    key = [["Code", "Meaning"], ["R", "Restorative conversation or meeting"], ["C1-C4", "Consequence levels (behaviour policy v7)"],
           ["MUGA", "Multi-use games area"], ["Year 8", "Pupils aged 12-13"], ["Year 9", "Pupils aged 13-14"]]
    docs.append(Doc("school-behaviour-log", "xlsx", [("sheet", "Log", log, False), ("sheet", "Contacts", contacts, True),
                                                     ("sheet", "Medical", medical, True), ("sheet", "Key", key, False)]))

    # housing association ASB log (CSV export)
    v0 = cast(rng, names, {})
    rows = [["Case No", "Logged", "Reporter", "Reporter tel", "Reporter address", "Postcode", "Alleged perpetrator", "Perp address", "Category",
             "Detail", "Vehicle", "Police ref", "Officer"]]
    cats = [("Noise", "Loud music most nights after 11pm", ""),
            ("Parking", "Van parked across the shared drive daily", "{{vrm|$b_vrm}}"),
            ("Verbal abuse", "Shouted at reporter's children in the stairwell", ""),
            ("{{sc|Drug dealing (suspected)}}", "Cars stopping for a few minutes at all hours; reporter believes {{n|$b}} {{sc|is dealing cannabis}}", "{{vrm|$b_vrmtight}}"),
            ("{{sc|Criminal damage}}", "{{n|$b}} {{sc|scratched the reporter's car}}", "{{vrm|$a_vrm}} (damaged)"),
            ("{{sc|Hate incident}}", "Note through the door calling the reporter's family '{{sc|gypsies}}'; family {{sc|are Roma}}", ""),
            ("Dog fouling", "Dog not cleared up after in the communal garden", ""),
            ("Noise", "DIY and drilling late; reporter {{sc|works nights as a nurse and has fibromyalgia}}", ""),
            ("Parking", "Caravan on the verge", "{{vrm|$b_vrmold}}"),
            ("{{sc|Harassment}}", "Repeated messages after the mediation; reporter {{sc|is pregnant}} and frightened", "")]
    used = set()
    for j, (cat, detail, veh) in enumerate(cats):
        spec = "adult region=norfolk" + (" origin=roma" if "Roma" in detail else "")
        v = cast(rng, names, {"a": spec, "b": "adult near=a", "o": "pro" + (" origin=word" if j % 4 == 1 else "")}, used)
        pref = "{{pol|$a_crime}}" if "sc|" in cat else ("{{pol|$a_log}}" if j % 3 == 0 else "")
        rows.append(cells([[f"ASB-NR-{rng.randint(2000, 2999)}", v0[f"ds{1 + j % 6}"], "{{n|$a_tfull}}" if j % 2 else "{{n|$a_full}}",
                            ["{{tel|$a_mob}}", "{{tel|$a_land}}", "{{tel|$a_mob_tight}}"][j % 3], "{{addr|$a_addr}}", "{{pc|$a_pc}}",
                            "{{n|$b_full}}" if j % 3 else "{{n|$b_revcaps}}", "{{addr|$b_addr}}", cat, detail, veh, pref, "{{n|$o_full}}"]], v)[0])
    rows.append(["", "", "Generated from Orbit Homes ASB module", "", "Housing Hub, Dereham Road", "", "", "", "", "Switchboard 01603 220 000", "", "", ""])
    docs.append(Doc("housing-asb-log", "csv", [("table", rows)]))

    # police restorative disposals export (Leicestershire), officers on a hidden sheet
    v0 = cast(rng, names, {})
    rows = [["Occ_Ref", "Outcome_Date", "Offender_Name", "Offender_DOB", "Age_at_Offence", "Home_PC", "Offence_Desc", "Location", "Victim_Name",
             "Victim_Contact", "Outcome_Type", "RJ_Referral", "ID_Type", "ID_Ref", "OIC"]]
    oics = [["OIC", "Collar", "Email", "Station"]]
    offences = ["Theft from shop (£45, Co-op)", "Criminal damage (car wing mirror)", "Common assault (push)", "Public order s.4A (racially aggravated)",
                "Theft of pedal cycle", "Criminal damage (garden fence)", "Assault by beating (school)", "Malicious communications (Snapchat)",
                "Theft from vehicle", "Criminal damage (bus shelter)"]
    used = set()
    for j, off in enumerate(offences):
        adult = j in (3, 7, 8)
        spec = ("adult age=19-50" if adult else "young age=17-17" if j == 0 else "young age=12-16") + " region=leics"
        v = cast(rng, names, {"a": spec, "h": "adult region=leics", "o": "pro" + (" origin=word" if j in (2, 5) else "")}, used)
        idt, idr = [("Provisional licence", "{{dl|$a_dl}}"), ("None", ""), ("Passport", "{{pp|$a_pp}}"), ("Driving licence", "{{dl|$a_dlsp}}"),
                    ("School ID", "n/a"), ("Passport", "{{pp|$a_ppfor}}"), ("None", ""), ("Driving licence", "{{dl|$a_dlcard}}"),
                    ("Driving licence", "{{dl|$a_dl}}"), ("None", "")][j]
        outcome = rng.choice(["Community Resolution", "Outcome 22 (diversion)", "Adult conditional caution"] if adult else
                             ["Community Resolution", "Outcome 22 (diversion)", "Youth Caution"])
        place = {0: "Co-op, Ashby Road", 4: "Outside {{sch|$school}}", 6: "{{sch|$school}} (playground)", 9: "Belgrave Gate"}.get(j, "Home address area")
        victim = "Co-op (corporate)" if j == 0 else ("Leicester City Council" if j == 9 else "{{n|$h_full}}")
        vcon = "" if j in (0, 9) else ["{{tel|$h_mob}}", "{{tel|$h_land}}", "{{em|$h_email}}"][j % 3]
        rows.append(cells([["{{pol|$a_occ}}" if j % 2 else "{{pol|$a_crime}}", v0[f"d{1 + j % 6}"], "{{n|$a_revcaps}}", "{{dob|$a_dobcaps}}",
                            "{{age|$a_age}}", "{{pc|$a_pc}}", "{{sc|" + off + "}}", place, victim, vcon, outcome,
                            rng.choice(["Y", "Y", "N"]), idt, idr, "{{n|$o_init}}"]], v)[0])
        oics.append(cells([["{{n|$o_full}}", str(rng.randint(1000, 4999)), "{{em|$o_work@leics.police.uk}}", rng.choice(["Euston Street", "Loughborough", "Beaumont Leys"])]], v)[0])
    counts = collections.Counter(r[10] for r in rows[1:])
    summary = [["Outcome type", "Count"], *[[k, n] for k, n in sorted(counts.items())], ["Total", len(rows) - 1],
               ["Report", "RJ-DISP-Q3 v1.4, run by the OOCD team (oocd@leics.police.uk)"]]
    docs.append(Doc("police-restorative-disposals", "xlsx", [("sheet", "Disposals", rows, False), ("sheet", "OIC", oics, True), ("sheet", "Summary", summary, False)]))

    # volunteer register: checks on a hidden sheet
    v0 = cast(rng, names, {})
    vols = [["Volunteer", "Started", "Cohort", "Status", "Cases this year", "Supervisor"]]
    checks = [["Volunteer", "DOB", "NI number", "DBS certificate", "DBS issued", "Driving licence", "Licence checked", "Car reg", "Business insurance",
               "ID seen", "ID number", "Emergency contact", "EC phone"]]
    used = set()
    forms = [("{{dl|$a_dl}}", "{{vrm|$a_vrm}}", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_ni}}"),
             ("{{dl|$a_dlsp}}", "{{vrm|$a_vrmtight}}", "$a_nat passport", "{{pp|$a_ppfor}}", "{{ni|$a_nitight}}"),
             ("{{dl|$a_dlcard}}", "{{vrm|$a_vrmold}}", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_ni}}"),
             ("", "", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_nilow}}"),
             ("{{dl|$a_dl}}", "{{vrm|$a_vrmsuf}}", "$a_nat passport", "{{pp|$a_ppfor}}", "{{ni|$a_ni6}}"),
             ("{{dl|$a_dllow}}", "{{vrm|$a_vrmlow}}", "Driving licence (photocard)", "see licence", "{{ni|$a_ni}}"),
             ("{{dl|$a_dlsp}}", "{{vrm|$a_vrm}}", "UK passport", "{{pp|$a_pp}}", "{{ni|$a_nidash}}")]
    specs = ["adult", "adult origin=polish|lithuanian|romanian|ghanaian|nigerian", "old age=66-72", "adult age=19-24", "adult origin=indian|pakistani|bangladeshi|jamaican",
             "adult", "adult origin=word"]
    for j, (dl, vrm, idt, idn, ni) in enumerate(forms):
        v = cast(rng, names, {"a": specs[j], "e": "adult"}, used)
        vols.append(cells([["{{n|$a_full}}", f"{rng.choice(['09', '10', '01', '03'])}/{rng.choice(['2023', '2024', '2025'])}", f"C{rng.randint(5, 9)}",
                            rng.choice(["Active", "Active", "On break", "Shadowing"]), str(rng.randint(0, 9)), rng.choice(STAFF)]], v)[0])
        checks.append(cells([["{{n|$a_full}}", ["{{dob|$a_dob}}", "{{dob|$a_dobdot4}}", "{{dob|$a_dobmon}}"][j % 3], ni, f"00{rng.randint(1000000000, 9999999999)}",
                              f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([2023, 2024, 2025])}", dl, "Yes (DVLA share code)" if dl else "n/a - no car",
                              vrm, "Seen" if vrm else "", idt, idn, "{{n|$e_full}}", ["{{tel|$e_mob}}", "{{tel|$e_land}}", "{{tel|$e_mob_intl}}"][j % 3]]], v)[0])
    guidance = [["Note"], ["DBS: enhanced with barred lists (children and adults), renewed every 3 years or via the Update Service."],
                ["Mileage: 45p a mile; business insurance required (policy schedule seen by Aisha Rahman)."], ["Coordinator: Bethan Lloyd, ext 2206."]]
    docs.append(Doc("volunteer-register", "xlsx", [("sheet", "Volunteers", vols, False), ("sheet", "Checks", checks, True), ("sheet", "Guidance", guidance, False)]))

    # prison visits booking export (restorative meetings and preparation visits)
    v0 = cast(rng, names, {})
    rows = [["Booking", "Date", "Time", "Establishment", "Prisoner", "Prison no.", "Location", "Visitor(s)", "Visitor DOB", "Visitor ID", "Car (visitors' car park)", "Purpose", "Booked by"]]
    purposes = ["RJ preparation (legal visit room)", "RJ meeting with harmed person", "RJ preparation", "Letter reading", "RJ meeting (video link)",
                "RJ preparation", "Pre-release RJ meeting", "RJ preparation", "RJ meeting with harmed family", "RJ meeting with harmed person",
                "RJ preparation", "RJ meeting with harmed person"]
    used = set()
    for j, purpose in enumerate(purposes):
        v = cast(rng, names, {"x": "adult m age=19-45", "h": "adult", "s": "adult"}, used)
        pris = ["{{pris|$x_pris}}", "{{pris|$x_prislow}}", "{{pris|$x_pris}}", "{{pris|$x_prissp}}", "{{pris|$x_pris}}", "{{pris|$x_prisdash}}",
                "{{pris|$x_pris}}", "{{pris|$x_pris}}", "{{pris|$x_prislow}}", "{{pris|$x_pris}}", "{{pris|$x_prissp}}", "{{pris|$x_pris}}"][j]
        visitors = v0["staff"] if "preparation" in purpose or "Letter" in purpose else f"{v0['staff']}; " + "{{n|$h_full}}" + ("; {{n|$s_full}}" if j % 2 else "")
        vdob = "" if "preparation" in purpose or "Letter" in purpose else "{{dob|$h_dob}}"
        vid = "" if not vdob else ["Passport {{pp|$h_pp}}", "Driving licence {{dl|$h_dlsp}}", "Passport {{pp|$h_ppfor}}"][j % 3]
        car = "" if not vdob or j % 4 == 3 else ["{{vrm|$h_vrm}}", "{{vrm|$h_vrmtight}}", "{{vrm|$h_vrmold}}"][j % 3]
        rows.append(cells([[f"VB-{rng.randint(10000, 99999)}", v0[f"d{1 + j % 6}"], rng.choice(["09:30", "10:00", "14:00", "14:15"]), rng.choice(PRISONS),
                            "{{n|$x_revcaps}}", pris, rng.choice(["HB1", "HB2", "C wing", "D wing", "Seg (via video)"]), visitors, vdob, vid, car, purpose,
                            v0["staff2"]]], v)[0])
    docs.append(Doc("prison-visits-bookings", "csv", [("table", rows)]))

    # telephone system call log (CSV export from the cloud phone system)
    v0 = cast(rng, names, {})
    rows = [["Call ID", "Start", "Direction", "From", "To", "Duration", "Agent", "Matched contact", "Wrap-up", "Note"]]
    calls = [("In", "{{tel|$c_mob_intl}}", "$org_phone", "{{n|$c_full}}", "Case call", "Wants to know if the letter has arrived"),
             ("Out", "2201", "{{tel|$c_land}}", "{{n|$c_tfull}}", "No answer", ""),
             ("In", "01522 558 200", "$org_phone", "Lincolnshire Police switchboard", "Referral", "OIC {{n|$o_full}} re crime {{pol|$c_crime}}"),
             ("In", "{{tel|$c_mob_plus}}", "$org_phone", "(no match)", "New enquiry", "Caller {{n|$c}}, {{sc|says she was assaulted by her neighbour}}; call back"),
             ("Out", "2204", "{{tel|$c_mob_sp}}", "{{n|$c_full}}", "Case call", "{{sc|In hospital for her knee op}} next week; rebook"),
             ("In", "0300 123 4567", "$org_phone", "Suffolk County Council", "Professional", "Team mailbox given"),
             ("In", "{{tel|$c_mob_sp3}}", "$org_phone", "{{n|$c_full}}", "Expenses", "Gave her NI number for the travel claim: {{ni|$c_ni}}"),
             ("In", "Withheld", "$org_phone", "(no match)", "Abandoned", ""),
             ("Out", "2206", "{{tel|$c_land_br}}", "{{n|$c_full}}", "Case call", "Spoke to her son {{n|$s}} ({{tel|$s_mob}})"),
             ("In", "{{tel|$c_mob_tight}}", "$org_phone", "{{n|$c_full}}", "Complaint", "Unhappy about the delay; escalated to Priya Nair"),
             ("Out", "2201", "101", "Police non-emergency", "Professional", "Chased incident {{pol|$c_log}}")]
    used = set()
    for j, (d, frm, to, match, wrap, note) in enumerate(calls):
        if j % 3 == 0:
            v = cast(rng, names, {"c": "adult f region=lincs", "s": "adult m rel=c", "o": "pro"}, used)
        rows.append(cells([[f"CL{rng.randint(10**7, 10**8 - 1)}", f"{v0[f'di{1 + j % 6}']} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", d, frm, to,
                            f"00:{rng.randint(0, 14):02d}:{rng.randint(0, 59):02d}", rng.choice(STAFF), match, wrap, note]], v)[0])
    docs.append(Doc("call-log-export", "csv", [("table", rows)]))

    # clean: equality monitoring return (aggregate counts), codes on a hidden sheet
    summary = [["Equality monitoring return - all participants - 1 April to 30 September 2025", "", "", ""],
               ["Age band", "People harmed", "People responsible", "Total"],
               ["10-17", 21, 96, 117], ["18-24", 38, 71, 109], ["25-64", 212, 118, 330], ["65+", 74, 6, 80], ["Not known", 9, 4, 13], ["Total", 354, 295, 649]]
    eth = [["Ethnic group (2021 Census categories)", "Count", "%"], ["White British (W1)", 498, "76.7"], ["White Irish (W2)", 7, "1.1"],
           ["Gypsy or Irish Traveller (W3)", 11, "1.7"], ["Roma (W4)", 6, "0.9"], ["Any other White background (W9)", 41, "6.3"],
           ["Asian or Asian British (A1-A9)", 33, "5.1"], ["Black or Black British (B1-B9)", 22, "3.4"], ["Mixed (M1-M9)", 14, "2.2"],
           ["Other (O1, O9)", 8, "1.2"], ["Not stated", 9, "1.4"], ["Suppression", "Counts below 5 are shown as <5 in published versions", ""]]
    rel = [["Religion or belief", "Count"], ["Christian", 201], ["Muslim", 37], ["Hindu", 12], ["Sikh", 9], ["Buddhist", "<5"], ["Jewish", "<5"],
           ["Other", 6], ["No religion", 288], ["Not stated", 88], ["Disability disclosed", "23% (149)"], ["Sexual orientation: LGB+", "6% (39)"]]
    codes = [["Code", "Description"], ["W1", "White: English, Welsh, Scottish, Northern Irish or British"], ["W2", "White: Irish"],
             ["W3", "White: Gypsy or Irish Traveller"], ["W4", "White: Roma"], ["A2", "Asian or Asian British: Pakistani"], ["B2", "Black or Black British: African"],
             ["O1", "Other ethnic group: Arab"], ["NS", "Not stated"], ["Source", "ONS 2021 Census classification; guidance note EQ-03 v2"]]
    docs.append(Doc("equality-monitoring-return", "xlsx", [("sheet", "By age", summary, False), ("sheet", "By ethnicity", eth, False),
                                                           ("sheet", "Religion and other", rel, False), ("sheet", "Codes", codes, True)]))

    # clean: staff rota with the organisation's own contacts
    v0 = cast(rng, names, {})
    docs.append(Doc("staff-duty-rota", "csv", [("table", cells(ROTA_CLEAN, v0))]))
    return docs


def sample_docs(rng: random.Random) -> list[Doc]:
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
