"""Trimming removes only what every group has delivered and acknowledged."""

import redis
from redis.asyncio import Redis

from newsflow.shared.trim import after, trim


async def test_trim_keeps_every_unread_and_pending_entry(sync_redis: redis.Redis, redis_url: str) -> None:
    s = "test:trim"
    ids = [sync_redis.xadd(s, {"data": str(n)}) for n in range(10)]
    sync_redis.xgroup_create(s, "fast", id="0")
    sync_redis.xgroup_create(s, "slow", id="0")
    sync_redis.xreadgroup("fast", "c", {s: ">"}, count=10)
    sync_redis.xack(s, "fast", *ids)  # fast: all done
    sync_redis.xreadgroup("slow", "c", {s: ">"}, count=6)  # slow: 6 delivered
    sync_redis.xack(s, "slow", *ids[:3])  # ... of which 3 acknowledged, 3 pending
    client = Redis.from_url(redis_url)
    try:
        assert await trim(client, s, keep_seconds=0) == 3
        remaining = [i for i, _ in sync_redis.xrange(s)]
        assert remaining == ids[3:], "pending (3-5) and undelivered (6-9) entries stay"
        sync_redis.xack(s, "slow", *ids[3:6])
        assert await trim(client, s, keep_seconds=0) == 3
        assert [i for i, _ in sync_redis.xrange(s)] == ids[6:]
        assert await trim(client, s, keep_seconds=3600) == 0, "recent entries are kept for the window"
        sync_redis.xgroup_create(s, "new", id="0")
        assert await trim(client, s, keep_seconds=0) == 0, "a group that has read nothing holds everything"
        assert await trim(client, "test:none", keep_seconds=0) == 0
    finally:
        await client.aclose()


def test_after() -> None:
    assert after("1700000000000-5") == "1700000000000-6"
