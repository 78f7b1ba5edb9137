"""Words and phrases the recognisers look for, in folded (lower-case, unaccented) form.

Special-category terms come in two strengths. A "strong" term names a condition, belief or
identity outright ("ADHD", "Muslim", "bisexual"): with a person it is about, it is a finding.
A "weak" term is also ordinary language ("anxiety", "disabled", "faith"): it needs a statement
cue too ("diagnosed with", "suffers from", "his", "her", "is") before it counts.
"""

from __future__ import annotations


def _terms(block: str) -> tuple[str, ...]:
    """Comma-separated terms, across lines."""
    return tuple(t.strip() for t in block.replace("\n", " ").split(",") if t.strip())


HEALTH_STRONG = _terms("""
inpatient, psychiatric ward, mental health ward, mental health unit, psychiatric unit, psychiatric hospital, chemo,
radiotherapy, dialysis,
adhd, autism, autistic, autism spectrum disorder, asd, asperger, aspergers, asperger's, dyslexia, dyslexic, dyspraxia,
dyscalculia, tourette, tourettes, tourette's, learning disability, learning disabilities, learning difficulty,
learning difficulties, ehcp, ehc plan, education health and care plan, statement of special educational needs,
special educational needs, depression, depressive, clinical depression, postnatal depression, bipolar, schizophrenia,
schizophrenic, psychosis, psychotic, personality disorder, borderline personality disorder, bpd, eupd, ocd,
obsessive compulsive, ptsd, post-traumatic stress disorder, post traumatic stress disorder, complex ptsd,
eating disorder, anorexia, anorexic, bulimia, bulimic, binge eating, self-harm, self harm, self-harming, self harming,
self-harmed, self harmed, suicidal, suicide attempt, attempted suicide, suicidal thoughts, suicidal ideation, overdose,
overdosed, sectioned, detained under the mental health act, mental health act assessment, camhs, cahms,
mental illness, mentally ill, mental health condition, mental health problems, mental health issues,
mental health difficulties, mental health diagnosis, psychiatric, psychiatrist, community mental health team, cmht,
antidepressants, antidepressant, antipsychotic, antipsychotics, sertraline, fluoxetine, citalopram, methadone,
subutex, ritalin, methylphenidate, lithium, diazepam, olanzapine, risperidone, insulin, epilepsy, epileptic,
seizures, diabetes, diabetic, asthma, asthmatic, cancer, chemotherapy, leukaemia, leukemia, tumour, hiv, aids,
hepatitis, hep c, multiple sclerosis, cerebral palsy, muscular dystrophy, parkinson's, parkinsons, dementia,
alzheimer's, alzheimers, motor neurone disease, stroke, brain injury, acquired brain injury, head injury,
foetal alcohol spectrum disorder, fetal alcohol spectrum disorder, fasd, down syndrome, down's syndrome, spina bifida,
cystic fibrosis, sickle cell, crohn's, crohns, colitis, fibromyalgia, chronic fatigue, long covid, arthritis,
heart condition, heart disease, kidney disease, dialysis, hearing impairment, hearing impaired, visual impairment,
visually impaired, registered blind, partially sighted, wheelchair user, uses a wheelchair, amputee, pregnant,
pregnancy, miscarriage, termination of pregnancy, abortion, ivf, stillbirth, alcoholic, alcoholism,
alcohol dependency, alcohol dependent, alcohol addiction, drug addiction, drug addict, addicted to, heroin addiction,
heroin user, crack cocaine addiction, substance misuse, substance use disorder, drug dependency, opiate substitute,
copd, chronic obstructive pulmonary disease, emphysema, angina, heart attack, heart failure, sleep apnoea, sleep apnea,
coeliac, celiac, coeliac disease, hearing aid, hearing aids, cochlear implant, blue badge, lupus, endometriosis,
migraines, chronic pain, mobility scooter, learning disabled, global developmental delay, developmental delay,
cannabis use, heroin use, cocaine use, crack use, drug use, drug misuse, alcohol misuse, sleeping tablets,
sleeping pills, anti-anxiety medication, fractured, broken jaw, broken nose,
broken arm, broken leg, concussion, stitches, chipped teeth, chipped tooth, head wound, stab wound, panic disorder,
agoraphobia, huntington's, hiv positive, hiv-positive, hearing loss, cognitive impairment, mild cognitive impairment,
speech and language difficulties, speech and language needs, speech, language and communication needs, slcn,
type 1 diabetes, type 2 diabetes, drug habit, heroin habit, cocaine habit, crack cocaine habit, drink problem,
alcohol problem, psychiatric ward, inhaler, epipen, anaphylaxis, nut allergy, peanut allergy, allergic to,
concerta, elvanse, equasia, melatonin, walking frame, walking stick, hard of hearing, tinnitus, heart surgery,
back injury, lower back injury, rehab, in rehab, generalised anxiety disorder, anxiety disorder, nightmares, flashbacks,
smoking cannabis, smokes cannabis, uses cannabis, warfarin, in recovery, attends na, attends aa, narcotics anonymous,
alcoholics anonymous, drug rehabilitation requirement, alcohol treatment requirement, tested positive for, drinking heavily,
heavy drinker, drinking problem, smokes weed, smoke weed, smoking weed, off his head, off her head, hospital stay,
admitted to hospital, hospitalised, hospitalized,
signed off work, signed her off work, signed him off work, signed off sick, on sick leave, skin tear, broken cheekbone,
broken ribs, broken wrist, black eye, nervous breakdown, mental breakdown, in hospital, uses bsl, bsl user,
british sign language user, uses british sign language,
seizure, had a seizure, fits, cocaine, heroin, ketamine, mdma, ecstasy, amphetamine, amphetamines, crack cocaine
""")

