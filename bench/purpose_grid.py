"""How the recogniser reads English bodies named by a head word, "for" and what they are for (the Center for
Reproductive Rights, the Institute for Fiscal Studies, the Office for National Statistics), in six sentences.

    uv run python bench/purpose_grid.py [--show 2] [--second]

Each body in 4 of the 6 sentences, drawn with a fixed seed. A line is right when the body is found whole as an
organisation, "the" outside it as CoNLL-2003 leaves it, and nothing is found overlapping it. Not a test: it
prints how many lines are wrong and some of each body's. ``--second`` tests other bodies and sentences.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

BODIES = (
    "Center for Reproductive Rights", "Institute for Fiscal Studies", "Office for National Statistics",
    "Center for Strategic and International Studies", "Campaign for Nuclear Disarmament",
    "Centre for Economic Policy Research", "Institute for Economics and Peace", "Center for Countering Digital Hate",
    "Foundation for Defense of Democracies", "Coalition for Epidemic Preparedness Innovations",
    "Commission for Racial Equality", "Center for Coastal Resilience", "Institute for Rural Health",
    "Council for Rural Schools", "Alliance for Clean Rivers", "Network for Tenant Rights",
)  # fmt: skip
SENTENCES = (
    "The {body} said on Tuesday that the new rules would harm thousands of families.",
    "A report published by the {body} found that prices rose faster than wages.",
    "Spending on the programme fell by a fifth, according to the {body}.",
    '"This is a serious setback," said Maria Lopez, a researcher at the {body}.',
    "The {body}, a London-based group, warned that the plan was badly designed.",
    "Funding for the {body} was cut by the government last year.",
)
SECOND_BODIES = (
    "Centre for Social Justice", "Institute for Public Policy Research", "Society for Threatened Peoples",
    "Foundation for Individual Rights and Expression", "Center for Responsive Politics",
    "Council for Responsible Nutrition", "Alliance for Safe Streets", "Centre for Ageing Better",
    "Office for Budget Responsibility", "Institute for Solar Research", "Committee for Coastal Towns",
    "Campaign for Better Transport",
)  # fmt: skip
SECOND_SENTENCES = (
    "Officials at the {body} declined to comment.",
    "The figures were compiled by the {body} from government data.",
    "Its director told the {body} conference in Leeds that change was overdue.",
    "The {body} has called for an independent inquiry.",
    "In a statement, the {body} urged ministers to act before the winter.",
    "James Okafor, who heads the {body}, said the findings were alarming.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per body")
    ap.add_argument("--second", action="store_true", help="other bodies and sentences")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(2 if args.second else 1)
    bodies, sentences = (SECOND_BODIES, SECOND_SENTENCES) if args.second else (BODIES, SENTENCES)
    wrong: dict[str, list[str]] = {}
    total = 0
    for body in bodies:
        for sentence in draw.sample(sentences, 4):
            text = sentence.format(body=body)
            at = text.index(body)
            end = at + len(body)
            got = {(e.start, e.end, e.label) for e in recognizer(text, "en")}
            total += 1
            overlapping = [e for e in got if e[0] < end and at < e[1]]
            if overlapping != [(at, end, "ORGANIZATION")]:
                wrong.setdefault(body, []).append(
                    f"{text} → {[(text[s:e], lab) for s, e, lab in sorted(got)]}"
                )
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for body, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{body}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
