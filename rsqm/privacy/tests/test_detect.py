"""Detection on free text: each category, the allow-list, and the traps that must stay clean."""

from __future__ import annotations

import io

import pytest

from rsqm.privacy import Allow, Limits, mask, scan_file, scan_text
from rsqm.privacy.detect.identifiers import nhs_checksum_ok

from . import builders as b
from .samples import SAMPLES

NOBODY = Allow()


def cats(text: str, allow: Allow = NOBODY) -> set[str]:
    return {f.category for f in scan_text(text, allow=allow)}


def found(text: str, allow: Allow = NOBODY) -> list[tuple[str, str]]:
    return [(f.category, text[f.start:f.end]) for f in scan_text(text, allow=allow)]


@pytest.mark.parametrize("category", list(SAMPLES))
def test_each_category_is_found_in_a_sentence(category):
    """PRIV-NO-SENSITIVE: every kind of sensitive data is caught in running text."""
    assert category in cats(SAMPLES[category][2])


@pytest.mark.parametrize("category", list(SAMPLES))
def test_each_category_is_found_after_its_label(category):
    label, value, _ = SAMPLES[category]
    assert category in cats(f"{label}: {value}")


def test_findings_hold_no_flagged_text():
    text = "Kyle Morgan (DOB 12/03/2009) has ADHD."
    for f in scan_text(text):
        assert f.snippet == mask(text[f.start:f.end])
        assert len(f.snippet) == f.end - f.start
        assert all(not c.isalnum() for c in f.snippet[1:] if c != "•")
        assert text[f.start + 1:f.end] not in repr(f) or f.end - f.start == 1


def test_mask_keeps_the_first_character_and_the_punctuation():
    assert mask("Kyle O'Neil-Smith") == "K••• •'••••-•••••"
    assert mask("12/03/2009") == "1•/••/••••"


# ------------------------------------------------------------------------- names


@pytest.mark.parametrize("name", [
    "Rhys Pritchard", "Ffion Llewellyn", "Siobhán O'Sullivan", "Eilidh MacLeod", "Harpreet Sandhu", "Zainab Chaudhry",
    "Chidi Okafor", "Kwame Mensah", "Katarzyna Kowalska", "Małgorzata Wiśniewska", "Ioana Popescu", "Mehmet Yılmaz",
    "Tendai Moyo", "Jayden Holroyd", "Nguyen Thi Lan",
])
def test_names_of_many_origins_are_found(name):
    text = f"At the meeting {name} explained what had happened."
    assert ("person_name" in cats(text)), name


@pytest.mark.parametrize("text, name", [
    ("Her son, Will, apologised to the shop owner.", "Will"),
    ("Grace said she felt listened to.", "Grace"),
    ("We met Mrs Young at her home.", "Mrs Young"),
    ("Rose Bishop attended with her sister.", "Rose Bishop"),
    ("The meeting with Mark Brown went well.", "Mark Brown"),
    ("Dr Okafor confirmed the appointment.", "Dr Okafor"),
    ("The victim, Hope, wanted an apology.", "Hope"),
])
def test_names_that_are_also_words_are_found_with_context(text, name):
    assert ("person_name", name) in found(text)


@pytest.mark.parametrize("text", [
    "We hope every participant will feel safe.",
    "Mark the date in your diary. Will you attend?",
    "Young people aged 10 to 17 are referred by the Youth Justice Service.",
    "Please use the brown envelope provided.",
    "There is a grace period of two weeks.",
    "The Bishop of Leeds opened the new building.",
    "The Rose Garden at Brierley Community Centre is open to all.",
    "Victim A's home was burgled while she was away; YP1 received a youth caution.",
    "Mr X and Ms B agreed to meet at HMP Leeds.",
    "The Crime and Disorder Act 1998 and the Rehabilitation of Offenders Act 1974 apply.",
    "Funded by the Esmée Fairbairn Foundation and the Paul Hamlyn Foundation.",
    "Case RJ-2024-117, file 23/118 and minute 4.2 refer.",
    "The meeting on 12 March 2024 reviewed the offence of 3 February 2024.",
    "We delivered training to staff at Hillside Academy in the summer term.",
    "The average age was 15; most young people were aged 14 to 17; over 65s are welcome.",
    "If a participant discloses self-harm, staff must follow the safeguarding procedure.",
    "We monitor ethnicity, religion and disability for equality purposes only.",
    "Our mental health policy was reviewed under the Mental Health Act 1983.",
    "Call our helpline on 0800 555 0199 or Victim Support on 0808 168 9111.",
    "Invoice 4010232137 was paid on 2 May.",
    "Restorative Justice Council Quality Mark: Standard 3, Indicator 3.2.",
])
def test_traps_stay_clean(text):
    assert found(text) == []


# -------------------------------------------------------------------- allow-list

STAFF = Allow(names=["Sarah Thompson", "Daniel Okoro", "Siân Prydderch"], email_domains=["northmoor-mediation.org.uk"],
              addresses=["Unit 4, Tanner Row, York YO1 6JB"], phones=["01904 496000"])


def test_a_policy_naming_only_staff_is_clean_with_the_allow_list():
    """PRIV-STAFF-DATA: the organisation's own staff, domains, address and phone are not findings."""
    policy = ("Confidentiality policy, approved by Sarah Thompson (Service Manager) and Daniel Okoro.\n"
              "Questions to sarah.thompson@northmoor-mediation.org.uk or on 01904 496000.\n"
              "Northmoor Mediation Trust, Unit 4, Tanner Row, York YO1 6JB.\n"
              "Ms Thompson reviews the policy each year; Sarah and Dr Okoro sign it off. SIAN PRYDDERCH chairs.")
    assert found(policy, STAFF) == []
    assert "person_name" in cats(policy)  # without the allow-list the staff are found


def test_an_allowed_name_clears_its_parts_ignoring_case_and_accents():
    """PRIV-STAFF-DATA"""
    assert STAFF.allows_name("Sian") and STAFF.allows_name("PRYDDERCH") and STAFF.allows_name("Ms Prydderch")
    assert STAFF.allows_name("sarah thompson") and not STAFF.allows_name("Sarah Khan")
    assert found("Sarah Khan attended with her mother.", STAFF) == [("person_name", "Sarah Khan")]


def test_other_peoples_emails_and_phones_are_still_found_with_the_allow_list():
    text = "Contact kyle.morgan@gmail.com or 07700 900123."
    assert cats(text, STAFF) == {"email", "phone"}


# -------------------------------------------------------------------- identifiers


def test_nhs_numbers_need_the_checksum_or_the_word():
    assert nhs_checksum_ok("9434765919") and not nhs_checksum_ok("9434765918")
    assert cats("Number 943 476 5919 on file.") == {"nhs_number"}
    assert cats("Number 943 476 5918 on file.") == set()
    assert cats("NHS no. 943 476 5918") == {"nhs_number"}  # the word makes it one, typo or not
    assert cats("Order number 9434765919 was dispatched.") == set()


def test_police_references_are_found_and_the_services_own_numbers_are_not():
    assert found("Incident 1234 of 12/03/2024 was logged.") == [("police_reference", "1234 of 12/03/2024")]
    assert cats("Custody number: WY-123456-24. CAD 4471 of 02/02/2024.") == {"police_reference"}
    assert found("Our case number is NMT-2024-117 and the file is 23/118.") == []


def test_ages_of_one_person_are_found_and_bands_and_counts_are_not():
    assert cats("A 14-year-old boy was referred.") == {"age_with_detail"}
    assert cats("The man, aged 72, lives alone.") == {"age_with_detail"}
    assert found("Twelve young people aged 14 took part; 14-year-olds made up half.") == []


def test_a_school_is_found_only_with_its_pupil():
    assert "school_with_pupil" in cats("Jade attends Westbrook High School and is in Year 10.")
    assert found("Westbrook High School hosted the training day.") == []


def test_special_category_is_found_about_anyone_pseudonyms_included():
    assert cats("Victim A has multiple sclerosis.") == {"special_category"}
    assert cats("YP1 is a practising Muslim.") == {"special_category"}
    assert cats("He told us he is gay.") == {"special_category"}


def test_an_offence_is_a_finding_only_when_a_named_person_is_said_to_have_done_it():
    assert ("special_category", "arrested") in found("Kyle Morgan was arrested on Friday.")
    assert found("YP1 was arrested and later received a youth caution.") == []
    assert found("Victim A's home was burgled; the harm was significant.") == []


def test_findings_come_in_order_of_start():
    findings = scan_text("Kyle Morgan, DOB 12/03/2009, NHS number 9434765919, lives at 14 Fenwick Close, Harrogate HG1 2AB.")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert {f.category for f in findings} == {"person_name", "date_of_birth", "nhs_number", "postal_address", "postcode"}


# ------------------------------------------------------------ names the gazetteer does not hold


@pytest.mark.parametrize("text, expected", [
    # a word no list holds, doing what people do
    ("Re: restorative meeting with Tavishka\nTavishka will complete ten hours of unpaid work.", ["Tavishka", "Tavishka"]),
    # an ending that English words have ("-ance") is no evidence against a name
    ("Visit with Evance Kamau today. Evance spoke about the robbery.", ["Evance Kamau", "Evance"]),
    # "that" before a name is the conjunction, and an age ends a sentence
    ("Case 12: Zodwa Mthembuzi, aged 19. The panel noted that Zodwa's father works nights.", ["Zodwa Mthembuzi", "Zodwa"]),
])
def test_names_outside_the_gazetteer_are_found_with_context(text, expected):
    """PRIV-NO-SENSITIVE: names of origins no statistics cover are found from what surrounds them."""
    assert [v for c, v in found(text) if c == "person_name"] == expected


def test_a_name_known_from_one_place_is_found_whole_in_another():
    text = "Present: staff only.\nMother: Ana Dlamuzi, aged 41.\nLater Zenzo Dlamuzi joined by phone."
    names = [v for c, v in found(text) if c == "person_name"]
    assert "Zenzo Dlamuzi" in names


def test_a_possessive_is_not_part_of_the_name():
    text = "We met Kyle Morgan. Kyle's mum came too."
    assert ("person_name", "Kyle") in found(text)


# ------------------------------------------------------------ statements


