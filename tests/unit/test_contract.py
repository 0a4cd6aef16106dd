"""The committed contract under docs/ is what the code generates (regenerate: `newsflow contract`)."""

import json

import pytest

from newsflow.shared.contract import render
from tests.conftest import ROOT

GENERATED = render()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_contract_matches_the_code(name: str) -> None:
    path = ROOT / "docs" / name
    assert path.exists(), f"docs/{name} is missing: run `uv run newsflow contract`"
    assert path.read_text(encoding="utf-8") == GENERATED[name], (
        f"docs/{name} drifted: run `uv run newsflow contract`"
    )


def test_asyncapi_describes_the_plain_data_field() -> None:
    doc = json.loads(GENERATED["asyncapi.json"])
    assert {c["address"] for c in doc["channels"].values()} == {
        "newsflow:articles:raw",
        "newsflow:articles:enriched",
        "newsflow:articles:dead",
    }
    entry = doc["components"]["messages"]["RawArticleEntry"]["payload"]
    assert entry["required"] == ["data"]
    raw = doc["components"]["schemas"]["RawArticle"]
    assert "body" in raw["required"]
    assert "schema_version" in raw["properties"]