HEALTH_WEAK = _terms("""
anxiety, anxious, depressed, disability, disabilities, disabled, mental health, medication, medicated, diagnosis,
diagnosed, condition, illness, deaf, blind, trauma, low mood, panic attacks, panic attack, addiction, addicted,
learning needs, special needs, additional needs, stammer, stutter, hospitalised, hospitalized, therapy, counselling,
counseling, psychologist, sen, send
""")

RELIGION_STRONG = _terms("""
muslim, islam, islamic, christian, christianity, catholic, roman catholic, protestant, anglican, methodist,
baptist, evangelical, pentecostal, jewish, jew, judaism, sikh, sikhism, hindu, hinduism, buddhist, buddhism, jain,
rastafarian, rastafari, jehovah's witness, jehovahs witness, jehovah's witnesses, mormon, quaker, pagan, wiccan,
atheist, agnostic, humanist, attends mosque, attends the mosque, attends church, attends the synagogue,
attends synagogue, attends the gurdwara, attends gurdwara, attends temple, prays at the mosque, converted to islam,
converted to christianity, wears a hijab, wears the hijab, wears a niqab, wears a turban, wears a kippah,
practising muslim, practicing muslim, devout, orthodox jewish, halal, kosher, ramadan fast, fasting for ramadan,
observes ramadan, observes the sabbath, sabbath observant, hijab, niqab, turban, kippah, friday prayers,
practising christian, practicing christian, churchgoer, church-goer, goes to church, goes to mosque, goes to the mosque,
shia, sunni, shia muslim, sunni muslim, ahmadi, ahmadiyya, goes to mass, church of england, mass every sunday,
orthodox christian, greek orthodox, romanian orthodox, russian orthodox, coptic, coptic orthodox, coptic christian,
bible study, sunday service, kingdom hall,
was baptised, confirmed in the church
""")

RELIGION_WEAK = _terms("""
faith, religion, religious beliefs, religious belief, church, mosque, synagogue, gurdwara, temple, prays, praying
""")

