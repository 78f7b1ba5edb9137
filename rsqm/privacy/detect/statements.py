"""Statements about a person: special-category data, offences, and the school a pupil attends.

Special-category terms are found in one pass with an Aho-Corasick automaton over the folded text;
each hit is then judged by its sentence: is it about a person (a name, a pseudonym such as
"Victim A", a pronoun, "her son"), and is it a statement rather than policy language ("if a young
person discloses ...")? Health, belief, ethnicity, sexuality, politics and union membership count
whoever they are about, pseudonymised people included. An offence counts only as a statement
that a named person committed, is suspected of or was tried for it: the offence and harm that an
anonymised case study recounts are the study's subject, not a finding.
"""

from __future__ import annotations

import re

from . import lexicon
from .cues import hits_of
from .doc import Cand, Doc, Spans

STRONG, WEAK, OFFENCE, OFFENCE_VERB, PLURAL, ORIGIN = "strong", "weak", "offence", "offence_verb", "plural", "origin"

_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|i|i'm|i've|i'd|my|me|myself)\b")
_PSEUDONYM = re.compile(r"\b(?:Victim|Person|Child|Pupil|Student|Participant|Harmer|Offender|Respondent|Client|Young Person|"
                        r"YP|Service User|Parent|Carer|Witness|Resident|Patient|Case|Learner|Mr|Mrs|Ms|Miss|Mx)"
                        r"\s?(?:[A-Z]|\d{1,3})\b"
                        r"|\bYP\d{1,3}\b|\b[A-Z]{1,3}\d{1,3}\b(?=\s+(?:is|was|has|had|said|told|felt|and|who))")
_ROLE = re.compile(r"\bthe (?:young person|child|pupil|student|boy|girl|young man|young woman|teenager|person harmed|harmer|"
                   r"victim|offender|perpetrator|referred young person|man|woman|client|service user|participant|"
                   r"respondent|applicant|candidate|volunteer|tenant|resident|neighbour|defendant|suspect|accused|"
                   r"complainant|patient|mother|father|parent|carer)\b"
                   r"|\b(?:her|his|their|my|our) (?:son|daughter|child|brother|sister|grandson|granddaughter|"
                   r"nephew|niece|stepson|stepdaughter|mum|mother|dad|father|partner|husband|wife|boyfriend|girlfriend)\b"
                   # a note's shorthand opening its sentence: "Client is Coptic Orthodox", "Mum says he has ADHD"
                   r"|^\W*(?:client|victim|harmer|yp|pr|ph|mum|dad|nan|gran)\s+(?:is|was|has|had|says|said|reports|"
                   r"reported|takes|uses|attends)\b")
# Who a form or a letter is about, when the document names them: "the applicant has a conviction for ...".
# Roles a case study uses for its anonymised people ("the young person responsible") are not among them.
_SUBJECT = re.compile(r"\bthe (?:applicant|candidate|volunteer|tenant|defendant|suspect|accused|above-named|above named|"
                      r"named person|subject)\b")
_COMPOUND_AFTER = re.compile(r"-(?:informed|aware|awareness|friendly|sensitive|responsive|based|led|focused|focussed|"
                             r"specific|inclusive|competent|related|proof)\b")
_PERSON_SUBJECT = re.compile(r"\b(?:he|she|they|i|we|mum|dad|mother|father|son|daughter|wife|husband|partner|"
                             r"grandmother|grandfather|nan|gran|boyfriend|girlfriend)\s+$")
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:both\s+|all\s+|practising\s+|practicing\s+|devout\s+|"
                            r"committed\s+|an?\s+)?$")
# the names of the categories, which state nothing after "about" or "because of"
_CATEGORY_NOUNS = frozenset({"religion", "faith", "ethnicity", "race", "religious belief", "religious beliefs", "sexuality",
                             "sexual orientation", "gender identity"})
_MOTIVE_BEFORE = re.compile(r"\b(?:about|whether|regarding|because of|due to|on account of|motivated by|targeted for|under|"
                            r"hostility to|hostility towards|prejudice against)\s+(?:(?:his|her|their|my|your|the)\s+)?$")
