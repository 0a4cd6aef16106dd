import json

import pytest

from newsflow.ingest.encoding import UndecodableFile
from newsflow.ingest.readers import UnreadableFile, read_article_file


def test_json_article_keeps_producer_fields() -> None:
    doc = {"id": "a1", "title": "T", "body": "B", "url": "https://example.org/a1", "metadata": {"k": "v"}}
    result = read_article_file(json.dumps(doc).encode(), "x.json", {"file": "x.json"})
    [a] = result.articles
    assert (a.id, a.title, a.url) == ("a1", "T", "https://example.org/a1")
    assert a.metadata == {"file": "x.json", "encoding": "utf-8", "k": "v"}


def test_jsonl_good_lines_pass_and_bad_lines_are_reported_with_their_number() -> None:
    lines = [
        json.dumps({"body": "one"}),
        "{broken",
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"body": "four"}),
    ]
    result = read_article_file("\n".join(lines).encode(), "b.jsonl", {})
    assert [a.body for a in result.articles] == ["one", "four"]
    assert [r.where for r in result.rejected] == ["line 2", "line 3"]
    assert "invalid JSON" in result.rejected[0].reason
    assert "body" in result.rejected[1].reason
    assert result.articles[1].metadata["line"] == 5


def test_html_article_is_extracted_without_navigation() -> None:
    html = """<html><head><title>Police chiefs meet - Example News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Police chiefs meet in Marrakesh</h1>
    <p>Police chiefs from the Middle East and North Africa met in Marrakesh on Monday to discuss cooperation
    against cross-border crime, the organisers said in a statement released after the opening session.</p>
    <p>The two-day meeting is the first held outside the organisation's headquarters in Lyon, France, and brings
    together delegations from more than twenty countries, officials said.</p></article>
    <footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    [a] = read_article_file(html.encode(), "page.html", {}).articles
    assert "Marrakesh" in a.body
    assert "Lyon" in a.body
    assert "Copyright" not in a.body
    assert a.title
    assert "Police chiefs meet" in a.title


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        ("a.txt", b"", UnreadableFile, "empty"),
        ("a.txt", b"  \n\n ", UnreadableFile, "empty"),
        ("a.pdf", b"%PDF-1.4", UnreadableFile, "unsupported file type .pdf"),
        ("a.json", b'{"body": ', UnreadableFile, "invalid JSON"),
        ("a.json", b'"just a string"', UnreadableFile, "one article object"),
        ("a.json", b'{"title": "x"}', UnreadableFile, "body"),
        ("a.jsonl", b"{bad\n[1]\n", UnreadableFile, "no valid article"),
        ("a.txt", bytes(range(256)) * 4, UndecodableFile, "binary"),
    ],
)
def test_unreadable_files_say_why(name: str, data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        read_article_file(data, name, {})


def test_text_in_windows_1256_is_read() -> None:
    text = "عنوان الخبر\n\nنص الخبر عن اجتماع الشرطة في مراكش."
    result = read_article_file(text.encode("cp1256"), "a.txt", {})
    assert result.articles[0].title == "عنوان الخبر"
    assert result.encoding == "cp1256"
