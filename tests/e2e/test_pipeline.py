"""The services as separate processes, as users and docker-compose run them."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import yaml

from newsflow.shared.contracts import DeadLetter, EnrichedArticle
from newsflow.shared.streams import DEAD, RAW
from tests.conftest import ROOT, SEEDS

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

NEWSFLOW = [sys.executable, "-m", "newsflow.shared.cli"]
TITLES = {
    "000_4513923ae5498424.txt": "الأمين العام للانتربول بمراكش..الدعوة إلى تقوية التعاون الدولي لمواجهة التحديات الأمنية الكبرى",
    "002_7fd13265f7ec3363.txt": "مراكش _ الدخيسي يدعو لبلورة مرجعيات موحدة لمواجهة الإرهاب في منطقة”mena”",
}


def run(
    args: list[str], env: dict[str, str] | None = None, timeout: float = 180, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSFLOW, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=cwd
    )


def stored(database: str) -> list[EnrichedArticle]:
    out = run(["articles", "--database", database, "--json", "--limit", "100"])
    assert out.returncode == 0, out.stderr
    return [EnrichedArticle.model_validate(a) for a in json.loads(out.stdout)]


def check_seeds(articles: list[EnrichedArticle]) -> None:
    by_title = {a.title: a for a in articles}
    for title in TITLES.values():
        a = by_title[title]
        assert a.language.code == "ar"
        canon = {(e.label, e.canonical) for e in a.entities}
        assert ("ORGANIZATION", "الإنتربول") in canon
        assert ("LOCATION", "مراكش") in canon
        assert ("PERSON", "يورغن ستوك") in canon
        assert a.topics
        assert a.topics[0].code == "medtop:02000000"
    assert by_title[TITLES["002_7fd13265f7ec3363.txt"]].author == "عبد الحميد زويت"


def test_up_with_an_embedded_server_on_the_seeds(tmp_path: Path) -> None:
    """The README's command: no Redis given, an embedded Valkey is started and stopped."""
    database = f"sqlite:///{tmp_path / 'newsflow.db'}"
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    out = run(
        [
            "up",
            "--seed",
            str(SEEDS),
            "--exit-when-idle",
            "--inbox",
            str(tmp_path / "inbox"),
            "--database",
            database,
            "--state-dir",
            str(tmp_path / "state"),
            "--http-port",
            str(_free_port_block(8)),
        ],
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "embedded valkey" in out.stdout
    assert "store    |" in out.stdout
    assert "enrich-1 |" in out.stdout
    assert "ingest   |" in out.stdout
    assert "read API and page: http://127.0.0.1:" in out.stdout
    assert "http.listening" in out.stdout
    articles = stored(database)
    assert len(articles) == 2
    check_seeds(articles)
    assert sorted(p.name for p in (tmp_path / "inbox" / "done").iterdir()) == sorted(TITLES)


def test_up_with_plain_producer_bad_file_and_poison(tmp_path: Path, redis_url: str) -> None:
    r = redis.Redis.from_url(redis_url, decode_responses=True)
    # published by "another system" before any newsflow service ever ran
    r.xadd(
        RAW,
        {
            "data": json.dumps(
                {
                    "title": "Interpol chief visits Lyon",
                    "body": "Interpol Secretary General Jürgen Stock visited Lyon, France, on Monday "
                    "to meet police officials about cross-border crime.",
                }
            ),
            "correlation_id": "wire-1",
        },
    )
    r.xadd(RAW, {"data": '{"title": "poison", "body": '})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, inbox / seed.name)
    (inbox / "broken.json").write_text('{"title": "half a file", "bo', encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'n.db'}"
    import socket

    with socket.socket() as taken:  # the HTTP port asked for is in use: up says so and goes on without HTTP
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        out = run(
            [
                "up",
                "--exit-when-idle",
                "--inbox",
                str(inbox),
                "--database",
                database,
                "--redis-url",
                redis_url,
                "--enrich-replicas",
                "2",
                "--http-port",
                str(taken.getsockname()[1]),
            ],
            cwd=tmp_path,
        )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "are not all free: the services run without HTTP" in out.stdout

    articles = stored(database)
    assert len(articles) == 3
    check_seeds(articles)
    wire = next(a for a in articles if a.title == "Interpol chief visits Lyon")
    assert wire.language.code == "en"
    assert {("PERSON", "Jürgen Stock"), ("LOCATION", "Lyon")} <= {
        (e.label, e.canonical) for e in wire.entities
    }

    report = json.loads((inbox / "failed" / "broken.json.error.json").read_text(encoding="utf-8"))
    assert "invalid JSON" in report["reason"]["message"]
    assert (inbox / "failed" / "broken.json").exists()
    [(_, fields)] = r.xrange(DEAD)
    letter = DeadLetter.model_validate_json(fields["data"])
    assert letter.fields["data"] == '{"title": "poison", "body": '
    assert "not valid JSON" in letter.reason.message
    r.close()


def interpolate(value: str, variables: dict[str, str]) -> str:
    """docker compose's ${VAR}, ${VAR:-default} and ${VAR:?error} (the only forms the file may use)."""

    def sub(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3)
        if op == ":-":
            return variables.get(name) or arg
        if op == ":?":
            if not variables.get(name):
                raise KeyError(f"{name}: {arg}")
            return variables[name]
        return variables.get(name, "")

    out = re.sub(r"\$\{([A-Z_][A-Z0-9_]*)(?:(:-|:\?)([^}]*))?\}", sub, value)
    assert "${" not in out, value
    return out


