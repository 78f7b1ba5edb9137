"""Person names: a gazetteer of first names and surnames, matched on the capitalised words of the
text, weighed with the words around them.

No maintained English NER model installs here, and the small spaCy model misses a third of the
names in our documents, so this recogniser is our own. Its evidence, strongest first:

- a title ("Mrs Kowalska", "Dr Okafor") or a relation or role before ("her son, Kyle");
- two or more adjacent capitalised words that are names and not ordinary words ("Siobhan Murphy");
- one such word with a name beside it that is also a word ("Grace Okonkwo", "Kyle Brown");
- a single first name mid-sentence ("... and Kyle apologised");
- words that are names and ordinary words alike (Hope, Rose, Mark, Will, Grace, Young, Brown,
  Bishop) count only with context: a title, a relation, a verb that people do ("Grace said"), a
  possessive, or because the document names the same person in full elsewhere.

Against it: capitalised words inside an institution's name (a word like School, Trust, Court or
Road in the same run), titles of Acts, headings in title case, pseudonyms ("Victim A", "Mr X").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..base import name_key
from . import lexicon
from .cues import hits_of
from .doc import Cand, Doc, Spans, ending, ends
from .gazetteer import PLACE, STOP, SUPPLEMENT, first_level, gazetteer, surname_level, word_level

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_TOKEN = re.compile(rf"[{_UPPER}](?<![\w][{_UPPER}])\w*(?:['’‘]\w+)*(?:-\w+(?:['’‘]\w+)*)*\.?")
# What may stand between two words of one name: a space, or a particle such as "van der" or "bin".
_GAP = re.compile(r"[ \u00a0]{1,2}(?:(?:de|da|di|do|dos|das|du|del|della|der|den|van|von|le|la|bin|binti|bint|ibn|al|el|ap|"
                  r"ó|ní|nic|mac|ter|ten|y)[ \u00a0])*")

TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lady lord rev revd reverend fr father sr imam rabbi cllr councillor
pc dc ds di dci dsupt sgt sergeant insp inspector det detective judge master mister madam pcso supt sheriff
""".split())
# Words that open or close a message, before or after a name ("Hi Rhodri", "Thanks Siobhan")
_GREETINGS = frozenset("hi hello hey hiya dear thanks thank cheers regards morning afternoon evening welcome sorry ok okay yes "
                       "mon tue tues wed weds thu thur thurs fri sat sun".split())
# Capitalised words that stand for no one's name: a family word used as a name ("Nan's mobile"),
# "I'm" and the like, thanks, languages ("speaks Dari"), job titles and offices before a name,
# models of car ("a Ford Fiesta").
_NOT_NAMES = frozenset("""
mum mummy mam mom dad daddy nan nanna gran granny grandad grandpa grandma nanny auntie aunty uncle sis bro carer parent
guardian clerk
i'm i’m i've i’ve i'll i’ll i'd i’d ta
dari farsi pashto tigrinya amharic sorani kurmanji sylheti urdu punjabi gujarati bengali tamil hindi arabic romani
lingala twi yoruba igbo hausa swahili ndebele
facilitator co-facilitator mediator co-mediator assessor practitioner caseworker coordinator co-ordinator trustee
chancellor mayor lieutenant sheriff provost commissioner
fiesta corsa astra clio micra qashqai juke yaris transit punto octavia fabia insignia mondeo kuga sportage tucson
civic zafira meriva passat touran berlingo megane scenic sandero duster
audi bmw vw volkswagen skoda citroen citroën peugeot renault vauxhall nissan toyota hyundai mazda volvo
subaru suzuki mitsubishi lexus dacia cupra
""".split())
# A run holding one of these names an institution, a place or a law, not a person.
INSTITUTION = frozenset("""
school schools academy college university trust foundation charity council court courts prison prisons centre center
hospital surgery practice service services team teams board partnership police constabulary unit ward house hall library
church chapel mosque temple synagogue gurdwara park road street lane avenue close drive way crescent gardens terrace
place grove square ltd limited plc llp cic inc group fund society association institute network project programme
agency department office ministry act acts bill regulations order award prize building estate arms inn hotel cafe café
stadium bank station airport club centres forum alliance commission committee panel tribunal authority county borough
city town village district region north south east west northern southern eastern western upper lower st saint hmp
hmyoi yoi yot yjs cps nhs clinic lodge manor farm mill works industrial retail shopping theatre museum gallery
restaurant pub bar shop store market primary secondary high grammar infant infants junior nursery pru sixth form
room rooms hub homes housing suite pavilion lounge studio annexe co-op coop rules principles guidelines convention cottage
declaration memorial lecture barn barns fc jfc afc rfc colts wing
mediation conference circle report review plan strategy policy procedure framework standard standards guide
guidance toolkit handbook manual code codes protocol charter scheme initiative campaign day week month year
ffordd heol stryd lôn rhodfa cilgant teras canolfan neuadd ysgol capel eglwys llys swyddfa llyfrgell ysbyty
meddygfa gwesty tafarn cyngor prifysgol coleg clwb
rd st row rise mews terrace fold yard wynd boulevard wharf quay heights circus approach broadway causeway crest
embankment glade hollow nook orchard passage path villas cottages loke drove arcade promenade esplanade precinct
partners solicitors associates infirmary hospice cymru tesco asda sainsbury's sainsburys aldi lidl morrisons
waitrose greggs primark argos wetherspoons mcdonald's mcdonalds spar costcutter
""".split())
# "that" is left out: before a name it is nearly always the conjunction ("noted that Kyle's father")
_DETERMINER = ending("the a an this these those our your their its every each any some no per".split(), trailing=r"\s+")
# A relation, a role, a greeting or an act of contact just before a name ("her son, Kyle", "met with Kyle")
_RELATION = ending(
    """son daughter brother sister mother mum mom father dad husband wife partner ex-partner boyfriend girlfriend
    friend cousin uncle aunt auntie nephew niece grandson granddaughter grandmother grandfather nan nana gran grandad
    grandma grandpa stepson stepdaughter stepfather stepdad stepmother stepmum carer neighbour child baby
    victim offender harmer perpetrator referrer client pupil student against caller it's
    called named aka dear hi hello signed told asked thanked visited contacted phoned emailed rang texted supported""".split()
    + ["person harmed", "person responsible", "young person", "known as", "spoke to", "accompanied by", "attended with",
       "this is", "my name is", "i am", "i'm", "it’s", "hi its", "hiya its", "hello its", "hey its"]
    + [f"{act} with" for act in """meeting met session sessions visit visits call calls conference mediation work working
       worked spoke speaking talked talking contact appointment interview conversation check-in catch-up""".split()],
    # between the word and the name: spaces, a colon, or a comma and a space ("victim, Kyle"); a comma alone
    # separates a CSV's fields ("Referrer,Offence"): see _Context.relation
    trailing=r"([\s,:]*)")
