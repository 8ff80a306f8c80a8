"""Deduplication: near-duplicate articles (MinHash LSH) and cross-article events.

Articles
    Each body is reduced to the set of its word 3-shingles (lower-cased
    ``\\w+`` tokens) and hashed into a 128-permutation MinHash (datasketch).
    The signature is cut into the bands that datasketch's ``MinHashLSH``
    chooses for :data:`SIMILARITY` (18 bands of 7 rows); the band hashes are
    kept in the store, so candidates are found with one join, however many
    articles the store holds.  Candidates are confirmed when the estimated
    Jaccard similarity is at least :data:`SIMILARITY`.  Confirmed pairs are
    edges; a near-duplicate cluster is a connected component and its
    ``cluster_id`` is the smallest article id in it.  Components do not depend
    on the order in which articles arrive, so ingest stays reproducible.

Events
    Mentions (one coded event in one article) merge into one event when

    1. source and target have the same country and sector, and the CAMEO root
       is the same (together: the *block*);
    2. the codes are the same full code, or one of them is the root-level
       code of the other (``19``/``190`` with ``193``); two different
       specific codes (``193`` and ``195``) stay apart;
    3. the dates (event date, else publication date) lie within
       :data:`WINDOW_DAYS` days of the event's anchor, its earliest date.

    Within a block, mentions with a specific code are tiled per code: sorted by
    date, the first one opens an event and every mention up to anchor + 3 days
    joins it; the next one opens the next event.  A root-level mention then
    joins a specific event of its block whose window (anchor to anchor + 3
    days) holds its date: the largest, then the nearest, then the lowest code.
    If there is none, root-level mentions are tiled among themselves.  So every
    event spans at most 3 days and its date is its earliest mention's.  Mentions without any
    date only merge with each other.  The result depends only on the set of
    mentions in the block, so the store recomputes a block whenever it gains a
    mention, and a rerun or another arrival order gives the same events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from accord.model import stable_hash

__all__ = [
    "BANDS",
    "NUM_PERM",
    "ROWS",
    "SHINGLE",
    "SIMILARITY",
    "WINDOW_DAYS",
    "MentionKey",
    "band_hashes",
    "block_key",
    "group_mentions",
    "is_root_level",
    "jaccard",
    "shingles",
    "signature",
]

SHINGLE = 3
NUM_PERM = 128
SIMILARITY = 0.6
WINDOW_DAYS = 3
# What datasketch.MinHashLSH(threshold=0.6, num_perm=128) chooses (a test checks it);
# fixed here because importing datasketch costs most of a second.
BANDS, ROWS = 18, 7
_WORD = re.compile(r"\w+")
_DTYPE = np.uint32


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The word ``size``-grams of a text, lower-cased; a short text is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> bytes:
    """MinHash signature of a text as bytes (what the store keeps)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    minhash.update_batch(sorted(shingles(text)))
    return np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes()


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    left, right = np.frombuffer(a, dtype=_DTYPE), np.frombuffer(b, dtype=_DTYPE)
    return float(np.count_nonzero(left == right)) / len(left)


def band_hashes(sig: bytes) -> list[tuple[int, int]]:
    """``(band, hash)`` pairs: two signatures sharing one pair are LSH candidates."""
    values = np.frombuffer(sig, dtype=_DTYPE)
    pairs = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        pairs.append((band, int(stable_hash(chunk.hex(), length=15), 16)))
    return pairs


def block_key(
    source_country: str,
    source_sector: str,
    target_country: str | None,
    target_sector: str | None,
    root: str,
) -> str:
    """The dedup block of a mention: dyad by country and sector, plus the CAMEO root."""
    return stable_hash("block", source_country, source_sector, target_country or "", target_sector or "", root)


def is_root_level(code: str, root: str) -> bool:
    """``19`` and ``190`` are the root-level codes of root ``19``."""
    return code in (root, root + "0")


@dataclass(slots=True, frozen=True)
class MentionKey:
    """What event grouping needs to know about one mention."""

    event_id: str
    block: str
    cameo: str
    root: str
    date: date | None


def group_mentions(mentions: Iterable[MentionKey], window: int = WINDOW_DAYS) -> dict[str, list[MentionKey]]:
    """Group the mentions of whole blocks into events: ``{global_event_id: mentions}``."""
    by_block: dict[str, list[MentionKey]] = defaultdict(list)
    for mention in mentions:
        by_block[mention.block].append(mention)
    groups: dict[str, list[MentionKey]] = {}
    for block in sorted(by_block):
        for label, anchor, members in _group_block(by_block[block], window):
            gid = stable_hash("event", block, label, anchor.isoformat() if anchor else "")
            groups[gid] = members
    return groups


_Group = tuple[str, date | None, list[MentionKey]]


def _group_block(mentions: list[MentionKey], window: int) -> list[_Group]:
    specific = [m for m in mentions if not is_root_level(m.cameo, m.root)]
    generic = [m for m in mentions if is_root_level(m.cameo, m.root)]
    groups: list[_Group] = []
    by_code: dict[str, list[MentionKey]] = defaultdict(list)
    for mention in specific:
        by_code[mention.cameo].append(mention)
    for code in sorted(by_code):
        groups.extend((code, anchor, members) for anchor, members in _tiles(by_code[code], window))
    sizes = [len(members) for _, _, members in groups]
    generic.sort(key=lambda m: (m.date or date.min, m.event_id))
    leftover = [m for m in generic if not _attach(m, groups, sizes, window)]
    if leftover:
        root = leftover[0].root
        groups.extend((f"{root}*", anchor, members) for anchor, members in _tiles(leftover, window))
    return groups


def _tiles(mentions: Sequence[MentionKey], window: int) -> list[tuple[date | None, list[MentionKey]]]:
    """Greedy date windows: each opens at its earliest date and spans ``window`` days."""
    dated = sorted((m for m in mentions if m.date is not None), key=lambda m: (m.date, m.event_id))
    tiles: list[tuple[date | None, list[MentionKey]]] = []
    for mention in dated:
        assert mention.date is not None
        if tiles and tiles[-1][0] is not None and mention.date <= tiles[-1][0] + timedelta(days=window):
            tiles[-1][1].append(mention)
        else:
            tiles.append((mention.date, [mention]))
    undated = sorted((m for m in mentions if m.date is None), key=lambda m: m.event_id)
    if undated:
        tiles.append((None, undated))
    return tiles


def _attach(mention: MentionKey, groups: list[_Group], sizes: list[int], window: int) -> bool:
    """Put a root-level mention into the best specific event near its date, if any.

    ``sizes`` are the events' sizes before any root-level mention joined, so
    the choice does not depend on the order of root-level mentions.
    """
    best: tuple[int, int, str] | None = None
    chosen: list[MentionKey] | None = None
    for (label, anchor, members), size in zip(groups, sizes, strict=True):
        if (anchor is None) != (mention.date is None):
            continue
        distance = (mention.date - anchor).days if anchor and mention.date else 0
        if not 0 <= distance <= window:
            continue
        rank = (-size, distance, label)
        if best is None or rank < best:
            best, chosen = rank, members
    if chosen is None:
        return False
    chosen.append(mention)
    return True
