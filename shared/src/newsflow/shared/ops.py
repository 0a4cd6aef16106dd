"""Operator commands: ``newsflow dlq list|show|replay|purge`` and ``newsflow status``.

A replay writes the dead letter's original fields back to the stream they came from, and removes the
dead letter, in one MULTI/EXEC: it is retried as if new, never lost and never doubled.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import redis as redis_sync
import typer
from pydantic import ValidationError

from newsflow.shared import redisconn
from newsflow.shared.contracts import DeadLetter
from newsflow.shared.logs import mask_secrets
from newsflow.shared.streams import DEAD, GROUPS

RedisOpt = Annotated[
    str, typer.Option("--redis-url", envvar="REDIS_URL", help="the Redis holding the streams")
]
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


def _client(url: str) -> Any:
    """A synchronous client (typed Any: redis-py annotates sync results as ``Awaitable | Any``)."""
    return redisconn.sync_client(url, decode_responses=True)


def _letters(r: Any, ids: list[str] | None = None, count: int | None = None) -> list[tuple[str, Any]]:
    if ids:
        out: list[tuple[str, Any]] = []
        for i in ids:
            found = r.xrange(DEAD, i, i)
            if not found:
                raise typer.BadParameter(f"no dead letter {i}")
            out.extend(found)
        return out
    return list(r.xrange(DEAD, count=count))


def _parse(fields: dict[str, str]) -> DeadLetter | None:
    try:
        return DeadLetter.model_validate_json(fields.get("data", ""))
    except ValidationError:
        return None


def register(app: typer.Typer) -> None:
    dlq = typer.Typer(help="Dead letters: inspect, replay, purge.", no_args_is_help=True)
    app.add_typer(dlq, name="dlq")

    @dlq.command("list")
    def dlq_list(
        redis_url: RedisOpt = DEFAULT_REDIS,
        limit: Annotated[int, typer.Option(min=1)] = 50,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """The oldest dead letters: id, service, source, deliveries, reason."""
        r = _client(redis_url)
        rows: list[dict[str, Any]] = []
        for entry_id, fields in _letters(r, count=limit):
            letter = _parse(fields)
            rows.append(
                {
                    "id": entry_id,
                    "service": letter.service if letter else "?",
                    "source": f"{letter.stream} {letter.entry_id}" if letter else "?",
                    "deliveries": letter.deliveries if letter else None,
                    "failed_at": letter.failed_at.isoformat() if letter else None,
                    "reason": f"{letter.reason.type}: {letter.reason.message}"
                    if letter
                    else "(not a DeadLetter)",
                }
            )
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        typer.echo(f"{r.xlen(DEAD)} dead letter(s) in {DEAD}")
        for row in rows:
            typer.echo(
                f"{row['id']}  {row['service']:<7} {row['source']}  x{row['deliveries']}  {row['reason'][:150]}"
            )

    @dlq.command("show")
    def dlq_show(entry_id: str, redis_url: RedisOpt = DEFAULT_REDIS) -> None:
        """One dead letter in full: the original entry and the reason."""
        [(_, fields)] = _letters(_client(redis_url), [entry_id])
        letter = _parse(fields)
        typer.echo(
            letter.model_dump_json(indent=2) if letter else json.dumps(fields, ensure_ascii=False, indent=2)
        )

    @dlq.command("replay")
    def dlq_replay(
        ids: Annotated[list[str] | None, typer.Argument(help="dead letter ids (see `dlq list`)")] = None,
        all_: Annotated[bool, typer.Option("--all", help="every dead letter")] = False,
        redis_url: RedisOpt = DEFAULT_REDIS,
    ) -> None:
        """Put dead letters back on the stream they came from (and remove them from the dead stream)."""
        if not ids and not all_:
            raise typer.BadParameter("name dead letter ids, or --all")
        r = _client(redis_url)
        replayed = 0
        while True:
            batch = _letters(r, ids) if ids else _letters(r, count=500)
            if not batch:
                break
            with r.pipeline(transaction=True) as pipe:
                for dead_id, fields in batch:
                    letter = _parse(fields)
                    if letter is None:
                        typer.echo(f"skipped {dead_id}: not a dead letter newsflow wrote", err=True)
                        continue
                    pipe.xadd(letter.stream, letter.fields)
                    pipe.xdel(DEAD, dead_id)
                    replayed += 1
                pipe.execute()
            if ids:
                break
        typer.echo(f"replayed {replayed} dead letter(s)")

    @dlq.command("purge")
    def dlq_purge(
        ids: Annotated[list[str] | None, typer.Argument(help="dead letter ids; none: all of them")] = None,
        yes: Annotated[bool, typer.Option("--yes", help="really delete every dead letter")] = False,
        redis_url: RedisOpt = DEFAULT_REDIS,
    ) -> None:
        """Delete dead letters for good."""
        r = _client(redis_url)
        if ids:
            typer.echo(f"purged {r.xdel(DEAD, *ids)} dead letter(s)")
            return
        if not yes:
            raise typer.BadParameter(f"this deletes all {r.xlen(DEAD)} dead letters: add --yes")
        n = r.xlen(DEAD)
        r.delete(DEAD)
        typer.echo(f"purged {n} dead letter(s)")

    @app.command()
    def status(
        redis_url: RedisOpt = DEFAULT_REDIS, as_json: Annotated[bool, typer.Option("--json")] = False
    ) -> None:
        """Per stream: length; per group: pending, lag, consumers and their idle time."""
        r = _client(redis_url)
        report: dict[str, Any] = {"redis": mask_secrets(redis_url), "streams": {}}
        for stream in [*GROUPS, DEAD]:
            info: dict[str, Any] = {"length": r.xlen(stream), "groups": {}}
            try:
                groups = r.xinfo_groups(stream)
            except redis_sync.ResponseError:
                groups = []
            for g in groups:
                consumers = r.xinfo_consumers(stream, g["name"])
                info["groups"][g["name"]] = {
                    "pending": g["pending"],
                    "lag": g.get("lag"),
                    "last_delivered": g["last-delivered-id"],
                    "consumers": {
                        c["name"]: {"pending": c["pending"], "idle_ms": c["idle"]} for c in consumers
                    },
                }
            report["streams"][stream] = info
        if as_json:
            typer.echo(json.dumps(report, indent=2))
            return
        typer.echo(f"redis {report['redis']}")
        for stream, info in report["streams"].items():
            typer.echo(f"\n{stream}: {info['length']} entries")
            for name, g in info["groups"].items():
                typer.echo(
                    f"  group {name}: pending {g['pending']}, lag {g['lag']}, last delivered {g['last_delivered']}"
                )
                for cname, c in g["consumers"].items():
                    typer.echo(
                        f"    consumer {cname}: pending {c['pending']}, idle {c['idle_ms'] / 1000:.1f}s"
                    )
