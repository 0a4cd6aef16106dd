"""Turn a file's bytes into text: BOMs, UTF-8, UTF-16 without BOM, legacy code pages (windows-1256 ...)."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UndecodableFile(ValueError):
    """The bytes are not text in any encoding we can tell (binary content, or an unknown code page)."""


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = sum(
        1 for ch in text if unicodedata.category(ch) in {"Cc", "Co", "Cs", "Cn"} and ch not in "\t\n\r\f"
    )
    return bad / len(text) > 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    # Latin text in UTF-16 has a NUL in every other byte; Arabic (U+06xx) has 0x06 there instead.
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        share = sum(1 for b in high if b in (0x00, 0x06)) / half
        if share > 0.8 and (even_nuls + odd_nuls) > 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`UndecodableFile` with the reason."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"{codec} (BOM)"
            except UnicodeDecodeError as exc:
                raise UndecodableFile(
                    f"starts with a {codec} byte-order mark but is not valid {codec}: {exc}"
                ) from exc
    # before UTF-8: Arabic in UTF-16 is all bytes below 0x80, so it would pass as (garbled) UTF-8
    if (text16 := _utf16_without_bom(data)) is not None and not _looks_binary(text16):
        return text16, "utf-16 (no BOM)"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise UndecodableFile("binary content (control characters), not text")
        return text, "utf-8"
    if b"\x00" in data:
        raise UndecodableFile("binary content (NUL bytes), not text")
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableFile("not UTF-8 and no other text encoding fits")
    text = str(best)
    if _looks_binary(text):
        raise UndecodableFile(f"binary content: decoding as {best.encoding} gives control characters")
    return text, best.encoding
