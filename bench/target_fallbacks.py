"""Acts dropped for want of a target: who the gold's target is, and what candidate fallbacks would add.

``EventFinder._settle_targets`` drops a draft whose target list is empty (unless its root may
go without one). This bench traces every such drop and asks two questions:

1. For the dropped drafts that miss a gold event (same root, same source state, gold quote in the
   sentence, key not coded), what is the gold target relative to what the coder knows at the
   drop: the source's own state, the article's dominant other state, the target or foreign
   source of the latest coded event, a state named later or earlier in the same sentence, one
   named in the previous sentence, an IGO?  Counts by relation, split by root.
2. For each candidate fallback rule, over all target-less drops of a root (not only the missed
   ones), how many true dyad_root keys and how many false ones it would add to the article's
   coded keys (keys already coded, and optional keys, count as neither).

    python bench/target_fallbacks.py --gold /work/gold_dev160.jsonl --articles eval/dev/articles --ids 1 140
    python bench/target_fallbacks.py --gold eval/heldout/gold.jsonl --articles eval/heldout/articles

On the held-out part it prints counts only, like miss_classes.py. It wraps a private stage, so it
is a diagnostic, not an API.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import Any

from gold_parts import parse_args, selected_units

from accord.evaluation import event_key
from accord.stages import events as stage

Key = tuple[str, ...]


@dataclass
class Drop:
    """One draft dropped for want of a target, with the candidate targets each rule would give."""

    sources: list[str]
    root: str
    reverse: bool
    sentence: str
    trigger: str
    candidates: dict[str, str] = field(default_factory=dict)


DROPS: list[Drop] = []
# The voices of foreign policy: what they say is mostly about another state.
_DIPLOMATIC_VOICES = {"spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat", "embassy"}
# Objects that are something said or proposed by someone else ("rejected the claims", "dismissed the report").
_SAID_NOUNS = {
    "claim",
    "accusation",
    "allegation",
    "report",
    "remark",
    "comment",
    "statement",
    "criticism",
    "charge",
    "proposal",
    "demand",
    "call",
    "offer",
    "plan",
    "move",
    "decision",
    "suggestion",
    "warning",
}


def _first(countries: list[str], own: set[str]) -> str:
    return next((c for c in countries if c and c not in own), "")


def _candidates(finder: Any, draft: Any) -> dict[str, str]:
    """The target state each fallback rule would name for this draft ('' when it names none)."""
    token = draft.trig.token
    sent = token.sent
    own = {s.country for s in draft.sources if s.country}
    mentions = finder.resolver.mentions
    in_sent = [(i, c) for i, c in mentions if sent.start <= i < sent.end]
    prev = [c for i, c in mentions if i < sent.start]
    prev_sent_start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    history = finder.history
    last_target = next((e.target.country for e in reversed(history) if e.target is not None), "")
    foreign_src = [e.source.country for e in reversed(history) if e.source.country and e.source.country not in own]
    against_own = [
        e.source.country
        for e in reversed(history)
        if e.target is not None and e.target.country in own and e.source.country not in own
    ]
    dominant = _first(finder.resolver.dominant(token.i, 4), own)
    prev_sent = _first([c for i, c in reversed(mentions) if prev_sent_start <= i < sent.start], own)
    foreign = foreign_src[0] if foreign_src else ""
    others = {c for _, c in mentions} - own
    two_state = next(iter(others)) if len(others) == 1 else ""
    out = {
        "own_state": next(iter(own)) if len(own) == 1 else "",
        "dominant_other": _first(finder.resolver.dominant(token.i, 4), own),
        "last_event_target": last_target if last_target not in own else "",
        "last_foreign_source": foreign_src[0] if foreign_src else "",
        "last_foreign_actor_vs_own": against_own[0] if against_own else "",
        "same_sentence_after": _first([c for i, c in in_sent if i > token.i], own),
        "same_sentence_before": _first([c for i, c in reversed(in_sent) if i < token.i], own),
        "previous_sentence": _first([c for i, c in reversed(mentions) if prev_sent_start <= i < sent.start], own),
        "last_named_before": _first(list(reversed(prev)), own),
        "igo": "IGO",
        "two_state_article": two_state,
        "consensus_dom_prev_src": dominant if dominant == prev_sent == foreign else "",
        "consensus_dom_src": dominant if dominant == foreign else "",
        "consensus_dom_prev": dominant if dominant == prev_sent else "",
        "own_state_challenger": next(iter(own))
        if len(own) == 1 and all(x.sector in stage._CHALLENGERS for x in draft.sources)
        else "",
        "own_state_vs_coded_challengers": next(iter(own))
        if len(own) == 1
        and all(x.sector in stage._STATE_SECTORS for x in draft.sources)
        and finder._challengers(draft.sources)
        else "",
        "consensus_dom_after": dominant if dominant == _first([c for i, c in in_sent if i > token.i], own) else "",
    }
    has_obj = any(c.dep_ in {"dobj", "obj", "dative", "attr", "ccomp", "xcomp"} for c in token.children) or any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in token.children
    )
    inside = _first([c for i, c in in_sent if token.i < i <= token.right_edge.i], own)
    out["named_in_trigger_subtree"] = inside
    out["named_in_trigger_subtree_and_dominant"] = inside if inside == dominant else ""
    words = {t.lower_ for t in sent}
    if words & _DIPLOMATIC_VOICES:
        out["dominant_other_diplomatic_voice"] = dominant
        out["last_foreign_source_diplomatic_voice"] = foreign
    else:
        out["dominant_other_diplomatic_voice"] = out["last_foreign_source_diplomatic_voice"] = ""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    said_of = any(o.lemma_.lower() in _SAID_NOUNS for o in objects)
    out["dominant_other_obj_said_noun"] = dominant if said_of else ""
    out["last_foreign_source_obj_said_noun"] = foreign if said_of else ""
    base = list(out.items())
    out.update({k + "|obj": v if has_obj else "" for k, v in base})
    out.update({k + "|noobj": "" if has_obj else v for k, v in base})
    return out


def _traced(method: Any) -> Any:
    def run(self: Any, draft: Any) -> Any:
        result = method(self, draft)
        targetless = draft.info.root in stage._TARGETLESS_ROOTS or draft.info.code in (
            stage._TARGETLESS_CODES | stage._INVESTIGATIONS
        )
        if not result and not draft.targets and not targetless and draft.sources:
            drop = Drop(
                sources=sorted({s.country for s in draft.sources if s.country}),
                root=draft.info.root,
                reverse=bool(draft.trig.pattern.reverse),
                sentence=" ".join(draft.trig.token.sent.text.split()),
                trigger=draft.trig.token.text,
            )
            drop.candidates = _candidates(self, draft)
            DROPS.append(drop)
        return result

    return run


def _keys(drop: Drop, target: str) -> set[Key]:
    if not target:
        return set()
    if drop.reverse:
        return {(target, s, drop.root) for s in drop.sources}
    return {(s, target, drop.root) for s in drop.sources}


def main() -> None:
    args = parse_args(__doc__, "target_fallbacks", dump=True)
    stage.EventFinder._settle_targets = _traced(stage.EventFinder._settle_targets)  # type: ignore[method-assign]
    from accord.api import default_coder

    coder = default_coder()
    relation: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    added: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    missed_total: collections.Counter[str] = collections.Counter()
    for unit in selected_units(args):
        DROPS.clear()
        article = next(iter(coder.code([unit.article])))
        coded = {event_key(e, "dyad_root", False) for e in article.events}
        gold = {g.key("dyad_root", False) for g in unit.events}
        optional = {g.key("dyad_root", False) for g in unit.optional}
        _tabulate(unit, DROPS, coded, relation, examples, missed_total)
        missed_total["drops"] += len(DROPS)
        for rule in DROPS[0].candidates if DROPS else []:
            new: dict[str, set[Key]] = collections.defaultdict(set)
            for drop in DROPS:
                keys = _keys(drop, drop.candidates[rule]) - coded
                new[drop.root] |= keys
                if rule == args.dump and args.examples:
                    for key in keys - optional:
                        mark = "TRUE " if key in gold else "false"
                        print(f"  {mark} {unit.id} {'-'.join(key)} [{drop.trigger}] {drop.sentence[:150]}")
            for root, keys in new.items():
                for name in (root, "all"):
                    added[(rule, name)][0] += len(keys & gold)
                    added[(rule, name)][1] += len(keys - gold - optional)
    _report(relation, examples, missed_total, added, args.examples)


def _tabulate(
    unit: Any,
    drops: list[Drop],
    coded: set[Key],
    relation: collections.Counter[tuple[str, str]],
    examples: dict[str, list[str]],
    missed_total: collections.Counter[str],
) -> None:
    """Each missed gold event with a target-less drop of its root and source in its sentence, by relation."""
    for g in unit.events:
        key = g.key("dyad_root", False)
        head = " ".join(g.quote.split())[:50]
        if key in coded or not g.target:
            continue
        drop = next(
            (d for d in drops if head in d.sentence and d.root == key[2] and (g.source in d.sources or d.reverse)),
            None,
        )
        if drop is None:
            continue
        missed_total[key[2]] += 1
        missed_total["all"] += 1
        hits = [r for r, c in drop.candidates.items() if c == g.target] or ["none_of_these"]
        for r in hits:
            relation[(r, key[2])] += 1
            relation[(r, "all")] += 1
        examples[key[2]].append(f"{unit.id} {g.source}-{g.target}-{g.code} [{drop.trigger}] {','.join(hits)} | {head}")


def _report(
    relation: collections.Counter[tuple[str, str]],
    examples: dict[str, list[str]],
    missed_total: collections.Counter[str],
    added: dict[tuple[str, str], list[int]],
    n_examples: int,
) -> None:
    drops = missed_total.pop("drops", 0)
    roots = [r for r, _ in missed_total.most_common()]
    print(f"{drops} drafts dropped for want of a target")
    print(f"{missed_total['all']} missed gold events with a target-less drop of their root and source")
    print("gold target is ... (a miss may match several relations)")
    rules = sorted({r for r, _ in relation}, key=lambda r: -relation[(r, "all")])
    print(f"{'relation':28}" + "".join(f"{r:>6}" for r in roots))
    print(f"{'(missed)':28}" + "".join(f"{missed_total[r]:>6}" for r in roots))
    for rule in rules:
        print(f"{rule:28}" + "".join(f"{relation[(rule, r)]:>6}" for r in roots))
    for root in roots:
        if root != "all":
            for line in examples[root][:n_examples]:
                print(f"    {line}")
    print("\nfallback rule: true/false dyad_root keys added, by root")
    for rule in sorted({r for r, _ in added}):
        cells = sorted(((n, tf) for (r, n), tf in added.items() if r == rule), key=lambda x: -sum(x[1]))
        print(f"{rule:28}" + "  ".join(f"{n}:{t}/{f}" for n, (t, f) in cells if t or f))


if __name__ == "__main__":
    main()