# a family, a couple or both parents, and what they are: "the Okafor family are", "both parents are", "they are"
_FAMILY_SUBJECT = re.compile(r"(?:(?:\b(?:the|his|her|their|my|our)\s+(?:[a-z'’-]+\s+)?|\b[a-z-]+['’]s\s+)(?:family|parents|"
                             r"couple|household|grandparents)|\bboth\s+(?:parents|of\s+them)|\bthey)\s+(?:are|were|is|was)\s+(?:all\s+|both\s+|"
                             r"practising\s+|practicing\s+|devout\s+|committed\s+|a\s+|an\s+)?$")
_SERVICE_AFTER = re.compile(r"\s+(?:worker|workers|team|service|services|nurse|clinic|officer|lead|practitioner|unit|"
                            r"specialist|coordinator|co-ordinator|awareness|training|policy|strategy|pathway|groups?|"
                            r"leaders?|organisations?|sector|network|forum|and community|and communities)\b")
_UNDER_A_SERVICE = re.compile(r"\b(?:under|attends|attending|attended|seen by|seen at|referred to|seeing|discharged from|"
                              r"known to|open to)\s+(?:the\s+|a\s+|an\s+)?$")
# a place or a body of a faith ("the Quaker Meeting House", "St Mary's Catholic Primary"), unless someone worships
# there ("she goes to the Methodist chapel")
_FAITH_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:meeting house|church|chapel|cathedral|mosque|temple|gurdwara|synagogue|chaplain|"
                                r"chaplaincy|school|academy|college|primary|high school|centre|center|cemetery|charity|"
                                r"association|society|council|diocese|parish)\b")
_FAITHS = frozenset(lexicon.RELIGION_STRONG + lexicon.RELIGION_WEAK)
_WORSHIPS_AT = re.compile(r"(?:goes|go|going|went|attends?|attending|attended|worships?|worshipping|worshipped|member|"
                          r"members|belongs|belonged|prays?|prayed)\s+(?:to|at|of|in)?\s*(?:the|a|her|his|their|our|my)?\s*$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:")
# In a letter or a message to a person the document names, "you" is that person.
_YOU = re.compile(r"\b(?:you|your|yourself)\b")
_FORM_LABEL = re.compile(r"[ \t]*[A-Z][\w /()'’-]{1,40}:[ \t]")
# Policy and guidance speak of anyone, not of someone.
_GENERIC = re.compile(r"\b(?:if|where|whether|someone (?:who|with|that)|anyone|"
                      r"(?:any|every|each|all)\s+(?:young |other )?(?:person|people|child|children|pupil|pupils|student|"
                      r"students|participant|participants|victim|victims|offender|offenders|member|members|individual|"
                      r"individuals|client|clients|case|cases|referral|referrals|family|families|parent|parents|carer|"
                      r"carers|staff|one|party|parties|volunteer|volunteers|applicant|applicants)|"
                      r"people|policy|procedure|will be asked|we will|staff will|for example|e\.g|such as|including|"
                      r"will my|can my|does my|do i|will i|can i|what if|what happens|"
                      r"include|includes|guidance|protected characteristics?|equality|discriminat\w*|monitor\w*|"
                      r"regardless|irrespective|those who|whose|a young person|a child|a person|a victim|an offender|"
                      r"a participant|a pupil|a student|young people|children|participants|victims|offenders|"
                      r"interviewees|respondents|attendees|learners|clients|families|residents|"
                      r"\d+\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?(?:people|persons|men|women|boys|girls|pupils|students|"
                      r"parents|carers|staff|members|volunteers|referrals|cases))\b")
