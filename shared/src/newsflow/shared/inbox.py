"""The watched folder's layout, known to ingest (which works it) and to ``newsflow up`` (which waits on it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

DONE: Final = "done"
FAILED: Final = "failed"
PROCESSING: Final = ".processing"
SUFFIXES: Final = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
IGNORED_SUFFIXES: Final = frozenset({".tmp", ".part", ".crdownload", ".swp"})
RESERVED: Final = frozenset({DONE, FAILED, PROCESSING})


def is_ignored(name: str) -> bool:
    """Dotfiles, temporary and partial downloads are never taken, whatever their age."""
    if name.startswith(".") or name.startswith("~") or name.endswith("~"):
        return True
    return Path(name).suffix.lower() in IGNORED_SUFFIXES


def candidates(inbox: Path) -> Iterator[Path]:
    """Every file that may be an article: below the inbox, not in done/ failed/ or dot folders.

    Symbolic links are listed (ingest decides about them); folders behind links are not entered.
    """
    for dirpath, dirnames, filenames in os.walk(inbox, followlinks=False):
        here = Path(dirpath)
        if here == inbox:
            dirnames[:] = [d for d in dirnames if d not in RESERVED and not d.startswith(".")]
        else:
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        dirnames.sort()
        for name in sorted(filenames):
            if not is_ignored(name):
                yield here / name


def waiting(inbox: Path) -> int:
    """Files not yet finished: candidates plus those claimed and in flight."""
    if not inbox.is_dir():
        return 0
    n = sum(1 for _ in candidates(inbox))
    processing = inbox / PROCESSING
    if processing.is_dir():  # claim folders, one per replica (beside them: the replicas' heartbeats)
        for claims in processing.iterdir():
            if claims.is_dir():
                n += sum(len(files) for _, _, files in os.walk(claims))
    return n


def counts(inbox: Path) -> dict[str, int]:
    """Files waiting to be taken, being processed (claimed by a replica) and refused (in failed/)."""
    out = {"waiting": 0, "processing": 0, "failed": 0}
    if not inbox.is_dir():
        return out
    out["waiting"] = sum(1 for _ in candidates(inbox))
    processing = inbox / PROCESSING
    if processing.is_dir():
        for claims in processing.iterdir():
            if claims.is_dir():
                out["processing"] += sum(len(files) for _, _, files in os.walk(claims))
    failed = inbox / FAILED
    if failed.is_dir():
        out["failed"] = sum(
            1 for _, _, files in os.walk(failed) for f in files if not f.endswith(".error.json")
        )
    return out
