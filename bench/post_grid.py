"""How the recogniser reads a man or woman named after their post: posts x given names x family names.

    uv run python bench/post_grid.py [--show 3]

Arabic news names a person after the post they hold (وقال محافظ البنك المركزي محمد العتيبي إن ...), often a
post with a body in it, and the tagger, trained on few such sentences, runs the body on over the name or
misses a name it never saw. Fifteen posts, twenty given names (ten men's, ten women's, most of them
everyday words too: مها, أمل, هند) and fifteen family names, in three sentences each, a quarter of the
combinations drawn with a fixed seed (1,103 lines). A line is right when the name is found whole as a
person. Not a test: it prints how many lines are wrong and a few of each post's.
"""

from __future__ import annotations

import argparse
import itertools
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

POSTS = (
    "وزير الخارجية", "وزير الدولة للشؤون الخارجية", "المتحدث باسم وزارة الصحة", "رئيس مجلس إدارة الشركة",
    "المدير العام للهيئة", "الأمين العام لجامعة الدول العربية", "رئيس بلدية المدينة", "عضو مجلس النواب",
    "أستاذ العلوم السياسية في جامعة القاهرة", "الرئيس التنفيذي لشركة أرامكو", "الناطق الرسمي باسم الحكومة",
    "محافظ البنك المركزي", "مدرب المنتخب", "الخبير الاقتصادي", "رئيس الوزراء",
)  # fmt: skip
MEN = ("محمد", "خالد", "عبد الله", "يوسف", "هشام", "طارق", "فيصل", "عمر", "ناصر", "سامي")
WOMEN = ("سارة", "مها", "ليلى", "نادية", "رانيا", "هند", "أمل", "دينا", "سلمى", "نوال")
FAMILIES = (
    "العتيبي", "بن سالم", "الزهراني", "المنصوري", "حداد", "بوعزيزي", "الفاسي", "القحطاني", "شحادة", "الدباغ",
    "عويضة", "النعيمي", "الكبيسي", "ولد محمد", "الشريف",
)  # fmt: skip
SENTENCES_MEN = (
    "وقال {post} {name} إن الحكومة ستواصل دعم القطاع.",
    "وأكد {post} {name} أن المفاوضات ستستأنف قريبا.",
    "بحسب ما قاله {post} {name} للصحفيين أمس.",
)
SENTENCES_WOMEN = (
    "وقالت {post} {name} إن الحكومة ستواصل دعم القطاع.",
    "وأكدت {post} {name} أن المفاوضات ستستأنف قريبا.",
    "بحسب ما قالته {post} {name} للصحفيين أمس.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=3, help="wrong lines to print per post")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(1)
    wrong: dict[str, list[str]] = {}
    total = 0
    for post in POSTS:
        for given, family in itertools.product(MEN + WOMEN, FAMILIES):
            if draw.random() > 0.25:
                continue
            sentence = draw.choice(SENTENCES_WOMEN if given in WOMEN else SENTENCES_MEN)
            name = f"{given} {family}"
            text = sentence.format(post=post, name=name)
            start = text.index(name)
            entities = recognizer(text, "ar")
            total += 1
            if not any(
                e.start == start and e.end == start + len(name) and e.label == "PERSON" for e in entities
            ):
                wrong.setdefault(post, []).append(f"{name} → {[(e.text, e.label) for e in entities]}")
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for post, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{post}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
