"""How the recogniser reads an analyst quoted with the firm she works for: ten names x thirteen firms x four
sentences (English).

    uv run python bench/analyst_grid.py [--show 5]

"Naomi Fink of Amova Asset Management said", "said Priya Raman, an analyst at Bernstein": half the
combinations, drawn with a fixed seed (67 sentences). A sentence is right when the name is found whole as
a person and the firm whole as an organisation. Not a test: it prints how many are wrong and a few.
"""

from __future__ import annotations

import argparse
import itertools
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

NAMES = (
    "Naomi Fink", "Priya Raman", "Tom Evans", "Kim Sun-woo", "Ahmed Khalil", "Maria Gonzalez", "Lars Nilsson",
    "Chen Wei", "Olu Adeyemi", "Sophie Martin",
)  # fmt: skip
FIRMS = (
    "Amova Asset Management", "Capital Economics", "Bernstein", "Meritz Securities", "Pantheon Macroeconomics",
    "ING", "Nomura", "Oxford Economics", "Rabobank", "Julius Baer", "Vontobel Asset Management", "Abrdn",
    "BlackRock Investment Institute",
)  # fmt: skip
SENTENCES = (
    "Markets rallied, and {name} of {firm} said investors expected a cut in January.",
    '"It is too early to tell," said {name}, an analyst at {firm}.',
    "{name}, chief economist at {firm}, said inflation would ease next year.",
    "Analysts were cautious. {name} of {firm} said the rally could fade.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=5, help="wrong sentences to print")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(3)
    wrong: list[str] = []
    total = 0
    for name, firm in itertools.product(NAMES, FIRMS):
        if draw.random() > 0.5:
            continue
        text = draw.choice(SENTENCES).format(name=name, firm=firm)
        entities = recognizer(text, "en")
        total += 1
        at, where = text.index(name), text.index(firm)
        person = any(e.start == at and e.end == at + len(name) and e.label == "PERSON" for e in entities)
        body = any(
            e.start == where and e.end == where + len(firm) and e.label == "ORGANIZATION" for e in entities
        )
        if not (person and body):
            wrong.append(f"{text} → {[(e.text, e.label) for e in entities]}")
    print(f"{len(wrong)} of {total} sentences wrong")
    for line in wrong[: args.show]:
        print(f"    {line}")


if __name__ == "__main__":
    main()
