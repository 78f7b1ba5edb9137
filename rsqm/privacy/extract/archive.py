"""Open Office packages (ZIP archives) within the limits, so a zip bomb is refused unread."""

from __future__ import annotations

import io
import zipfile

from ..base import Limits, Refused

# A small entry may compress extremely well without harm; the ratio is checked above this size.
RATIO_MIN_BYTES = 64 * 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".webp", ".heic")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


class Package:
    """A ZIP archive checked against the limits before any entry is read."""

    def __init__(self, data: bytes, limits: Limits, kind: str) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise Refused(f"not a valid {kind.upper()} file: the archive is damaged or truncated") from None
        if len(infos) > limits.max_archive_entries:
            raise Refused(f"refused: the archive holds {len(infos)} entries, over the limit of {limits.max_archive_entries} "
                          "(max_archive_entries)")
        total = sum(i.file_size for i in infos)
        if total > limits.max_archive_bytes:
            raise Refused(f"refused: the archive would expand to {_size(total)}, over the limit of "
                          f"{_size(limits.max_archive_bytes)} (max_archive_bytes)")
        for info in infos:
            if info.flag_bits & 0x1:
                raise Refused("password-protected: the archive is encrypted")
            if info.file_size > RATIO_MIN_BYTES:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_archive_ratio:
                    raise Refused(f"refused: {info.filename} expands {ratio:.0f} times, over the limit of "
                                  f"{limits.max_archive_ratio} (max_archive_ratio): a possible zip bomb")
        self.infos = {i.filename: i for i in infos}
        self.kind = kind

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        try:
            # ZipExtFile stops at the declared size and checks the CRC, so a lying header cannot
            # make this read more than the limits above allowed.
            return self.zip.read(self.infos[name])
        except KeyError:
            raise Refused(f"not a valid {self.kind.upper()} file: {name} is missing") from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            raise Refused(f"not a valid {self.kind.upper()} file: {name} is damaged") from None

    def images(self, folder: str) -> int:
        return sum(1 for n in self.infos if n.startswith(folder) and n.lower().endswith(IMAGE_SUFFIXES))
