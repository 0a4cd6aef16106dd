"""Each service's HTTP side (health, metrics) and the store's read API, against real Redis and real
SQLite and PostgreSQL, through a real HTTP server on a free port."""

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis
from faststream import TestApp
from sqlalchemy import Engine

from newsflow.enrich.app import create_app as create_enrich
from newsflow.enrich.settings import EnrichSettings
from newsflow.ingest.app import create_app as create_ingest
from newsflow.ingest.settings import IngestSettings
from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, RawArticle, Topic
from newsflow.shared.http import http_side
from newsflow.shared.streams import DEAD, ENRICHED, RAW
from newsflow.store import migrate
from newsflow.store.app import create_app as create_store
from newsflow.store.db import make_engine
from newsflow.store.read import ArticleQuery, article_ids
from newsflow.store.repository import store_batch
from newsflow.store.settings import StoreSettings
from tests.conftest import eventually

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(autouse=True)
def _health_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))


def _article(
    n: int,
    lang: str,
    title: str,
    body: str,
    ents: list[tuple[str, str, str]],
    topics: list[str],
    hours_ago: float,
) -> EnrichedArticle:
    entities = []
    for text, label, canonical in ents:
        start = body.index(text)
        entities.append(
            Entity(
                text=text,
                label=label,
                start=start,
                end=start + len(text),
                canonical=canonical,
                confidence=0.9,
            )  # type: ignore[arg-type]
        )
    return EnrichedArticle(
        id=f"art-{n}",
        title=title,
        body=body,
        source="wire" if n % 2 else "inbox",
        received_at=NOW - timedelta(hours=hours_ago),
        language=Language(code=lang, confidence=0.99),
        entities=entities,
        topics=[
            Topic(code=c, label=f"label {c}", label_ar="تسمية", score=0.9 - 0.1 * i)
            for i, c in enumerate(topics)
        ],
        enriched_at=NOW,
        enricher=Enricher(name="newsflow-enrich", version="0.1.0+language" if n < 3 else "0.2.0+language"),
    )


CRIME, POLITICS, SPORT = "medtop:02000000", "medtop:11000000", "medtop:15000000"
ARTICLES = [
    _article(
        1,
        "ar",
        "الإنتربول يجتمع في مراكش",
        "اجتمع قادة الشرطة مع الانتربول في مراكش وتحدث يورغن ستوك.",
        [
            ("الانتربول", "ORGANIZATION", "الإنتربول"),
            ("مراكش", "LOCATION", "مراكش"),
            ("يورغن ستوك", "PERSON", "يورغن ستوك"),
        ],
        [CRIME, POLITICS],
        hours_ago=50,
    ),
    _article(
        2,
        "ar",
        "الإنتربول والأمن",
        "قال الإنتربول إن التعاون مع المغرب مهم.",
        [("الإنتربول", "ORGANIZATION", "الإنتربول"), ("المغرب", "LOCATION", "المغرب")],
        [CRIME],
        hours_ago=20,
    ),
    _article(
        3,
        "en",
        "Interpol chiefs meet in Marrakesh",
        "Interpol police chiefs met in Marrakesh; 100% of delegates_attended.",
        [("Interpol", "ORGANIZATION", "الإنتربول"), ("Marrakesh", "LOCATION", "مراكش")],
        [CRIME],
        hours_ago=2,
    ),
    _article(
        4,
        "en",
        "Cup final tonight",
        "The cup final is played in London tonight.",
        [("London", "LOCATION", "London")],
        [SPORT],
        1,
    ),
]


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    migrate.upgrade(eng)
    store_batch(eng, ARTICLES)
    yield eng
    eng.dispose()