def test_a_time_phrase_with_each_does_not_make_a_statement_generic():
    text = "Evance Kamau was seen. He is on methadone and attends the chaplaincy each week."
    assert ("special_category", "methadone") in found(text)


def test_generic_policy_language_with_every_stays_clean():
    assert "special_category" not in cats("Every young person who is on methadone will be offered support.")


def test_an_offence_finding_covers_the_offence_named():
    text = "Applicant: Donna Turnbury\nThe applicant has declared a conviction for drink driving in 2015, which is spent."
    assert ("special_category", "conviction for drink driving") in found(text)


def test_an_anonymised_role_in_a_letter_is_not_an_offence_finding():
    text = ("Dear Mr Holroyd,\nThe young person responsible for the damage to your car has asked to write to you.")
    assert "special_category" not in cats(text)


def test_a_school_named_beside_the_school_of_a_named_person():
    text = "Case 4: Kyle Morgan, aged 13.\nAction: contact the school (Moorfield Primary School) about a meeting."
    assert ("school_with_pupil", "Moorfield Primary School") in found(text)
    assert "school_with_pupil" not in cats("Action: contact the school (Moorfield Primary School) about training.")


@pytest.mark.parametrize("label", ["Client", "Applicant", "Service user", "Complainant", "Volunteer"])
def test_person_labels_of_forms_and_columns(label):
    assert ("person_name", "Kiwara Waweru") in found(f"{label}: Kiwara Waweru\n")


def test_a_surname_typed_in_capitals_in_a_form():
    assert ("person_name", "OKONJWU") in found("Surname: OKONJWU\nForename: Tavishka\n")
    assert "person_name" not in cats("Surname: UNKNOWN\n")


@pytest.mark.parametrize("text, name", [
    ("Custody record: KOWALSKI, Piotr was detained overnight.", "KOWALSKI, Piotr"),
    ("Hi Rhodri, hope you're well.", "Rhodri"),
    ("The panel heard from Dariusz Oyelaran, who chaired.", "Dariusz Oyelaran"),
])
def test_names_in_the_shapes_letters_and_records_use(text, name):
    assert ("person_name", name) in found(text)


def test_capitals_before_a_comma_are_not_always_a_surname():
    assert "person_name" not in cats("Location: YORK, North Yorkshire. NOTES, Appendix B.")


# ------------------------------------------------------------ tables, forms, letters


def test_a_condition_in_a_table_row_is_about_the_person_the_row_names():
    text = "Learner\tPrison no.\tSupport needs\nTuan Trinh\tG6591LN\tDyslexia - read handouts aloud\n"
    assert ("special_category", "Dyslexia") in found(text)


def test_a_condition_in_a_form_answer_of_a_document_naming_someone():
    text = "Name: Kiwara Waweru\nNeeds: epilepsy; no known triggers\n"
    assert ("special_category", "epilepsy") in found(text)
    assert "special_category" not in cats("Substance misuse: ask at referral.\nReferred to the substance misuse worker.")


def test_you_in_a_letter_to_a_named_person():
    text = "Dear Mr Holroyd,\nYou told me you are registered blind, so I have enclosed a large-print copy."
    assert ("special_category", "registered blind") in found(text)
    assert "special_category" not in cats("If you are registered blind, tell us and we will send large print.")


def test_counts_of_people_are_not_statements():
    assert "special_category" not in cats("Health and disability: 9 interviewees described a long-term health condition.")


@pytest.mark.parametrize("address", ["childrensfrontdoor@york.example.gov.uk", "mash.referrals@example.org.uk"])
def test_a_team_mailbox_is_not_a_persons_address(address):
    assert "email" not in cats(f"Referred to {address} on Monday.")
    assert "email" in cats("Write to kyle.morgan99@example.net.")


def test_a_school_in_an_organisation_column_is_an_employer():
    text = "Name\tOrganisation\tRole\nWillow Nuttall\tSkelton Park Academy\tHead of Year 7\n"
    assert "school_with_pupil" not in cats(text)


def test_greetings_days_and_paired_words_are_not_names():
    staff = Allow(names=["Tomasz Nowicki"])
    assert found("Dear Tomasz Nowicki,\nThe office is open Mon-Thu.", staff) == []
    assert found("Hope and Grace: a new drama project for the summer.") == []


@pytest.mark.parametrize("text", [
    "The renewal date has passed. Organisations will continue to be required to adhere to the terms.",
    "The term has ended. Behaviour will be reviewed at the next meeting.",
    "The visit is booked. Centre staff will continue to support the family.",
    "The review is due. Organizations will continue to apply.",
])
def test_words_in_british_and_american_spelling_open_sentences_as_words(text):
    assert found(text) == []


def test_an_office_that_asks_to_be_contacted_gives_its_own_line():
    assert found("If you have any questions please contact us on 020 7946 0321.") == []
    # a family gives a mobile, and it is theirs
    assert [c for c, _ in found("Thanks, please call us on 07700 900 461 after six.")] == ["phone"]


def test_police_form_labels_name_their_references():
    text = "OCCURRENCE: 14256664847    CUSTODY RECORD: 14DN/9183/25\n"
    assert [c for c, _ in found(text)] == ["police_reference", "police_reference"]
    assert "police_reference" not in cats("Incident: a window was broken on 3 May.")


# ------------------------------------------------------- how records are written in practice


@pytest.mark.parametrize(("text", "expected"), [
    # a name then who they are, or when they signed
    ("Completed by: Tomasz Wierzbicki, 12 June 2025.", {"person_name"}),
    ("Victim details known: Afruza Diyorayeva (mother of the deceased)", {"person_name"}),
    # a list of people whose names no word list holds, then each of them again
    ("Participants: Wassaya Tungkasethakul, Jinjuta Tungkasethakul (his aunt)\nWhen Jinjuta interrupted, we paused.",
     {"person_name"}),
    # a title before a surname that also names places
    ("We wrote to Mrs Ward about the meeting.", {"person_name"}),
    ("Officer: PC B. Hall", {"person_name"}),
    # the left single quotation mark typed for an apostrophe
    ("On 19 February Ulug‘bek Gabriyelov, 29, was walking home.", {"person_name", "age_with_detail"}),
    # a police system's reference after the word alone, and a log by its date
    ("The case was handed to DC Coverdale (crime NY-25-010047).", {"police_reference"}),
    ("Police involvement: Yes - Incident 1315 dated 07/03/25", {"police_reference"}),
    ("Their crime reference number is 14/55321/25.", {"police_reference"}),
])
def test_records_as_services_write_them(text, expected):
    """PRIV-NO-SENSITIVE: column names of exported systems, names with roles, titles, references."""
    assert expected <= cats(text), found(text)


def csv_cats(text: str) -> set[str]:
    result = scan_file(io.BytesIO(text.encode()), filename="export.csv", limits=Limits(isolate=False))
    return {f.category for f in result.findings}


def test_column_names_run_together_are_read_as_words():
    """PRIV-NO-SENSITIVE: exported systems name their columns "SubjDOB", "VictimTel", "date_of_birth"."""
    text = ("OccurrenceNo,SubjSurname,SubjForename,SubjDOB,SubjAge,VictimTel\n"
            "HB/91852/25,FENTON-GRAY,Billy,19/04/2010,15,0044 7458 515783\n")
    assert {"police_reference", "person_name", "date_of_birth", "age_with_detail", "phone"} <= csv_cats(text)


def test_an_offence_a_form_states_is_about_the_person_it_names():
    """PRIV-NO-SENSITIVE: "Offence: ..." in a form that names someone is a statement about them."""
    text = "Name: Kyle Morgan\nOffence: burglary of a dwelling on 5 April 2025."
    assert any(c == "special_category" and v.startswith("burglary of a dwelling") for c, v in found(text)), found(text)
    assert "special_category" not in cats("Offence: any offence listed in the schedule.")


def test_a_condition_that_begins_a_cell_or_an_answer():
    """PRIV-NO-SENSITIVE: a table row or a form that names someone, and a condition as its value."""
    assert "special_category" in csv_cats("Ref,Name,Needs\nNMT-2025-0329,Logan Fisher,\"Anxiety, prefers texts\"\n")
    assert "special_category" in cats("Name: Kyle Morgan\nPresenting needs: low mood, missing school")
    assert "special_category" not in cats("Needs: anxiety is common among people referred to us.")


def test_a_sentence_wrapped_onto_the_next_line_is_one_sentence():
    text = "The facilitator checked that Rhydian, who\nwears a hearing aid, could hear."
    assert ("special_category", "hearing aid") in found(text)


@pytest.mark.parametrize("text", [
    "natalie scaife-morris: has any1 seen the pics\ndelyth jenkins: omg ye\nnatalie scaife-morris: someone shud tell her\n"
    "delyth jenkins: leave it\n",
    "[21:14] minh vu: u seen wat he put on the gc\n[21:15] ivan božanić: its jokes calm down\n[21:16] minh vu: nah\n"
    "[21:17] ivan božanić: allow it\n",
    "dear isla,\nim finley, im the one who took ur bike from outside the chippy. i want to say sorry. "
    "i wasnt thinking. from finley",
])
def test_names_typed_in_lower_case(text):
    """PRIV-NO-SENSITIVE: chat speakers and names in writing without capitals."""
    assert "person_name" in cats(text), found(text)


@pytest.mark.parametrize("text", [
    "I'm off on Wednesday - back Monday. Ta, Priya",
    "Nan's mobile is on the file.",
    "Hi Blake, you are meeting the worker on Mon 20 Jan at 4pm.",
    "The Young People's Forum asked for a leaflet.",
    "Dear Northmoor team, thank you for the session.",
    "The panel met in the Mary Seacole Room at the library.",
    "Experience of work with families from Gypsy, Roma and Traveller communities is desirable.",
    "The Police and Crime Commissioner for Cleveland funds the service.",
    "Zarghona speaks Dari only; please book a female Dari interpreter.",
    "Meeting held on 17 February 2025 at 2pm, Room 2, Unit 4, Tanner Row.",
    "Halliwell Centre | Church Wynd, Bedale DL8 1AF | 01677 424 910",
    "Any questions, please ring the team line, 01642 850 377.",
    "The crime figures for 2024 fell; incident 42 in the log was a test.",
])
def test_what_names_no_one_stays_clean(text):
    """Words for family, languages, rooms, places, groups and venues' lines are nobody's data."""
    assert [f for f in found(text) if f[1] not in ("Priya", "Blake", "Zarghona")] == [], found(text)


