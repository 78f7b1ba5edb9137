"""The held-out part of the corpus: other templates, and names from Faker's locale data.

Written before tuning and not looked at while the rules were tuned; its figures are reported
apart. Faker's name lists are a different source from the guard's gazetteer and supplement, so
these names test whether the name rules generalise.
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import random

from corpus import ORG_ADDRESS, ORG_PHONE, Doc, fill, finish, person, values_for

LOCALES = ["en_GB", "en_IE", "ga_IE", "pl_PL", "ro_RO", "tr_TR", "en_IN", "en_PK", "yo_NG", "zu_ZA", "sw", "lt_LT",
           "sq_AL", "en_NG"]


def _faker_names():
    from faker import Faker

    fakers = {loc: Faker(loc) for loc in LOCALES}

    def names(rng: random.Random):
        loc = rng.choice(LOCALES)
        f = fakers[loc]
        f.seed_instance(rng.randint(0, 10**9))
        first = f.first_name()
        last = f.last_name()
        rel = fakers[rng.choice(LOCALES)]
        rel.seed_instance(rng.randint(0, 10**9))
        return first.split()[0], last.split()[0].split("-")[0], rel.first_name().split()[0], last.split()[0].split("-")[0]

    return names


HANDOVER = """Handover notes for $staff2
{{person_name|$name}} ({{date_of_birth|$dob_long}}) was referred by the YOT after an incident at the bus station.
$He lives with $his grandmother, {{person_name|$rel_name}}, in {{postal_address|$street}}, $town.
$His school, {{school_with_pupil|$school}}, reports good attendance since the move.
Please do not contact $him on $his mobile before 4pm; the landline is {{phone|$phone}}.
$He is {{special_category|a practising Muslim}} and prefers meetings outside prayer times.
"""

OUTCOME_LETTER = """Dear {{person_name|Ms $v_last}},

Re: restorative meeting with {{person_name|$first}}

I am writing to confirm the outcome agreement reached at the meeting on $meeting_date at Brierley Community Centre.
{{person_name|$first}} will complete ten hours of unpaid work with the Canal and River Trust and will write to you in January.
Our reference is $case. If anything changes please call me on $org_phone.

Kind regards,
$staff
Northmoor Mediation Trust, $org_address
"""

GOOD_PRACTICE = """Good practice example: shuttle mediation between neighbours
Two neighbours, Person A and Person B, had been in dispute about parking for three years.
Person A, a retired teacher in her seventies, felt intimidated. Person B had received a community protection warning.
The practitioner met each neighbour four times before a face-to-face meeting was agreed.
Person B said he had {{special_category|post-traumatic stress disorder}} from his time in the army, which Person A had not known.
Both agreed to a parking rota and have had no further incidents since September 2024.
Learning: meetings in neutral venues such as the library worked better than home visits.
"""

REVIEW_MINUTES = """Case review panel
Date: $meeting_date. Chair: $staff. Also present: $staff2, Aisha Rahman.
Case $case: {{person_name|$name}}, {{age_with_detail|aged $age}}. Police reference {{police_reference|$crime_ref}}.
The panel noted that {{person_name|$first}}'s father, {{person_name|$rel_name}}, has {{special_category|bipolar disorder}} and may need support to attend.
Action: $staff2 to contact the school ({{school_with_pupil|$school}}) about a meeting in the new term.
"""

VOLUNTEER_REF = """Reference request
Applicant: {{person_name|$name}}
Address: {{postal_address|$street, $town}} {{postcode|$postcode}}
Date of birth: {{date_of_birth|$dob}}
NI number: {{ni_number|$ni}}
Referee email: {{email|$email}}
The applicant has declared a conviction for {{special_category|drink driving}} in 2015, which is spent.
"""

STATS = """Quarterly performance summary
Referrals received: $n1 (last quarter: $n2). Conferences held: $n2.
Satisfaction: $pct% of people harmed and 88% of people responsible were satisfied or very satisfied.
Age profile: 10 to 13 (18%), 14 to 15 (41%), 16 to 17 (41%). Ethnicity: recorded for $pct% of referrals.
Partners: Bradford Youth Offending Team, West Yorkshire Police, HMP Leeds, and the Lloyds Bank Foundation.
Contact the team on $org_phone or referrals@northmoor-mediation.org.uk.
"""

PRISON_PREP = """Preparation visit record
Visit to HMP Wakefield on $meeting_date with {{person_name|$name}}, prison number {{prison_number|$prison}}.
{{person_name|$first}} spoke about the robbery and said he thinks about the shop worker every day.
He is on {{special_category|methadone}} and attends the chaplaincy each week.
The shop worker, {{person_name|$v_name}}, has asked to receive a letter first.
"""


def _v(rng: random.Random, names) -> dict:
    p = finish(person(rng, names), rng)
    q = finish(person(rng, names, young=False), rng)
    v = values_for(p, q, rng)
    v.update({"org_address": ORG_ADDRESS, "org_phone": ORG_PHONE})
    return v


def heldout_docs(rng: random.Random) -> list[Doc]:
    names = _faker_names()
    docs: list[Doc] = []
    templates = [
        ("handover", HANDOVER, ["txt", "docx", "pdf"]),
        ("outcome-letter", OUTCOME_LETTER, ["docx", "pdf", "txt"]),
        ("good-practice", GOOD_PRACTICE, ["docx", "odt"]),
        ("review-minutes", REVIEW_MINUTES, ["docx", "txt", "odt"]),
        ("reference-request", VOLUNTEER_REF, ["docx", "txt"]),
        ("quarterly-summary", STATS, ["txt", "docx"]),
        ("prison-visit", PRISON_PREP, ["pdf", "txt", "docx"]),
    ]
    for name, template, kinds in templates:
        for i, kind in enumerate(kinds):
            v = _v(rng, names)
            text = fill(template, v)
            blocks = [("page", text)] if kind == "pdf" else [("p", line) for line in text.split("\n")]
            docs.append(Doc(f"{name}-{i + 1}", kind, blocks))
    for i, kind in enumerate(["xlsx", "csv"]):
        rows = [["Client", "Date of birth", "Postcode", "Referral source", "Needs"]]
        for _ in range(5):
            v = _v(rng, names)
            rows.append([fill(c, v) for c in ["{{person_name|$name}}", "{{date_of_birth|$dob}}", "{{postcode|$postcode}}",
                                                 "Youth Justice Service", "None"]])
        blocks = ([("sheet", "Summary", [["Clients this quarter", 5]], False), ("sheet", "Clients", rows, True)]
                  if kind == "xlsx" else [("table", rows)])
        docs.append(Doc(f"client-list-{i + 1}", kind, blocks))
    return docs
