"""End-to-end throughput and latency of newsflow, beside this machine's raw limits, measured in one run.

    uv run python bench/pipeline.py [--articles 20000] [--rate 1000] [--seconds 15] [--enrichers none]

- raw limits: pipelined XADD of the same payloads, batched XREADGROUP + XACK with redis-py, and the
  store's own batch upsert of the same rows into SQLite, without any service in between;
- sustained: articles published at a fixed rate through store + enrich x2 as processes; publish-to-commit
  latency per article (sent time in the article, `stored_at` of its row, taken as its batch transaction
  starts);
- drain: a backlog published at once, then drained.
Prints a table and writes bench/results/pipeline-<time>.json. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import redis
from sqlalchemy import Engine, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsflow.ingest.extract import extract_plain  # noqa: E402
from newsflow.shared.contracts import EnrichedArticle, Enricher, Language, RawArticle  # noqa: E402
from newsflow.shared.streams import ENRICH_GROUP, ENRICHED, RAW, STORE_GROUP  # noqa: E402
from newsflow.store import migrate  # noqa: E402
from newsflow.store.db import make_engine  # noqa: E402
from newsflow.store.models import articles  # noqa: E402
from newsflow.store.read import count_articles  # noqa: E402
from newsflow.store.repository import store_batch  # noqa: E402


def payloads(n: int, tag: str) -> list[str]:
    seeds = [extract_plain(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        s = seeds[i % len(seeds)]
        paras = s.body.split("\n")
        k = i % max(1, len(paras))
        body = "\n".join(paras[k:] + paras[:k]) + f"\n[{tag} {i}]"
        out.append(
            json.dumps(
                {"title": s.title, "body": body, "metadata": {"sent_at": 0.0, "n": i}}, ensure_ascii=False
            )
        )
    return out


def stamp(doc: str) -> str:
    return doc.replace('"sent_at": 0.0', f'"sent_at": {time.time():.6f}', 1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_redis(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(100):
        try:
            redis.Redis.from_url(url).ping()
            return proc, url
        except redis.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def raw_limits(url: str, docs: list[str], db_url: str) -> dict[str, float]:
    r = redis.Redis.from_url(url)
    r.flushdb()
    t = time.perf_counter()
    for i in range(0, len(docs), 100):
        with r.pipeline(transaction=False) as p:
            for d in docs[i : i + 100]:
                p.xadd("bench:raw", {"data": d})
            p.execute()
    xadd = len(docs) / (time.perf_counter() - t)
    r.xgroup_create("bench:raw", "g", id="0")
    t = time.perf_counter()
    got = 0
    while got < len(docs):
        resp = r.xreadgroup("g", "c", {"bench:raw": ">"}, count=100)
        ids = [i for i, _ in resp[0][1]]
        r.xack("bench:raw", "g", *ids)
        got += len(ids)
    xread = len(docs) / (time.perf_counter() - t)
    r.flushdb()
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    rows = [
        EnrichedArticle(
            **RawArticle.model_validate_json(d).model_dump(exclude={"schema_version"}),
            language=Language(code="und", confidence=0.0),
            enricher=Enricher(name="bench", version="0"),
        )
        for d in docs
    ]
    t = time.perf_counter()
    for i in range(0, len(rows), 100):
        store_batch(engine, rows[i : i + 100])
    insert = len(rows) / (time.perf_counter() - t)
    engine.dispose()
    return {"xadd_per_s": xadd, "xreadgroup_ack_per_s": xread, "sqlite_upsert_per_s": insert}


def enrich_limit(docs: list[str], enrichers: str, replicas: int) -> float:
    """Articles/s the enricher's own CPU cost allows: replicas (at most the cores) / CPU seconds per article."""
    from newsflow.enrich.pipeline import Pipeline
    from newsflow.enrich.settings import EnrichSettings

    pipeline = Pipeline(EnrichSettings(enrichers=enrichers).stages)
    arts = [RawArticle.model_validate_json(d) for d in docs]
    for a in arts[:20]:
        pipeline(a)
    t = time.process_time()
    for a in arts:
        pipeline(a)
    per_article = (time.process_time() - t) / len(arts)
    return min(replicas, os.cpu_count() or 1) / per_article


