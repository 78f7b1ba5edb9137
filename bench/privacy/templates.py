"""The tuning part of the corpus: invented documents of each kind services upload.

Marks: {{category|text}}. Unmarked text is not personal data: staff on the allow-list, the
organisation's own address and helplines, institutions, Acts, meeting and offence dates, case
numbers, pseudonyms, age bands and counts.
"""

# The templates are documents; a long line in one is a long line of the document.
# ruff: noqa: E501

from __future__ import annotations

import random

from corpus import ORG_ADDRESS, ORG_PHONE, Doc, fill, finish, person, values_for

CASE_NOTE = """Case note: $case
Date of contact: $meeting_date. Practitioner: $staff.
I met {{person_name|$first}} and $his mum, {{person_name|$rel_name}}, at the family home at {{postal_address|$street, $town}} {{postcode|$postcode}}.
{{person_name|$first}} is {{age_with_detail|$age}} and attends {{school_with_pupil|$school}}, where $he is in Year 10.
$He told me $he has {{special_category|ADHD}} and takes {{special_category|medication}} in the morning.
$He {{special_category|admitted the offence}} of criminal damage on $offence_date and said $he wanted to put things right.
Mum's mobile is {{phone|$phone}}. Next visit booked for $meeting_date.
"""

CASE_NOTE_2 = """Session record $case
Present: $staff (facilitator), $staff2 (co-facilitator).
{{person_name|$name}} arrived on time. $He said $he felt nervous about meeting {{person_name|$v_name}}.
We talked about the harm caused when {{person_name|$first}} {{special_category|broke into}} the garage at {{postal_address|$v_street, $v_town}}.
{{person_name|$first}} was {{special_category|cautioned}} in March and is now on a {{special_category|referral order}}.
{{person_name|$first}}'s social worker, {{person_name|Mrs Hepworth}}, joined by phone.
Next steps: prepare a letter of explanation; review on $meeting_date.
"""

POLICY = """Confidentiality and Information Sharing Policy
Northmoor Mediation Trust, $org_address. Telephone $org_phone.
This policy was approved by the board on $meeting_date. The lead for this policy is $staff, Service Manager; questions to $staff2 or to info@northmoor-mediation.org.uk.
We follow the Data Protection Act 2018, the Crime and Disorder Act 1998 and the Rehabilitation of Offenders Act 1974.
If a participant discloses self-harm, staff must follow the safeguarding procedure and inform the designated safeguarding lead.
We record ethnicity, religion and disability for equality monitoring only, and never in the portfolio.
Young people aged 10 to 17 are referred by the Youth Justice Service. We hope every participant will feel safe.
Will you help us improve? Mark any concerns on the feedback form, or call our helpline on 0800 555 0199.
Case numbers such as $case are our own references and contain no personal data.
"""

CASE_STUDY = """Case study: repairing harm after a burglary
Victim A's home was burgled while she was on holiday. Items of sentimental value were taken and the back door was damaged.
YP1, a 15-year-old, was identified by the police and received a youth caution.
Victim A told us she no longer felt safe at home. YP1 said he had not thought about the people who lived there.
Victim A has {{special_category|multiple sclerosis}} and found the damage to the ramp especially distressing.
After two preparation meetings each, a restorative conference took place at Brierley Community Centre in $meeting_date.
YP1 apologised and offered to help repair the garden fence. Six months later Victim A wrote to say she sleeps better.
Outcome: 100% of participants said they would recommend the process. Young people aged 14 to 17 made up $pct% of referrals.
"""

LETTER = """$org_name
$org_address
Our ref: $case

{{person_name|Mr $v_first $v_last}}
{{postal_address|$v_street, $v_town}}
{{postcode|$v_postcode}}

$meeting_date

Dear {{person_name|Mr $v_last}},

Thank you for speaking with me on the telephone. As we discussed, the young person responsible for the damage to your car has asked to write to you.
If you would like to receive the letter, or to meet, please contact me on $org_phone or at $staff_email.
You can also talk to Victim Support on 0808 168 9111 at any time.

Yours sincerely,

$staff
Restorative Justice Practitioner
"""

