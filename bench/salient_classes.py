"""Where missed salient gold events are stated, and how they were missed.

    python bench/salient_classes.py --gold /work/gold_dev160.jsonl --articles eval/dev/articles --ids 1 160
    python bench/salient_classes.py --gold /work/gold_dev160.jsonl --ids 141 160 --examples 5

Salient gold events are the one to three events an article's headline and lead report
(docs/ANNOTATION.md).  For each one missed at dyad_root it prints two classes:

- where: where its quote stands in the body: ``lead_sentence`` (the first sentence after the
  dateline), ``lead_paragraph`` (the rest of the first paragraph), ``para2-3``, ``later``, or
  ``quote_not_found``.  ``title_codes_it`` counts those whose key the headline, coded alone as a
  one-sentence text, would give: what coding headlines could win.
- how: ``wrong_root`` (the dyad was coded, only at another root), ``wrong_sides`` (the root was coded
  in the article, between other countries), ``uncoded`` (neither), each suffixed with whether the
  quote's own sentence gave any event (``_quote_coded`` / ``_quote_silent``).

Counts only when the gold path is under eval/heldout (gold_parts.py enforces it).
"""

from __future__ import annotations

import collections
from typing import Any

from gold_parts import parse_args, selected_units

from accord.api import default_coder
from accord.model import Article


def _squash(text: str) -> str:
    return " ".join(text.split())


def where_stated(article: Article, quote: str) -> str:
    """The quote's place in the body, by sentence and paragraph."""
    head = _squash(quote)[:50]
    if not head:
        return "quote_not_found"
    paragraphs = [_squash(p) for p in article.text.split("\n\n")]
    for number, paragraph in enumerate(paragraphs):
        if head in paragraph:
            if number == 0:
                first = _squash(article.sentences[0].text) if article.sentences else ""
                return "lead_sentence" if head in first else "lead_paragraph"
            return "para2-3" if number <= 2 else "later"
    return "quote_not_found"


def how_missed(gold: Any, events: list[Any]) -> str:
    """wrong_root / wrong_sides / uncoded, and whether the quote's sentence coded anything."""
    dyads = {(e.source.country, e.target.country if e.target else "") for e in events}
    roots = {e.cameo[:2] for e in events}
    if (gold.source, gold.target) in dyads:
        name = "wrong_root"
    elif gold.code[:2] in roots:
        name = "wrong_sides"
    else:
        name = "uncoded"
    head = _squash(gold.quote)[:50]
    spoken = any(head and head in _squash(e.sentence) for e in events)
    return name + ("_quote_coded" if spoken else "_quote_silent")


def title_keys(coder: Any, article: Article) -> set[tuple[str, str, str]]:
    """The dyad_root keys of the headline coded alone (as its own one-sentence article)."""
    if not article.title:
        return set()
    alone = Article(id=article.id + "-title", text=article.title, published=article.published)
    coded = next(iter(coder.code([alone])))
    return {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in coded.events}


def main() -> None:
    args = parse_args(__doc__, "salient_classes")
    coder = default_coder()
    where: collections.Counter[str] = collections.Counter()
    how: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    total = found = from_title = 0
    for unit in selected_units(args):
        title = unit.article.title
        article = next(iter(coder.code([unit.article])))
        keys = {(e.source.country, e.target.country if e.target else "", e.cameo[:2]) for e in article.events}
        headline = title_keys(coder, article)
        for gold in unit.events:
            if not gold.salient:
                continue
            total += 1
            key = (gold.source, gold.target, gold.code[:2])
            if key in keys:
                found += 1
                continue
            place, kind = where_stated(article, gold.quote), how_missed(gold, article.events)
            where[place] += 1
            how[kind] += 1
            from_title += key in headline
            line = f"{unit.id} {gold.source}-{gold.target}-{gold.code} [{place}] | {_squash(gold.quote)[:90]}"
            examples[kind].append(line + f"\n              title: {title}")
    print(f"{total} salient gold events, {found} found, {total - found} missed (dyad_root)")
    print(f"  the headline alone would code {from_title} of the missed")
    print("where the missed are stated:")
    for name, n in where.most_common():
        print(f"{n:5d}  {name}")
    print("how they were missed:")
    for name, n in how.most_common():
        print(f"{n:5d}  {name}")
        for text in examples[name][: args.examples]:
            print(f"         {text}")


if __name__ == "__main__":
    main()
