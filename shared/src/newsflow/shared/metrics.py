"""Prometheus metrics: FastStream's Redis middleware plus newsflow's own, in one registry per process.

What an operator alerts on (see the README): ``newsflow_group_lag`` and ``newsflow_group_pending``
growing, ``newsflow_dead_letters`` rising, ``newsflow_inbox_files{state="failed"}`` rising,
``newsflow_ready`` at 0, enrich p99 from ``newsflow_enrich_seconds``, store commit time from
``newsflow_store_commit_seconds``. Stream and group figures are read from Redis at scrape time, so
every replica reports the same numbers (aggregate them with ``max``, not ``sum``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from newsflow.shared.streams import DEAD, ENRICHED, RAW

REGISTRY = CollectorRegistry(auto_describe=True)

ARTICLES = Counter(
    "newsflow_articles",
    "Articles handled by this process, by stage and outcome (published, enriched, stored, dead, failed)",
    ["stage", "outcome"],
    registry=REGISTRY,
)
FILES = Counter(
    "newsflow_inbox_files_handled",
    "Inbox files this process finished, by outcome (done, failed)",
    ["outcome"],
    registry=REGISTRY,
)
ENRICH_SECONDS = Histogram(
    "newsflow_enrich_seconds",
    "Enrichment time of one article (language, entities, topics)",
    buckets=(0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0),
    registry=REGISTRY,
)
STORE_BATCH = Histogram(
    "newsflow_store_batch_size",
    "Articles written per store transaction",
    buckets=(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000),
    registry=REGISTRY,
)
STORE_COMMIT = Histogram(
    "newsflow_store_commit_seconds",
    "Time to write and commit one store batch",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=REGISTRY,
)
STREAM_LENGTH = Gauge("newsflow_stream_length", "Entries in the stream (XLEN)", ["stream"], registry=REGISTRY)
GROUP_PENDING = Gauge(
    "newsflow_group_pending",
    "Entries delivered to the group and not yet acknowledged",
    ["stream", "group"],
    registry=REGISTRY,
)
GROUP_LAG = Gauge(
    "newsflow_group_lag",
    "Entries in the stream not yet delivered to the group",
    ["stream", "group"],
    registry=REGISTRY,
)
DEAD_LETTERS = Gauge("newsflow_dead_letters", "Entries on the dead-letter stream", registry=REGISTRY)
INBOX = Gauge(
    "newsflow_inbox_files",
    "Files in the inbox by state (waiting, processing, failed)",
    ["state"],
    registry=REGISTRY,
)
READY = Gauge("newsflow_ready", "1 when /health/ready answers ready", registry=REGISTRY)

Refresher = Callable[[Redis], Awaitable[None]]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def pipeline_state(redis: Redis) -> tuple[list[dict[str, Any]], int]:
    """Per stream its length and groups (pending, lag, consumers); and the dead letters' count."""
    out: list[dict[str, Any]] = []
    for stream in (RAW, ENRICHED, DEAD):
        length = int(await redis.xlen(stream))
        groups = []
        try:
            infos = await redis.xinfo_groups(stream)
        except ResponseError:  # no stream yet
            infos = []
        for g in infos:
            groups.append(
                {
                    "name": _text(g["name"]),
                    "pending": g.get("pending") or 0,
                    "lag": g.get("lag"),
                    "consumers": g.get("consumers") or 0,
                }
            )
        out.append({"stream": stream, "length": length, "groups": groups})
    return out, out[-1]["length"]


async def refresh_streams(redis: Redis) -> None:
    """Stream lengths, group pending and lag, dead letters: read from Redis now."""
    streams, dead = await pipeline_state(redis)
    for info in streams:
        STREAM_LENGTH.labels(stream=info["stream"]).set(info["length"])
        for g in info["groups"]:
            GROUP_PENDING.labels(stream=info["stream"], group=g["name"]).set(g["pending"])
            if g["lag"] is not None:
                GROUP_LAG.labels(stream=info["stream"], group=g["name"]).set(g["lag"])
    DEAD_LETTERS.set(dead)
