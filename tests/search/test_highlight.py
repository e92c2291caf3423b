"""Excerpts around the searched words: escaped text, `<mark>` around matches only."""

import re

import pytest

from django.utils.safestring import SafeString

from portal.search.highlight import WIDTH, excerpt, highlight, matches


def marked(html):
    return re.findall(r"<mark>(.*?)</mark>", html)


@pytest.mark.parametrize(
    ("language", "text", "query", "expected"),
    [
        ("es", "Los Niños y las niñas, cada nino.", "niños", ["Niños", "niñas", "nino"]),
        ("es", "Talleres para familias; un taller al mes.", "taller", ["Talleres", "taller"]),
        ("en", "Conferences with a teacher: one conference a year.", "conference", None),
        ("en", "Cafés and CAFE nights", "cafe", ["Cafés", "CAFE"]),
    ],
    ids=["spanish-plural-gender-accent", "spanish-plural", "english-stem", "accents-and-case"],
)
def test_marks_every_form_the_index_would_match(language, text, query, expected):
    html = highlight(text, query, language)
    assert isinstance(html, SafeString)
    words = marked(html)
    if expected is None:
        assert words == ["Conferences", "conference"]
    else:
        assert words == expected


def test_escapes_the_text_and_marks_only_matches():
    html = highlight('A <script>alert("x")</script> & a <b>safety</b> tip', "safety", "en")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; a &lt;b&gt;" in html
    assert marked(html) == ["safety"]
    assert html.count("<") == html.count("<mark>") + html.count("</mark>")


def test_a_query_in_markup_cannot_inject_markup():
    html = highlight("Read <mark>this</mark> with care", "<mark>", "en")
    assert html == "Read &lt;<mark>mark</mark>&gt;this&lt;/<mark>mark</mark>&gt; with care"
    html = highlight("Read <mark>this</mark> with care", "care", "en")
    assert html == "Read &lt;mark&gt;this&lt;/mark&gt; with <mark>care</mark>"


def test_stop_words_are_not_marked():
    html = highlight("The school and the family", "the family", "en")
    assert marked(html) == ["family"]


def test_no_match_gives_none():
    assert highlight("Nothing here", "xylophone", "en") is None
    assert highlight("", "word", "en") is None
    assert highlight("Some text", "", "en") is None


def test_a_long_text_shows_a_window_around_the_densest_matches():
    filler = "bring a folder with the report card and a list of questions " * 20
    text = f"{filler} bus once. {filler} the bus stop, the bus route and the bus driver. {filler}"
    html = highlight(text, "bus", "en")
    visible = re.sub(r"</?mark>", "", html)
    assert len(visible) <= WIDTH + 2 * len("…") + 20
    assert visible.startswith("…") and visible.endswith("…")
    assert len(marked(html)) == 3  # the three close together, not the lone one
    assert "bus stop" in visible


def test_the_window_cuts_between_words():
    text = ("word " * 100) + "target " + ("word " * 100)
    visible = re.sub(r"</?mark>", "", highlight(text, "target", "en"))
    inner = visible.strip("…")
    assert inner.split(" ")[0] == "word" and inner.split(" ")[-1] == "word"


def test_a_match_near_the_start_or_end_keeps_the_window_full():
    text = "Homework help. " + "Then more about other things entirely. " * 20
    visible = re.sub(r"</?mark>", "", highlight(text, "homework", "en"))
    assert visible.startswith("Homework") and visible.endswith("…")
    text = "Things entirely. " * 30 + "Ask about homework"
    visible = re.sub(r"</?mark>", "", highlight(text, "homework", "en"))
    assert visible.startswith("…") and visible.endswith("homework")
    assert len(visible) > WIDTH * 0.8


def test_excerpt_prefers_the_summary_then_the_text_then_falls_back():
    summary, body = "A guide for families.", "Long text about homework and more."
    assert marked(excerpt("families", "en", summary, body)) == ["families"]
    assert marked(excerpt("homework", "en", summary, body)) == ["homework"]
    assert excerpt("xylophone", "en", summary, body) == "A guide for families."
    assert excerpt("xylophone", "en", "", "<b>" + "x" * 500).startswith("&lt;b&gt;")
    assert len(excerpt("xylophone", "en", "", "y" * 500)) <= WIDTH


def test_offsets_point_at_the_original_text():
    text = "Éxito: niños felices"
    assert [text[s:e] for s, e in matches(text, "nino exito", "es")] == ["Éxito", "niños"]
