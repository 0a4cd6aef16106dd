"""Re-enrichment: stored articles go back on the raw stream, as the RawArticle they were."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine

from newsflow.shared import redisconn
from newsflow.shared.contracts import RawArticle
from newsflow.shared.logs import get_logger
from newsflow.shared.streams import RAW
from newsflow.shared.wire import Outgoing, publish
from newsflow.store.read import get_article

log = get_logger("newsflow.store")


async def republish(engine: Engine, redis_url: str, ids: list[str], batch: int = 500) -> int:
    """Publish the articles ``ids`` to the raw stream, ``batch`` per pipelined XADD; how many were sent."""
    redis = redisconn.client(redis_url)
    sent = 0
    try:
        for i in range(0, len(ids), batch):
            items = []
            for article_id in ids[i : i + batch]:
                stored = get_article(engine, article_id)
                if stored is None:  # deleted meanwhile
                    continue
                raw = RawArticle.model_validate(
                    {
                        name: getattr(stored, name)
                        for name in RawArticle.model_fields
                        if name != "schema_version"
                    }
                )
                headers = {"correlation_id": uuid.uuid4().hex, "reenrich_of": stored.enricher.version}
                items.append(Outgoing(raw, headers))
            await publish(redis, RAW, items)
            sent += len(items)
            log.info("reenrich.published", articles=len(items), total=sent)
    finally:
        await redis.aclose()
    return sent
