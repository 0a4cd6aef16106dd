"""The read side over HTTP, on the store's ``NEWSFLOW_HTTP_PORT`` beside its health and metrics.

``GET /articles`` (filters: entity, entity_label, topic, language, source, since, until, q; limit and
offset), ``GET /articles/{id}``, ``GET /entities``, ``GET /topics``, ``GET /topics/timeline``,
``GET /stats`` (what is stored, plus the pipeline's streams, lag and dead letters), and ``GET /``: a
small read-only page over the same API. OpenAPI at ``/openapi.json``, interactive docs at ``/docs``.
The endpoints are plain functions: FastAPI runs them in its thread pool with the store's sync engine.
"""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from newsflow.shared.contracts import EnrichedArticle
from newsflow.store import read
from newsflow.store.read import ArticleQuery, EntityLabel


class ArticlePage(BaseModel):
    total: int = Field(description="articles matching the filters")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, null on the last one")
    items: list[EnrichedArticle]


class EntityCount(BaseModel):
    label: EntityLabel
    canonical: str
    articles: int = Field(description="articles mentioning it")
    mentions: int


class TopicCount(BaseModel):
    code: str
    label: str
    label_ar: str | None
    articles: int
    mean_score: float


class TopicDay(BaseModel):
    day: str
    code: str
    label: str
    articles: int


class StreamInfo(BaseModel):
    stream: str
    length: int | None
    groups: list[dict[str, Any]] = Field(default_factory=list)


class Stats(BaseModel):
    articles: int
    by_language: dict[str, int]
    entities: int
    mentions: int
    first_received: str | None
    last_received: str | None
    by_enricher_version: dict[str, int]
    pipeline: list[StreamInfo] = Field(default_factory=list, description="empty when Redis does not answer")
    dead_letters: int | None = None


def read_router(engine: Engine, pipeline_info: Any = None) -> APIRouter:
    """``pipeline_info``: an async callable returning (streams, dead letters) for ``/stats``."""
    router = APIRouter(tags=["read"])

    @router.get("/articles", response_model=ArticlePage, summary="Stored articles, newest first")
    def list_articles(
        entity: Annotated[
            str | None, Query(description="canonical form or a mention as written, e.g. الإنتربول")
        ] = None,
        entity_label: Annotated[
            EntityLabel | None, Query(description="only with an entity of this label")
        ] = None,
        topic: Annotated[str | None, Query(description="IPTC Media Topic code, e.g. medtop:02000000")] = None,
        language: Annotated[str | None, Query(description="ISO 639-1 code, e.g. ar")] = None,
        source: Annotated[str | None, Query(description="the article's source")] = None,
        since: Annotated[datetime | None, Query(description="received at or after (ISO 8601)")] = None,
        until: Annotated[datetime | None, Query(description="received before (ISO 8601)")] = None,
        q: Annotated[str | None, Query(description="text in the title or the body")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> ArticlePage:
        query = ArticleQuery(
            entity=entity,
            entity_label=entity_label,
            topic=topic,
            language=language,
            source=source,
            since=since,
            until=until,
            text=q,
        )
        total = read.count_articles(engine, query)
        items = read.list_articles(engine, limit=limit, offset=offset, query=query)
        nxt = offset + limit if offset + limit < total else None
        return ArticlePage(total=total, limit=limit, offset=offset, next_offset=nxt, items=items)

    @router.get("/articles/{article_id}", response_model=EnrichedArticle, summary="One article")
    def get_article(article_id: str) -> EnrichedArticle:
        found = read.get_article(engine, article_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return found

    @router.get("/entities", response_model=list[EntityCount], summary="The most mentioned entities")
    def list_entities(
        label: EntityLabel | None = None,
        topic: str | None = None,
        language: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> list[EntityCount]:
        query = ArticleQuery(topic=topic, language=language, since=since, until=until)
        return [EntityCount(**r) for r in read.top_entities(engine, label=label, limit=limit, query=query)]

    @router.get("/topics", response_model=list[TopicCount], summary="Topics with their article counts")
    def list_topics(
        language: str | None = None, since: datetime | None = None, until: datetime | None = None
    ) -> list[TopicCount]:
        query = ArticleQuery(language=language, since=since, until=until)
        return [TopicCount(**r) for r in read.topic_counts(engine, query)]

    @router.get("/topics/timeline", response_model=list[TopicDay], summary="Articles per day and topic")
    def timeline(days: Annotated[int, Query(ge=1, le=366)] = 30) -> list[TopicDay]:
        return [TopicDay(**r) for r in read.topic_timeline(engine, days=days)]

    @router.get("/stats", response_model=Stats, summary="What is stored, and the pipeline's state")
    async def get_stats() -> Stats:
        import asyncio

        stored = await asyncio.to_thread(read.stats, engine)
        streams: list[StreamInfo] = []
        dead: int | None = None
        if pipeline_info is not None:
            try:
                raw, dead = await pipeline_info()
                streams = [StreamInfo(**s) for s in raw]
            except Exception:
                streams, dead = [], None
        return Stats(**stored, pipeline=streams, dead_letters=dead)

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse((files("newsflow.store") / "web" / "index.html").read_text(encoding="utf-8"))

    return router


def mount_read_api(api: FastAPI, engine: Engine, pipeline_info: Any = None) -> None:
    api.include_router(read_router(engine, pipeline_info))
