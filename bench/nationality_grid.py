"""How the recogniser reads a post, a nationality and a name in Arabic: وقال وزير الخارجية التركي هاكان فيدان
إن ...; 12 countries (the nationality in the masculine, or the feminine after a body's name) x their people x 6
posts x 5 sentences.

    uv run python bench/nationality_grid.py [--show 2] [--second]

The lines are drawn with a fixed seed. A line is right when the person is found whole, as a person, the
nationality and the post outside any name, and a body named in the post (وزارة الخارجية) found as a body or
not at all. Not a test: it prints how many lines are wrong and some of each country's. ``--second`` draws
other people and sentences, written after the rules it tests.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

#: nationality (masculine) and people of the country
PEOPLE = {
    "الأمريكي": ("ماركو روبيو", "بيت هيغسيث", "سكوت بيسنت", "جيه دي فانس"),
    "الفرنسي": ("جان نويل بارو", "سيباستيان لوكورنو", "إيمانويل ماكرون", "رولان ليسكور"),
    "الإيراني": ("عباس عراقجي", "مسعود بزشكيان", "إسماعيل بقائي", "عزيز نصير زاده"),
    "التركي": ("هاكان فيدان", "رجب طيب أردوغان", "يشار غولر", "محمد شيمشك"),
    "المصري": ("بدر عبد العاطي", "مصطفى مدبولي", "أحمد كجوك", "عبد الفتاح السيسي"),
    "السعودي": ("فيصل بن فرحان", "محمد الجدعان", "خالد الفالح", "عبدالعزيز بن سلمان"),
    "القطري": ("محمد بن عبدالرحمن آل ثاني", "ماجد الأنصاري", "علي بن أحمد الكواري", "سعد الكعبي"),
    "الروسي": ("سيرغي لافروف", "أندريه بيلوسوف", "ديمتري بيسكوف", "أنطون سيلوانوف"),
    "الصيني": ("وانغ يي", "لي تشيانغ", "دونغ جون", "ماو نينغ"),
    "الألماني": ("يوهان فاديفول", "فريدريش ميرتس", "بوريس بيستوريوس", "لارس كلينغبايل"),
    "البريطاني": ("ديفيد لامي", "كير ستارمر", "جون هيلي", "راشيل ريفز"),
    "العراقي": ("فؤاد حسين", "محمد شياع السوداني", "ثابت العباسي", "طيف سامي"),
}  # fmt: skip
POSTS = ("وزير الخارجية", "وزير الدفاع", "رئيس الوزراء", "وزير المالية", "الرئيس", "المتحدث باسم الحكومة")
SENTENCES = (
    "وقال {post} {nat} {name} إن بلاده تدعم الحل السياسي.",
    "وأكد {post} {nat} {name} خلال مؤتمر صحفي أن المحادثات كانت بناءة.",
    "واستقبل الملك {post} {nat} {name} في القصر الملكي.",
    "وأجرى {post} {nat} {name} اتصالا هاتفيا مع نظيره.",
    "من جهته، دعا {post} {nat} {name} إلى وقف التصعيد.",
)
SECOND_SENTENCES = (
    "وصرح {post} {nat} {name} للصحفيين بأن الاتفاق قريب.",
    "والتقى {post} {nat} {name} بنظيره على هامش القمة.",
    "وشدد {post} {nat} {name} على أهمية التعاون الاقتصادي.",
    "في المقابل، رفض {post} {nat} {name} الاتهامات.",
    "ووصل {post} {nat} {name} إلى العاصمة مساء الأحد.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per country")
    ap.add_argument("--second", action="store_true", help="other sentences, written after the rules")
    ap.add_argument("--lines", type=int, default=20, help="lines per country")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(11 if args.second else 5)
    sentences = SECOND_SENTENCES if args.second else SENTENCES
    wrong: dict[str, list[str]] = {}
    total = 0
    for nat, people in PEOPLE.items():
        for _ in range(args.lines):
            name, post = draw.choice(people), draw.choice(POSTS)
            text = draw.choice(sentences).format(post=post, nat=nat, name=name)
            at = text.index(name)
            got = {(e.start, e.end, e.label) for e in recognizer(text, "ar")}
            total += 1
            person = (at, at + len(name), "PERSON")
            others = got - {person}
            post_at = text.index(post)
            stray = {
                e for e in others if e[0] < post_at + len(post) + len(nat) + 1 + len(name) and e[1] > post_at
            }
            if person not in got or stray:
                shown = [(text[s:e], label) for s, e, label in sorted(got)]
                wrong.setdefault(nat, []).append(f"{text} → {shown}")
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for nat, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{nat}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
