"""Stage three: a copy with each finding replaced by its category in brackets ("[name]").

TXT and CSV are rewritten as text in their own encoding. DOCX and XLSX are edited in their XML:
only the text nodes (and, in a spreadsheet, the number cells) that hold findings change, tracked
deletions, comments and properties included, and every other part is copied as it was. The copy
is scanned again until nothing is found, so a redacted file never fails its own check.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import defaultdict

from .base import LABELS, Allow, Extracted, Finding, Limits, Refused
from .detect import detect
from .extract import extract_isolated, sniff
from .extract.ooxml import OfficeMap, extract_docx, extract_xlsx
from .extract.plain import csv_extracted, decode
from .extract.xmltext import attrs, escape

REDACTABLE = ("txt", "csv", "docx", "xlsx")
UNAVAILABLE = "redaction is available for TXT, CSV, DOCX and XLSX"
_ROUNDS = 4


def _replace(text: str, findings: list[Finding]) -> str:
    out = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        out.append(text[pos:f.start])
        out.append(LABELS[f.category])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _redact_loop(text: str, scan) -> tuple[str, int]:
    count = 0
    for _ in range(_ROUNDS):
        findings = scan(text)
        if not findings:
            return text, count
        count += len(findings)
        text = _replace(text, findings)
    if scan(text):
        raise Refused("could not redact everything it found")
    return text, count


def redact_plain(text: str, *, allow: Allow) -> str:
    return _redact_loop(text, lambda t: detect(t, allow=allow))[0]


def _scan_csv(text: str, allow: Allow) -> list[Finding]:
    ex = csv_extracted(text)
    return detect(ex.text, ex.segments, allow=allow)


def redact_bytes(data: bytes, filename: str, *, allow: Allow, limits: Limits) -> tuple[bytes, int]:
    """(redacted copy, findings replaced). Raises Refused."""
    if len(data) > limits.max_input_bytes:
        raise Refused(f"refused: the file is {len(data)} bytes, over the limit of {limits.max_input_bytes} (max_input_bytes)")
    kind = sniff(data, filename, limits)
    if kind not in REDACTABLE:
        raise Refused(f"{UNAVAILABLE}, not {kind.upper()}")
    if limits.isolate:
        # read it once under the time and memory limits before working on it here
        checked = extract_isolated(data, filename, limits)
        if checked.error:
            raise Refused(checked.error)
    if kind in ("txt", "csv"):
        text, encoding = decode(data)
        if kind == "csv":
            redacted, count = _redact_loop(text, lambda t: _scan_csv(t, allow))
        else:
            redacted, count = _redact_loop(text, lambda t: detect(t, allow=allow))
        if encoding == "utf-8-sig":
            return b"\xef\xbb\xbf" + redacted.encode("utf-8"), count
        return redacted.encode(encoding), count
    extractor = extract_docx if kind == "docx" else extract_xlsx
    count = 0
    for _ in range(_ROUNDS):
        omap = OfficeMap()
        ex: Extracted = extractor(data, limits, omap)
        findings = detect(ex.text, ex.segments, allow=allow)
        if not findings:
            return data, count
        count += len(findings)
        data = _rewrite(data, ex.text, omap, findings, kind)
    omap = OfficeMap()
    ex = extractor(data, limits, omap)
    if detect(ex.text, ex.segments, allow=allow):
        raise Refused("could not redact everything it found")
    return data, count


def _rewrite(data: bytes, text: str, omap: OfficeMap, findings: list[Finding], kind: str) -> bytes:
    # Which findings touch which node; the label goes where a finding starts, the rest is removed.
    edits: dict[tuple[str, int, int, str, str], list[tuple[int, int, str]]] = defaultdict(list)
    node_text: dict[tuple[str, int, int, str, str], str] = {}
    starts = sorted(findings, key=lambda f: f.start)
    fi = 0
    nodes = sorted(omap.nodes, key=lambda n: n.start)
    for node in nodes:
        while fi < len(starts) and starts[fi].end <= node.start:
            fi += 1
        j = fi
        key = (node.part, node.xml_start, node.xml_end, node.kind, node.ref)
        node_text.setdefault(key, text[node.start:node.end])
        while j < len(starts) and starts[j].start < node.end:
            f = starts[j]
            a, b = max(f.start, node.start) - node.start, min(f.end, node.end) - node.start
            if b > a or (f.start >= node.start and f.start < node.end):
                label = LABELS[f.category] if node.start <= f.start < node.end else ""
                edits[key].append((a, b, label))
            j += 1
    parts: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for key, changes in edits.items():
        part, xs, xe, node_kind, ref = key
        original = node_text[key]
        new = _apply_local(original, changes)
        if node_kind == "cell":
            xml = omap.parts[part]
            tag = re.match(r"<([\w:]*c)\b([^>]*?)/?>", xml[xs:xe])
            a = attrs(tag.group(2)) if tag else {}
            name = tag.group(1) if tag else "c"
            prefix = name[:-1]
            style = f' s="{a["s"]}"' if "s" in a else ""
            replacement = (f'<{name} r="{a.get("r", ref)}"{style} t="inlineStr"><{prefix}is><{prefix}t xml:space="preserve">'
                           f"{escape(new)}</{prefix}t></{prefix}is></{name}>")
        elif node_kind == "link":
            replacement = _escape_attribute(ref + new)
        elif node_kind == "sheetname":
            # a valid sheet name: no [ ] : \ / ? *, at most 31 characters, unique by its position
            new = re.sub(r"[\[\]:\\/?*]", lambda m: {"[": "(", "]": ")"}.get(m.group(), "-"), new).strip("' ") or "Sheet"
            suffix = f" {ref}"
            replacement = _escape_attribute(new[:31 - len(suffix)] + suffix)
        else:
            replacement = escape(new)
        parts[part].append((xs, xe, replacement))
    new_parts: dict[str, bytes] = {}
    for part, changes in parts.items():
        xml = omap.parts[part]
        out = []
        pos = 0
        for xs, xe, replacement in sorted(set(changes)):
            if xs < pos:
                continue
            out.append(xml[pos:xs])
            out.append(replacement)
            pos = xe
        out.append(xml[pos:])
        new_parts[part] = "".join(out).encode("utf-8")
    return _rezip(data, new_parts)


def _escape_attribute(value: str) -> str:
    return escape(value).replace('"', "&quot;").replace("'", "&apos;")


def _apply_local(original: str, changes: list[tuple[int, int, str]]) -> str:
    out = []
    pos = 0
    for a, b, label in sorted(set(changes), key=lambda c: (c[0], -c[1], c[2] == "")):
        if a < pos:
            if b > pos:
                pos = b
            continue
        out.append(original[pos:a])
        out.append(label)
        pos = b
    out.append(original[pos:])
    return "".join(out)


def _rezip(data: bytes, new_parts: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            content = new_parts.get(info.filename)
            if content is None:
                content = src.read(info)
            dst.writestr(info, content, compress_type=info.compress_type)
    return buf.getvalue()