class Services:
    def __init__(self, url: str, db_url: str, enrichers: str, replicas: int, tmp: Path) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []
        env = {
            **os.environ,
            "REDIS_URL": url,
            "DATABASE_URL": db_url,
            "NEWSFLOW_ENRICHERS": enrichers,
            "NEWSFLOW_LOG_LEVEL": "warning",
            "NEWSFLOW_POLL_MS": "100",
        }
        for name, n in (("store", 1), ("enrich", replicas)):
            for i in range(n):
                e = {
                    **env,
                    "NEWSFLOW_CONSUMER_NAME": f"{name}-{i}",
                    "NEWSFLOW_HEALTH_FILE": str(tmp / f"{name}{i}"),
                }
                self.procs.append(
                    subprocess.Popen([sys.executable, "-m", "newsflow.shared.cli", name], env=e)
                )

    def wait_ready(self, url: str) -> None:
        r = redis.Redis.from_url(url)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                names = {g["name"] for g in r.xinfo_groups(RAW)} | {
                    g["name"] for g in r.xinfo_groups(ENRICHED)
                }
                if {ENRICH_GROUP.encode(), STORE_GROUP.encode()} <= names and len(
                    r.xinfo_consumers(RAW, ENRICH_GROUP)
                ):
                    time.sleep(1.0)
                    return
            except redis.ResponseError:
                pass
            time.sleep(0.2)
        raise RuntimeError("services did not become ready")

    def stop(self) -> None:
        for p in self.procs:
            p.send_signal(signal.SIGTERM)
        for p in self.procs:
            p.wait(60)


_ENGINES: dict[str, Engine] = {}


def stored_count(db_url: str) -> int:
    engine = _ENGINES.setdefault(db_url, make_engine(db_url))
    return count_articles(engine)


def latencies(db_url: str, tag: str) -> list[float]:
    engine = make_engine(db_url)
    with engine.connect() as c:
        rows = c.execute(select(articles.c.metadata, articles.c.stored_at)).all()
    engine.dispose()
    out = []
    for meta, stored_at in rows:
        if meta.get("bench") != tag:
            continue
        stored = stored_at.replace(tzinfo=UTC) if stored_at.tzinfo is None else stored_at
        out.append((stored.timestamp() - meta["sent_at"]) * 1000)
    return out


async def publish_at_rate(url: str, docs: list[str], rate: float) -> float:
    r = redis.asyncio.Redis.from_url(url)
    tick = 0.01
    per_tick = max(1, round(rate * tick))
    start = time.perf_counter()
    for k, i in enumerate(range(0, len(docs), per_tick)):
        async with r.pipeline(transaction=False) as p:
            for d in docs[i : i + per_tick]:
                p.xadd(RAW, {"data": stamp(d)})
            await p.execute()
        delay = start + (k + 1) * tick - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    elapsed = time.perf_counter() - start
    await r.aclose()
    return len(docs) / elapsed