def test_a_label_starts_after_the_field_before_it():
    """ "Date of birth: ... . Offence: ..." on one line: the second label is "Offence", not a date of birth."""
    text = "Name: Kyle Morgan. Date of birth: 1970-12-03. Offence: burglary (Theft Act 1968, s.9) on 5 April 2025."
    assert ("date_of_birth", "1968") not in found(text)
    assert ("date_of_birth", "1970-12-03") in found(text)


def test_a_column_of_offences_by_any_name():
    """PRIV-NO-SENSITIVE: "Offence or issue" is a column of offences; "Offence date" is not."""
    assert "special_category" in csv_cats("Young person,Offence or issue\nKyle Morgan,Criminal damage to a car\n")
    assert "special_category" not in csv_cats("Young person,Offence date\nKyle Morgan,12/03/2025\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Flat 7, Eden House, 99 Pasture Close\nGoole\nDN14 3LX", {("postcode", "DN14 3LX")}),
    ("Teesside Youth Court\nVictoria Square\nMiddlesbrough TS1 2AS", set()),
    ("Date\tDriver\tPick-up\tVenue\n03/03/2025\tMs Mulholland\tTS25 8FL\tEston Hub", {("postcode", "TS25 8FL")}),
    ("Date\tFrom\tTo\n03/03/2025\tHome (DN5 3LQ)\tClements Hall, YO23 1BW", {("postcode", "DN5 3LQ")}),
])
def test_whose_postcode_an_address_block_or_a_cell_says(text, expected):
    """A postcode ends someone's address unless its own block or cell names an institution."""
    assert {f for f in found(text) if f[0] == "postcode"} == expected


@pytest.mark.parametrize(("text", "age"), [
    ("Child: Rahel Choudhury, born 14 November 2010 (14)", "14"),
    ("Date of birth: 23rd January 1953 (72)", "72"),
    ("I am 84 and I have had a stroke.", "84"),
    ("im 14 btw and i want to say sorry", "14"),
])
def test_an_age_after_a_birth_date_or_said_by_the_writer(text, age):
    """PRIV-NO-SENSITIVE: one person's age, in brackets after their date of birth or in their own words."""
    assert ("age_with_detail", age) in found(text)
    assert "age_with_detail" not in cats("I am 5 minutes away; the group is 14 to 17.")


def test_lists_of_people_under_any_plural_label():
    """Each name in "Mediators: ..." or "Pupils in dispute: ..." is weighed apart; staff stay allowed."""
    staff = Allow(names=["Bethan Lloyd", "Priya Nair"])
    assert found("Mediators: Bethan Lloyd, Priya Nair. Date: 5 April 2025.", staff) == []
    assert ("person_name", "Killian McCarthy") in found("Pupils in dispute: Deiniol Prydderch / Killian McCarthy")
    assert "person_name" in csv_cats("Date,Driver,Passenger,Miles\n24/06/2025,Tanya Verrill,Riley Ashworth,38\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("It was reported to the police (crime 066184/25-CC).", ("police_reference", "066184/25-CC")),
    ("Last seen near the ferry terminal. Log LC-20250707-1235.", ("police_reference", "LC-20250707-1235")),
    ("Detained person: Albertine Kieffer. Custody record BLP/24/19658.", ("police_reference", "BLP/24/19658")),
    ("Sahr reported it to the police (STORM 0158 19/01/25).", ("police_reference", "0158 19/01/25")),
    ("British Transport Police, BTP 1061 of 20/02/2025", ("police_reference", "1061 of 20/02/2025")),
    ("He can be reached on (+44) 7511 182 748.", ("phone", "(+44) 7511 182 748")),
    ("The shop owner's number is 447434152487.", ("phone", "447434152487")),
])
def test_references_and_numbers_in_other_forces_and_systems_formats(text, expected):
    """PRIV-NO-SENSITIVE: police systems' own formats, and phone numbers as international forms take them."""
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Brookside House - children's home (Ofsted URN SC045821)",
    "Ashcroft Lune Solicitors LLP | 14 Castle Hill, Lancaster LA1 1YN | 01524 61 00 70",
    "CAMHS - Lancaster and Morecambe team\nThe Mount, 4 Westbourne Road, Lancaster LA1 5EE. Switchboard 01524 550 400",
    "Information Governance Unit, PO Box 77, Hutton, Preston PR4 5SB, switchboard 01772 614444.",
    "The crime figures for 2025 and the log 2024 are in the annex.",
])
def test_offices_and_their_numbers_stay_clean(text):
    """A firm's or an office's letterhead, an Ofsted reference and counts by year are no one's data."""
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("message: hi my son ousman is 16 and he got arrested", {("person_name", "ousman"), ("age_with_detail", "16")}),
    ("My mother is 69. She has had two falls this year.", {("age_with_detail", "69")}),
    ("As you are 17, we have also written to your parents.", {("age_with_detail", "17")}),
    ("Statement of: DARCEY RIMMER\nAge if under 18: 14", {("age_with_detail", "14")}),
    ("I was born 26 August 1979, national insurance nm770227c. Could someone call me?", {("ni_number", "nm770227c")}),
    ("ok so tegan moved. also her new address is 49b bispham road la9 1wt. she is at her nans. lol", {("postcode", "la9 1wt")}),
])
def test_what_people_write_in_their_own_words(text, expected):
    """PRIV-NO-SENSITIVE: ages said of a relative, names and numbers typed in lower case."""
    assert expected <= set(found(text)), found(text)


def test_a_school_a_named_persons_form_gives_or_a_day_ends_at():
    """PRIV-NO-SENSITIVE: "Education: Year 11 at ..." about the person a form names; "home from ... School"."""
    assert ("school_with_pupil", "Fylde Edge Academy") in found(
        "Name: Kyle Morgan\nEducation: Year 11 at Fylde Edge Academy; attendance 71% this term.")
    assert ("school_with_pupil", "Walney Point Primary School") in found(
        "Mon 22 Sep: Mikey home from Walney Point Primary School at 3.40, quiet.")
    assert found("Training: we delivered a workshop at Fylde Edge Academy in Year 9 assemblies.") == []


def test_a_statement_that_runs_into_a_name_keeps_its_start():
    """PRIV-NO-SENSITIVE: "X was arrested for damage to Elias's fence": the offence and the names are all found."""
    text = "Odhiambo was arrested for criminal damage to Elias's fence and released."
    got = found(text)
    assert ("person_name", "Elias") in got
    assert any(c == "special_category" and v.startswith("arrested") for c, v in got), got


def test_a_list_of_offences_and_the_reason_for_an_arrest():
    got = found("Name: Kyle Morgan\nOffences: robbery; possession of a bladed article.\nPersonal circumstances")
    assert ("special_category", "robbery; possession of a bladed article") in got
    assert "special_category" in cats("Detained: Kyle Morgan\nReason for arrest: suspected theft of a bicycle")


@pytest.mark.parametrize(("text", "expected"), [
    ("NMT-2025-0748\tPerson harmed\tNorthern Ireland driving licence\t85195468\tShred the copy",
     ("driving_licence", "85195468")),
    ("5. Vehicles: look out for S660 WYT, an old blue Transit.", ("vehicle_registration", "S660 WYT")),
    ("He lives with his mum at Apartment 30, Mill Race House, Dalton Lane, Burnley.",
     ("postal_address", "Apartment 30, Mill Race House, Dalton Lane")),
])
def test_licences_plates_and_flats_in_other_forms(text, expected):
    """PRIV-NO-SENSITIVE: a Northern Ireland licence, an old plate after "vehicles", a flat in a named building."""
    assert expected in found(text)
    assert "driving_licence" not in cats("Her driving licence was renewed in 2019 for 10 years.")


@pytest.mark.parametrize(("text", "names"), [
    ("Grants from the Harold Chadwick Trust; the Agnes Whitlock\nFoundation; the Office of the Commissioner.", []),
    ("Skerton Community Centre. Facilitator Priya Nair; co-facilitator Gareth Hughes.", ["Priya Nair", "Gareth Hughes"]),
    ("Language: Moroccan Arabic (Darija); some French.", []),
    ("We spoke to Kyle Morgan\nPolice attended later.", ["Kyle Morgan"]),
])
def test_roles_languages_and_a_funder_wrapped_onto_the_next_line(text, names):
    """A job title before a name is not part of it; a funder's name wrapped before "Foundation" is no one."""
    assert [v for c, v in found(text) if c == "person_name"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Restorative practice draws on Zehr (2002) and Braithwaite (1989, p. 4).", []),
    ("Crime harms relationships (Marshall, 1999).", []),
    ("The Nelson Mandela Rules set minimum standards for prisoners.", []),
    ("Will Young people be asked to attend? Yes, with a parent or carer.", []),
    ("Children: Kyle (2009) and Amy (2012).", ["Kyle", "Amy"]),
])
def test_authors_cited_rules_named_after_people_and_young_people(text, names):
    """A surname cited with its year, rules named after someone, "young people": no one to find; children with
    the years they were born still are."""
    assert [v for c, v in found(text) if c == "person_name"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("The Lord Chancellor approved the Victims Code in 2020.", []),
    ("Rose Cottage Children's Home and Hope House took part.", []),
    ("Jesus College, Oxford and King's College London ran the evaluation.", []),
    ("Kyle's School report was good.", ["Kyle"]),
    ("Mrs Kowalska's Hall booking is on Friday.", ["Mrs Kowalska"]),
])
def test_offices_homes_and_colleges_named_like_people(text, names):
    """An office after a title, a home named for a flower, a college named for a king: no one."""
    assert [v for c, v in found(text) if c == "person_name"] == names


def test_a_home_after_a_school_in_one_sentence_and_a_sentence_being_served():
    """PRIV-NO-SENSITIVE: "attends X Academy and lives at 22 Elm Road": the home is hers, not the school's."""
    got = found("Olivia (14) attends Park View Academy and lives with her nan at 22 Elm Road, Hull HU5 3AB.")
    assert ("postal_address", "22 Elm Road, Hull") in got
    assert found("The conference was at the Town Hall, 1 Market Street, Leeds.") == []
    assert any(c == "special_category" and v.startswith("serving four years")
               for c, v in found("Kayleigh's brother is in HMP Hull serving four years for robbery."))