_PERSON_VERB = re.compile(
    r"(?:['’]s\s+(?:mum|mother|dad|father|parents?|carer|family|brother|sister|son|daughter|partner|wife|husband|"
    r"girlfriend|boyfriend|friend|home|house|school|behaviour|account|views|words|apology|letter|statement|"
    r"feelings|experience|teacher|social worker|case|offence|victim)\b"
    r"|\s+(?:said|says|told|tells|asked|asks|explained|explains|felt|feels|agreed|agrees|apologised|apologized|apologises|"
    r"admitted|admits|attended|attends|wanted|wants|wrote|writes|replied|added|stated|disclosed|described|spoke|speaks|"
    r"cried|smiled|nodded|thanked|shared|accepted|declined|refused|arrived|met|meets|lives|lived|moved|became|began|"
    r"decided|chose|hoped|hopes|worried|showed|listened|laughed|acknowledged|reflected|expressed|understood|realised|"
    r"realized|denied|denies|received|joined|completed|engaged|participated|took part|answered|responded|"
    r"was referred|was arrested|was remanded|was charged|was cautioned|was convicted|was sentenced|was bailed|"
    r"was excluded|was interviewed|was born|was offered|was asked|was given|was told|was able|was happy|was upset|"
    r"was keen|was nervous|was worried|was angry|was pleased|is now|is currently|is still|has been|had been|"
    r"was attacked|was assaulted|was hurt|was injured|was targeted|was bullied|was robbed|was threatened|was harassed|"
    r"was scared|was frightened|was sworn at|is back|was back|has had|has got|has lived|has worked|"
    r"(?:would|could|should|was|is|has|had|does|did|wo|ca)n['’]t|"
    r"will (?:attend|complete|write|meet|need|be|have|continue|receive|return|start|join|speak|take)|"
    r"(?:would|could|did|does|can|cannot|can't|didn't|doesn't|won't|should|might|may) (?:not |now |also |still )?"
    r"(?:like|be|have|attend|meet|not|need|want|feel|say|speak|agree|accept|prefer|come|go|write|ask|tell|talk|see)|"
    r"seemed|seems|appeared|appears|continued|continues|went|came|got|gave|made|took|found|knew|thought|thinks|"
    r"remembered|recalled|mentioned|confirmed|reported|noted|needed|needs|missed|left|returned|regretted|"
    r"recognised|recognized|apologises|offered|signed|read|turned|struggled|struggles|enjoyed|enjoys|"
    r"drove|drives|hit|threw|shouted|swore|pushed|grabbed|walked|ran off|punched|kicked|stole|"
    r"and (?:his|her|their) )"
    r"|,[ \u00a0]*(?:(?:his|her|my|their|the)[ \u00a0]+)?(?:mum|mother|dad|father|sister|brother|aunt|auntie|uncle|nan|"
    r"gran|grandma|grandad|carer|partner|son|daughter|wife|husband|cousin)\b"
    r"|,?\s+who\s+(?:is|was|has|had|lives|lived|attended|said|says|told|felt|wanted|agreed|chaired|works|worked|"
    r"joined|led|leads|took|came|asked|spoke|wrote|called|rang|\w+ed\b))"
)
_FAMILY_AFTER = re.compile(r"[ \u00a0]+(?:family|families|household|twins|brothers|sisters|children|boys|girls)\b"
                           r"(?![ \u00a0]+(?:team|service|services|centre|court|hub|worker|workers|support|group|unit|"
                           r"practitioner|network|programme|panel)\b)")
# what a family is called that names no one: "the Traveller family", "the Muslim families"
_GROUP_WORDS = frozenset(w for term in lexicon.ETHNICITY_STRONG + lexicon.RELIGION_STRONG + lexicon.ETHNICITY_WEAK
                         for w in term.split()) | frozenset("""traveller travellers foster host birth adoptive extended
                         whole royal local new other same first second english british welsh scottish irish""".split())
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
# the lower-case words inside a hyphenated place name
_PLACE_PARTICLES = frozenset("on upon le la under in by super de en cum next the with over sub".split())
# a room or a part of a building, then the building's name
_BUILDING_AFTER_ROOM = re.compile(r"\b(?:room|suite|hall|centre|center|library|building|annexe|wing|floor|lounge|studio|unit),"
                          r"[ \u00a0]+$")
# (after a name's possessive) an idea or a body of work named after its author
_THEORY_AFTER = re.compile(r"(?:['’]s?|s['’])[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:model|models|theory|theories|cycle|"
                           r"framework|questions|triangle|hierarchy|ladder|pyramid|window|compass|typology|stages|principles|concept|"
                           r"paradigm|lens|work on|writing on|writings on|research on|research into|book|books|ideas|"
                           r"approach to|definition|formula|law|laws|scale|taxonomy|matrix|checklist)\b")
_CITED_BEFORE = re.compile(r"\b(?:see|in|under|of|per|annex|appendix|section|figure|table)\s+$")
# researchers: "Joanna Shapland and colleagues evaluated ...", "Sherman et al."
_ET_AL = re.compile(r"(?:['’]s)?[ \u00a0]+(?:and|&)[ \u00a0]+(?:her|his|their)?[ \u00a0]*(?:colleagues|co-authors|coauthors)\b"
                    r"|[ \u00a0]+et[ \u00a0]+al\b")
_PLACE_AFTER = re.compile(r"[ \u00a0]*(?:,|and|or|to|&)[ \u00a0]+([A-Z][\w'’-]+)")
_PLACE_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \u00a0]*(?:,|and|or|to|&)[ \u00a0]+$")
_CLOSING = re.compile(r"\b(?:regards|thanks|thank you|sincerely|faithfully|wishes|love|cheers|best|yours)[,.!]?$")
_QUOTE_CLOSE_BEFORE = re.compile(r"[\"”][ \u00a0]*\($")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'd|me|my|myself|im|ive)\b")
_WELSH_AFTER_BETH = re.compile(r"[ \u00a0]+(?:sy['’]n|yw|ydy|ydi|oedd|fydd|am|i|sydd|wyt|ydych|ddigwyddodd)\b")
_WORK_TITLE_AFTER = re.compile(r"['’]s?[ \u00a0]+(?:[A-Z][\w'’-]*,?[ \u00a0]+){1,5}?(?:[A-Z][\w'’-]*)"
                               r"(?=[ \u00a0]*(?:[,.;:(]|\n|$))")
# police records systems, named before their references ("Athena ref", "Niche occurrence")
_POLICE_SYSTEMS = frozenset({"athena", "niche", "storm", "cris", "pronto"})
_SYSTEM_RECORD_AFTER = re.compile(r"[ \u00a0]*(?:ref|reference|number|no|log|crime|occurrence|record|incident|:)")
# "is", "has", "takes": a subject and what is said of it (see _Context.stated)
_STATE_VERB = re.compile(r"[ \u00a0]+(?:is|was|has|had|takes|took|uses|used|suffers|suffered|lives|lived|gets|got|"
                         r"wears|prays|attends|identifies|came out)(?:[ \u00a0]+(?:not|now|also|still|been|being))?\b")
_NOT_STATED = re.compile(r"\b(?:for|people|those|anyone|someone|if|when|where|about|common|important|key|essential|"
                         r"vital|helpful|linked|associated|related)\b")
_AGE_AFTER = re.compile(r"\s*\((\d{1,2})(?:\)|,[ \u00a0](?=[^()\n]{1,60}\)))"
                        r"|,\s*(?:aged\s+|then\s+|now\s+)?(\d{1,2})(?=\s*[,);]|\.(?!\d)|\s+(?:years?|yrs|oed))"
                        r"|,\s*aged\s+(\d{1,2})\b")
# Endings of derived English words that names almost never have; other endings (-ance, -al, -ic, -ed, ...) are
# common in names of many origins ("Evance", "Bilal", "Ludovic", "Mohammed") and are no evidence either way.
_NOT_NAME_SUFFIX = re.compile(r"(?:tion|sion|ment|ments|ness|ity|ities|ship|ism|isms|logy|ising|izing|ised|ized|ings)$")
_APOSTROPHES = re.compile(r"['’‘-]")
_MORPH_SURNAME = re.compile(r"(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|czuk|enko|escu|eanu|oglu|ovic|evic|auskas|"
                            r"auskiene|iene|aite|opoulos|akis|ssen|sson)$")

# token classes; T_COMMON is a very common word that is also a surname ("The", "Young"): a name
# only straight after a title
T_TITLE, T_INITIAL, T_STRONG, T_WEAK, T_UNKNOWN, T_BREAK, T_COMMON = range(7)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    cls: int
    key: str
    first: int
    surname: int
    institution: bool
    possessive: bool