ETHNICITY_STRONG = _terms("""
white british, white irish, white other, white european, black british, black caribbean, black african, black other,
british asian, asian british, british pakistani, british indian, british bangladeshi, british chinese, mixed race,
mixed-race, mixed heritage, dual heritage, mixed white and black caribbean, mixed white and asian,
mixed white and black african, gypsy, roma, romany, irish traveller, traveller community, gypsy traveller,
pakistani heritage, indian heritage, bangladeshi heritage, nigerian heritage, jamaican heritage, somali heritage,
polish heritage, caribbean heritage, african heritage, asian heritage, arab heritage, kurdish heritage,
of pakistani descent, of indian descent, of african descent, of caribbean descent, of asian descent,
of pakistani origin, of indian origin, of african origin, of caribbean origin, of somali origin, of polish origin,
ethnic minority, ethnic origin, black man, black woman, black boy, black girl, black teenager, asian man,
asian woman, asian boy, asian girl, white man, white woman, white boy, white girl, hazara, pashtun, amazigh, berber
""")

# Nationalities and peoples: a statement of someone's origin only right after "is" or "are" ("Shanthi is Tamil", "the
# family are Bangladeshi"); elsewhere they name languages, food and places
ORIGIN = _terms("""
tamil, bangladeshi, pakistani, indian, somali, nigerian, ghanaian, jamaican, polish, romanian, kurdish, albanian,
lithuanian, latvian, afghan, eritrean, ethiopian, sudanese, syrian, iraqi, iranian, chinese, vietnamese, filipino,
portuguese, bengali, punjabi, gujarati, turkish, zimbabwean, congolese, yemeni, moroccan, algerian, egyptian, libyan,
palestinian, ukrainian, russian, bulgarian, slovak, czech, hungarian, sri lankan, kashmiri, mirpuri, sylheti, pashtun
""")

ETHNICITY_WEAK = _terms("""
black, asian, white, arab, ethnicity, race, racial
""")

SEXUALITY_STRONG = _terms("""
gay, lesbian, bisexual, homosexual, heterosexual, queer, pansexual, asexual, transgender, trans woman, trans man,
non-binary, nonbinary, gender reassignment, transitioning, came out as, came out to, coming out as,
sexual orientation, same-sex partner, same sex partner, lgbt, lgbtq, lgbtq+, lgbtqia, sex worker, sexually active,
sexual health clinic, chlamydia
""")

POLITICS_STRONG = _terms("""
labour party, conservative party, liberal democrats, liberal democrat, lib dem, green party, reform uk, snp,
plaid cymru, ukip, bnp, sinn fein, sinn féin, dup, uup, britain first, national front, socialist worker,
socialist workers party, communist party, votes labour, votes conservative, voted labour, voted conservative,
voted for brexit, voted leave, voted remain, political views, political opinions, political beliefs,
political activist, far-right, far right, far-left, far left, extremist views, extremist ideology, prevent referral,
labour councillor, conservative councillor, tory councillor, lib dem councillor, green councillor, reform councillor,
labour member, conservative member, labour activist, conservative activist, labour voter, tory voter, loyalist,
loyalist band, orange order, orange lodge, edl, english defence league
""")

UNION_STRONG = _terms("""
trade union member, trade union membership, trade unionist, union member, union membership, member of unison,
member of unite, member of gmb, member of the gmb, member of the neu, member of neu, member of nasuwt,
member of the rcn, member of rcn, member of the bma, member of pcs, member of the pcs, member of napo,
member of the poa, member of poa, member of the fbu, member of usdaw, member of ucu, member of the ucu, union rep,
union representative, shop steward, joined the union, joined a union, gmb member, unite member, unison member,
workplace rep, union steward, gmb rep, unite rep, unison rep
""")