def test_a_form_label_that_is_also_a_first_name():
    """ "Reg:" labels a registration; "Name: Reg Varney" is a person."""
    assert found("Reg: AB12 CDE") == [("vehicle_registration", "AB12 CDE")]
    assert ("person_name", "Reg Varney") in found("Name: Reg Varney")


def test_a_note_without_a_subject_after_one_that_names_someone():
    """PRIV-NO-SENSITIVE: "Trystan Harries, 13, from Heysham. Type 1 diabetic ...": the note is about him."""
    got = found("Missing from home: Trystan Harries, 13yo, from Heysham. Type 1 diabetic and needs insulin.")
    assert ("special_category", "diabetic") in got
    assert "special_category" not in cats("Thanks to Kyle Morgan for chairing. Convicted people often face barriers.")


@pytest.mark.parametrize(("text", "address"), [
    ("Tom Pike (23), Low Birk Barn, Coniston Avenue, Morecambe.", "Low Birk Barn, Coniston Avenue"),
    ("She lives at Rose Cottage, Mill Lane, Settle.", "Rose Cottage, Mill Lane"),
])
def test_a_house_with_a_name_instead_of_a_number(text, address):
    """PRIV-NO-SENSITIVE: a named house on a street is someone's address, and its name is no one's name."""
    got = found(text)
    assert ("postal_address", address) in got
    assert [v for c, v in got if c == "person_name"] == [v for c, v in got if c == "person_name" and v == "Tom Pike"]


def test_the_organisations_own_name_is_allowed_but_not_a_first_name_in_it():
    """PRIV-STAFF-DATA: "Northmoor's schools team" is the organisation; "Hannah" is not cleared by the "Hannah Walsh Trust"."""
    allow = Allow(organisations=["Northmoor Mediation Trust", "Hannah Walsh Trust"])
    assert found("Follow-up with Northmoor's schools team.", allow) == []
    assert found("Funded by the Hannah Walsh Trust.", allow) == []
    assert ("person_name", "Hannah") in found("Then Hannah said she was sorry.", allow)


@pytest.mark.parametrize(("text", "statement"), [
    ("The police attended; Silvester was not arrested.", None),
    ('Keith said: "I didn\'t want him prosecuted."', None),
    ("Kyle was never convicted of anything, but Amy was convicted of theft.", "convicted of theft"),
    ("Not long after, Kyle was arrested for theft.", "arrested for theft"),
])
def test_an_offence_that_did_not_happen_is_no_statement(text, statement):
    """PRIV-NO-SENSITIVE: a named person's offence is a finding; "was not arrested" says none."""
    got = [v for c, v in found(text) if c == "special_category"]
    assert got == ([statement] if statement else [])


def test_a_date_in_a_log_is_not_a_police_reference():
    assert found("Harmed person contact log\t09/09/2025\tnotes") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyle Smith didn't think and stole a bike.", {("special_category", "stole")}),
    ("Kyle Smith was not only arrested but charged.", {("special_category", "arrested")}),
    ("Kyle Smith's mum works at the school; her home number is 01772 123456.", {("phone", "01772 123456")}),
    ("Trystan Harries, 13, from Heysham.\nType 1 diabetic and needs insulin.", {("special_category", "diabetic")}),
    ("Dylan‘s mum rang.", {("person_name", "Dylan")}),
])
def test_second_read_cases_that_are_findings(text, expected):
    assert expected <= set(found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Date of offence: 12/03/2024",
    "Crime 2023-24 figures show a fall; the incident 2024/25 review is due.",
    "Guidance is at www.gov.uk and www.nhs.uk. Email info@rj.org.uk. The tyler hill site opens in May.",
])
def test_second_read_cases_that_are_clean(text):
    assert found(text) == []


def test_short_column_names_stay_whole():
    """ "DoB" is a date of birth column, not "do b"."""
    assert "date_of_birth" in csv_cats("Name,DoB\nKyle Morgan,14/03/2011\n")


def test_an_organisation_named_with_the_and_one_named_after_a_person():
    allow = Allow(organisations=["The Northmoor Mediation Trust", "Hannah Trust"])
    assert allow.allows_name("Northmoor") and allow.allows_name("Hannah Trust")
    assert not allow.allows_name("Hannah")


def test_a_car_and_its_registration_written_with_spaces():
    """PRIV-NO-SENSITIVE: "AB 12 CDE" is a registration; "Ford Fiesta" is a car, "Kyle Ford" a person."""
    assert found("His car (reg AB 12 CDE) was seen.") == [("vehicle_registration", "AB 12 CDE")]
    assert found("Vehicle: a Ford Fiesta, FH66 LWL.") == [("vehicle_registration", "FH66 LWL")]
    assert ("person_name", "Kyle Ford") in found("Kyle Ford said sorry.")


def test_a_condition_after_still_or_often():
    """PRIV-NO-SENSITIVE: "she is still anxious" about a person; "people are often anxious" about anyone."""
    assert ("special_category", "anxious") in found("Spoke to J (victim) by phone; she is still anxious about going out.")
    assert found("People are often anxious before a meeting.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Interviewee: TREHARNE, Taliesin   DOB 26-OCT-1989", ("date_of_birth", "26-OCT-1989")),
    ("Victim: HEIDI BRANNIGAN (23/09/00), Flat 27, Keelman House", ("date_of_birth", "23/09/00")),
    ("Victim: Mr Haris Delic, 126 Chester Oval, Darlington.", ("postal_address", "126 Chester Oval, Darlington")),
    ("Mr Kaviraj Ramdin\nFlat 34, Riverside Lofts, Saltwell View\nDH8 9QL",
     ("postal_address", "Flat 34, Riverside Lofts, Saltwell View")),
])
def test_dates_and_addresses_as_other_systems_write_them(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Grey Rooms Ltd | 4 Grey Street, Newcastle upon Tyne | VAT 123 4567 89",
    "Groups run by the Grace Darling Trust, and Hope for Tomorrow peer groups.",
    "Dear Clerk,\nRequest for a governors' review.",
    "Host preferences: near Chester-le-Street, on a bus route.",
    "Harton Colts JFC - safeguarding concern form",
])
def test_places_titles_and_clubs_are_no_one(text):
    assert [v for c, v in found(text) if c == "person_name"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Prison number:      b 4821 dk", ("prison_number", "b 4821 dk")),
    ("Name:\tKyle Morgan", ("person_name", "Kyle Morgan")),
    ("prisoner number A 1234 BC", ("prison_number", "A 1234 BC")),
    ("Northern Irish plate ABZ 1234 seen on the drive.", ("vehicle_registration", "ABZ 1234")),
    ("Driving licence no. HUGHE 705128 M99 AB", ("driving_licence", "HUGHE 705128 M99 AB")),
    ("Mr and Mrs Hughes, 3 Bryn Teg, Mold, Flintshire CH7 1XY", ("postal_address", "3 Bryn Teg, Mold, Flintshire")),
    ("Address: 14 Orchard Way\nLittle Budworth\nTarporley\nCW6 9EB",
     ("postal_address", "14 Orchard Way\nLittle Budworth\nTarporley")),
])
def test_identifiers_laid_out_as_forms_and_letters_do(text, expected):
    """PRIV-NO-SENSITIVE: values lined up after their label, codes typed with spaces, an address over its lines."""
    assert expected in found(text)


def test_a_label_word_before_no_or_number_is_no_name():
    for text in ("Reg no: YX19 KLM", "Reg. number: YX19 KLM"):
        assert found(text) == [("vehicle_registration", "YX19 KLM")]


@pytest.mark.parametrize("text", [
    "Course code ABZ 1234 runs in spring.",
    "Room 4, Riverside Centre, Preston PR1 2AB",
    "Venue: Unit 3 Riverside, Chester CH1 4AB",
])
def test_codes_and_rooms_that_are_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Child: Kian Doherty (b. 2011)", [("person_name", "Kian Doherty"), ("date_of_birth", "2011")]),
    ("Date of birth\n14/02/2010", [("date_of_birth", "14/02/2010")]),
    ("Our Tyler is nearly 15 now.", [("person_name", "Tyler"), ("age_with_detail", "15")]),
    ("Pupil: Kian Doherty, Year 9, Park View Academy",
     [("person_name", "Kian Doherty"), ("school_with_pupil", "Park View Academy")]),
])
def test_how_people_write_births_ages_and_years_at_school(text, expected):
    """PRIV-NO-SENSITIVE: a birth year in brackets, a label over its value, "our Tyler", a school year is no house number."""
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Religion\nWe welcome people of every faith and none.",
    "Incident\nOn 12/03/2025 at 14:00 the panel met.",
    "Our Service is free and confidential.",
])
def test_headings_over_paragraphs_are_no_labels(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The victim, a 72-year-old woman, did not want to meet.", ("age_with_detail", "72-year-old")),
    ("The suspect, a 17 year old male from Birkenhead, was arrested.", ("age_with_detail", "17 year old")),
    ("Suspect 1: Lee Formby DOB 04/04/99 PNC 99/123456X", ("police_reference", "99/123456X")),
])
def test_a_person_described_by_age_and_a_bare_pnc_id(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["The average age was 34.", "The mean age of a 15 year old cohort rose.",
                                  "PNC checks were done in 2024."])
def test_statistics_and_checks_are_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("He self-harms when stressed.", ("special_category", "self-harms")),
    ("Kyle has had two seizures this term.", ("special_category", "seizures")),
    ("Lee was remanded in custody on 3 March.", ("special_category", "remanded")),
    ("Connor's dad is a Labour councillor.", ("special_category", "Labour councillor")),
])
def test_conditions_in_the_plural_proceedings_and_party_offices(text, expected):
    """PRIV-NO-SENSITIVE: a condition in the plural or the third person, a remand, a party's office."""
    assert expected in found(text)


def test_ethnicities_in_the_plural_speak_of_groups():
    assert "special_category" not in cats("Maxime kept saying stuff about Gypsies in the dinner queue, I told him.")
    assert "special_category" not in cats("Please send the notes before Friday.")


