"""Faults injected into real processes on a real Redis: nothing is lost, nothing is stored twice.

Each scenario runs a few thousand articles through the services as processes (enrichment switched off
where it does not matter, to keep the suite fast: the guarantees are the consumers', not the enricher's),
injects its fault, waits for the pipeline to settle, and records one row. `re-published` counts extra
copies on the enriched stream: 0 wherever exactly-once publishing holds (enrich's publish-and-ack is one
MULTI/EXEC); a recreated group or a re-read file may legitimately re-publish, and the store absorbs it.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from newsflow.ingest.extract import extract_plain
from newsflow.shared.contracts import content_id
from tests.faults.rig import Rig, Row, articles

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.timeout(240)]

SEED = int(os.environ.get("NEWSFLOW_FAULT_SEED", "20261125"))


def settle(rig: Rig, sent: set[str], timeout: float = 150) -> None:
    rig.wait(lambda: sent <= rig.stored(), timeout, f"{len(sent)} articles stored")
    rig.wait(
        lambda: all(g["pending"] == 0 for g in rig.r.xinfo_groups("newsflow:articles:raw")), 30, "raw settled"
    )


def assert_drained(rig: Rig) -> None:
    codes = rig.stop_all()
    assert set(codes.values()) == {0}, codes


def check(row: Row, record: list[Row], *, republished: bool = False) -> None:
    record.append(row)
    print(row.line())
    assert row.lost == 0, row
    assert row.duplicated == 0, row
    if not republished:
        assert row.republished == 0, row


def test_enrich_replicas_killed_at_random(rig: Rig, record: list[Row]) -> None:
    rng = random.Random(SEED)
    rig.start_redis()
    rig.start("store-1", "store")
    replicas = ["enrich-1", "enrich-2"]
    for name in replicas:
        rig.start(name, "enrich")
    docs = articles("enrich-kill", 3000)
    sent = {str(d["id"]) for d in docs}
    next_name = 3
    for i in range(0, len(docs), 500):
        rig.publish(docs[i : i + 500])
        time.sleep(rng.uniform(0.2, 1.2))
        victim = rng.choice(replicas)
        rig.kill(victim)  # kill -9, mid-batch or between batches
        replicas.remove(victim)
        new = f"enrich-{next_name}"  # back under a new name: the old one's entries are claimed, not resumed
        next_name += 1
        rig.start(new, "enrich")
        replicas.append(new)
    settle(rig, sent)
    check(rig.row("kill -9 enrich x6", sent), record)
    assert_drained(rig)


def test_store_killed_at_random(rig: Rig, record: list[Row]) -> None:
    rng = random.Random(SEED + 1)
    rig.start_redis()
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich")
    docs = articles("store-kill", 3000)
    sent = {str(d["id"]) for d in docs}
    stores = ["store-1"]
    for n, i in enumerate(range(0, len(docs), 750)):
        rig.publish(docs[i : i + 750])
        time.sleep(rng.uniform(0.3, 1.5))
        rig.kill(stores.pop())
        stores.append(f"store-{n + 2}")
        rig.start(stores[-1], "store")
    settle(rig, sent)
    check(rig.row("kill -9 store x4", sent), record)
    assert_drained(rig)


def test_ingest_killed_while_reading_files(rig: Rig, record: list[Row]) -> None:
    rng = random.Random(SEED + 2)
    rig.start_redis()
    inbox = rig.tmp / "inbox"
    inbox.mkdir()
    docs = articles("ingest-kill", 2000)
    sent = {str(d["id"]) for d in docs}
    for f in range(400):  # 400 files of 5 articles
        path = inbox / f"batch-{f:03d}.jsonl"
        path.write_text("\n".join(json.dumps(d) for d in docs[f * 5 : (f + 1) * 5]) + "\n", encoding="utf-8")
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich")
    rig.start("ingest-1", "ingest")
    for n in range(3):
        time.sleep(rng.uniform(0.5, 1.5))
        rig.kill(f"ingest-{n + 1}")
        rig.start(f"ingest-{n + 2}", "ingest")  # the dead replica's claimed files are adopted once stale
    settle(rig, sent)
    rig.wait(lambda: len(list((inbox / "done").glob("*.jsonl"))) == 400, 30, "every file in done/")
    assert not list((inbox / "failed").glob("*"))
    check(rig.row("kill -9 ingest x3 (files)", sent), record, republished=True)
    assert_drained(rig)


def test_redis_restarted_mid_stream(rig: Rig, record: list[Row]) -> None:
    rig.start_redis(aof=True)
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich")
    rig.start("enrich-2", "enrich")
    docs = articles("redis-restart", 3000)
    sent = {str(d["id"]) for d in docs}
    rig.wait_up()
    rig.publish(docs[:1500])
    rig.wait(lambda: len(rig.stored()) > 0, 30, "the first articles stored")
    rig.stop_redis()  # with work in flight
    time.sleep(3)
    rig.start_redis(aof=True)
    rig.publish(docs[1500:])
    settle(rig, sent)
    assert not rig.exited(), rig.exited()
    check(rig.row("Redis restarted (AOF)", sent), record)
    assert_drained(rig)


def test_database_locked_for_a_while(rig: Rig, record: list[Row]) -> None:
    rig.start_redis()
    rig.start("store-1", "store", NEWSFLOW_MAX_DELIVERIES="2")
    rig.start("enrich-1", "enrich")
    rig.wait(lambda: rig.db.exists() and rig.stored() == set() and _migrated(rig.db), 30, "schema")
    docs = articles("db-locked", 3000)
    sent = {str(d["id"]) for d in docs}
    rig.publish(docs[:1000])
    time.sleep(0.5)
    blocker = sqlite3.connect(rig.db, timeout=30)
    blocker.execute("BEGIN EXCLUSIVE")  # the database is unavailable to the store for 6 s
    rig.publish(docs[1000:])
    time.sleep(6)
    blocker.rollback()
    blocker.close()
    settle(rig, sent)
    row = rig.row("database locked 6 s", sent)
    check(row, record)
    assert row.dead == 0, "an outage is not the messages' fault"
    assert_drained(rig)


def _migrated(db: Path) -> bool:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    except sqlite3.OperationalError:
        return False


def test_poison_mixed_into_good_entries(rig: Rig, record: list[Row]) -> None:
    rig.start_redis()
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich", NEWSFLOW_ENRICHERS="all")
    rig.start("enrich-2", "enrich", NEWSFLOW_ENRICHERS="all")
    docs = articles("poison", 2000)
    sent = {str(d["id"]) for d in docs}
    poison = 0
    for i in range(0, len(docs), 100):
        rig.publish(docs[i : i + 100])
        for bad in ('{"title": "no body"}', "{truncated", '{"body": ""}', "[]"):
            rig.publish_raw({"data": bad, "correlation_id": f"poison-{poison}"})
            poison += 1
        rig.publish_raw({"other": "no data field"})
        poison += 1
    settle(rig, sent, timeout=200)
    rig.wait(lambda: rig.dead() == poison, 30, "every poison entry dead-lettered")
    row = rig.row("poison mixed in (enrich on)", sent)
    check(row, record)
    assert row.dead == poison
    assert_drained(rig)


def test_consumer_group_deleted_mid_stream(rig: Rig, record: list[Row]) -> None:
    rig.start_redis()
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich")
    docs = articles("group-lost", 2000)
    sent = {str(d["id"]) for d in docs}
    rig.wait_up()
    rig.publish(docs[:1000])
    rig.wait(lambda: len(rig.stored()) > 0, 30, "the first articles stored")
    assert rig.r.xgroup_destroy("newsflow:articles:raw", "enrich")
    rig.wait(lambda: "enrich-1" in rig.exited(), 30, "enrich to stop on its lost group")
    assert rig.exited()["enrich-1"] == 3, rig.log_tail("enrich-1")
    rig.procs.pop("enrich-1")
    rig.publish(docs[1000:])
    rig.start("enrich-1", "enrich")  # what compose's restart policy or `newsflow up` does
    settle(rig, sent)
    check(rig.row("enrich group deleted", sent), record, republished=True)
    assert_drained(rig)


def test_bad_files_among_good_ones(rig: Rig, record: list[Row]) -> None:
    rig.start_redis()
    inbox = rig.tmp / "inbox"
    inbox.mkdir()
    docs = articles("files", 1000)
    sent = {str(d["id"]) for d in docs}
    for f in range(200):
        lines = [json.dumps(d) for d in docs[f * 5 : (f + 1) * 5]]
        if f % 20 == 0:
            lines.insert(2, '{"title": "a bad line", "body": ')  # the good lines still go through
        (inbox / f"ok-{f:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outside = rig.tmp / "outside.txt"
    outside.write_text("Secret\n\nnot for the inbox", encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "binary.txt": os.urandom(4096).replace(b"\n", b"\x00"),
        "truncated.json": b'{"title": "half", "body": "a fil',
        "huge.txt": b"x" * 300_000,
        "notes.pdf": b"%PDF-1.7",
        "wrong-encoding.txt": b"\xef\xbb\xbf" + "خبر بترميز آخر".encode("cp1256"),  # a UTF-8 BOM, then cp1256
    }
    for name, data in bad.items():
        (inbox / name).write_bytes(data)
    (inbox / "link.txt").symlink_to(outside)
    growing = inbox / "growing.txt"
    rig.start("store-1", "store")
    rig.start("enrich-1", "enrich")
    # The settle time is well above the writer's pauses: on a busy machine a write can stall in the
    # kernel for a second; a writer that pauses longer than the settle time has its file taken early
    # (and, if it still holds it open, given back when the change is seen).
    rig.start("ingest-1", "ingest", NEWSFLOW_MAX_FILE_BYTES="200000", NEWSFLOW_SETTLE_SECONDS="3")
    with growing.open("w", encoding="utf-8") as fh:  # still being written while ingest watches
        fh.write("Growing\n\nthe first half")
        for _ in range(5):
            fh.flush()
            time.sleep(0.3)
            fh.write(" and more")
    settle(rig, sent)
    rig.wait(lambda: (inbox / "done" / "growing.txt").exists(), 30, "the growing file, once complete")
    assert [p.name for p in (inbox / "done").glob("growing*")] == ["growing.txt"], "taken once, whole"
    grown = extract_plain((inbox / "done" / "growing.txt").read_text(encoding="utf-8"))
    assert grown.body.endswith(" and more" * 5)
    sent.add(content_id(grown.title, grown.body))  # read once it was complete: one article, all of it
    settle(rig, sent)  # in done/ once published; stored a moment later
    failed = sorted(p.name for p in (inbox / "failed").iterdir() if not p.name.endswith(".error.json"))
    assert failed == sorted([*bad, "link.txt"])
    reports = list((inbox / "failed").glob("ok-*.jsonl.error.json"))
    assert len(reports) == 10
    assert outside.exists()
    row = rig.row("bad files among 200 good", sent)
    check(row, record)
    assert_drained(rig)
