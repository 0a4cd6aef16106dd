"""The inbox worker: find complete files, claim them, publish their articles, file them away.

A file's life: ``inbox/a/b.txt`` -> claimed by an atomic rename into ``inbox/.processing/<consumer>/a/b.txt``
(so several ingest replicas can share one folder) -> articles published -> ``inbox/done/a/b.txt``; or,
when it cannot be read, ``inbox/failed/a/b.txt`` beside ``inbox/failed/a/b.txt.error.json`` with the
reason. Nothing is deleted. On start a replica first finishes what it had claimed before it stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from newsflow.ingest.encoding import UndecodableFile
from newsflow.ingest.readers import ReadResult, UnreadableFile, read_article_file
from newsflow.ingest.settings import IngestSettings
from newsflow.shared import inbox as layout
from newsflow.shared import tracing
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import ARTICLES, FILES
from newsflow.shared.streams import ENRICH_GROUP, RAW
from newsflow.shared.wire import Outgoing, publish

log = get_logger("newsflow.ingest")


class Refused(Exception):
    """A file we will not read, for a reason the operator can fix."""


class StillGrowing(Exception):
    """A claimed file that changed after it looked complete: its writer is not done; it goes back."""


Stamp = tuple[int, int]  # size, mtime in ns


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_size, st.st_mtime_ns)


@dataclass(frozen=True, slots=True)
class Outcome:
    rel: str
    published: int
    rejected: int
    failed: str | None


def _unique(path: Path) -> Path:
    """``path``, or ``path`` with a ``.N`` before its suffix when that name is taken (nothing is overwritten)."""
    if not path.exists() and not path.is_symlink():
        return path
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
        n += 1


class InboxWorker:
    def __init__(self, settings: IngestSettings, redis: Redis) -> None:
        self.settings = settings
        self.redis = redis
        self.inbox = settings.inbox.resolve()
        self.claimed_dir = self.inbox / layout.PROCESSING / settings.consumer_name
        self.done_dir = self.inbox / layout.DONE
        self.failed_dir = self.inbox / layout.FAILED
        self._seen: dict[Path, tuple[Stamp, float]] = {}  # a file's stamp, and since when (monotonic)
        self.files_done = 0
        self.files_failed = 0
        self.available = True  # False while publishing fails (Redis away): health reports it

    # -- finding files ------------------------------------------------------------------------------
    def ready(self) -> list[Path]:
        """Files that are complete: seen unchanged for the settle time, or older than twice it.

        "Unchanged" is judged on this process's own clock, so a file stamped in the future (a clock
        ahead, an archive from elsewhere) is still taken once it has been left alone long enough.
        """
        now, mono = time.time(), time.monotonic()
        settle = self.settings.settle_seconds
        ready: list[Path] = []
        seen: dict[Path, tuple[Stamp, float]] = {}
        for path in layout.candidates(self.inbox):
            try:
                st = path.lstat()
            except FileNotFoundError:
                continue
            stamp = _stamp(st)
            before = self._seen.get(path)
            since = before[1] if before is not None and before[0] == stamp else mono
            seen[path] = (stamp, since)
            if mono - since >= settle or now - st.st_mtime >= 2 * settle:
                ready.append(path)
        self._seen = seen
        return ready

    def stamp_when_ready(self, path: Path) -> Stamp | None:
        """The size and mtime a file had when ``ready`` found it complete."""
        entry = self._seen.get(path)
        return entry[0] if entry is not None else None

    def claim(self, path: Path) -> Path | None:
        """Atomic rename into this replica's claim folder; None when another replica was faster."""
        rel = path.relative_to(self.inbox)
        target = _unique(self.claimed_dir / rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        return target

    def leftovers(self) -> list[Path]:
        """Files this replica had claimed when it stopped: finish them first."""
        if not self.claimed_dir.is_dir():
            return []
        return sorted(p for p in self.claimed_dir.rglob("*") if p.is_file() or p.is_symlink())

    def heartbeat(self) -> None:
        """Say this replica is alive, so that no other one adopts what it has claimed."""
        self.claimed_dir.parent.mkdir(parents=True, exist_ok=True)
        (self.claimed_dir.parent / f"{self.settings.consumer_name}.alive").touch()

    def adopt_orphans(self) -> int:
        """Take over files claimed by a replica that stopped and never came back under its name.

        A replica is gone when its heartbeat is older than NEWSFLOW_CLAIM_IDLE_MS. Its files are moved
        one by one, by atomic rename, into this replica's claim folder (two adopters cannot both win).
        """
        root = self.claimed_dir.parent
        if not root.is_dir():
            return 0
        adopted = 0
        stale_after = self.settings.claim_idle_ms / 1000
        for other in root.iterdir():
            if not other.is_dir() or other == self.claimed_dir:
                continue
            beat = root / f"{other.name}.alive"
            try:
                age = time.time() - beat.stat().st_mtime
            except FileNotFoundError:
                age = time.time() - other.stat().st_mtime
            if age < stale_after:
                continue
            for path in sorted(p for p in other.rglob("*") if p.is_file() or p.is_symlink()):
                target = _unique(self.claimed_dir / path.relative_to(other))
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.rename(path, target)
                except FileNotFoundError:
                    continue
                adopted += 1
            if adopted:
                log.warning("file.adopted", from_consumer=other.name, files=adopted, idle_s=round(age, 1))
        return adopted

    # -- reading ------------------------------------------------------------------------------------
    def _read(self, claimed: Path, rel: str, expected: Stamp | None = None) -> ReadResult:
        if expected is not None and _stamp(claimed.lstat()) != expected:
            raise StillGrowing("it changed after it had looked complete")
        if claimed.is_symlink():
            target = Path(os.path.realpath(claimed))
            if not target.is_relative_to(self.inbox) or target.is_relative_to(self.inbox / layout.PROCESSING):
                raise Refused(f"symbolic link to {target}, outside the inbox: not followed")
            if not target.is_file():
                raise Refused(f"symbolic link to {target}, which is not a regular file")
        elif not claimed.is_file():
            raise Refused("not a regular file")
        before = claimed.stat()
        size = before.st_size
        if size > self.settings.max_file_bytes:
            raise Refused(
                f"file is {size} bytes, over the limit of {self.settings.max_file_bytes} "
                "(NEWSFLOW_MAX_FILE_BYTES)"
            )
        data = claimed.read_bytes()
        if _stamp(claimed.stat()) != _stamp(before):  # a writer still holds it open and is writing
            raise StillGrowing("it changed while it was being read")
        return read_article_file(data, rel, {"file": rel})

    # -- filing -------------------------------------------------------------------------------------
    def _file_away(self, claimed: Path, rel: str, folder: Path) -> Path:
        dest = _unique(folder / rel)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(claimed, dest)
        return dest

    def _give_back(self, claimed: Path, rel: str, why: str) -> None:
        """Return a file that is still being written to the inbox; it is taken again once it settles."""
        dest = _unique(self.inbox / rel)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(claimed, dest)
        if dest == self.inbox / rel:
            log.info("file.still_growing", file=rel, reason=why, action="returned to the inbox")
        else:  # its writer re-created the name meanwhile: two files now, each taken when complete
            log.warning(
                "file.still_growing",
                file=rel,
                reason=why,
                action=f"returned to the inbox as {dest.relative_to(self.inbox)}: the name was taken again",
            )

    def _write_report(self, dest: Path, rel: str, report: dict[str, Any]) -> Path:
        self.failed_dir.mkdir(parents=True, exist_ok=True)
        target = _unique((self.failed_dir / rel).with_name(dest.name + ".error.json"))
        target.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "file": rel,
            "moved_to": str(dest.relative_to(self.inbox)),
            "service": "ingest",
            "consumer": self.settings.consumer_name,
            "at": datetime.now(UTC).isoformat(),
            **report,
        }
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, target)
        return target

    # -- one file -----------------------------------------------------------------------------------
    async def handle(self, claimed: Path, expected: Stamp | None = None) -> Outcome:
        """Read, publish and file away one claimed file; ``expected`` is its stamp when it looked complete."""
        rel = str(claimed.relative_to(self.claimed_dir))
        started = time.perf_counter()
        try:
            result = await asyncio.to_thread(self._read, claimed, rel, expected)
        except StillGrowing as exc:
            self._give_back(claimed, rel, str(exc))
            return Outcome(rel, 0, 0, None)
        except (Refused, UnreadableFile, UndecodableFile, OSError) as exc:
            reason = {"type": type(exc).__name__, "message": str(exc)}
            dest = self._file_away(claimed, rel, self.failed_dir)
            self._write_report(dest, rel, {"reason": reason})
            self.files_failed += 1
            FILES.labels(outcome="failed").inc()
            log.warning(
                "file.refused",
                file=rel,
                reason=reason["message"],
                error_type=reason["type"],
                moved_to=str(dest.relative_to(self.inbox)),
            )
            return Outcome(rel, 0, 0, reason["message"])
        items = []
        for article in result.articles:
            correlation_id = uuid.uuid4().hex
            headers = {"correlation_id": correlation_id, "source_file": rel}
            with tracing.article_span(
                "newsflow.ingest",
                kind=tracing.PRODUCER,
                attributes={
                    "messaging.system": "redis",
                    "messaging.destination.name": RAW,
                    "file": rel,
                    "article_id": article.id,
                    "correlation_id": correlation_id,
                },
            ):
                tracing.inject(headers)  # the trace starts here: enrich and store continue it
            items.append(Outgoing(article, headers))
            log.debug(
                "article.received",
                article_id=article.id,
                correlation_id=correlation_id,
                file=rel,
                stage="ingest",
            )
        await publish(self.redis, RAW, items)  # raises on a Redis outage: the file stays claimed
        dest = self._file_away(claimed, rel, self.done_dir)
        if result.rejected:
            self._write_report(
                dest,
                rel,
                {
                    "reason": {
                        "type": "PartlyRejected",
                        "message": f"{len(result.rejected)} part(s) refused, {len(result.articles)} published",
                    },
                    "rejected": [
                        {"where": r.where, "reason": r.reason, "raw": r.raw} for r in result.rejected
                    ],
                },
            )
            log.warning(
                "file.partly_refused",
                file=rel,
                published=len(items),
                rejected=len(result.rejected),
                first=f"{result.rejected[0].where}: {result.rejected[0].reason}",
            )
        self.files_done += 1
        FILES.labels(outcome="done").inc()
        ARTICLES.labels(stage="ingest", outcome="published").inc(len(items))
        log.info(
            "file.ingested",
            file=rel,
            articles=len(items),
            encoding=result.encoding,
            article_ids=[a.id for a in result.articles][:10],
            ms=round((time.perf_counter() - started) * 1000, 2),
            stage="ingest",
        )
        return Outcome(rel, len(items), len(result.rejected), None)

    # -- back-pressure ------------------------------------------------------------------------------
    async def lag(self) -> int:
        try:
            groups = await self.redis.xinfo_groups(RAW)
        except Exception:
            return 0
        for g in groups:
            name = g["name"].decode() if isinstance(g["name"], bytes) else g["name"]
            if name == ENRICH_GROUP:
                return int(g.get("lag") or 0)
        return 0

    # -- the loop -----------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        log.info("ingest.watching", inbox=str(self.inbox), settle_s=self.settings.settle_seconds)
        paused = False
        while not stop.is_set():
            self.heartbeat()
            self.adopt_orphans()
            for leftover in self.leftovers():  # claimed before a restart, or a publish that failed
                log.info("file.resumed", file=str(leftover.relative_to(self.claimed_dir)))
                await self._guarded(leftover)
            if (lag := await self.lag()) > self.settings.max_lag:
                if not paused:
                    log.warning(
                        "ingest.paused", reason="back-pressure", lag=lag, max_lag=self.settings.max_lag
                    )
                paused = True
            else:
                if paused:
                    log.info("ingest.resumed", lag=lag)
                paused = False
                for path in self.ready():
                    if stop.is_set():
                        break
                    if (claimed := self.claim(path)) is not None:
                        await self._guarded(claimed, self.stamp_when_ready(path))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.scan_interval)

    async def _guarded(self, claimed: Path, expected: Stamp | None = None) -> None:
        try:
            await self.handle(claimed, expected)
            self.available = True
        except Exception as exc:  # Redis down and the like: the file stays claimed and is retried
            self.available = False
            log.error("file.retry_later", file=str(claimed), error=f"{type(exc).__name__}: {exc}")
            await asyncio.sleep(min(5.0, self.settings.scan_interval * 4))
            return