def test_lists_of_witnesses_and_names_from_no_list():
    """Every person in a list under a plural label, "and" included; a surname that is also a building's word after a
    first name; a first name that is a word before a surname from no list."""
    got = found("Witnesses: Paddy Joyce, Bridget McDonagh and Mary Ward.")
    assert [v for c, v in got if c == "person_name"] == ["Paddy Joyce", "Bridget McDonagh", "Mary Ward"]
    assert ("person_name", "Grâce Mbuyi") in found("Jean-Pierre Kabongo and Grâce Mbuyi have agreed to meet.")
    assert found("The young person has moved to Bishop Auckland with her aunt.") == []
    assert found("Upton High School") == []


def test_a_family_giving_its_address():
    """PRIV-NO-SENSITIVE: "our address" in a parent's email is a home; the organisation's own is on its allow-list."""
    text = "He's 13. Our address is 9 Shore Lane, Parkgate CH64 6SE."
    assert ("postal_address", "9 Shore Lane, Parkgate") in found(text)
    allow = Allow(addresses=["9 Shore Lane, Parkgate CH64 6SE"])
    assert [c for c, _v in found(text, allow) if c in ("postal_address", "postcode")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("kept by Kerrie, 103 Westminster Walk, Crewe cw1 5yp", ("postcode", "cw1 5yp")),
    ("Mr Metodi Ristovski\nHallwood Link\nWarrington\nwa14nr\nDear Mr Ristovski,", ("postcode", "wa14nr")),
    ("of 87 Ffordd Caergybi, ll55 2ef.", ("postal_address", "87 Ffordd Caergybi")),
    ("Address: 12 Heol y Bryn, Pontypridd CF37 1AB", ("postal_address", "12 Heol y Bryn, Pontypridd")),
    ("Road: Ffordd Llanberis", ("postal_address", "Ffordd Llanberis")),
    ("House name or number: Pen y Bryn Farm", ("postal_address", "Pen y Bryn Farm")),
])
def test_postcodes_typed_in_lower_case_and_welsh_streets(text, expected):
    """PRIV-NO-SENSITIVE: a lower-case postcode where an address puts it, of a real postcode area; streets named
    kind first, as Welsh does; an address given field by field."""
    assert expected in found(text)


@pytest.mark.parametrize("text", ["I got a1 in the test and b2 in the retake.", "we need 2 of these, ab1 2cd"])
def test_lower_case_codes_that_are_no_postcode(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Cheshire Police occurrence 25*495079 refers.", "25*495079"),
    ("Police attended, CAD 1729 13Mar25.", "1729 13Mar25"),
    ("Custody no. MP/BK/33398/25. Arrest time 02:14.", "MP/BK/33398/25"),
    ("police ref for the victim is NWP/2025/975085, OIC is DC Dinh", "NWP/2025/975085"),
    ("23:40 CRIME RAISED NWP/2025/849885.", "NWP/2025/849885"),
    ("LINKED INCIDENTS NW-20250204-0988 AND STORM 0988 04FEB25.", "NW-20250204-0988"),
    ("Police told, log 1317 7/3", "1317 7/3"),
])
def test_police_references_as_forces_write_them(text, expected):
    """PRIV-NO-SENSITIVE: asterisks, force and station prefixes, dates run together, a reference said of someone."""
    assert ("police_reference", expected) in found(text)


@pytest.mark.parametrize("text", ["The incident log was reviewed on 12/3.", "Please log 2 items by 12/3.",
                                  "Crime figures for 2023-24 are attached."])
def test_logs_and_years_are_no_police_reference(text):
    assert "police_reference" not in cats(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("CICA form: wm 72 72 42 a (please don't paste it)", ("ni_number", "wm 72 72 42 a")),
    ("Proof of address: bank statement. NI: YJ-87-45-33-D", ("ni_number", "YJ-87-45-33-D")),
    ("DOB\t02FEB99", ("date_of_birth", "02FEB99")),
    ("DOB on the PNC printout says 21.09.06 but the college had another.", ("date_of_birth", "21.09.06")),
    ("30/25.1\tJEHU, Rhun, 07 AUG 1968\tReleased from HMP Altcourse", ("date_of_birth", "07 AUG 1968")),
    ("Rab? His NOMIS is g5860vz from when he was at Berwyn.", ("prison_number", "g5860vz")),
    ("Fermín Garcia (in prison until 2023, G7570 GY; licence revoked)", ("prison_number", "G7570 GY")),
    ("Does he still have the moped? reg was ck17 zcy", ("vehicle_registration", "ck17 zcy")),
    ("The white Transit V251 PZX has been parked on the corner.", ("vehicle_registration", "V251 PZX")),
    ("Rhun drives the quad bike (YPR 52) across my field.", ("vehicle_registration", "YPR 52")),
])
def test_numbers_typed_as_people_type_them(text, expected):
    """PRIV-NO-SENSITIVE: lower case, hyphens, months run together, a prison number with a space, dateless plates."""
    assert expected in found(text)


@pytest.mark.parametrize("text", ["He drove up the M6 to Preston.", "Room b1234cd is free on Tuesday.",
                                  "Signed: Kyle Morgan, 12 March 2025\n",
                                  "Date of birth will be checked at the meeting on the 12/03/2025."])
def test_roads_rooms_and_signing_dates_are_no_identifiers(text):
    assert {c for c, _v in found(text)} <= {"person_name"}


@pytest.mark.parametrize(("text", "expected"), [
    ("They took the keys to our car, a grey Kia Sportage, registration MV55 KKK.", []),
    ("The male got into a red Seat Leon, MG18 STA, driven by a female.", []),
    ("Stoica drove his Ford Ranger along the A55.", ["Stoica"]),
    ("Kia said sorry to Leon.", ["Kia", "Leon"]),
])
def test_cars_are_no_one(text, expected):
    assert [v for c, v in found(text) if c == "person_name"] == expected


def test_a_faith_s_places_and_a_welsh_school():
    """A venue of a faith is no one's belief unless someone worships there; "Ysgol ..." names a school."""
    assert found("The conference is at the Quaker Meeting House, Frodsham Street.") == []
    assert ("special_category", "Methodist") in found("She goes to the Methodist chapel and says it helps.")
    assert ("school_with_pupil", "Ysgol y Creuddyn Newydd") in found(
        "Zorian (19/03/2010) is at Ysgol y Creuddyn Newydd in Year 10.")
    assert found("Open evening at Canolfan Penrhos, Bangor, on Thursday.") == []


def test_letterheads_and_examples_are_no_one_s():
    """An organisation's letterhead (a street with no house number under its name), a PO box, a specimen number."""
    letterhead = "Penrhos Medical Practice\nFfordd Penrhos, Bangor, Gwynedd LL57 2EE\nTel 01248 370 900 | Fax 01248 370 901"
    assert found(letterhead) == []
    assert found("Claims Department\nArdent Home Insurance plc\nPO Box 4471, Chester CH99 9AQ\nDear Sir") == []
    assert found("National Insurance numbers (in the format QQ 12 34 56 C) must not be copied.") == []
    home = found("Mrs Jane Kyle\n14 Elm Road\nChester CH1 1AA\nTel 01244 123456")
    assert [c for c, _v in home] == ["person_name", "postal_address", "postcode", "phone"]
    assert ("school_with_pupil", "Saltwell Bank Academy") in found("Child: Xia Fan, age 13, Saltwell Bank Academy\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Requested by: Tecwyn Meyrick\nAddress: Flat 8", ("person_name", "Tecwyn Meyrick")),
    ("Statement of: REBIN JAFF\nAge if under 18: Over 18", ("person_name", "REBIN JAFF")),
    ("Reported by: Elfed P.", ("person_name", "Elfed P")),
    ("He is charged with criminal damage against Miguela, crime CRI/2025/700526.", ("person_name", "Miguela")),
])
def test_who_wrote_requested_or_suffered(text, expected):
    assert expected in found(text)


def test_an_offence_in_a_form_table_is_about_the_person_it_names():
    """PRIV-NO-SENSITIVE: a two-column form ("Offences | ...") is about the person the document names."""
    import io as _io

    from . import builders as b

    doc = b.docx(b.table([["Name", "Marian Stoica"], ["Offences", "Dangerous driving; failing to stop"]]))
    result = scan_file(_io.BytesIO(doc), filename="psr.docx", limits=Limits(isolate=False))
    assert [f.category for f in result.findings] == ["person_name", "special_category"]
    counts = b.docx(b.table([["Offences", "Total"], ["Theft", "12"], ["Burglary", "4"]]))
    result = scan_file(_io.BytesIO(counts), filename="counts.docx", limits=Limits(isolate=False))
    assert not result.findings


def test_a_first_name_that_is_also_a_language():
    assert ("person_name", "Darija Durlovska") in found("Client: Darija Durlovska")
    assert found("Language: Moroccan Arabic (Darija); some French.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Thank you for contacting Suffolk Constabulary. Your reference is 37/66701/25. Do not reply.", "37/66701/25"),
    ("police have been. they gave me a number, 37/66701/25. im ok", "37/66701/25"),
    ("The police were informed as a precaution (25DY175031); no further action.", "25DY175031"),
    ("police gave him a caution i think, the ref was LIN-25-698739.", "LIN-25-698739"),
    ("Police: one call, logged CAD1846-0409. No crime recorded.", "CAD1846-0409"),
    ("Got a reference from the police too: DC270225/0712.", "DC270225/0712"),
])
def test_a_reference_given_just_after_the_police_are_spoken_of(text, expected):
    """PRIV-NO-SENSITIVE: a police system's reference with no name for it, given where the police are spoken of."""
    assert ("police_reference", expected) in found(text)


@pytest.mark.parametrize("text", [
    "The police referred case RJ-2025-0113 to us.",
    "Earlier reports: police log attached; council ref ASB/LAN/25/0417; housing ref NR-55812.",
    "Police attended. Invoice INV-2025-00123 is attached.",
    "Breach log ref: DPB-2025-004. Reported by the data protection lead.",
])
def test_other_references_near_the_police_are_not_theirs(text):
    assert "police_reference" not in cats(text)


