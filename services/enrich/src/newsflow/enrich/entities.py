"""Named entities (PERSON, ORGANIZATION, LOCATION) in Arabic and English, offline.

The default recogniser combines, in order of precision:
1. people announced by an honorific (السيد، الدكتور، Mr, Dr ...);
2. gazetteers (countries and cities from CLDR/ISO/GeoNames, curated organisations and regions),
   matched on normalised text through attached proclitics (بمراكش، للمغرب، والسودان);
3. organisations built on a head noun and its genitive chain (مجلس وزراء الداخلية العرب);
4. people starting with a known first name, or named right after a title and an organisation
   (الأمين العام للإنتربول يورغن ستوك);
5. English capitalised sequences with a first name, an honorific or an organisation head word;
6. later mentions of a person's family name (ستوك، الدخيسي, Stock) linked to the full name.
Every mention carries its character offsets in the text and the entity's canonical form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Protocol

from newsflow.enrich.resources import GazEntry, Resources
from newsflow.enrich.tokens import WORD_CACHE, Token, clitic_splits, original_offset, strip_article, tokenize
from newsflow.enrich.vocab import (
    CONNECTORS_AR,
    CONNECTORS_EN,
    HONORIFICS,
    NAME_PREFIXES_AR,
    NOT_IN_NAMES_AR,
    ORDINALS,
    ORG_FIRST_EN,
    ORG_HEADS_AR,
    ORG_HEADS_EN,
    STOP_AR,
    STOP_SURFACE,
    TITLES_AR,
)
from newsflow.shared.contracts import Entity, EntityLabel


class Recognizer(Protocol):
    """Anything that finds entities in a text; other backends (spaCy, Hugging Face) plug in here."""

    name: str

    def __call__(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[Entity]:
        """Entities of ``text`` in language ``lang``; ``tokens`` are newsflow's tokens of it, if at hand."""
        ...


# nouns that take a country after them (جيش مالي: the army of Mali)
_TAKES_A_COUNTRY: Final = frozenset(
    {"شمال", "جنوب", "شرق", "غرب", "وسط", "داخل", "خارج", "جيش", "شعب", "منتخب", "علم", "رئيس", "سفير", "ملك"}
)
_SENTENCE_END: Final = re.compile(r"[.!?؟]\s*$|^\s*$")


@dataclass(slots=True)
class Span:
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    label: EntityLabel
    canonical: str
    confidence: float


