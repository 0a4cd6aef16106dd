"""`newsflow reenrich`: stored articles go back through the running enricher and are updated in place."""

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faststream import TestApp
from sqlalchemy import func, select

from newsflow.enrich.app import create_app as create_enrich
from newsflow.enrich.settings import EnrichSettings
from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language
from newsflow.store import migrate
from newsflow.store.app import create_app as create_store
from newsflow.store.db import make_engine
from newsflow.store.models import article_entities, articles
from newsflow.store.read import get_article
from newsflow.store.repository import store_batch
from newsflow.store.settings import StoreSettings
from tests.conftest import eventually

NEWSFLOW = str(Path(sys.executable).parent / "newsflow")


@pytest.fixture(autouse=True)
def _health_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))


def _old(n: int, body: str, version: str) -> EnrichedArticle:
    return EnrichedArticle(
        id=f"old-{n}",
        title="Interpol in Marrakesh",
        body=body,
        source="archive",
        received_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n),
        language=Language(code="und", confidence=0.0),
        entities=[Entity(text=body[:5], label="PERSON", start=0, end=5, canonical="wrong", confidence=0.1)],
        topics=[],
        enriched_at=datetime(2026, 1, 1, tzinfo=UTC),
        enricher=Enricher(name="newsflow-enrich", version=version),
    )


async def test_reenrich_updates_in_place(database_url: str, redis_url: str) -> None:
    body = "Interpol Secretary General Jürgen Stock met police chiefs in Marrakesh, Morocco, on Monday."
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store_batch(
        engine, [_old(1, body, "0.0.9+language"), _old(2, body, "0.1.0+language"), _old(3, body, "9.0.0")]
    )

    async def run(*args: str) -> str:
        proc = await asyncio.create_subprocess_exec(
            NEWSFLOW,
            "reenrich",
            "--database",
            database_url,
            "--redis-url",
            redis_url,
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await proc.communicate()
        assert proc.returncode == 0, out.decode()
        return out.decode()

    assert "2 article(s) selected" in await run("--enricher-version-below", "1.0.0", "--dry-run")
    enrich = create_enrich(EnrichSettings(redis_url=redis_url, consumer_name="e1", poll_ms=50))
    store = create_store(
        StoreSettings(redis_url=redis_url, database_url=database_url, consumer_name="s1", poll_ms=50)
    )
    async with TestApp(enrich), TestApp(store):
        out = await run("--enricher-version-below", "1.0.0")
        assert "2 article(s) put back on the raw stream" in out

        def updated() -> bool:
            a = get_article(engine, "old-1")
            b = get_article(engine, "old-2")
            return a is not None and b is not None and a.language.code == "en" and b.language.code == "en"

        await eventually(updated)
    for n in (1, 2):
        a = get_article(engine, f"old-{n}")
        assert a is not None
        assert a.enricher.version.startswith("0.2.0")
        assert "wrong" not in {e.canonical for e in a.entities}, "the old entities are replaced"
        assert {"Jürgen Stock", "Marrakesh"} <= {e.canonical for e in a.entities}
        assert a.received_at == datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n), (
            "the article keeps its identity"
        )
    untouched = get_article(engine, "old-3")
    assert untouched is not None
    assert untouched.language.code == "und", "a newer enricher's article is left alone"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 3, (
            "nothing duplicated"
        )
        mentions = conn.execute(
            select(func.count()).select_from(article_entities).where(article_entities.c.article_id == "old-1")
        ).scalar_one()
    assert mentions == len(get_article(engine, "old-1").entities)  # type: ignore[union-attr]
    engine.dispose()


async def test_articles_command_takes_the_read_api_filters(database_url: str) -> None:
    import json

    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store_batch(engine, [_old(1, "Interpol met in Lyon.", "0.1.0"), _old(2, "Police met in Rabat.", "0.1.0")])
    engine.dispose()
    proc = await asyncio.create_subprocess_exec(
        NEWSFLOW,
        "articles",
        "--database",
        database_url,
        "--json",
        "--text",
        "lyon",
        "--since",
        "2026-01-01T00:30:00+00:00",
        "--entity-label",
        "PERSON",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    assert proc.returncode == 0, out.decode()
    assert [a["id"] for a in json.loads(out)] == ["old-1"]
