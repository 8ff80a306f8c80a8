"""A faster stand-in for the model's ``attribute_ruler``: same rules, same output.

en_core_web_sm's attribute ruler sets coarse POS and morphology from the tagger's fine tags
(a 56-entry tag map) and fixes about 120 word-specific cases ("'d" -> "would", "there is").
spaCy runs all 179 rules through a general token Matcher, which costs more than the parser
on the short sentences accord parses (profiled: 13% of a full ``nlp.pipe``).  Here the
rules are compiled once into three cheaper forms, applied in the ruler's own order so that
later rules still win:

- single-token tag-map rules: one numpy lookup per distinct tag of the Doc;
- single-token rules on a word (``LOWER``), optionally with TAG/DEP tests: a dictionary
  keyed by the word, tested only on tokens that are one of those words;
- other fixed-length rules on TAG/DEP/LOWER/IS_SPACE, regular expressions on LOWER included
  ("gon na", "y'all", "there is"): numpy masks over the Doc's arrays, one per token of the rule;
- anything else (operators, other attributes): spaCy's Matcher, as before (none in
  en_core_web_sm 3.8).

Equality with the original ruler is checked token by token in tests/test_attributes.py.
"""

from __future__ import annotations

import re
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from accord.stages.arrays import member, sorted_keys

# Column of each attribute in the array __call__ reads.
_COLUMNS = {"TAG": 0, "LOWER": 3, "DEP": 4, "IS_SPACE": 5}
_READ = [TAG, POS, MORPH, LOWER, DEP, IS_SPACE]

# A one-token test on the array __call__ reads: (column, op, string hash or set of hashes).
Test = tuple[int, str, frozenset[int] | int]
Mask = tuple[int, str, Any]
Attrs = dict[int, Any]