@lru_cache(maxsize=65536)
def _classify(raw: str) -> tuple[int, str, int, int, bool, bool]:
    """(class, key, first-name level, surname level, names an institution, possessive) of a capitalised word."""
    possessive = False
    base = raw.rstrip(".")
    if base.endswith(("'s", "’s", "‘s")):
        base, possessive = base[:-2], True
    elif base.endswith(("s'", "s’", "s‘")) and len(base) > 3:
        base, possessive = base[:-1], True
    low = base.lower()
    if low in TITLES and not possessive:
        return T_TITLE, low, 0, 0, False, False
    if low in _GREETINGS or low in _NOT_NAMES or ("-" in low and all(part in _GREETINGS for part in low.split("-"))):
        return T_BREAK, low, 0, 0, False, possessive
    if len(base) == 1:
        if base in "AI" and not raw.endswith("."):
            return T_BREAK, low, 0, 0, False, possessive  # the article and the pronoun, not initials
        return T_INITIAL, low, 0, 0, False, possessive
    if any(c.isdigit() or c == "_" for c in base):
        return T_BREAK, low, 0, 0, False, possessive
    key = name_key(base)
    if key.endswith("ians") and len(key) > 6 or key.endswith("shire") and len(key) > 7:
        return T_BREAK, key, 0, 0, False, possessive  # "Romanians": a people; "Carmarthenshire": a county
    if base[1:].lower() != base[1:] and not base.isupper() and "-" not in base and "'" not in base and "’" not in base:
        # "PoliceScot", "YouthJustice": a team's name run together (not "McDonald", "DeShawn": a capital after Mc/Mac/De)
        parts = [p.lower() for p in _CAMEL_PARTS.findall(base)]
        if len(parts) > 1 and any(p in INSTITUTION for p in parts):
            return T_BREAK, key, 0, 0, True, possessive
    if "-" in base and any(part in _PLACE_PARTICLES for part in base.split("-")[1:-1]):
        return T_BREAK, key, 0, 0, False, possessive  # "Stoke-on-Trent", "Weston-super-Mare": a place
    if low in INSTITUTION or key in INSTITUTION or "-" in low and any(
            len(part) > 2 and part in INSTITUTION for part in low.split("-")[1:]):
        return T_BREAK, key, 0, 0, True, possessive  # ("Chester-le-Street")
    gaz = gazetteer()
    parts = [name_key(p) for p in base.split("-") if p] if "-" in base else [key]
    first = surname = 0
    word = False
    place = stop = supp = False
    known = True
    for part in parts:
        f = gaz.get(part)
        if not f and len(parts) > 1:
            known = False
            continue
        fl, sl = first_level(f), surname_level(f)
        first, surname = max(first, fl), max(surname, sl)
        # a name from our supplement is no ordinary word, unless it is among the commonest words ("Can")
        word = word or (word_level(f) > 0 and (not f & SUPPLEMENT or word_level(f) <= 2))
        place = place or bool(f & PLACE)
        stop = stop or bool(f & STOP)
        supp = supp or bool(f & SUPPLEMENT)
        if not (fl or sl):
            known = False
    if len(parts) > 1 and all(gaz.is_word(p) or word_level(gaz.get(p)) and first_level(gaz.get(p)) < 2 for p in parts):
        return T_BREAK, key, 0, 0, False, possessive  # words joined by a hyphen: "Self-referral", "Follow-up"
    if len(parts) > 1 and not known:
        first = surname = 0
    elif len(parts) > 1 and word and not all(
            word_level(gaz.get(part)) > 0 and (not gaz.get(part) & SUPPLEMENT or word_level(gaz.get(part)) <= 2)
            for part in parts):
        word = False  # names joined by a hyphen, one of them no word: "Kai-Lee", "Tia-Rose"
    morph = bool(_MORPH_SURNAME.search(key)) and not word
    if morph:
        surname = max(surname, 2)
    allcaps = base.isupper()
    if stop and not (first or surname):
        return T_BREAK, key, 0, 0, False, possessive
    if stop:
        return T_WEAK, key, 0, 0, False, possessive  # a month or a holiday: a name only with a title or relation
    if first or surname:
        if word and first < 2 and not supp and word_level(gaz.get(key)) in (1, 2):
            return T_COMMON, key, first, surname, False, possessive
        if word or place:
            return T_WEAK, key, first, surname, False, possessive
        # a rare US surname that is no first name, is an acronym here, or is short, is weak evidence alone
        if allcaps and len(base) <= 3:
            return T_BREAK, key, 0, 0, False, possessive
        if not first and surname == 1 and not supp and not morph:
            # a rare surname and nothing else: as good as a word we do not know
            return T_UNKNOWN, key, first, surname, False, possessive
        return T_STRONG, key, first, surname, False, possessive
    if allcaps or not _APOSTROPHES.sub("", base).isalpha() or _NOT_NAME_SUFFIX.search(key) or len(key) < 3 or gaz.is_word(key) \
            or gaz.is_uk_place(key):
        return T_BREAK, key, 0, 0, False, possessive  # (a town that is no name: "Lewisham", "Keighley")
    return T_UNKNOWN, key, 0, 0, False, possessive


def _runs(doc: Doc, capitals: list[int]) -> list[tuple[list[Tok], bool]]:
    """Runs of capitalised words that may be one name, each with whether a word of it names an
    institution; a run of ordinary words and nothing else is left out.

    ``capitals`` receives where a word in capitals is followed by a comma ("KOWALSKI, Piotr").
    """
    text = doc.text
    runs: list[tuple[list[Tok], bool]] = []
    current: list[Tok] = []
    keep = False  # the current run holds a possible name or an institution's word
    institution = False
    last_end = -10
    classify = _classify
    for m in _TOKEN.finditer(text):
        raw = m.group()
        start = m.start()
        end = mend = m.end()
        cls, key, first, surname, inst, poss = classify(raw)
        if text[mend:mend + 1] == "," and len(raw) > 2 and raw.isupper():
            capitals.append(start)
        if raw[-1] == "." and cls != T_TITLE and cls != T_INITIAL:
            end -= 1  # a full stop ends the sentence, not the name
        if poss:
            end -= 2 if text[end - 1] in "sS" else 1  # "Kyle's", "Jones'": the name without its ending
        if current and not (start == last_end + 1 and text[last_end] == " ") and (
                start - last_end > 40 or not _joins(text, last_end, start, current)):
            if keep:
                runs.append((current, institution))
            current, keep, institution = [], False, False
        if inst and current and _after_title(current):
            named = _surname_after_title(key, poss)
            if named is not None:
                cls, key, first, surname, inst, poss = named
        current.append(Tok(start, end, cls, key, first, surname, inst, poss))
        keep = keep or cls < T_BREAK or inst
        institution = institution or inst
        last_end = end
        if poss or end < mend:
            if keep:
                runs.append((current, institution))
            current, keep, institution = [], False, False
    if current and keep:
        runs.append((current, institution))
    return runs


def _after_title(current: list[Tok]) -> bool:
    """Whether the run so far is a title and any initials: "Mrs", "PC B."."""
    for tok in reversed(current):
        if tok.cls == T_TITLE:
            return True
        if tok.cls != T_INITIAL:
            return False
    return False


def _surname_after_title(key: str, possessive: bool) -> tuple[int, str, int, int, bool, bool] | None:
    """A word that names institutions ("Ward", "Hall", "Church") is a surname after a title."""
    level = surname_level(gazetteer().get(key))
    return (T_WEAK, key, 0, level, False, possessive) if level else None


