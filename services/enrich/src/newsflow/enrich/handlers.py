"""The enrich worker's message handling: parse, enrich, publish and acknowledge in one MULTI/EXEC."""

from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis

from newsflow.enrich.pipeline import Pipeline
from newsflow.shared import tracing
from newsflow.shared.consumer import Failures
from newsflow.shared.contracts import RawArticle
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import ARTICLES, ENRICH_SECONDS
from newsflow.shared.streams import ENRICH_GROUP, ENRICHED, RAW
from newsflow.shared.wire import Entry, Outgoing, commit_batch, parse_batch

log = get_logger("newsflow.enrich")


class EnrichHandler:
    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.enriched = 0

    def _enrich_all(self, entries: list[Entry]) -> tuple[list[Outgoing], list[Outgoing], Failures]:
        good, dead = parse_batch(entries, RawArticle, RAW, "enrich")
        out: list[Outgoing] = []
        failed: list[tuple[Entry, BaseException]] = []
        for entry, article in good:
            started = time.perf_counter()
            with tracing.article_span(
                "newsflow.enrich",
                entry.fields,
                attributes={
                    "messaging.system": "redis",
                    "messaging.destination.name": RAW,
                    "messaging.message.id": entry.id,
                    "article_id": article.id,
                    "correlation_id": entry.correlation_id,
                },
            ) as span:
                try:
                    enriched = self.pipeline(article)
                except Exception as exc:  # this article only: it stays pending, the batch goes on
                    if span is not None:
                        span.record_exception(exc)
                    failed.append((entry, exc))
                    continue
                headers = {
                    "correlation_id": entry.correlation_id or entry.id,
                    "source_id": entry.id,
                    "article_id": enriched.article_id,
                }
                tracing.inject(headers)
                if span is not None:
                    span.set_attribute("newsflow.language", enriched.language.code)
                    span.set_attribute("newsflow.entities", len(enriched.entities))
            out.append(Outgoing(enriched, headers))
            ENRICH_SECONDS.observe(time.perf_counter() - started)
            log.debug(
                "article.enriched",
                article_id=enriched.id,
                correlation_id=headers["correlation_id"],
                stage="enrich",
                language=enriched.language.code,
                entities=len(enriched.entities),
                topics=[t.code for t in enriched.topics],
                ms=round((time.perf_counter() - started) * 1000, 2),
            )
        return out, dead, failed

    async def __call__(self, redis: Redis, entries: list[Entry]) -> Failures:
        started = time.perf_counter()
        out, dead, failed = await asyncio.to_thread(self._enrich_all, entries)
        failed_ids = {e.id for e, _ in failed}
        await commit_batch(
            redis,
            source_stream=RAW,
            group=ENRICH_GROUP,
            ack_ids=[e.id for e in entries if e.id not in failed_ids],
            outputs={ENRICHED: out},
            dead=dead,
        )
        self.enriched += len(out)
        ARTICLES.labels(stage="enrich", outcome="enriched").inc(len(out))
        if dead:
            ARTICLES.labels(stage="enrich", outcome="dead").inc(len(dead))
        log.info(
            "batch.enriched",
            articles=len(out),
            dead=len(dead),
            stage="enrich",
            ms=round((time.perf_counter() - started) * 1000, 2),
            article_ids=[o.headers["article_id"] for o in out][:10],
        )
        return failed