MINUTES = """Minutes of the Restorative Practice Steering Group
Held on $meeting_date at Leeds Civic Hall.
Present: $staff (Chair), $staff2, Daniel Okoro, Bethan Lloyd. Apologies: Priya Nair.
1. Minutes of the last meeting were agreed.
2. Referrals: $n1 referrals this quarter, $n2 from schools. Average age was 15.
3. Case review ($case): the panel discussed the case of {{person_name|$name}}, whose mother reported that {{person_name|$first}} had been {{special_category|arrested}} again.
4. Funding: the Esmée Fairbairn Foundation and the Paul Hamlyn Foundation have confirmed grants for 2025.
5. Training: $staff2 will deliver training at Hillside Academy in the summer term.
6. Any other business: none. Next meeting $meeting_date.
"""

EMAIL = """From: $staff_email
To: {{email|$email}}
Subject: Our meeting on $meeting_date

Hi {{person_name|$first}},

Thanks for calling yesterday. I have booked the room at HMP Leeds for your visit with {{person_name|$v_name}}.
Please bring photo ID. If you need to change the date, ring me on {{phone|$phone_personal}} or the office on $org_phone.
Crime reference {{police_reference|$crime_ref}} is on the paperwork from the police.

Best wishes,
$staff
"""

POLICE_NOTE = """Police liaison record
Incident {{police_reference|$cad}} relates to the assault outside the Wheatsheaf.
Custody number: {{police_reference|$custody}}. Crime reference: {{police_reference|$crime_ref}}.
Officer in the case: {{person_name|PC Jordan Sykes}}, Millgarth Police Station, Leeds.
The young person, {{person_name|$name}}, was {{special_category|charged with}} affray; victim {{person_name|$v_name}} supports an RJ approach.
Service reference $case. Minute 4.2 of the partnership meeting refers.
"""

PRISON_REPORT = """Restorative conference report
The conference took place at HMP Wakefield on $meeting_date.
The person responsible, {{person_name|$name}}, is {{special_category|serving a sentence}} for robbery.
The person harmed attended with her sister.
Both parties agreed an outcome agreement, attached.
"""

VOLUNTEER = """Volunteer application
Surname: {{person_name|$last}}
First names: {{person_name|$first}}
Date of birth: {{date_of_birth|$dob}}
National Insurance number: {{ni_number|$ni}}
Passport number: {{passport|$passport}}
Driving licence number: {{driving_licence|$licence}}
Vehicle registration: {{vehicle_registration|$vrm}}
Home address: {{postal_address|$street, $town}} {{postcode|$postcode}}
Email: {{email|$email}}
Referee: {{person_name|$rel_name}}
Do you have any health conditions we should know about? {{special_category|Type 1 diabetes}}, well controlled.
"""

ANNUAL_RETURN = """Annual return narrative, 2024 to 2025
We received $n1 referrals, of which $n2 proceeded to a face-to-face meeting. $pct% of people harmed were satisfied.
Referrals came from the Youth Justice Service, Leeds Crown Court, HMP Wealstun and Wetherby YOI.
Most young people were aged 14 to 17; the average age was 15 and the youngest was 11.
We trained 24 volunteers at Brierley Community Centre. Our funders include the Lloyds Bank Foundation.
We hope to expand into schools next year. Mark Scheme reviews are due in April.
The service complies with the Equality Act 2010; we monitor ethnicity and disability anonymously.
"""

