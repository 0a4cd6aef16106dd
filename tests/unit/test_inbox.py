from pathlib import Path

from newsflow.shared import inbox


def test_waiting_counts_candidates_and_claims_not_heartbeats_or_finished_files(tmp_path: Path) -> None:
    for rel in (
        "a.txt",
        "sub/b.json",
        "c.tmp",
        ".hidden",
        "done/d.txt",
        "failed/e.txt",
        ".processing/ingest-1/f.txt",
        ".processing/ingest-1.alive",
    ):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    assert sorted(str(p.relative_to(tmp_path)) for p in inbox.candidates(tmp_path)) == ["a.txt", "sub/b.json"]
    assert inbox.waiting(tmp_path) == 3
    assert inbox.waiting(tmp_path / "missing") == 0
