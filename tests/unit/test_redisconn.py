"""Redis URLs: one server, Sentinel, Cluster; clear errors for anything else."""

import pytest

from newsflow.shared.redisconn import RedisUrlError, kind_of, parse
from newsflow.shared.settings import ServiceSettings


def test_single_server_urls_pass_through() -> None:
    for url in ("redis://localhost:6379/0", "rediss://:secret@cache:6380/2", "unix:///run/redis.sock"):
        t = parse(url)
        assert (t.kind, t.url) == ("single", url)


def test_sentinel_url() -> None:
    t = parse("redis+sentinel://app:p%40ss@s1:26379,s2,s3:26380/mymaster/3")
    assert t.kind == "sentinel"
    assert t.nodes == [("s1", 26379), ("s2", 26379), ("s3", 26380)]
    assert (t.master, t.db, t.username, t.password, t.tls) == ("mymaster", 3, "app", "p@ss", False)
    assert parse("rediss+sentinel://s1/m").tls


def test_cluster_url() -> None:
    t = parse("redis+cluster://n1:7000,n2:7001")
    assert t.kind == "cluster"
    assert t.nodes == [("n1", 7000), ("n2", 7001)]
    assert kind_of("REDIS+CLUSTER://n1") == "cluster"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://localhost:6379", "unsupported Redis URL"),
        ("localhost:6379", "unsupported Redis URL"),
        ("redis+sentinel://s1:26379", "names its master"),
        ("redis+cluster://:7000", "no host"),
    ],
)
def test_bad_urls_are_refused_clearly(url: str, message: str) -> None:
    with pytest.raises(RedisUrlError, match=message):
        parse(url)


def test_settings_refuse_a_bad_url_at_start() -> None:
    with pytest.raises(ValueError, match="unsupported Redis URL"):
        ServiceSettings(redis_url="http://nope")
    assert ServiceSettings(redis_url="redis+sentinel://s1/m").redis == "redis+sentinel://s1/m"
