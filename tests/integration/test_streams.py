"""enrich and store on a real Redis, talking the plain wire format with clients that know nothing of FastStream."""

import json
from pathlib import Path

import pytest
import redis
from faststream import TestApp

from newsflow.enrich.app import create_app as create_enrich
from newsflow.enrich.settings import EnrichSettings
from newsflow.shared.contracts import DeadLetter, EnrichedArticle
from newsflow.shared.streams import DEAD, ENRICH_GROUP, ENRICHED, RAW, STORE_GROUP
from newsflow.store.app import create_app as create_store
from newsflow.store.db import make_engine
from newsflow.store.read import count_articles, list_articles
from newsflow.store.settings import StoreSettings
from tests.conftest import eventually


def plain_article(n: int) -> dict[str, str]:
    return {
        "data": json.dumps(
            {
                "title": f"Interpol meeting {n}",
                "body": f"Interpol chiefs met in Marrakesh, Morocco, "
                f"on day {n} to discuss cooperation against crime and terrorism.",
            }
        ),
        "correlation_id": f"corr-{n}",
    }


@pytest.fixture
def env(redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))
    return f"sqlite:///{tmp_path / 'db.sqlite'}"


async def test_plain_xadd_in_rows_out_and_poison_to_dead(
    sync_redis: redis.Redis, redis_url: str, env: str
) -> None:
    # published before any enrich replica ever started: the groups start from the beginning
    for n in range(5):
        sync_redis.xadd(RAW, plain_article(n))
    sync_redis.xadd(RAW, {"data": "{not json"})
    sync_redis.xadd(RAW, {"data": json.dumps({"title": "empty"}), "correlation_id": "bad-1"})
    sync_redis.xadd(RAW, {"data": json.dumps({"body": ""})})

    common = {"redis_url": redis_url, "batch_size": 4, "poll_ms": 50}
    enrich = create_enrich(EnrichSettings(consumer_name="enrich-t", **common))
    store = create_store(StoreSettings(consumer_name="store-t", database_url=env, **common))
    engine = make_engine(env)
    async with TestApp(enrich), TestApp(store):
        await eventually(lambda: count_articles(engine) == 5)
        await eventually(lambda: sync_redis.xlen(DEAD) == 3)
        await eventually(lambda: sync_redis.xpending(RAW, ENRICH_GROUP)["pending"] == 0)
        await eventually(lambda: sync_redis.xpending(ENRICHED, STORE_GROUP)["pending"] == 0)

    stored = {a.title: a for a in list_articles(engine)}
    assert set(stored) == {f"Interpol meeting {n}" for n in range(5)}
    a = stored["Interpol meeting 0"]
    assert a.language.code == "en"
    assert {("ORGANIZATION", "Interpol"), ("LOCATION", "Marrakesh"), ("LOCATION", "Morocco")} <= {
        (e.label, e.canonical) for e in a.entities
    }
    assert a.topics
    assert a.topics[0].code == "medtop:02000000"
    engine.dispose()

    # every dead letter says why, and carries the original entry untouched
    letters = [DeadLetter.model_validate_json(f["data"]) for _, f in sync_redis.xrange(DEAD)]
    reasons = sorted(d.reason.message for d in letters)
    assert any("not valid JSON" in r for r in reasons)
    assert sum("body" in r for r in reasons) == 2
    assert {d.service for d in letters} == {"enrich"}
    assert any(
        d.fields == {"data": json.dumps({"title": "empty"}), "correlation_id": "bad-1"} for d in letters
    )
    assert all(d.stream == RAW and d.entry_id for d in letters)


async def test_enriched_stream_is_readable_by_a_plain_client_with_its_own_group(
    sync_redis: redis.Redis, redis_url: str, env: str
) -> None:
    sync_redis.xgroup_create(ENRICHED, "analytics", id="0", mkstream=True)
    for n in range(3):
        sync_redis.xadd(RAW, plain_article(n))
    enrich = create_enrich(EnrichSettings(redis_url=redis_url, consumer_name="e1", poll_ms=50))
    async with TestApp(enrich):
        await eventually(lambda: sync_redis.xlen(ENRICHED) == 3)
    resp = sync_redis.xreadgroup("analytics", "reader-1", {ENRICHED: ">"}, count=10)
    [(_, entries)] = resp
    assert len(entries) == 3
    for entry_id, fields in entries:
        assert set(fields) >= {"data", "correlation_id", "content_type"}
        assert fields["correlation_id"].startswith("corr-")
        doc = json.loads(fields["data"])
        assert doc["schema_version"] == 1
        assert doc["language"]["code"] == "en"
        EnrichedArticle.model_validate(doc)
        sync_redis.xack(ENRICHED, "analytics", entry_id)
    assert sync_redis.xlen(ENRICHED) == 3, "enrich published each article exactly once"


async def test_a_restarted_consumer_finishes_what_it_held(
    sync_redis: redis.Redis, redis_url: str, env: str
) -> None:
    """Entries delivered to a consumer that died before acknowledging are processed when it comes back."""
    for n in range(3):
        sync_redis.xadd(RAW, plain_article(n))
    sync_redis.xgroup_create(RAW, ENRICH_GROUP, id="0", mkstream=True)
    sync_redis.xreadgroup(ENRICH_GROUP, "enrich-a", {RAW: ">"}, count=10)  # delivered, then "crash"
    assert sync_redis.xpending(RAW, ENRICH_GROUP)["pending"] == 3
    enrich = create_enrich(EnrichSettings(redis_url=redis_url, consumer_name="enrich-a", poll_ms=50))
    async with TestApp(enrich):
        await eventually(lambda: sync_redis.xpending(RAW, ENRICH_GROUP)["pending"] == 0)
    assert sync_redis.xlen(ENRICHED) == 3
