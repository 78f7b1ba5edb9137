"""``rsqm scan`` and ``rsqm redact``: the guard's command line, a stable contract for other tools.

rsqm scan [--format text|json] [--allow-names FILE] [--allow-domains FILE] PATH...
    Checks files (a directory recursively). stdout carries only the report; messages go to
    stderr. Exit 2 if any file has status "error" or the command line is wrong, otherwise 1 if any
    file has findings, otherwise 0.

rsqm redact [--allow-names FILE] [--allow-domains FILE] IN OUT
    Writes a redacted copy of one TXT, CSV, DOCX or XLSX file. Exit 0 when written, 2 with a
    reason otherwise.

It starts without Django: ``rsqm.cli`` hands these two commands here before Django is imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence

from . import redact_file, scan_file
from .base import Allow, FileResult, Limits, Refused


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def _allow_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-names", metavar="FILE", help="the organisation's staff and contacts, one name a line")
    parser.add_argument("--allow-domains", metavar="FILE", help="the organisation's email domains, one a line")
    parser.add_argument("--allow-addresses", metavar="FILE", help="the organisation's own postal addresses, one a line")
    parser.add_argument("--allow-phones", metavar="FILE", help="the organisation's own phone numbers, one a line")
    parser.add_argument("--allow-organisations", metavar="FILE",
                        help="the organisation's own name and its services' names, one a line")


def _allow(args: argparse.Namespace) -> Allow:
    return Allow.from_files(names=args.allow_names, domains=args.allow_domains, addresses=args.allow_addresses,
                            phones=args.allow_phones, organisations=args.allow_organisations)


def _files(paths: Sequence[str]) -> Iterator[str]:
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path


def _place(f) -> str:
    bits = []
    if f.page is not None:
        bits.append(f"page {f.page}")
    if f.sheet is not None:
        bits.append(f"sheet {f.sheet!r}")
    if f.cell is not None:
        bits.append(f"cell {f.cell}")
    if f.line is not None:
        bits.append(f"line {f.line}")
    return ", ".join(bits)


def _text_report(results: list[tuple[str, FileResult]]) -> str:
    lines = []
    for path, r in results:
        if r.status == "clean":
            lines.append(f"{path}: clean")
        elif r.status == "findings":
            lines.append(f"{path}: {len(r.findings)} finding{'s' if len(r.findings) != 1 else ''}")
        else:
            lines.append(f"{path}: not checked: {r.error}")
        for f in r.findings:
            lines.append(f"  {_place(f)}: {f.category}  {f.snippet}")
        if r.images_unchecked:
            lines.append(f"  {r.images_unchecked} picture{'s' if r.images_unchecked != 1 else ''} inside not checked")
    clean = sum(1 for _, r in results if r.status == "clean")
    flagged = sum(1 for _, r in results if r.status == "findings")
    errors = sum(1 for _, r in results if r.status == "error")
    total = sum(len(r.findings) for _, r in results)
    lines.append(f"{len(results)} file{'s' if len(results) != 1 else ''}: {clean} clean, {flagged} with findings "
                 f"({total} finding{'s' if total != 1 else ''} in all), {errors} not checked")
    return "\n".join(lines) + "\n"


def scan_main(argv: Sequence[str]) -> int:
    parser = _Parser(prog="rsqm scan", description="Check files for sensitive personal data.")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    _allow_options(parser)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to check")
    args = parser.parse_args(argv)
    try:
        allow = _allow(args)
        limits = Limits.from_env()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"rsqm scan: {exc}\n")
        return 2
    results: list[tuple[str, FileResult]] = []
    for path in _files(args.paths):
        if not os.path.exists(path):
            results.append((path, FileResult("error", error="cannot be read: the file does not exist")))
            continue
        results.append((path, scan_file(path, allow=allow, limits=limits)))
    if args.format == "json":
        report = json.dumps({"files": [r.as_dict(path) for path, r in results]}, ensure_ascii=False, indent=2) + "\n"
    else:
        report = _text_report(results)
    sys.stdout.flush()
    sys.stdout.buffer.write(report.encode("utf-8"))
    sys.stdout.flush()
    if any(r.status == "error" for _, r in results):
        return 2
    if any(r.status == "findings" for _, r in results):
        return 1
    return 0


def redact_main(argv: Sequence[str]) -> int:
    parser = _Parser(prog="rsqm redact", description="Write a copy with each finding replaced by its category.")
    _allow_options(parser)
    parser.add_argument("input", metavar="IN")
    parser.add_argument("output", metavar="OUT")
    args = parser.parse_args(argv)
    try:
        allow = _allow(args)
        limits = Limits.from_env()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"rsqm redact: {exc}\n")
        return 2
    if os.path.abspath(args.input) == os.path.abspath(args.output):
        sys.stderr.write("rsqm redact: OUT must be a different file from IN\n")
        return 2
    try:
        count = redact_file(args.input, args.output, allow=allow, limits=limits)
    except Refused as exc:
        sys.stderr.write(f"rsqm redact: {args.input}: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"rsqm redact: cannot write {args.output}: {exc.strerror}\n")
        return 2
    sys.stderr.write(f"rsqm redact: wrote {args.output} ({count} finding{'s' if count != 1 else ''} replaced)\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "scan":
        return scan_main(argv[1:])
    if argv and argv[0] == "redact":
        return redact_main(argv[1:])
    sys.stderr.write("usage: rsqm scan ... | rsqm redact ...\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