_WEAK_CUE = re.compile(r"(?:diagnosed with|diagnosis of|suffers? from|suffering from|suffered from|has|had|have|having|with|"
                       r"living with|lives with|struggles? with|struggling with|history of|treated for|takes|taking|"
                       r"prescribed|is|was|are|were|being|became|feels?|felt|his|her|my|disclosed|reported|reports|reporting|"
                       r"due to|because of|experiences?|experiencing|experienced)"
                       r"\s+(?:still\s+|often\s+|so\s+|really\s+|increasingly\s+|extremely\s+)?"
                       r"(?:a\s+|an\s+|some\s+|severe\s+|mild\s+|significant\s+|diagnosed\s+|long-term\s+|chronic\s+|"
                       r"ongoing\s+|physical\s+|mental\s+|learning\s+|hidden\s+|very\s+|quite\s+|profoundly\s+|"
                       r"registered\s+|strong\s+|deep\s+|christian\s+|muslim\s+)?$")
# Terms that are ordinary words unless written in capitals
_CAPITALS_ONLY = frozenset({"sen", "send", "asd", "ms"})
# "was not arrested", "has never been charged", "didn't want him prosecuted"; not "not only"
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\bno)\s+(?!only\b)"
                      r"(?:(?:been|be|ever|yet|actually|want|wanted|him|her|them)\s+){0,2}$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|got|get|gets|is|are)\s+$")


def _about_someone(doc: Doc, s: int, e: int, names: Spans, *, named_only: bool = False,
                   pseudonyms: bool = True, roles: bool = True, you: bool = False, people: Spans | None = None) -> bool:
    """``people``: the names that are not the organisation's staff. Staff named in a policy's sentence ("Tell
    Bethan if you need any adjustment, for example because of a disability") are its contacts, not its subject."""
    if names.any_overlap(s, e):
        if people is None or people.any_overlap(s, e) or not _GENERIC.search(doc.folded, s, e):
            return True
    ls, le = doc.line_bounds(s)
    if le >= e and "\t" in doc.text[ls:le] and names.any_overlap(ls, le) and not _GENERIC.search(doc.folded, s, e):
        return True  # a table row is about the person it names, unless the cell speaks of people in general
    if named_only:
        return False
    sentence = doc.text[s:e]
    if _PSEUDONYM.search(sentence):
        return pseudonyms
    folded = doc.folded[s:e]
    if _PRONOUN.search(folded) or (roles and _ROLE.search(folded)) or (you and _YOU.search(folded)):
        return not _GENERIC.search(folded)
    return False


def _in_named_row(doc: Doc, start: int, names: Spans) -> bool:
    """Whether ``start`` is in a table cell of a row that names someone ("Kadiatu Kargbo ... Autistic: ...")."""
    seg = doc.segment(start)
    if seg is None or seg.kind != "cell":
        return False
    ls, le = doc.line_bounds(start)
    return names.any_overlap(ls, le)


def _subjectless(doc: Doc, s: int, e: int, start: int, names: Spans, *, sentences: int = 1, lead: int = 2) -> bool:
    """A note's sentence with no subject, straight after one that names someone: "Trystan Harries, 13, from
    Heysham. Type 1 diabetic and needs insulin." The term is among its first three words. ``sentences``: how
    many sentences back the name may be ("MARLEY CATCHPOLE, DOB 19/06/12, of ... Tel 0793... Attends X Academy.")."""
    if len(doc.text[s:start].split()) > lead or s < 2:
        return False
    stop = doc.text.rfind(".", max(0, s - 4), s)
    if stop < 0 or doc.text[stop + 1:s].strip() or doc.text[stop + 1:s].count("\n") > 1:
        return False  # no full stop just before, or a paragraph apart
    ps, _pe = doc.sentence(stop)
    for _ in range(sentences - 1):
        if names.any_overlap(ps, s) or ps < 2 or doc.text[ps - 2:ps].count("\n") or doc.text[ps - 1:ps] == "\n":
            break
        ps, _pe = doc.sentence(ps - 2)
    return names.any_overlap(ps, s) and not _GENERIC.search(doc.folded, ps, e)


def _answer_start(doc: Doc, start: int) -> bool:
    """Whether ``start`` begins the value of a table cell, a form field or a form line."""
    seg = doc.segment(start)
    if seg is not None and seg.kind in ("cell", "field"):
        return not doc.text[seg.start:start].strip()
    ls, _le = doc.line_bounds(start)
    m = _FORM_LABEL.match(doc.text, ls, start)
    return m is not None and not doc.text[m.end():start].strip()


