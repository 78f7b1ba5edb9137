"""The privacy guard: finds sensitive personal data in evidence files and free text.

A plain Python library (no Django) in three stages that can be read and tested apart:
``extract`` (bytes to text, within limits), ``detect`` (text to findings) and ``redact`` (a copy
with each finding replaced by its category). Nothing it returns, logs or stores holds the
flagged text: a finding has a category, a place and a masked snippet.

    from rsqm.privacy import Allow, scan_text, scan_file

    allow = Allow(names=["Sarah Thompson"], email_domains=["northmoor.org.uk"])
    scan_text("Kyle (15) has ADHD", allow=allow)       # -> [Finding(person_name ...), ...]
    scan_file("case-notes.docx", allow=allow).status   # "clean", "findings" or "error"
"""

from __future__ import annotations

import os
from typing import BinaryIO

from .base import CATEGORIES, LABELS, Allow, Extracted, FileResult, Finding, Limits, Refused, mask
from .detect import detect

__all__ = [
    "CATEGORIES", "LABELS", "Allow", "FileResult", "Finding", "Limits", "Refused", "mask",
    "scan_text", "scan_file", "extract_file", "redact_text", "redact_file",
]

_DEFAULT_ALLOW = Allow()


def scan_text(text: str, *, allow: Allow = _DEFAULT_ALLOW) -> list[Finding]:
    """Findings in a free text (a note, a report, a reason), in order of start (PRIV-NO-RECORD).

    Fast enough to call inside a request: the gazetteer loads once per process, on first use.
    """
    return detect(text, allow=allow)


def _read(source: str | os.PathLike[str] | BinaryIO, limits: Limits) -> bytes:
    if isinstance(source, str | os.PathLike):
        try:
            size = os.path.getsize(source)
        except OSError:
            raise Refused("cannot be read: the file does not exist or is not readable") from None
        if size > limits.max_input_bytes:
            raise Refused(f"refused: the file is {size} bytes, over the limit of {limits.max_input_bytes} (max_input_bytes)")
        try:
            with open(source, "rb") as fh:
                return fh.read(limits.max_input_bytes + 1)
        except (OSError, ValueError):
            raise Refused("cannot be read: the file does not exist or is not readable") from None
    data = source.read(limits.max_input_bytes + 1)
    if not isinstance(data, bytes | bytearray):
        raise TypeError("scan_file needs a path or a binary file object")
    return bytes(data)


def extract_file(source: str | os.PathLike[str] | BinaryIO, *, filename: str | None = None,
                 limits: Limits | None = None) -> Extracted:
    """Stage one alone: the file's text and segments. Raises Refused with a reason."""
    from .extract import extract, extract_isolated

    limits = limits or Limits()
    if filename is None:
        filename = os.fspath(source) if isinstance(source, str | os.PathLike) else getattr(source, "name", "") or ""
    data = _read(source, limits)
    if len(data) > limits.max_input_bytes:
        raise Refused(f"refused: the file is over the limit of {limits.max_input_bytes} bytes (max_input_bytes)")
    return (extract_isolated if limits.isolate else extract)(data, str(filename), limits)


def scan_file(source: str | os.PathLike[str] | BinaryIO, *, filename: str | None = None, allow: Allow = _DEFAULT_ALLOW,
              limits: Limits | None = None) -> FileResult:
    """Check one file completely, or say why it could not be.

    ``source`` is a path or a binary file object; ``filename`` (defaulting to the path) only
    settles whether a text file is CSV. Every outcome is a FileResult: a file nobody could check
    has status "error" and a reason, and any findings made before it stopped.
    """
    try:
        extracted = extract_file(source, filename=filename, limits=limits)
    except Refused as exc:
        return FileResult("error", error=str(exc))
    findings = tuple(detect(extracted.text, extracted.segments, allow=allow))
    if extracted.error:
        return FileResult("error", findings, extracted.error, extracted.images, extracted.kind)
    return FileResult("findings" if findings else "clean", findings, None, extracted.images, extracted.kind)


def redact_text(text: str, *, allow: Allow = _DEFAULT_ALLOW) -> str:
    """The text with each finding replaced by its category in brackets ("[name]")."""
    from .redact import redact_plain

    return redact_plain(text, allow=allow)


def redact_file(source: str | os.PathLike[str] | BinaryIO, out: str | os.PathLike[str] | BinaryIO, *,
                filename: str | None = None, allow: Allow = _DEFAULT_ALLOW, limits: Limits | None = None) -> int:
    """Write a redacted copy of a TXT, CSV, DOCX or XLSX file; returns how many findings were replaced.

    Raises Refused with a reason for other formats and for files that cannot be read.
    """
    from .redact import redact_bytes

    limits = limits or Limits()
    if filename is None:
        filename = os.fspath(source) if isinstance(source, str | os.PathLike) else getattr(source, "name", "") or ""
    data = _read(source, limits)
    result, count = redact_bytes(data, str(filename), allow=allow, limits=limits)
    if isinstance(out, str | os.PathLike):
        tmp = f"{os.fspath(out)}.part"
        with open(tmp, "wb") as fh:
            fh.write(result)
        os.replace(tmp, out)
    else:
        out.write(result)
    return count
