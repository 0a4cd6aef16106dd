"""Enrichment as a pure function of the article and the resources loaded once per process."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import UTC, datetime

from newsflow.enrich.entities import Recognizer
from newsflow.enrich.language import LanguageDetector
from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load
from newsflow.enrich.settings import STAGES
from newsflow.enrich.tokens import Token, tokenize
from newsflow.enrich.topics import TopicTagger
from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, RawArticle

NAME = "newsflow-enrich"
VERSION = "0.2.0"


def compiled_modules() -> list[str]:
    """The enricher's modules running as compiled extensions (``scripts/compile.py``; the enrich image
    compiles them), which do what their sources do, about a third faster."""
    from newsflow.enrich import chain, crf, entities, tokens, topics

    return [
        m.__name__.rsplit(".", 1)[1]
        for m in (tokens, chain, entities, topics, crf)
        if not m.__file__ or not m.__file__.endswith(".py")
    ]


class Pipeline:
    def __init__(self, stages: Iterable[str] = STAGES, recognizer: Recognizer | str | None = None) -> None:
        self.stages = frozenset(stages)
        resources = load() if self.stages & {"entities", "topics"} else None
        self.language = LanguageDetector() if "language" in self.stages else None
        self.recognizer: Recognizer | None = None
        if "entities" in self.stages:
            assert resources is not None
            self.recognizer = (
                recognizer
                if recognizer is not None and not isinstance(recognizer, str)
                else make_recognizer(recognizer or "crf", resources)
            )
        self.topics = (
            TopicTagger(resources.iptc) if resources is not None and "topics" in self.stages else None
        )
        used = "+".join(s for s in STAGES if s in self.stages) or "none"
        if self.recognizer is not None:
            used += f"+{self.recognizer.name}"
        self.enricher = Enricher(name=NAME, version=f"{VERSION}+{used}")
        # What was just loaded (millions of objects: gazetteers, lexicons, the tagger's feature tables)
        # lives as long as the process. Frozen, it is no longer walked by each full pass of the cyclic
        # garbage collector, which otherwise took 100 ms or more out of one article in thirty.
        gc.freeze()

    def _entities(self, body: str, lang: str, tokens: list[Token] | None) -> list[Entity]:
        # the tokens are shared with the topic tagger
        return self.recognizer(body, lang, tokens) if self.recognizer else []

    def __call__(self, article: RawArticle, now: datetime | None = None) -> EnrichedArticle:
        text = f"{article.title}\n{article.body}" if article.title else article.body
        language = self.language(text) if self.language else Language(code="und", confidence=0.0)
        tokens = tokenize(article.body) if self.recognizer or self.topics else None
        entities = self._entities(article.body, language.code, tokens)
        topics = self.topics(article.title, article.body, tokens) if self.topics else []
        # the raw article is validated already and the rest is built here: no second validation
        return EnrichedArticle.model_construct(
            **{name: getattr(article, name) for name in RawArticle.model_fields},
            language=language,
            entities=entities,
            topics=topics,
            enriched_at=now or datetime.now(UTC),
            enricher=self.enricher,
        )
