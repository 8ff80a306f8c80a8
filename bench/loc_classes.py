"""Why matched gold events are placed wrong: counts of location errors by general class.

    python bench/loc_classes.py                                    # the development set
    python bench/loc_classes.py --ids 81 120 --examples 5          # one part, with examples
    python bench/loc_classes.py --gold eval/heldout/gold.jsonl --articles eval/heldout/articles

Only gold events that ``accord eval`` scores for location are looked at (matched at ``dyad_root``,
with a gold ``location``), and the coded event compared is the scorer's.  An error is a wrong
country, or a wrong city where the gold names a city.  The first class that applies:

- ``predicted_none``: the event has no location;
- ``gold_unknown``: the gold city is unknown to the gazetteer, in the gold country and anywhere;
- ``gold_other_spelling``: unknown as written, known in the gold country once a regional word or
  an article is dropped ("Helmand Province", "al-Mukalla") or by its small-places spelling;
- ``gold_namesake_abroad``: the gold name resolves only to a place in another country;
- ``dateline_not_sentence``: placed at the dateline while the gold place is named in the sentence;
- ``sentence_not_dateline``: placed from the sentence while the gold place is the dateline;
- ``dateline_abroad``: placed at a dateline in another country than the gold's;
- ``country_level_gold_city``: right country at country or region precision, gold names a city;
- ``right_country_wrong_city``: right country, another city;
- ``wrong_namesake``: the predicted place has the gold's name in another country;
- ``other_country_in_sentence`` / ``other_country_in_article`` / ``other_country_unnamed``: a
  wrong country, named (or a place of it named) in the event's sentence, elsewhere, or nowhere.

Each class is also split by the predicted location's ``source`` (sentence, actor, dateline,
article, - for none) and by where the gold name is written: in the event's sentence, elsewhere in
the article, or nowhere (a region or a country that the text names otherwise).  It also counts
the gold city names that the gazetteer cannot resolve at all.  On the held-out part print counts
only (``--examples`` is refused there): its text is not for error analysis.
"""

from __future__ import annotations

import collections
import re
from typing import Any

from gold_parts import parse_args, selected_units

from accord.api import default_coder
from accord.evaluation import event_key, is_plover_gold
from accord.evaluation_locations import _best, _is_city, _normal, gold_place, is_same_city
from accord.stages.places import Gazetteer, gazetteer

# Words that make a region of a name, and articles that English news writes or drops.
_REGION_WORDS = re.compile(
    r"\s+(province|governorate|region|state|district|oblast|county|prefecture|department|city)$", re.I
)
_ARTICLE = re.compile(r"^(al|el|ad|ar|as|an|at|az|ash|ath|the)[- ]", re.I)


def _variants(name: str) -> list[str]:
    """Other spellings under which the gazetteer may know a gold name."""
    out = []
    stripped = _REGION_WORDS.sub("", name)
    for text in (stripped, _ARTICLE.sub("", stripped), _ARTICLE.sub("", name)):
        if text and text != name and text not in out:
            out.append(text)
    return out


def _gold_class(name: str, country: str, gaz: Gazetteer) -> str:
    """Whether the gazetteer knows a gold city: '' when it does in the gold country."""
    if gold_place(name, country, gaz) is not None:
        return ""
    for variant in _variants(name):
        place = gaz.resolve(variant, {country})
        if (place is not None and place.country == country) or gaz.resolve_small(variant, {country}):
            return "gold_other_spelling"
    if gaz.resolve(name) is not None or gaz.small.lookup(name):
        return "gold_namesake_abroad"
    return "gold_unknown"


def _country_words(gaz: Gazetteer) -> dict[str, set[str]]:
    """ISO3 -> its names and adjectives, casefolded (to tell whether a country is named)."""
    words: dict[str, set[str]] = collections.defaultdict(set)
    for name, places in gaz.exact.items():
        for place in places:
            if place.precision == "country" and len(name) > 2:
                words[place.country].add(name.casefold())
    for adjective, iso3 in gaz.adjectives.items():
        words[iso3].add(adjective.casefold())
    return words


