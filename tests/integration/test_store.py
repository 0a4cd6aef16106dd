"""The store on a real SQLite file and a real PostgreSQL: migrations, idempotent batch upserts, the read side."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select

from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, Topic
from newsflow.store import migrate
from newsflow.store.db import make_engine, normalize_url
from newsflow.store.models import article_entities, article_topics, articles, entities, metadata
from newsflow.store.read import list_articles
from newsflow.store.repository import store_batch


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


def article(
    n: int, *, entities_: list[Entity] | None = None, topics: list[Topic] | None = None
) -> EnrichedArticle:
    return EnrichedArticle(
        id=f"a{n}",
        title=f"عنوان {n}",
        body=f"الانتربول في مراكش {n}",
        source="test",
        received_at=datetime(2026, 11, 24, 12, n, tzinfo=UTC),
        metadata={"n": n, "ar": "مراكش"},
        language=Language(code="ar", confidence=0.99),
        entities=entities_
        if entities_ is not None
        else [
            Entity(
                text="الانتربول", label="ORGANIZATION", start=0, end=9, canonical="الإنتربول", confidence=0.95
            ),
            Entity(text="مراكش", label="LOCATION", start=13, end=18, canonical="مراكش", confidence=0.9),
        ],
        topics=topics
        if topics is not None
        else [
            Topic(
                code="medtop:02000000",
                label="crime, law and justice",
                label_ar="جريمة، قانون وقضاء",
                score=0.9,
            )
        ],
        enricher=Enricher(name="test", version="1"),
    )


def counts(engine: Engine) -> tuple[int, int, int, int]:
    with engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()  # type: ignore[return-value]
            for t in (articles, entities, article_entities, article_topics)
        )


def test_users_write_plain_urls() -> None:
    assert normalize_url("sqlite:///x.db") == "sqlite+pysqlite:///x.db"
    assert normalize_url("postgresql://u:p@h/db").startswith("postgresql+psycopg://u:p@h/db")
    with pytest.raises(ValueError, match="unsupported"):
        normalize_url("mysql://h/db")


def test_migrations_are_the_schema(engine: Engine) -> None:
    assert migrate.current(engine) == migrate.head() == "0001"
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == [], "models.py and the migrations disagree"


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    eng.dispose()


def test_same_batch_twice_leaves_the_same_rows(engine: Engine) -> None:
    batch = [article(1), article(2), article(3)]
    assert store_batch(engine, batch) == 3
    first = counts(engine)
    assert first == (3, 2, 6, 3)
    store_batch(engine, batch)
    store_batch(engine, [article(2), article(2)])  # redelivered within one batch too
    assert counts(engine) == first


def test_reenrichment_replaces_mentions_and_topics(engine: Engine) -> None:
    store_batch(engine, [article(1)])
    store_batch(
        engine,
        [
            article(
                1,
                entities_=[
                    Entity(
                        text="مراكش", label="LOCATION", start=13, end=18, canonical="مراكش", confidence=0.9
                    )
                ],
                topics=[],
            )
        ],
    )
    assert counts(engine) == (1, 2, 1, 0)


def test_read_side_gives_back_the_enriched_shape(engine: Engine) -> None:
    original = article(7)
    store_batch(engine, [original])
    [back] = list_articles(engine)
    assert back.model_dump(exclude={"enriched_at"}) == original.model_dump(exclude={"enriched_at"})
    assert back.received_at.tzinfo is not None


def test_store_picks_drivers_for_postgres_urls(postgres_url: str) -> None:
    eng = make_engine(postgres_url)
    assert eng.dialect.name == "postgresql"
    assert eng.dialect.driver == "psycopg"
    eng.dispose()
