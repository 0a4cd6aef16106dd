"""Tokens with character offsets, and the Arabic proclitics that attach to them (و ف ب ل ك ال ...)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsflow.shared.text import fold_char, is_arabic_letter, normalize

# letters, digits and the marks Arabic writes inside words (harakat, tatweel), joined by inner ' . -
_TOKEN: Final = re.compile(
    r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+"
    r"(?:[.'’\-][\w\u064b-\u065f\u0640]+)*\.?",
    re.U,
)
# conjunction, then preposition, then the article; "لل" is ل + ال with the alef dropped.
_CONJ: Final = ("و", "ف")
_PREP: Final = ("ب", "ل", "ك")


class Token:
    """A word and where it is. Not frozen, though nothing changes one. Written out rather than a
    dataclass: an article has a thousand, and the enrich image compiles this ``__init__`` (a
    dataclass's is generated at run time, so it would stay interpreted)."""

    __slots__ = ("arabic", "end", "norm", "start", "text")

    def __init__(self, start: int, end: int, text: str, norm: str, arabic: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.arabic = arabic

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text, self.norm, self.arabic) == (
            other.start,
            other.end,
            other.text,
            other.norm,
            other.arabic,
        )

    __hash__ = None  # type: ignore[assignment]  # equal by value and changeable, as a dataclass

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, norm={self.norm!r}, arabic={self.arabic!r})"

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        surface = m.group()
        if surface.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", surface):
            surface, e = surface[:-1], e - 1  # sentence full stop, not an abbreviation like U.S.
        if not surface:
            continue
        norm, arabic = _word(surface)
        if not arabic and len(surface) > 2 and surface[-2] in "'’" and surface[-1] in "sS":
            # Musk's: the name, then the possessive's s, as in text that writes "Musk 's" (CoNLL)
            head = surface[:-2]
            out.append(Token(s, e - 2, head, *_word(head)))
            out.append(Token(e - 1, e, surface[-1], *_word(surface[-1])))
            continue
        out.append(Token(s, e, surface, norm, arabic))
    return out


#: how many distinct words each of enrichment's per-word caches keeps, the least recently used leaving
#: first. News brings new words for ever (Arabic writes each with its clitics), so every cache is bounded:
#: at 50,000 an enrich replica levels off at about 452 MB however long it runs (bench/enrich_cost.py --fill).
WORD_CACHE: Final = 50_000


@lru_cache(maxsize=WORD_CACHE)
def _word(surface: str) -> tuple[str, bool]:
    """Normalised form and script of a word: news repeats its words, so this is computed once per word."""
    return normalize(surface), any(is_arabic_letter(c) for c in surface)


@lru_cache(maxsize=WORD_CACHE)
def clitic_splits(norm: str) -> tuple[tuple[int, str], ...]:
    """(number of normalised prefix letters removed, remaining stem) for each plausible proclitic split.

    The unsplit form comes first. Stems shorter than two letters are not offered.
    """
    out = [(0, norm)]
    if not norm or not is_arabic_letter(norm[0]):
        return tuple(out)
    seen = {norm}
    for conj in ("", *_CONJ):
        if conj and not norm.startswith(conj):
            continue
        rest = norm[len(conj) :]
        for prep in ("", *_PREP):
            if prep and not rest.startswith(prep):
                continue
            stem = rest[len(prep) :]
            cut = len(conj) + len(prep)
            options = [(cut, stem)]
            if prep == "ل" and stem.startswith("ل"):
                # لل = ل + ال with the alef dropped: the mention keeps both lams (للمغرب)
                options.append((len(conj), "ا" + stem))
            for c, s in options:
                if s != norm and len(s) >= 2 and s not in seen:
                    seen.add(s)
                    out.append((c, s))
    return tuple(out)


def strip_article(stem: str) -> str:
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem


def original_offset(surface: str, norm_chars: int) -> int:
    """How many characters of ``surface`` make up its first ``norm_chars`` normalised characters."""
    if norm_chars <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(surface):
        if fold_char(ch):
            seen += 1
            if seen == norm_chars:
                # include diacritics that belong to the last kept letter
                j = i + 1
                while j < len(surface) and not fold_char(surface[j]):
                    j += 1
                return j
    return len(surface)
