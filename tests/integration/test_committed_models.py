"""The committed entity models are what the README's recipe trains from the development data, byte for byte.

A model trained before a gazetteer or list change still loads and runs, so nothing else notices when it goes
stale: its features are no longer the ones the code computes. This retrains each shipped model with the
README's own command (read from the README, so the two cannot drift apart) and compares the bytes.
"""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

DATA = ROOT.parent / "shared" / "data"
MODELS = ROOT / "services/enrich/src/newsflow/enrich/data"


def recipe(lang: str) -> list[str]:
    """The README's command that writes the shipped model of ``lang``, as arguments after the script."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    target = f"services/enrich/src/newsflow/enrich/data/ner-{lang}.crfsuite"
    found = [
        line
        for line in readme.splitlines()
        if "scripts/train_crf.py" in line and f"--lang {lang}" in line and line.rstrip().endswith(target)
    ]
    assert len(found) == 1, f"the README gives {len(found)} commands that write ner-{lang}.crfsuite"
    args = shlex.split(found[0].split("scripts/train_crf.py", 1)[1])
    return args[: args.index("--out")]


@pytest.mark.skipif(
    not DATA.is_dir(), reason="the development data (../shared/data) is not beside the checkout"
)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_committed_model_is_what_the_readme_recipe_trains(lang: str, tmp_path: Path) -> None:
    args = [re.sub(r"^\.\./shared/", f"{ROOT.parent}/shared/", a) for a in recipe(lang)]
    out = tmp_path / f"ner-{lang}.crfsuite"
    subprocess.run(
        [sys.executable, str(ROOT / "services/enrich/scripts/train_crf.py"), *args, "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=280,
    )
    shipped = MODELS / f"ner-{lang}.crfsuite"
    assert out.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is not what the README's recipe trains now: retrain it with that command and commit it"
    )
    chars = f"ner-{lang}.chars.json"
    assert (tmp_path / chars).read_bytes() == (MODELS / chars).read_bytes()