def _joins(text: str, a: int, b: int, current: list[Tok]) -> bool:
    gap = text[a:b]
    if gap == " ":
        return True
    if gap == "\n":
        # a name may wrap onto the next line of a PDF: a lone first name, outside a table
        first = current[0]
        if len(current) != 1 or not first.first or first.cls not in (T_STRONG, T_WEAK):
            return False
        line_start = text.rfind("\n", max(0, a - 300), a) + 1
        line_end = text.find("\n", b, b + 300)
        return "\t" not in text[line_start:a] and "\t" not in text[b:line_end if line_end >= 0 else b + 300]
    if not gap or gap[0] not in " \u00a0":
        return False  # a comma, a full stop, a tab: the run ends
    words = gap.replace("\u00a0", " ").replace(" ", "")
    if not words:
        return len(gap) <= 2
    if words.isdigit() and len(current) == 1 and current[0].cls == T_TITLE:
        return bool(_COLLAR.fullmatch(gap))  # "PC 4118 Destiny Gedge": an officer's collar number
    return words.isalpha() and bool(_GAP.fullmatch(gap))


_COLLAR = re.compile(r"[ \u00a0]\d{2,5}[ \u00a0]")


def _context_before(doc: Doc, pos: int) -> str:
    return doc.before(pos, 40, cross_tab=False)


class _once:
    """A property worked out on first use and kept in the instance (``functools.cached_property``
    takes a lock on every first use, and this runs for every candidate name)."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class _Context:
    """The words around a candidate name, each worked out once and only when a rule asks."""

    def __init__(self, doc: Doc, start: int, end: int, last: Tok) -> None:
        self.doc, self.start, self.end, self.last = doc, start, end, last

    @_once
    def before(self) -> str:
        return self.doc.before(self.start, 40, cross_tab=False)

    @_once
    def relation(self) -> bool:
        m = ends(_RELATION, self.before)
        return m is not None and m.group(1) != ","

    @_once
    def age(self) -> bool:
        return _age_after(self.doc, self.end) is not None

    @_once
    def verb(self) -> bool:
        return self.last.possessive or bool(_PERSON_VERB.match(self.doc.after(self.end, 60)))

    @_once
    def heading(self) -> bool:
        return self.doc.is_heading_line(self.start)

    @_once
    def initial(self) -> bool:
        return self.doc.sentence_initial(self.start)

    @_once
    def determiner(self) -> bool:
        return ends(_DETERMINER, self.before) is not None

    @_once
    def stated(self) -> bool:
        """Said to have a condition, a faith, an ethnicity or an offence: "Lily is a wheelchair user", "Precious has
        sickle cell"; not "Hope is essential for people with anxiety" (the term comes too late)."""
        m = _STATE_VERB.match(self.doc.folded, self.end)
        if m is None:
            return False
        for tag in ("strong", "offence"):
            hits = hits_of(self.doc, tag)
            i = bisect.bisect_left(hits, (m.end(), -1))
            if i < len(hits) and hits[i][0] - m.end() <= 24 and not _NOT_STATED.search(self.doc.folded, m.end(),
                                                                                          hits[i][0]):
                return True
        return False

    @property
    def context(self) -> bool:
        return self.relation or self.age


def _group_score(doc: Doc, group: list[Tok], has_title: bool) -> float:
    if has_title:
        return 0.95
    last = group[-1]
    if last.cls in (T_WEAK, T_COMMON) and _PEOPLE_AFTER.match(doc.text, last.end):
        return 0.0  # "Will Young people be asked?", "Young People's Forum"
    names = [t for t in group if t.cls != T_INITIAL]
    if not names or len(names) > 4:
        return 0.0
    if doc.text[group[0].start - 2:group[0].start] == ", " and not (
            names[0].cls == T_STRONG and names[0].first and len(names) > 1 and names[-1].surname) and _BUILDING_AFTER_ROOM.search(
            doc.folded, max(0, group[0].start - 12), group[0].start):
        return 0.0  # "the Brindley Room, Stafford Gatehouse": the building a room is in
    if last.possessive and (len(names) > 1 or not last.first) and _THEORY_AFTER.match(doc.folded, last.end):
        return 0.0  # an author and their idea: "Howard Zehr's three questions", "Kolb's learning cycle"
    cx = _Context(doc, group[0].start, group[-1].end, group[-1])
    if len(names) == 1:
        t = names[0]
        if t.key in _LABEL_WORDS and _LABEL_TAIL.match(doc.text, cx.end) or t.key in _ROLES:
            return 0.0  # "Reg: AB12 CDE", "Reg no: ...", a form's label; "Victim, Harmer", a column of roles
        if doc.folded.endswith("the ", 0, cx.start) and t.cls != T_BREAK and _FAMILY_AFTER.match(
                doc.folded, cx.end) and t.key not in _GROUP_WORDS:
            return 0.8  # "the Okafor family", "the Pike twins": a surname
        if t.key == "beth" and _WELSH_AFTER_BETH.match(doc.folded, cx.end):
            return 0.0  # Welsh "Beth sy'n digwydd nesaf?" ("What happens next?")
        if t.possessive and not t.first and _WORK_TITLE_AFTER.match(doc.text, cx.end):
            return 0.0  # an author and a work: "Zehr's Changing Lenses", "Braithwaite's Crime, Shame and Reintegration"
        if t.key in _POLICE_SYSTEMS and _SYSTEM_RECORD_AFTER.match(doc.folded, cx.end):
            return 0.0  # "Athena ref 52/12345/26": a police records system
        if doc.text[cx.start - 1:cx.start] == "(" and _LANGUAGE_BEFORE.search(doc.text, max(0, cx.start - 30), cx.start):
            return 0.0  # "Moroccan Arabic (Darija)": a language's own name
        cited = (not t.first or t.cls == T_UNKNOWN or doc.text[cx.start - 1:cx.start] == "(")
        if cited and doc.text[cx.end:cx.end + 4].lstrip(" ,")[:1] in ("(", "a", "&", "e", "1", "2") and _CITATION_AFTER.match(
                doc.text, cx.end):
            return 0.0  # an author cited by surname in a policy or a training note: "Zehr (2002)", "(Marshall, 1999)"
        if doc.text[cx.end + 1:cx.end + 2].islower() and _ORG_AFTER.match(doc.text, cx.end) or (
                t.key in _MONTHS and ends(_DAY_NUMBER, doc.text[max(0, cx.start - 6):cx.start])):
            return 0.0  # "Dear Northmoor team", "Mon 20 Jan"
        before = doc.folded[max(0, cx.start - 16):cx.start]
        if "box" in before and ends(_PO_BOX, before) or (not t.first and _TO_POSTCODE.match(doc.text, cx.end)):
            return 0.0  # "PO Box 77, Hutton, Preston PR4 5SB": a place in an address
        if before.endswith("upon ") or t.cls == T_WEAK and _TITLE_GOES_ON.match(doc.text, cx.end):
            return 0.0  # "Newcastle upon Tyne", "Hope for Tomorrow"
        initials_before = group[0].cls == T_INITIAL
        if t.cls == T_STRONG:
            if t.first:
                if cx.context:
                    return 0.85
                if cx.determiner and not cx.before.endswith(("our ", "your ")):
                    return 0.3  # ("our Tyler" is family talk: a person)
                return 0.65 if cx.initial else 0.75
            if initials_before or cx.context or cx.verb:
                return 0.75
            return 0.45
        if t.cls == T_WEAK:
            if initials_before and t.surname:
                return 0.7
            if cx.context:
                return 0.7
            if t.first < 2 or cx.heading or cx.determiner:
                return 0.2
            if cx.verb or cx.stated:
                return 0.6
            before = _word_before(doc, cx.start)
            if t.first >= 3 and not cx.initial and before and before[0].islower() and not _PAIR_BEFORE.search(
                    doc.text, max(0, cx.start - 30), cx.start) and not (
                    before in _PLACE_PREPOSITIONS and gazetteer().get(t.key) & PLACE):
                return 0.55  # not "the Commissioner for Cleveland"
            return 0.2
        if t.cls == T_UNKNOWN:
            # a capitalised word in no word list and no name list, doing what people do ("Oluwasanmi said"), or
            # with an age ("Somerled (9, at ...)")
            if cx.relation or cx.age and not _CITED_BEFORE.search(cx.before):
                return 0.7
            if (cx.verb or cx.stated) and not cx.heading and not cx.determiner:
                return 0.6
            return 0.0
        return 0.0
    strong = weak = unknown = common = 0
    for t in names:
        if t.cls == T_STRONG:
            strong += 1
        elif t.cls == T_WEAK:
            weak += 1
        elif t.cls == T_UNKNOWN:
            unknown += 1
        elif t.cls == T_COMMON:
            common += 1
    if common:
        # a first name and a surname that is a very common word: "Mark Brown", "Will Young"
        if len(names) != 2 or names[1].cls != T_COMMON or names[0].cls == T_COMMON or (
                names[0].cls != T_STRONG and names[0].first < 3):
            return 0.0  # "Young People's Forum" names no one
        if cx.context or cx.verb:
            return 0.8
        if strong:
            return 0.75
        if cx.heading or cx.determiner or names[0].first < 3:
            return 0.3
        return 0.4 if cx.initial else 0.6
    # two to four words
    if strong >= 2:
        return 0.9
    if strong == 1 and weak >= 1:
        return 0.8 if cx.relation or not cx.heading else 0.6
    if strong == 1 and unknown >= 1:
        if unknown > 1:
            return 0.3
        return 0.7 if not cx.heading else 0.6
    if weak >= 2 and names[0].first and names[-1].surname:
        if cx.context or cx.verb:
            return 0.8
        if cx.heading or cx.determiner:
            return 0.25
        return 0.6 if names[0].first >= 2 else 0.45
    if (weak or unknown) and cx.relation:
        return 0.65
    if len(names) == 2 and names[0].cls == T_WEAK and names[0].first >= 2 and names[1].cls == T_UNKNOWN:
        # a first name that is also a word, then a surname from no list and no dictionary: "Grâce Mbuyi"; not a
        # place ("moved to Bishop Auckland")
        if cx.heading or cx.determiner or _word_before(doc, cx.start) in _PLACE_PREPOSITIONS:
            return 0.25
        return 0.6
    if unknown >= 2 and not strong:
        # two words that are neither English nor in our lists: names from outside the gazetteer
        if cx.heading or cx.determiner:
            return 0.2
        if cx.context or cx.verb:
            return 0.75
        return 0.4 if cx.initial else 0.55
    return 0.0


