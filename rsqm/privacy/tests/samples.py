"""One invented example of each category, as a label and a value and as a sentence."""

from __future__ import annotations

# category: (label, value, sentence)
SAMPLES: dict[str, tuple[str, str, str]] = {
    "person_name": ("Name", "Kyle Morgan", "The referral was for Kyle Morgan last week."),
    "postal_address": ("Home address", "14 Fenwick Close, Harrogate", "He lives at 14 Fenwick Close, Harrogate."),
    "postcode": ("Postcode", "HG1 2AB", "The family moved to HG1 2AB in May."),
    "date_of_birth": ("Date of birth", "12/03/2009", "He was born on 12 March 2009."),
    "phone": ("Mobile", "07700 900123", "His mum can be reached on 07700 900123."),
    "email": ("Email", "kyle.morgan@gmail.com", "Write to kyle.morgan@gmail.com about the meeting."),
    "ni_number": ("NI number", "AB 12 34 56 C", "Her National Insurance number is AB123456C."),
    "nhs_number": ("NHS number", "9434765919", "NHS number 9434765919 is on the consent form."),
    "passport": ("Passport number", "123456789", "He showed passport 123456789 at the prison gate."),
    "driving_licence": ("Driving licence", "MORGA753116SM9IJ", "Licence MORGA753116SM9IJ was checked."),
    "vehicle_registration": ("Vehicle registration", "AB12 CDE", "The car, AB12 CDE, was damaged."),
    "prison_number": ("Prison number", "A1234BC", "Visits are booked under prison number A1234BC."),
    "age_with_detail": ("Age", "15", "The boy, aged 15, said he was sorry."),
    "school_with_pupil": ("School", "Hillside Academy", "He attends Hillside Academy and is in Year 9."),
    "police_reference": ("Crime reference", "4412345/24", "The police gave crime reference 4412345/24."),
    "special_category": ("Disability", "Autism", "He told me he has ADHD and takes medication."),
}
