"""The enrich image's compiled modules (services/enrich/Dockerfile, first stage) do what their sources do.

The test runs that stage's steps in a temporary directory: the lock file's install with the
``compile`` group, then ``scripts/compile.py --in-place``. It then enriches the same texts with the
compiled modules and with the sources, and compares the results.

With ``NEWSFLOW_COMPILED_OUT=DIR`` it also leaves what it compiled in ``DIR`` in the layout of
``compile.py --out DIR`` (the data linked, not copied), so that ``.ci/run`` runs the unit tests
against those modules without compiling them a second time (mypyc takes 5-7 minutes on two cores).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

# language, entities and topics of each text, one JSON document; argv[1]: texts, argv[2]: result
ENRICH = """
import json, sys
from newsflow.enrich.pipeline import Pipeline, compiled_modules
from newsflow.shared.contracts import RawArticle

pipeline = Pipeline()
out = {"compiled": compiled_modules(), "articles": []}
for title, body in json.loads(open(sys.argv[1], encoding="utf-8").read()):
    a = pipeline(RawArticle(title=title, body=body))
    out["articles"].append(a.model_dump(mode="json", include={"language", "entities", "topics"}))
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(out, ensure_ascii=False))
"""


def _texts() -> list[tuple[str, str]]:
    """The seeds and every hand-written text of tests/data: Arabic and English, news of every kind."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "data").glob("topics_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append((row.get("title") or "", row["text"]))
    for path in sorted((ROOT / "tests" / "data").glob("ner_*.txt")):
        reports = path.read_text(encoding="utf-8").split("\n\n")
        texts += [("", r) for r in reports if r.strip()]
    return texts


def _export(src: Path, out: Path) -> None:
    """Copy the compiled package from an in-place build at ``src`` to ``out`` as ``compile.py --out`` lays it."""
    target = out / "newsflow" / "enrich"
    shutil.rmtree(target, ignore_errors=True)
    for stale in out.glob("*__mypyc*.so"):
        stale.unlink()
    shutil.copytree(src / "newsflow" / "enrich", target, ignore=shutil.ignore_patterns("__pycache__", "data"))
    (target / "data").symlink_to(ROOT / "services" / "enrich" / "src" / "newsflow" / "enrich" / "data")
    for lib in src.glob("*__mypyc*.so"):
        shutil.copy2(lib, out / lib.name)


def _run(python: Path | str, texts: Path, out: Path, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [str(python), "-c", ENRICH, str(texts), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not on PATH")
@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler: the image's first stage has one")
@pytest.mark.timeout(1800)  # mypyc alone takes 5-7 minutes on two cores: past the suite's 300 s default
def test_the_compiled_modules_enrich_exactly_as_the_sources(tmp_path: Path) -> None:
    image = tmp_path / "app"
    image.mkdir()
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy(ROOT / name, image / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.so")
    shutil.copytree(ROOT / "shared", image / "shared", ignore=ignore)
    shutil.copytree(ROOT / "services" / "enrich", image / "services" / "enrich", ignore=ignore)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["UV_PROJECT_ENVIRONMENT"] = str(image / ".venv")
    synced = subprocess.run(
        ["uv", "sync", "--frozen", "--no-dev", "--group", "compile", "--package", "newsflow-enrich"],
        cwd=image,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert synced.returncode == 0, synced.stderr[-3000:]
    python = image / ".venv" / "bin" / "python"
    built = subprocess.run(
        [str(python), "services/enrich/scripts/compile.py", "--in-place"],
        cwd=image,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-3000:]
    assert len([line for line in built.stdout.splitlines() if line.endswith(".so")]) == 6, built.stdout
    if out := os.environ.get("NEWSFLOW_COMPILED_OUT"):
        _export(image / "services" / "enrich" / "src", Path(out))

    texts = tmp_path / "texts.json"
    corpus = _texts()
    assert len(corpus) > 500
    texts.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
    fast = _run(python, texts, tmp_path / "compiled.json", env)
    plain = _run(sys.executable, texts, tmp_path / "plain.json", env)
    assert fast["compiled"] == ["tokens", "chain", "entities", "topics", "crf"]
    assert plain["compiled"] == []
    assert len(fast["articles"]) == len(corpus)
    assert sum(len(a["entities"]) for a in plain["articles"]) > 1000
    differ = [i for i, (a, b) in enumerate(zip(fast["articles"], plain["articles"], strict=True)) if a != b]
    assert not differ, (corpus[differ[0]], fast["articles"][differ[0]], plain["articles"][differ[0]])
