"""Known flaws mended (branch tidy12), each checked on sentences written for the test.

One mechanism for acts of law: "condemned the sentencing", "rejected the warrant", "criticised the
indictment" take up the court the article told of (its coded act, else the court it named, else
the coercion by law it coded), never an unrelated act coded between.
"""

from __future__ import annotations

from coded_events import coded


def test_the_sentencing_is_the_court_s_not_the_expulsion_between() -> None:
    text = (
        "A court in Minsk sentenced opposition blogger Ihar Losik to 15 years in prison on Monday. "
        "Lithuania on Tuesday expelled two Russian diplomats. "
        "Poland condemned the sentencing as an act of revenge."
    )
    events = coded(text)
    assert ("POL", "BLR", "111") in events
    assert ("POL", "LTU", "111") not in events


def test_the_indictment_is_the_prosecutors() -> None:
    text = (
        "Prosecutors in Seoul indicted opposition leader Lee Jae-myung on bribery charges on Thursday. "
        "China criticised the indictment as political."
    )
    assert ("CHN", "KOR", "111") in coded(text)


def test_a_warrant_of_an_unparsed_international_court_is_that_court_s() -> None:
    """The court named before ("Judges at the International Criminal Court") issued it, not the state
    the story is about (Israel), although no event of the court was coded."""
    text = (
        "Judges at the International Criminal Court said on Thursday that there were grounds to believe "
        "Israeli Prime Minister Benjamin Netanyahu bore responsibility for war crimes in Gaza. "
        "Hungary rejected the warrant."
    )
    events = coded(text)
    assert ("HUN", "IGO", "120") in events
    assert ("HUN", "ISR", "120") not in events


def test_a_court_named_comes_before_police_coercion() -> None:
    """The police's arrests are coded, the court's sentence is not: 'the verdict' is still the court's."""
    text = (
        "Russian police detained dozens of protesters in Moscow on Sunday. "
        "A court in Moscow later jailed opposition politician Ilya Yashin for eight years. "
        "France condemned the verdict."
    )
    assert ("FRA", "RUS", "111") in coded(text)


def test_condemning_an_attack_after_a_sentence_is_not_the_court_s() -> None:
    """Look-alike: 'the attack' is no act of law, so the airstrike's doer is condemned, not the court."""
    text = (
        "A court in Minsk sentenced opposition blogger Ihar Losik to 15 years in prison on Monday. "
        "Russian jets bombed a village in Ukraine on Tuesday. "
        "Poland condemned the attack."
    )
    events = coded(text)
    assert ("POL", "RUS", "111") in events
    assert ("POL", "BLR", "111") not in events


# Armed groups take the state they come from, not where they fight: the ADF are Ugandan rebels
# based in eastern DR Congo; AQIM grew out of Algeria's GSPC and fights across the Sahel.


def test_adf_attack_in_congo_is_by_ugandan_rebels() -> None:
    text = (
        "Suspected ADF rebels killed at least 20 villagers in the Beni territory of North Kivu on Sunday, "
        "the Congolese army said."
    )
    events = coded(text)
    assert ("UGA", "COD", "180") in events
    assert not any(source == "COD" for source, _, _ in events)


def test_congolese_army_fights_ugandan_rebels() -> None:
    text = "The Congolese army said it had killed 15 fighters of the Allied Democratic Forces in Ituri province."
    assert ("COD", "UGA", "190") in coded(text)


def test_aqim_is_algerian_wherever_it_strikes() -> None:
    text = "Fighters of al-Qaeda in the Islamic Maghreb attacked a Malian army convoy near Timbuktu on Monday."
    assert ("DZA", "MLI", "190") in coded(text)


def test_m23_stays_congolese() -> None:
    """Look-alike: a Congolese group fighting in Congo keeps its own state."""
    assert ("COD", "COD", "192") in coded("M23 rebels seized the town of Rubaya on Tuesday.")


# An apposition that names a stance ("a critic of NATO", "an ally of Putin") says nothing of who the
# person is: the person keeps their own state and sector.


def test_a_critic_of_nato_is_no_nato_official() -> None:
    text = "Calin Georgescu, a critic of NATO, accused the government of Romania of rigging the vote."
    assert not any(source == "IGO" for source, _, _ in coded(text))


def test_an_ally_of_putin_keeps_his_own_state() -> None:
    text = (
        "Hungarian Prime Minister Viktor Orban, a close ally of Russian President Vladimir Putin, criticised Ukraine."
    )
    events = coded(text)
    assert ("HUN", "UKR", "111") in events
    assert ("RUS", "UKR", "111") not in events


def test_a_named_opposition_leader_who_criticises_nato_stays_romanian() -> None:
    text = (
        "Romanian opposition leader Calin Georgescu, a critic of NATO, accused the government of Romania "
        "of rigging the vote."
    )
    assert ("ROU", "ROU", "112") in coded(text)


def test_an_official_of_hamas_is_still_hamas() -> None:
    """Look-alike: an apposition naming membership, not a stance, still says who the person is."""
    assert ("PSE", "ISR", "112") in coded("Basem Naim, a senior official of Hamas, accused Israel of blocking aid.")


# The parsed Doc of the kept sentences is built from the sentence filter's tokens, not tokenized
# again: it must be the Doc the tokenizer makes of the masked text, token for token.

_MASKING_TEXTS = (
    "The weather was mild on Sunday.  Russia launched drones at Kyiv overnight, officials said.\n\n"
    "Markets were calm.   Ukraine's air force said it shot down 40 of them. ",
    '  Fans cheered in the stadium. The president said: "We don\'t accept this attack."\n'
    "Tickets sold out.\n\nIran condemned the strike on Damascus.",
    "China held drills near Taiwan on Monday.The island's defence ministry condemned them. Rain fell.",
    "Nothing happened here at all.\nNor here.",
)


def _token_columns(doc: object) -> list[tuple[str, str, str, int]]:
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    return [(t.text, t.norm_, t.whitespace_, t.idx) for t in doc]


def test_masked_doc_is_the_tokenizers_doc_of_the_masked_text() -> None:
    from accord.api import default_coder
    from accord.stages.actors import ActorResolver

    coder = default_coder()
    for text in _MASKING_TEXTS:
        tokens = coder.filter.tokens(text)
        selection = coder.filter.select(tokens, ActorResolver.for_doc(tokens, coder.actors, None).matches.keys())
        built = coder.filter.masked_doc(tokens, selection)
        assert built.text == selection.masked
        assert _token_columns(built) == _token_columns(coder.nlp.make_doc(selection.masked))


def test_masking_drops_and_keeps_sentences_in_the_test_texts() -> None:
    """The texts above exercise both paths: some sentences blanked, some kept, one glued pair."""
    from accord.api import default_coder
    from accord.stages.actors import ActorResolver

    coder = default_coder()
    tokens = coder.filter.tokens(_MASKING_TEXTS[0])
    selection = coder.filter.select(tokens, ActorResolver.for_doc(tokens, coder.actors, None).matches.keys())
    kept = [keep for _, _, keep in selection.spans]
    assert True in kept and False in kept
