"""How the recogniser reads English people named by places: given names that are towns, states or countries
(Paris, Jordan, Georgia, Florence, Austin, Sydney) and family names that are too (Lima, London, Washington,
Holland, Wales), in six sentences of news.

    uv run python bench/place_names_grid.py [--show 2] [--second]

The lines are drawn with a fixed seed (240 by default). A line is right when the person is found whole, as a
person, and no place is found inside the name. Not a test: it prints how many lines are wrong and some of each
given name's. ``--second`` draws other names and sentences, written after the rules it tests.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

GIVEN = ("Paris", "Jordan", "Georgia", "Florence", "Austin", "Sydney", "Dallas", "Lincoln", "Madison", "Chelsea",
         "Victoria", "Charlotte")  # fmt: skip
FAMILY = ("Lima", "London", "Washington", "Holland", "Wales", "Berlin", "Jackson", "Murray", "Chen", "Okafor")
SENTENCES = (
    "{name} said on Monday that the company would cut 300 jobs.",
    "The plan was criticised by {name}, a spokeswoman for the union.",
    "{name}, an analyst at Barclays, said prices would rise.",
    "Coach {name} told reporters the team had played well.",
    '"We are not giving up," said {name}, who led the protest.',
    "Police named the victim as {name}, 34, of Leeds.",
)
SECOND_GIVEN = ("Brooklyn", "Savannah", "Phoenix", "Kent", "Denver", "Carolina", "Africa", "India", "Hudson",
                "Cairo")  # fmt: skip
SECOND_FAMILY = (
    "Paris",
    "Ireland",
    "Derby",
    "Santiago",
    "Bristol",
    "Cuba",
    "Moscow",
    "Silva",
    "Novak",
    "Brown",
)
SECOND_SENTENCES = (
    "According to {name}, the talks broke down late on Friday.",
    "{name} was elected chair of the committee on Tuesday.",
    "The report was written by {name} and two colleagues.",
    "Shares fell after chief executive {name} resigned.",
    "{name}, a professor of economics, warned of a recession.",
    "In a statement, {name} thanked the firefighters.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per given name")
    ap.add_argument(
        "--second", action="store_true", help="other names and sentences, written after the rules"
    )
    ap.add_argument("--lines", type=int, default=20, help="lines per given name")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(13 if args.second else 3)
    given, family, sentences = (
        (SECOND_GIVEN, SECOND_FAMILY, SECOND_SENTENCES) if args.second else (GIVEN, FAMILY, SENTENCES)
    )
    wrong: dict[str, list[str]] = {}
    total = 0
    for first in given:
        for _ in range(args.lines):
            name = f"{first} {draw.choice(family)}"
            text = draw.choice(sentences).format(name=name)
            at = text.index(name)
            got = {(e.start, e.end, e.label) for e in recognizer(text, "en")}
            total += 1
            inside = {e for e in got if e[0] < at + len(name) and e[1] > at} - {
                (at, at + len(name), "PERSON")
            }
            if (at, at + len(name), "PERSON") not in got or inside:
                wrong.setdefault(first, []).append(
                    f"{text} → {[(text[s:e], lab) for s, e, lab in sorted(got)]}"
                )
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for first, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{first}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
