"""The read side: stored articles back in the ``EnrichedArticle`` shape."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import ColumnElement, Engine, Select, and_, distinct, func, or_, select

from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, Topic
from newsflow.store.models import article_entities, article_topics, articles, entities

EntityLabel = Literal["PERSON", "LOCATION", "ORGANIZATION"]


@dataclass(frozen=True)
class ArticleQuery:
    """Filters shared by ``GET /articles`` and ``newsflow articles``; all of them must hold."""

    entity: str | None = None  # canonical form or any mention's text (الانتربول finds الإنتربول)
    entity_label: EntityLabel | None = None
    topic: str | None = None  # IPTC code, medtop:...
    language: str | None = None
    source: str | None = None
    since: datetime | None = None  # received at or after
    until: datetime | None = None  # received before
    text: str | None = None  # in the title or the body
    enricher_version_below: str | None = None  # re-enrichment only: compared as versions, not text


def _instant(engine: Engine, dt: datetime) -> datetime:
    """Timestamps are written in UTC; SQLite keeps them without their zone, so compare likewise."""
    dt = dt.astimezone(UTC) if dt.tzinfo else dt.replace(tzinfo=UTC)
    return dt.replace(tzinfo=None) if engine.dialect.name == "sqlite" else dt


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _conditions(engine: Engine, q: ArticleQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if q.language:
        conds.append(articles.c.language == q.language)
    if q.source:
        conds.append(articles.c.source == q.source)
    if q.since:
        conds.append(articles.c.received_at >= _instant(engine, q.since))
    if q.until:
        conds.append(articles.c.received_at < _instant(engine, q.until))
    if q.text:
        pattern = _like(q.text)
        conds.append(
            or_(articles.c.title.ilike(pattern, escape="\\"), articles.c.body.ilike(pattern, escape="\\"))
        )
    if q.entity or q.entity_label:
        sub = select(article_entities.c.article_id).join(
            entities, entities.c.id == article_entities.c.entity_id
        )
        if q.entity:
            sub = sub.where(or_(entities.c.canonical == q.entity, article_entities.c.text == q.entity))
        if q.entity_label:
            sub = sub.where(entities.c.label == q.entity_label)
        conds.append(articles.c.id.in_(sub))
    if q.topic:
        conds.append(
            articles.c.id.in_(select(article_topics.c.article_id).where(article_topics.c.code == q.topic))
        )
    return conds


def _filtered(engine: Engine, stmt: Select[Any], q: ArticleQuery | None) -> Select[Any]:
    conds = _conditions(engine, q) if q else []
    return stmt.where(and_(*conds)) if conds else stmt


def count_articles(engine: Engine, query: ArticleQuery | None = None) -> int:
    with engine.connect() as conn:
        stmt = _filtered(engine, select(func.count()).select_from(articles), query)
        return int(conn.execute(stmt).scalar_one())


def version_key(version: str) -> tuple[int, ...]:
    """``0.2.0+language+entities`` -> (0, 2, 0): the release part, compared numerically."""
    release = version.split("+", 1)[0]
    out = []
    for part in release.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


def article_ids(engine: Engine, query: ArticleQuery | None = None, batch: int = 1000) -> list[str]:
    """Ids of every article the query selects, oldest first (for re-enrichment)."""
    below = version_key(query.enricher_version_below) if query and query.enricher_version_below else None
    with engine.connect() as conn:
        stmt = _filtered(
            engine,
            select(articles.c.id, articles.c.enricher_version).order_by(
                articles.c.received_at, articles.c.id
            ),
            query,
        )
        return [
            r[0]
            for r in conn.execute(stmt.execution_options(yield_per=batch))
            if below is None or version_key(r[1]) < below
        ]


def get_article(engine: Engine, article_id: str) -> EnrichedArticle | None:
    found = _load(engine, select(articles).where(articles.c.id == article_id))
    return found[0] if found else None


def list_articles(
    engine: Engine, limit: int = 20, offset: int = 0, query: ArticleQuery | None = None
) -> list[EnrichedArticle]:
    stmt = _filtered(
        engine,
        select(articles).order_by(articles.c.received_at.desc(), articles.c.id).limit(limit).offset(offset),
        query,
    )
    return _load(engine, stmt)


def _load(engine: Engine, stmt: Select[Any]) -> list[EnrichedArticle]:
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
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


def top_entities(
    engine: Engine, label: EntityLabel | None = None, limit: int = 50, query: ArticleQuery | None = None
) -> list[dict[str, Any]]:
    """The most mentioned entities: in how many articles, and how many mentions."""
    n_articles = func.count(distinct(article_entities.c.article_id))
    stmt = (
        select(
            entities.c.label,
            entities.c.canonical,
            n_articles.label("articles"),
            func.count().label("mentions"),
        )
        .join(article_entities, article_entities.c.entity_id == entities.c.id)
        .group_by(entities.c.id, entities.c.label, entities.c.canonical)
        .order_by(n_articles.desc(), func.count().desc(), entities.c.canonical)
        .limit(limit)
    )
    if label:
        stmt = stmt.where(entities.c.label == label)
    conds = _conditions(engine, query) if query else []
    if conds:
        stmt = stmt.join(articles, articles.c.id == article_entities.c.article_id).where(and_(*conds))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def topic_counts(engine: Engine, query: ArticleQuery | None = None) -> list[dict[str, Any]]:
    """Every topic assigned, with its article count and mean score, most frequent first."""
    n = func.count().label("articles")
    stmt = (
        select(
            article_topics.c.code,
            func.max(article_topics.c.label).label("label"),
            func.max(article_topics.c.label_ar).label("label_ar"),
            n,
            func.avg(article_topics.c.score).label("mean_score"),
        )
        .group_by(article_topics.c.code)
        .order_by(n.desc(), article_topics.c.code)
    )
    conds = _conditions(engine, query) if query else []
    if conds:
        stmt = stmt.join(articles, articles.c.id == article_topics.c.article_id).where(and_(*conds))
    with engine.connect() as conn:
        return [
            {**dict(r), "mean_score": round(float(r["mean_score"]), 4)} for r in conn.execute(stmt).mappings()
        ]


def topic_timeline(engine: Engine, days: int = 30, now: datetime | None = None) -> list[dict[str, Any]]:
    """Articles per day and topic over the last ``days`` days (by received time, UTC)."""
    now = now or datetime.now(UTC)
    since = _instant(engine, now) - timedelta(days=days)
    with engine.connect() as conn:
        rows = conn.execute(
            select(articles.c.received_at, article_topics.c.code, article_topics.c.label)
            .join(article_topics, article_topics.c.article_id == articles.c.id)
            .where(articles.c.received_at >= since)
        ).all()
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for received, code, label in rows:
        counts[(_utc(received).date().isoformat(), code, label)] += 1  # type: ignore[union-attr]
    return [
        {"day": day, "code": code, "label": label, "articles": n}
        for (day, code, label), n in sorted(counts.items())
    ]


def _iso(dt: datetime | None) -> str | None:
    value = _utc(dt)
    return value.isoformat() if value is not None else None


def stats(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(articles)).scalar_one())
        by_lang = {
            code: int(n)
            for code, n in conn.execute(
                select(articles.c.language, func.count())
                .group_by(articles.c.language)
                .order_by(func.count().desc())
            )
        }
        n_entities = int(conn.execute(select(func.count()).select_from(entities)).scalar_one())
        n_mentions = int(conn.execute(select(func.count()).select_from(article_entities)).scalar_one())
        first, last = conn.execute(
            select(func.min(articles.c.received_at), func.max(articles.c.received_at))
        ).one()
        versions = {
            v: int(n)
            for v, n in conn.execute(
                select(articles.c.enricher_version, func.count()).group_by(articles.c.enricher_version)
            )
        }
    return {
        "articles": total,
        "by_language": by_lang,
        "entities": n_entities,
        "mentions": n_mentions,
        "first_received": _iso(first),
        "last_received": _iso(last),
        "by_enricher_version": versions,
    }