def _compose_env(service: dict, replacements: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    variables = {"POSTGRES_PASSWORD": "unused-in-this-test"}
    for key, value in (service.get("environment") or {}).items():
        env[key] = replacements.get(key, interpolate(str(value), variables))
    return env


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _free_port_block(size: int) -> int:
    """The first of ``size`` consecutive free ports: ``up`` gives each service the next one, and runs
    them without HTTP (saying so) when any is taken, as one after a random free port may be."""
    import socket

    for _ in range(100):
        base = _free_port()
        if base + size > 65535:
            continue
        held = []
        try:
            for port in range(base, base + size):
                s = socket.socket()
                held.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
    raise RuntimeError(f"no {size} consecutive free ports")


def check_http_side(ports: dict[str, int]) -> None:
    """With the services running: every /health/ready and /metrics, the read API and the page answer."""
    import httpx

    for name, port in ports.items():
        ready = httpx.get(f"http://127.0.0.1:{port}/health/ready", timeout=10)
        assert ready.status_code == 200, (name, ready.text)
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
        assert 'newsflow_group_lag{group="enrich",stream="newsflow:articles:raw"} 0.0' in metrics, name
    store = f"http://127.0.0.1:{ports['store-1']}"
    metrics = httpx.get(f"{store}/metrics", timeout=10).text
    assert "newsflow_store_commit_seconds_count" in metrics
    enrich_metrics = httpx.get(f"http://127.0.0.1:{ports['enrich-1']}/metrics", timeout=10).text
    assert "newsflow_enrich_seconds_bucket" in enrich_metrics
    page = httpx.get(f"{store}/articles", params={"entity": "الإنتربول", "language": "ar"}, timeout=10).json()
    assert page["total"] == 2
    assert {a["title"] for a in page["items"]} == set(TITLES.values())
    people = httpx.get(f"{store}/entities", params={"label": "PERSON"}, timeout=10).json()
    assert "يورغن ستوك" in {p["canonical"] for p in people}
    assert httpx.get(f"{store}/stats", timeout=10).json()["articles"] == 2
    assert "<title>newsflow</title>" in httpx.get(f"{store}/", timeout=10).text


def test_compose_commands_as_processes(tmp_path: Path, redis_url: str, database_url: str) -> None:
    """Each docker-compose service's own command and environment, run as a plain process; SIGTERM drains."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))["services"]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    repl = {
        "REDIS_URL": redis_url,
        "DATABASE_URL": database_url,
        "NEWSFLOW_INBOX": str(inbox),
        "NEWSFLOW_LOG_FORMAT": "json",
    }

    def argv(name: str) -> list[str]:
        command = compose[name]["command"]
        assert command[0] == "newsflow"
        return [*NEWSFLOW, *command[1:]]

    migrate = subprocess.run(
        argv("store-migrate"),
        env=_compose_env(compose["store-migrate"], repl),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrate.returncode == 0, migrate.stderr
    procs: dict[str, subprocess.Popen[str]] = {}
    replicas = compose["enrich"]["deploy"]["replicas"]
    names = ["store-1", *(f"enrich-{i}" for i in range(1, replicas + 1)), "ingest-1"]
    ports = {n: _free_port() for n in names}
    for name, count in (("store", 1), ("enrich", replicas), ("ingest", 1)):
        for i in range(1, count + 1):
            env = _compose_env(compose[name], repl)
            env["NEWSFLOW_CONSUMER_NAME"] = f"{name}-{i}"  # a container's hostname in compose
            env["NEWSFLOW_HEALTH_FILE"] = str(tmp_path / f"{name}-{i}.alive")
            env["NEWSFLOW_HTTP_PORT"] = str(ports[f"{name}-{i}"])  # one host here, one port each
            procs[f"{name}-{i}"] = subprocess.Popen(
                argv(name), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
    try:
        for seed in SEEDS.iterdir():
            tmp = inbox / f".{seed.name}.tmp"
            shutil.copy(seed, tmp)
            tmp.rename(inbox / seed.name)
        deadline = time.monotonic() + 120
        while True:
            dead = [n for n, p in procs.items() if p.poll() is not None]
            assert not dead, f"{dead} exited early"
            if len(stored(database_url)) == 2:
                break
            assert time.monotonic() < deadline, "articles not stored in time"
            time.sleep(0.3)
        check_seeds(stored(database_url))
        health = {
            n: subprocess.run(
                [*NEWSFLOW, "healthcheck"],
                capture_output=True,
                timeout=60,
                env={**os.environ, "NEWSFLOW_HTTP_PORT": str(ports[n])},
            ).returncode
            for n in procs
        }
        assert set(health.values()) == {0}, health
        check_http_side(ports)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        codes = {}
        for name, p in procs.items():
            try:
                codes[name] = p.wait(timeout=45)
            except subprocess.TimeoutExpired:
                p.kill()
                codes[name] = "killed"
    logs = {}
    for n, p in procs.items():
        assert p.stdout is not None
        logs[n] = p.stdout.read()
        p.stdout.close()
    assert set(codes.values()) == {0}, (codes, {n: logs[n][-1500:] for n in logs})
    for line in logs["ingest-1"].splitlines():
        json.loads(line)  # JSON lines when not on a terminal
    assert "file.ingested" in logs["ingest-1"]