@pytest.mark.parametrize("text", [
    "Playground fight. Vic has a heart condition, school nurse aware.",
    "Kyle is a young carer: dad has motor neurone disease. Young carers' group on Fridays.",
    "The family go to Mass at Our Lady Immaculate on Sundays.",
    "Room 3, Sincil Bank Community Hub. Version 4.1.",
    "Contact the Parks Officer via parks@boston.gov.uk or the OOCD team (oocd@leics.police.uk).",
    "Hythe Community Centre Ltd, Hythe Hill, Colchester | Bookings 01206 500 220",
    "Outside Wensum Heath High School\tJamal Haque\tCommunity Resolution\tN\tSchool ID\tn/a",
])
def test_victims_carers_churches_rooms_and_teams_are_no_one(text):
    assert [c for c, _v in found(text) if c not in ("special_category",)] in ([], ["person_name"])
    assert ("person_name", "Vic") not in found(text) and ("person_name", "Young") not in found(text)
    assert "postal_address" not in cats(text) and "email" not in cats(text) and "phone" not in cats(text)
    assert not any(c == "school_with_pupil" and "\t" in v for c, v in found(text))


@pytest.mark.parametrize("text", ["Child A, aged 14, lived with his grandmother.", "YP1, a 15-year-old, was identified.",
                                  "Victim B (aged 72) lives alone."])
def test_the_age_of_a_pseudonymised_person_identifies_no_one(text):
    """An anonymised case study may say how old "Child A" was; a named person's age is a finding."""
    assert found(text) == []
    assert ("age_with_detail", "40") in found("Mr Xu, aged 40, lives alone.")


def test_authors_cited_with_their_works_are_no_one():
    handout = ("The questions are usually credited to Howard Zehr (Changing Lenses, 1990). John Braithwaite's Crime, "
               "Shame and Reintegration (1989) introduced it. Heather Strang's Repair or Revenge (2002) looked at it.")
    assert found(handout) == []
    assert ("person_name", "Kyle Morgan") in found("Kyle Morgan's statement (2024) is attached.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Officer: PC 4118 Destiny Gedge", "PC 4118 Destiny Gedge"),
    ("How did you hear about us? PCSO Gemmell at the drop in.", "PCSO Gemmell"),
    ("Caller Sucaad, says she was assaulted by her neighbour.", "Sucaad"),
    ("Hi its Olive. I can talk after college.", "Olive"),
    ("07580129334 (Siwsan, mum)", "Siwsan"),
    ("Owner: Jade Pike (mother)", "Jade Pike"),
])
def test_officers_callers_and_people_in_brackets(text, expected):
    assert ("person_name", expected) in found(text)


def test_an_owner_of_the_organisation_and_a_relation_in_brackets_are_no_one():
    allow = Allow(names=["Daniel Okoro"], organisations=["Northmoor Mediation Trust"])
    assert found("Owner: Northmoor (Daniel Okoro)", allow) == []
    assert [v for c, v in found("Household: Macauley Tickle (son), 2011") if c == "person_name"] == ["Macauley Tickle"]


def test_more_ways_of_saying_a_child_is_at_a_school():
    assert ("school_with_pupil", "Soke Lane Academy") in found("It was Ipatiy Zykov. Ipatiy is in his year at Soke Lane Academy.")
    assert ("school_with_pupil", "Soke Lane Academy") in found(
        "Donnchadh Nagle, who is a 17-year-old at Soke Lane Academy, came in with his grandad.")


@pytest.mark.parametrize("text", [
    "Reporting period: 2024/25", "Date reported: 2024-03-12", "Staffing: officer numbers (2024/25) rose.",
    "Incidents 120 12.5% of the total.", "Minibus hire, VAT 20% included.", "Focus group held in room LAB 2.",
    "Charity golf day raised GBP 500.", "The index lists KPI 12.", "Software licence renewed under Schedule A 2024 on 1 April.",
    "PS Sunday Lunch is at noon.", "The board and its Patron agreed.", "Workshop on 14 March, Bangor.",
])
def test_dates_shares_and_codes_of_ordinary_papers_are_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Cases reviewed: Kian Doherty (Harmer, 2024) and Jade Pike (Victim, 2023).", ("person_name", "Jade Pike")),
    ("The victim, Mercedes Ruiz, said she felt safer.", ("person_name", "Mercedes Ruiz")),
    ("Kyle Morgan has autism\nSchool reports are good.", ("special_category", "autism")),
    ("He gave AB 123456 C as his number.", ("ni_number", "AB 123456 C")),
    ("Referral form\nName\nDate of birth\n14/02/2010", ("date_of_birth", "14/02/2010")),
    ("MAC CRAITH, Brendan attended.", ("person_name", "MAC CRAITH, Brendan")),
    ("GONZÁLEZ, María attended.", ("person_name", "GONZÁLEZ, María")),
    ("Trystan Harries, 13, from Heysham. Attends Fylde Edge Academy.", ("school_with_pupil", "Fylde Edge Academy")),
    ("Referral from the school office.\nKyle is staying with his aunt at Rose Cottage, Tregarth, Bangor LL57 4PA.",
     ("postcode", "LL57 4PA")),
])
def test_what_the_new_rules_must_still_find(text, expected):
    assert expected in found(text)


def test_a_pupil_s_row_keeps_its_home_address_and_phone():
    data = b'School,Pupil,Home address,Home phone\nOakfield Academy,Kyle Morgan,"14 Elm Road, Chester CH1 1AA",01244 346 310\n'
    result = scan_file(io.BytesIO(data), filename="pupils.csv", limits=Limits(isolate=False))
    assert {"person_name", "postal_address", "postcode", "phone"} <= {f.category for f in result.findings}
    data = b'Setting,Child,Address\nSt Mary\'s Primary School,Kyle Morgan,"14 Elm Road, Chester CH1 1AA"\n'
    result = scan_file(io.BytesIO(data), filename="children.csv", limits=Limits(isolate=False))
    assert [f.category for f in result.findings if f.cell == "C2"] == ["postal_address", "postcode"]


@pytest.mark.parametrize("text", ["Contact: Duty Officer", "Chaired by: Vice Chair", "Approved by: Deputy Director"])
def test_a_role_where_a_name_is_asked_for_is_no_one(text):
    assert found(text) == []


def test_numbers_in_brackets_caravans_and_a_csv_address_after_a_number():
    assert ("phone", "+44 7489 303384") in found("Her son sometimes speaks for her (+44 7489 303384).")
    assert ("vehicle_registration", "Y544 PPL") in found("Eurig has parked a caravan (Y544 PPL on the towing car).")
    data = b"Date,Contact,Number,Body\n2025-11-19 21:15,Gid,+447833576410,138 Felixstowe Road\n"
    result = scan_file(io.BytesIO(data), filename="sms.csv", limits=Limits(isolate=False))
    assert "postal_address" in {f.category for f in result.findings}
    assert found("Income was 12,345 Road Fund.") == []


@pytest.mark.parametrize("text, address", [
    ("They live at 3 Victoria Arcade, Wakefield.", "3 Victoria Arcade, Wakefield"),
    ("Her address is 14 Marine Promenade, Rhyl.", "14 Marine Promenade, Rhyl"),
    ("Home: 2 Clarence Esplanade, Southsea", "2 Clarence Esplanade, Southsea"),
])
def test_arcades_promenades_and_esplanades_are_streets(text, address):
    assert found(text) == [("postal_address", address)]


@pytest.mark.parametrize("text, name, term", [
    ("Lily is a wheelchair user.", "Lily", "wheelchair user"),
    ("Precious is HIV positive; do not disclose.", "Precious", "HIV positive"),
    ("Josh is on the autistic spectrum.", "Josh", "autistic"),
    ("Summer was arrested on Friday.", "Summer", "arrested"),
])
def test_a_first_name_that_is_a_word_said_to_have_a_condition_or_an_offence(text, name, term):
    assert ("person_name", name) in found(text)
    assert any(c == "special_category" and term in value for c, value in found(text))


@pytest.mark.parametrize("text", [
    "Hope is essential for people with anxiety.",
    "Faith is important to many families we work with.",
    "Autumn is a quiet time for referrals.",
])
def test_a_word_that_is_a_first_name_in_policy_language_names_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize("text, term", [
    ("Marcus got a caution for possession of cannabis.", "got a caution for possession of cannabis"),
    ("Leon sold weed to year 9s behind the sports hall.", "sold weed"),
    ("Kian is due in court next week.", "due in court"),
])
def test_offences_in_everyday_words_of_a_named_person(text, term):
    assert ("special_category", term) in found(text)


@pytest.mark.parametrize("text, ref", [
    ("The CRIS number is 4567890/26.", "4567890/26"),
    ("PSNI reference CC2026112100123.", "CC2026112100123"),
    ("Serial 123 of 21/11/26 (PSNI).", "123 of 21/11/26"),
    ("Athena ref 52/12345/26.", "52/12345/26"),
    ("Mum reported it on 101 and was given 2611210456.", "2611210456"),
    ("Ref: 06/M/12345/26 (Merseyside Police)", "06/M/12345/26"),
    ("Reported to Avon and Somerset Police (5226123456).", "5226123456"),
    ("Police ref number 4726 0012 3456", "4726 0012 3456"),
])
def test_police_references_of_other_forces_and_systems(text, ref):
    assert found(text) == [("police_reference", ref)]


@pytest.mark.parametrize("text", [
    "Invoice INV-2026-0041 from Cleveland Police, paid in full.",
    "The police were given our referral number 20260412.",
    "Police Scotland recorded 123456789 calls last year?",
    "Our charity number 1097969 (registered with the Charity Commission).",
])
def test_numbers_near_the_police_that_are_not_theirs(text):
    assert "police_reference" not in cats(text)


@pytest.mark.parametrize("text, term", [
    ("The family are Irish Travellers living on the site at Holme Lane.", "Irish Travellers"),
    ("The family is Muslim and observes Ramadan.", "Muslim"),
    ("Both parents are Jehovah's Witnesses.", "Jehovah's Witnesses"),
    ("The family are practising Sikhs.", "Sikhs"),
    ("The couple are gay and were targeted by neighbours.", "gay"),
])
def test_what_a_family_or_a_couple_is_said_to_be(text, term):
    assert ("special_category", term) in found(text)


@pytest.mark.parametrize("text", [
    "Gypsy, Roma and Traveller families are under-represented in referrals.",
    "We work with many Irish Travellers across the county.",
    "If the family are Muslim, offer a room for prayer.",
    "The Traveller family support service meets on Tuesdays.",
])
def test_ethnicities_and_faiths_of_groups_name_no_one(text):
    assert found(text) == []


