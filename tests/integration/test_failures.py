"""What happens when things fail: outages wait, bad messages are retried then dead-lettered, nothing is lost."""

import asyncio
import json
import sqlite3
import time
from pathlib import Path

import pytest
import redis
from faststream import TestApp
from redis.asyncio import Redis

from newsflow.shared.consumer import Failures, subscribe_batches
from newsflow.shared.contracts import DeadLetter, EnrichedArticle, Enricher, Language
from newsflow.shared.service import make_broker, service_app
from newsflow.shared.settings import ServiceSettings
from newsflow.shared.streams import DEAD, ENRICHED, STORE_GROUP
from newsflow.shared.wire import Entry, Outgoing
from newsflow.store import migrate
from newsflow.store.app import create_app as create_store
from newsflow.store.db import make_engine
from newsflow.store.read import count_articles
from newsflow.store.settings import StoreSettings
from tests.conftest import eventually


@pytest.fixture(autouse=True)
def _health_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))


def consumer_app(redis_url: str, stream: str, process, **settings):  # type: ignore[no-untyped-def]
    s = ServiceSettings(redis_url=redis_url, consumer_name="c1", poll_ms=50, **settings)
    broker = make_broker(s)
    app = service_app(broker, s, "test")
    subscribe_batches(app, broker, stream=stream, group="g", settings=s, process=process, stage="test")
    return app


async def test_a_message_that_always_fails_is_dead_lettered_with_its_last_error(
    sync_redis: redis.Redis, redis_url: str
) -> None:
    stream = "test:bad"
    sync_redis.xgroup_create(stream, "g", id="0", mkstream=True)
    ids = [
        sync_redis.xadd(stream, {"data": json.dumps({"n": n}), "correlation_id": f"c{n}"}) for n in range(4)
    ]
    bad = ids[2]
    done: list[str] = []

    async def process(client: Redis, entries: list[Entry]) -> Failures:
        ok = [e for e in entries if e.id != bad]
        done.extend(e.id for e in ok)
        if ok:
            await client.xack(stream, "g", *[e.id for e in ok])
        return [(e, ValueError("cannot enrich this one")) for e in entries if e.id == bad]

    app = consumer_app(redis_url, stream, process, claim_idle_ms=100, max_deliveries=3)
    async with TestApp(app):
        await eventually(lambda: sync_redis.xlen(DEAD) == 1)
        await eventually(lambda: sync_redis.xpending(stream, "g")["pending"] == 0)
    assert sorted(done) == sorted(set(ids) - {bad}), "the others went through at once, once"
    [(_, fields)] = sync_redis.xrange(DEAD)
    letter = DeadLetter.model_validate_json(fields["data"])
    assert letter.entry_id == bad
    assert letter.stream == stream
    assert letter.fields == {"data": json.dumps({"n": 2}), "correlation_id": "c2"}, "the original, untouched"
    assert letter.deliveries == 4
    assert letter.reason.type == "MaxDeliveriesExceeded"
    assert "ValueError: cannot enrich this one" in letter.reason.message
    assert fields["correlation_id"] == "c2"


async def test_an_outage_keeps_the_batch_in_hand_and_burns_no_deliveries(
    sync_redis: redis.Redis, redis_url: str
) -> None:
    stream = "test:outage"
    sync_redis.xgroup_create(stream, "g", id="0", mkstream=True)
    ids = {sync_redis.xadd(stream, {"data": json.dumps({"n": n})}) for n in range(3)}
    down_until = time.monotonic() + 2.0
    attempts = 0
    done: list[str] = []

    async def process(client: Redis, entries: list[Entry]) -> None:
        nonlocal attempts
        attempts += 1
        if time.monotonic() < down_until:
            raise ConnectionError("database unreachable")
        done.extend(e.id for e in entries)
        await client.xack(stream, "g", *[e.id for e in entries])

    app = consumer_app(redis_url, stream, process, claim_idle_ms=200, max_deliveries=1)
    async with TestApp(app):
        await asyncio.sleep(1.0)
        counts = [p["times_delivered"] for p in sync_redis.xpending_range(stream, "g", "-", "+", 10)]
        assert counts == [1, 1, 1], "the reclaimer does not take entries away during an outage"
        await eventually(lambda: set(done) == ids, timeout=20)
    assert attempts >= 3
    assert sync_redis.xlen(DEAD) == 0, "an outage is not the messages' fault"


