"""How the recogniser reads the Arab world's and the world's big towns in short Arabic sentences: 71 towns x
4 of 7 sentences (after في, من, إلى, with ب or ل written on the town, as a subject).

    uv run python bench/town_grid.py [--show 2]

The sentences are drawn with a fixed seed (284 lines). A line is right when the town is found as a place,
its proclitic inside the name as the hand-written sets mark it. Not a test: it prints how many lines are
wrong and two of each town's.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

TOWNS = (
    "الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل", "نجران", "القاهرة", "الإسكندرية", "أسوان", "الأقصر", "طنطا",
    "المنصورة", "بغداد", "الموصل", "البصرة", "أربيل", "كركوك", "النجف", "دمشق", "حلب", "حمص", "اللاذقية", "بيروت",
    "طرابلس", "صيدا", "عمان", "إربد", "العقبة", "الكويت", "الدوحة", "المنامة", "مسقط", "صلالة", "دبي", "الشارقة",
    "عجمان", "الرباط", "فاس", "طنجة", "أغادير", "وجدة", "تونس", "سوسة", "صفاقس", "الجزائر", "وهران", "قسنطينة",
    "عنابة", "الخرطوم", "نواكشوط", "مقديشو", "صنعاء", "عدن", "تعز", "باريس", "لندن", "برلين", "مدريد", "روما",
    "موسكو", "بكين", "طوكيو", "واشنطن", "نيويورك", "إسطنبول", "أنقرة", "طهران", "كابول", "إسلام آباد", "نيودلهي",
)  # fmt: skip
SENTENCES = (
    "وصل الوفد إلى {town} أمس في زيارة رسمية.",
    "عقد الاجتماع في {town} بحضور الوزراء.",
    "عاد اللاعبون من {town} بعد المباراة.",
    "وأقيم الحفل ب{town} وسط حضور كبير.",
    "وتوجه الرئيس لـ{town} صباح اليوم.",
    "وشهدت {town} أمطارا غزيرة أمس.",
    "وتعد {town} من أكبر المدن في المنطقة.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per town")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(4)
    wrong: dict[str, list[str]] = {}
    total = 0
    for town in TOWNS:
        for sentence in draw.sample(SENTENCES, 4):
            text = sentence.format(town=town)
            entities = recognizer(text, "ar")
            total += 1
            at = text.index(town)
            word = text.rfind(" ", 0, at) + 1
            if not any(e.start in (word, at) and e.end == at + len(town) and e.label == "LOCATION" for e in entities):
                wrong.setdefault(town, []).append(f"{text} → {[(e.text, e.label) for e in entities]}")
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for town, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{town}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
