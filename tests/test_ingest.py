"""Readers and cleaning: the scraped format, JSONL, CSV, HTML, stdin and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accord.model import Article, Failure
from accord.stages.cleaning import find_dateline, is_noise_line, unglue_sentences
from accord.stages.ingest import MAX_BYTES, article_from_record, parse_date, parse_scraped, read_paths, read_stream

SCRAPED = """ date 2023-03-21 https://www.example-wire.com/world/2023/03/21/xi-putin-talks

Xi and Putin Hold Talks in the Kremlin

Xi and Putin Hold Talks in the Kremlin

MOSCOW (Reuters) - Chinese President Xi Jinping held talks with Russian President Vladimir Putin in the Kremlin on Tuesday, the second day of a three-day state visit.

Photo: AFP

The two leaders signed a joint statement on deepening their partnership.Both sides said trade had reached a record.

Read more: China's peace plan for Ukraine

1 Min Read
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _one(items: list[Article | Failure]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_scraped_header_title_dateline_and_noise(tmp_path: Path) -> None:
    article = _one(list(read_paths([_write(tmp_path, "a.txt", SCRAPED)])))
    assert article.url == "https://www.example-wire.com/world/2023/03/21/xi-putin-talks"
    assert article.published == date(2023, 3, 21)
    assert article.title == "Xi and Putin Hold Talks in the Kremlin"
    assert article.dateline == "Moscow"
    assert article.publisher == "example-wire.com"
    assert article.text.startswith("Chinese President Xi Jinping held talks")
    assert "Hold Talks in the Kremlin" not in article.text
    assert "Photo" not in article.text and "Read more" not in article.text and "Min Read" not in article.text
    assert "partnership. Both sides" in article.text


def test_scraped_id_is_stable_hash_of_url(tmp_path: Path) -> None:
    first = _one(list(read_paths([_write(tmp_path, "a.txt", SCRAPED)])))
    second = _one(list(read_paths([_write(tmp_path, "b.txt", SCRAPED.replace("record", "new high"))])))
    assert first.id == second.id and len(first.id) == 16


def test_specimen_lead_is_kept_without_its_date_and_dateline_kept(specimen_path: Path) -> None:
    """Session 17: the cut-short lead is the only sentence telling the two presidents signing, so it
    stays (it was dropped as furniture before); its page date goes."""
    article = _one(list(read_paths([specimen_path])))
    assert article.dateline == "Moscow"
    assert article.text.startswith("Russian President Vladimir Putin and his Turkmen counterpart")
    assert "10.06.2022" not in article.text
    assert "\n\nRussia and Turkmenistan agreed" in article.text
    assert "trafficking. Both parties" in article.text and "year. At the press" in article.text


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("MOSCOW (Sputnik) - Russian President", "Moscow", "Sputnik"),
        ("SEOUL - North Korea fired", "Seoul", None),
        ("WASHINGTON (Reuters) - The", "Washington", "Reuters"),
        ("ASHGABAT, October 2. /TASS/. Turkmenistan", "Ashgabat", "TASS"),
        ("KYIV, Ukraine (AP) — Russian drones", "Kyiv", "AP"),
        ("SARAJEVO, Bosnia-Herzegovina (AP) — The United States", "Sarajevo", "AP"),
        ("GUINEA-BISSAU (AFP) - Soldiers", "Guinea-Bissau", "AFP"),
        # state agencies: the place in ordinary case, a date, the agency, a double dash
        ("Riyadh, September 21, 2022, SPA -- His Royal Highness", "Riyadh", "SPA"),
        ("Kuala Lumpur, April 1 (Bernama) -- Malaysia has", "Kuala Lumpur", "Bernama"),
        ("Abu Dhabi, 5th May, 2025 (WAM) -- The UAE", "Abu Dhabi", "WAM"),
    ],
)
def test_dateline_forms(text: str, place: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.place == place and found.agency == agency


def test_a_second_dateline_is_kept() -> None:
    found = find_dateline("ISLAMABAD/KABUL, March 18 (Reuters) - Pakistani warplanes bombed")
    assert found is not None and found.place == "Islamabad" and found.others == ("Kabul",)


def test_dateline_not_taken_from_ordinary_sentence() -> None:
    assert find_dateline("Moscow - which has denied the claims - said on Monday") is None
    assert find_dateline("Riyadh, the capital, was calm on Friday - residents said") is None


def test_dateline_alone_on_its_line() -> None:
    """A capital-letter place with its country alone on the first line is a dateline; a lone label is not."""
    found = find_dateline("TBILISI, Georgia")
    assert found is not None and found.place == "Tbilisi" and found.length == len("TBILISI, Georgia")
    assert find_dateline("EXCLUSIVE") is None
    assert find_dateline("TRUMP, PUTIN TO MEET") is None
    assert find_dateline("Tbilisi, Georgia") is None


def test_byline_and_date_lines_do_not_hide_the_dateline() -> None:
    text = (
        "By News Desk | March 3, 2024\n\n04.03.2024\n\nNAIROBI - Kenyan police fired tear gas at "
        "protesters outside parliament on Tuesday."
    )
    article = article_from_record({"text": text, "date": "2024-03-04"}, "t")
    assert article.dateline == "Nairobi" and article.text.startswith("Kenyan police")


def test_an_agency_byline_of_several_authors_does_not_hide_the_dateline() -> None:
    """AP names its authors in capitals; kept, the line hid 'SEOUL, South Korea (AP) -', whose agency
    then became a U.S. source."""
    text = (
        "By LEE MIN-JI and JOHN DOE\n\nSEOUL, South Korea (AP) - South Korean police raided the offices "
        "of the presidential security service on Friday."
    )
    article = article_from_record({"text": text, "date": "2024-12-06"}, "t")
    assert article.dateline == "Seoul" and article.text.startswith("South Korean police")


def test_unglue_keeps_abbreviations() -> None:
    assert unglue_sentences("drug and arms trafficking.Both parties") == "drug and arms trafficking. Both parties"
    assert unglue_sentences("this year.At the press") == "this year. At the press"
    assert unglue_sentences("the U.S.Army and Mr.Smith") == "the U.S.Army and Mr.Smith"


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AFP",
        "Read more: Sanctions bite",
        "3 min read",
        "Share",
        "Facebook Twitter WhatsApp",
        "Advertisement",
        "By Staff Reporter | 12 Feb 2024",
        "17.06.2024",
        "Posted Tue 4 Jun 2024 at 9:30pm",
        "Issued on: 04/06/2024 - 21:30",
    ],
)
def test_noise_lines_dropped(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The army said it shot down four drones.",
        "Share prices fell 3% in Tokyo.",
        "By March 2024, the last troops had left.",
        "By then it was over and done, and nobody cared.",
        "The accord was signed on 17.06.2024 in Vienna.",
    ],
)
def test_reporting_lines_kept(line: str) -> None:
    assert not is_noise_line(line)


