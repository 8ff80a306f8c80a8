"""Could a learned ranker choose each event's (source, target) better than the side rules?

Issue 3: most false events on unseen text are real acts with a wrong side, and most missed events
share a root with something the coder saw.  This script measures what re-choosing the sides of the
events the coder already finds could gain, and whether a ranker learned from the gold gets it.

1. ``dump`` (accord's environment): code the gold's articles; for every coded event, list the
   candidate (source, target) country pairs its sentence offers -- the states named in the
   sentence and the one before it, the coder's own source and target (which may come from a
   pronoun, a speaker or the story), and no target -- each with symbolic features of both sides
   (:func:`pair_features`: dependency relation and path of the side's mention to the trigger,
   before or after it, distance, quotation marks, from the previous sentence, the coder's own
   choice, self-pair, the root) and a label: the pair's dyad_root key is a gold key of the article.
   One more line per article holds its gold and optional keys, so that scores are computed exactly
   as ``accord eval`` does (sets of keys per article).
2. ``oracle``: dyad_root P/R/F1 if every event had taken the best pair it was offered (a gold
   key when one is offered, else the coder's own): the bound on what any ranker can gain.
3. ``fit`` (/work/venv-learn, scikit-learn): logistic regression over the pairs; each event takes
   the ranker's best pair only when it beats the coder's own by more than a margin.  5-fold
   cross-validation grouped by article picks C and the margin; ``--test`` then trains on all of
   ``--train`` and scores the other dump once.

Usage::

    PYTHONPATH=src python bench/role_rank.py dump --gold /work/gold_dev140.jsonl --out /tmp/rr140.jsonl
    PYTHONPATH=src python bench/role_rank.py dump --gold /work/gold_dev141_160.jsonl --out /tmp/rr160.jsonl
    python bench/role_rank.py oracle /tmp/rr140.jsonl /tmp/rr160.jsonl
    /work/venv-learn/bin/python bench/role_rank.py fit --train /tmp/rr140.jsonl --test /tmp/rr160.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learned_filter import Data, key_scores  # noqa: E402  (bench/ is no package)

ROOT = Path(__file__).resolve().parent.parent
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)
BOOSTING_RATES = (0.3, 0.9)  # learning rates 0.1 and 0.3 (``_fit_predict`` divides by 3)
MARGINS = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 2.0)
MIN_COUNT = 3  # a one-hot feature seen in fewer training pairs is left out
_QUOTES = ('"', "\u201c", "\u201d")
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}

# ---------------------------------------------------------------------------------- features


def _head_of(doc: Any, start: int, end: int) -> Any:
    """The syntactic head of a character span (the token whose head lies outside it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _path(token: Any, trigger: Any, limit: int = 4) -> tuple[str, int]:
    """The dependency labels from a mention up to the trigger ("pobj<prep:against"), and the
    number of steps; "" and -1 when the trigger does not dominate it within ``limit`` steps."""
    labels: list[str] = []
    current = token
    for step in range(limit):
        if current.i == trigger.i:
            return "<".join(labels) or "self", step
        dep = current.dep_
        labels.append(f"{dep}:{current.lemma_.lower()}" if dep == "prep" else dep)
        if current.head.i == current.i:
            break
        current = current.head
    if current.i == trigger.i:
        return "<".join(labels), limit
    return "", -1


def _quoted(text: str, offset: int) -> bool:
    """Whether an offset of the sentence lies between an odd number of quotation marks."""
    return sum(text[:offset].count(q) for q in _QUOTES) % 2 == 1


def side_features(role: str, mention: Any, trigger: Any, sentence: Any, flags: dict[str, bool]) -> dict[str, float]:
    """What one candidate side looks like to the trigger, as ``role`` (src or tgt)."""
    out: dict[str, float] = {f"{role}:{name}": 1.0 for name, on in flags.items() if on}
    if mention is None or trigger is None:
        out[f"{role}:nospan"] = 1.0
        return out
    path, steps = _path(mention, trigger)
    out[f"{role}:dep={mention.dep_}"] = 1.0
    if steps > 0:
        out[f"{role}:path={path}"] = 1.0
        out[f"{role}:top={path.split('<')[-1]}"] = 1.0
        out[f"{role}:steps"] = float(steps)
    else:
        out[f"{role}:nopath"] = 1.0
    out[f"{role}:before"] = 1.0 if mention.i < trigger.i else 0.0
    out[f"{role}:dist"] = min(abs(mention.i - trigger.i), 30) / 10.0
    if mention.ent_type_:
        out[f"{role}:ent={mention.ent_type_}"] = 1.0
    if mention.pos_ == "PRON":
        out[f"{role}:pron"] = 1.0
    text = sentence.text
    if _quoted(text, mention.idx - sentence.start_char) != _quoted(text, trigger.idx - sentence.start_char):
        out[f"{role}:quote_differs"] = 1.0
    return out


@dataclass(slots=True)
class Candidate:
    """A state a sentence offers as a side, with its nearest mention to the trigger."""

    country: str
    mention: Any  # a spaCy Token, or None when the coder's side has no span (the story, a speaker)
    flags: dict[str, bool]


def candidates(event: Any, sent: Any, prev: Any, mentions: list[tuple[int, str]], doc: Any) -> list[Candidate]:
    """The states an event's sentence offers: its mentions, the previous sentence's, the coder's sides."""
    trigger = _head_of(doc, event.trigger_start, event.trigger_end) if event.trigger_start >= 0 else None
    where = trigger.i if trigger is not None else sent.start
    found: dict[str, Candidate] = {}

    def add(country: str, token: Any, **flags: bool) -> None:
        if not country:
            return
        known = found.get(country)
        if known is None:
            found[country] = Candidate(country, token, dict(flags))
            return
        for name, on in flags.items():
            known.flags[name] = known.flags.get(name, False) or on
        if token is not None and (known.mention is None or abs(token.i - where) < abs(known.mention.i - where)):
            if known.flags.get("prev") and token.sent.start == sent.start:
                known.flags["prev"] = False
            known.mention = token

    for i, country in mentions:
        if sent.start <= i < sent.end:
            add(country, doc[i], in_sentence=True)
        elif prev is not None and prev.start <= i < prev.end:
            add(country, doc[i], prev=True)
    for role, actor in (("src", event.source), ("tgt", event.target)):
        if actor is None or not actor.country:
            continue
        span = _head_of(doc, actor.start, actor.end) if actor.start >= 0 else None
        token = span if span is not None and sent.start <= span.i < sent.end else None
        add(actor.country, token, **{f"coder_{role}": True, "outside": token is None})
    return list(found.values())


def pair_features(event: Any, source: Candidate, target: Candidate | None, trigger: Any, sent: Any) -> dict[str, float]:
    """Features of one (source, target) choice for an event: each side's, and the pair's."""
    root = event.info.root
    out = side_features("src", source.mention, trigger, sent, source.flags)
    if target is None:
        out["tgt:none"] = 1.0
        out[f"tgt:none*root={root}"] = 1.0
    else:
        out.update(side_features("tgt", target.mention, trigger, sent, target.flags))
        if target.country == source.country:
            out["self"] = 1.0
    coder_target = event.target.country if event.target is not None else ""
    chosen_target = target.country if target is not None else ""
    coder = source.country == event.source.country and chosen_target == coder_target
    swapped = source.country == coder_target and chosen_target == event.source.country
    if coder:
        out["coder"] = 1.0
        out[f"coder*root={root}"] = 1.0
    if swapped:
        out["swapped"] = 1.0
        out[f"swapped*root={root}"] = 1.0
    if source.country == event.source.country:
        out["same_source"] = 1.0
    if chosen_target == coder_target:
        out["same_target"] = 1.0
    out[f"root={root}"] = 1.0
    out["conf"] = event.confidence
    return out


# ---------------------------------------------------------------------------------------- dump


def coded_with_docs(articles: list[Any]) -> Iterator[tuple[Any, Any, list[tuple[int, str]]]]:
    """Code articles with the default coder, yielding each with its parsed Doc and the states it
    names ((token index, country), as the actor resolver indexes them)."""
    sys.path.insert(0, str(ROOT / "src"))
    from accord.api import default_coder
    from accord.pipeline import Coder
    from accord.stages.actors import ActorResolver

    docs: dict[str, Any] = {}
    original = Coder.code_doc

    def keep_doc(self: Coder, doc: Any, article: Any, prefilter: Any = None) -> Any:
        docs[article.id] = doc
        return original(self, doc, article, prefilter)

    coder = default_coder()
    Coder.code_doc = keep_doc  # type: ignore[method-assign]
    try:
        for article in coder.code(articles):
            doc = docs.pop(article.id)
            mentions = ActorResolver.for_doc(doc, coder.actors, article.published, coder.gazetteer).mentions
            yield article, doc, mentions
    finally:
        Coder.code_doc = original  # type: ignore[method-assign]


def event_records(
    article: Any,
    doc: Any,
    mentions: list[tuple[int, str]],
    keys: set[Any] | None = None,
    optional: set[Any] | None = None,
) -> list[dict[str, Any]]:
    """Every coded event of an article with its candidate pairs (labelled when gold keys are given)."""
    from accord.evaluation import event_key

    sents = list(doc.sents)
    return [_event_record(e, doc, sents, mentions, keys or set(), optional or set(), event_key) for e in article.events]


def dump(gold: Path, articles: Path, out: Path) -> None:
    """Code the gold's articles and write each event's candidate pairs, labelled, and the keys."""
    sys.path.insert(0, str(ROOT / "src"))
    from accord.evaluation import load_units

    units = load_units(gold, articles)
    counts: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as sink:
        coded = coded_with_docs([u.article for u in units])
        for unit, (article, doc, mentions) in zip(units, coded, strict=True):
            keys = {g.key("dyad_root", False) for g in unit.events}
            optional = {g.key("dyad_root", False) for g in unit.optional} - keys
            quotes = [[g.key("dyad_root", False), g.quote] for g in [*unit.events, *unit.optional]]
            record = {"unit": unit.id, "gold": sorted(keys), "optional": sorted(optional), "quotes": quotes}
            sink.write(json.dumps(record) + "\n")
            for line in event_records(article, doc, mentions, keys, optional):
                counts[line["label"]] += 1
                line["unit"] = unit.id
                sink.write(json.dumps(line) + "\n")
    print(f"{len(units)} articles, coded events by label: {dict(counts)}")


def _event_record(
    event: Any,
    doc: Any,
    sents: list[Any],
    mentions: list[tuple[int, str]],
    keys: set[Any],
    optional: set[Any],
    key_of: Any,
) -> dict[str, Any]:
    """One coded event: its key, its label, and every candidate pair with features and label."""
    root = event.info.root
    key = tuple(key_of(event, "dyad_root", False))
    label = "true" if key in keys else "optional" if key in optional else "false"
    index = next((k for k, s in enumerate(sents) if s.start_char <= event.trigger_start < s.end_char), -1)
    if index < 0:
        index = next((k for k, s in enumerate(sents) if s.start_char <= event.char_start < s.end_char), 0)
    sent = sents[index]
    prev = sents[index - 1] if index > 0 else None
    trigger = _head_of(doc, event.trigger_start, event.trigger_end) if event.trigger_start >= 0 else None
    pairs = []
    found = candidates(event, sent, prev, mentions, doc)
    for source in found:
        for target in [*found, None]:
            if target is not None and target.country == source.country:
                continue
            pair = (source.country, target.country if target else "", root)
            pl = "true" if pair in keys else "optional" if pair in optional else "false"
            pairs.append({"key": pair, "label": pl, "x": pair_features(event, source, target, trigger, sent)})
    if not any(tuple(p["key"]) == key for p in pairs):  # a self-pair or a side the resolver lacks
        pairs.append({"key": key, "label": label, "x": {"coder": 1.0, "unlisted": 1.0, f"root={root}": 1.0}})
    return {"key": key, "label": label, "sentence": event.sentence, "pairs": pairs}


# -------------------------------------------------------------------------------------- scores


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _overlaps(quote: str, sentence: str) -> bool:
    """Whether a gold event's quote is (part of) this sentence, or the sentence part of the quote."""
    q, s = _norm(quote), _norm(sentence)
    if not q or not s:
        return False
    return q in s or s in q or q[:60] in s or s[:60] in q


def load(path: Path) -> Data:
    """A dump; each event also gets ``sent_gold``: the gold keys (and optional ones) quoted from
    its own sentence, which is what its candidate pairs are labelled by."""
    events: list[dict[str, Any]] = []
    gold: dict[str, set[tuple[str, ...]]] = {}
    optional: dict[str, set[tuple[str, ...]]] = {}
    quotes: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "gold" in record:
            gold[record["unit"]] = {tuple(k) for k in record["gold"]}
            optional[record["unit"]] = {tuple(k) for k in record["optional"]}
            quotes[record["unit"]] = [(tuple(k), q) for k, q in record.get("quotes", [])]
        else:
            record["key"] = tuple(record["key"])
            for pair in record["pairs"]:
                pair["key"] = tuple(pair["key"])
            events.append(record)
    for event in events:
        event["sent_gold"] = {k for k, q in quotes.get(event["unit"], []) if _overlaps(q, event["sentence"])}
    return Data(events, gold, optional)


def merge(parts: list[Data]) -> Data:
    out = Data([], {}, {})
    for part in parts:
        out.events.extend(part.events)
        out.gold.update(part.gold)
        out.optional.update(part.optional)
    return out


def scores(data: Data, chosen: list[Any], units: set[str] | None = None) -> tuple[float, float, float]:
    """dyad_root P, R, F1 as ``accord eval`` computes them, with each event's chosen key (or keys:
    a list, where an event also codes a second pair)."""
    predicted: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for event, key in zip(data.events, chosen, strict=True):
        predicted[event["unit"]].update(key if isinstance(key, list) else [key])
    return key_scores(data, predicted, units)


def _fmt(values: tuple[float, float, float]) -> str:
    return "{:.3f} / {:.3f} / {:.3f}".format(*values)


def oracle(paths: list[Path]) -> None:
    """The coder as is against the best pair each event was offered."""
    for path in paths:
        data = load(path)
        coder = [e["key"] for e in data.events]
        print(f"{path}: {len(data.events)} events")
        print(f"  coder   {_fmt(scores(data, coder))}")
        for name, level in (("article", False), ("sentence", True)):
            best = []
            offered = switched = 0
            for event in data.events:
                gold = event["sent_gold"] & data.gold[event["unit"]] if level else data.gold[event["unit"]]
                hits = [p["key"] for p in event["pairs"] if p["key"] in gold]
                offered += bool(hits)
                choice = event["key"] if event["key"] in gold or not hits else hits[0]
                switched += choice != event["key"]
                best.append(choice)
            print(f"  oracle, a gold key of the {name}: {_fmt(scores(data, best))}", end="")
            print(f"  ({offered} events offered one, {switched} switch)")
        # A bound closer to one event one key: an event may also produce every gold pair it is offered.
        fan = [e["key"] for e in data.events]
        extra = [p["key"] for e in data.events for p in e["pairs"] if p["key"] in data.gold[e["unit"]]]
        units = [e["unit"] for e in data.events for p in e["pairs"] if p["key"] in data.gold[e["unit"]]]
        fanned = Data(data.events + [{"unit": u} for u in units], data.gold, data.optional)
        print(f"  every offered gold pair added  {_fmt(scores(fanned, fan + extra))}")


# ----------------------------------------------------------------------------------------- fit


COARSE = False  # set by ``fit --coarse``: fewer, more general features
BOOSTING = False  # set by ``fit --learner boosting``
ADD = False  # set by ``fit --add``: the coder's pair stays, and the best other one may be added
SWITCH = False  # set by ``fit --switch``: rows are the other pairs, described against the coder's


def _rows(event: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, float], int]]:
    """(pair, features, label) for each row an event contributes.

    Pointwise: every pair, labelled by whether it is a gold key quoted from the event's sentence.
    Switch: every pair but the coder's, with features minus the coder's pair's, labelled 1 only
    where the pair is such a gold key and the coder's is not: taking it would gain.
    """
    if not SWITCH:
        return [(p, p["x"], int(p["key"] in event["sent_gold"])) for p in event["pairs"]]
    own = next((p["x"] for p in event["pairs"] if p["key"] == event["key"]), {})
    out = []
    for p in event["pairs"]:
        if p["key"] == event["key"]:
            continue
        x = {f"d:{n}": v - own.get(n, 0.0) for n, v in p["x"].items()}
        x.update({f"d:{n}": -v for n, v in own.items() if n not in p["x"]})
        x = {n: v for n, v in x.items() if v}
        x.update({f"alt:{n}": v for n, v in p["x"].items()})
        good = p["key"] in event["sent_gold"] and event["key"] not in event["sent_gold"]
        out.append((p, x, int(good)))
    return out


