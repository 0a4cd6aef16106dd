"""The store's message handling: parse, write the batch in one transaction, then acknowledge.

The acknowledgement comes after the commit: a crash in between makes the batch be delivered again,
and the upsert makes that harmless.
"""

from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis
from sqlalchemy import Engine

from newsflow.shared.contracts import EnrichedArticle
from newsflow.shared.logs import get_logger
from newsflow.shared.streams import ENRICHED, STORE_GROUP
from newsflow.shared.wire import Entry, commit_batch, parse_batch
from newsflow.store.repository import store_batch

log = get_logger("newsflow.store")


class StoreHandler:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.stored = 0

    async def __call__(self, redis: Redis, entries: list[Entry]) -> None:
        good, dead = parse_batch(entries, EnrichedArticle, ENRICHED, "store")
        articles = [a for _, a in good]
        started = time.perf_counter()
        n = await asyncio.to_thread(store_batch, self.engine, articles) if articles else 0
        commit_ms = (time.perf_counter() - started) * 1000
        await commit_batch(
            redis, source_stream=ENRICHED, group=STORE_GROUP, ack_ids=[e.id for e in entries], dead=dead
        )
        self.stored += n
        for entry, a in good:
            log.debug("article.stored", article_id=a.id, correlation_id=entry.correlation_id, stage="store")
        if articles:
            log.info(
                "batch.stored",
                articles=n,
                entries=len(entries),
                dead=len(dead),
                commit_ms=round(commit_ms, 2),
                stage="store",
                article_ids=[a.id for a in articles][:10],
            )