def light_canonical(text: str) -> str:
    """Canonical form of a name found by rule: NFC, no diacritics, tatweel or bidi marks, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(
        ch for ch in text if not ("\u064b" <= ch <= "\u065f" or ch in "\u0670\u0640\u200e\u200f\u061c")
    )
    return " ".join(kept.split())


class RuleRecognizer:
    name = "rules"

    def __init__(self, resources: Resources) -> None:
        self.res = resources
        self._arabic_stem = lru_cache(maxsize=WORD_CACHE)(self._strip_proclitics)
        # per word, not per token: news repeats its words
        self._org_head = lru_cache(maxsize=WORD_CACHE)(self._find_org_head)
        self._given_split = lru_cache(maxsize=WORD_CACHE)(self._find_given_name)

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _joined(text: str, toks: list[Token], i: int, j: int) -> bool:
        """Only white space (or a hyphen) between token i and token j = i + 1."""
        gap = text[toks[i].end : toks[j].start]
        return gap.strip(" \t-\u00a0") == "" and "\n" not in gap

    def _stem(self, tok: Token) -> str:
        """The token without conjunction/preposition proclitics (Arabic), for word-class tests."""
        return self._arabic_stem(tok.norm) if tok.arabic else tok.norm

    def _strip_proclitics(self, norm: str) -> str:
        for cut, stem in clitic_splits(norm)[1:]:
            if (cut and stem in self.res.common) or stem in self.res.given_names:
                return stem
        return norm

    @staticmethod
    def _find_org_head(norm: str) -> tuple[int, str] | None:
        """(proclitic letters, stem) where the word is an organisation's head word (وزارة, والمنظمة)."""
        return next(((cut, s) for cut, s in clitic_splits(norm) if strip_article(s) in ORG_HEADS_AR), None)

    def _find_given_name(self, norm: str) -> tuple[int, str] | None:
        """(proclitic letters, stem) where the word is a given name (محمد, ومحمد)."""
        return next(((cut, s) for cut, s in clitic_splits(norm) if s in self.res.given_names), None)

    def _is_name_token(self, tok: Token) -> bool:
        n = tok.norm
        if len(n) < 2 or n in STOP_AR or n in TITLES_AR or n in HONORIFICS or any(c.isdigit() for c in n):
            return False
        if tok.arabic:
            if light_canonical(tok.text) in STOP_SURFACE:
                return False
            if n in self.res.given_names:
                return True
            if n in self.res.common:
                return False
            # بالمشاورات: a preposition or conjunction before the article never starts a name
            if n.startswith(("بال", "وال", "فال", "كال", "لل", "وبال", "ولل")):
                return False
            # a common word behind a proclitic is not a name either
            return not any(stem in self.res.common for cut, stem in clitic_splits(n)[1:] if len(stem) >= 3)
        return tok.capitalized and n not in CONNECTORS_EN

    def _adjective_after_noun(self, toks: list[Token], i: int) -> bool:
        """السعودية, الشامية, الحسينية name places and are also the feminine of an adjective (السعودي): after
        a noun with the article (الجامعات السعودية, للثقافة السعودية) they are the adjective. Not after
        العربية, which is part of the country's full name."""
        norm = toks[i].norm
        if not (
            i and toks[i].arabic and toks[i - 1].arabic and norm.startswith("ال") and norm.endswith("يه")
        ):
            return False
        if norm[:-1] not in self.res.common:  # السعودي: the adjective is a word of its own
            return False
        before = toks[i - 1].norm
        if before == "العربيه" or before in self.res.gazetteer.first:
            return False
        return any(
            stem.startswith("ال") and len(stem) > 3 and stem in self.res.common
            for _, stem in clitic_splits(before)
        ) or (before.startswith(("لل", "ولل")) and "ال" + before[before.index("لل") + 2 :] in self.res.common)

    def adjective_not_place(self, toks: Sequence[Token], i: int) -> bool:
        """مالي, بحري, خفي name places and are also adjectives whose feminine (مالية) is a word too: after
        an indefinite masculine noun (دعم مالي, بمركز مالي) they are the adjective. Not after a
        preposition, a title, a direction or a feminine noun, where the place is meant (في مالي, رئيس
        مالي, شمال مالي, حكومة مالي: an adjective would be مالية there)."""
        norm = toks[i].norm
        common = self.res.common
        if not (
            i
            and toks[i].arabic
            and toks[i - 1].arabic
            and norm.endswith("ي")
            and not norm.startswith("ال")
            and norm in common
            and norm + "ه" in common
        ):
            return False
        before = toks[i - 1].norm
        if before in STOP_AR or before in TITLES_AR or before.endswith(("ه", "ات")):
            return False
        return any(
            stem in common and not stem.startswith("ال") and stem not in _TAKES_A_COUNTRY
            for _, stem in clitic_splits(before)
        )

    def _place(self, spans: list[Span], taken: list[bool], span: Span) -> bool:
        if any(taken[span.first : span.last + 1]):
            return False
        for k in range(span.first, span.last + 1):
            taken[k] = True
        spans.append(span)
        return True

    def _span(
        self,
        text: str,
        toks: list[Token],
        first: int,
        last: int,
        cut: int,
        label: EntityLabel,
        canonical: str | None,
        confidence: float,
    ) -> Span:
        start = toks[first].start + original_offset(toks[first].text, cut)
        end = toks[last].end
        if not canonical:  # None, or "" for the Wikidata names, written as they are
            canonical = light_canonical(text[start:end])
            if label != "PERSON" and toks[first].norm[cut:].startswith("لل") and canonical.startswith("لل"):
                canonical = "ال" + canonical[2:]  # للهيئة العامة = ل + الهيئة العامة, the alef dropped
        return Span(first, last, start, end, label, canonical, confidence)

    # -- passes --------------------------------------------------------------------------------------
    def _name_chain(self, text: str, toks: list[Token], i: int, taken: list[bool], limit: int = 5) -> int:
        """Index of the last token of a personal-name chain starting at i, or i - 1 when there is none."""
        last = i - 1
        k = i
        while k < len(toks) and k - i < limit and not taken[k]:
            if k > i and not self._joined(text, toks, k - 1, k):
                break
            tok = toks[k]
            if tok.norm in CONNECTORS_AR or (not tok.arabic and tok.norm in CONNECTORS_EN and k > i):
                k += 1  # بن / عبد / van ...: only kept if a name follows
                continue
            if self._is_name_token(tok) or (
                k > i and tok.norm in ORDINALS and tok.norm in self.res.common and last >= i
            ):
                last = k
                k += 1
                continue
            if k > i and toks[k - 1].norm in NAME_PREFIXES_AR and tok.norm.startswith("ال"):
                last = k  # عبد الحميد، أبو الغيط
                k += 1
                continue
            break
        return last

    def _honorific_people(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        for i, tok in enumerate(toks[:-1]):
            stem = self._stem(tok) if tok.arabic else tok.norm.rstrip(".")
            if stem not in HONORIFICS or (not tok.arabic and not tok.capitalized):
                continue
            j = i + 1
            skipped = 0  # الرئيس الفرنسي إيمانويل ماكرون: skip a nationality or two
            while (
                j < len(toks)
                and skipped < 2
                and toks[j].arabic
                and toks[j].norm.startswith("ال")
                and toks[j].norm in self.res.common
                and toks[j].norm not in self.res.given_names
            ):
                j += 1
                skipped += 1
            if j >= len(toks) or not self._joined(text, toks, j - 1, j):
                continue
            last = self._name_chain(text, toks, j, taken)
            if last >= j:
                self._place(spans, taken, self._span(text, toks, j, last, 0, "PERSON", None, 0.85))

    def _gazetteer(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        gaz = self.res.gazetteer
        i = 0
        while i < len(toks):
            best: tuple[int, int, GazEntry] | None = None
            splits = clitic_splits(toks[i].norm) if toks[i].arabic else ((0, toks[i].norm),)
            for cut, stem in splits:
                longest = gaz.first.get(stem, 0)
                if longest > 1 and (i + 1 >= len(toks) or (stem, toks[i + 1].norm) not in gaz.pairs):
                    longest = 1  # no entry of two words or more starts here
                for length in range(min(longest, len(toks) - i), 0, -1):
                    if best is not None and length <= best[0]:
                        break
                    if length > 1 and not all(
                        self._joined(text, toks, k, k + 1) for k in range(i, i + length - 1)
                    ):
                        continue
                    key = (stem, *(t.norm for t in toks[i + 1 : i + length]))
                    entry = gaz.entries.get(key)
                    if entry is None:
                        continue
                    if not toks[i].arabic and not (toks[i].capitalized or toks[i].text.isupper()):
                        continue
                    if cut and entry.kind == "city" and toks[i].norm in self.res.common:
                        continue  # بلورة is a word, not ب + a town called لورة
                    if length == 1 and "ئ" in toks[i].text and "ئ" not in entry.canonical:
                        continue  # بئرا, "a well", is not بيرا (Beira): a hamza written is no slip of the pen
                    if (
                        length == 1
                        and not cut
                        and self._adjective_after_noun(toks, i)
                        and self._joined(text, toks, i - 1, i)
                    ):
                        continue  # الجامعات السعودية: Saudi universities, not the country
                    if entry.kind == "person" and any(
                        light_canonical(t.text) in STOP_SURFACE
                        or t.norm in STOP_AR
                        or t.norm in NOT_IN_NAMES_AR
                        for t in toks[i : i + length]
                    ):
                        continue  # أشرف على ("supervised") is not the man called أشرف علي, nor سعيد هنا "happy here"
                    if (
                        not toks[i].arabic
                        and len(toks[i].text) <= 3
                        and not toks[i].text.replace(".", "").isupper()
                    ):
                        continue  # "Us", "Un": only the all-capital abbreviations
                    best = (length, cut, entry)
                    break
            if best is None or any(taken[i : i + best[0]]):
                i += 1
                continue
            length, cut, entry = best
            label: EntityLabel = "LOCATION" if entry.label == "LOCATION" else "ORGANIZATION"
            if entry.label == "PERSON":
                label = "PERSON"
            self._place(
                spans,
                taken,
                self._span(text, toks, i, i + length - 1, cut, label, entry.canonical, entry.confidence),
            )
            i += length

    def _arabic_orgs(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        for i, tok in enumerate(toks):
            if taken[i] or not tok.arabic:
                continue
            head = self._org_head(tok.norm)
            if head is None:
                continue
            cut, stem = head
            definite_head = stem.startswith("ال")
            last = i
            k = i + 1
            while k < len(toks) and k - i <= 6 and not taken[k] and self._joined(text, toks, k - 1, k):
                n = toks[k].norm
                if not toks[k].arabic or n in STOP_AR or n in TITLES_AR or n in HONORIFICS:
                    break
                if n in self.res.given_names and n not in self.res.common:
                    break
                if n.startswith(("وال", "وبال", "ولل", "فال")):
                    break  # a conjunction starts the next phrase
                if n.startswith("ال") or n.startswith("لل"):
                    last = k
                elif k == i + 1 and not definite_head and len(n) >= 3:
                    last = k  # construct state: مجلس وزراء ...
                else:
                    break
                k += 1
            # "المنظمة الدولية" is a description, "المديرية العامة للأمن الوطني" a name
            if last - i >= (2 if definite_head else 1):
                self._place(spans, taken, self._span(text, toks, i, last, cut, "ORGANIZATION", None, 0.7))

    def _given_name_people(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        for i, tok in enumerate(toks[:-1]):
            if taken[i]:
                continue
            split = self._given_split(tok.norm)
            if (
                split is None
                or (not tok.arabic and not tok.capitalized)
                or light_canonical(tok.text) in STOP_SURFACE
            ):
                continue
            cut, _ = split
            if not self._joined(text, toks, i, i + 1):
                continue
            last = self._name_chain(text, toks, i + 1, taken)
            if last > i:
                self._place(spans, taken, self._span(text, toks, i, last, cut, "PERSON", None, 0.75))

    def _appositive_people(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        """TITLE + organisation/place (+ parenthesis) + NAME: الأمين العام للإنتربول يورغن ستوك."""
        by_first = {s.first: s for s in spans}
        for s in sorted(spans, key=lambda s: s.first):
            if s.label == "PERSON":
                continue
            window = toks[max(0, s.first - 3) : s.first + 1]
            if not any(
                self._stem(t) in TITLES_AR or strip_article(self._stem(t)) in TITLES_AR for t in window
            ):
                continue
            j = s.last + 1
            while (
                j in by_first
                and by_first[j].label != "PERSON"
                and "(" in text[toks[j - 1].end : toks[j].start]
            ):
                j = by_first[j].last + 1  # (انتربول)
            if j >= len(toks) or taken[j]:
                continue
            gap = text[toks[j - 1].end : toks[j].start]
            if gap.strip(" )\u00a0") or "\n" in gap:
                continue
            last = self._name_chain(text, toks, j, taken, limit=4)
            end_gap = text[toks[last].end : toks[last + 1].start] if last + 1 < len(toks) else "."
            if last >= j and (last > j or re.search(r"[،,.;:)]", end_gap)):
                self._place(spans, taken, self._span(text, toks, j, last, 0, "PERSON", None, 0.7))

    def _english_caps(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        i = 0
        while i < len(toks):
            tok = toks[i]
            if taken[i] or tok.arabic or not tok.capitalized:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(toks)
                and not taken[j + 1]
                and self._joined(text, toks, j, j + 1)
                and (
                    toks[j + 1].capitalized
                    or (toks[j + 1].norm in CONNECTORS_EN and j + 2 < len(toks) and toks[j + 2].capitalized)
                )
            ):
                j += 1
            first = i
            sentence_start = first == 0 or _SENTENCE_END.search(
                text[max(0, toks[first].start - 3) : toks[first].start]
            )
            if (
                sentence_start
                and toks[first].norm in self.res.common
                and toks[first].norm not in self.res.given_names
            ):
                first += 1
            while j >= first and toks[j].norm in CONNECTORS_EN:
                j -= 1
            if j >= first:
                words = [t.norm.rstrip(".") for t in toks[first : j + 1]]
                if words[-1] in ORG_HEADS_EN or (words[0] in ORG_FIRST_EN and len(words) > 2):
                    self._place(spans, taken, self._span(text, toks, first, j, 0, "ORGANIZATION", None, 0.7))
                elif words[0] in self.res.given_names and j > first:
                    self._place(spans, taken, self._span(text, toks, first, j, 0, "PERSON", None, 0.75))
            i = j + 1 if j >= i else i + 1

    def _coreference(self, text: str, toks: list[Token], spans: list[Span], taken: list[bool]) -> None:
        """A person's family name alone (ستوك، Stock) later in the text is the same person."""
        keys: dict[tuple[str, ...], Span] = {}
        for s in spans:
            if s.label != "PERSON" or s.last == s.first:
                continue
            name_toks = [t for t in toks[s.first : s.last + 1] if t.norm not in CONNECTORS_AR]
            tail = [t.norm for t in name_toks]
            # Arabic has no capitals: a family name that is also a common word is too ambiguous there
            if (
                len(tail) >= 2
                and len(tail[-1]) >= 3
                and (not name_toks[-1].arabic or tail[-1] not in self.res.common)
            ):
                keys.setdefault((tail[-1],), s)
                keys.setdefault(tuple(tail[-2:]), s)
        if not keys:
            return
        longest = max(len(k) for k in keys)
        starts = {k[0] for k in keys}
        for i, tok in enumerate(toks):
            if taken[i] or (not tok.arabic and not tok.capitalized):
                continue
            if tok.norm not in starts and not (
                tok.arabic and any(st in starts for _, st in clitic_splits(tok.norm))
            ):
                continue
            for cut, stem in clitic_splits(tok.norm) if tok.arabic else ((0, tok.norm),):
                for length in range(min(longest, len(toks) - i), 0, -1):
                    key = (stem, *(t.norm for t in toks[i + 1 : i + length]))
                    target = keys.get(key)
                    if target is not None and not any(taken[i : i + length]):
                        self._place(
                            spans,
                            taken,
                            self._span(text, toks, i, i + length - 1, cut, "PERSON", target.canonical, 0.65),
                        )
                        break
                else:
                    continue
                break

    @staticmethod
    def _merge_people(toks: list[Token], spans: list[Span]) -> None:
        """علي كومان beside محمد بن علي كومان: a name that ends another, longer one is that person."""
        people = [
            (tuple(t.norm for t in toks[s.first : s.last + 1] if t.norm not in CONNECTORS_AR), s)
            for s in spans
            if s.label == "PERSON"
        ]
        for words, s in people:
            longer = [(w, o) for w, o in people if len(w) > len(words) and w[-len(words) :] == words]
            if len(words) >= 2 and longer:
                s.canonical = max(longer, key=lambda p: len(p[0]))[1].canonical

    def __call__(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[Entity]:
        toks = tokens if tokens is not None else tokenize(text)
        spans: list[Span] = []
        taken = [False] * len(toks)
        self._honorific_people(text, toks, spans, taken)
        self._gazetteer(text, toks, spans, taken)
        self._arabic_orgs(text, toks, spans, taken)
        self._given_name_people(text, toks, spans, taken)
        self._appositive_people(text, toks, spans, taken)
        self._english_caps(text, toks, spans, taken)
        self._coreference(text, toks, spans, taken)
        self._merge_people(toks, spans)
        spans.sort(key=lambda s: s.start)
        return [
            Entity(
                text=text[s.start : s.end],
                label=s.label,
                start=s.start,
                end=s.end,
                canonical=s.canonical,
                confidence=s.confidence,
            )
            for s in spans
        ]