def enriched_entry(n: int, language: str = "ar") -> dict[str, str]:
    doc = EnrichedArticle(
        id=f"a{n}",
        body=f"نص {n}",
        language=Language(code=language, confidence=0.9),
        enricher=Enricher(name="t", version="1"),
    )
    return Outgoing(doc, {"correlation_id": f"c{n}"}).fields()


async def test_store_waits_while_sqlite_is_locked(
    sync_redis: redis.Redis, redis_url: str, tmp_path: Path
) -> None:
    db = tmp_path / "locked.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    for n in range(5):
        sync_redis.xadd(ENRICHED, enriched_entry(n))
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    app = create_store(
        StoreSettings(
            redis_url=redis_url,
            database_url=f"sqlite:///{db}",
            consumer_name="s1",
            poll_ms=50,
            claim_idle_ms=200,
            max_deliveries=1,
        )
    )
    async with TestApp(app):
        await asyncio.sleep(1.5)
        blocker.rollback()
        blocker.close()
        await eventually(lambda: count_articles(engine) == 5, timeout=60)
        await eventually(lambda: sync_redis.xpending(ENRICHED, STORE_GROUP)["pending"] == 0)
    assert sync_redis.xlen(DEAD) == 0
    engine.dispose()


@pytest.mark.postgres
async def test_one_bad_row_holds_back_only_itself(
    sync_redis: redis.Redis, redis_url: str, postgres_url: str
) -> None:
    engine = make_engine(postgres_url)
    migrate.upgrade(engine)
    for n in range(4):
        sync_redis.xadd(
            ENRICHED, enriched_entry(n, language="x" * 40 if n == 1 else "ar")
        )  # too long for the column
    app = create_store(
        StoreSettings(
            redis_url=redis_url,
            database_url=postgres_url,
            consumer_name="s1",
            poll_ms=50,
            claim_idle_ms=100,
            max_deliveries=2,
        )
    )
    async with TestApp(app):
        await eventually(lambda: count_articles(engine) == 3)
        await eventually(lambda: sync_redis.xlen(DEAD) == 1, timeout=30)
        await eventually(lambda: sync_redis.xpending(ENRICHED, STORE_GROUP)["pending"] == 0)
    letter = DeadLetter.model_validate_json(sync_redis.xrange(DEAD)[0][1]["data"])
    assert letter.fields["correlation_id"] == "c1"
    assert "DataError" in letter.reason.message or "StringDataRightTruncation" in letter.reason.message
    engine.dispose()


async def test_health_turns_bad_during_an_outage_and_recovers(
    sync_redis: redis.Redis, redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsflow.shared import health

    alive = tmp_path / "alive"  # NEWSFLOW_HEALTH_FILE, set by the autouse fixture
    monkeypatch.setattr(health, "INTERVAL", 0.05)
    stream = "test:health"
    sync_redis.xgroup_create(stream, "g", id="0", mkstream=True)
    down = True

    async def process(client: Redis, entries: list[Entry]) -> None:
        if down:
            raise ConnectionError("database unreachable")
        await client.xack(stream, "g", *[e.id for e in entries])

    app = consumer_app(redis_url, stream, process)
    async with TestApp(app):
        await eventually(lambda: health.is_fresh(alive, max_age=0.5))
        sync_redis.xadd(stream, {"data": "{}"})
        await asyncio.sleep(1.0)
        assert not health.is_fresh(alive, max_age=0.5), "unhealthy while waiting out the outage"
        down = False
        await eventually(lambda: health.is_fresh(alive, max_age=0.5), timeout=10)


async def test_an_attempt_that_went_through_before_the_connection_dropped_is_not_repeated(
    sync_redis: redis.Redis, redis_url: str
) -> None:
    stream = "test:ambiguous"
    sync_redis.xgroup_create(stream, "g", id="0", mkstream=True)
    ids = [sync_redis.xadd(stream, {"data": json.dumps({"n": n})}) for n in range(3)]
    calls = 0

    async def process(client: Redis, entries: list[Entry]) -> None:
        nonlocal calls
        calls += 1
        await client.xack(stream, "g", *[e.id for e in entries])  # the effect and its ack happened ...
        if calls == 1:
            raise ConnectionError("connection lost")  # ... but the reply was lost

    app = consumer_app(redis_url, stream, process, claim_idle_ms=200)
    async with TestApp(app):
        await eventually(lambda: calls >= 1)
        await asyncio.sleep(1.5)
    assert calls == 1, "acknowledged entries are not processed a second time"
    assert sync_redis.xpending(stream, "g")["pending"] == 0
    assert len(ids) == 3
