"""Beyond one Redis server: the whole pipeline through Redis Sentinel and through a Redis Cluster.

Each test starts real servers (redis-server, in sentinel or cluster mode) on free ports and runs
``newsflow up`` on the seeds against them, with REDIS_URL in the environment as compose sets it.
"""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import SEEDS
from tests.e2e.test_pipeline import _free_port, check_seeds, stored

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REDIS_SERVER = shutil.which("redis-server")
needs_redis_server = pytest.mark.skipif(REDIS_SERVER is None, reason="needs the redis-server binary")


def _start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    assert REDIS_SERVER is not None
    return subprocess.Popen(
        [REDIS_SERVER, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _wait(check, what: str, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        try:
            if check():
                return
        except (redis.ConnectionError, redis.ResponseError):
            pass
        assert time.monotonic() < deadline, f"{what} did not come up"
        time.sleep(0.1)


def _ask(port: int, *command: str):  # type: ignore[no-untyped-def]
    with redis.Redis(port=port) as r:
        return r.execute_command(*command)


def _cluster_port() -> int:
    """A free port whose cluster bus port (+10000) is free too."""
    import random
    import socket

    while True:
        port = random.randint(20000, 45000)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 10000))
            return port
        except OSError:
            continue


@pytest.fixture
def sentinel_url(tmp_path: Path) -> Iterator[str]:
    master, sentinel = _free_port(), _free_port()
    procs = [
        _start(["--port", str(master), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], tmp_path)
    ]
    conf = tmp_path / "sentinel.conf"
    conf.write_text(
        f"port {sentinel}\nbind 127.0.0.1\nsentinel monitor newsflow-master 127.0.0.1 {master} 1\n"
        "sentinel down-after-milliseconds newsflow-master 5000\n",
        encoding="utf-8",
    )
    procs.append(_start([str(conf), "--sentinel"], tmp_path))
    try:
        with redis.Redis(port=sentinel) as s:
            _wait(lambda: s.sentinel_master("newsflow-master")["port"] == master, "sentinel")
        yield f"redis+sentinel://127.0.0.1:{sentinel}/newsflow-master/0"
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)


@pytest.fixture
def cluster_url(tmp_path: Path) -> Iterator[str]:
    ports = [_cluster_port() for _ in range(3)]
    procs = []
    for port in ports:
        node = tmp_path / str(port)
        node.mkdir()
        procs.append(
            _start(
                [
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--cluster-enabled",
                    "yes",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ],
                node,
            )
        )
    try:
        for port in ports:
            _wait(lambda port=port: _ask(port, "PING"), f"node {port}")
        create = subprocess.run(
            ["redis-cli", "--cluster", "create", *(f"127.0.0.1:{p}" for p in ports), "--cluster-yes"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert create.returncode == 0, create.stdout + create.stderr
        _wait(lambda: b"cluster_state:ok" in _ask(ports[0], "CLUSTER", "INFO"), "cluster")
        yield f"redis+cluster://127.0.0.1:{ports[0]},127.0.0.1:{ports[1]}"
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)


def _up_on_the_seeds(tmp_path: Path, url: str) -> str:
    database = f"sqlite:///{tmp_path / 'newsflow.db'}"
    env = {**os.environ, "REDIS_URL": url}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsflow.shared.cli",
            "up",
            "--seed",
            str(SEEDS),
            "--exit-when-idle",
            "--inbox",
            str(tmp_path / "inbox"),
            "--database",
            database,
            "--http-port",
            "0",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    check_seeds(stored(database))
    return out.stdout


@needs_redis_server
def test_pipeline_through_sentinel(tmp_path: Path, sentinel_url: str) -> None:
    _up_on_the_seeds(tmp_path, sentinel_url)
    sentinel_port = int(sentinel_url.split(":")[2].split("/")[0])
    with redis.Redis(port=sentinel_port) as s:
        master_port = int(s.sentinel_master("newsflow-master")["port"])
    with redis.Redis(port=master_port) as master:
        assert master.xlen("newsflow:articles:enriched") == 2
        assert master.xinfo_groups("newsflow:articles:enriched")[0]["pending"] == 0


@needs_redis_server
def test_pipeline_through_a_cluster(tmp_path: Path, cluster_url: str) -> None:
    _up_on_the_seeds(tmp_path, cluster_url)
    port = int(cluster_url.split(":")[2].split(",")[0])
    with redis.cluster.RedisCluster(host="127.0.0.1", port=port) as node:
        # the keys share the {newsflow} hash tag: one slot, so a publication and its acknowledgement are one MULTI
        assert node.xlen("{newsflow}:articles:enriched") == 2
        assert node.keyslot("{newsflow}:articles:raw") == node.keyslot("{newsflow}:articles:dead")
        assert node.xinfo_groups("{newsflow}:articles:enriched")[0]["pending"] == 0
