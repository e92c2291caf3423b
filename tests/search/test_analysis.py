"""How words become index terms: a query word must give the same term as the
words it should find, in each language."""

import pytest

from portal.search.analysis import autocomplete_analyzer, spanish_light_stem, terms


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("niños", "nino"),
        ("nino", "Niños"),
        ("niñas", "niño"),
        ("talleres", "taller"),
        ("reuniones", "reunión"),
        ("luces", "luz"),
        ("escuelas", "Escuela"),
        ("padres", "padre"),
        ("inscripción", "INSCRIPCIONES"),
        ("conferencias", "conferencia"),
        ("clases", "clase"),
    ],
    ids=lambda value: value,
)
def test_spanish_words_find_their_plural_singular_and_accent_forms(query, text):
    assert terms(query, "es") == terms(text, "es")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("conferences", "conference"),
        ("Workshops", "workshop"),
        ("enrolling", "enroll"),
        ("parents'", "parent"),
        ("child's", "child"),
        ("café", "cafe"),
    ],
    ids=lambda value: value,
)
def test_english_words_find_their_forms(query, text):
    assert terms(query, "en") == terms(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "los talleres para las familias", ["taller", "famili"]),
        ("en", "the workshops for the families", ["workshop", "famili"]),
    ],
    ids=["es", "en"],
)
def test_stop_words_are_dropped(language, text, expected):
    assert terms(text, language) == expected


def test_different_words_stay_different():
    assert terms("taller", "es") != terms("tarea", "es")
    assert terms("casa", "es") != terms("cosas", "es")
    assert terms("school", "en") != terms("schedule", "en")


def test_short_words_are_left_alone():
    assert spanish_light_stem("sus") == "sus"
    assert spanish_light_stem("mes") == "mes"


def test_autocomplete_indexes_the_first_letters_folded():
    indexed = {token.text for token in autocomplete_analyzer()("Niños")}
    assert {"n", "ni", "nin", "nino", "ninos"} <= indexed
    (query,) = [token.text for token in autocomplete_analyzer()("NIÑ", mode="query")]
    assert query == "nin"