# A word that names a team or a service, not a person, when one of these follows it
_ORG_AFTER = re.compile(r"[ \u00a0]+(?:team|teams|service|services|staff|office|offices|council|project|partnership|"
                        r"centre|group)\b")
_LABEL_WORDS = frozenset(label for labels in lexicon.LABELS.values() for label in labels if " " not in label)
# An author and a work with its year: "Howard Zehr (Changing Lenses, 1990)", "Heather Strang's Repair or Revenge
# (2002)", "Nils Christie's lecture "Conflicts as Property" (1977)"
_CITED_WORK = re.compile(r"(?:['’]s)?[ \u00a0]+((?:[A-Za-z,:'’-]+[ \u00a0]+){0,8}?(?:[\"“][^\"”\n]{2,60}[\"”][ \u00a0]*)?)"
                         r"\(((?:[A-Z][^()\n]{0,50}?,[ \u00a0]*)?)(?:19|20)\d\d[a-z]?\)")


_NOT_A_WORK = re.compile(r"\b(?:victim|harmer|offender|witness|statement|report|referral|plan|assessment|letter|form|"
                         r"agreement|application|record|notes?|case|review|young person|pupil|parent|carer|mother|father|"
                         r"aged?|born|dob)\b", re.I)


def _cites_work(doc: Doc, end: int) -> bool:
    """Whether a name is an author's, a work of theirs named after it with its year (a training handout's
    reading list); a person's own papers ("Kyle's statement (2024)") name no work."""
    if "(" not in doc.text[end:end + 80]:
        return False
    m = _CITED_WORK.match(doc.text, end)
    if m is None:
        return False
    between, inside = m.group(1), m.group(2)
    if _NOT_A_WORK.search(between + " " + inside):
        return False  # "Kian Doherty (Harmer, 2024)", "Kyle Morgan's Victim Personal Statement (2024)"
    return bool(inside) or any(w[:1].isupper() for w in between.split()) or "\"" in between or "“" in between


def _a_car(doc: Doc, group: list[Tok]) -> bool:
    """ "a grey Kia Sportage", "a red Seat Leon", "his Ford Ranger": a make of car and its model, no one."""
    first = group[0]
    if len(group) == 1:
        return _word_before(doc, first.start) in _CAR_MAKES or bool(_CAR_MODEL_AFTER.match(doc.folded, first.end))
    return doc.text[first.start:first.end] in _CAR_MAKES and bool(_CAR_MODEL_AFTER.match(doc.folded, first.end))


_LANGUAGE_BEFORE = re.compile(r"(?:[a-z](?:ic|ish|ese)|Urdu|Hindi|Farsi|Dari|Pashto|Somali|Tigrinya|Tamil|Gujarati|Punjabi|"
                              r"Bengali|Swahili|Romanian|Albanian|Lithuanian|Latvian|Russian|Ukrainian|Persian|Amharic)"
                              r"[ \u00a0]*\($")
# Makes of car, and the words after a make that name its model: a name among them is a car's
_CAR_MAKES = frozenset("""Ford Vauxhall Seat SEAT Kia Audi BMW VW Volkswagen Skoda Citroen Citroën Peugeot Renault Nissan Toyota
    Honda Hyundai Mazda Volvo Mercedes Fiat Mini MINI Dacia Suzuki Mitsubishi Subaru Lexus Jaguar Land Rover Tesla Porsche
    Alfa Jeep Cupra Mercedes-Benz""".split())
_CAR_MODEL_AFTER = re.compile(r"[ \u00a0](?:sportage|ceed|picanto|rio|niro|sorento|ranger|focus|fiesta|kuga|puma|transit|"
                              r"corsa|astra|mokka|insignia|leon|ibiza|arona|ateca|golf|polo|passat|tiguan|a[1-8]|q[2-8]|"
                              r"[1-8] series|octavia|fabia|superb|qashqai|juke|micra|yaris|corolla|aygo|rav4|civic|jazz|"
                              r"clio|captur|megane|208|308|2008|3008|500|panda|tucson|i10|i20|i30|sandero|duster)\b")
# Words for the parties of a restorative process that are also surnames: without a title, the role
_ROLES = frozenset({"harmer", "referrer", "victim", "offender", "perpetrator", "vic"})  # ("Vic": case notes' victim)
# what ends a form's label after its word: "Reg:", "Reg no:", "Reg. number:"
_LABEL_TAIL = re.compile(r"\.?(?:[ \u00a0](?:no|number|num|ref|details|id)\.?)?[ \u00a0]?:")
_PEOPLE_AFTER = re.compile(r"[ \u00a0]+(?:people|person|persons|offenders?|adults?|carers?|carers'|parents?|leaders?|"
                           r"volunteers?|men|women|lads|boys|girls|mums|dads)\b")
# A published author cited: "Zehr (2002)", "Braithwaite (1989, p. 4)", "Zehr and Mika (1998)"
_CITATION_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?,?\s*\(?(?:19|20)\d\d[a-z]?"
                             r"(?:[,:;][^)\n]{0,20})?\)")
