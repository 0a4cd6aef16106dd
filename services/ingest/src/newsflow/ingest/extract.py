"""Title, byline and body out of a plain-text news page, without the site's furniture.

Text saved from news sites carries breadcrumbs above the title, a comment form and "read also"
links below the article. The rules here are about page structure and common phrasing in Arabic,
English and French, not about particular sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsflow.shared.text import normalize

_CRUMB_SEP: Final = re.compile(r"\s*(?:»|›|>|\||/|«|‹|<|\\)\s*")
_HOME: Final = {
    normalize(w) for w in ("الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "home", "accueil", "homepage")
}

# Where the article ends: the comment form, "read also"/related lists, sharing widgets.
_END_MARKERS: Final = tuple(
    normalize(m)
    for m in (
        "اضف رد",
        "أضف تعليق",
        "اضف تعليقا",
        "اترك تعليقا",
        "اترك ردا",
        "التعليقات",
        "تعليقات",
        "لن يتم نشر البريد الإلكتروني",
        "قد يعجبك أيضا",
        "قد يعجبك ايضا",
        "اقرأ أيضا",
        "إقرأ أيضا",
        "مقالات ذات صلة",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "المزيد من الأخبار",
        "شارك المقال",
        "شارك هذا المقال",
        "leave a reply",
        "leave a comment",
        "your email address will not be published",
        "related articles",
        "related posts",
        "read also",
        "read more",
        "you may also like",
        "see also",
        "share this",
        "laisser un commentaire",
        "lire aussi",
        "à lire aussi",
        "articles similaires",
    )
)
# A "read also" line inside the body: drop the line, keep reading.
_INLINE_LINK: Final = tuple(
    normalize(m)
    for m in ("اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "read also", "lire aussi", "see also", "related")
)
_BYLINE_PREFIX: Final = re.compile(r"^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|by|par)\s*[:：-]?\s*", re.I)
_SENTENCE_END: Final = re.compile(r"[.!?؟。…]$")
_ONLY_SYMBOLS: Final = re.compile(r"^[\W_]{0,3}$|^x$", re.I)
_WORD: Final = re.compile(r"\w+", re.U)


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    author: str | None
    body: str


def _key(line: str) -> str:
    return " ".join(_WORD.findall(normalize(line)))


def _is_breadcrumb(line: str, following: str | None) -> bool:
    parts = [p for p in _CRUMB_SEP.split(line) if p.strip()]
    if len(parts) < 2:
        return False
    if _key(parts[0]) in _HOME:
        return True
    return following is not None and _key(parts[-1]) == _key(following)


def _is_end_marker(line: str) -> bool:
    key = _key(line)
    return any(key == m or (key.startswith(m) and len(key) <= len(m) + 12) for m in _END_MARKERS)


def _is_inline_link(line: str) -> bool:
    key = _key(line)
    return len(key) < 200 and any(key.startswith(m) for m in _INLINE_LINK)


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 40 and len(line) <= 300 and not _SENTENCE_END.search(line.rstrip("\"'”»"))


def _looks_like_byline(line: str) -> str | None:
    if _BYLINE_PREFIX.match(line):
        name = _BYLINE_PREFIX.sub("", line).strip()
        return name or None
    words = line.split()
    if not 2 <= len(words) <= 5 or len(line) > 60:
        return None
    if any(not w.isalpha() for w in words) or line.rstrip().endswith(("-", "–", ":")):
        return None
    return line


def _is_dateline(line: str) -> bool:
    """``مراكش-`` or ``PARIS --``: a place on its own line, the start of the first paragraph."""
    words = line.split()
    return 1 <= len(words) <= 3 and line.rstrip().endswith(("-", "–", "—", ":"))


def extract_plain(text: str) -> Extracted:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    blocks = [ln for ln in lines if ln]
    if not blocks:
        return Extracted(None, None, "")
    i = 0
    if len(blocks) > 1 and _is_breadcrumb(blocks[0], blocks[1]):
        i = 1
    title = None
    if len(blocks) - i > 1 and _looks_like_title(blocks[i]):
        title = blocks[i]
        i += 1
    author = None
    if title is not None and i < len(blocks) - 1 and (name := _looks_like_byline(blocks[i])):
        author = name
        i += 1
    body: list[str] = []
    pending_dateline: str | None = None
    for line in blocks[i:]:
        if _is_end_marker(line):
            break
        if _is_inline_link(line) or _ONLY_SYMBOLS.match(line):
            continue
        if pending_dateline is None and not body and _is_dateline(line):
            pending_dateline = line
            continue
        if pending_dateline is not None:
            line = f"{pending_dateline} {line}"
            pending_dateline = None
        body.append(line)
    if pending_dateline is not None:
        body.append(pending_dateline)
    return Extracted(title, author, "\n".join(body))


def extract_markdown(text: str) -> Extracted:
    """Markdown: the first ``# heading`` is the title; other heading marks are dropped."""
    lines = text.replace("\r\n", "\n").split("\n")
    title = None
    kept: list[str] = []
    for line in lines:
        m = re.match(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m and title is None and m.group(1) == "#":
            title = m.group(2)
            continue
        kept.append(m.group(2) if m else line)
    if title is None:
        return extract_plain("\n".join(kept))
    rest = extract_plain(f"{title}\n" + "\n".join(kept))
    return Extracted(title, rest.author, rest.body)
