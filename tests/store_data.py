"""Articles and hand-built events for the store, dedup and query tests (no model needed).

The Houthi cluster: the missile strike on the tanker Marlin Luanda in the Gulf
of Aden on 26 January 2024, told by three outlets in their own words, plus a
wire copy of the first report carried by a fourth outlet.  Outlet names are
invented; the facts follow the public reporting of that day.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from accord.model import Actor, Article, CodeInfo, Event
from accord.stages.ingest import article_id, publisher_of

CODES = {
    "190": CodeInfo("190", "Use conventional military force", "19", 4, -10.0, "ASSAULT", "", "military"),
    "193": CodeInfo(
        "193",
        "Fight with small arms and light weapons",
        "19",
        4,
        -10.0,
        "ASSAULT",
        "firearms",
        "military",
    ),
    "195": CodeInfo("195", "Use aerial weapons", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "military"),
    "036": CodeInfo("036", "Express intent to meet or negotiate", "03", 1, 4.0, "AGREE", "", ""),
    "057": CodeInfo("057", "Sign formal agreement", "05", 1, 8.0, "AGREE", "", "economic"),
    "172": CodeInfo("172", "Impose administrative sanctions", "17", 3, -5.0, "COERCE", "", ""),
}

HOUTHIS = Actor("YEM", "REB", "Houthis", "Yemen's Houthi rebels")
UK_SHIP = Actor("GBR", "BUS", "United Kingdom", "British-operated tanker")
USA_MIL = Actor("USA", "MIL", "United States", "U.S. forces")
RUSSIA = Actor("RUS", "GOV", "Russia", "Russian President Vladimir Putin")
TURKMENISTAN = Actor("TKM", "GOV", "Turkmenistan", "his Turkmen counterpart")

WIRE = """Yemen's Houthi rebels fired an anti-ship missile at a British-operated tanker in the \
Gulf of Aden on Friday, setting the vessel on fire, the U.S. military and the ship's \
operator said.

The Marshall Islands-flagged Marlin Luanda, which was carrying Russian-origin naphtha, \
was struck about 60 nautical miles southeast of Aden, according to the British maritime \
agency UKMTO. The crew fought the blaze for hours and no injuries were reported.

Houthi military spokesman Yahya Saree said the group had targeted the ship with "a \
number of appropriate naval missiles" in retaliation for U.S. and British strikes on \
Yemen. The U.S. Navy destroyer USS Carney and French and Indian warships responded to \
the distress call.

The attack was the latest in a campaign against shipping in the Red Sea and Gulf of Aden \
that the rebels say is aimed at pressuring Israel over the war in Gaza."""

HARBOUR = """A fuel tanker operated on behalf of commodities trader Trafigura burned for several \
hours in the Gulf of Aden after it was hit by a missile launched from Houthi-controlled \
territory late on Friday.

Trafigura said firefighting equipment on board was being used to contain the fire in one \
cargo tank, and that it remained in contact with the vessel and was monitoring the \
situation closely.

The strike on the Marlin Luanda marks a sharp escalation for tanker owners, many of whom \
had kept sailing through the region even as container lines diverted around the Cape of \
Good Hope. Freight rates for tankers on the route rose on Monday."""

GULF = """SANAA - The Houthi movement claimed responsibility on Saturday for a naval missile \
attack on the British oil tanker Marlin Luanda, which it said was hit directly and \
caught fire.

In a televised statement, the movement's spokesman said the operation came in response \
to "American-British aggression against our country" and vowed further attacks on \
British and American ships.

