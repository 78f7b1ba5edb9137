"""Versioned frameworks of the standards: the shipped framework, drafts, publishing, import and
export, and the rule that a published version never changes."""

from __future__ import annotations

import io
import json
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rsqm.core.models import AuditEvent
from rsqm.standards import defaults, rules, selectors, services
from rsqm.standards.models import Framework, FrameworkStatus, Indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(cast):
    return cast["staff_administrator"]


def _draft(admin):
    return services.framework_draft_create(by=admin)


# --- The shipped framework --------------------------------------------------------------------


def test_the_shipped_framework_is_published_with_six_illustrative_standards():
    framework = selectors.current_framework()
    assert framework.version == 1 and framework.status == FrameworkStatus.PUBLISHED
    assert framework.illustrative
    structure = selectors.structure(framework)
    assert [v.key for v in structure] == [
        "leadership", "policies", "training", "supervision", "delivery", "professional-standards"]
    for view in structure:
        assert [i.number for i in view.indicators] == list(range(1, len(view.indicators) + 1))
        for indicator in view.indicators:
            assert indicator.guidance and indicator.evidence_examples
            assert indicator.code == f"{view.number}.{indicator.number}"
            assert indicator.key.startswith(view.key + ".")


def test_the_shipped_document_is_well_formed():
    parsed, problems = rules.parse_document(defaults.default_document())
    assert problems == [] and len(parsed.standards) == 6


def test_the_shipped_framework_is_loaded_only_when_there_is_none():
    defaults.ensure_default_framework()
    assert Framework.objects.count() == 1


def test_the_public_page_says_the_wording_is_illustrative(client):
    page = client.get(reverse("standards")).content.decode()
    assert "Illustrative" in page and "not the scheme's official text" in page
    assert "1.1" in page and "Leadership and governance" in page


# --- A published version never changes ----------------------------------------------------------


def test_every_change_to_a_published_framework_is_refused(admin):
    framework = selectors.current_framework()
    standard = framework.standards.get(number=1)
    indicator = standard.indicators.get(number=1)
    before = selectors.document(framework)
    attempts = [
        lambda: services.framework_update(framework=framework, title="Changed", illustrative=False, by=admin),
        lambda: services.framework_publish(framework=framework, by=admin),
        lambda: services.framework_draft_delete(framework=framework, by=admin),
        lambda: services.standard_create(framework=framework, key="extra", title="Extra", by=admin),
        lambda: services.standard_update(standard=standard, title="Changed", summary="", by=admin),
        lambda: services.standard_delete(standard=standard, by=admin),
        lambda: services.indicator_create(standard=standard, key="leadership.extra", text="Extra", by=admin),
        lambda: services.indicator_update(indicator=indicator, text="Changed", guidance="", evidence_examples=[],
                                          by=admin),
        lambda: services.indicator_delete(indicator=indicator, by=admin),
    ]
    for attempt in attempts:
        with pytest.raises(services.FrameworkIsPublished):
            attempt()
    assert selectors.document(Framework.objects.get(pk=framework.pk)) == before


def test_the_edit_pages_of_a_published_framework_send_the_administrator_back(client, admin):
    framework = selectors.current_framework()
    indicator = framework.indicators.order_by("pk").first()
    client.force_login(admin)
    for url in [
        reverse("staff_framework_edit", args=[framework.pk]),
        reverse("staff_standard_edit", args=[framework.pk, 1]),
        reverse("staff_indicator_edit", args=[framework.pk, indicator.pk]),
    ]:
        response = client.post(url, {"title": "Changed", "text": "Changed", "summary": ""})
        assert response.status_code == 302 and response["Location"] == reverse("staff_framework_detail",
                                                                                 args=[framework.pk])
    indicator.refresh_from_db()
    assert indicator.text != "Changed"
    assert Framework.objects.get(pk=framework.pk).title == "Restorative Service Standards"


# --- Drafts -----------------------------------------------------------------------------------------


def test_a_new_version_starts_as_a_copy_with_the_same_keys(admin):
    draft = _draft(admin)
    assert draft.version == 2 and draft.is_draft
    current = selectors.current_framework()
    assert current.version == 1  # a draft is not current
    old = selectors.document(current)
    new = selectors.document(draft)
    assert [s["indicators"] for s in old["standards"]] == [s["indicators"] for s in new["standards"]]
    assert AuditEvent.objects.filter(action="framework.draft_created").count() == 1