RISK = """Risk assessment for {{person_name|$name}} ({{age_with_detail|$age}})
Address: {{postal_address|$street, $town}} {{postcode|$postcode}}
NHS number: {{nhs_number|$nhs}}
GP: {{person_name|Dr Ahmed}}'s practice at Chapel Allerton Surgery.
Medical: {{special_category|asthma}}; carries an inhaler. $He has been diagnosed with {{special_category|depression}} and sees {{special_category|CAMHS}}.
Risk to staff: low. Home visits in pairs. Lone working policy applies.
Reviewed by $staff on $meeting_date.
"""

SCHOOL_REFERRAL = """School referral
Pupil: {{person_name|$name}}
School: {{school_with_pupil|$school}}
Year group: 9
{{person_name|$first}} has an {{special_category|EHCP}} for {{special_category|autism}} and was excluded for two days after a fight with another pupil.
The school's safeguarding lead is {{person_name|Mrs Clarke}}. The school would like a restorative meeting before half term.
"""

FEEDBACK = """Participant feedback
The facilitator explained everything clearly.
I felt listened to and I'd recommend it to others.
"""

HANDBOOK = """Staff handbook: who to contact
Service Manager: $staff, telephone $org_phone, $staff_email.
Practice Lead: Priya Nair. Volunteer Coordinator: Gareth Hughes.
Office: $org_address. Helpline: 0300 123 4567 (Monday to Friday).
The Mental Health Act 1983 and the Children Act 1989 are covered in induction.
Staff who are worried about a young person's mental health should speak to their supervisor.
We will mark the end of the year with a celebration on 12 December 2024. All staff are welcome.
"""

AGENDA = """Regional restorative practice conference
Venue: The Carriageworks, Millennium Square, Leeds LS2 3AD.
09:30 Registration. 10:00 Welcome from the Chair of the Restorative Justice Council.
11:00 Workshop: using restorative approaches in schools (Hillside Academy and Westbrook High School).
12:30 Lunch. 13:30 Panel: victims' voices. 15:00 Close.
"""

VIS_SUMMARY = """Summary of the victim's account
{{person_name|$v_name}}, who is {{age_with_detail|$v_age}}, lives alone at {{postal_address|$v_street, $v_town}}.
{{person_name|$v_first}} described how the break-in left her frightened to go out; she has since been prescribed {{special_category|antidepressants}}.
She would like to ask the young person why her house was chosen.
"""

STATS_NOTE = """Performance report to the board, quarter 3
Referrals: $n1 (up from $n2). Age profile: 10 to 13 (21%), 14 to 15 (38%), 16 to 17 (41%).
Gender: 72% male, 27% female, 1% prefer not to say. Ethnicity: 78% White British, 9% Asian or Asian British, 8% Black or Black British, 5% Mixed.
Partners this quarter: Leeds Youth Justice Service, West Yorkshire Police, HMP Leeds, Wetherby YOI and Victim Support.
Staffing: Priya Nair returned from leave; Gareth Hughes covers the Wakefield referrals. Contact the team on $org_phone.
Risks: two volunteers left; recruitment event planned at Leeds Central Library on $meeting_date.
"""

FAMILY_NOTE = """Family group conference notes
Present: $staff (facilitator), {{person_name|$name}} ({{date_of_birth|$dob}}), {{person_name|$rel_name}} (grandmother) and {{person_name|$v_first $v_last}} (uncle).
{{person_name|$v_first}} said the family wanted {{person_name|$first}} to stay with them in {{postal_address|$street}} until things settle.
{{person_name|$first}}'s teacher at {{school_with_pupil|$school}} has offered extra support after school.
{{person_name|$rel_first}} explained that {{person_name|$first}} has {{special_category|dyslexia}} and struggles with letters, so the apology will be recorded instead.
The plan will be reviewed on $meeting_date.
"""

WITNESS = """Summary of conversation
Spoke with {{person_name|$v_name}} by phone. She confirmed she is happy to meet.
{{person_name|$v_first}}'s daughter will come with her. {{person_name|$v_first}} asked that the meeting is not at the police station.
She uses {{special_category|a wheelchair}} so the venue must be accessible.
Agreed next step: $staff to visit {{person_name|$v_first}} at home on $meeting_date.
"""

