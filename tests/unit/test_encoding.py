import pytest

from newsflow.ingest.encoding import UndecodableFile, decode
from tests.conftest import SEEDS

TEXT = (SEEDS / "000_4513923ae5498424.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_arabic_in_every_common_encoding(codec: str) -> None:
    text, detected = decode(TEXT.encode(codec))
    assert text == TEXT
    assert detected


def test_short_windows_1256_text() -> None:
    text, detected = decode("مراكش تستضيف اجتماع رؤساء الشرطة".encode("cp1256"))
    assert text == "مراكش تستضيف اجتماع رؤساء الشرطة"
    assert detected == "cp1256"


def test_english_utf16_without_bom() -> None:
    assert (
        decode("Police chiefs meet in Marrakesh".encode("utf-16-le"))[0] == "Police chiefs meet in Marrakesh"
    )


@pytest.mark.parametrize(
    "data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 100, b"PK\x03\x04\x14\x00\x00\x00\x08\x00"]
)
def test_binary_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(UndecodableFile, match=r"binary|encoding"):
        decode(data)