def wait_stored(db_url: str, total: int, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while (n := stored_count(db_url)) < total:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {n} of {total} stored")
        time.sleep(0.1)
    return time.perf_counter()


def tagged(docs: list[str], tag: str) -> list[str]:
    return [d.replace('"metadata": {', f'"metadata": {{"bench": "{tag}", ', 1) for d in docs]


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000, help="backlog size for the drain")
    ap.add_argument("--rate", type=float, default=1000.0, help="sustained publish rate, articles/s")
    ap.add_argument("--seconds", type=float, default=15.0, help="how long the sustained run lasts")
    ap.add_argument("--enrichers", default="none", help="NEWSFLOW_ENRICHERS for the run (default none)")
    ap.add_argument("--replicas", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    redis_proc, url = start_redis(tmp)
    result: dict[str, object] = {
        "when": datetime.now(UTC).isoformat(),
        "enrichers": args.enrichers,
        "cores": os.cpu_count(),
        "replicas": args.replicas,
    }
    try:
        limits = raw_limits(url, payloads(args.articles, "raw"), f"sqlite:///{tmp / 'raw.db'}")
        if args.enrichers != "none":
            limits["enrich_limit_per_s"] = enrich_limit(payloads(300, "cost"), args.enrichers, args.replicas)
        result["raw_limits"] = limits
        db_url = f"sqlite:///{tmp / 'bench.db'}"
        engine = make_engine(db_url)
        migrate.upgrade(engine)
        engine.dispose()
        redis.Redis.from_url(url).flushdb()
        services = Services(url, db_url, args.enrichers, args.replicas, tmp)
        try:
            services.wait_ready(url)
            n_sustained = int(args.rate * args.seconds)
            docs = tagged(payloads(n_sustained, "sustained"), "sustained")
            t0 = time.perf_counter()
            sent_rate = asyncio.run(publish_at_rate(url, docs, args.rate))
            t_end = wait_stored(db_url, n_sustained, 300)
            lat = latencies(db_url, "sustained")
            result["sustained"] = {
                "target_per_s": args.rate,
                "published_per_s": sent_rate,
                "articles": n_sustained,
                "stored_per_s": n_sustained / (t_end - t0),
                "p50_ms": pct(lat, 50),
                "p99_ms": pct(lat, 99),
                "max_ms": max(lat),
            }
            backlog = tagged(payloads(args.articles, "drain"), "drain")
            r = redis.Redis.from_url(url)
            t0 = time.perf_counter()
            for i in range(0, len(backlog), 500):
                with r.pipeline(transaction=False) as p:
                    for d in backlog[i : i + 500]:
                        p.xadd(RAW, {"data": stamp(d)})
                    p.execute()
            t_pub = time.perf_counter()
            t_end = wait_stored(db_url, n_sustained + args.articles, 600)
            result["drain"] = {
                "articles": args.articles,
                "publish_s": t_pub - t0,
                "drained_per_s": args.articles / (t_end - t0),
            }
        finally:
            services.stop()
    finally:
        redis_proc.terminate()
        redis_proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    s, d, lim = result["sustained"], result["drain"], result["raw_limits"]  # type: ignore[index]
    rows = [
        ("raw pipelined XADD", f"{lim['xadd_per_s']:,.0f}/s", ""),
        ("raw XREADGROUP+XACK (batches of 100)", f"{lim['xreadgroup_ack_per_s']:,.0f}/s", ""),
        ("raw SQLite batch upsert (100/txn)", f"{lim['sqlite_upsert_per_s']:,.0f}/s", ""),
        (
            f"sustained @ {s['target_per_s']:,.0f}/s: stored",
            f"{s['stored_per_s']:,.0f}/s",
            f"p50 {s['p50_ms']:.0f} ms, p99 {s['p99_ms']:.0f} ms, max {s['max_ms']:.0f} ms",
        ),
        (
            f"backlog of {d['articles']:,} drained",
            f"{d['drained_per_s']:,.0f}/s",
            f"{d['drained_per_s'] / lim['sqlite_upsert_per_s']:.2f} x the raw upsert limit",
        ),
    ]
    print(
        f"\nnewsflow pipeline benchmark, NEWSFLOW_ENRICHERS={args.enrichers}, enrich x{args.replicas}, SQLite, "
        f"{os.cpu_count()} cores"
    )
    if "enrich_limit_per_s" in lim:
        limit = lim["enrich_limit_per_s"]
        rows.insert(3, ("enricher CPU limit (replicas / cost)", f"{limit:,.0f}/s", ""))
        rows[-1] = (rows[-1][0], rows[-1][1], f"{d['drained_per_s'] / limit:.2f} x the enricher's CPU limit")
    for name, value, note in rows:
        print(f"  {name:<42} {value:>10}  {note}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"pipeline-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