def test_jsonl_keeps_metadata_and_reports_bad_lines(tmp_path: Path) -> None:
    good = {
        "url": "https://news.example.org/a",
        "date": "2024-01-12",
        "title": "Strikes on Yemen",
        "text": "SANAA - US and British warplanes struck Houthi targets in Yemen on Friday.",
        "lang": "en",
    }
    path = _write(tmp_path, "batch.jsonl", json.dumps(good) + "\n{not json\n" + json.dumps({"url": "x"}) + "\n")
    items = list(read_paths([path]))
    assert isinstance(items[0], Article) and items[0].metadata == {"lang": "en"}
    assert items[0].dateline == "Sanaa"
    assert (
        isinstance(items[1], Failure)
        and items[1].where.endswith("batch.jsonl:2")
        and "invalid JSON" in items[1].message
    )
    assert isinstance(items[2], Failure) and "'text'" in items[2].message


def test_csv_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "batch.csv",
        'url,date,title,text\nhttps://a.example/1,2024-02-01,T,"Police in Lagos arrested 12 protesters."\n'
        'https://a.example/2,2024-02-31,T,"Text"\n',
    )
    items = list(read_paths([path]))
    assert isinstance(items[0], Article) and items[0].published == date(2024, 2, 1)
    assert isinstance(items[1], Failure) and "2024-02-31" in items[1].message and items[1].where.endswith(":3")


