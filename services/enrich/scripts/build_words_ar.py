"""Build ``words_ar_unknown.txt``: the Arabic words of web text that a spelling dictionary does not know
(run by a developer; the output is committed).

    apt-get install hunspell hunspell-ar        # Debian's Ayaspell dictionary, 3.2
    uv run --group build-data python services/enrich/scripts/build_words_ar.py

Every word of wordfreq's Arabic list (about 580,000 written forms) is checked against Ayaspell, the
Arabic dictionary of hunspell, which knows the language's words with their clitics and inflections
(والمعلمين, يكتبون) and few names. A word that web text writes but the dictionary does not know is mostly
a name or a foreign word (أينشتاين, زيوريخ, القرضاوي, شافيز); a dictionary word seldom is. The tagger reads
this as a feature of each Arabic word (``dv=0``): the names it never saw in training are the words its
recall misses. (Marking the dictionary words too, and so telling them from words web text does not
write, did worse over the ten ANERcorp tenths: 0.783 against 0.786.)

Written forms are normalised as the tagger normalises them; a normalised form is listed where none of its
written forms is a dictionary word (اسرائيل is not listed: إسرائيل is one). Licences: wordfreq's data CC BY-SA 4.0; Ayaspell
GPL 2.0 / LGPL 2.1 / MPL 1.1, at the user's choice (MPL 1.1 here); the list holds words and one bit each.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import wordfreq

from newsflow.shared.text import normalize

DATA = Path(__file__).resolve().parents[1] / "src/newsflow/enrich/data"
ARABIC = re.compile(r"[\u0621-\u064a]+")


def main() -> None:
    words = [w for w in wordfreq.get_frequency_dict("ar", "large") if ARABIC.fullmatch(w)]
    unknown = set(
        subprocess.run(
            ["hunspell", "-d", "ar", "-l", "-i", "utf-8"],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )
    known: dict[str, bool] = {}
    for w in words:
        n = normalize(w)
        known[n] = known.get(n, False) or w not in unknown
    unknown_forms = sorted(n for n, k in known.items() if not k)
    with (DATA / "words_ar_unknown.txt").open("w", encoding="utf-8") as f:
        f.write(
            "# Arabic words of wordfreq's list, normalised, none of whose spellings Ayaspell (hunspell-ar)"
            " knows; scripts/build_words_ar.py\n"
        )
        f.writelines(f"{n}\n" for n in unknown_forms)
    print(f"{len(words)} written forms, {len(known)} normalised: {len(unknown_forms)} no dictionary word")


if __name__ == "__main__":
    main()
