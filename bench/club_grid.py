"""How the recogniser reads the clubs of an Arabic match report: 30 clubs of the Arab leagues x 5 sentences.

    uv run python bench/club_grid.py [--show 2]

Pairs of clubs drawn with a fixed seed (104 sentences: a result, a draw, a defeat, a fixture, a home win),
each club right when found whole as an organisation. Clubs named by an everyday word (العين, "the eye";
المصري, "the Egyptian") and by their country's name (الكويت) are the hard ones. Not a test: it prints how
many clubs were missed and a few sentences for each.
"""

from __future__ import annotations

import argparse
import itertools
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

CLUBS = (
    "الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الفتح", "التعاون", "الخليج", "الفيحاء", "الرائد", "الزمالك",
    "الإسماعيلي", "المصري", "بيراميدز", "الوداد", "الرجاء", "الجيش الملكي", "نهضة بركان", "الترجي", "النجم الساحلي",
    "الصفاقسي", "شباب بلوزداد", "مولودية الجزائر", "السد", "الدحيل", "العين", "الوحدة", "الشارقة", "القادسية",
    "الكويت",
)  # fmt: skip
SENTENCES = (
    "فاز {a} على {b} بهدفين دون رد في الدوري أمس.",
    "تعادل {a} مع {b} بهدف لمثله في الجولة الخامسة.",
    "وخسر {a} أمام {b} بثلاثة أهداف مقابل هدف.",
    "ويلتقي {a} مع {b} في نصف النهائي الأسبوع المقبل.",
    "تغلب {a} على ضيفه {b} بهدف نظيف.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="sentences to print per missed club")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(2)
    missed: dict[str, list[str]] = {}
    total = 0
    for a, b in itertools.permutations(CLUBS, 2):
        if draw.random() > 0.12:
            continue
        text = draw.choice(SENTENCES).format(a=a, b=b)
        entities = recognizer(text, "ar")
        for club, start in ((a, text.index(a)), (b, text.rindex(b))):
            total += 1
            if not any(
                e.start == start and e.end == start + len(club) and e.label == "ORGANIZATION"
                for e in entities
            ):
                missed.setdefault(club, []).append(f"{text} → {[(e.text, e.label) for e in entities]}")
    print(f"{sum(map(len, missed.values()))} of {total} clubs missed")
    for club, lines in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        print(f"{club}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
