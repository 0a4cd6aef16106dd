"""Choosing the entity recogniser: ``NEWSFLOW_RECOGNIZER`` = ``crf`` (default), ``crf:DIR``, ``rules``,
``spacy:NAME_OR_PATH`` or ``hf:LOCAL_PATH``.

``crf:DIR`` uses the CRF models in DIR (``ner-ar.crfsuite``, ``ner-en.crfsuite``, each with the
``ner-LANG.chars.json`` letter profile it was trained with, as ``scripts/train_crf.py --out`` writes
them) and the shipped model for a language DIR lacks.

spaCy and Hugging Face are optional: install them yourself (``pip install spacy`` plus a pipeline, or
``transformers`` with torch) and point newsflow at a pipeline or a model directory already on disk.
Nothing is downloaded: spaCy loads only an installed package or a path, and Hugging Face runs with
``HF_HUB_OFFLINE=1`` and ``local_files_only``. Their labels are mapped onto newsflow's three
(PERSON, LOCATION, ORGANIZATION); other types are dropped. Canonical forms use the same light
normalisation as the rules.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final

from newsflow.enrich.entities import Recognizer, RuleRecognizer, light_canonical
from newsflow.enrich.resources import Resources
from newsflow.enrich.tokens import Token
from newsflow.shared.contracts import Entity, EntityLabel

LABELS: Final[dict[str, EntityLabel]] = {
    "PER": "PERSON",
    "PERS": "PERSON",
    "PERSON": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "FAC": "LOCATION",
    "LOCATION": "LOCATION",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
}


class RecognizerError(ValueError):
    """The configured recogniser cannot be used (unknown kind, library missing, model not on disk)."""


def _entity(text: str, start: int, end: int, label: str, score: float) -> Entity | None:
    kind = LABELS.get(label.upper().removeprefix("B-").removeprefix("I-"))
    # models often include the white space or punctuation around a word
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if kind is None or end <= start:
        return None
    mention = text[start:end]
    return Entity(
        text=mention,
        label=kind,
        start=start,
        end=end,
        canonical=light_canonical(mention),
        confidence=round(min(max(float(score), 0.0), 1.0), 3),
    )


class SpacyRecognizer:
    """A spaCy pipeline the user installed (package name) or saved (directory)."""

    def __init__(self, model: str) -> None:
        try:
            import spacy
        except ImportError as exc:
            raise RecognizerError("spacy:… needs spaCy installed (pip install spacy)") from exc
        try:
            self.nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise RecognizerError(
                f"spaCy pipeline {model!r} is neither an installed package nor a directory"
            ) from exc
        if "ner" not in self.nlp.pipe_names:
            raise RecognizerError(f"spaCy pipeline {model!r} has no 'ner' component")
        self.name = f"spacy:{Path(model).name}"

    def __call__(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[Entity]:
        doc = self.nlp(text)
        out = []
        for ent in doc.ents:
            e = _entity(text, ent.start_char, ent.end_char, ent.label_, 1.0)
            if e is not None:
                out.append(e)
        return out


class HuggingFaceRecognizer:
    """A token-classification model in a local directory (``save_pretrained`` output), run offline."""

    def __init__(self, path: str) -> None:
        if not Path(path).is_dir():
            raise RecognizerError(f"hf:{path}: not a directory; newsflow never downloads a model")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
        except ImportError as exc:
            raise RecognizerError("hf:… needs transformers and torch installed") from exc
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(path, local_files_only=True)
        self._pipe: Any = pipeline(
            "token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple"
        )
        self.name = f"hf:{Path(path).name}"

    def __call__(self, text: str, lang: str, tokens: list[Token] | None = None) -> list[Entity]:
        out = []
        for r in self._pipe(text):
            e = _entity(text, int(r["start"]), int(r["end"]), str(r["entity_group"]), float(r["score"]))
            if e is not None:
                out.append(e)
        return out


def make_recognizer(spec: str, resources: Resources) -> Recognizer:
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "crf" and not arg:
        from newsflow.enrich.crf import HybridRecognizer

        return HybridRecognizer(resources)
    if kind == "crf" and arg:
        from newsflow.enrich.crf import HybridRecognizer, model_path

        folder = Path(arg)
        if not folder.is_dir():
            raise RecognizerError(f"crf:{arg}: not a directory holding ner-ar.crfsuite or ner-en.crfsuite")
        models = {lang: folder / f"ner-{lang}.crfsuite" for lang in ("ar", "en")}
        if not any(p.is_file() for p in models.values()):
            raise RecognizerError(f"crf:{arg}: holds neither ner-ar.crfsuite nor ner-en.crfsuite")
        try:
            return HybridRecognizer(
                resources, {lang: p if p.is_file() else model_path(lang) for lang, p in models.items()}
            )
        except FileNotFoundError as exc:
            raise RecognizerError(f"crf:{arg}: {exc}") from exc
    if kind == "rules" and not arg:
        return RuleRecognizer(resources)
    if kind == "spacy" and arg:
        return SpacyRecognizer(arg)
    if kind == "hf" and arg:
        return HuggingFaceRecognizer(arg)
    raise RecognizerError(
        f"unknown recogniser {spec!r}: use crf, crf:DIR, rules, spacy:NAME_OR_PATH or hf:LOCAL_PATH"
    )
