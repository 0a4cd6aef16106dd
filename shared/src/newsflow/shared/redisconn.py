"""Redis connections from one URL, for a single server, a Sentinel-managed master or a Cluster.

- ``redis://[user:password@]host:6379/0`` (``rediss://`` for TLS, ``unix:///path.sock``): one server;
- ``redis+sentinel://[user:password@]sentinel1:26379,sentinel2:26379/<master name>[/<db>]``
  (``rediss+sentinel://``): the master the Sentinels name, found again after a failover;
- ``redis+cluster://[user:password@]node1:6379,node2:6379`` (``rediss+cluster://``): a Redis Cluster.
  newsflow's keys then share one hash tag (``{newsflow}:articles:raw`` ...; see ``streams``), because
  an entry's publication and its acknowledgement are one MULTI/EXEC, which a cluster runs only on one slot.

Every newsflow component connects through here: the services' FastStream brokers (FastStream's
``RedisBroker``, ``RedisSentinelBroker`` and ``RedisClusterBroker``) and the plain redis-py clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import redis as redis_sync
from faststream.redis import RedisBroker, RedisClusterBroker, RedisSentinelBroker
from redis.asyncio import Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.sentinel import Sentinel

Kind = Literal["single", "sentinel", "cluster"]


class RedisUrlError(ValueError):
    pass


@dataclass(frozen=True)
class RedisTarget:
    kind: Kind
    url: str  # single: the URL itself; otherwise a redis:// URL carrying credentials, TLS and db
    nodes: list[tuple[str, int]] = field(default_factory=list)  # sentinels, or cluster start-up nodes
    master: str | None = None
    db: int = 0
    username: str | None = None
    password: str | None = None
    tls: bool = False


def kind_of(url: str) -> Kind:
    scheme = url.split("://", 1)[0].lower()
    return (
        "sentinel" if scheme.endswith("+sentinel") else "cluster" if scheme.endswith("+cluster") else "single"
    )


def parse(url: str) -> RedisTarget:
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in {
        "redis",
        "rediss",
        "unix",
        "redis+sentinel",
        "rediss+sentinel",
        "redis+cluster",
        "rediss+cluster",
    }:
        raise RedisUrlError(
            f"unsupported Redis URL {url.split('@')[-1]!r}: use redis://, rediss://, unix://, "
            "redis+sentinel://host:26379,.../<master> or redis+cluster://host:6379,..."
        )
    kind = kind_of(url)
    if kind == "single":
        return RedisTarget("single", url)
    tls = scheme.startswith("rediss")
    creds, _, hosts_and_path = rest.rpartition("@")
    hosts, _, path = hosts_and_path.partition("/")
    username = password = None
    if creds:
        user, _, pw = creds.partition(":")
        username, password = (unquote(user) or None), (unquote(pw) or None)
    nodes = []
    for host in hosts.split(","):
        h = urlsplit(f"//{host}")
        if not h.hostname:
            raise RedisUrlError(f"no host in {host!r} of the Redis URL")
        nodes.append((h.hostname, h.port or (26379 if kind == "sentinel" else 6379)))
    parts = [p for p in path.split("/") if p]
    master = None
    db = 0
    if kind == "sentinel":
        if not parts:
            raise RedisUrlError(
                "a redis+sentinel:// URL names its master: redis+sentinel://host:26379/<master>[/<db>]"
            )
        master = unquote(parts[0])
        db = int(parts[1]) if len(parts) > 1 else 0
    auth = ""
    if username or password:
        auth = f"{username or ''}:{password or ''}@"
    base = f"{'rediss' if tls else 'redis'}://{auth}{nodes[0][0]}:{nodes[0][1]}/{db}"
    return RedisTarget(kind, base, nodes, master, db, username, password, tls)


def _auth(t: RedisTarget) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if t.username:
        out["username"] = t.username
    if t.password:
        out["password"] = t.password
    if t.tls:
        out["ssl"] = True
    return out


def client(url: str, **options: Any) -> Redis:
    """An asyncio redis-py client for ``url`` (a ``RedisCluster`` on a cluster; its API is the same)."""
    t = parse(url)
    if t.kind == "single":
        return Redis.from_url(url, **options)
    if t.kind == "sentinel":
        assert t.master is not None
        timeouts = {k: v for k, v in options.items() if "timeout" in k}
        sentinel = Sentinel(t.nodes, sentinel_kwargs=timeouts)  # type: ignore[no-untyped-call]
        master: Redis = sentinel.master_for(t.master, db=t.db, **_auth(t), **options)
        return master
    cluster = RedisCluster(startup_nodes=[ClusterNode(h, p) for h, p in t.nodes], **_auth(t), **options)
    return cluster  # type: ignore[return-value]


def sync_client(url: str, **options: Any) -> redis_sync.Redis:
    t = parse(url)
    if t.kind == "single":
        return redis_sync.Redis.from_url(url, **options)
    if t.kind == "sentinel":
        assert t.master is not None
        found: redis_sync.Redis = redis_sync.sentinel.Sentinel(t.nodes).master_for(  # type: ignore[no-untyped-call]
            t.master, db=t.db, **_auth(t), **options
        )
        return found
    from redis.cluster import ClusterNode as SyncNode
    from redis.cluster import RedisCluster as SyncCluster

    nodes = [SyncNode(h, p) for h, p in t.nodes]  # type: ignore[no-untyped-call]
    return SyncCluster(startup_nodes=nodes, **_auth(t), **options)  # type: ignore[return-value]


def broker(url: str, **options: Any) -> RedisBroker:
    """FastStream's broker for ``url``: plain, Sentinel or Cluster."""
    t = parse(url)
    if t.kind == "single":
        return RedisBroker(url, **options)
    if t.kind == "sentinel" and t.master is not None:
        return RedisSentinelBroker(t.url, sentinels=t.nodes, sentinel_master_name=t.master, **options)
    return RedisClusterBroker(t.url, **options)