def test_the_surname_of_a_family():
    assert ("person_name", "Okafor") in found("The Okafor family attend a Pentecostal church.")
    assert found("The Traveller family moved on.") == []


def test_first_names_joined_by_a_hyphen_are_a_name_when_one_is_no_word():
    assert found("Jaxon and Kai-Lee were both present.") == [("person_name", "Jaxon"), ("person_name", "Kai-Lee")]
    assert found("The Follow-Up Meeting is on Monday. Grey-Green paint.") == []


POLICY_STAFF = Allow(names=["Bethan Lloyd", "Gareth Hughes"], phones=["01904 496000"])


@pytest.mark.parametrize("text", [
    "3.3 Disability: we make reasonable adjustments (Equality Act 2010, section 20), such as easy-read letters.",
    "3.4 Sexual orientation and gender identity: we use the names and pronouns participants ask us to use.",
    "Religion: Christian\t241\t31.2\nReligion: Sikh\t39\t5.1\nReligion: other, or fewer than 5\t<5\n",
    "Tell Bethan if you need any adjustment to volunteer, for example because of a disability or a health condition.",
    "4.2 Referral equity\tYoung people of Black Caribbean heritage under-represented\tGareth Hughes\t30/06/2026\n",
    "- By phone: 01904 496000 (Monday to Friday, 9am to 5pm)",
    "Invoices to the finance team (ysj.finance@sandwell.gov.uk), quoting the order number.",
])
def test_a_policys_own_words_and_tables_of_counts_stay_clean(text):
    """PRIV-NO-SENSITIVE: what a policy or a data return says of people in general, or of its staff as contacts."""
    assert found(text, POLICY_STAFF) == []


@pytest.mark.parametrize("text", [
    "Two young people, YP1 and YP2, both aged 14, sprayed graffiti on the wall.",
    'A young person, "J", aged 16, had been violent towards a parent.',
    "Participants: person responsible (YP, aged 16) and his father.",
    '"I was shaking when I went in. By the end I felt lighter." (aged 15)',
])
def test_the_age_of_someone_unnamed_or_pseudonymised_identifies_no_one(text):
    assert "age_with_detail" not in cats(text)


@pytest.mark.parametrize("text", [
    "Our practice draws on Howard Zehr's three questions and on John Braithwaite's work on reintegrative shaming.",
    "Sessions use a structured model (Kolb's learning cycle or Gibbs's reflective cycle).",
    "The Wedgwood Fund has invited a bid for schools work in Stoke-on-Trent (deadline 27 February).",
    "Date and venue: 4 February 2026, the Brindley Room, Stafford Gatehouse",
    "Person B wanted to know whether the attack had been about his religion, as Person A had sworn at him.",
])
def test_authors_ideas_places_buildings_and_motives_name_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kyle's three questions were answered.", ("person_name", "Kyle")),
    ("Driss Lahlou (14, responsible) with his nan", ("age_with_detail", "14")),
    ("Madalitso was an inpatient on a mental health ward in January.", ("special_category", "inpatient")),
    ("Nyasha is serving his sentence at HMP Oakwood.", ("special_category", "serving his sentence")),
    ("Name: Kyle Morgan\nDisposal or sentence: Referral order, 9 months\n", ("special_category", "Referral order, 9 months")),
    ("I've got my chemo on Tuesday and I'm wiped out.", ("special_category", "chemo")),
])
def test_what_a_slip_in_a_portfolio_still_gives_away(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, ref", [
    ("The police reference the officer gave me was 5225525086, log 1351 of 04/10.", "1351 of 04/10"),
    ("Vernon needed stitches. Police attended, 2371/12Sep; no arrests.", "2371/12Sep"),
    ("New referral from GMP (Rochdale), CRI/06CC/6356253/25: an assault on a taxi driver.", "CRI/06CC/6356253/25"),
    ("Ref on the police side A/3534413/25.", "A/3534413/25"),
    ("The procurator fiscal's reference is SPR4063925 and the crime number follows.", "SPR4063925"),
])
def test_police_references_given_as_people_give_them(text, ref):
    assert ("police_reference", ref) in found(text)


@pytest.mark.parametrize("text", [
    "Incident number: GH-IR-190",
    "Form 77/CRN (2024). Copy 2: restorative provider.",
    "Forms use the force's reference (for example a crime number of the form 52260000000).",
    "We met at 10. Our case NMT/2026/041232 is open.",
])
def test_what_only_looks_like_a_police_reference(text):
    assert "police_reference" not in cats(text)


@pytest.mark.parametrize("text", [
    "Housing officer\tPeigi Docherty\tTamar Homes, Union Street office\t01752 000 111 (switchboard)\t-",
    "His solicitor is at Carlton Defence Partners (0141 000 2020).",
    "Croydon MASH: 020 8726 6400 (duty), childrens.mash@croydon.gov.uk.",
    "Gleneagles House Care Home, Babbacombe Road, Torquay TQ1 0AA - Incident record",
    "He was jumped near the Stokes Croft Tesco and taken to the Bristol Royal Infirmary.",
    "Contacts: inclusion@oldham.gov.uk, glasgowsheriff@scotcourts.gov.uk, exeterpubwatch@exeter.gov.uk",
    "Force Information Sharing Unit: information.sharing@avonandsomerset.police.uk",
])
def test_offices_switchboards_shops_and_team_mailboxes_are_nobodys(text):
    assert [f for f in found(text) if f[0] != "person_name" or f[1] == "Carlton"] == []


def test_a_home_number_and_a_persons_work_mailbox_are_still_found():
    assert found("Her home number is 01803 000 222 (evenings).") == [("phone", "01803 000 222")]
    assert cats("From: lisa.marsh@wmpolice.police.uk") == {"email"}


@pytest.mark.parametrize("text", [
    "Trauma-informed practice,04/02/2026,Sarah Thompson,Practitioner\n",
    'He said that "Romanians should go home".',
    "2026-02-23 08:15,Incoming,PoliceScot,Police Scotland: your incident number follows\n",
    "Name\tSchool\tOffence\nKyle Morgan\tNot in school\tNeighbour dispute (no crime)\n",
])
def test_compounds_peoples_teams_and_empty_answers_are_no_finding(text):
    assert [f for f in found(text) if f != ("person_name", "Kyle Morgan") and f != ("person_name", "Sarah Thompson")] == []


def test_a_sheriff_is_a_title():
    assert ("person_name", "Sheriff Lovegrove") in found("Sheriff Lovegrove deferred sentence for six months.")


@pytest.mark.parametrize("text", [
    "GP\tParchmore Medical Centre, Thornton Heath (020 8000 7700)",
    "Referred by\nMet - Lewisham\n",
    "Case\tHarmed person\tBorough\nNMT-0301\tEuphemia Bain\tLewisham\n",
])
def test_towns_and_districts_are_places(text):
    assert [f for f in found(text) if f != ("person_name", "Euphemia Bain")] == []


def test_a_person_whose_name_is_also_a_village():
    assert found("Ashley Green said sorry.") == [("person_name", "Ashley Green")]


@pytest.mark.parametrize("text, term", [
    ("Shanthi is Tamil; the family are Pentecostal.", "Tamil"),
    ("The family are Bangladeshi and mum prefers to speak Sylheti.", "Bangladeshi"),
    ("Tanveer is serving 7 years at HMP Oakwood.", "serving 7 years"),
    ("Mrs Mohamoud is on warfarin so bruising is expected.", "warfarin"),
    ("Rocky is now in recovery and attends NA.", "in recovery"),
    ("Deano's brother Kieron is a member of a loyalist band.", "loyalist band"),
    ("Ionela is a member of the Romanian Orthodox parish in Rochdale.", "Romanian Orthodox"),
])
def test_origins_sentences_recovery_politics_and_faith_in_everyday_words(text, term):
    assert ("special_category", term) in found(text)


@pytest.mark.parametrize("text", [
    "The interpreter is Polish.",
    "He said the food was Indian.",
    "Kyle speaks Polish at home.",
    "The video about the burglary victim hit me hard.",
])
def test_languages_food_and_figures_of_speech_are_no_statement(text):
    assert "special_category" not in cats(text)


def test_staff_named_together_are_allowed_one_by_one():
    staff = Allow(names=["Aisha Rahman", "Sarah Thompson"])
    assert found("Facilitators: Aisha Rahman and Sarah Thompson (both vetted)", staff) == []
    assert found("Facilitators: Aisha Rahman and Kyle Morgan (both vetted)", staff) == [("person_name", "Kyle Morgan")]


def test_an_incident_or_an_order_a_form_records_of_the_person_it_names():
    text = "Name: Joel Stapledon\nIncident: Assault on door staff at the bar\n"
    assert ("special_category", "Assault on door staff at the bar") in found(text)
    assert "special_category" not in cats("Name: Kyle Morgan\nIncident: the dog barked all night\n")
    assert found("ID produced: NI driving licence 5132 9081") == [("driving_licence", "5132 9081")]


def test_a_mobile_in_brackets_inside_brackets():
    assert ("phone", "(07848) 774572") in found("Asked that her son Dyfrig Havard ((07848) 774572) is there.")


@pytest.mark.parametrize("text, age", [
    ("Crime ref LIN-25-983461. PR is 14, lives w/ mum.", "14"),
    ("Full admission in interview. He's 18, works at the port.", "18"),
    ("My husband has had to do the early shifts, and he is 72 himself.", "72"),
    ("(1) MARLEY CATCHPOLE, DOB 19/06/12, 13 yrs, of flat 38", "13"),
])
def test_ages_as_notes_give_them(text, age):
    assert ("age_with_detail", age) in found(text)


def test_a_school_a_few_sentences_after_the_pupil_is_named():
    text = "(1) MARLEY CATCHPOLE, DOB 19/06/12, of flat 38. Tel 07930968059. Attends Hollowell Brook Academy.\n"
    assert ("school_with_pupil", "Hollowell Brook Academy") in found(text)
    assert found("The service met in May. Lots went well. Attends Hollowell Brook Academy.") == []


def test_a_name_from_no_list_with_an_age_after_it():
    text = "we have a son together Somerled (9, at Yare Meadows Primary School) and i need handovers"
    assert ("person_name", "Somerled") in found(text) and ("age_with_detail", "9") in found(text)
    assert found("See Xenial (2) for details.") == []