def _form_answer(doc: Doc, start: int) -> bool:
    """Whether ``start`` is in the answer of a form line ("Needs: epilepsy; no known triggers")."""
    ls, _le = doc.line_bounds(start)
    return bool(_FORM_LABEL.match(doc.text, ls, start))


def special_category(doc: Doc, names: Spans, *, names_someone: bool = False, people: Spans | None = None) -> list[Cand]:
    """Special-category statements, names found in the text given as spans.

    ``names_someone``: the document names a person (not its own staff), so "he" and "she" in it
    refer to someone identifiable, and an offence said of them is a finding. ``people``: the names
    that are not the staff's.
    """
    out: list[Cand] = []
    folded = doc.folded
    hits = [(s, e, kind) for kind in (STRONG, WEAK, OFFENCE, OFFENCE_VERB, PLURAL, ORIGIN) for s, e in hits_of(doc, kind)]
    # keep the longest of overlapping terms ("mental health act assessment" over "mental health")
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    last_end = -1
    sentence_cache: dict[int, tuple[int, int]] = {}
    for start, end, kind in hits:
        if start < last_end:
            continue
        last_end = end
        bounds = sentence_cache.get(start)
        if bounds is None:
            bounds = doc.sentence(start, end)
            sentence_cache[start] = bounds
        s, e = bounds
        if folded[end:end + 1] == "-" and _COMPOUND_AFTER.match(folded, end):
            continue  # "Trauma-informed practice", "autism-friendly": a kind of practice, no one's condition
        if _LABEL_AFTER.match(doc.text, end) and not _in_named_row(doc, start, names) or _SERVICE_AFTER.match(
                folded, end) and not _UNDER_A_SERVICE.search(folded, max(0, start - 25), start):
            continue  # a form's label ("Substance misuse: ...") or a service ("the substance misuse worker"); but "she is
            # under the epilepsy clinic" says her condition
        if folded[start:end] in _FAITHS and _FAITH_PLACE_AFTER.match(folded, end) and not _WORSHIPS_AT.search(
                folded, max(0, start - 30), start):
            continue
        if folded[start:end] in _CAPITALS_ONLY and not doc.text[start:end].isupper():
            continue  # "Send the draft", not SEND
        if folded[start:end] in _CATEGORY_NOUNS and _MOTIVE_BEFORE.search(folded, max(s, start - 40), start):
            continue  # "whether the attack had been about his religion": a motive asked about, no faith stated
        if kind == ORIGIN:
            # said of a person straight before "is": "Shanthi is Tamil", "she is Kurdish", "the family are Bangladeshi"
            m = _COPULA_BEFORE.search(folded, max(s, start - 12), start)
            if m and not _GENERIC.search(folded, s, e) and (
                    _FAMILY_SUBJECT.search(folded, max(s, start - 60), start) or names.any_overlap(m.start() - 2, m.start())
                    or _PERSON_SUBJECT.search(folded, max(s, m.start() - 20), m.start())):
                out.append(Cand("special_category", start, end, 0.7))
            continue
        if kind == STRONG or kind == PLURAL:
            if _COPULA_BEFORE.search(folded, max(s, start - 24), start) and _FAMILY_SUBJECT.search(
                    folded, max(s, start - 60), start) and not _GENERIC.search(folded, s, e):
                out.append(Cand("special_category", start, end, 0.75))  # "The family are Irish Travellers"
                continue
            if kind == PLURAL:
                continue  # "We work with many Irish Travellers": a group
            if _about_someone(doc, s, e, names, you=names_someone, people=people) or (
                    names_someone and _form_answer(doc, start) and not _GENERIC.search(folded, s, e)) or (
                    _subjectless(doc, s, e, start, names)):
                out.append(Cand("special_category", start, end, 0.8))
        elif kind == WEAK:
            before = folded[max(s, start - 40):start]
            if _WEAK_CUE.search(before) and (_about_someone(doc, s, e, names, you=names_someone, people=people)
                                             or _subjectless(doc, s, e, start, names)):
                out.append(Cand("special_category", start, end, 0.7))
            elif _answer_start(doc, start) and (
                    _about_someone(doc, s, e, names, named_only=True) or (names_someone and _form_answer(doc, start))):
                out.append(Cand("special_category", start, end, 0.7))  # "Needs: anxiety", a cell "Low mood"
        elif kind in (OFFENCE, OFFENCE_VERB) and _NEGATED.search(folded, max(s, start - 20), start):
            continue  # "Silvester was not arrested", "I didn't want him prosecuted"
        elif kind == OFFENCE:
            # in a document that names someone, "the applicant" and "the young person" are identifiable too
            if _about_someone(doc, s, e, names, named_only=not names_someone, pseudonyms=False, roles=False) or (
                    names_someone and _SUBJECT.search(doc.folded, s, e)) or _subjectless(doc, s, e, start, names):
                out.append(Cand("special_category", start, _offence_end(doc, end, e), 0.75))
        elif kind == OFFENCE_VERB:
            if _PASSIVE.search(folded[max(s, start - 12):start]):
                continue
            if _about_someone(doc, s, e, names, named_only=not names_someone, pseudonyms=False, roles=False):
                out.append(Cand("special_category", start, end, 0.7))
    # a condition no list holds, named by what it is: "has macular degeneration", "diagnosed with Ehlers-Danlos syndrome"
    taken = None
    for hint_start, hint_end in _condition_hints(doc):
        # from the word that ends it back to what says someone has it
        m = _CONDITION_BEFORE.search(folded, max(0, hint_start - 60), hint_start)
        if m is None:
            continue
        start, end = m.start(1), hint_end
        if _LAST_WORD.search(folded, start, end).group() in _NOT_CONDITIONS:
            continue  # "has a diploma", "showed empathy"
        if taken is None:
            taken = Spans((c.start, c.end) for c in out)
        if end - start < 4 or taken.any_overlap(start, end):
            continue
        s, e = doc.sentence(start, end)
        if _about_someone(doc, s, e, names, you=names_someone, people=people):
            out.append(Cand("special_category", start, end, 0.75))
    return out


