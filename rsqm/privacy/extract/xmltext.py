"""A small, strict XML tokenizer that keeps every token's place in the source.

Office files are read with it rather than a tree parser so that redaction can edit a text node in
place and leave every other byte of the part as it was. A part with a DTD or entity declarations
is refused before anything else is read: entity expansion is how XML bombs work, and no Office
part needs one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Refused

_TOKEN = re.compile(
    r"""<(/?)([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>"""  # 1-4: a tag
    r"""|(<!--.*?-->|<\?.*?\?>)"""  # 5: comment or processing instruction
    r"""|<!\[CDATA\[(.*?)\]\]>"""  # 6: CDATA
    r"""|([^<]+)"""  # 7: text
    r"""|(<)""",  # 8: anything else
    re.S,
)
_ATTR = re.compile(r"""([\w.\-]+(?::[\w.\-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)

# Canonical prefixes for the namespaces the extractors use, whatever prefixes a file declares.
NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "x",
    "http://purl.oclc.org/ooxml/spreadsheetml/main": "x",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
    "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments": "tc",
    "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
    "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
    "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": "meta",
}


def unescape(text: str) -> str:
    if "&" not in text:
        return text

    def sub(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref[0] == "#":
            try:
                cp = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
                return chr(cp)
            except (ValueError, OverflowError):
                return ""
        return _NAMED[ref]

    return _ENTITY.sub(sub, text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attrs(raw: str) -> dict[str, str]:
    out = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        name = m.group(1)
        out[name.split(":", 1)[-1] if ":" in name and not name.startswith("xmlns") else name] = unescape(value)
    return out


def decode(data: bytes, part: str) -> str:
    """Refuse a DTD or entity declaration, then decode the part."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        if _DTD.search(text.encode("utf-8")):
            raise Refused(f"refused: XML with a DTD or entity declarations ({part})")
        return text
    if _DTD.search(data):
        raise Refused(f"refused: XML with a DTD or entity declarations ({part})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(f"the XML in {part} is not valid UTF-8") from None


# Token kinds
START, END, EMPTY, TEXT = 1, 2, 3, 4


def tokens(xml: str, part: str) -> Iterator[tuple[int, str, str, int, int]]:
    """Yield (kind, name, payload, start, end): name is "prefix:local" with canonical prefixes;
    payload is the raw attribute text of a tag or the unescaped text of a text node."""
    prefixes: dict[str, str] = {}
    for m in _TOKEN.finditer(xml):
        text = m.group(7)
        if text is not None:
            yield TEXT, "", unescape(text), m.start(), m.end()
            continue
        name = m.group(2)
        if name is not None:
            raw = m.group(3)
            if "xmlns" in raw:
                for am in _ATTR.finditer(raw):
                    key = am.group(1)
                    if key == "xmlns" or key.startswith("xmlns:"):
                        uri = am.group(2) if am.group(2) is not None else am.group(3)
                        canon = NAMESPACES.get(uri)
                        prefixes[key[6:]] = canon or ("?" + key[6:])
            if ":" in name:
                prefix, local = name.split(":", 1)
            else:
                prefix, local = "", name
            canon = prefixes.get(prefix, prefix)
            qname = f"{canon}:{local}" if canon else local
            if m.group(1):
                yield END, qname, "", m.start(), m.end()
            elif m.group(4):
                yield EMPTY, qname, raw, m.start(), m.end()
            else:
                yield START, qname, raw, m.start(), m.end()
            continue
        cdata = m.group(6)
        if cdata is not None:
            yield TEXT, "", cdata, m.start(), m.end()
            continue
        if m.group(8) is not None:
            raise Refused(f"the XML in {part} is damaged")