def test_only_one_draft_exists_at_a_time(admin):
    draft = _draft(admin)
    with pytest.raises(services.DraftExists):
        _draft(admin)
    assert Framework.objects.filter(status=FrameworkStatus.DRAFT).get() == draft


def test_only_administrators_change_frameworks(cast):
    with pytest.raises(PermissionDenied):
        services.framework_draft_create(by=cast["staff_case_officer"])
    draft = _draft(cast["staff_administrator"])
    with pytest.raises(PermissionDenied):
        services.framework_publish(framework=draft, by=cast["org_a_admin"])


def test_a_draft_is_edited_and_removals_renumber(admin):
    draft = _draft(admin)
    standard = draft.standards.get(number=1)
    added = services.indicator_create(standard=standard, key="leadership.culture", text="A restorative culture.",
                                      guidance="Look at how decisions are made.", evidence_examples="One\n\n- Two",
                                      by=admin)
    assert added.number == 6 and added.evidence_examples == ["One", "Two"]
    services.indicator_delete(indicator=standard.indicators.get(number=2), by=admin)
    assert list(standard.indicators.order_by("number").values_list("number", "key")) == [
        (1, "leadership.purpose"), (2, "leadership.resources"), (3, "leadership.monitoring"),
        (4, "leadership.partnerships"), (5, "leadership.culture")]
    services.standard_delete(standard=draft.standards.get(number=3), by=admin)
    assert list(draft.standards.order_by("number").values_list("number", "key")) == [
        (1, "leadership"), (2, "policies"), (3, "supervision"), (4, "delivery"), (5, "professional-standards")]


def test_keys_are_unique_in_a_version(admin):
    draft = _draft(admin)
    standard = draft.standards.get(number=2)
    with pytest.raises(ValidationError) as error:
        services.indicator_create(standard=standard, key="leadership.purpose", text="Again", by=admin)
    assert "key" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.indicator_create(standard=standard, key="Not A Key!", text="Bad key", by=admin)


def test_publishing_makes_the_draft_current_and_fixed(admin):
    draft = _draft(admin)
    services.framework_publish(framework=draft, by=admin)
    assert selectors.current_framework() == draft
    with pytest.raises(services.FrameworkIsPublished):
        services.framework_update(framework=draft, title="Later", illustrative=True, by=admin)


def test_a_draft_with_an_empty_standard_cannot_be_published(admin):
    draft = _draft(admin)
    services.standard_create(framework=draft, key="new", title="A new standard", by=admin)
    with pytest.raises(ValidationError) as error:
        services.framework_publish(framework=draft, by=admin)
    assert "Add at least one indicator to “A new standard”" in error.value.messages
    assert Framework.objects.get(pk=draft.pk).is_draft


def test_a_failed_change_leaves_nothing_behind(admin):
    draft = _draft(admin)
    standard = draft.standards.get(number=1)
    with mock.patch("rsqm.standards.services.audit.record", side_effect=RuntimeError("boom")):
        with pytest.raises(RuntimeError):
            services.indicator_delete(indicator=standard.indicators.get(number=1), by=admin)
    assert standard.indicators.count() == 5
    assert list(standard.indicators.order_by("number").values_list("number", flat=True)) == [1, 2, 3, 4, 5]


# --- Import and export ------------------------------------------------------------------------------


def test_export_then_import_gives_the_same_framework_as_a_new_draft(admin):
    document = selectors.document(selectors.current_framework())
    draft = services.framework_import(document=json.loads(json.dumps(document)), by=admin)
    assert draft.version == 2 and draft.is_draft
    exported = selectors.document(draft)
    for key in ("title", "illustrative", "standards"):
        assert exported[key] == document[key]


def test_the_official_wording_replaces_the_draft_and_is_published_without_a_release(admin):
    _draft(admin)
    document = selectors.document(selectors.current_framework())
    document["illustrative"] = False
    document["standards"][0]["indicators"][0]["text"] = "The official wording of the first indicator."
    draft = services.framework_import(document=document, by=admin)
    assert Framework.objects.filter(status=FrameworkStatus.DRAFT).count() == 1 and draft.version == 2
    services.framework_publish(framework=draft, by=admin)
    current = selectors.current_framework()
    assert not current.illustrative
    assert current.indicators.get(key="leadership.purpose").text == "The official wording of the first indicator."
    # The old version is untouched.
    assert Indicator.objects.get(framework__version=1, key="leadership.purpose").text.startswith("The service has")


