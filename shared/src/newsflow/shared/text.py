"""Arabic-aware text normalisation, the one definition every service matches text with.

``fold`` maps each character to at most one character, so offsets can be carried back to the
original text; ``normalize`` is ``fold`` plus the removal of the dropped characters.
"""

from __future__ import annotations

import unicodedata
from typing import Final

TATWEEL: Final = "\u0640"
# harakat, tanween, shadda, sukun, superscript alef, Quranic marks; bidi and zero-width controls
_DROP: Final = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", TATWEEL, "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
_FOLD: Final = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ک": "ك",
    "٠": "0",
    "١": "1",
    "٢": "2",
    "٣": "3",
    "٤": "4",
    "٥": "5",
    "٦": "6",
    "٧": "7",
    "٨": "8",
    "٩": "9",
}


def fold_char(ch: str) -> str:
    """'' for a character to drop, else its folded, lower-cased form (one character)."""
    if ch in _DROP:
        return ""
    ch = _FOLD.get(ch, ch)
    low = ch.lower()
    return low if len(low) == 1 else ch


_TABLE: Final = str.maketrans({**{ch: None for ch in _DROP}, **_FOLD})


def normalize(text: str) -> str:
    """NFKC, no diacritics/tatweel/bidi marks, alef/ya/ta-marbuta/hamza-carrier variants folded, lower case."""
    return unicodedata.normalize("NFKC", text).translate(_TABLE).lower()


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or "\ufb50" <= ch <= "\ufefc"
