"""The fault-injection suite prints one row per scenario at the end of the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.rig import Rig, Row

ROWS: list[Row] = []


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    r = Rig(tmp_path)
    try:
        yield r
    finally:
        r.close()


@pytest.fixture
def record() -> Iterator[list[Row]]:
    rows: list[Row] = []
    yield rows
    ROWS.extend(rows)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if ROWS:
        terminalreporter.section("fault injection: lost must be 0, duplicated must be 0")
        for row in ROWS:
            terminalreporter.write_line(row.line())