@pytest.mark.parametrize("document, problem", [
    ([], "The file must hold one JSON object"),
    ({"title": "T", "standards": []}, "“standards” must be a list with at least one standard"),
    ({"title": "T", "standards": [{"key": "a", "title": "A", "indicators": [{"key": "a.1"}]}]},
     "Indicator 1.1: “text” is missing"),
    ({"title": "T", "standards": [{"key": "a", "title": "A", "indicators": [
        {"key": "a.1", "text": "x"}, {"key": "a.1", "text": "y"}]}]}, "Indicator 1.2: the key “a.1” is used twice"),
    ({"format": "other", "title": "T", "standards": [{"key": "a", "title": "A", "indicators": [
        {"key": "a.1", "text": "x"}]}]}, "“format” must be “rsqm-standards-framework”"),
])
def test_a_bad_document_is_refused_with_its_problems_and_changes_nothing(admin, document, problem):
    with pytest.raises(ValidationError) as error:
        services.framework_import(document=document, by=admin)
    assert problem in error.value.messages
    assert Framework.objects.count() == 1


def test_an_administrator_imports_and_exports_on_the_pages(client, admin):
    client.force_login(admin)
    current = selectors.current_framework()
    exported = client.get(reverse("staff_framework_export", args=[current.pk]))
    assert exported["Content-Disposition"] == 'attachment; filename="standards-version-1.json"'
    document = json.loads(exported.content)
    upload = io.BytesIO(json.dumps(document).encode())
    upload.name = "standards.json"
    response = client.post(reverse("staff_framework_import"), {"document": upload})
    draft = selectors.draft_framework()
    assert response.status_code == 302 and response["Location"] == reverse("staff_framework_detail", args=[draft.pk])
    bad = io.BytesIO(b"not json")
    bad.name = "bad.json"
    page = client.post(reverse("staff_framework_import"), {"document": bad}).content.decode()
    assert "The file must be JSON" in page


def test_an_administrator_drafts_adds_an_indicator_and_publishes_on_the_pages(client, admin):
    client.force_login(admin)
    response = client.post(reverse("staff_framework_new"))
    draft = selectors.draft_framework()
    assert response["Location"] == reverse("staff_framework_detail", args=[draft.pk])
    response = client.post(reverse("staff_indicator_new", args=[draft.pk, 4]), {
        "key": "supervision.peer-review", "text": "Practitioners review each other's cases.",
        "guidance": "Say how often.", "evidence_examples": "Peer review notes",
    })
    assert response.status_code == 302
    assert draft.indicators.get(key="supervision.peer-review").standard.number == 4
    page = client.get(reverse("staff_framework_publish", args=[draft.pk])).content.decode()
    assert "28" in page  # indicators
    client.post(reverse("staff_framework_publish", args=[draft.pk]))
    assert selectors.current_framework().pk == draft.pk
    public = client.get(reverse("standards")).content.decode()
    assert "Practitioners review each other" in public


def test_a_case_officer_reads_but_cannot_change_the_standards(client, cast):
    client.force_login(cast["staff_case_officer"])
    assert client.get(reverse("staff_frameworks")).status_code == 200
    assert client.post(reverse("staff_framework_new")).status_code == 403
    assert not Framework.objects.filter(status=FrameworkStatus.DRAFT).exists()


def test_an_earlier_published_version_stays_readable(client, admin):
    draft = _draft(admin)
    services.framework_publish(framework=draft, by=admin)
    page = client.get(reverse("standards_version", args=[1])).content.decode()
    assert "This is an earlier version" in page
    assert client.get(reverse("standards_version", args=[99])).status_code == 404


def test_the_structure_is_read_in_a_fixed_number_of_queries(django_assert_num_queries):
    framework = selectors.current_framework()
    with django_assert_num_queries(2):
        structure = selectors.structure(framework)
        codes = [i.code for v in structure for i in v.indicators]
    assert len(codes) == 27
