from __future__ import annotations

from pathlib import Path

from pydantic import Field

from newsflow.shared.settings import ServiceSettings


class IngestSettings(ServiceSettings):
    inbox: Path = Field(
        default=Path("inbox"), description="the watched folder (done/ and failed/ live inside it)"
    )
    settle_seconds: float = Field(
        default=1.0, ge=0.0, description="a file is taken once unchanged for this long (or renamed in whole)"
    )
    scan_interval: float = Field(default=0.5, gt=0.0, description="seconds between scans of the inbox")
    max_file_bytes: int = Field(default=20 * 1024 * 1024, ge=1, description="larger files go to failed/")
    max_lag: int = Field(
        default=10_000,
        ge=1,
        description="back-pressure: pause while the raw stream's enrich lag is above this",
    )