@pytest.fixture
async def store_http(database_url: str, engine: Engine, redis_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = StoreSettings(
        redis_url=redis_url,
        database_url=database_url,
        http_port=0,
        http_host="127.0.0.1",
        consumer_name="s1",
        poll_ms=50,
    )
    app = create_store(settings)
    async with TestApp(app):
        port = http_side(app).port
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            yield client


async def test_store_health_and_metrics(store_http: httpx.AsyncClient, sync_redis: redis.Redis) -> None:
    live = await store_http.get("/health/live")
    assert live.status_code == 200
    assert live.json()["service"] == "store"
    ready = await store_http.get("/health/ready")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"started": True, "redis": True, "consuming": True, "database": True}
    sync_redis.xadd(DEAD, {"data": "{}"})
    sync_redis.xadd(ENRICHED, {"data": "not json"})  # poison: the store dead-letters it
    await eventually(lambda: sync_redis.xlen(DEAD) == 2)
    metrics = (await store_http.get("/metrics")).text
    assert "newsflow_dead_letters 2.0" in metrics
    assert 'newsflow_stream_length{stream="newsflow:articles:enriched"} 1.0' in metrics
    assert 'newsflow_group_pending{group="store",stream="newsflow:articles:enriched"} 0.0' in metrics
    assert 'newsflow_articles_total{outcome="dead",stage="store"}' in metrics
    assert "faststream_received_messages_total" in metrics, "FastStream's Redis middleware is installed"
    assert "newsflow_ready 1.0" in metrics


async def test_read_api_filters(store_http: httpx.AsyncClient) -> None:
    async def ids(**params: str) -> list[str]:
        r = await store_http.get("/articles", params=params)
        assert r.status_code == 200, r.text
        return [a["id"] for a in r.json()["items"]]

    assert await ids() == ["art-4", "art-3", "art-2", "art-1"], "newest first"
    # one canonical entity, whichever spelling the user types
    assert await ids(entity="الإنتربول") == ["art-3", "art-2", "art-1"]
    assert await ids(entity="الانتربول") == ["art-1"], "a mention as written finds its own article"
    assert await ids(entity="مراكش", entity_label="LOCATION") == ["art-3", "art-1"]
    assert await ids(entity_label="PERSON") == ["art-1"]
    assert await ids(topic=SPORT) == ["art-4"]
    assert await ids(language="ar") == ["art-2", "art-1"]
    assert await ids(source="wire") == ["art-3", "art-1"]
    assert await ids(since=(NOW - timedelta(hours=24)).isoformat()) == ["art-4", "art-3", "art-2"]
    assert await ids(until=(NOW - timedelta(hours=24)).isoformat()) == ["art-1"]
    assert await ids(q="مراكش") == ["art-1"]
    assert await ids(q="100%") == ["art-3"], "LIKE wildcards in the search are literal"
    assert await ids(q="delegates_attended") == ["art-3"]
    assert await ids(q="interpol CHIEFS") == ["art-3"], "case-insensitive for Latin letters"
    assert await ids(language="ar", topic=POLITICS) == ["art-1"]
    page = (await store_http.get("/articles", params={"limit": 3})).json()
    assert (page["total"], page["next_offset"], len(page["items"])) == (4, 3, 3)
    last = (await store_http.get("/articles", params={"limit": 3, "offset": 3})).json()
    assert (last["next_offset"], [a["id"] for a in last["items"]]) == (None, ["art-1"])
    bad = await store_http.get("/articles", params={"entity_label": "ANIMAL"})
    assert bad.status_code == 422