# A name that goes on as a title does ("Hope for Tomorrow", "Grace of God")
_TITLE_GOES_ON = re.compile(r"[ \u00a0]+(?:for|of)[ \u00a0]+[A-Z][a-z]+")
# An address goes on after a PO box, or on to a postcode; the first is written reversed
_PO_BOX = re.compile(r"[ \t]*,\d{1,5}[ \t]+xob(?!\w)")
_TO_POSTCODE = re.compile(r"(?:,[ ]*[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?){0,2},?[ ]+[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}(?!\w)")
# A month after the day's number ("20 Jan"); written reversed (see doc.ending)
_MONTHS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
september october november december""".split())
_DAY_NUMBER = re.compile(r"[ \u00a0](?:ts|dn|dr|ht)?\d{1,2}(?!\w)")
# "Hope and Grace", "Faith & Hope": two words that are names joined, as titles pair them
_PAIR_BEFORE = re.compile(r"[A-Z][a-z]+\s+(?:and|or|&)\s+$")
_PLACE_PREPOSITIONS = frozenset("in at from to for near across around covering of into towards via outside inside "
                                "throughout within across".split())
_WORD_BEFORE = re.compile(r"[ \u00a0]+([^\W\d_]+)")  # reversed: spaces, then the word before them


_DATE_AFTER = re.compile(r"\s*[(,]\s*(?:b\.\s*|born\s+)?((?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d\d"
                         r"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3})\s+(?:19|20)\d\d)"
                         r"(?:\s*[),]|[ ]*(?=[\t\n]|$))")


_BIRTH_YEAR_AFTER = re.compile(r"\s*\((?:b\.|born)\s*((?:19|20)\d\d)\)", re.I)


def _birth_year(date: str) -> bool:
    """A date that could be a birth date: its year is a plausible one, long enough ago."""
    import datetime as dt

    year = int(re.findall(r"\d+", date)[-1])
    this_year = dt.date.today().year
    if year < 100:  # "12/03/09": the most recent such year that has passed
        year += 2000 if 2000 + year <= this_year else 1900
    return 1900 <= year <= this_year - 4


def beside_name(doc: Doc, end: int) -> list[Cand]:
    """An age or a date said right after a name: "Kyle (15)", "Kyle Morgan (12/03/2009)"."""
    out = []
    m = _age_after(doc, end)
    if m:
        g = next(i for i in (1, 2, 3) if m.group(i))
        out.append(Cand("age_with_detail", m.start(g), m.end(g), 0.8))
    d = _DATE_AFTER.match(doc.text, end, min(len(doc.text), end + 40)) \
        if doc.text[end:end + 40].lstrip()[:1] in ("(", ",") else None
    if d and _birth_year(d.group(1)):
        out.append(Cand("date_of_birth", d.start(1), d.end(1), 0.75))  # a date beside a name is a date of birth
    elif d is None and doc.text[end:end + 3].lstrip()[:2] in ("(b", "(B"):
        y = _BIRTH_YEAR_AFTER.match(doc.text, end)
        if y and _birth_year(y.group(1)):
            out.append(Cand("date_of_birth", y.start(1), y.end(1), 0.8))  # "Kian Doherty (b. 2011)"
    return out


def _age_after(doc: Doc, end: int) -> re.Match[str] | None:
    """ "Kyle (15)", "Kyle, 15," - but not the next field of a CSV row."""
    if doc.text[end:end + 1] != "," and not doc.text[end:end + 20].lstrip().startswith("("):
        return None  # most names: no need to try the pattern
    m = _AGE_AFTER.match(doc.text, end, min(len(doc.text), end + 80))
    if m and not m.group(1):
        g = 2 if m.group(2) else 3
        seg = doc.segment(max(0, end - 1))
        if seg is not None and seg.kind == "cell" and seg.end <= m.start(g):
            return None
    return m


_NEXT_WORD_CAPITAL = re.compile(r"['’]s?[ \u00a0]+([A-Z][a-z]+)")


def _institution_after(doc: Doc, end: int) -> bool:
    """ "King's College", "St Mary's Church": a possessive that names an institution."""
    m = _NEXT_WORD_CAPITAL.match(doc.text, end)
    return bool(m and m.group(1).lower() in INSTITUTION)


def _lowercase_before(doc: Doc, start: int) -> bool:
    word = _word_before(doc, start)
    return bool(word) and word[0].islower()


def _word_before(doc: Doc, start: int) -> str | None:
    """The word before ``start``, spaces between."""
    m = ends(_WORD_BEFORE, doc.text[max(0, start - 30):start])
    return m.group(1)[::-1] if m else None


def _terms(doc: Doc) -> set[tuple[int, int]]:
    """Where the text says someone's ethnicity, belief or health ("Roma", "Christian")."""
    return {span for kind in ("strong", "weak") for span in hits_of(doc, kind)}


def _split_groups(run: list[Tok]) -> list[tuple[list[Tok], bool]]:
    """Split a run into candidate names: (tokens, whether a title starts it)."""
    out: list[tuple[list[Tok], bool]] = []
    current: list[Tok] = []
    titled = False
    for tok in run:
        if tok.cls == T_TITLE:
            if current:
                out.append((current, titled))
            current, titled = [tok], True
            continue
        after_first = bool(current) and current[-1].first > 0 and current[-1].cls in (T_STRONG, T_WEAK)
        if tok.cls == T_BREAK or (tok.cls == T_COMMON and not (titled and len(current) == 1) and not after_first):
            if current:
                out.append((current, titled))
            current, titled = [], False
            continue
        current.append(tok)
    if current:
        out.append((current, titled))
    return out


