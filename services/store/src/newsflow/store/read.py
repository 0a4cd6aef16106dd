"""The read side: stored articles back in the ``EnrichedArticle`` shape."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select

from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, Topic
from newsflow.store.models import article_entities, article_topics, articles, entities


def count_articles(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def list_articles(engine: Engine, limit: int = 20, offset: int = 0) -> list[EnrichedArticle]:
    with engine.connect() as conn:
        rows = (
            conn.execute(
                select(articles)
                .order_by(articles.c.received_at.desc(), articles.c.id)
                .limit(limit)
                .offset(offset)
            )
            .mappings()
            .all()
        )
        ids = [r["id"] for r in rows]
        ents: dict[str, list[Entity]] = defaultdict(list)
        tops: dict[str, list[Topic]] = defaultdict(list)
        if ids:
            q = (
                select(article_entities, entities.c.label, entities.c.canonical)
                .join(entities, entities.c.id == article_entities.c.entity_id)
                .where(article_entities.c.article_id.in_(ids))
                .order_by(article_entities.c.start_char)
            )
            for m in conn.execute(q).mappings():
                ents[m["article_id"]].append(
                    Entity(
                        text=m["text"],
                        label=m["label"],
                        start=m["start_char"],
                        end=m["end_char"],
                        canonical=m["canonical"],
                        confidence=m["confidence"],
                    )
                )
            q2 = (
                select(article_topics)
                .where(article_topics.c.article_id.in_(ids))
                .order_by(article_topics.c.score.desc())
            )
            for t in conn.execute(q2).mappings():
                tops[t["article_id"]].append(
                    Topic(code=t["code"], label=t["label"], label_ar=t["label_ar"], score=t["score"])
                )
    return [_to_model(r, ents[r["id"]], tops[r["id"]]) for r in rows]


def _utc(dt: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without their zone; they were written in UTC."""
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


def _to_model(r: Any, ents: list[Entity], tops: list[Topic]) -> EnrichedArticle:
    return EnrichedArticle(
        schema_version=r["schema_version"],
        id=r["id"],
        title=r["title"],
        body=r["body"],
        source=r["source"],
        url=r["url"],
        author=r["author"],
        published_at=_utc(r["published_at"]),
        received_at=_utc(r["received_at"]),
        metadata=r["metadata"] or {},
        language=Language(code=r["language"], confidence=r["language_confidence"]),
        entities=ents,
        topics=tops,
        enriched_at=_utc(r["enriched_at"]),
        enricher=Enricher(name=r["enricher_name"], version=r["enricher_version"]),
    )
