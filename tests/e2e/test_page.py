"""The store's page in headless Chromium (Debian's package, driven by Playwright; no browser download)."""

import os
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faststream import TestApp
from PIL import Image
from playwright.async_api import Page, async_playwright

from newsflow.shared.contracts import EnrichedArticle, Enricher, Entity, Language, Topic
from newsflow.shared.http import http_side
from newsflow.shared.streams import DEAD
from newsflow.store import migrate
from newsflow.store.app import create_app
from newsflow.store.db import make_engine
from newsflow.store.repository import store_batch
from newsflow.store.settings import StoreSettings

pytestmark = [pytest.mark.e2e]

NOW = datetime.now(UTC)
AR_TITLE = "الأمين العام للانتربول بمراكش يدعو إلى تقوية التعاون الدولي"
EN_TITLE = "Interpol chiefs meet in Marrakesh"


def _article(
    n: int, lang: str, title: str, body: str, ents: list[tuple[str, str, str]], topic: Topic, days_ago: int
) -> EnrichedArticle:
    entities = [
        Entity(
            text=t, label=label, start=body.index(t), end=body.index(t) + len(t), canonical=c, confidence=0.9
        )  # type: ignore[arg-type]
        for t, label, c in ents
    ]
    return EnrichedArticle(
        id=f"page-{n}",
        title=title,
        body=body,
        source="inbox",
        author="عبد الحميد زويت" if lang == "ar" else None,
        received_at=NOW - timedelta(days=days_ago, minutes=n),
        language=Language(code=lang, confidence=0.99),
        entities=entities,
        topics=[topic],
        enriched_at=NOW,
        enricher=Enricher(name="newsflow-enrich", version="0.2.0"),
    )


CRIME = Topic(
    code="medtop:02000000", label="crime, law and justice", label_ar="جريمة، قانون وعدالة", score=0.95
)
SPORT = Topic(code="medtop:15000000", label="sport", label_ar="رياضة", score=0.9)


def chromium() -> str:
    path = os.environ.get("NEWSFLOW_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is needed for the page test (apt-get install chromium; .ci/run does it)"
    return path


@pytest.fixture
async def page_url(tmp_path: Path, redis_url: str, sync_redis) -> AsyncIterator[str]:  # type: ignore[no-untyped-def]
    database = f"sqlite:///{tmp_path / 'page.db'}"
    engine = make_engine(database)
    migrate.upgrade(engine)
    body_ar = "دعا الأمين العام للانتربول يورغن ستوك في مراكش إلى تقوية التعاون مع المغرب."
    body_en = "Interpol Secretary General Jürgen Stock met police chiefs in Marrakesh."
    store_batch(
        engine,
        [
            _article(
                1,
                "ar",
                AR_TITLE,
                body_ar,
                [
                    ("للانتربول", "ORGANIZATION", "الإنتربول"),
                    ("يورغن ستوك", "PERSON", "يورغن ستوك"),
                    ("مراكش", "LOCATION", "مراكش"),
                    ("المغرب", "LOCATION", "المغرب"),
                ],
                CRIME,
                0,
            ),
            _article(
                2,
                "en",
                EN_TITLE,
                body_en,
                [
                    ("Interpol", "ORGANIZATION", "الإنتربول"),
                    ("Jürgen Stock", "PERSON", "يورغن ستوك"),
                    ("Marrakesh", "LOCATION", "مراكش"),
                ],
                CRIME,
                1,
            ),
            _article(
                3,
                "en",
                "Cup final in London",
                "The cup final was played in London.",
                [("London", "LOCATION", "London")],
                SPORT,
                3,
            ),
        ],
    )
    engine.dispose()
    sync_redis.xadd(DEAD, {"data": "{}"})
    app = create_app(
        StoreSettings(
            redis_url=redis_url, database_url=database, http_port=0, http_host="127.0.0.1", consumer_name="p1"
        )
    )
    async with TestApp(app):
        yield f"http://127.0.0.1:{http_side(app).port}/"


async def _open(url: str) -> AsyncIterator[Page]:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            await page.goto(url)
            await page.wait_for_selector("body[data-loaded=yes]", timeout=20_000)
            yield page
        finally:
            await browser.close()


async def test_page_shows_articles_entities_topics_and_the_pipeline(page_url: str, tmp_path: Path) -> None:
    async for page in _open(page_url):
        titles = await page.locator("#articles article h3").all_inner_texts()
        assert titles == [AR_TITLE, EN_TITLE, "Cup final in London"]
        ar = page.locator("#articles article[lang=ar]")
        assert await ar.get_attribute("dir") == "rtl"
        assert await ar.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert (
            await page.locator("#articles article[lang=en]").first.evaluate(
                "e => getComputedStyle(e).direction"
            )
            == "ltr"
        )
        # right-to-left text is laid out from the right: the Arabic title ends at the card's right edge
        card = await ar.bounding_box()
        title = await ar.locator("h3").evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return [b.left, b.right]; }"
        )
        assert card is not None
        assert abs((card["x"] + card["width"]) - title[1]) < 4, (card, title)
        assert title[0] > card["x"] + 20, "a short Arabic title does not start at the left"
        # Arabic cards show the Arabic topic label
        assert "جريمة، قانون وعدالة" in await ar.inner_text()
        entities = await page.locator("#entities tr.row td:first-child").all_inner_texts()
        assert entities[:3] == ["الإنتربول", "مراكش", "يورغن ستوك"]
        assert await page.locator("#k-articles").inner_text() == "3"
        assert await page.locator("#k-dead").inner_text() == "1"
        pipeline = await page.locator("#pipeline").inner_text()
        assert "raw" in pipeline
        assert "enriched" in pipeline
        assert "store" in pipeline
        assert await page.locator("#timeline rect").count() == 3, "three days with articles"
        shot = tmp_path / "page.png"
        await page.screenshot(path=str(shot), full_page=False)
        # clicking an entity filters the articles
        await page.locator("#entities .chip", has_text="London").click()
        await page.wait_for_function("document.querySelectorAll('#articles article').length === 1")
        assert await page.locator("#articles article h3").all_inner_texts() == ["Cup final in London"]
        assert "show all" in await page.locator("#filter").inner_text()

    with Image.open(shot) as img:
        assert img.size == (1280, 900)
        rgb = img.convert("RGB")
        colours = rgb.getcolors(maxcolors=1_000_000)
        assert colours is not None
        assert len(colours) > 200, "a rendered page, not a blank or error screen"
        # the header is white, the page background light grey, text dark: all three are there
        assert rgb.getpixel((5, 5)) == (255, 255, 255)
        dark = sum(n for n, c in colours if sum(c) < 200)
        assert dark > 2000, "text was drawn"
    saved = os.environ.get("NEWSFLOW_SCREENSHOT_DIR")
    if saved:
        shutil.copy(shot, Path(saved) / "page.png")