_LAST_WORD = re.compile(r"[a-z'’-]+$")
_NOT_CONDITIONS = frozenset("""diploma diplomas empathy sympathy apathy telepathy antipathy academia diagnosis prognosis
    osmosis aroma idioma stigma dogma enigma""".split())
def _condition_hints(doc: Doc) -> list[tuple[int, int]]:
    """Where a condition's name ends: a word for a kind of condition ("... syndrome", "... degeneration", from the
    one pass over cue words) or a word with a medical ending ("tonsillitis", found with str.find, which is fast)."""
    hints = list(hits_of(doc, "condition"))
    folded = doc.folded
    n = len(folded)
    for suffix in _CONDITION_SUFFIXES:
        pos = folded.find(suffix)
        while pos >= 0:
            end = pos + len(suffix)
            if pos >= 3 and folded[pos - 1].isalpha() and (end == n or not folded[end].isalnum()):
                hints.append((pos, end))
            pos = folded.find(suffix, end)
    return hints


_CONDITION_SUFFIXES = ("itis", "osis", "aemia", "emia", "pathy", "plegia", "oma")
# (ending where the hint starts) who has it: "has macular ", "diagnosed with Ehlers-Danlos ", "with tonsill"
_CONDITION_BEFORE = re.compile(r"\b(?:has|had|have|with|diagnosed with|suffers from|suffering from|suffered from|living with|"
                               r"lives with|treated for|treatment for|diagnosis of)\s+(?:a\s+|an\s+)?"
                               r"((?:[a-z'’-]+\s+){0,3}?[a-z'’-]*)$")


