"""Stage one: turn a file's bytes into text, within the limits, or refuse it with a reason.

``extract`` works in this process; ``extract_isolated`` runs it in a child process with a time and
address-space limit, so a hostile file can cost no more than the limits allow.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time

from ..base import Extracted, Limits, Refused
from .archive import Package

_IMAGES = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
    b"BM": "BMP",
}
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic", ".heif", ".svg")
_CSV_SUFFIXES = (".csv", ".tsv")
SUPPORTED = "PDF, DOCX, XLSX, ODT, ODS, CSV and TXT"


def _suffix(filename: str) -> str:
    name = filename.lower().rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def _zip_kind(data: bytes, limits: Limits, suffix: str) -> str:
    pkg = Package(data, limits, suffix.lstrip(".") or "zip")
    names = set(pkg.names())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "mimetype" in names:
        mime = pkg.read("mimetype").strip()
        if mime == b"application/vnd.oasis.opendocument.text":
            return "odt"
        if mime == b"application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        raise Refused(f"unsupported file type: an OpenDocument file other than ODT or ODS (checked: {SUPPORTED})")
    if any(n.startswith("ppt/") for n in names):
        raise Refused(f"unsupported file type: a PowerPoint file (checked: {SUPPORTED})")
    raise Refused(f"unsupported file type: a ZIP archive (checked: {SUPPORTED})")


def sniff(data: bytes, filename: str, limits: Limits) -> str:
    """The file's kind, decided by its content; the name's extension only settles text files."""
    suffix = _suffix(filename)
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, limits, suffix)
    for magic, name in _IMAGES.items():
        if data.startswith(magic):
            raise Refused(f"an image ({name}): pictures cannot be checked automatically")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" or data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        raise Refused("an image: pictures cannot be checked automatically")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise Refused("password-protected: the Office document is encrypted")
        raise Refused(f"unsupported file type: an old Word or Excel format; save it as DOCX or XLSX (checked: {SUPPORTED})")
    if data.startswith(b"{\\rtf"):
        raise Refused(f"unsupported file type: RTF; save it as DOCX or PDF (checked: {SUPPORTED})")
    if suffix in _IMAGE_SUFFIXES:
        raise Refused("an image: pictures cannot be checked automatically")
    if suffix in (".pdf", ".docx", ".xlsx", ".odt", ".ods", ".docm", ".xlsm"):
        raise Refused(f"not a valid {suffix[1:].upper()} file: its content is not that format")
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".xml" or stripped.startswith(b"<?xml"):
        return "xml"
    if suffix in _CSV_SUFFIXES:
        return "csv"
    # anything else is read as text, and refused if it is not text
    return "txt"


def extract(data: bytes, filename: str, limits: Limits | None = None) -> Extracted:
    """Extract in this process. Raises Refused with a plain reason."""
    from .odf import extract_ods, extract_odt
    from .ooxml import extract_docx, extract_xlsx
    from .pdf import extract_pdf
    from .plain import extract_csv, extract_txt

    limits = limits or Limits()
    if len(data) > limits.max_input_bytes:
        raise Refused(f"refused: the file is {len(data)} bytes, over the limit of {limits.max_input_bytes} (max_input_bytes)")
    kind = sniff(data, filename, limits)
    try:
        if kind == "pdf":
            result = extract_pdf(data, limits)
        elif kind == "docx":
            result = extract_docx(data, limits)
        elif kind == "xlsx":
            result = extract_xlsx(data, limits)
        elif kind == "odt":
            result = extract_odt(data, limits)
        elif kind == "ods":
            result = extract_ods(data, limits)
        elif kind == "csv":
            result = extract_csv(data)
        elif kind == "xml":
            result = extract_xml(data)
        else:
            result = extract_txt(data)
    except (Refused, MemoryError):
        raise
    except RecursionError:
        raise Refused(f"not a valid {kind.upper()} file: its structure nests too deeply") from None
    except Exception as exc:  # noqa: BLE001 - any file must end in a result or a reason
        raise Refused(f"not a valid {kind.upper()} file: it could not be read ({type(exc).__name__})") from None
    if len(result.text) > limits.max_text_chars:
        result.text = result.text[: limits.max_text_chars]
        result.segments = [s for s in result.segments if s.start < limits.max_text_chars]
        result.error = result.error or (
            f"refused: the extracted text exceeds the limit of {limits.max_text_chars} characters (max_text_chars)")
    return result


def extract_xml(data: bytes) -> Extracted:
    from ..base import Segment
    from .xmltext import TEXT, decode, tokens

    xml = decode(data, "the file")
    parts = [payload.strip() for tk, _, payload, _, _ in tokens(xml, "the file") if tk == TEXT and payload.strip()]
    text = "\n".join(parts)
    return Extracted(text, [Segment(0, len(text))], kind="xml")


def _child(data: bytes, filename: str, limits: Limits, write_fd: int) -> None:
    try:
        try:
            with open("/proc/self/statm") as fh:
                current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            current = 0
        cap = current + limits.max_memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        cpu = int(limits.max_seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:
            payload = ("ok", extract(data, filename, limits))
        except Refused as exc:
            payload = ("refused", str(exc))
        except MemoryError:
            payload = ("refused", f"refused: reading it needs more memory than the limit of "
                                  f"{limits.max_memory_bytes // (1024 * 1024)} MB (max_memory_bytes)")
        try:
            blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            blob = pickle.dumps(("refused", "refused: the extracted text is larger than the memory limit (max_memory_bytes)"))
        view = memoryview(blob)
        while view:
            n = os.write(write_fd, view[:1 << 20])
            view = view[n:]
    finally:
        os._exit(0)


def extract_isolated(data: bytes, filename: str, limits: Limits | None = None) -> Extracted:
    """Extract in a forked child that gets ``max_seconds`` and ``max_memory_bytes``; raises Refused."""
    limits = limits or Limits()
    if len(data) > limits.max_input_bytes:
        raise Refused(f"refused: the file is {len(data)} bytes, over the limit of {limits.max_input_bytes} (max_input_bytes)")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_fd)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _child(data, filename, limits, write_fd)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + limits.max_seconds
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        if timed_out:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if timed_out:
        raise Refused(f"refused: reading it took longer than the limit of {limits.max_seconds:g} seconds (max_seconds)")
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        raise Refused(f"refused: reading it took longer than the limit of {limits.max_seconds:g} seconds (max_seconds)")
    try:
        kind, value = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - the child died before it could answer
        raise Refused("refused: reading it stopped unexpectedly, probably at the memory limit (max_memory_bytes)") from None
    if kind == "refused":
        raise Refused(value)
    return value


__all__ = ["SUPPORTED", "extract", "extract_isolated", "sniff"]
