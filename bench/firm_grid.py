"""How the recogniser reads Arab and foreign firms in Arabic business news: a firm after شركة, مجموعة or سهم, or
as the subject of a verb, in six sentences; firms named by a foreign word (أوراسكوم, أجيليتي), by an everyday
word and a firm's suffix (القدرة القابضة, الدار العقارية, جازان للطاقة) or by an everyday word alone (زين,
المراعي, معادن).

    uv run python bench/firm_grid.py [--show 2] [--second]

Each firm in 4 of the 6 sentences, drawn with a fixed seed. A line is right when the firm, and nothing else, is
found as a body, شركة, مجموعة and سهم outside its name and ل or و inside it, as the hand-written sets and
ANERcorp (21 times in 22) mark them. Not a test: it prints how many lines are wrong and some of each firm's.
``--second`` tests other firms and sentences, written after the rules.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

FIRMS = (
    "أرامكو", "سابك", "معادن", "أدنوك", "إعمار", "أوراسكوم", "زين", "اتصالات", "موبايلي", "المراعي", "بترومين",
    "القدرة القابضة", "سوناطراك", "أكوا باور", "جازان للطاقة", "الدار العقارية", "أجيليتي", "طاقة", "فودافون",
    "طيبة للاستثمار",
)  # fmt: skip
SENTENCES = (
    "أعلنت شركة {firm} عن ارتفاع أرباحها الفصلية بنسبة 12 في المئة.",
    "وقالت شركة {firm} في بيان إنها ستوزع أرباحا نقدية على المساهمين.",
    "ارتفع سهم {firm} بنسبة 3 في المئة في تعاملات الأحد.",
    "ووقعت {firm} اتفاقية مع الحكومة لتطوير مشروع جديد.",
    "وقال الرئيس التنفيذي لشركة {firm} إن الطلب يتحسن.",
    "واستحوذت مجموعة {firm} على حصة في شركة ناشئة.",
)
SECOND_FIRMS = (
    "الراجحي", "ستاندرد تشارترد", "أسمنت ينبع", "البحري", "الخليج للتأمين", "دانة غاز", "أريد", "جرير", "سيمنس",
    "هيرميس", "المتحدة للتأمين", "العثيم", "كيان", "نماء للكيماويات", "أمريكانا", "ينساب",
)  # fmt: skip
SECOND_SENTENCES = (
    "وتراجعت أسهم {firm} بعد إعلان النتائج.",
    "وأكدت شركة {firm} أن مصانعها تعمل بكامل طاقتها.",
    "وبلغت مبيعات مجموعة {firm} نحو ملياري ريال.",
    "وأبرمت {firm} صفقة لشراء أصول في الخارج.",
    "وعين مجلس إدارة شركة {firm} رئيسا تنفيذيا جديدا.",
    "وتوقع محللون أن ترفع {firm} توزيعاتها هذا العام.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per firm")
    ap.add_argument(
        "--second", action="store_true", help="other firms and sentences, written after the rules"
    )
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(2 if args.second else 1)
    firms, sentences = (SECOND_FIRMS, SECOND_SENTENCES) if args.second else (FIRMS, SENTENCES)
    wrong: dict[str, list[str]] = {}
    total = 0
    for firm in firms:
        for sentence in draw.sample(sentences, 4):
            text = sentence.format(firm=firm)
            at = text.index(firm)
            word = text.rfind(" ", 0, at) + 1  # لشركة | ووقعت: the proclitic written on the firm is inside
            starts = {at, word} if text[word:at] in ("ل", "و", "") else {at}
            got = {(e.start, e.end, e.label) for e in recognizer(text, "ar")}
            total += 1
            right = [e for e in got if e[0] in starts and e[1] == at + len(firm) and e[2] == "ORGANIZATION"]
            if not right or len(got) > 1:
                wrong.setdefault(firm, []).append(
                    f"{text} → {[(text[s:e], lab) for s, e, lab in sorted(got)]}"
                )
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for firm, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{firm}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