Residents of Hodeidah reported hearing explosions overnight as U.S. and British aircraft \
struck radar sites along the coast, a day after the tanker was attacked."""

SYNDICATED = ("ADEN (Meridian Wire) - " + WIRE).replace(
    "no injuries were reported.", "no injuries were reported, the operator said."
) + ("\n\nReporting by the Meridian Wire Gulf desk; editing by the Daily Register.")

HOUTHI_ARTICLES = [
    (
        "https://www.meridianwire.com/world/2024/01/26/houthis-hit-tanker-gulf-of-aden",
        date(2024, 1, 26),
        "Houthi missile sets British-operated tanker ablaze in Gulf of Aden",
        WIRE,
        "Yemen's Houthi rebels fired an anti-ship missile at a British-operated tanker",
        "195",
        date(2024, 1, 26),
    ),
    (
        "https://harbourtimes.co.uk/shipping/trafigura-tanker-fire-marlin-luanda",
        date(2024, 1, 27),
        "Trafigura tanker burns after missile strike",
        HARBOUR,
        "it was hit by a missile launched from Houthi-controlled territory",
        "190",
        date(2024, 1, 26),
    ),
    (
        "https://gulfmonitor.net/yemen/houthis-claim-attack-on-british-tanker",
        date(2024, 1, 27),
        "Houthis claim attack on British tanker",
        GULF,
        "The Houthi movement claimed responsibility on Saturday for a naval missile attack",
        "195",
        date(2024, 1, 27),
    ),
    (
        "https://dailyregister.com/wire/2024/01/26/houthis-hit-tanker",
        date(2024, 1, 26),
        "Houthi missile sets British-operated tanker ablaze in Gulf of Aden",
        SYNDICATED,
        "Yemen's Houthi rebels fired an anti-ship missile at a British-operated tanker",
        "195",
        date(2024, 1, 26),
    ),
]


def make_event(
    article: Article,
    source: Actor,
    target: Actor | None,
    code: str,
    when: date | None,
    sentence: str,
    confidence: float = 0.8,
) -> Event:
    """An Event whose offsets point at ``sentence`` in the article body."""
    start = article.text.find(sentence)
    if start < 0:
        start = 0
        sentence = article.text[: len(sentence)]
    index = article.text[:start].count("\n\n")
    return Event(
        article_id=article.id,
        url=article.url,
        published=article.published,
        date=when,
        source=source,
        target=target,
        info=CODES[code],
        sentence=sentence,
        sentence_index=index,
        char_start=start,
        char_end=start + len(sentence),
        confidence=confidence,
        trigger="fired",
        trigger_start=start,
        trigger_end=start + 5,
        publisher=article.publisher,
    )


def make_article(url: str | None, published: date | None, text: str, title: str | None = None) -> Article:
    """An Article as the readers build it (id from the URL, publisher from the domain)."""
    return Article(
        id=article_id(url, text),
        text=text,
        url=url,
        published=published,
        title=title,
        publisher=publisher_of(url),
    )


def houthi_cluster() -> list[Article]:
    """The four reports of the Marlin Luanda attack, each with its hand-coded event."""
    articles = []
    for url, published, title, text, sentence, code, when in HOUTHI_ARTICLES:
        article = make_article(url, published, text, title)
        article.events = [make_event(article, HOUTHIS, UK_SHIP, code, when, sentence)]
        articles.append(article)
    return articles


def scraped(url: str, published: date, title: str, body: str) -> str:
    """The scraped text format the readers accept."""
    return f" date {published.isoformat()} {url}\n\n{title}\n\n{title}\n\n{body}\n"


def write_houthi_folder(folder: Path) -> Path:
    """The cluster as scraped .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, (url, published, title, text, *_rest) in enumerate(HOUTHI_ARTICLES):
        (folder / f"{number:02d}.txt").write_text(scraped(url, published, title, text), encoding="utf-8")
    return folder


_TARGETS = [UK_SHIP, USA_MIL, Actor("ISR", "GOV", "Israel", "Israel")]


def write_series(folder: Path, count: int = 30) -> Path:
    """``count`` short reports of a strike series, with some wire copies that arrive late."""
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2024, 1, 1)
    for n in range(count):
        day = start + timedelta(days=2 * (n // 3))
        target = _TARGETS[n % 3]
        body = (
            f"Report {n}: Houthi rebels fired missiles at {target.text} on day {n} "
            f"near the port of Hodeidah, officials said. The attack number {n} damaged "
            "equipment and the crew was safe, according to the maritime security agency "
            "that monitors the area each week."
        )
        if n % 7 == 6:  # a wire copy of an earlier report, with a new outlet's sign-off
            earlier = n - 5
            body = (folder / f"{earlier:03d}.txt").read_text(encoding="utf-8").split("\n\n", 3)[3]
            body = body.strip() + " Copyright the wire service."
        url = f"https://outlet{n % 4}.example.com/news/{n}"
        (folder / f"{n:03d}.txt").write_text(scraped(url, day, f"Strike report {n}", body), "utf-8")
    return folder


class FakeCoder:
    """Codes 'Houthi rebels fired ... at X' by rule, so ingest tests need no model."""

    _PATTERN = re.compile(r"Houthi rebels fired missiles at (?P<target>[^.]*?) on day (?P<n>\d+)")

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def code(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Fill each article's events from the rule."""
        for article in articles:
            if self.delay:
                time.sleep(self.delay)
            match = self._PATTERN.search(article.text)
            article.events = []
            if match:
                target = next((t for t in _TARGETS if t.text == match["target"]), None)
                code = "195" if int(match["n"]) % 2 else "190"
                event = make_event(article, HOUTHIS, target, code, article.published, match.group(0))
                article.events = [replace(event, trigger="fired")]
            yield article


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (sorted), for comparing two stores."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {}
        for table in ("articles", "article_bands", "mentions", "events", "actors"):
            rows = con.execute(f"SELECT * FROM {table}").fetchall()
            tables[table] = sorted(rows, key=repr)
        tables["schema_version"] = con.execute("SELECT version, description FROM schema_version").fetchall()
        return tables
    finally:
        con.close()


def ingest_main(folder: str, db: str, delay: float) -> None:
    """Subprocess entry: ingest with commits every 10 articles, announcing each commit."""
    from accord.store import Store

    def announce(counts: object) -> None:
        print(f"committed {counts.batches}", flush=True)  # type: ignore[attr-defined]

    with Store(db) as store:
        store.ingest([folder], coder=FakeCoder(delay), commit_every=10, on_batch=announce)
    print("done", flush=True)


def hold_main(db: str) -> None:
    """Subprocess entry: open the store for writing and wait to be stopped."""
    from accord.store import Store

    store = Store(db)
    print("holding", flush=True)
    time.sleep(120)
    store.close()


if __name__ == "__main__":
    if sys.argv[1] == "ingest":
        ingest_main(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        hold_main(sys.argv[2])