async def test_read_api_documents(store_http: httpx.AsyncClient, sync_redis: redis.Redis) -> None:
    one = await store_http.get("/articles/art-1")
    assert one.status_code == 200
    doc = EnrichedArticle.model_validate(one.json())
    assert doc.title == "الإنتربول يجتمع في مراكش"
    assert {e.canonical for e in doc.entities} == {"الإنتربول", "مراكش", "يورغن ستوك"}
    assert (await store_http.get("/articles/nope")).status_code == 404

    ents = (await store_http.get("/entities")).json()
    assert ents[0] == {"label": "ORGANIZATION", "canonical": "الإنتربول", "articles": 3, "mentions": 3}
    assert {(e["canonical"], e["articles"]) for e in ents if e["label"] == "LOCATION"} == {
        ("مراكش", 2),
        ("المغرب", 1),
        ("London", 1),
    }
    people = (await store_http.get("/entities", params={"label": "PERSON"})).json()
    assert [p["canonical"] for p in people] == ["يورغن ستوك"]

    topics = (await store_http.get("/topics")).json()
    assert [(t["code"], t["articles"]) for t in topics] == [(CRIME, 3), (POLITICS, 1), (SPORT, 1)]
    timeline = (await store_http.get("/topics/timeline", params={"days": 30})).json()
    assert sum(d["articles"] for d in timeline if d["code"] == CRIME) == 3

    sync_redis.xadd(RAW, {"data": "{}"})
    stats = (await store_http.get("/stats")).json()
    assert stats["articles"] == 4
    assert stats["by_language"] == {"ar": 2, "en": 2}
    assert stats["entities"] == 5
    assert stats["dead_letters"] == 0
    raw = next(s for s in stats["pipeline"] if s["stream"] == RAW)
    assert raw["length"] == 1

    spec = (await store_http.get("/openapi.json")).json()
    assert {
        "/articles",
        "/articles/{article_id}",
        "/entities",
        "/topics",
        "/stats",
        "/health/ready",
        "/metrics",
    } <= set(spec["paths"])
    page = await store_http.get("/")
    assert page.status_code == 200
    assert "<title>newsflow</title>" in page.text


def test_reenrich_selection(engine: Engine) -> None:
    assert article_ids(engine) == ["art-1", "art-2", "art-3", "art-4"], "oldest first"
    assert article_ids(engine, ArticleQuery(enricher_version_below="0.2.0")) == ["art-1", "art-2"]
    assert article_ids(engine, ArticleQuery(enricher_version_below="0.10.0")) == [
        "art-1",
        "art-2",
        "art-3",
        "art-4",
    ]
    assert article_ids(engine, ArticleQuery(since=NOW - timedelta(hours=3))) == ["art-3", "art-4"]


async def test_enrich_is_ready_once_models_are_loaded(redis_url: str) -> None:
    settings = EnrichSettings(
        redis_url=redis_url, http_port=0, http_host="127.0.0.1", enrichers="language", consumer_name="e1"
    )
    app = create_enrich(settings)
    async with TestApp(app), httpx.AsyncClient(base_url=f"http://127.0.0.1:{http_side(app).port}") as client:
        ready = await client.get("/health/ready")
        assert ready.status_code == 200
        assert ready.json()["checks"]["models"] is True
        r = redis.Redis.from_url(redis_url)
        r.xadd(
            RAW,
            {
                "data": RawArticle(
                    title="t", body="The police chiefs met in Marrakesh on Monday."
                ).model_dump_json()
            },
        )
        await eventually(lambda: r.xlen(ENRICHED) == 1)
        metrics = (await client.get("/metrics")).text
        assert "newsflow_enrich_seconds_count" in metrics
        assert 'newsflow_articles_total{outcome="enriched",stage="enrich"}' in metrics


async def test_ingest_reports_its_inbox_and_turns_unready_without_redis(
    tmp_path: Path, redis_url: str
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "failed").mkdir(parents=True)
    (inbox / "failed" / "bad.txt").write_bytes(b"\x00\x01")
    (inbox / "failed" / "bad.txt.error.json").write_text("{}")
    settings = IngestSettings(
        redis_url=redis_url, inbox=inbox, http_port=0, http_host="127.0.0.1", consumer_name="i1"
    )
    app = create_ingest(settings)
    async with TestApp(app):
        side = http_side(app)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{side.port}") as client:
            metrics = (await client.get("/metrics")).text
            assert 'newsflow_inbox_files{state="failed"} 1.0' in metrics
            assert (await client.get("/health/ready")).status_code == 200
            # Redis gone: not ready (the check's own client points at a closed port now)
            await side.redis.aclose()  # type: ignore[union-attr]
            side.redis = redis.asyncio.Redis(port=1, socket_connect_timeout=0.2)
            ready = await client.get("/health/ready")
            assert ready.status_code == 503
            assert ready.json()["checks"]["redis"] is False
            assert (await client.get("/health/live")).status_code == 200
