"""Redact every TXT, CSV, DOCX and XLSX file of the corpus, then scan each copy again.

    python bench/privacy/redaction.py [part]       # default: everything

Reports how many copies were written, how many the guard refused to write, and how many still
hold a finding; a redacted copy should never fail its own check.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from score import PARTS, allow, load  # noqa: E402

from rsqm.privacy import Limits, Refused, redact_file, scan_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("part", nargs="?", default="everything", choices=tuple(PARTS))
    args = parser.parse_args()
    al, limits = allow(), Limits(isolate=False)
    written = refused = left = 0
    for path, _entry in load(args.part):
        if path.suffix not in (".txt", ".csv", ".docx", ".xlsx"):
            continue
        out = io.BytesIO()
        try:
            redact_file(str(path), out, allow=al, limits=limits)
        except Refused as e:
            refused += 1
            print(f"refused: {path.parent.name}/{path.name}: {e}", file=sys.stderr)
            continue
        written += 1
        out.seek(0)
        if scan_file(out, filename=path.name, allow=al, limits=limits).findings:
            left += 1
            print(f"findings left: {path.parent.name}/{path.name}", file=sys.stderr)
    print(json.dumps({"redacted": written, "refused": refused, "copies_with_findings_left": left}, indent=1))


if __name__ == "__main__":
    main()