def _names(text: str, words: set[str]) -> bool:
    low = text.casefold()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def classify(
    gold: Any, predicted: dict[str, Any], sentence: str, article: Any, gaz: Gazetteer, words: dict[str, set[str]]
) -> str:
    """The class of one location error (see the module docstring)."""
    name, country = gold.location
    if not predicted:
        return "predicted_none"
    city = _is_city(name, country, gaz)
    if city:
        known = _gold_class(name, country, gaz)
        if known:
            return known
    source = predicted.get("source")
    in_sentence = bool(name) and _normal(name) in _normal(sentence)
    at_dateline = bool(article.dateline) and _normal(name) == _normal(article.dateline)
    if source == "dateline" and in_sentence:
        return "dateline_not_sentence"
    if source == "sentence" and at_dateline:
        return "sentence_not_dateline"
    if source == "dateline" and predicted.get("country") != country:
        return "dateline_abroad"
    if predicted.get("country") == country:
        return "country_level_gold_city" if predicted.get("precision") != "city" else "right_country_wrong_city"
    if _normal(str(predicted.get("name"))) == _normal(name):
        return "wrong_namesake"
    other = words.get(str(predicted.get("country")), set()) | {str(predicted.get("name")).casefold()}
    if _names(sentence, other):
        return "other_country_in_sentence"
    return "other_country_in_article" if _names(article.text, other) else "other_country_unnamed"


def main() -> None:
    args = parse_args(__doc__, "loc_classes")
    units = selected_units(args)
    plover = is_plover_gold(units)
    coder, gaz = default_coder(), gazetteer()
    words = _country_words(gaz)
    counts: collections.Counter[str] = collections.Counter()
    sources: collections.Counter[tuple[str, str]] = collections.Counter()
    named: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    scored = cities = unknown = country_ok = city_ok = 0
    # predicted location source -> [scored events, right country]
    by_source: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for unit, article in zip(units, coder.code(u.article for u in units), strict=True):
        for gold in unit.events:
            if not gold.location or not gold.location[1]:
                continue
            key = gold.key("dyad_root", plover)
            matches = [e for e in article.events if event_key(e, "dyad_root", plover) == key]
            if not matches:
                continue
            event = _best(matches, gold)
            predicted = event.location or {}
            name, country = gold.location
            scored += 1
            city = _is_city(name, country, gaz)
            cities += city
            country_ok += predicted.get("country") == country
            by_source[str(predicted.get("source", "-"))][0] += 1
            by_source[str(predicted.get("source", "-"))][1] += predicted.get("country") == country
            city_ok += city and is_same_city(name, country, predicted, gaz)
            unknown += city and gold_place(name, country, gaz) is None
            if predicted.get("country") == country and (not city or is_same_city(name, country, predicted, gaz)):
                continue
            name_class = classify(gold, predicted, event.sentence, article, gaz, words)
            counts[name_class] += 1
            sources[(name_class, str(predicted.get("source", "-")))] += 1
            named[(name_class, _named_where(name, event.sentence, article.text))] += 1
            shown = f"{predicted.get('name')}/{predicted.get('country')}/{predicted.get('precision')}"
            examples[name_class].append(
                f"{unit.id} gold {name}/{country} got {shown} ({predicted.get('source', '-')}) "
                f"dl={article.dateline} | {' '.join(event.sentence.split())[:110]}"
            )
    print(f"{scored} located gold events matched, {cities} scored as cities, {unknown} gold cities unresolvable")
    print(f"country {country_ok}/{scored}, city {city_ok}/{cities} (as accord eval scores them)")
    shares = ", ".join(f"{src} {ok}/{n}" for src, (n, ok) in sorted(by_source.items(), key=lambda kv: -kv[1][0]))
    print(f"right country by the location's source: {shares}")
    print(f"{sum(counts.values())} location errors (wrong country, or wrong city where gold names one)")
    for name, n in counts.most_common():
        split = ", ".join(f"{s} {k}" for (c, s), k in sorted(sources.items()) if c == name)
        where = ", ".join(f"{s} {k}" for (c, s), k in sorted(named.items()) if c == name)
        print(f"{n:5d}  {name}  [{split}] gold named: {where}")
        for line in examples[name][: args.examples]:
            print(f"         {line}")


def _named_where(name: str, sentence: str, text: str) -> str:
    """Where the gold name is written: 'sentence', 'article' or 'nowhere'."""
    if name and _normal(name) in _normal(sentence):
        return "sentence"
    return "article" if name and _normal(name) in _normal(text) else "nowhere"


if __name__ == "__main__":
    main()
