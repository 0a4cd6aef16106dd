"""Operator commands against a real Redis: dead letters listed, shown, replayed, purged; status."""

import json

import redis
from typer.testing import CliRunner

from newsflow.shared.cli import app, load_commands
from newsflow.shared.contracts import DeadLetter, Reason
from newsflow.shared.streams import DEAD, ENRICH_GROUP, RAW
from newsflow.shared.wire import Outgoing

load_commands(app)
runner = CliRunner()


def letter(entry_id: str, body: str) -> dict[str, str]:
    doc = DeadLetter(
        stream=RAW,
        entry_id=entry_id,
        fields={"data": json.dumps({"body": body}), "correlation_id": "c"},
        reason=Reason(type="MaxDeliveriesExceeded", message="failed 5 deliveries"),
        service="enrich",
        deliveries=5,
    )
    return Outgoing(doc).fields()


def test_dlq_list_show_replay_purge(sync_redis: redis.Redis, redis_url: str) -> None:
    ids = [sync_redis.xadd(DEAD, letter(f"1-{n}", f"article {n}")) for n in range(3)]
    out = runner.invoke(app, ["dlq", "list", "--redis-url", redis_url, "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [r["id"] for r in rows] == ids
    assert rows[0]["reason"] == "MaxDeliveriesExceeded: failed 5 deliveries"
    out = runner.invoke(app, ["dlq", "show", ids[1], "--redis-url", redis_url])
    assert DeadLetter.model_validate_json(out.output).entry_id == "1-1"

    out = runner.invoke(app, ["dlq", "replay", ids[0], "--redis-url", redis_url])
    assert out.exit_code == 0, out.output
    assert [f for _, f in sync_redis.xrange(RAW)] == [
        {"data": json.dumps({"body": "article 0"}), "correlation_id": "c"}
    ]
    assert sync_redis.xlen(DEAD) == 2

    assert runner.invoke(app, ["dlq", "purge", "--redis-url", redis_url]).exit_code != 0, "needs --yes"
    out = runner.invoke(app, ["dlq", "replay", "--all", "--redis-url", redis_url])
    assert "replayed 2" in out.output
    assert sync_redis.xlen(RAW) == 3
    assert sync_redis.xlen(DEAD) == 0

    sync_redis.xadd(DEAD, letter("1-9", "x"))
    out = runner.invoke(app, ["dlq", "purge", "--yes", "--redis-url", redis_url])
    assert "purged 1" in out.output
    assert sync_redis.xlen(DEAD) == 0


def test_status(sync_redis: redis.Redis, redis_url: str) -> None:
    sync_redis.xgroup_create(RAW, ENRICH_GROUP, id="0", mkstream=True)
    for n in range(4):
        sync_redis.xadd(RAW, {"data": json.dumps({"body": str(n)})})
    sync_redis.xreadgroup(ENRICH_GROUP, "enrich-1", {RAW: ">"}, count=1)
    out = runner.invoke(app, ["status", "--redis-url", redis_url, "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    group = report["streams"][RAW]["groups"][ENRICH_GROUP]
    assert report["streams"][RAW]["length"] == 4
    assert (group["pending"], group["lag"]) == (1, 3)
    assert group["consumers"]["enrich-1"]["pending"] == 1
    text = runner.invoke(app, ["status", "--redis-url", redis_url]).output
    assert "consumer enrich-1: pending 1" in text