def test_the_author_of_a_saying_and_the_speaker_of_their_own_words():
    assert found('Our favourite: "Restorative justice is a compass, not a map" (Howard Zehr).') == []
    assert found('"It helped me move on" (Jade Pike)') == [("person_name", "Jade Pike")]


def test_towns_listed_together_and_researchers_with_colleagues():
    assert found("We meet families everywhere from Nelson and Preston to Whitehaven.") == []
    assert found("Joanna Shapland and colleagues evaluated three UK schemes.") == []
    assert found("Kyle and Preston met at the library.") == [("person_name", "Kyle"), ("person_name", "Preston")]


@pytest.mark.parametrize("text, expected", [
    ("had been seen outside Amelie's house (204 Trevethin Way) during the case", ("postal_address", "204 Trevethin Way")),
    ("i live at 175 whitehawk road BN13PY now", ("postal_address", "175 whitehawk road")),
    ("i live at 175 whitehawk road BN13PY now", ("postcode", "BN13PY")),
    ("mum 07520 349 117 lives 43 high street penydarren cf47 5ep said fine", ("postcode", "cf47 5ep")),
    ("My brother Toluwani Adeniran (G-7291-JS) at HMP Winchester asked to write", ("prison_number", "G-7291-JS")),
    ("it came with his whole custody record, SX/BTN/66562/26, which we deleted", ("police_reference", "SX/BTN/66562/26")),
    ("Iker Morales, then 13, had burgled her house.", ("age_with_detail", "13")),
    ("Ffeil NMT-2026-0124: Ailidh Milligan, 14 oed, Townhill Academy.", ("school_with_pupil", "Townhill Academy")),
    ("NMT-2026-0345 - Annalise Wickens (17), Ore Valley School. Referral from YJS.", ("school_with_pupil", "Ore Valley School")),
    ("i told them that in march. how is that quality. Gbenga Okwuosa", ("person_name", "Gbenga Okwuosa")),
    ("Kind regards,\nAdaeze Okonkwo\nFamily Support Team", ("person_name", "Adaeze Okonkwo")),
    ("Mr Brazier rang twice; he's in hospital after a fall per the neighbour.", ("special_category", "in hospital")),
    ("Cara Dengate, who is profoundly deaf and uses BSL, was harmed in a burglary.", ("special_category", "uses BSL")),
    ("her NHS number is on file and she is under the epilepsy clinic at Southampton General.", ("special_category", "epilepsy")),
])
def test_free_texts_as_people_type_them(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Reading: Zehr's Changing Lenses, Braithwaite on reintegrative shaming.",
    "Mae'r daflen \"Beth sy'n digwydd nesaf\" ar gael yn Gymraeg.",
    "12% of participants in Carmarthenshire chose Welsh this year; easy-read version by Mencap Cymru.",
    "He now volunteers with a faith and community youth project.",
    "What helped him in his meeting at Felinfoel Park School: short sessions, a fidget toy, questions written down.",
    "The 'other' rows: the 1 under sexual orientation is not shown.",
])
def test_free_texts_that_name_no_one(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Howard says Giles called him a name; Howard's family are Irish Travellers.", ("special_category", "Irish Travellers")),
    ("Mrs Moriarty has macular degeneration so the form was read to her.", ("special_category", "macular degeneration")),
    ("Kyle was diagnosed with Ehlers-Danlos syndrome last year.", ("special_category", "Ehlers-Danlos syndrome")),
    ("Kyle has tonsillitis and missed the session.", ("special_category", "tonsillitis")),
    ("Louie has used crack cocaine since 2019.", ("special_category", "crack cocaine")),
    ("Xia said Eamonn has just come out of HMP Durham.", ("special_category", "come out of HMP")),
    ("Link worker allocated: Josaia Naivalu.", ("person_name", "Josaia Naivalu")),
])
def test_conditions_no_list_holds_and_more_everyday_words(text, expected):
    assert expected in found(text)


def test_conditions_named_in_general_are_no_statement():
    assert found("The policy covers people with a learning disability or heart disease.") == []
    assert found("The diagnosis of dyslexia in schools has improved.") == []


def test_words_that_end_like_conditions_are_words():
    assert found("Kyle has a diploma in care and showed empathy for the victim.") == [("person_name", "Kyle")]


@pytest.mark.parametrize("address", ["witnesscare.southbank@humberside.police.uk", "yjs.highpeak@derbyshire.gov.uk",
                                     "fgc@powys.gov.uk", "rotherham.courtteam@justice.gov.uk"])
def test_a_public_bodys_team_mailbox(address):
    assert found(f"Contact: {address}") == []


@pytest.mark.parametrize("address", ["z.stanikzai@redcar-cleveland.gov.uk", "msyrotenko@yjani.gov.uk",
                                     "lisa.marsh@wmpolice.police.uk", "jsmith@leeds.gov.uk"])
def test_a_public_servants_own_mailbox(address):
    assert cats(f"Contact: {address}") == {"email"}


@pytest.mark.parametrize("text, expected", [
    ("the defendant, Branimir Kovačević (date of birth\n2 March 1977), pleaded not guilty", ("date_of_birth", "2 March 1977")),
    ("My details: Veronika Dvořáková, DOB 26 10 2005, 87 Gamesley Fold, Glossop", ("date_of_birth", "26 10 2005")),
    ("Young person: Zac Hayles, born 6th March 2010, now 16.", ("age_with_detail", "16")),
    ("I rang 101, ref INC 361 17/03.", ("police_reference", "INC 361 17/03")),
    ("The police have the details under 5226590480.", ("police_reference", "5226590480")),
    ("A car keeps dropping them off, an old silver Corolla, PFA 644, and the driver", ("vehicle_registration", "PFA 644")),
])
def test_identifiers_in_logs_and_letters(text, expected):
    assert expected in found(text)


def test_a_register_numbered_by_row_is_no_table_of_counts():
    """A "No." column numbering the rows 1, 2, 3 makes no table of counts; a column of a log labelled "DOB on ..."."""
    doc = b.docx(b.table([["No.", "Defendant", "DOB (age)"], ["1", "CLIXBY, Charlene", "26/11/1981 (44)"],
                          ["2", "KUKK, Tonu", "12.08.1987 (38)"]]))
    found_ = {f.category for f in scan_file(io.BytesIO(doc), filename="register.docx", limits=Limits(isolate=False)).findings}
    assert {"person_name", "date_of_birth", "age_with_detail"} <= found_
    log = "Logged,Item,Name on document,DOB on document\n24/02/2026,Passport (UK),GWENNAN CORFIELD,06 NOV 1978\n"
    result = scan_file(io.BytesIO(log.encode()), filename="log.csv", limits=Limits(isolate=False))
    assert "date_of_birth" in {f.category for f in result.findings}


@pytest.mark.parametrize("text", [
    "Police called: Avon and Somerset, log AS-0166-110326.",
    "INT-26-690,20/04/2026,12:30,Thai,interpreter booked\n",
    "I want my own tenancy by the time I am 19.",
    "Referrer\nSelf-referral (website)\n",
])
def test_forces_languages_ages_to_come_and_self_referrals_name_no_one(text):
    assert [f for f in found(text) if f[0] != "police_reference"] == []


def test_a_letters_address_block_under_its_addressee():
    text = "3 April 2026\nMr Grigor Swankie\nBank End Cottage\nHollins Lane\nTansley, Matlock\nDE4 6LB\nDear Mr Swankie,"
    assert ("postal_address", "Bank End Cottage\nHollins Lane\nTansley, Matlock") in found(text)
    assert "postal_address" not in cats("Mrs J Pike\nHead Teacher\nHillside Academy\nLeeds\nLS6 2AB\n")


def test_postcode_areas_and_cells_of_a_log():
    assert "postcode" not in cats("Code A99FN on the form")  # no postcode area is "A"
    log = ('Logged,Item,Name on document,Found,Returned to\n24/02/2026,Passport,GWENNAN CORFIELD,'
           '"Grimsby hub, Amy Johnson Room","Posted to 164 Weelsby Road, Grimsby DN32 2HN"\n')
    result = scan_file(io.BytesIO(log.encode()), filename="log.csv", limits=Limits(isolate=False))
    assert {"person_name", "postal_address", "postcode"} <= {f.category for f in result.findings}


def test_their_ref_in_a_row_whose_referrer_is_a_police_force():
    sheet = b.xlsx({"Intake": [["Ref", "Referrer", "Their ref", "Name"],
                               ["NMT-2026-0316", "Humberside Police", "HU/2026/494304", "BIZIMANA, Niyonzima"],
                               ["NMT-2026-0317", "Victim Support", "VS-2026-11873", "Kyle Morgan"]]})
    result = scan_file(io.BytesIO(sheet), filename="intake.xlsx", limits=Limits(isolate=False))
    refs = [f for f in result.findings if f.category == "police_reference"]
    assert [f.cell for f in refs] == ["C2"]


def test_words_joined_by_a_hyphen_are_no_name():
    assert found("Referrer: Self-referral (website)") == []
    assert found("Rose-Marie said yes.") == [("person_name", "Rose-Marie")]


@pytest.mark.parametrize("text, term", [
    ("She said he has been drinking since he lost his mum and is seeing someone for depression.", "depression"),
    ("Presentation: Kyle Morgan was calm. Reports low mood for six months.", "low mood"),
    ("Reagan Bowler, aged 15. Admitted theft from a car; mum to attend", "Admitted theft"),
    ("Gwennan is Coptic Orthodox and fasts on Wednesdays.", "Coptic Orthodox"),
])
def test_statements_seeing_someone_reports_admissions_and_more_faiths(text, term):
    assert ("special_category", term) in found(text)


def test_someone_in_general_stays_policy_language():
    assert found("If someone discloses self-harm, follow the procedure. Someone with depression may need more time.") == []


def test_a_notes_shorthand_subject():
    assert ("special_category", "Coptic Orthodox") in found("Interpreter booked. Client is Coptic Orthodox; avoid Wednesdays.")
    assert ("special_category", "ADHD") in found("Mum says he has ADHD and struggles in groups.")
    assert found("Clients are often anxious at first.") == []


def test_a_distance_after_lives_is_no_home():
    assert found("She lives 2 doors down the road from him. He lives 10 minutes walk from the park.") == []
