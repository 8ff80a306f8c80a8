"""Learned verdicts: reported speech that disapproves of another side with no word the rules know.

"Peskov said the decision crossed a red line", "the ministry said the vote was marred by fraud",
"Mr Wu said it was ironic that Beijing spoke of peace": the annotators code such sentences as
disapproval (CAMEO root 11) of the side the reported clause is about, but the verdict lies in an
idiom or a turn of phrase that no list of verdict words can hold.  In session 20 they were the
largest single group of missed events (about 280 of the development set's missed gold events had no
event at all in their sentence and root 11).

A candidate is a verb of saying whose reported clause has a nominal subject, when no rule has coded
the verb already.  A logistic regression over the words of the reported clause (lemmas, with names
and numbers masked so that it learns the verdict, not the actors) scores it; above the fitted cut
the events stage codes the verb as 111, aimed at the clause's subject (an actor, or the doers of an
act noun), with all the rules that follow any trigger (dates, background, targets, own side).

Why our own few lines rather than a library's model: as for the calibrated confidence, scoring is a
sum of weights and a logistic function, so no learning library is needed at run time and the fitted
weights stay a readable JSON file.  ``bench/train_verdicts.py`` fits them (scikit-learn, the
``train`` extra).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

# Tokens whose words say who, not what: masked so the model learns the verdict, not the actors.
_MASKED_ENTS = {"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"}
_MASKED_POS = {"PROPN", "NUM"}
_SKIPPED_POS = {"PUNCT", "SPACE", "DET"}
_NEGATIONS = {"not", "n't", "never", "no"}
_MODALS = {"would", "could", "might", "may", "can", "should", "will", "must"}


def word(token: Token) -> str:
    """The form a token counts under: its lemma, or a mask for names and numbers."""
    if token.pos_ in _MASKED_POS or token.ent_type_ in _MASKED_ENTS:
        return "<" + (token.pos_ if token.pos_ in _MASKED_POS else "NAME") + ">"
    return token.lemma_.lower()


def features(verb: Token, clause: Token, subject: Token) -> list[str]:
    """The named features of one candidate: a verb of saying, the clause it reports, and its subject.

    Unigrams and bigrams of the clause's words (in sentence order), the verb's lemma, whether the
    clause is negated or modal, whether it is quoted, and the subject's part of speech.
    """
    words = [word(t) for t in clause.subtree if t.pos_ not in _SKIPPED_POS]
    found = {"bias"}
    found.update("w:" + w for w in words)
    found.update("b:" + a + "_" + b for a, b in zip(words, words[1:], strict=False))
    found.add("v:" + verb.lemma_.lower())
    children = list(clause.children)
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in children):
        found.add("neg")
    found.update("aux:" + c.lower_ for c in children if c.dep_ == "aux" and c.lower_ in _MODALS)
    if clause.i < verb.i:
        found.add("fronted")
    found.add("subj:" + subject.pos_)
    return sorted(found)


@dataclass(frozen=True)
class VerdictModel:
    """Fitted weights of named features, an intercept, and the cut above which a verdict is coded."""

    weights: dict[str, float]
    intercept: float
    cut: float

    def probability(self, found: list[str]) -> float:
        """The fitted chance that annotators code the candidate's dyad as disapproval (root 11)."""
        score = self.intercept + sum(self.weights.get(name, 0.0) for name in found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def is_verdict(self, found: list[str]) -> bool:
        return self.probability(found) >= self.cut

    @classmethod
    def load(cls, path: Path | None = None) -> VerdictModel | None:
        """Read fitted weights (``data/verdicts.json`` by default); None when none are shipped."""
        shipped = resources.files("accord").joinpath("data/verdicts.json")
        source = path if path is not None else shipped
        if not source.is_file():
            return None
        record = json.loads(source.read_text(encoding="utf-8"))
        return cls(record["weights"], float(record["intercept"]), float(record["cut"]))


@cache
def shipped_model() -> VerdictModel | None:
    """The shipped model, read once per process."""
    return VerdictModel.load()