def person_names(doc: Doc, protected: Spans, known: list[tuple[int, int]] = ()) -> list[Cand]:
    """Candidate names, the organisation's staff included (the caller applies the allow-list).

    ``known``: where names were found otherwise (form fields, table columns); their words are names
    wherever the text uses them again.
    """
    found: list[Cand] = []
    institution_keys: set[str] = set()
    confirmed: set[str] = set()
    pending: list[tuple[list[Tok], bool]] = []  # name words of a group scored low; whether they are all of it
    capitals: list[int] = []
    terms: set[tuple[int, int]] | None = None  # where the text says someone's health, belief or ethnicity
    text = doc.text
    for run, institution in _runs(doc, capitals):
        if institution or _act_follows(doc, run[0].start, run[-1].end) or (
                run[-1].possessive and run[-1].cls in (T_WEAK, T_COMMON) and run[0].cls != T_TITLE
                and _institution_after(doc, run[-1].end)):
            institution_keys.update(t.key for t in run if t.cls in (T_STRONG, T_WEAK, T_UNKNOWN))
            continue
        first = run[0].start
        if first > 0 and text[first - 1] in "@/\\#_" or protected and protected.any_overlap(first, first + 1):
            continue
        for group, titled in _split_groups(run):
            title_tok = group[0] if titled else None
            body = group[1:] if titled else group
            if titled and (not body or all(t.cls == T_INITIAL for t in body)):
                continue  # "Mr X": a pseudonym
            if titled and title_tok.key == "lady" and text[max(0, title_tok.start - 4):title_tok.start] == "Our ":
                continue  # "Our Lady Immaculate": a church
            # trailing initials are not part of a name ("Kyle M" aside, an initial ends a pseudonym: "Victim A")
            while body and body[-1].cls == T_INITIAL and len(body) > 1 and not titled:
                body = body[:-1]
            if not body:
                continue
            if len(body) > 4 and not titled:
                # a long title-case phrase: look for a name inside it only where the words are strong
                continue
            score = _group_score(doc, body, titled)
            if score >= 0.5 and not titled and (_a_car(doc, body) or _cites_work(doc, body[-1].end)
                                                 or _in_place_column(doc, body[0].start) or _a_place(body)
                                                 or _quoted_author(doc, body) or _ET_AL.match(doc.folded, body[-1].end)
                                                 or len(body) == 1 and _among_places(doc, body[0])):
                score = 0.0
            if score < 0.5 and not titled and 2 <= len(body) <= 3 and _signs_off(doc, body):
                score = 0.6  # a name alone on the last line of a message or a letter: its writer
            if not titled and len(body) == 1:
                if body[0].key in institution_keys:
                    score = min(score, 0.3)
                elif score >= 0.5:
                    if terms is None:
                        terms = _terms(doc)
                    if (body[0].start, body[0].end) in terms:
                        # a word that says who someone is ("Roma", "Christian") names them only where they act
                        cx = _Context(doc, body[0].start, body[0].end, body[0])
                        if not (cx.relation or cx.verb):
                            score = 0.3
            start = (title_tok or body[0]).start
            end = body[-1].end
            if score >= 0.5:
                found.append(Cand("person_name", start, end, score))
                if score >= 0.6:
                    confirmed.update(t.key for t in body if t.cls in (T_STRONG, T_WEAK, T_UNKNOWN))

            else:
                words = [t for t in body if t.cls in (T_STRONG, T_WEAK, T_UNKNOWN)]
                if words:
                    pending.append((words, len(words) == len(body)))
    found += _surname_first(doc, capitals)
    lower = _lower_case_names(doc)
    found += lower
    confirmed.update(name_key(w) for c in lower if c.score >= 0.6 for w in doc.text[c.start:c.end].split())
    for start, end in known:
        for m in _TOKEN.finditer(doc.text, start, end):
            cls, key, *_rest = _classify(m.group())
            if cls in (T_STRONG, T_WEAK, T_UNKNOWN):
                confirmed.add(key)
    # The same person named again by one of the words of a name found with confidence.
    for group, whole in pending:
        known = [t for t in group if t.key in confirmed and t.key not in institution_keys]
        if not known:
            continue
        first = group[0]
        if all(t.cls == T_WEAK for t in known) and (
                doc.is_heading_line(first.start) or ends(_DETERMINER, _context_before(doc, first.start))):
            continue
        if whole and 1 < len(group) <= 3 and all(t.cls != T_COMMON for t in group):
            # "Zinhle Mzukase" where "Mzukase" is known from "Ana Mzukase, aged 19": the whole name again
            found.append(Cand("person_name", first.start, group[-1].end, 0.7, "again"))
        else:
            found += [Cand("person_name", t.start, t.end, 0.7, "again") for t in known]
    return found


# "KOWALSKI, Piotr": a surname in capitals, then a first name, as police and court papers write them
_SURNAME_FIRST = re.compile(r"(?<![\w'’-])((?:(?:MAC|MC|NIC|NÍ|UÍ|VAN|VON|DE|DA|DI|DU|LE|AL|EL|BIN|AP|O)[ \u00a0])?"
                            r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)?),[ \u00a0]"
                            r"([A-Z][^\W\d_A-Z]+(?:['’][^\W\d_]+)?(?:-[A-Z][^\W\d_A-Z]+)?)(?![\w'’-])")


_PARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:MAC|MC|NIC|NÍ|UÍ|VAN|VON|DE|DA|DI|DU|LE|AL|EL|BIN|AP|O)[ \u00a0]$")
# Names in writing without capitals: chat exports, texts, a young person's own words
_LOWER_WORD = re.compile(r"(?<![\w'’‘@./-])[a-z][a-z'’‘]+(?:-[a-z][a-z'’‘]+)?(?![\w'’‘@/-])")
# a speaker's name before what they wrote, after the time if a chat export gives one: "[21:14] minh vu: omg"
_COLON = re.compile(r":[ \t]")
_SPEAKER = re.compile(r"(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[ \t]+|[-–•][ \t]+)?"
                      r"([^\W\d_][\w'’‘-]*(?: [^\W\d_][\w'’‘-]*){0,2})")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]{2,})\b")
# Words of text-speak that name lists hold too ("Cos", "Tho")
# text speak and dialect (Scots, Geordie, Scouse) typed in lower case: words, not names
_TEXT_SPEAK = frozenset("""cos coz cuz tho innit bruv lol omg wanna gonna gotta dunno ya ye yeh nah mate fae tae wi ken
    aye naw oot hame wee wean bairn dinnae cannae wouldnae couldnae didnae isnae wisnae gonnae aboot doon roon sayin
    telt wan yin ane nae mair ower awa lass lad hinny pet yous youse la""".split())
_LOWER_BREAK = frozenset("the a an this that these those my your his her their our its no any every some per".split())


# columns of places and agencies: "Borough", "Town", "Area", "Force"
_PLACE_COLUMNS = frozenset("""borough town city area location place district ward locality neighbourhood region county
    force police force station venue village parish estate site premises""".split())


def _in_place_column(doc: Doc, pos: int) -> bool:
    seg = doc.segment(pos)
    if seg is None or seg.kind != "cell" or not seg.labels:
        return False
    return seg.labels[0].strip().lower().rstrip(":") in _PLACE_COLUMNS


def _signs_off(doc: Doc, body: list[Tok]) -> bool:
    """ "... how is that quality.\nGbenga Okwuosa": a name alone on the last line, or under "Kind regards"."""
    if any(t.cls not in (T_STRONG, T_WEAK, T_UNKNOWN) for t in body):
        return False
    ls, le = doc.line_bounds(body[0].start)
    if not doc.text[body[-1].end:].strip(" \t\r\n.,!x") and doc.text[max(0, body[0].start - 2):body[0].start] in (". ", "! "):
        return True  # "... how is that quality. Gbenga Okwuosa": the last words of a message
    if doc.text[ls:le].strip(" \t,.") != doc.text[body[0].start:body[-1].end]:
        return False
    if not doc.text[le:].strip():
        return True
    previous = doc.folded[max(0, ls - 60):ls].rstrip()
    return bool(_CLOSING.search(previous))


def _among_places(doc: Doc, tok: Tok) -> bool:
    """ "from Nelson and Preston to Whitehaven": a town that is also a first name, listed with other towns."""
    gaz = gazetteer()

    def place(key: str) -> bool:  # a town, a county, or a place that is also a name ("Avon and Somerset")
        return gaz.is_uk_place(key) or bool(gaz.get(key) & PLACE) or key.endswith("shire")

    if not place(tok.key):
        return False
    after = _PLACE_AFTER.match(doc.text, tok.end)
    before = _PLACE_BEFORE.search(doc.text, max(0, tok.start - 40), tok.start)
    return any(m is not None and place(name_key(m.group(1))) for m in (after, before))


def _quoted_author(doc: Doc, body: list[Tok]) -> bool:
    """ '"Restorative justice is a compass, not a map" (Howard Zehr)': the author of a saying, given whole in brackets
    after it; a participant's words speak of themselves ("I felt listened to" (Kyle, 15)) and stay a finding."""
    start, end = body[0].start, body[-1].end
    if len(body) < 2 or not _QUOTE_CLOSE_BEFORE.search(doc.text, max(0, start - 4), start) or doc.text[end:end + 1] != ")":
        return False
    close = doc.text.rfind("(", max(0, start - 4), start)
    opening = max(doc.text.rfind("\"", max(0, close - 300), close - 2), doc.text.rfind("“", max(0, close - 300), close))
    return opening >= 0 and not _FIRST_PERSON.search(doc.folded, opening, close)


def _a_place(body: list[Tok]) -> bool:
    """ "Thornton Heath", "Barton Hill": a place of several words, unless it opens with a common first name
    ("Ashley Green" is more often a person than the village)."""
    return len(body) > 1 and body[0].first < 3 and gazetteer().is_uk_place(" ".join(t.key for t in body))