class FastAttributeRuler:
    """Applies an :class:`AttributeRuler`'s rules without running every rule on every token."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.table: dict[int, Attrs] = {}
        self.by_word: dict[int, list[tuple[int, list[Test], Attrs]]] = {}
        self.masks: list[tuple[int, list[list[Mask]], Attrs, int, frozenset[int]]] = []
        self.matcher = Matcher(vocab, validate=False)
        self.matched: dict[int, tuple[int, Attrs, int]] = {}
        self.words = np.zeros(0, dtype=np.uint64)
        # The tag map as sorted arrays: tags, then POS and MORPH to write (0: leave as is).
        self.tags = np.zeros(0, dtype=np.uint64)
        self.tag_values = np.zeros((0, 2), dtype=np.uint64)
        # Per regular expression: the words already tested, and those that matched.
        self.regex_seen: dict[re.Pattern[str], tuple[set[int], set[int]]] = {}

    def load(self, ruler: AttributeRuler) -> FastAttributeRuler:
        """Compile the rules of ``ruler`` (its patterns and normalised attributes, in order)."""
        for order, (pattern, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
            self._add(order, cast(list[list[dict[str, Any]]], pattern["patterns"]), attrs, cast(int, pattern["index"]))
        self.words = sorted_keys(sorted(self.by_word))
        self.tags = np.array(sorted(self.table), dtype=np.uint64)
        self.tag_values = np.array(
            [[self.table[int(tag)].get(POS, 0), self.table[int(tag)].get(MORPH, 0)] for tag in self.tags],
            dtype=np.uint64,
        ).reshape(-1, 2)
        return self

    def _add(self, order: int, patterns: list[list[dict[str, Any]]], attrs: Attrs, index: int) -> None:
        single = len(patterns) == 1 and len(patterns[0]) == 1 and index == 0
        spec = patterns[0][0] if single else {}
        if single and set(spec) == {"TAG"} and isinstance(spec["TAG"], str) and set(attrs) <= {POS, MORPH}:
            self.table[self.vocab.strings.add(spec["TAG"])] = attrs
            return
        words, tests = (_words(spec), self._tests(spec)) if single else (None, None)
        if words and tests is not None:
            for word in words:
                self.by_word.setdefault(self.vocab.strings.add(word), []).append((order, tests, attrs))
            return
        sequences = [self._sequence(pattern) for pattern in patterns]
        if all(sequence is not None for sequence in sequences):
            for sequence in cast(list[list[list[Mask]]], sequences):
                self.masks.append((order, sequence, attrs, index, _needed_words(sequence)))
            return
        key = self.vocab.strings.add(f"accord_attribute_{order}")
        self.matcher.add(key, patterns)
        self.matched[key] = (order, attrs, index)

    def _sequence(self, pattern: list[dict[str, Any]]) -> list[list[Mask]] | None:
        """Numpy tests for each token of a fixed-length pattern, or None (operators, other keys)."""
        out = [self._masks(spec) for spec in pattern]
        return None if any(masks is None for masks in out) else cast(list[list[Mask]], out)

    def _masks(self, spec: dict[str, Any]) -> list[Mask] | None:
        """Numpy tests for one token on TAG/DEP/LOWER/IS_SPACE values, or None when it needs more."""
        out: list[Mask] = []
        for key, value in spec.items():
            column = _COLUMNS.get(key)
            if column is None:
                return None
            if key == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
                out.append((column, "REGEX", re.compile(value["REGEX"])))
            elif key == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                out.append((column, "eq", int(value)))
            elif isinstance(value, str):
                out.append((column, "eq", self._hash(value)))
            elif _is_set_test(value):
                op, values = next(iter(value.items()))
                out.append((column, op, sorted_keys([self._hash(v) for v in values])))
            else:
                return None
        return out

    def _tests(self, spec: dict[str, Any]) -> list[Test] | None:
        """Array tests for the TAG/DEP/LOWER keys of a one-token rule, or None for other keys."""
        tests: list[Test] = []
        for key, value in spec.items():
            if key not in _WORD_TEST_KEYS:
                return None
            if isinstance(value, str):
                tests.append((_COLUMNS[key], "eq", self._hash(value)))
            elif _is_set_test(value):
                op, values = next(iter(value.items()))
                tests.append((_COLUMNS[key], op, frozenset(self._hash(v) for v in values)))
            else:
                return None
        return tests

    def _hash(self, value: str) -> int:
        # An unset attribute reads as 0 in Doc.to_array; the rules write it as "".
        return self.vocab.strings.add(value) if value else 0

    def __call__(self, doc: Doc) -> Doc:
        """Set POS, MORPH and LEMMA exactly as the original ruler would."""
        if not len(doc):
            return doc
        array = doc.to_array(_READ)
        self._apply_table(array)
        doc.from_array([POS, MORPH], cast(Any, np.ascontiguousarray(array[:, 1:3])))
        present = set(array[:, 3].tolist())
        found = self._word_rules(doc, array) + self._mask_rules(array, present) + self._matcher_rules(doc)
        found.sort(key=lambda hit: (hit[0], hit[1]))
        for _, i, attrs in found:
            set_token_attrs(doc[i], attrs)
        return doc

    def _apply_table(self, array: np.ndarray) -> None:
        if not len(self.tags):
            return
        where = np.minimum(np.searchsorted(self.tags, array[:, 0]), len(self.tags) - 1)
        known = self.tags[where] == array[:, 0]
        values = self.tag_values[where]
        for column in (1, 2):
            rows = known & (values[:, column - 1] != 0)
            array[rows, column] = values[rows, column - 1]

    def _word_rules(self, doc: Doc, array: np.ndarray) -> list[tuple[int, int, Attrs]]:
        """Rules on a word, tested on the array's hashes: no Token built per occurrence."""
        found = []
        for i in np.flatnonzero(member(array[:, 3], self.words)).tolist():
            row = array[i].tolist()
            for order, tests, attrs in self.by_word[row[3]]:
                if _passes(row, tests):
                    found.append((order, i, attrs))
        return found

    def _mask_rules(self, array: np.ndarray, present: set[int]) -> list[tuple[int, int, Attrs]]:
        """Every start where each token of a rule's sequence passes its tests (what the Matcher finds).

        ``present``: the Doc's lower-case words; a rule that needs a word the Doc lacks is skipped.
        """
        found: list[tuple[int, int, Attrs]] = []
        size = len(array)
        for order, sequence, attrs, index, needed in self.masks:
            length = len(sequence)
            if length > size or not needed <= present:
                continue
            keep = np.ones(size - length + 1, dtype=bool)
            for offset, masks in enumerate(sequence):
                rows = array[offset : size - length + 1 + offset]
                for column, op, value in masks:
                    keep &= self._test(rows[:, column], op, value, present)
            target = index if index >= 0 else length + index
            found.extend((order, int(i) + target, attrs) for i in np.flatnonzero(keep))
        return found

    def _test(self, column: np.ndarray, op: str, value: Any, present: set[int]) -> np.ndarray:
        if op == "eq":
            return cast(np.ndarray, column == value)
        if op == "IN":
            return member(column, value)
        if op == "NOT_IN":
            return ~member(column, value)
        # REGEX on the lower-case form: each distinct word is tested once per process.
        seen, hits = self.regex_seen.setdefault(value, (set(), set()))
        for word in present - seen:
            seen.add(word)
            if value.search(self.vocab.strings[word] if word else ""):
                hits.add(word)
        return member(column, sorted_keys(list(hits & present)))

    def _matcher_rules(self, doc: Doc) -> list[tuple[int, int, Attrs]]:
        found: list[tuple[int, int, Attrs]] = []
        if not self.matched:  # en_core_web_sm's rules all compile: no Matcher run at all
            return found
        for key, start, end in self.matcher(doc, allow_missing=True):
            order, attrs, index = self.matched[key]
            found.append((order, doc[start:end][index].i, attrs))
        return found


