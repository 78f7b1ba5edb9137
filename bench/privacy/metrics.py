"""Recall, precision and file counts for any detector's findings on the labelled corpus.

Pure Python with no imports from rsqm, so the Presidio baseline can use it from its own
environment.
"""

from __future__ import annotations

from collections import defaultdict

IDENTIFIERS = ("postal_address", "postcode", "date_of_birth", "phone", "email", "ni_number", "nhs_number", "passport",
               "driving_licence", "vehicle_registration", "prison_number", "police_reference")


def score(results: list[tuple[dict, list[dict]]]) -> dict:
    """results: (corpus entry, findings as dicts with category/start/end)."""
    found = defaultdict(int)
    found_same = defaultdict(int)
    total = defaultdict(int)
    fcount = defaultdict(int)
    fcorrect = defaultdict(int)
    fstrict = defaultdict(int)
    flagged = clean_flagged = clean_files = 0
    misses: list[tuple[str, str, str]] = []
    false_pos: list[tuple[str, str, str]] = []
    for entry, findings in results:
        labels = entry["labels"]
        if entry["clean"]:
            clean_files += 1
            if findings:
                clean_flagged += 1
        if findings:
            flagged += 1
        for lab in labels:
            total[lab["category"]] += 1
            hit = [f for f in findings if f["start"] < lab["end"] and lab["start"] < f["end"]]
            if hit:
                found[lab["category"]] += 1
            else:
                misses.append((entry["file"], lab["category"], entry.get("text", "")[lab["start"]:lab["end"]]))
            if any(f["category"] == lab["category"] for f in hit):
                found_same[lab["category"]] += 1
        for f in findings:
            fcount[f["category"]] += 1
            over = [lab for lab in labels if f["start"] < lab["end"] and lab["start"] < f["end"]]
            if over:
                fcorrect[f["category"]] += 1
            else:
                false_pos.append((entry["file"], f["category"], entry.get("text", "")[f["start"]:f["end"]]))
            if any(lab["category"] == f["category"] for lab in over):
                fstrict[f["category"]] += 1

    def ratio(a, b):
        return round(a / b, 3) if b else None

    cats = sorted(set(total) | set(fcount))
    per = {c: {"labels": total[c], "recall": ratio(found[c], total[c]), "same_category_recall": ratio(found_same[c], total[c]),
               "findings": fcount[c], "precision": ratio(fcorrect[c], fcount[c]),
               "strict_precision": ratio(fstrict[c], fcount[c])}
           for c in cats}

    def group(names):
        t = sum(total[c] for c in names)
        return {"labels": t, "recall": ratio(sum(found[c] for c in names), t),
                "same_category_recall": ratio(sum(found_same[c] for c in names), t)}

    n_f = sum(fcount.values())
    return {
        "documents": len(results), "labels": sum(total.values()),
        "recall": ratio(sum(found.values()), sum(total.values())),
        "same_category_recall": ratio(sum(found_same.values()), sum(total.values())),
        "precision": ratio(sum(fcorrect.values()), n_f), "strict_precision": ratio(sum(fstrict.values()), n_f),
        "identifiers": group(IDENTIFIERS), "person_name": group(["person_name"]),
        "files_flagged": flagged, "clean_files": clean_files, "clean_files_flagged": clean_flagged,
        "per_category": per, "misses": misses, "false_positives": false_pos,
    }