# "convicted of theft", "a caution for criminal damage in 2019": the offence named after the proceedings
_OFFENCE_OBJECT = re.compile(r"\s+(?:for|of|with)\s+((?:an?\s+|the\s+)?[a-z][a-z'-]*(?:\s+(?!(?:in|on|at|and|but|which|who|"
                             r"when|after|before|during|while|because|as|from|by|since|last|this|that|was|were|is|are|has|"
                             r"had)\b)[a-z][a-z'-]*){0,4})")


def _offence_end(doc: Doc, end: int, sentence_end: int) -> int:
    m = _OFFENCE_OBJECT.match(doc.folded, end, sentence_end)
    return m.end(1) if m else end


# ------------------------------------------------------------------------------------ schools

_SCHOOL_ANCHOR = re.compile(r"(?:School|Academy|College|PRU|Pupil Referral Unit|Sixth Form College|Sixth Form)(?![\w])")
# a Welsh school names itself first: "Ysgol y Creuddyn", "Ysgol Uwchradd Glan y Môr"
_YSGOL = re.compile(r"Ysgol(?:[ ](?:y|yr|[A-Z][\w'’-]*)){1,5}(?![\w'’-])")
_SCHOOL_NAME = re.compile(r"((?:(?:St\.?|Saint)[ \u00a0]+)?(?:[A-Z][\w'’&.-]*[ \u00a0]+(?:(?:of|the|and|&|upon|on|under|in)"
                          r"[ \u00a0]+)?){1,6})$")
_GENERIC_SCHOOL_WORDS = frozenset("the a our your this that their his her primary secondary high grammar junior infant "
                                  "infants special independent free community catholic faith local new old state "
                                  "church of england ce rc c of e".split())
_ATTEND = re.compile(r"\b(?:attend(?:s|ed|ing)?|pupil|student|year\s?\d{1,2}|in\s+year|enrolled|excluded|exclusion|"
                     r"goes\s+to|went\s+to|go(?:ing)?\s+to|stud(?:ies|ying)|is\s+at|was\s+at|moved\s+(?:to|from)|"
                     r"transferred|head\s?teacher|form\s+tutor|teacher|classmates?|at\s+school|his\s+school|her\s+school|"
                     r"started\s+at|left|suspended|on\s+roll|home\s+from|lads?\s+at|girls?\s+at|boys?\s+at|"
                     r"yr\.?\s?\d{1,2}|in\s+(?:his|her|their|my|our)\s+(?:year|class|form)|year-old\s+at|"
                     r"\(\d{1,2},\s+at)\b")
# a column of where people work: the school is their employer, not a pupil's school
_EMPLOYER = re.compile(r"organi[sz]ation|employer|agency|workplace|setting|company|service|team|partner|role|job")
_APPOSITION = re.compile(r"\b(?:the|his|her|their)\s+(?:new\s+|current\s+|previous\s+|old\s+|former\s+)?school\s*[(,:–-]\s*$")
_NOT_PUPIL = re.compile(r"\b(?:training|trained|delivered|delivering|partnership|partner|funded|funding|staff|visited|"
                        r"workshop|assembly|assemblies|pupils|students|schools|governors?)\b")


_LEADING_VERB = re.compile(r"(?:Attends|Attended|Attending|Left|Moved to|Moved from|Joined|Started at|Goes to|Went to|"
                           r"At|From|To)[ \u00a0]+")


def _school_names(text: str):
    """(start, end) of each school's name: "... School", "... Academy", "Ysgol ..."."""
    for anchor in _SCHOOL_ANCHOR.finditer(text):
        m = _SCHOOL_NAME.search(text, max(0, anchor.start() - 90), anchor.start())
        if m is None:
            continue
        words = [w.lower().rstrip(".") for w in m.group(1).split()]
        if all(w in _GENERIC_SCHOOL_WORDS for w in words):
            continue
        end = anchor.end()
        if anchor.group() == "Sixth Form" and text[end:end + 8] == " College":
            end += 8
        start = m.start(1)
        cut = text.rfind(". ", start, anchor.start())
        if cut >= 0:
            start = cut + 2  # ("... from Heysham. Attends Fylde Edge Academy")
        lead = _LEADING_VERB.match(text, start)
        if lead:
            start = lead.end()
        if start < anchor.start() or text[start:end] == anchor.group():
            yield start, end
    if "Ysgol" in text:
        for m in _YSGOL.finditer(text):
            yield m.start(), m.end()


