"""Demo healthchecks: Northmoor ready and shared with the scheme's staff, Kestrel Vale not ready yet.

Idempotent: an organisation that already has a healthcheck gets none. Every note is invented and
names roles, never people.
"""

from __future__ import annotations

from rsqm.healthcheck import services
from rsqm.healthcheck.models import Healthcheck
from rsqm.organisations.models import Organisation
from rsqm.standards import selectors as standards

KESTREL_GAPS = {
    "training.complex-cases": "developing",
    "supervision.quality-assurance": "not_started",
    "delivery.agreements-follow-up": "developing",
}


def _answer_all(healthcheck, rating_of, *, by) -> None:
    for view in standards.structure(healthcheck.framework):
        services.healthcheck_answers_save(
            healthcheck=healthcheck, standard_number=view.number, complete=True, by=by,
            answers={i.pk: rating_of(i) for i in view.indicators},
        )


def load_demo() -> None:
    northmoor = Organisation.objects.filter(legal_name="Northmoor Mediation Trust").first()
    kestrel = Organisation.objects.filter(legal_name="Kestrel Vale Borough Council").first()
    if northmoor is not None and not Healthcheck.objects.filter(organisation=northmoor).exists():
        admin = northmoor.memberships.get(role="admin").user

        def northmoor_rating(indicator):
            if indicator.key == "policies.equality":
                return services.Given("progressing_well", note="Our coordinator is reviewing interpreter provision.")
            if indicator.key == "training.registration":
                return services.Given("not_applicable", na_reason="Our practitioners are registered through the "
                                                                  "partner service that employs them.")
            return services.Given("fully_in_place")

        healthcheck = services.healthcheck_start(by=admin, organisation=northmoor)
        _answer_all(healthcheck, northmoor_rating, by=admin)
        services.healthcheck_complete(healthcheck=healthcheck, by=admin)
        services.support_message_post(
            healthcheck=healthcheck, by=admin,
            body="We think we are ready. Could a case officer look at our answers on supervision before we apply?",
        )
    if kestrel is not None and not Healthcheck.objects.filter(organisation=kestrel).exists():
        admin = kestrel.memberships.get(role="admin").user
        healthcheck = services.healthcheck_start(by=admin, organisation=kestrel)
        _answer_all(healthcheck, lambda i: services.Given(KESTREL_GAPS.get(i.key, "progressing_well")), by=admin)
        services.healthcheck_complete(healthcheck=healthcheck, by=admin)
