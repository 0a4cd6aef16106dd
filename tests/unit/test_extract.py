from newsflow.ingest.extract import extract_markdown, extract_plain
from tests.conftest import SEEDS


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seed_000_title_and_body_without_page_furniture() -> None:
    ex = extract_plain(seed("000_4513923ae5498424.txt"))
    assert ex.title == (
        "الأمين العام للانتربول بمراكش..الدعوة إلى تقوية التعاون الدولي لمواجهة التحديات الأمنية الكبرى"
    )
    assert ex.author is None
    assert ex.body.startswith("دعا الأمين العام للمنظمة الدولية للشرطة الجنائية (انتربول) يورغن ستوك")
    assert ex.body.endswith("نظرا للرهانات الأمنية التي تواجهها دول المنطقة.")
    for furniture in ("الرئيسية", "اضف رد", "البريد الإلكتروني", "قد يُعجبك", "رسالة ملكية"):
        assert furniture not in ex.body


def test_seed_002_title_byline_and_dateline() -> None:
    ex = extract_plain(seed("002_7fd13265f7ec3363.txt"))
    assert ex.title == "مراكش _ الدخيسي يدعو لبلورة مرجعيات موحدة لمواجهة الإرهاب في منطقة”mena”"
    assert ex.author == "عبد الحميد زويت"
    assert ex.body.startswith("مراكش- دعا")
    assert "الرئيسية" not in ex.body
    assert "24 ساعة" not in ex.body


def test_english_page_with_comment_form_and_related_links() -> None:
    text = (
        "Home > World > Storm hits coast\n\nStorm hits coast\n\nBy Jane Doe\n\n"
        "A storm hit the coast on Monday.\nRead also: Floods last year\nPower was cut to 10,000 homes.\n\n"
        "Leave a Reply\nYour email address will not be published.\nRelated articles\nSomething else"
    )
    ex = extract_plain(text)
    assert (ex.title, ex.author) == ("Storm hits coast", "Jane Doe")
    assert ex.body == "A storm hit the coast on Monday.\nPower was cut to 10,000 homes."


def test_single_paragraph_has_no_title() -> None:
    ex = extract_plain("Just one paragraph of text, nothing else.")
    assert ex.title is None
    assert ex.body == "Just one paragraph of text, nothing else."


def test_markdown_heading_is_the_title() -> None:
    ex = extract_markdown("# Big news\n\nSome *text* here.\n\n## Details\nMore.")
    assert ex.title == "Big news"
    assert "Details" in ex.body
    assert "#" not in ex.body