def _matrix(data: Data, vocab: dict[str, int]) -> tuple[Any, Any, list[int]]:
    """Rows as a sparse matrix, their labels, and each row's event."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    labels: list[int] = []
    owner: list[int] = []
    r = 0
    for e_index, event in enumerate(data.events):
        for _pair, features, label in _rows(event):
            for name, value in features.items():
                c = vocab.get(name)
                if c is not None:
                    rows.append(r)
                    cols.append(c)
                    vals.append(value)
            labels.append(label)
            owner.append(e_index)
            r += 1
    return csr_matrix((vals, (rows, cols)), shape=(r, len(vocab))), np.array(labels), owner


def _vocabulary(data: Data) -> dict[str, int]:
    seen: Counter[str] = Counter(name for e in data.events for _, x, _ in _rows(e) for name in x)
    names = sorted(n for n, k in seen.items() if k >= MIN_COUNT and not (COARSE and _fine(n)))
    return {n: i for i, n in enumerate(names)}


def _fine(name: str) -> bool:
    """A feature ``--coarse`` leaves out: whole dependency paths and crosses with the root."""
    return ":path=" in name or "*root=" in name or name.startswith(("root=", "d:root=", "alt:root="))


def _choose(
    data: Data, margins: tuple[float, ...], scores_: Any, owner: list[int]
) -> dict[float, list[tuple[str, ...]]]:
    """Each event's key per margin: the best pair when it beats the coder's by more than the margin."""
    best: dict[int, tuple[float, tuple[str, ...]]] = {}
    best_other: dict[int, tuple[float, tuple[str, ...]]] = {}
    own: dict[int, float] = {}
    if SWITCH:  # a row's score is already against the coder's pair: the margin is a threshold on it
        own = dict.fromkeys(range(len(data.events)), 0.0)
    flat = [p for e in data.events for p, _, _ in _rows(e)]
    for pair, score, e_index in zip(flat, scores_, owner, strict=True):
        if pair["key"] == data.events[e_index]["key"]:
            own[e_index] = max(own.get(e_index, -1e9), float(score))
        if e_index not in best or score > best[e_index][0]:
            best[e_index] = (float(score), pair["key"])
        if pair["key"] != data.events[e_index]["key"] and (e_index not in best_other or score > best_other[e_index][0]):
            best_other[e_index] = (float(score), pair["key"])
    out: dict[float, list[Any]] = {}
    for m in margins:
        keys: list[Any] = []
        for e_index, event in enumerate(data.events):
            s, k = best_other.get(e_index, (0.0, event["key"])) if ADD else best.get(e_index, (0.0, event["key"]))
            if ADD:  # the coder's pair stays; the best other pair is added when the model gives it a chance
                keys.append([event["key"], k] if k != event["key"] and s > m else event["key"])
            else:
                keys.append(k if s > own.get(e_index, -1e9) + m else event["key"])
        out[m] = keys
    return out


def _fit_predict(train: Data, test: Data, c: float) -> tuple[Any, list[int], Any, dict[str, int]]:
    from sklearn.linear_model import LogisticRegression

    vocab = _vocabulary(train)
    x, y, _ = _matrix(train, vocab)
    xt, _, owner = _matrix(test, vocab)
    if BOOSTING:  # a check that a non-linear model finds more; C sets its learning rate
        from sklearn.ensemble import HistGradientBoostingClassifier

        booster = HistGradientBoostingClassifier(learning_rate=min(0.3, c / 3), max_iter=100, max_leaf_nodes=15)
        booster.fit(x.toarray(), y)
        return booster.decision_function(xt.toarray()), owner, None, vocab
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return model.decision_function(xt), owner, model, vocab


def _subset(data: Data, units: set[str]) -> Data:
    return Data(
        [e for e in data.events if e["unit"] in units],
        {u: k for u, k in data.gold.items() if u in units},
        {u: k for u, k in data.optional.items() if u in units},
    )


def fit(train_paths: list[Path], test_path: Path | None, folds: int, top: int) -> None:
    """Cross-validate C and the margin on the training dump; score the test dump once."""
    train = merge([load(p) for p in train_paths])
    units = sorted(train.gold)
    print(f"coder as is (train): {_fmt(scores(train, [e['key'] for e in train.events]))}")
    table: dict[tuple[float, float], list[tuple[str, ...]]] = defaultdict(list)
    order: list[dict[str, Any]] = []
    fold_units = [set(units[k::folds]) for k in range(folds)]
    for held in fold_units:
        tr = _subset(train, set(units) - held)
        te = _subset(train, held)
        order.extend(te.events)
        for c in BOOSTING_RATES if BOOSTING else STRENGTHS:
            s, owner, _, _ = _fit_predict(tr, te, c)
            for m, keys in _choose(te, MARGINS, s, owner).items():
                table[(c, m)].extend(keys)
    cv = Data(order, train.gold, train.optional)
    print(f"coder as is (CV order): {_fmt(scores(cv, [e['key'] for e in order]))}")
    results = sorted(((scores(cv, keys)[2], c, m) for (c, m), keys in table.items()), reverse=True)
    for f1, c, m in results[:top]:
        p, r, _ = scores(cv, table[(c, m)])
        switched = sum(k != e["key"] for k, e in zip(table[(c, m)], order, strict=True))
        print(f"  CV C={c} margin={m}: {p:.3f} / {r:.3f} / {f1:.3f}  ({switched} switched)")
    _, c, m = results[0]
    if test_path is None:
        return
    test = load(test_path)
    s, owner, model, vocab = _fit_predict(train, test, c)
    keys = _choose(test, (m,), s, owner)[m]
    switched = sum(k != e["key"] for k, e in zip(keys, test.events, strict=True))
    print(f"test {test_path} (C={c}, margin={m}, trained on all of train):")
    print(f"  coder  {_fmt(scores(test, [e['key'] for e in test.events]))}")
    print(f"  ranker {_fmt(scores(test, keys))}  ({switched} switched)")
    for alt in MARGINS:
        k2 = _choose(test, (alt,), s, owner)[alt]
        print(f"    (margin {alt}: {_fmt(scores(test, k2))})")
    if model is None:
        return
    names = sorted(vocab, key=vocab.__getitem__)
    weights = sorted(zip(model.coef_[0], names, strict=True))
    print("  strongest weights:", [(n, round(float(w), 2)) for w, n in weights[:8] + weights[-8:]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--gold", type=Path, required=True)
    d.add_argument("--articles", type=Path, default=ROOT / "eval" / "dev" / "articles")
    d.add_argument("--out", type=Path, required=True)
    o = sub.add_parser("oracle")
    o.add_argument("dumps", type=Path, nargs="+")
    f = sub.add_parser("fit")
    f.add_argument("--train", type=Path, nargs="+", required=True)
    f.add_argument("--test", type=Path)
    f.add_argument("--folds", type=int, default=5)
    f.add_argument("--top", type=int, default=8)
    f.add_argument("--coarse", action="store_true", help="leave out whole paths and crosses with the root")
    f.add_argument("--learner", choices=("logistic", "boosting"), default="logistic")
    f.add_argument("--add", action="store_true", help="keep the coder's pair and add the best other one")
    f.add_argument("--switch", action="store_true", help="rows are switches, described against the coder's pair")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.gold, args.articles, args.out)
    elif args.command == "oracle":
        oracle(args.dumps)
    else:
        global SWITCH, ADD, BOOSTING, COARSE
        SWITCH, ADD, BOOSTING, COARSE = args.switch, args.add, args.learner == "boosting", args.coarse
        fit(args.train, args.test, args.folds, args.top)


if __name__ == "__main__":
    main()
