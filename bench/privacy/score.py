"""Score the guard on the labelled corpus: recall, precision, files flagged, throughput.

    python bench/privacy/corpus.py          # build the corpus first
    python bench/privacy/score.py [PART] [--json OUT] [--texts DIR]

PART is one part (tuning, heldout, fresh, unseen, blind, probe, trial, sample) or a group: "all" is tuning and
heldout, as in the first figures; "everything" adds fresh, unseen and blind; "seven" adds probe and trial too (every
part whose misses have been read).

A labelled span is found when any finding overlaps it ("recall"); "same-category recall" also
asks for the same category. A finding is correct when it overlaps a labelled span ("precision");
"strict" also asks for the same category. Throughput is megabytes (UTF-8) of extracted text
through detection per second of CPU time, in this one process (one core), with the process's caches warm as in
a long-running worker ("first pass": cold); "end to end" adds extraction (first pass).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from rsqm.privacy import Allow, Limits  # noqa: E402
from rsqm.privacy.detect import detect  # noqa: E402
from rsqm.privacy.extract import extract  # noqa: E402

sys.path.insert(0, str(ROOT))
from metrics import score  # noqa: E402

CORPUS = ROOT / "out" / "corpus"
PARTS = {"tuning": ["tuning"], "heldout": ["heldout"], "fresh": ["fresh"], "unseen": ["unseen"], "blind": ["blind"],
         "probe": ["probe"], "trial": ["trial"], "sample": ["sample"], "portfolio": ["portfolio"], "field": ["field"],
         "notes": ["notes"], "check": ["check"],
         "all": ["tuning", "heldout"], "everything": ["tuning", "heldout", "fresh", "unseen", "blind"],
         "seven": ["tuning", "heldout", "fresh", "unseen", "blind", "probe", "trial"],
         "read": ["tuning", "heldout", "fresh", "unseen", "blind", "probe", "trial", "sample", "portfolio", "field", "notes",
                  "check"]}


def allow() -> Allow:
    from org import DOMAINS, ORG_ADDRESS, ORG_PHONE, ORGANISATIONS, STAFF

    return Allow(names=STAFF, email_domains=DOMAINS, addresses=[ORG_ADDRESS], phones=[ORG_PHONE], organisations=ORGANISATIONS)


def load(part: str) -> list[tuple[Path, dict]]:
    out = []
    for p in PARTS[part]:
        for entry in json.loads((CORPUS / p / "labels.json").read_text("utf-8")):
            out.append((CORPUS / p / entry["file"], entry))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("part", nargs="?", default="tuning", choices=tuple(PARTS))
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--texts", help="write each extracted text and its labels here (for Presidio)")
    parser.add_argument("--show", action="store_true", help="print misses and false positives (tuning only)")
    args = parser.parse_args()
    al = allow()
    limits = Limits(isolate=False)
    detect("warm up the gazetteer, Kyle Morgan", allow=al)
    results = []
    chars = 0
    text_bytes = 0
    t_detect = t_total = 0.0
    for path, entry in load(args.part):
        t0 = time.process_time()
        ex = extract(path.read_bytes(), path.name, limits)
        t1 = time.process_time()
        findings = detect(ex.text, ex.segments, allow=al)
        t2 = time.process_time()
        t_detect += t2 - t1
        t_total += t2 - t0
        chars += len(ex.text)
        text_bytes += len(ex.text.encode("utf-8"))
        entry = dict(entry, text=ex.text)
        results.append((entry, [{"category": f.category, "start": f.start, "end": f.end} for f in findings]))
        if args.texts:
            out = Path(args.texts)
            out.mkdir(parents=True, exist_ok=True)
            (out / (path.parent.name + "__" + path.name + ".json")).write_text(
                json.dumps({"file": path.name, "part": path.parent.name, "text": ex.text, "labels": entry["labels"],
                            "clean": entry["clean"]}, ensure_ascii=False), "utf-8")
    # again, as a long-running worker would: caches warm
    extracted = [(extract(path.read_bytes(), path.name, limits)) for path, _ in load(args.part)]
    t_warm = 0.0
    for ex in extracted:
        t0 = time.process_time()  # CPU time: megabytes per second per core, whatever else the machine runs
        detect(ex.text, ex.segments, allow=al)
        t_warm += time.process_time() - t0
    report = score(results)
    report["throughput_mb_per_s_detection"] = round(text_bytes / 1e6 / t_warm, 2)
    report["throughput_mb_per_s_detection_first_pass"] = round(text_bytes / 1e6 / t_detect, 2)
    report["throughput_mb_per_s_end_to_end"] = round(text_bytes / 1e6 / t_total, 2)
    report["text_mb"] = round(text_bytes / 1e6, 3)
    show = args.show and args.part == "tuning"
    misses, fps = report.pop("misses"), report.pop("false_positives")
    print(json.dumps({k: v for k, v in report.items() if k != "per_category"}, indent=1))
    for cat, row in report["per_category"].items():
        print(f"  {cat:22s} labels {row['labels']:4d}  recall {row['recall']}  same-cat {row['same_category_recall']}  "
              f"findings {row['findings']:4d}  precision {row['precision']}  strict {row['strict_precision']}")
    if show:
        print("\nMISSES")
        for m in misses:
            print("  ", m)
        print("\nFALSE POSITIVES")
        for m in fps:
            print("  ", m)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), "utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