def _lower_class(word: str) -> tuple[int, str, int, int, bool, bool]:
    return _classify("-".join(part[:1].upper() + part[1:] for part in word.split("-")))


def _lower_case_names(doc: Doc) -> list[Cand]:
    """Names typed in lower case, in a text written without capitals: first names and surnames that
    are no English word ("natalie scaife-morris", "finley"), and who speaks in a chat ("nadeesha: ...")."""
    text = doc.text
    out: list[Cand] = []
    speakers: dict[str, int] = {}
    for colon in _COLON.finditer(text):
        line_start = text.rfind("\n", 0, colon.start()) + 1
        m = _SPEAKER.fullmatch(text, line_start, colon.start())
        if m and m.group(1).islower():
            speakers[m.group(1)] = speakers.get(m.group(1), 0) + 1
    gaz = gazetteer()
    for name, count in speakers.items():
        # said twice or more, and no English word among the words of it
        words = [_lower_class(w) for w in name.split()]
        if count >= 2 and any(cls in (T_STRONG, T_UNKNOWN) for cls, *_r in words) and not any(
                gaz.is_word(name_key(w)) and cls not in (T_STRONG, T_UNKNOWN)
                for w, (cls, *_r) in zip(name.split(), words, strict=True)):
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                out.append(Cand("person_name", m.start(), m.end(), 0.75, "speaker"))
    # "my son ousman": a relation, then a name typed in lower case
    for _hit, hit_end in hits_of(doc, "relation"):
        m = _NEXT_WORD.match(doc.folded, hit_end)
        if m is None:
            continue
        word = text[m.start(1):m.end(1)]
        cls = _lower_class(word)[0] if word.islower() else T_BREAK
        if cls == T_STRONG or cls == T_UNKNOWN and not gaz.is_word(name_key(word)):
            out.append(Cand("person_name", m.start(1), m.end(1), 0.7, "lower case"))
    if doc.text.isupper() or not doc.informal:
        return out
    taken = Spans((c.start, c.end) for c in out)
    previous: tuple[int, int, bool] | None = None  # the last name word: start, end, whether a first name
    for m in _LOWER_WORD.finditer(text):
        cls, _key, first, surname, _inst, _poss = _lower_class(m.group())
        if cls != T_STRONG or m.group() in _TEXT_SPEAK or taken and taken.any_overlap(m.start(), m.end()):
            previous = None
            continue
        before = _word_before(doc, m.start())
        if before and before.lower() in _LOWER_BREAK:
            previous = None
            continue
        if previous and previous[2] and text[previous[1]:m.start()] == " " and surname:
            out[-1] = Cand("person_name", previous[0], m.end(), 0.75, "lower case")  # "delyth jenkins"
            previous = None
            continue
        if first >= 2:
            out.append(Cand("person_name", m.start(), m.end(), 0.65, "lower case"))
            previous = (m.start(), m.end(), True)
        else:
            previous = None
    return out


def _surname_first(doc: Doc, capitals: list[int]) -> list[Cand]:
    out = []
    for pos in capitals:
        particle = _PARTICLE_BEFORE.search(doc.text, max(0, pos - 5), pos)
        m = _SURNAME_FIRST.match(doc.text, particle.start() if particle else pos)  # ("MAC CRAITH, Bréanainn")
        if m is None:
            continue
        surname = _classify(m.group(1).split()[-1].capitalize())  # ("MAC CRAITH": the surname without its particle)
        first = _classify(m.group(2))
        if surname[0] in (T_STRONG, T_WEAK, T_UNKNOWN) and first[0] in (T_STRONG, T_WEAK) and first[2]:
            out.append(Cand("person_name", m.start(1), m.end(2), 0.8))
    return out


_ACT = re.compile(r"\s+(?:Act|Order|Regulations|Rules)\b")
_NEXT_LINE_WORD = re.compile(r"[ \t]*\n[ \t]*(Foundation|Trust|Fund|Charity|Society|Association|Institute|Academy|Ltd|Limited|"
                             r"LLP|CIC)(?=[;,.)]|[ \t]*\n|[ \t]+(?:of|for)\b)")


def _act_follows(doc: Doc, start: int, end: int) -> bool:
    """An Act or an order follows, or, in wrapped prose, the institution's word on the next line
    ("... the Agnes Whitlock\nFoundation")."""
    after = doc.text[end:end + 20]
    if after[:1] == "\n" or after[:2] in (" \n", "\t\n"):
        if not _lowercase_before(doc, start):
            return False
        return bool(_NEXT_LINE_WORD.match(doc.text, end))
    return after[:1].isspace() and after.lstrip()[:1] in ("A", "O", "R") and bool(_ACT.match(doc.text, end, end + 20))


_ROLE_TITLES = frozenset("""officer officers manager worker coordinator co-ordinator lead chair director team desk adviser
    advisor practitioner administrator clerk supervisor deputy secretary treasurer trustee governor nurse""".split())
_VALUE_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGIT = re.compile(r"\d")
_PSEUDONYM_VALUE = re.compile(r"(?:victim|person|child|young person|yp|participant|harmer|offender|respondent|client|pupil|"
                              r"service user|mr|mrs|ms|miss)\s*[a-z0-9]?\d*")


@lru_cache(maxsize=8192)
def looks_like_name(value: str, *, strict: bool = False, surname: bool = False) -> bool:
    """Whether a form value reads as a person's name (for a field labelled as one).

    ``strict`` is for lists of people ("Present: ..."), where a role such as "Chair" also stands;
    ``surname`` for a field that asks for a surname alone, where "Brown" is one.
    """
    value = value.strip()
    words = _VALUE_WORDS.findall(value)
    if not words or len(words) > 6 or _DIGIT.search(value):
        return False
    if _PSEUDONYM_VALUE.fullmatch(value.lower()) or words[-1].lower() in _ROLE_TITLES:
        return False  # a pseudonym, or a role: "Duty Officer", "Vice Chair", "Deputy Director"
    if all(len(w.rstrip(".")) == 1 for w in words):
        return False
    classes = []
    for w in words:
        if len(w.rstrip(".")) == 1:
            classes.append(T_INITIAL)
            continue
        # a form's value may be typed in lower case, or a surname in capitals ("OKONJO")
        cls, key, w_first, w_surname, inst, _poss = _classify(
            w[0].upper() + w[1:].lower() if w.islower() or (w.isupper() and len(w) > 3) else w)
        if inst and len(words) == 2 and w is words[1] and classes[0] in (T_STRONG, T_WEAK) \
                and _classify(words[0])[2] >= 2 and surname_level(gazetteer().get(key)):
            # a surname that is also an institution's word, after a first name: "Mary Ward", "Tom Hall"
            cls, w_surname = T_WEAK, 1
        if cls == T_WEAK and not (w_first or w_surname):
            cls = T_BREAK
        if cls == T_COMMON:
            cls = T_BREAK if strict else T_WEAK
        classes.append(cls)
    if T_BREAK in classes:
        return False
    names = [c for c in classes if c != T_INITIAL]
    if T_STRONG in names:
        return True
    if strict:
        return len(names) >= 2 and (T_WEAK in names or all(c == T_UNKNOWN for c in names))
    if len(names) == 1 and surname:
        return True  # a surname field holds one word that is no ordinary English word
    if len(names) == 1:
        # one ordinary word that is only a surname ("Role", "Young") is a name only where a surname is asked for
        cls, _k, first, _s, _i, _p = _classify(words[0][0].upper() + words[0][1:])
        return bool(first) or cls == T_UNKNOWN
    return bool(names) and all(c in (T_WEAK, T_UNKNOWN, T_TITLE) for c in names) and (T_WEAK in names or len(names) >= 2)
