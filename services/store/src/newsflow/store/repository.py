"""The write side: one transaction per batch, SQLAlchemy Core bulk upserts, idempotent by article id.

Delivering the same article twice (or re-enriching it) leaves one row in ``articles`` and replaces
its entity mentions and topics, so redelivery never duplicates anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from newsflow.shared.contracts import EnrichedArticle
from newsflow.store.models import article_entities, article_topics, articles, entities

_UPDATABLE = [c.name for c in articles.columns if c.name != "id"]


def _dialect_insert(conn: Connection, table: Any) -> Any:
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def article_row(a: EnrichedArticle, stored_at: datetime) -> dict[str, Any]:
    return {
        "id": a.article_id,
        "schema_version": a.schema_version,
        "title": a.title,
        "body": a.body,
        "source": a.source,
        "url": a.url,
        "author": a.author,
        "published_at": a.published_at,
        "received_at": a.received_at,
        "language": a.language.code,
        "language_confidence": a.language.confidence,
        "metadata": a.metadata,
        "enriched_at": a.enriched_at,
        "enricher_name": a.enricher.name,
        "enricher_version": a.enricher.version,
        "stored_at": stored_at,
    }


def upsert_articles(conn: Connection, batch: Sequence[EnrichedArticle]) -> int:
    """Upsert a batch inside the caller's transaction; returns the number of distinct articles."""
    latest: dict[str, EnrichedArticle] = {}
    for a in batch:  # the same article twice in one batch: the last delivery wins
        latest[a.article_id] = a
    if not latest:
        return 0
    now = datetime.now(UTC)
    ids = list(latest)
    stmt = _dialect_insert(conn, articles)
    stmt = stmt.on_conflict_do_update(index_elements=["id"], set_={c: stmt.excluded[c] for c in _UPDATABLE})
    conn.execute(stmt, [article_row(a, now) for a in latest.values()])

    conn.execute(delete(article_entities).where(article_entities.c.article_id.in_(ids)))
    conn.execute(delete(article_topics).where(article_topics.c.article_id.in_(ids)))

    keys = {(e.label, e.canonical) for a in latest.values() for e in a.entities}
    entity_ids: dict[tuple[str, str], int] = {}
    if keys:
        ins = _dialect_insert(conn, entities).on_conflict_do_nothing(index_elements=["label", "canonical"])
        conn.execute(ins, [{"label": lab, "canonical": can} for lab, can in sorted(keys)])
        key_list = sorted(keys)
        for i in range(0, len(key_list), 500):
            chunk = key_list[i : i + 500]
            rows = conn.execute(
                select(entities.c.id, entities.c.label, entities.c.canonical).where(
                    tuple_(entities.c.label, entities.c.canonical).in_(chunk)
                )
            )
            entity_ids.update({(r.label, r.canonical): r.id for r in rows})
    mentions = []
    for a in latest.values():
        seen_spans: set[tuple[int, int]] = set()
        for e in a.entities:
            if (e.start, e.end) in seen_spans:
                continue
            seen_spans.add((e.start, e.end))
            mentions.append(
                {
                    "article_id": a.article_id,
                    "start_char": e.start,
                    "end_char": e.end,
                    "entity_id": entity_ids[(e.label, e.canonical)],
                    "text": e.text,
                    "confidence": e.confidence,
                }
            )
    if mentions:
        conn.execute(insert(article_entities), mentions)
    topic_rows = [
        {
            "article_id": a.article_id,
            "code": t.code,
            "label": t.label,
            "label_ar": t.label_ar,
            "score": t.score,
        }
        for a in latest.values()
        for t in {t.code: t for t in a.topics}.values()
    ]
    if topic_rows:
        conn.execute(insert(article_topics), topic_rows)
    return len(latest)


def store_batch(engine: Engine, batch: Sequence[EnrichedArticle]) -> int:
    """One transaction for the whole batch: all of it is stored, or none of it."""
    with engine.begin() as conn:
        return upsert_articles(conn, batch)
