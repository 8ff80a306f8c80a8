"""Near-duplicate articles and cross-article event deduplication."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from store_data import (
    HOUTHIS,
    RUSSIA,
    TURKMENISTAN,
    UK_SHIP,
    USA_MIL,
    houthi_cluster,
    make_article,
    make_event,
)

from accord.dedup import (
    BANDS,
    NUM_PERM,
    ROWS,
    SIMILARITY,
    MentionKey,
    group_mentions,
    is_root_level,
    jaccard,
    shingles,
    signature,
)
from accord.store import Store

D = date(2024, 1, 26)


def _key(event_id: str, cameo: str, day: date | None, block: str = "b") -> MentionKey:
    return MentionKey(event_id, block, cameo, cameo[:2], day)


def _sizes(groups: dict[str, list[MentionKey]]) -> list[list[str]]:
    return sorted(sorted(m.event_id for m in members) for members in groups.values())


def test_dedup_bands_match_datasketch_choice() -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_dedup_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Houthis fired.") == shingles("the houthis FIRED")
    assert shingles("two words") == {b"two words"}


def test_dedup_syndicated_copy_is_similar_and_independent_reports_are_not() -> None:
    wire, harbour, gulf, copy = (signature(a.text) for a in houthi_cluster())
    assert jaccard(wire, copy) >= SIMILARITY
    assert jaccard(wire, harbour) < 0.2
    assert jaccard(harbour, gulf) < 0.2
    assert signature(houthi_cluster()[0].text) == wire  # deterministic across calls


def test_dedup_root_level_codes() -> None:
    assert is_root_level("190", "19") and is_root_level("19", "19")
    assert not is_root_level("193", "19")


def test_dedup_same_code_within_window_merges() -> None:
    groups = group_mentions([_key("a", "195", D), _key("b", "195", D + timedelta(days=3))])
    assert _sizes(groups) == [["a", "b"]]


def test_dedup_window_is_anchored_at_first_date() -> None:
    days = [D, D + timedelta(days=2), D + timedelta(days=4)]
    groups = group_mentions([_key(str(i), "195", d) for i, d in enumerate(days)])
    assert _sizes(groups) == [["0", "1"], ["2"]]


def test_dedup_root_level_code_joins_specific_code() -> None:
    groups = group_mentions([_key("a", "193", D), _key("b", "190", D + timedelta(days=1))])
    assert _sizes(groups) == [["a", "b"]]


def test_dedup_different_specific_codes_stay_apart() -> None:
    groups = group_mentions([_key("a", "193", D), _key("b", "195", D)])
    assert _sizes(groups) == [["a"], ["b"]]


def test_dedup_root_level_joins_the_largest_nearby_event() -> None:
    groups = group_mentions([_key("a", "193", D), _key("b", "195", D), _key("c", "195", D), _key("g", "190", D)])
    assert _sizes(groups) == [["a"], ["b", "c", "g"]]


def test_dedup_root_level_alone_forms_its_own_event() -> None:
    groups = group_mentions([_key("a", "190", D), _key("b", "19", D + timedelta(days=1))])
    assert _sizes(groups) == [["a", "b"]]


def test_dedup_blocks_never_mix() -> None:
    groups = group_mentions([_key("a", "195", D, "one"), _key("b", "195", D, "two")])
    assert _sizes(groups) == [["a"], ["b"]]


def test_dedup_undated_mentions_only_merge_with_each_other() -> None:
    groups = group_mentions([_key("a", "195", D), _key("b", "195", None), _key("c", "190", None)])
    assert _sizes(groups) == [["a"], ["b", "c"]]


_mentions = st.lists(
    st.builds(
        _key,
        st.uuids().map(lambda u: u.hex[:8]),
        st.sampled_from(["19", "190", "193", "195"]),
        st.one_of(st.none(), st.dates(D, D + timedelta(days=20))),
        st.sampled_from(["x", "y"]),
    ),
    max_size=25,
    unique_by=lambda m: m.event_id,
)


@settings(max_examples=100, deadline=None)
@given(mentions=_mentions, seed=st.randoms(use_true_random=False))
def test_dedup_grouping_ignores_arrival_order(mentions: list[MentionKey], seed) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(mentions)
    seed.shuffle(shuffled)
    first, second = group_mentions(mentions), group_mentions(shuffled)
    assert {k: sorted(m.event_id for m in v) for k, v in first.items()} == {
        k: sorted(m.event_id for m in v) for k, v in second.items()
    }
    assert sum(len(v) for v in first.values()) == len(mentions)
    for members in first.values():
        dated = [m.date for m in members if m.date]
        if dated:
            assert max(dated) - min(dated) <= timedelta(days=3)


# -- through the store ----------------------------------------------------------


def test_dedup_houthi_cluster_is_one_event(tmp_path: Path) -> None:
    """Three outlets and one wire copy: one event, 4 mentions, 3 articles, 3 sources."""
    with Store(tmp_path / "a.duckdb") as store:
        store.add(houthi_cluster())
        events = store.events().to_pylist()
        clusters = store.con.execute("SELECT count(DISTINCT cluster_id) FROM articles").fetchall()[0][0]
        mentions = store.mentions().to_pylist()
    assert clusters == 3
    assert len(events) == 1
    event = events[0]
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (4, 3, 3)
    assert event["cameo"] == "195"  # the specific code wins over the generic 190
    assert (event["first_seen"], event["last_seen"], event["date"]) == (D, date(2024, 1, 27), D)
    assert {m["global_event_id"] for m in mentions} == {event["global_event_id"]}


def test_dedup_result_does_not_depend_on_order_or_batches(tmp_path: Path) -> None:
    cluster = houthi_cluster()
    with Store(tmp_path / "a.duckdb") as one:
        one.add(cluster)
        expected = one.events().to_pylist()
        expected_clusters = one.con.execute("SELECT id, cluster_id FROM articles ORDER BY id").fetchall()
    with Store(tmp_path / "b.duckdb") as other:
        for article in reversed(houthi_cluster()):  # the wire copy first, one batch each
            other.add([article])
        assert other.events().to_pylist() == expected
        assert other.con.execute("SELECT id, cluster_id FROM articles ORDER BY id").fetchall() == expected_clusters


def test_dedup_late_copy_recounts_the_event(tmp_path: Path) -> None:
    wire, harbour, gulf, copy = houthi_cluster()
    with Store(tmp_path / "a.duckdb") as store:
        store.add([wire, harbour, gulf])
        before = store.events().to_pylist()[0]
        store.add([copy])
        after = store.events().to_pylist()[0]
    assert (before["num_mentions"], before["num_articles"], before["num_sources"]) == (3, 3, 3)
    assert (after["num_mentions"], after["num_articles"], after["num_sources"]) == (4, 3, 3)


def test_dedup_separate_dyads_and_later_strikes_stay_apart(tmp_path: Path) -> None:
    wire = houthi_cluster()[0]
    later = make_article(
        "https://meridianwire.com/2024/02/10/strike",
        date(2024, 2, 10),
        "Yemen's Houthi rebels fired an anti-ship missile at a British-operated tanker again.",
    )
    later.events = [make_event(later, HOUTHIS, UK_SHIP, "195", date(2024, 2, 10), "Yemen's Houthi rebels")]
    reply = make_article(
        "https://meridianwire.com/2024/01/27/us-strikes",
        date(2024, 1, 27),
        "U.S. forces struck Houthi radar sites near Hodeidah overnight.",
    )
    reply.events = [make_event(reply, USA_MIL, HOUTHIS, "195", date(2024, 1, 27), "U.S. forces struck")]
    with Store(tmp_path / "a.duckdb") as store:
        store.add([wire, later, reply])
        assert store.count("events") == 3


def test_dedup_diplomatic_event_with_two_mentions(tmp_path: Path) -> None:
    one = make_article("https://sputniknews.com/a", date(2022, 6, 10), "Putin and Berdimuhamedov signed.")
    two = make_article("https://themoscowtimes.com/b", date(2022, 6, 11), "The leaders signed a pact.")
    one.events = [make_event(one, RUSSIA, TURKMENISTAN, "057", date(2022, 6, 10), "Putin")]
    two.events = [make_event(two, RUSSIA, TURKMENISTAN, "057", date(2022, 6, 10), "The leaders")]
    with Store(tmp_path / "a.duckdb") as store:
        store.add([one, two])
        events = store.events(dyad="RUS-TKM").to_pylist()
    assert len(events) == 1 and events[0]["num_sources"] == 2