# A statement that someone committed, is suspected of or was tried for an offence counts only with
# a named person in the same sentence: the offence or harm alone, as a case study tells it, does not.
OFFENCE_PROCEEDINGS = _terms("""
convicted, conviction, convictions, previous convictions, criminal record, charged with, was charged, been charged,
arrested, cautioned, youth caution, conditional caution, police caution, reprimand, final warning, sentenced,
custodial sentence, suspended sentence, pleaded guilty, pled guilty, plead guilty, admitted the offence,
admitted the offences, found guilty, acquitted, remanded, on remand, on bail, bailed, prosecuted, tried for,
stood trial, on trial, appeared in court, appeared at court, appeared before, court appearance, suspected of,
accused of, alleged to have, committed the offence, committed an offence, committed offences, offended,
reoffended, re-offended, offending behaviour, referral order, youth rehabilitation order, community order,
detention and training order, electronic tag, curfew, on probation, probation order, served a sentence,
released from prison, released from custody, in prison, in custody, responsible for the burglary,
responsible for the assault, responsible for the theft, responsible for the robbery, responsible for the offence,
responsible for the harm, responsible for the damage, serving a sentence, serving a custodial sentence, serving time,
serving a prison sentence, serving an indeterminate sentence, on licence, recalled to prison,
admitted taking, admitted stealing, admitted the theft, admitted the assault, admitted causing, harassment warning,
community protection warning, community resolution, out of court resolution, outcome 22, cbo, criminal behaviour order,
asbo, injunction, restraining order, non-molestation order, guilty plea, pleaded not guilty, sent down, got sent down,
arrested on suspicion, index offence, life sentence, serving life, serving one year, serving two years,
serving three years, serving four years, serving five years, serving six years, serving seven years,
serving eight years, serving nine years, serving ten years, serving eleven years, serving twelve years,
serving fifteen years, serving twenty years, serving six months, serving nine months, serving 12 months,
serving 18 months, released on licence, admitted the criminal damage, admitted the burglary,
admitted the robbery, admitted throwing, admitted damaging, admitted hitting, admitted punching, admitted the damage,
got a caution, given a caution, received a caution, had a caution, a caution for, fined for, was fined, got fined,
banned from driving, disqualified from driving, on a tag, got arrested, got nicked, got charged, got convicted,
got sentenced, serving his sentence, serving her sentence, serving their sentence, an arrest for, new arrest,
re-arrested, rearrested, due in court, due at court, up in court, up at court, in court for, went to court for, court case for,
got done for, done for shoplifting, done for assault, done for theft, done for possession, caught shoplifting,
caught stealing, caught with, punched me, kicked me, attacked me, assaulted me, threatened me, pushed me,
stabbed me, got lifted, been lifted, deferred sentence, admits taking, admits stealing, admits the offence,
has admitted it, recorded as a hate crime, have a caution, has a caution, a caution from, released from hmp,
released from hmyoi, on a yro, yro, on a dto, on a referral order, went to prison, been to prison, in and out of prison,
come out of prison, came out of prison, come out of hmp, came out of hmp, admitted pushing, admits pushing,
admitted kicking, admitted theft, admitted burglary, admitted assault, admitted criminal damage, admitted shoplifting,
admits theft, admits burglary, admits assault, not guilty plea, unconditional bail, conditional bail, remanded on bail,
killed by dangerous driving,
causing death by dangerous driving,
""" + ", ".join(f"serving {n} {unit}" for n in range(1, 31) for unit in ("years", "months")) + """
""")

OFFENCE_VERBS = _terms("""
stole, steals, shoplifted, burgled, assaulted, attacked, stabbed, punched, kicked, robbed, mugged, vandalised,
vandalized, set fire to, broke into, harassed, stalked, threatened, groomed, abused, raped, defrauded, scammed,
dealt drugs, dealing drugs, supplying drugs, carried a knife, carrying a knife, carries a knife, nicked, smashed,
spat at, headbutted, slapped, deals drugs, deals cannabis, sells drugs, sold drugs, threw stones, threw eggs,
threw a brick, egged, sold weed, sells weed, selling weed, deals weed, dealing weed, sold cannabis, sells cannabis,
selling cannabis, dealing cannabis, selling drugs, shoplifts, keyed, torched, glassed, beat up, battered, knifed,
broke in, set alight, started a fire, hit him, hit her, stamped on, smashed up, trashed, nicked from, took from the till,
stole from, robbed him, robbed her, killed, knocked down, ran over, pushed her down, pushed him down, pushed her over,
pushed him over, shoved her, shoved him
""")