_NEAR = re.compile(r"\b(?:outside|near|behind|opposite|beside|across from|next to)\s+(?:the\s+)?$")
_NEAR_WORD = re.compile(r"(?:outside|near|behind|opposite|beside)\s")


def _column_header(doc: Doc, pos: int, tops: dict[int, int]) -> str:
    """In text laid out with tabs, the header of the column at ``pos``: the same field of the block's first line.
    ``tops`` keeps each line's block top, so that a long table is walked once."""
    text = doc.text
    ls, _le = doc.line_bounds(pos)
    column = text.count("\t", ls, pos)
    if not column and "\t" not in text[ls:_le]:
        return ""
    top = ls
    seen = []
    while top > 0 and top not in tops:
        seen.append(top)
        prev = text.rfind("\n", 0, top - 1) + 1
        if "\t" not in text[prev:top - 1]:
            break
        top = prev
    top = tops.get(top, top)
    for line in seen:
        tops[line] = top
    fields = text[top:text.find("\n", top) if "\n" in text[top:] else len(text)].split("\t")
    return fields[column].lower() if column < len(fields) else ""


def schools(doc: Doc, names: Spans, *, names_someone: bool = False) -> list[Cand]:
    out = []
    text = doc.text
    tops: dict[int, int] = {}
    for start, end in _school_names(text):
        s, e = doc.sentence(start, end)
        folded = doc.folded[s:e]
        seg = doc.segment(start)
        if seg is not None and any(_EMPLOYER.search(label.lower()) for label in seg.labels):
            continue
        if seg is None and _EMPLOYER.search(_column_header(doc, start, tops)):
            continue  # the same, in text laid out with tabs
        if _NEAR.search(doc.folded, max(0, start - 20), start) or _NEAR_WORD.match(doc.folded, start):
            continue  # "outside Wensum Heath High School": where something happened
        attends = bool(_ATTEND.search(folded)) and not _NOT_PUPIL.search(folded)
        # "Education: Year 11 at Fylde Edge Academy" in a document about someone; "... Tel 0793... Attends X Academy."
        pupil = attends and (_about_someone(doc, s, e, names) or names_someone and _form_answer(doc, start)
                             or _subjectless(doc, s, e, start, names, sentences=3, lead=3))
        if not pupil and names_someone and _APPOSITION.search(doc.folded, max(0, start - 30), start):
            # "contact the school (Moorfield Primary School)": the school of the person the document is about
            pupil = not _NOT_PUPIL.search(folded)
        if not pupil and ("\t" in text[doc.line_bounds(start)[0]:doc.line_bounds(start)[1]] or _form_answer(doc, start)):
            # a table row or a form's line that names a person and a school ("Child: Xia Fan, age 13, Saltwell Bank
            # Academy"): the person is the pupil
            ls, le = doc.line_bounds(start)
            pupil = names.any_overlap(ls, le) and not _NOT_PUPIL.search(folded)
        if not pupil and _AGE_THEN_SCHOOL.search(text, max(0, start - 24), start):
            # "Annalise Wickens (17), Ore Valley School", "Ailidh Milligan, 14 oed, Townhill Academy": a pupil's line
            pupil = names.any_overlap(max(0, start - 70), start) and not _NOT_PUPIL.search(folded)
        if pupil:
            out.append(Cand("school_with_pupil", start, end, 0.8))
    return out


_AGE_THEN_SCHOOL = re.compile(r"(?:\(\d{1,2}\)|,[ \t]*(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:oed|yrs?|years?(?:[ \t]+old)?|y/o|yo))?)"
                              r"[ \t]*[,–-][ \t]*(?:(?:at|in|year[ \t]+\d{1,2}[ \t]+at)[ \t]+)?$", re.IGNORECASE)