def test_html_page_main_text(tmp_path: Path) -> None:
    paragraph = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as demonstrations over a finance bill spread. "
    html = (
        "<html><head><title>Kenya protests</title><meta property='article:published_time' content='2024-06-25'>"
        "<link rel='canonical' href='https://news.example.co.ke/kenya-protests'></head><body><nav>Home | World</nav>"
        f"<article><h1>Kenya protests</h1><p>{paragraph * 3}</p><p>{paragraph}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    article = _one(list(read_paths([_write(tmp_path, "page.html", html)])))
    assert "tear gas" in article.text and "Home | World" not in article.text
    assert article.url == "https://news.example.co.ke/kenya-protests"


def test_folder_is_recursive_and_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "sub/a.txt", SCRAPED)
    _write(tmp_path, "notes.md", "# not an article")
    assert [type(i) for i in read_paths([tmp_path])] == [Article]


def test_stdin_is_sniffed() -> None:
    article = _one(list(read_stream(SCRAPED.encode(), "<stdin>")))
    assert article.dateline == "Moscow"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (" date 2022-06-10 https://a.example/x\n\nT\n\nCaf\xe9 talks in Paris".encode("latin-1"), "not valid UTF-8"),
        (b"Russia and Turkmenistan signed a declaration.\n", "missing header"),
        (b" date 10/06/2022 https://a.example/x\n\nTitle\n\nBody text here.", "impossible date"),
        (b" date 2022-13-45 https://a.example/x\n\nTitle\n\nBody text here.", "impossible date"),
        (b" date 2022-06-10 https://a.example/x\n\nOnly a title\n", "no body text"),
    ],
)
def test_bad_input_gives_specific_failure(tmp_path: Path, content: bytes, expected: str) -> None:
    items = list(read_paths([_write(tmp_path, "bad.txt", content)]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert expected in items[0].message and items[0].where.endswith("bad.txt")


def test_oversized_file_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", " date 2022-06-10 https://a.example/x\n\nT\n\n" + "word " * 100)
    items = list(read_paths([path], max_bytes=200))
    assert isinstance(items[0], Failure) and "limit" in items[0].message
    assert MAX_BYTES == 20 * 1024 * 1024


def test_missing_path_and_batch_goes_on(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "nope.txt", _write(tmp_path, "a.txt", SCRAPED)]))
    assert isinstance(items[0], Failure) and "no such file" in items[0].message
    assert isinstance(items[1], Article)


def test_parse_date_refuses_future_and_ancient() -> None:
    with pytest.raises(Exception, match="outside"):
        parse_date("2999-01-01")
    with pytest.raises(Exception, match="outside"):
        parse_date("1066-10-14")
    assert parse_date("2022-06-10") == date(2022, 6, 10)


def test_html_soup_without_article_text_is_a_clear_failure(tmp_path: Path) -> None:
    soup = (
        "<html><head><script>var a=1;</script></head><body><div><nav>Home | World | Sport</nav>"
        + "<span></span>" * 50
        + "</div></body></html>"
    )
    items = list(read_paths([_write(tmp_path, "soup.html", soup)]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "no main text" in items[0].message and items[0].where.endswith("soup.html")


def test_utf8_bom_and_windows_newlines_are_accepted(tmp_path: Path) -> None:
    data = ("\ufeff" + SCRAPED.replace("\n", "\r\n")).encode("utf-8")
    article = _one(list(read_paths([_write(tmp_path, "bom.txt", data)])))
    assert article.dateline == "Moscow" and "\r" not in article.text


def test_a_cut_short_lead_is_kept_unless_the_body_repeats_it() -> None:
    """A page's teaser cut before its date is the lead; dropped only when the body tells it again."""
    head = " date 2023-03-21 https://news.example/xi-putin-talks\n\nXi, Putin Sign Joint Statement\n\n"
    lead = (
        "MOSCOW (Sputnik) - Chinese President Xi Jinping and his Russian counterpart Vladimir Putin "
        "signed a joint statement on deepening their comprehensive... 21.03.2023\n\n"
    )
    body = "The two leaders also discussed energy supplies and a new gas pipeline.\n"
    article = parse_scraped(head + lead + body, "x.txt")
    assert article.dateline == "Moscow"
    assert article.text.startswith("Chinese President Xi Jinping and his Russian counterpart Vladimir Putin signed")
    assert "21.03.2023" not in article.text
    repeated = (
        "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin signed a joint statement "
        "on deepening their comprehensive partnership on Tuesday.\n"
    )
    article = parse_scraped(head + lead + repeated + body, "x.txt")
    assert article.text.count("Chinese President Xi Jinping") == 1