# Form and table labels, and what the value beside them is.
LABELS: dict[str, tuple[str, ...]] = {
    "person_name": _terms("""
        name, full name, first name, first names, forename, forenames, given name, given names, surname, last name,
        family name, middle name, middle names, child's name, childs name, child name, young person's name,
        young persons name, young person name, client name, client's name, service user name, victim name,
        victim's name, name of victim, name of young person, name of child, name of person harmed, name of harmer,
        name of offender, person harmed, person responsible, harmer, offender, victim, young person, parent, carer,
        parent/carer, parent or carer, parent's name, parents' name, carer's name, mother, father, mother's name,
        father's name, next of kin, emergency contact, emergency contact name, referrer, referrer name, referred by,
        social worker, key worker, case worker, caseworker, youth worker, officer in case, officer in the case, oic,
        participant, participant name, pupil name, student name, respondent name, contact name, named person,
        signed by, witness, witness name, attendees, attendee, present, apologies, child, pupil, student,
        client, service user, applicant, applicant name, applicant's name, complainant, resident, tenant, neighbour,
        volunteer, volunteer name, volunteer's name, learner, learner name, trainee, delegate, delegate name,
        supervisee, mentee, defendant, suspect, accused, claimant, patient, guardian, parent/guardian,
        parent or guardian, sibling, brother, sister, son, daughter, partner, spouse, person referred,
        referred person, person, individual, name of person, name of client, name of pupil, name of applicant,
        nickname, known as, preferred name, alias, aka, maiden name, previous name, previous names, participants,
        recipient, recipient name, panel member, panel members, subject name, prisoner, prisoner name,
        completed by, victim details, prison offender manager, offender manager, probation officer,
        driver, passenger, passengers, mediator, mediators, pupils, pupils involved, pupils in dispute,
        young people involved, people involved, parties, visitor, visitors, witnesses, those present, others present,
        also present, in attendance, invitees, victims, harmers, siblings, household members, family members, children,
        requested by, reported by, prepared by, written by, minutes by, minute taker, note taker, chair, chaired by,
        submitted by, checked by, authorised by, approved by, logged by, recorded by, seen by, statement of,
        interviewed by, caller, caller name, complainant name, informant, reporting person, person reporting,
        contact person, person reporting name, minutes, owner, action owner, contact, harmed person, worker, workers,
        allocated worker, lead worker, coordinator, co-ordinator, facilitator, facilitators, practitioner, staff on duty,
        staff present, officer, attending officer, sheriff, judge, magistrate
    """),
    "date_of_birth": _terms("""
        dob, d.o.b, d.o.b., date of birth, birth date, birthdate, date of birth (dd/mm/yyyy), born, year of birth, yob
    """),
    "age_with_detail": _terms("age, age at referral, age at offence, age (years), age in years, current age"),
    "school_with_pupil": _terms("""
        school, school attended, current school, school name, school/college, school or college, education provider,
        education setting, educational establishment, college, academy, place of education
    """),
    "postal_address": _terms("""
        address, home address, postal address, current address, residential address, previous address,
        address line 1, address 1, street, lives at, road, street name, house name, house number, house name or number,
        house number or name, flat, flat no, flat number, address line 2, address 2, where they live, address (home),
        home address and postcode, address and postcode
    """),
    "postcode": _terms("postcode, post code, postal code"),
    "phone": _terms("""
        phone, phone number, telephone, telephone number, tel, tel., tel no, mobile, mobile number, mobile no,
        contact number, home phone, home telephone, landline
    """),
    "email": _terms("email, e-mail, email address, e-mail address"),
    "nhs_number": _terms("nhs number, nhs no, nhs no., nhs"),
    "ni_number": _terms("ni number, ni no, national insurance number, national insurance no, nino"),
    "passport": _terms("passport, passport number, passport no"),
    "driving_licence": _terms("""
        driving licence, driving licence number, driving license, licence number, driver number, licence, licence no,
        licence (as on card)
    """),
    "vehicle_registration": _terms("""
        vehicle registration, registration, registration number, reg, reg no, vrm, number plate, vehicle
    """),
    "prison_number": _terms("prison number, prisoner number, prison no, prisoner no, nomis number, noms number, nomis"),
    "police_reference": _terms("""
        crime reference, crime reference number, crime ref, crime ref no, crime number, crn, incident number,
        incident no, incident reference, cad, cad number, cad ref, log number, police log, custody number,
        custody record, custody reference, police reference, police ref, occurrence number, urn, occurrence no,
        occurrence ref, crime no, incident ref, custody no, psni reference, psni ref, police ref no, police reference number,
        police crime number, police incident number, crime reference no, storm reference, storm ref, niche reference,
        niche occurrence, occurrence, crime, incident log, cad reference, police log number, crime ref number
    """),
    "special_category": _terms("""
        ethnicity, ethnic origin, ethnic group, race, religion, religion or belief, religion/belief, faith, belief,
        disability, disabilities, disabled, health, health conditions, medical conditions, medical condition,
        medical needs, medical information, medication, medications, diagnosis, diagnoses, mental health,
        sexual orientation, sexuality, gender identity, trans status, pregnancy, pregnant, trade union,
        political opinion, political views, additional needs, special needs, sen, send, learning needs, medical,
        medical history, health needs, health conditions we should know about, offence, offences, offence type,
        index offence, charge, charges, conviction, convictions, previous convictions, crime type, reason for arrest,
        alleged offence, offence details, health or access needs, access or health needs, previous custody,
        custody history, criminal record, offending history, is the person reporting disabled, any disability,
        disability or health condition, disposal, disposals, disposal type, type of disposal, disposal or sentence,
        sentence or disposal, sentence, sentence type, court outcome, court disposal, current order, order type,
        type of order, bail conditions, unspent convictions, cautions or convictions, convictions or cautions,
        order made, court order, sentence given, outcome at court, reason for exclusion, exclusion reason,
        reason for arrest, incident, incident type, nature of incident, allegation, alleged behaviour
    """),
}


