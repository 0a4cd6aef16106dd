"""The watched folder on a real file system and a real Redis."""

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import redis
from redis.asyncio import Redis

from newsflow.ingest.settings import IngestSettings
from newsflow.ingest.worker import InboxWorker
from newsflow.shared.contracts import RawArticle
from newsflow.shared.streams import ENRICH_GROUP, RAW
from tests.conftest import SEEDS, eventually

OLD = time.time() - 3600


def put(path: Path, data: bytes | str, *, settled: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    if settled:
        os.utime(path, (OLD, OLD))
    return path


def published(r: redis.Redis) -> list[tuple[RawArticle, dict[str, str]]]:
    return [(RawArticle.model_validate_json(f["data"]), f) for _, f in r.xrange(RAW)]


class Running:
    def __init__(self, worker: InboxWorker) -> None:
        self.worker = worker
        self.stop = asyncio.Event()
        self.task: asyncio.Task[None] | None = None


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "inbox"


@pytest.fixture
async def start(redis_url: str, inbox: Path) -> AsyncIterator[Callable[..., Running]]:
    clients: list[Redis] = []
    running: list[Running] = []

    def _start(**overrides: object) -> Running:
        options: dict[str, object] = {"settle_seconds": 0.3, "scan_interval": 0.05, **overrides}
        settings = IngestSettings(redis_url=redis_url, inbox=inbox, consumer_name="ingest-t", **options)  # type: ignore[arg-type]
        client = Redis.from_url(redis_url)
        clients.append(client)
        r = Running(InboxWorker(settings, client))
        r.task = asyncio.create_task(r.worker.run(r.stop))
        running.append(r)
        return r

    yield _start
    for r in running:
        r.stop.set()
        if r.task:
            await r.task
    for c in clients:
        await c.aclose()


async def test_files_present_at_start_and_in_subfolders_are_taken_once(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    put(inbox / "000.txt", (SEEDS / "000_4513923ae5498424.txt").read_bytes())
    put(inbox / "desk" / "wire" / "b.json", json.dumps({"id": "wire-1", "title": "T", "body": "B"}))
    for ignored in ("c.tmp", ".hidden.txt", "d.part", "notes.txt~"):
        put(inbox / ignored, "ignored")
    running = start()
    await eventually(lambda: running.worker.files_done == 2)
    assert (inbox / "done" / "000.txt").exists()
    assert (inbox / "done" / "desk" / "wire" / "b.json").exists()
    assert not (inbox / "000.txt").exists()
    for ignored in ("c.tmp", ".hidden.txt", "d.part", "notes.txt~"):
        assert (inbox / ignored).exists()
    arts = published(sync_redis)
    titles = {a.title for a, _ in arts}
    assert (
        "الأمين العام للانتربول بمراكش..الدعوة إلى تقوية التعاون الدولي لمواجهة التحديات الأمنية الكبرى"
        in titles
    )
    assert {a.id for a, _ in arts} >= {"wire-1"}
    assert all(f["correlation_id"] and f["source_file"] for _, f in arts)
    await asyncio.sleep(0.3)
    assert sync_redis.xlen(RAW) == 2, "nothing is read twice"


async def test_refused_files_go_to_failed_with_their_reason(
    start: Callable[..., Running], inbox: Path, tmp_path: Path, sync_redis: redis.Redis
) -> None:
    outside = put(tmp_path / "secret.txt", "a file outside the inbox\n\nwith a body")
    inbox.mkdir(parents=True)
    (inbox / "link.txt").symlink_to(outside)
    put(inbox / "empty.txt", b"")
    put(inbox / "binary.txt", bytes(range(256)) * 16)
    put(inbox / "truncated.json", '{"title": "x", "body": "cut off')
    put(inbox / "big.txt", "x" * 5000)
    put(inbox / "image.png", b"\x89PNG\r\n")
    running = start(max_file_bytes=4096)
    await eventually(lambda: running.worker.files_failed == 6)
    reasons = {
        p.name.removesuffix(".error.json"): json.loads(p.read_text(encoding="utf-8"))
        for p in (inbox / "failed").glob("*.error.json")
    }
    assert "outside the inbox" in reasons["link.txt"]["reason"]["message"]
    assert "empty" in reasons["empty.txt"]["reason"]["message"]
    assert "binary" in reasons["binary.txt"]["reason"]["message"]
    assert "invalid JSON" in reasons["truncated.json"]["reason"]["message"]
    assert "over the limit" in reasons["big.txt"]["reason"]["message"]
    assert "unsupported file type .png" in reasons["image.png"]["reason"]["message"]
    for name in reasons:
        assert (inbox / "failed" / name).exists() or (inbox / "failed" / name).is_symlink(), (
            "nothing is deleted"
        )
    assert outside.read_text(encoding="utf-8").startswith("a file outside"), "the link's target is untouched"
    assert sync_redis.xlen(RAW) == 0


async def test_jsonl_with_a_bad_line(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    lines = [json.dumps({"body": f"article {n}"}) for n in range(4)]
    lines[2] = '{"body": "truncated'
    put(inbox / "batch.jsonl", "\n".join(lines) + "\n")
    running = start()
    await eventually(lambda: running.worker.files_done == 1)
    assert sorted(a.body for a, _ in published(sync_redis)) == ["article 0", "article 1", "article 3"]
    report = json.loads((inbox / "failed" / "batch.jsonl.error.json").read_text(encoding="utf-8"))
    assert report["rejected"][0]["where"] == "line 3"
    assert report["rejected"][0]["raw"] == '{"body": "truncated'
    assert (inbox / "done" / "batch.jsonl").exists()


async def test_a_file_still_being_written_waits_for_the_settle_time(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    running = start(settle_seconds=1.0)
    path = put(inbox / "slow.txt", "Title\n\nfirst part", settled=False)
    await asyncio.sleep(0.5)
    with path.open("a", encoding="utf-8") as f:
        f.write(" and the rest")
    assert sync_redis.xlen(RAW) == 0
    await eventually(lambda: running.worker.files_done == 1, timeout=5)
    [(article, _)] = published(sync_redis)
    assert article.body == "first part and the rest"


async def test_a_file_stamped_in_the_future_is_taken_once_left_alone(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    path = put(inbox / "ahead.txt", "From a clock ahead\n\nstamped tomorrow", settled=False)
    tomorrow = time.time() + 86_400
    os.utime(path, (tomorrow, tomorrow))
    running = start(settle_seconds=0.3)
    await eventually(lambda: running.worker.files_done == 1, timeout=5)
    assert published(sync_redis)[0][0].title == "From a clock ahead"


def _worker(redis_url: str, inbox: Path) -> tuple[InboxWorker, Redis]:
    settings = IngestSettings(redis_url=redis_url, inbox=inbox, consumer_name="ingest-t", settle_seconds=0.3)  # type: ignore[call-arg]
    client = Redis.from_url(redis_url)
    return InboxWorker(settings, client), client


async def test_a_file_written_to_after_it_looked_complete_goes_back(
    redis_url: str, inbox: Path, sync_redis: redis.Redis
) -> None:
    path = put(inbox / "paused.txt", "Paused writer\n\nfirst part")
    worker, client = _worker(redis_url, inbox)
    try:
        assert worker.ready() == [path]  # old enough: complete, as far as anyone can tell
        with path.open("a", encoding="utf-8") as f:  # ... but its writer was only pausing
            f.write(" and the rest")
        claimed = worker.claim(path)
        assert claimed is not None
        outcome = await worker.handle(claimed, worker.stamp_when_ready(path))
        assert outcome.published == 0
        assert outcome.failed is None
        assert sync_redis.xlen(RAW) == 0, "nothing of the half-written file was published"
        assert path.read_text(encoding="utf-8") == "Paused writer\n\nfirst part and the rest"
        assert not claimed.exists()
    finally:
        await client.aclose()


async def test_a_file_written_to_while_it_is_read_goes_back_and_is_taken_whole(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = put(inbox / "busy.txt", "Busy writer\n\nfirst part")
    real_read_bytes = Path.read_bytes
    writes = []

    def read_while_writing(self: Path) -> bytes:
        data = real_read_bytes(self)
        if not writes:  # the writer, holding the file open, adds to it just as ingest reads it
            with self.open("a", encoding="utf-8") as f:
                f.write(" and the rest")
            writes.append(self)
        return data

    monkeypatch.setattr(Path, "read_bytes", read_while_writing)
    running = start(settle_seconds=0.3)
    await eventually(lambda: running.worker.files_done == 1, timeout=5)
    assert writes, "the read raced a write"
    [(article, _)] = published(sync_redis)
    assert article.body == "first part and the rest"
    assert (inbox / "done" / "busy.txt").exists()
    assert not path.exists()


async def test_windows_1256_and_utf16_files(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    text = "اجتماع في مراكش\n\nاجتمع رؤساء الشرطة في مراكش لبحث التعاون الأمني."
    put(inbox / "cp1256.txt", text.encode("cp1256"))
    put(inbox / "utf16.txt", text.encode("utf-16"))
    running = start()
    await eventually(lambda: running.worker.files_done == 2)
    arts = published(sync_redis)
    assert {a.title for a, _ in arts} == {"اجتماع في مراكش"}
    assert len({a.id for a, _ in arts}) == 1, "the same article in two encodings is one article"
    assert {a.metadata["encoding"] for a, _ in arts} == {"cp1256", "utf-16-le (BOM)"}


async def test_claimed_files_are_finished_after_a_restart(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    put(inbox / ".processing" / "ingest-t" / "sub" / "left.txt", "Left over\n\nclaimed before a crash")
    running = start()
    await eventually(lambda: running.worker.files_done == 1)
    assert (inbox / "done" / "sub" / "left.txt").exists()
    assert published(sync_redis)[0][0].title == "Left over"


async def test_back_pressure_pauses_while_enrich_lags(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    sync_redis.xgroup_create(RAW, ENRICH_GROUP, id="0", mkstream=True)
    for n in range(5):
        sync_redis.xadd(RAW, {"data": json.dumps({"body": f"backlog {n}"})})
    put(inbox / "new.txt", "New\n\nwaiting for capacity")
    running = start(max_lag=3)
    await asyncio.sleep(0.5)
    assert (inbox / "new.txt").exists(), "paused while the lag is above the high-water mark"
    sync_redis.xreadgroup(ENRICH_GROUP, "c", {RAW: ">"}, count=5)  # enrich catches up
    await eventually(lambda: running.worker.files_done == 1)


async def test_files_claimed_by_a_replica_that_never_returns_are_adopted(
    start: Callable[..., Running], inbox: Path, sync_redis: redis.Redis
) -> None:
    put(inbox / ".processing" / "ingest-gone" / "a.txt", "Orphan\n\nclaimed by a replica that died")
    stale = inbox / ".processing" / "ingest-gone.alive"
    stale.touch()
    os.utime(stale, (OLD, OLD))
    put(inbox / ".processing" / "ingest-alive" / "b.txt", "Busy\n\nclaimed by a live replica")
    (inbox / ".processing" / "ingest-alive.alive").touch()
    running = start(claim_idle_ms=1000)
    await eventually(lambda: running.worker.files_done == 1)
    assert (inbox / "done" / "a.txt").exists()
    assert (inbox / ".processing" / "ingest-alive" / "b.txt").exists(), "a live replica's claims are its own"
    assert [a.title for a, _ in published(sync_redis)] == ["Orphan"]
