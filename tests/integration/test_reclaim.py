"""Pending entries are never stranded: a dead replica's are taken over, a failed batch is retried."""

import json
from pathlib import Path

import pytest
import redis
from faststream import TestApp
from redis.asyncio import Redis

from newsflow.enrich.app import create_app as create_enrich
from newsflow.enrich.settings import EnrichSettings
from newsflow.shared.consumer import subscribe_batches
from newsflow.shared.service import make_broker, service_app
from newsflow.shared.settings import ServiceSettings
from newsflow.shared.streams import ENRICH_GROUP, ENRICHED, RAW
from newsflow.shared.wire import Entry
from tests.conftest import eventually


@pytest.fixture(autouse=True)
def _health_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))


async def test_entries_of_a_replica_that_never_comes_back_are_taken_over(
    sync_redis: redis.Redis, redis_url: str
) -> None:
    sync_redis.xgroup_create(RAW, ENRICH_GROUP, id="0", mkstream=True)
    for n in range(3):
        sync_redis.xadd(RAW, {"data": json.dumps({"body": f"Police chiefs met in Marrakesh, day {n}."})})
    sync_redis.xreadgroup(
        ENRICH_GROUP, "enrich-gone", {RAW: ">"}, count=10
    )  # delivered, then the replica died
    app = create_enrich(
        EnrichSettings(redis_url=redis_url, consumer_name="enrich-new", claim_idle_ms=200, poll_ms=50)
    )
    async with TestApp(app):
        await eventually(lambda: sync_redis.xpending(RAW, ENRICH_GROUP)["pending"] == 0)
    assert sync_redis.xlen(ENRICHED) == 3


async def test_a_batch_that_failed_is_retried_without_a_restart(
    sync_redis: redis.Redis, redis_url: str
) -> None:
    stream, group = "test:flaky", "g"
    sync_redis.xgroup_create(stream, group, id="0", mkstream=True)
    sent = {sync_redis.xadd(stream, {"data": json.dumps({"n": n})}) for n in range(5)}
    done: list[str] = []
    failures = 0

    async def flaky(client: Redis, entries: list[Entry]) -> None:
        nonlocal failures
        if failures == 0:
            failures += 1
            raise ConnectionError("database unreachable")  # the first attempt fails, nothing is acknowledged
        done.extend(e.id for e in entries)
        await client.xack(stream, group, *[e.id for e in entries])

    settings = ServiceSettings(redis_url=redis_url, consumer_name="c1", claim_idle_ms=200, poll_ms=50)
    broker = make_broker(settings)
    app = service_app(broker, settings, "test")
    subscribe_batches(app, broker, stream=stream, group=group, settings=settings, process=flaky, stage="test")
    async with TestApp(app):
        await eventually(lambda: set(done) == sent)
        await eventually(lambda: sync_redis.xpending(stream, group)["pending"] == 0)
    assert failures == 1
    assert sorted(done) == sorted(sent), "each entry processed once after the failure, none lost"


async def test_entries_deleted_while_pending_do_not_linger(sync_redis: redis.Redis, redis_url: str) -> None:
    sync_redis.xgroup_create(RAW, ENRICH_GROUP, id="0", mkstream=True)
    ids = [sync_redis.xadd(RAW, {"data": json.dumps({"body": f"text {n}"})}) for n in range(2)]
    sync_redis.xreadgroup(ENRICH_GROUP, "enrich-a", {RAW: ">"}, count=10)
    sync_redis.xdel(RAW, ids[0])
    app = create_enrich(EnrichSettings(redis_url=redis_url, consumer_name="enrich-a", poll_ms=50))
    async with TestApp(app):
        await eventually(lambda: sync_redis.xpending(RAW, ENRICH_GROUP)["pending"] == 0)
    assert sync_redis.xlen(ENRICHED) == 1