def _needed_words(sequence: list[list[Mask]]) -> frozenset[int]:
    """Lower-case words a rule's sequence names with an equality test: it cannot match without them."""
    return frozenset(
        value for masks in sequence for column, op, value in masks if column == _COLUMNS["LOWER"] and op == "eq"
    )


def _is_set_test(value: object) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)) in {"IN", "NOT_IN"}


def _words(spec: dict[str, Any]) -> list[str] | None:
    value = spec.get("LOWER")
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


_WORD_TEST_KEYS = frozenset({"TAG", "DEP", "LOWER"})


def _passes(row: list[int], tests: list[Test]) -> bool:
    """Whether a token's array row passes a one-token rule's tests (unset values read as 0, as "")."""
    for column, op, value in tests:
        got = row[column]
        if op == "eq" and got != value:
            return False
        if op == "IN" and got not in cast(frozenset[int], value):
            return False
        if op == "NOT_IN" and got in cast(frozenset[int], value):
            return False
    return True


@Language.factory("accord_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty ruler; :func:`speed_up_attribute_ruler` fills it from the model's own."""
    return FastAttributeRuler(nlp.vocab)


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Swap the model's ``attribute_ruler`` for the compiled one, keeping its name and place."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    fast = nlp.replace_pipe("attribute_ruler", "accord_attribute_ruler")
    if isinstance(fast, FastAttributeRuler):
        fast.load(ruler)


class CachedLemmatizer:
    """The model's rule lemmatiser, applied through a table of the lemmas it has already given.

    spaCy's lemmatiser visits every token in Python and builds its cache key from three Token
    properties (profiled: 17 µs a token, more than the parser).  A lemma depends only on the word,
    its POS and its morphology, so the Doc's arrays are read at once and each (word, POS,
    morphology) triple is lemmatised once per process by the original component.  Tokens that
    already have a lemma (set by the attribute ruler) keep it, as the original does.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.original: Any = None
        self.lemmas: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Any:
        """The original's tables (the sentence filter inverts its rules to find trigger forms)."""
        return self.original.lookups if self.original is not None else None

    def wrap(self, original: Any) -> CachedLemmatizer:
        """Use ``original`` (the model's lemmatizer) for words not seen yet."""
        self.original = original
        _index_as_sets(original)
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Set LEMMA where it is unset, exactly as the original lemmatiser would."""
        if self.original is None or not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        # Python ints from one tolist(), not a numpy scalar per cell: reading cells one by one
        # cost as much as the table look-ups themselves.
        lemmas = self.lemmas
        column = []
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = lemmas[key] = self.vocab.strings.add(self.original.lemmatize(doc[i])[0])
            column.append(lemma)
        doc.from_array([LEMMA], cast(Any, np.array(column, dtype=np.uint64).reshape(-1, 1)))
        return doc


def _index_as_sets(lemmatizer: Any) -> None:
    """Turn the rule lemmatiser's ``lemma_index`` word lists into frozensets, in place.

    ``rule_lemmatize`` tests ``form in index`` for every suffix rule that applies, and
    en_core_web_sm ships each POS's index as a list (57,528 nouns): a linear scan per test,
    1.8 s of CPU for the 8,000 new words of 300 articles.  Membership is all it asks of them,
    so the lemmas are the same; the suffix rules and exceptions (read by the sentence filter)
    are left as they are.
    """
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table.keys()):  # keys are string hashes; setting by hash keeps them
        if isinstance(table[pos], list):
            table[pos] = frozenset(table[pos])


@Language.factory("accord_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """An empty wrapper; :func:`speed_up_lemmatizer` gives it the model's lemmatiser."""
    return CachedLemmatizer(nlp.vocab)


def speed_up_lemmatizer(nlp: Language) -> None:
    """Wrap the model's rule ``lemmatizer`` in the cached one, keeping its name and place."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    original = nlp.get_pipe("lemmatizer")
    if isinstance(original, CachedLemmatizer) or getattr(original, "mode", "") != "rule":
        return
    wrapper = nlp.replace_pipe("lemmatizer", "accord_lemmatizer")
    if isinstance(wrapper, CachedLemmatizer):
        wrapper.wrap(original)
