"""Speed and memory: a 200-page PDF checked from process start, and detection throughput.

    python bench/privacy/speed.py

Builds out/report-200.pdf (200 pages of about 4,000 characters of a service's annual report,
with a few names, dates and numbers on each page), then runs ``rsqm scan --format json`` on it
in a fresh process and reports the wall time from process start, the peak memory of the command
and of its extraction child, and detection throughput on the extracted text.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parents[1]
sys.path.insert(0, str(REPO))
OUT = ROOT / "out"

PARAGRAPHS = [
    "The service received {n} referrals in the quarter, of which {m} proceeded to a restorative meeting. Referrals came from "
    "the Youth Justice Service, the police, schools and the victim care unit. Most young people were aged 14 to 17.",
    "Case review {ref}: {first} {last} met the person harmed at Brierley Community Centre on {date}. Both said the meeting "
    "helped them to move on, and an outcome agreement was signed. The practitioner was Sarah Thompson.",
    "Our practice standards require every practitioner to complete supervision monthly and to record reflective notes. "
    "Supervision records are kept for six years in line with the retention schedule approved by the board.",
    "The steering group met on {date}. Present: Sarah Thompson (Chair), Daniel Okoro, Priya Nair. The group reviewed the "
    "risk register, agreed the training plan for volunteers and noted the funding position for the coming year.",
    "Feedback from participants was positive: {pct}% said they felt listened to and {pct2}% would recommend the service to "
    "others. Several people described the preparation meetings as the most valuable part of the process.",
    "{first} told the practitioner that {he} wanted to apologise in person. Mum, {rel} {last}, came to every meeting and "
    "can be reached on 07{p1} {p2}. The conference took place on {date} at the family's request.",
    "Safeguarding: where a participant discloses harm, staff follow the local safeguarding partnership procedures and record "
    "the concern on the same day. The designated safeguarding lead reviews each record within two working days.",
    "Training delivered this year included restorative conference facilitation, trauma-informed practice, and working with "
    "people with communication needs. Twenty-four volunteers completed the full programme.",
]
FIRST = ["Kyle", "Jade", "Rhys", "Siobhan", "Harpreet", "Chidi", "Katarzyna", "Mehmet", "Ioana", "Liam", "Zainab", "Owain"]
LAST = ["Morgan", "Pike", "Pritchard", "Gallagher", "Sandhu", "Okafor", "Kowalska", "Yilmaz", "Popescu", "Barker"]


def report_pages(rng: random.Random, pages: int = 200, chars: int = 4000) -> list[str]:
    out = []
    for _ in range(pages):
        text = []
        size = 0
        while size < chars:
            para = rng.choice(PARAGRAPHS).format(
                n=rng.randint(20, 90), m=rng.randint(5, 30), ref=f"NMT-2024-{rng.randint(100, 999)}", first=rng.choice(FIRST),
                last=rng.choice(LAST), rel=rng.choice(FIRST), he=rng.choice(["he", "she"]), pct=rng.randint(70, 99),
                pct2=rng.randint(70, 99), date=f"{rng.randint(1, 28)} March 2024", p1=rng.randint(700, 999),
                p2=rng.randint(100000, 999999))
            text.append(para)
            size += len(para) + 1
        out.append("\n".join(text))
    return out


def wrap(page: str, width: int = 95) -> str:
    lines = []
    for para in page.split("\n"):
        line = ""
        for word in para.split():
            if len(line) + len(word) + 1 > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return "\n".join(lines)


def main() -> None:
    from rsqm.privacy.tests.builders import pdf

    OUT.mkdir(exist_ok=True)
    path = OUT / "report-200.pdf"
    if not path.exists():
        pages = report_pages(random.Random(5))
        path.write_bytes(pdf([wrap(p) for p in pages], font_size=7))
    rsqm = REPO / ".venv" / "bin" / "rsqm"
    runs, cpu = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([str(rsqm), "scan", "--format", "json", str(path)], capture_output=True)
        runs.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    report = json.loads(proc.stdout)
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # detection alone on the extracted text, in this process
    from rsqm.privacy import Allow, Limits
    from rsqm.privacy.detect import detect
    from rsqm.privacy.extract import extract

    t0 = time.process_time()
    text = extract(path.read_bytes(), path.name, Limits(isolate=False)).text
    t_extract = time.process_time() - t0
    allow = Allow(names=["Sarah Thompson", "Daniel Okoro", "Priya Nair"])
    detect("warm up", allow=allow)
    t_detect = 1e9
    for _ in range(3):
        t0 = time.process_time()  # CPU time: per core, whatever else the machine runs
        findings = detect(text, allow=allow)
        t_detect = min(t_detect, time.process_time() - t0)
    mb = len(text.encode("utf-8")) / 1e6
    figures = {
        "pdf_pages": 200, "text_characters": len(text), "pdf_bytes": path.stat().st_size,
        "scan_seconds_from_process_start": [round(r, 2) for r in runs],
        "scan_cpu_seconds_command_and_child": [round(c, 2) for c in cpu], "exit_status": proc.returncode,
        "findings": len(report["files"][0]["findings"]), "status": report["files"][0]["status"],
        "peak_memory_mb_largest_process": round(peak_children, 1),
        "extract_seconds_in_process": round(t_extract, 2), "detect_seconds": round(t_detect, 2),
        "detect_mb_per_s": round(mb / t_detect, 2), "findings_in_process": len(findings),
    }
    print(json.dumps(figures, indent=1))
    (OUT / "speed.json").write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