TRAINING_ROWS = [
    ["Name", "Course", "Date completed", "Trainer"],
    ["Sarah Thompson", "Restorative Justice Facilitation", "14/03/2024", "Gareth Hughes"],
    ["Daniel Okoro", "Safeguarding Level 2", "02/05/2024", "Priya Nair"],
    ["Aisha Rahman", "Conference Facilitation", "19/06/2024", "Gareth Hughes"],
    ["Bethan Lloyd", "Data Protection", "01/07/2024", "Joanne Whitfield"],
]


def _v(rng: random.Random) -> dict:
    p = finish(person(rng), rng)
    q = finish(person(rng, young=False), rng)
    v = values_for(p, q, rng)
    v.update({
        "org_name": "Northmoor Mediation Trust", "org_address": ORG_ADDRESS, "org_phone": ORG_PHONE,
        "staff_email": rng.choice(["sarah.thompson", "daniel.okoro", "priya.nair"]) + "@northmoor-mediation.org.uk",
        "phone_personal": q.phone,
    })
    return v


def _paras(template: str, v: dict) -> list:
    return [("p", line) for line in fill(template, v).split("\n")]


def tuning_docs(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    text_templates = [
        ("case-note", CASE_NOTE, ["txt", "docx", "pdf"]),
        ("session-record", CASE_NOTE_2, ["docx", "txt", "odt"]),
        ("policy", POLICY, ["docx", "pdf", "txt"]),
        ("case-study", CASE_STUDY, ["docx", "pdf", "odt"]),
        ("letter", LETTER, ["docx", "pdf", "txt"]),
        ("minutes", MINUTES, ["docx", "odt", "txt"]),
        ("email", EMAIL, ["txt", "txt"]),
        ("police-liaison", POLICE_NOTE, ["txt", "docx"]),
        ("conference-report", PRISON_REPORT, ["pdf", "docx"]),
        ("volunteer-application", VOLUNTEER, ["docx", "pdf", "txt"]),
        ("annual-return", ANNUAL_RETURN, ["txt", "docx"]),
        ("risk-assessment", RISK, ["docx", "txt"]),
        ("school-referral", SCHOOL_REFERRAL, ["odt", "docx"]),
        ("feedback", FEEDBACK, ["txt"]),
        ("handbook", HANDBOOK, ["docx", "txt"]),
        ("agenda", AGENDA, ["txt", "pdf"]),
        ("victim-account", VIS_SUMMARY, ["docx", "txt"]),
        ("board-report", STATS_NOTE, ["docx", "txt"]),
        ("family-conference", FAMILY_NOTE, ["docx", "txt", "pdf"]),
        ("conversation", WITNESS, ["txt", "odt"]),
    ]
    for name, template, kinds in text_templates:
        for i, kind in enumerate(kinds):
            v = _v(rng)
            if kind == "pdf":
                blocks = [("page", fill(template, v))]
                if name == "conference-report":
                    blocks.append(("footnote", fill("Prison number {{prison_number|$prison}}; NOMIS checked by $staff.", v)))
            else:
                blocks = _paras(template, v)
            if kind == "docx" and name == "case-note":
                blocks.append(("tracked", "The young person ", fill("{{person_name|$name}} ", v)))
                blocks.append(("comment", fill("Check {{person_name|$first}}'s date of birth: {{date_of_birth|$dob}}", v)))
            docs.append(Doc(f"{name}-{i + 1}", kind, blocks))
    # forms and tables
    for i, kind in enumerate(["docx", "docx", "pdf", "odt"]):
        v = _v(rng)
        rows = [
            ["Name", "{{person_name|$name}}"], ["Date of birth", "{{date_of_birth|$dob}}"],
            ["Address", "{{postal_address|$street, $town}} {{postcode|$postcode}}"], ["School", "{{school_with_pupil|$school}}"],
            ["NHS number", "{{nhs_number|$nhs}}"], ["Parent/carer", "{{person_name|$rel_name}}"], ["Telephone", "{{phone|$phone}}"],
            ["Ethnicity", "{{special_category|White British}}"], ["Crime reference", "{{police_reference|$crime_ref}}"],
            ["Referrer", "$staff"], ["Date of referral", "$meeting_date"],
        ]
        rows = [[fill(c, v) for c in row] for row in rows]
        if kind == "pdf":
            blocks = [("page", "Referral form\nPlease complete every field.")]
            blocks += [("field", r[0], r[1]) for r in rows]
        else:
            blocks = [("p", "Referral form"), ("table", rows)]
        docs.append(Doc(f"referral-form-{i + 1}", kind, blocks))
    # exports
    for i, kind in enumerate(["csv", "xlsx", "csv"]):
        header = ["Ref", "Name", "DOB", "Postcode", "School", "Offence", "Crime ref", "Outcome"]
        rows = [header]
        for _ in range(6):
            v = _v(rng)
            rows.append([fill(c, v) for c in [
                "$case", "{{person_name|$name}}", "{{date_of_birth|$dob}}", "{{postcode|$postcode}}",
                "{{school_with_pupil|$school}}", "{{special_category|Criminal damage}}", "{{police_reference|$crime_ref}}", "Conference held"]])
        if kind == "xlsx":
            docs.append(Doc(f"referrals-export-{i + 1}", kind, [("sheet", "Referrals", rows, False),
                                                                 ("sheet", "Notes", [["Summary"], ["Six referrals this month"]],
                                                                  False)]))
        else:
            docs.append(Doc(f"referrals-export-{i + 1}", kind, [("table", rows)]))
    for i, kind in enumerate(["xlsx", "csv", "xlsx"]):
        rows = [["Respondent", "Age band", "Ethnicity", "How satisfied were you?", "Comments"]]
        for r in range(8):
            v = _v(rng)
            eth = rng.choice(["White British", "Black Caribbean", "Mixed White and Asian", "Pakistani", "Prefer not to say"])
            eth_cell = eth if eth == "Prefer not to say" else "{{special_category|" + eth + "}}"
            comment = rng.choice([
                "It helped me move on.", "The facilitator was kind.", "",
                fill("{{person_name|$v_first}} from the service was brilliant.", v) if r % 3 == 0 else "Good.",
                "I wish it had happened sooner.",
            ])
            rows.append([f"R{r + 1:03d}", rng.choice(["10-14", "15-17", "18-24", "25-44", "45-64", "65+"]), eth_cell,
                         rng.choice(["Very", "Quite", "Not very"]), comment])
        if kind == "xlsx":
            docs.append(Doc(f"survey-export-{i + 1}", kind, [("sheet", "Responses", rows, False)]))
        else:
            docs.append(Doc(f"survey-export-{i + 1}", kind, [("table", rows)]))
    for i in range(2):
        v = _v(rng)
        hidden_rows = [["Name", "DOB", "Phone"], [fill("{{person_name|$name}}", v), fill("{{date_of_birth|$dob}}", v),
                                                  fill("{{phone|$phone}}", v)]]
        docs.append(Doc(f"training-record-{i + 1}", "xlsx", [("sheet", "Training", TRAINING_ROWS, False)]
                        + ([("sheet", "Participants", hidden_rows, True)] if i == 0 else [])))
    aggregate = [["Ethnicity", "Count", "%"], ["White British", "41", "62"], ["Asian or Asian British", "12", "18"],
                 ["Black or Black British", "8", "12"], ["Mixed", "5", "8"]]
    docs.append(Doc("equality-monitoring-1", "xlsx", [("sheet", "Monitoring", aggregate, False)]))
    docs.append(Doc("equality-monitoring-2", "csv", [("table", aggregate)]))
    return docs
