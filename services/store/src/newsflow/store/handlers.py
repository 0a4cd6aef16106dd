"""The store's message handling: parse, write the batch in one transaction, then acknowledge.

The acknowledgement comes after the commit: a crash in between makes the batch be delivered again,
and the upsert makes that harmless. When the database is unreachable or locked, the error is an outage
(the consumer keeps the batch and retries it); when a batch fails for a reason in its data, each
article is written on its own, so one bad row holds back only itself.
"""

from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from newsflow.shared import tracing
from newsflow.shared.consumer import Failures
from newsflow.shared.contracts import EnrichedArticle
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import ARTICLES, STORE_BATCH, STORE_COMMIT
from newsflow.shared.streams import ENRICHED, STORE_GROUP
from newsflow.shared.wire import Entry, commit_batch, parse_batch
from newsflow.store.repository import store_batch

log = get_logger("newsflow.store")


def database_outage(exc: BaseException) -> bool:
    """Unreachable, restarting, locked, out of connections: the database's trouble, not the article's."""
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


class StoreHandler:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.stored = 0

    def _store(
        self, good: list[tuple[Entry, EnrichedArticle]]
    ) -> tuple[int, list[tuple[Entry, BaseException]]]:
        try:
            return store_batch(self.engine, [a for _, a in good]), []
        except Exception as exc:
            if database_outage(exc) or len(good) == 1:
                raise
            log.warning("batch.split", entries=len(good), error=f"{type(exc).__name__}: {exc}"[:500])
        stored, failed = 0, list[tuple[Entry, BaseException]]()
        for entry, article in good:  # one transaction each: find the rows that cannot be written
            try:
                stored += store_batch(self.engine, [article])
            except Exception as exc:
                if database_outage(exc):
                    raise
                failed.append((entry, exc))
        return stored, failed

    async def __call__(self, redis: Redis, entries: list[Entry]) -> Failures:
        good, dead = parse_batch(entries, EnrichedArticle, ENRICHED, "store")
        started = time.perf_counter()
        started_ns = time.time_ns()
        n, failed = await asyncio.to_thread(self._store, good) if good else (0, [])
        commit_ms = (time.perf_counter() - started) * 1000
        failed_ids = {e.id for e, _ in failed}
        await commit_batch(
            redis,
            source_stream=ENRICHED,
            group=STORE_GROUP,
            ack_ids=[e.id for e in entries if e.id not in failed_ids],
            dead=dead,
        )
        self.stored += n
        if good:
            STORE_BATCH.observe(n)
            STORE_COMMIT.observe(commit_ms / 1000)
        ARTICLES.labels(stage="store", outcome="stored").inc(n)
        if dead:
            ARTICLES.labels(stage="store", outcome="dead").inc(len(dead))
        batch = entries[0].id if entries else ""
        if tracing.enabled():
            ended_ns = time.time_ns()
            for entry, a in good:
                tracing.record_span(
                    "newsflow.store",
                    entry.fields,
                    started_ns,
                    ended_ns,
                    {
                        "messaging.system": "redis",
                        "messaging.destination.name": ENRICHED,
                        "messaging.message.id": entry.id,
                        "article_id": a.id,
                        "batch": batch,
                        "batch_size": len(good),
                        "stored": entry.id not in failed_ids,
                    },
                )
        for entry, a in good:
            if entry.id not in failed_ids:
                log.debug(
                    "article.stored",
                    article_id=a.id,
                    correlation_id=entry.correlation_id,
                    stage="store",
                    batch=batch,
                    batch_size=len(good),
                    commit_ms=round(commit_ms, 2),
                )
        if good:
            log.info(
                "batch.stored",
                batch=batch,
                articles=n,
                entries=len(entries),
                dead=len(dead),
                failed=len(failed),
                commit_ms=round(commit_ms, 2),
                stage="store",
                article_ids=[a.id for _, a in good][:10],
            )
        return failed
