"""A test rig for the fault-injection suite: a private Redis, the services as processes, fault levers."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis

from newsflow.shared.streams import DEAD, ENRICHED, RAW

NEWSFLOW = [sys.executable, "-m", "newsflow.shared.cli"]


@dataclass
class Row:
    scenario: str
    sent: int
    stored: int
    lost: int
    duplicated: int
    republished: int
    dead: int
    seconds: float

    def line(self) -> str:
        return (
            f"{self.scenario:<28} sent {self.sent:>5}  stored {self.stored:>5}  lost {self.lost}  "
            f"duplicated {self.duplicated}  re-published {self.republished:>3}  dead-lettered {self.dead:>3}  "
            f"{self.seconds:5.1f}s"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Rig:
    tmp: Path
    env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    redis_proc: subprocess.Popen[bytes] | None = None
    port: int = 0
    started: float = field(default_factory=time.monotonic)

    # -- Redis ------------------------------------------------------------------------------------------
    def start_redis(self, aof: bool = False) -> None:
        self.port = self.port or free_port()
        data = self.tmp / "redis"
        data.mkdir(exist_ok=True)
        args = [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(data),
            "--save",
            "",
        ]
        args += ["--appendonly", "yes", "--appendfsync", "always"] if aof else ["--appendonly", "no"]
        self.redis_proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait(lambda: self._ping(), 10, "redis to start")

    def stop_redis(self) -> None:
        if self.redis_proc is not None:
            self.redis_proc.send_signal(signal.SIGTERM)  # SHUTDOWN: the AOF is flushed
            self.redis_proc.wait(20)
            self.redis_proc = None

    def _ping(self) -> bool:
        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5).ping())
        except redis.ConnectionError:
            return False

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def r(self) -> redis.Redis:
        return redis.Redis(port=self.port, decode_responses=True)

    @property
    def db(self) -> Path:
        return self.tmp / "newsflow.db"

    # -- services ---------------------------------------------------------------------------------------
    def start(self, name: str, service: str, **env: str) -> None:
        logs = self.tmp / "logs"
        logs.mkdir(exist_ok=True)
        full = {
            **os.environ,
            "REDIS_URL": self.url,
            "DATABASE_URL": f"sqlite:///{self.db}",
            "NEWSFLOW_CONSUMER_NAME": name,
            "NEWSFLOW_HEALTH_FILE": str(self.tmp / f"{name}.alive"),
            "NEWSFLOW_LOG_FORMAT": "json",
            "NEWSFLOW_LOG_LEVEL": "warning",
            "NEWSFLOW_CLAIM_IDLE_MS": "1500",
            "NEWSFLOW_POLL_MS": "100",
            "NEWSFLOW_BATCH_SIZE": "50",
            "NEWSFLOW_ENRICHERS": "none",
            "NEWSFLOW_INBOX": str(self.tmp / "inbox"),
            "NEWSFLOW_SETTLE_SECONDS": "0.2",
            "NEWSFLOW_SCAN_INTERVAL": "0.1",
            **self.env,
            **env,
        }
        with (logs / f"{name}.log").open("ab") as log:
            self.procs[name] = subprocess.Popen(
                [*NEWSFLOW, service], env=full, stdout=log, stderr=subprocess.STDOUT
            )

    def kill(self, name: str) -> None:
        proc = self.procs.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)

    def exited(self) -> dict[str, int]:
        return {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}

    def stop_all(self) -> dict[str, int | None]:
        """SIGTERM every service once it is up; their exit codes."""
        self.wait_up()
        for p in self.procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        for name, p in self.procs.items():
            try:
                codes[name] = p.wait(45)
            except subprocess.TimeoutExpired:
                p.kill()
                codes[name] = None
        self.procs.clear()
        return codes

    def wait_up(self) -> None:
        """Until every running service has started (its heartbeat file exists)."""
        self.wait(
            lambda: all(
                (self.tmp / f"{n}.alive").exists() or p.poll() is not None for n, p in self.procs.items()
            ),
            60,
            "every service to be up",
        )

    def close(self) -> None:
        for p in self.procs.values():
            if p.poll() is None:
                p.kill()
                p.wait(10)
        self.procs.clear()
        if self.redis_proc is not None:
            self.redis_proc.kill()
            self.redis_proc.wait(10)

    def log_tail(self, name: str, lines: int = 15) -> str:
        path = self.tmp / "logs" / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    # -- traffic and outcome ----------------------------------------------------------------------------
    def publish(self, docs: list[dict[str, object]], chunk: int = 200) -> None:
        r = self.r
        for i in range(0, len(docs), chunk):
            with r.pipeline(transaction=False) as p:
                for d in docs[i : i + chunk]:
                    p.xadd(RAW, {"data": json.dumps(d, ensure_ascii=False)})
                p.execute()

    def publish_raw(self, fields: dict[str, str]) -> None:
        self.r.xadd(RAW, fields)

    def stored(self) -> set[str]:
        if not self.db.exists():
            return set()
        try:
            with sqlite3.connect(self.db, timeout=5) as conn:
                return {row[0] for row in conn.execute("SELECT id FROM articles")}
        except sqlite3.OperationalError:  # not migrated yet, or locked by the test itself
            return set()

    def stored_rows(self) -> int:
        with sqlite3.connect(self.db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def enriched_per_article(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for _, fields in self.r.xrange(ENRICHED):
            counts[fields.get("article_id", "?")] += 1
        return counts

    def dead(self) -> int:
        return int(self.r.xlen(DEAD))

    def wait(self, check: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def row(self, scenario: str, sent: set[str]) -> Row:
        stored = self.stored()
        per_article = self.enriched_per_article()
        return Row(
            scenario=scenario,
            sent=len(sent),
            stored=len(stored & sent),
            lost=len(sent - stored),
            duplicated=(self.stored_rows() - len(stored)) + len(stored - sent),
            republished=sum(n - 1 for a, n in per_article.items() if n > 1),
            dead=self.dead(),
            seconds=time.monotonic() - self.started,
        )


def articles(scenario: str, n: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"{scenario}-{i:05d}",
            "title": f"{scenario} {i}",
            "body": f"Police chiefs met in Marrakesh, Morocco, to discuss cooperation ({scenario} {i}).",
        }
        for i in range(n)
    ]
