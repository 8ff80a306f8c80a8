"""A small store for the web tests, built by hand (no model): five stories, seven events.

The Russia-Turkmenistan article is the bundled example (examples/), read by
accord's own reader so that its body and offsets are what ``accord code``
stores; its events are coded by hand with the spans of the actors and the
trigger.  The Houthi cluster comes from tests/store_data.py (four reports, one
event).  The Blinken and Tbilisi stories are short texts written for these
tests; the Tbilisi events carry a location.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from store_data import houthi_cluster, make_article

from accord.model import Actor, Article, Event
from accord.ontology import code_info
from accord.stages.ingest import read_paths
from accord.store import Store

ROOT = Path(__file__).resolve().parent.parent
RUS_TKM_FILE = ROOT / "examples" / "2022-06-10-russia-turkmenistan-declaration.txt"
RUS_TKM_SENTENCE = "Vladimir Putin welcomed Turkmenistan's new president"

BLINKEN = (
    "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, "
    "the highest-level American visit to China in five years.\n\n"
    "On Sunday Blinken held more than seven hours of talks with Foreign Minister Qin Gang, "
    "which both sides called candid and constructive."
)
TBILISI = (
    "Georgian riot police fired water cannon and tear gas at protesters outside parliament in Tbilisi "
    "on Saturday, the third night of demonstrations.\n\n"
    "Prime Minister Irakli Kobakhidze accused the opposition of trying to stage a revolution."
)
TBILISI_PLACE = {"name": "Tbilisi", "lat": 41.6914, "lon": 44.8341, "country": "GEO"}


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _actor(text: str, country: str, sector: str, name: str, needle: str, sentence_start: int) -> Actor:
    start, end = _span(text, needle, sentence_start)
    return Actor(country, sector, name, needle, start, end)


def _event(
    article: Article,
    sentence: str,
    source: tuple[str, str, str, str],
    target: tuple[str, str, str, str] | None,
    code: str,
    trigger: str,
    when: date,
    location: dict[str, Any] | None = None,
    confidence: float = 0.85,
) -> Event:
    """An event whose sentence, actor and trigger offsets all index the article body."""
    text = article.text
    start, _ = _span(text, sentence)
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    t_start, t_end = _span(text, trigger, start)
    return Event(
        article_id=article.id,
        url=article.url,
        published=article.published,
        date=when,
        source=_actor(text, *source, start),
        target=_actor(text, *target, start) if target else None,
        info=code_info(code),
        sentence=text[start:end],
        sentence_index=text[:start].count("\n\n"),
        char_start=start,
        char_end=end,
        confidence=confidence,
        trigger=trigger,
        trigger_start=t_start,
        trigger_end=t_end,
        publisher=article.publisher,
        location=location,
    )


def rus_tkm_article() -> Article:
    """The bundled example, read as ``accord code`` reads it, with two hand-coded 057 events."""
    article = next(iter(read_paths([RUS_TKM_FILE])))
    assert isinstance(article, Article)
    day = date(2022, 6, 10)
    moscow = {"name": "Moscow", "lat": 55.752, "lon": 37.6178, "country": "RUS"}
    article.events = [
        _event(
            article,
            RUS_TKM_SENTENCE,
            ("RUS", "GOV", "Russia", "Vladimir Putin"),
            ("TKM", "GOV", "Turkmenistan", "Serdar Berdimuhamedov"),
            "057",
            "signatures",
            day,
            moscow,
        ),
        _event(
            article,
            RUS_TKM_SENTENCE,
            ("TKM", "GOV", "Turkmenistan", "Serdar Berdimuhamedov"),
            ("RUS", "GOV", "Russia", "Vladimir Putin"),
            "057",
            "signatures",
            day,
            moscow,
        ),
    ]
    return article


def blinken_article() -> Article:
    article = make_article(
        "https://www.example-wire.com/2023/06/19/blinken-xi-beijing",
        date(2023, 6, 19),
        BLINKEN,
        "Blinken meets Xi in Beijing",
    )
    usa = ("USA", "GOV", "United States", "Antony Blinken")
    article.events = [
        _event(
            article,
            "U.S. Secretary of State",
            usa,
            ("CHN", "GOV", "China", "Xi Jinping"),
            "036",
            "met",
            date(2023, 6, 19),
        ),
        _event(
            article,
            "On Sunday Blinken",
            ("USA", "GOV", "United States", "Blinken"),
            ("CHN", "GOV", "China", "Qin Gang"),
            "042",
            "talks",
            date(2023, 6, 18),
        ),
    ]
    return article


def tbilisi_article() -> Article:
    article = make_article(
        "https://www.example-news.ge/2024/11/30/tbilisi-protests",
        date(2024, 11, 30),
        TBILISI,
        "Police use water cannon on protesters in Tbilisi",
    )
    article.events = [
        _event(
            article,
            "Georgian riot police",
            ("GEO", "COP", "Georgia", "Georgian riot police"),
            ("GEO", "OPP", "Georgia", "protesters"),
            "175",
            "fired",
            date(2024, 11, 30),
            TBILISI_PLACE,
        ),
        _event(
            article,
            "Prime Minister Irakli",
            ("GEO", "GOV", "Georgia", "Prime Minister Irakli Kobakhidze"),
            ("GEO", "OPP", "Georgia", "the opposition"),
            "112",
            "accused",
            date(2024, 11, 30),
            TBILISI_PLACE,
            confidence=0.55,
        ),
    ]
    return article


def build_store(path: Path) -> Path:
    """Write the test store to ``path`` and return it (7 events, 7 articles, 10 mentions)."""
    articles = [rus_tkm_article(), blinken_article(), tbilisi_article(), *houthi_cluster()]
    with Store(path) as store:
        store.add(articles)
    return path


EXPECTED_EVENTS = 7
EVENT_DATES = ["2022-06-10", "2023-06-18", "2023-06-19", "2024-01-26", "2024-11-30"]