# What a label says when nothing is recorded.
NEUTRAL_VALUES = frozenset(_terms("""
n/a, na, none, no, nil, not known, unknown, not stated, not recorded, not disclosed, prefer not to say, declined,
withheld, redacted, anonymised, anonymized, -, --, tbc, tbd, ?, not applicable, no known, none known, none disclosed,
nkda, not given, x, yes/no, not asked, no religion, not applicable, n.a., as above, same as above, see above, as before,
same address, same as child, same as young person, as child, as young person, as victim, as applicant, count, counts,
self, self-referral, self referral, self-referred, self referred,
total, totals, %, number, percentage, n
"""))

# Offences named as a table or a form names them ("Burglary (dwelling)", "Arson of a wheelie bin"): what a column
# headed "Offence / issue" holds when it holds an offence rather than a dispute
OFFENCE_NOUNS = _terms("""
theft, burglary, robbery, assault, battery, abh, gbh, wounding, criminal damage, arson, harassment, stalking, fraud,
shoplifting, possession, supply, drugs, drug, affray, public order, violent disorder, common assault, murder,
manslaughter, rape, sexual assault, sexual, indecent, exposure, voyeurism, grooming, threats, threatening, malicious,
communications, hate crime, racially, religiously aggravated, aggravated, offensive weapon, knife, bladed article,
firearm, kidnap, blackmail, handling, receiving, twoc, taking without consent, vehicle interference, dangerous driving,
drink driving, drug driving, driving while disqualified, careless driving, failing to stop, no insurance, breach,
trespass, vandalism, graffiti, domestic abuse, domestic violence, coercive, controlling, cruelty, neglect, obstruction,
resisting arrest, intimidation, witness intimidation, extortion, cybercrime, revenge porn, image-based abuse, upskirting,
abuse, homophobic, transphobic, racist, disablist, hate, attack, fight, fighting, stolen, damage, damaged, weapon,
violence, violent, threat, robbed, mugging, joyriding, exploitation, county lines, sexting
""")


# Models of car that are no ordinary word: a plate after one is a vehicle's ("a blue Corsa YK64 MNB")
VEHICLE_MODELS = _terms("""
transit, corsa, fiesta, astra, qashqai, yaris, clio, micra, juke, octavia, sportage, tucson, corolla, auris, aygo, prius,
polo, passat, touran, tiguan, mondeo, kuga, insignia, zafira, mokka, meriva, berlingo, megane, sandero, duster, fabia,
kodiaq, i10, i20, i30, ceed, picanto, vitara, outlander, navara, hilux, evoque, freelander, caddy, vivaro, sprinter,
kangoo, tourer, motorhome, campervan
""")
