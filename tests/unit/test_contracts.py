import json

import pytest
from pydantic import ValidationError

from newsflow.shared.contracts import MAX_BODY_CHARS, SCHEMA_VERSION, RawArticle, content_id
from newsflow.shared.wire import Entry, PoisonMessage, dump_json, parse


def test_id_is_derived_from_content_and_stable_across_whitespace() -> None:
    a = RawArticle(title="عنوان", body="نص المقال\r\nسطر ثان")
    b = RawArticle(title=" عنوان ", body="نص   المقال\nسطر ثان")
    assert a.id == b.id == content_id("عنوان", "نص المقال سطر ثان")
    assert len(a.article_id) == 32
    assert RawArticle(title="other", body="نص المقال").id != a.id


def test_producer_id_is_kept() -> None:
    assert RawArticle(id="wire-42", body="x").id == "wire-42"


@pytest.mark.parametrize("body", ["", "   ", "x" * (MAX_BODY_CHARS + 1)])
def test_body_must_be_present_and_capped(body: str) -> None:
    with pytest.raises(ValidationError):
        RawArticle(body=body)


def test_newer_schema_version_is_refused() -> None:
    with pytest.raises(ValidationError, match="newer"):
        RawArticle(body="x", schema_version=SCHEMA_VERSION + 1)


def test_unknown_fields_are_ignored_and_blank_optionals_are_none() -> None:
    a = RawArticle.model_validate({"body": "x", "title": "", "colour": "red"})
    assert a.title is None
    assert "colour" not in a.model_dump()


def test_json_is_utf8_not_ascii_escaped() -> None:
    text = dump_json(RawArticle(body="مراكش"))
    assert "مراكش" in text
    assert "\\u" not in text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"other": "x"}, "no field 'data'"),
        ({"data": "{not json"}, "not valid JSON"),
        ({"data": "[1, 2]"}, "JSON object"),
        ({"data": json.dumps({"title": "no body"})}, "body: Field required"),
        ({"data": json.dumps({"body": ""})}, "body"),
        ({"__data__": "\x89BIN..."}, "__data__"),
    ],
)
def test_unparseable_entries_are_poison_with_a_reason(fields: dict[str, str], message: str) -> None:
    with pytest.raises(PoisonMessage, match=message):
        parse(Entry("1-0", fields), RawArticle)


def test_parse_accepts_a_minimal_plain_client_document() -> None:
    article = parse(Entry("1-0", {"data": '{"body": "hello"}', "correlation_id": "c1"}), RawArticle)
    assert article.body == "hello"
    assert article.id
