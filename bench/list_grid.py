"""How the recogniser reads lists of places in Arabic: two to four of a country's provinces or towns, joined by و,
after the plural of a place's word (محافظات البصرة وذي قار وميسان) or after a preposition (في لحج وأبين وتعز), in
six sentences, for eleven countries.

    uv run python bench/list_grid.py [--show 2] [--seed 7]
    uv run python bench/list_grid.py --second   # ten other countries and regions, six other sentences

The lines are drawn with a fixed seed (264 lines by default). A line is right when every place of the list is
found as a place, و inside the name as the hand-written sets mark it, and nothing else in the line is named. Not
a test: it prints how many lines are wrong and some of each country's.
"""

from __future__ import annotations

import argparse
import random

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

#: per country, the plural its provinces or towns are called by, and some of them (many of them everyday words
#: too: تعز, صور, الجوف, الكرك; some of two words: ذي قار, دير الزور, بني ملال)
COUNTRIES = {
    "العراق": ("محافظات", "البصرة ذي_قار ميسان نينوى الأنبار صلاح_الدين ديالى كربلاء النجف بابل واسط المثنى دهوك السليمانية كركوك"),
    "اليمن": ("محافظات", "لحج أبين تعز مأرب الحديدة حضرموت شبوة إب ذمار الضالع المهرة صعدة عمران حجة"),
    "سوريا": ("محافظات", "حلب إدلب حماة حمص دير_الزور الرقة الحسكة درعا السويداء طرطوس اللاذقية القنيطرة"),
    "مصر": ("محافظات", "أسيوط سوهاج قنا المنيا الفيوم بني_سويف الشرقية الدقهلية البحيرة كفر_الشيخ دمياط الإسماعيلية السويس"),
    "السعودية": ("مناطق", "جازان نجران عسير الباحة تبوك الجوف حائل القصيم المدينة_المنورة مكة_المكرمة"),
    "المغرب": ("مدن", "فاس مكناس طنجة تطوان وجدة أكادير مراكش آسفي الجديدة القنيطرة بني_ملال الحسيمة الناظور"),
    "الجزائر": ("ولايات", "تيبازة البليدة الشلف بومرداس بجاية سطيف باتنة وهران تلمسان قسنطينة عنابة"),
    "الأردن": ("محافظات", "إربد الزرقاء المفرق جرش عجلون الكرك الطفيلة معان مادبا العقبة"),
    "تونس": ("ولايات", "صفاقس سوسة القيروان قفصة القصرين سيدي_بوزيد بنزرت نابل المنستير المهدية"),
    "لبنان": ("مدن", "صور صيدا النبطية بعلبك الهرمل طرابلس عكار زحلة جبيل"),
    "فلسطين": ("مدن", "الخليل نابلس جنين طولكرم قلقيلية رام_الله بيت_لحم أريحا رفح خان_يونس"),
}  # fmt: skip
#: the second grid, written after the rule it tests: other countries, the world's countries, other sentences
SECOND = {
    "ليبيا": ("مدن", "بنغازي درنة مصراتة سرت طبرق البيضاء الزاوية غريان سبها المرج زليتن الكفرة"),
    "السودان": ("ولايات", "كسلا القضارف سنار الجزيرة دارفور كردفان نهر_النيل الخرطوم بورتسودان النيل_الأبيض"),
    "عمان": ("ولايات", "صحار صلالة نزوى صور عبري البريمي الرستاق بهلاء إبراء الدقم"),
    "الإمارات": ("إمارات", "دبي الشارقة عجمان الفجيرة رأس_الخيمة أم_القيوين أبوظبي"),
    "الكويت": ("مناطق", "الجهراء حولي الفروانية الأحمدي مبارك_الكبير"),
    "موريتانيا": ("ولايات", "نواكشوط نواذيبو الحوض_الشرقي لعصابة كيدي_ماغا تكانت آدرار"),
    "أوروبا": ("دول", "فرنسا ألمانيا إيطاليا إسبانيا بلجيكا هولندا النمسا اليونان بولندا السويد"),
    "آسيا": ("دول", "الصين اليابان الهند باكستان إندونيسيا ماليزيا تايلاند الفلبين فيتنام كوريا_الجنوبية"),
    "أفريقيا": ("دول", "نيجيريا كينيا إثيوبيا غانا السنغال مالي النيجر تشاد الكاميرون أوغندا"),
    "العالم": ("مدن", "لندن باريس برلين روما مدريد موسكو طوكيو بكين نيويورك واشنطن"),
}  # fmt: skip
SECOND_SENTENCES = (
    "وأفادت الأرصاد بأن {plural}{list} ستشهد أمطارا رعدية.",
    "ونظمت الجمعية قوافل طبية إلى {plural}{list} هذا الشهر.",
    "وارتفعت أسعار الوقود في {plural}{list} منذ مطلع العام.",
    "وزار الوزير {plural}{list} لتفقد المشاريع.",
    "وسجلت {plural}{list} أعلى درجات الحرارة.",
    "وانطلقت رحلات جديدة من {plural}{list} هذا الأسبوع.",
)
#: {plural}: the country's plural, or nothing (the list straight after the preposition)
SENTENCES = (
    "وقال المتحدث باسم الوزارة إن {plural}{list} سجلت أعلى النسب هذا العام.",
    "وشملت الأمطار الغزيرة {plural}{list} مساء أمس.",
    "وتوزعت المساعدات على {plural}{list} بحسب بيان المنظمة.",
    "وامتدت الاحتجاجات إلى {plural}{list} يوم الجمعة.",
    "وتركزت الإصابات في {plural}{list} خلال الأسبوع الماضي.",
    "وأعلنت السلطات تعليق الدراسة في {plural}{list} بسبب العاصفة.",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=2, help="wrong lines to print per country")
    ap.add_argument("--seed", type=int, default=7, help="another seed draws other lines (a second grid)")
    ap.add_argument("--lines", type=int, default=24, help="lines per country")
    ap.add_argument("--second", action="store_true", help="the second grid, written after the rule")
    args = ap.parse_args()
    recognizer = make_recognizer("crf", load())
    draw = random.Random(args.seed)
    wrong: dict[str, list[str]] = {}
    total = 0
    countries, sentences = (SECOND, SECOND_SENTENCES) if args.second else (COUNTRIES, SENTENCES)
    for country, (plural, names) in countries.items():
        places = [p.replace("_", " ") for p in names.split()]
        for _ in range(args.lines):
            chosen = draw.sample(places, draw.choice((2, 3, 3, 4)))
            words = [chosen[0], *("و" + p for p in chosen[1:])]
            head = draw.choice((plural + " ", ""))
            text = draw.choice(sentences).format(plural=head, list=" ".join(words))
            at = text.index(" ".join(words))
            want = set()
            for w in words:
                want.add((at, at + len(w), "LOCATION"))
                at += len(w) + 1
            got = {(e.start, e.end, e.label) for e in recognizer(text, "ar")}
            total += 1
            if got != want:
                wrong.setdefault(country, []).append(
                    f"{text} → {[(e.text, e.label) for e in recognizer(text, 'ar')]}"
                )
    print(f"{sum(map(len, wrong.values()))} of {total} lines wrong")
    for country, lines in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"{country}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
