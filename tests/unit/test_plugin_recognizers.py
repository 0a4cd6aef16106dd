"""Other recognisers behind the same interface: a spaCy pipeline the test trains and saves itself."""

import random
from pathlib import Path

import pytest
import spacy

from newsflow.enrich.pipeline import Pipeline
from newsflow.enrich.recognizers import RecognizerError, SpacyRecognizer, make_recognizer
from newsflow.enrich.resources import load
from newsflow.shared.contracts import RawArticle

PEOPLE = ["Anna Berg", "Omar Haddad", "Lena Fischer", "Yusuf Karim"]
PLACES = ["Oslo", "Tunis", "Lima", "Hanoi"]
ORGS = ["Interpol", "Unicef"]


def _examples() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for person in PEOPLE:
        for place in PLACES:
            org = ORGS[len(out) % 2]
            text = f"{person} of {org} arrived in {place} today ."
            spans = [(0, len(person), "PERSON")]
            o = text.index(org)
            spans.append((o, o + len(org), "ORG"))
            p = text.index(place)
            spans.append((p, p + len(place), "GPE"))
            out.append((text, spans))
    return out


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from spacy.training import Example

    random.seed(7)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    data = _examples()
    for _, spans in data:
        for *_, label in spans:
            ner.add_label(label)
    optimizer = nlp.initialize()
    for _ in range(30):
        random.shuffle(data)
        for text, spans in data:
            nlp.update([Example.from_dict(nlp.make_doc(text), {"entities": spans})], sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("spacy") / "tiny-ner"
    nlp.to_disk(path)
    return path


def test_spacy_pipeline_by_path(tiny_pipeline: Path) -> None:
    rec = make_recognizer(f"spacy:{tiny_pipeline}", load())
    assert rec.name == "spacy:tiny-ner"
    text = "Omar Haddad of Interpol arrived in Lima today ."
    got = {(e.text, e.label) for e in rec(text, "en")}
    assert got == {("Omar Haddad", "PERSON"), ("Interpol", "ORGANIZATION"), ("Lima", "LOCATION")}
    for e in rec(text, "en"):
        assert text[e.start : e.end] == e.text


def test_spacy_recognizer_runs_in_the_pipeline(tiny_pipeline: Path) -> None:
    pipeline = Pipeline(("entities",), f"spacy:{tiny_pipeline}")
    out = pipeline(RawArticle(title="t", body="Lena Fischer of Unicef arrived in Oslo today ."))
    assert {e.canonical for e in out.entities} == {"Lena Fischer", "Unicef", "Oslo"}
    assert out.enricher.version.endswith("+spacy:tiny-ner")


def test_spacy_pipeline_missing_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RecognizerError, match="neither an installed package nor a directory"):
        SpacyRecognizer("xx_no_such_pipeline")
    blank = tmp_path / "blank"
    spacy.blank("en").to_disk(blank)
    with pytest.raises(RecognizerError, match="no 'ner' component"):
        SpacyRecognizer(str(blank))


def _torch_wheel() -> str | None:
    import glob
    import os

    if wheel := os.environ.get("NEWSFLOW_TORCH_WHEEL"):
        return wheel
    found = sorted(glob.glob("/opt/wheels/torch-*+cpu-cp311-*.whl"))
    return found[-1] if found else None


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_huggingface_model_on_disk(tmp_path: Path) -> None:
    """A tiny BERT token classifier the test trains and saves, run through ``hf:PATH`` with every network
    access made to fail. torch comes from the CPU wheel this kind of machine keeps on disk (PyPI's
    torch is a CUDA build of several GB), transformers from PyPI, both into a folder of their own."""
    import json
    import os
    import subprocess
    import sys

    wheel = _torch_wheel()
    if wheel is None:
        pytest.skip("no CPU torch wheel on this machine (set NEWSFLOW_TORCH_WHEEL)")
    root = Path(__file__).resolve().parents[2]
    deps = root / "build" / "hf-deps"
    if not (deps / "transformers").is_dir():
        # the base interpreter's pip (the project's virtualenv, made by uv, has none)
        base = Path(sys.base_prefix) / "bin" / "python3"
        subprocess.run(
            [
                str(base),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--target",
                str(deps),
                wheel,
                "transformers>=4.40,<5",
            ],
            check=True,
            timeout=600,
        )
    env = {
        **os.environ,
        "PYTHONPATH": str(deps),
        "HF_HUB_OFFLINE": "1",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
    }
    run = subprocess.run(
        [sys.executable, str(root / "tests" / "hf_tiny_model.py"), str(tmp_path / "tiny-hf")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=root,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["name"] == "hf:tiny-hf"
    got = {(e["text"], e["label"]) for e in result["entities"]}
    assert got == {("Omar Haddad", "PERSON"), ("Interpol", "ORGANIZATION"), ("Lima", "LOCATION")}
    for e in result["entities"]:
        assert result["text"][e["start"] : e["end"]] == e["text"]
        assert 0 < e["confidence"] <= 1
