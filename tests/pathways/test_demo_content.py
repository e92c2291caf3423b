"""The demo pathway content (pathways.demo) has the shape the loader expects.

Plain data checks, no database: every text exists in English and Spanish and is
really translated, slugs are unique and URL-safe, quiz questions obey the rules
of their kind, pathways name modules that exist, and the survey is complete.
"""

import re

import pytest

from pathways.demo import INSTRUMENT, MODULES, PATHWAYS, module_by_slug

# Texts that are allowed to read the same in both languages (proper nouns).
SAME_IN_BOTH_LANGUAGES = set()

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG = re.compile(r"</?([a-z0-9]+)")
TOPICS = {
    "technology",
    "school-partnership",
    "learning-at-home",
    "wellbeing",
    "advocacy",
    "welcoming-schools",
}
SECTION_KEYS = {
    "paragraph": {"type", "text"},
    "steps": {"type", "heading", "steps"},
    "tip": {"type", "kind", "text"},
    "checklist": {"type", "heading", "items"},
    "try_at_home": {"type", "title", "text", "minutes"},
}
MODULE_KEYS = {
    "slug",
    "title",
    "intro",
    "estimated_minutes",
    "topic",
    "audience",
    "objectives",
    "body",
    "quiz",
}

MODULE_IDS = [module["slug"]["en"] for module in MODULES]
QUESTIONS = [
    (module, number, question)
    for module in MODULES
    for number, question in enumerate(module["quiz"]["questions"], start=1)
]
QUESTION_IDS = [f"{module['slug']['en']}-q{number}" for module, number, _ in QUESTIONS]
PATHWAY_IDS = [pathway["slug"]["en"] for pathway in PATHWAYS]


def texts(value, path="$"):
    """Yield (path, text) for every {"en", "es"} dict anywhere inside ``value``."""
    if isinstance(value, dict):
        if set(value) == {"en", "es"}:
            yield path, value
            return
        for key, item in value.items():
            yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, f"{path}[{index}]")


def is_text(value):
    return isinstance(value, dict) and set(value) == {"en", "es"}


def test_the_walker_finds_texts_and_the_content_is_not_empty():
    found = list(texts({"a": [{"b": {"en": "x", "es": "y"}}], "c": {"en": "z", "es": "w"}}))
    assert [path for path, _ in found] == ["$.a[0].b", "$.c"]
    assert len(MODULES) == 10  # six for parents, four for staff
    assert len(PATHWAYS) == 3


@pytest.mark.parametrize(
    "content",
    [*MODULES, *PATHWAYS, INSTRUMENT],
    ids=[*MODULE_IDS, *(f"pathway-{i}" for i in PATHWAY_IDS), "instrument"],
)
def test_every_text_is_written_in_both_languages(content):
    found = list(texts(content))
    assert len(found) >= 3  # a pathway has slug, title and intro
    for path, text in found:
        assert isinstance(text["en"], str) and text["en"].strip(), path
        assert isinstance(text["es"], str) and text["es"].strip(), path
        if text["en"] not in SAME_IN_BOTH_LANGUAGES:
            assert text["en"] != text["es"], f"{path} is not translated: {text['en']!r}"
        # Simple HTML must be the same markup in both languages.
        assert TAG.findall(text["en"]) == TAG.findall(text["es"]), path
        assert "lorem" not in (text["en"] + text["es"]).lower(), path


@pytest.mark.parametrize("language", ["en", "es"])
def test_module_and_pathway_slugs_are_unique_and_url_safe(language):
    for items in (MODULES, PATHWAYS):
        slugs = [item["slug"][language] for item in items]
        assert len(slugs) == len(set(slugs)), slugs
        for slug in slugs:
            assert SLUG.match(slug), slug


@pytest.mark.parametrize("module", MODULES, ids=MODULE_IDS)
def test_module_shape(module):
    assert set(module) == MODULE_KEYS
    assert module["topic"] in TOPICS
    assert module["audience"] in {"parents", "staff"}
    assert isinstance(module["estimated_minutes"], int) and 3 <= module["estimated_minutes"] <= 30
    assert len(module["objectives"]) == 3 and all(map(is_text, module["objectives"]))

    body = module["body"]
    assert 4 <= len(body) <= 7
    kinds = [section["type"] for section in body]
    for section in body:
        assert set(section) == SECTION_KEYS[section["type"]], section["type"]
    assert "steps" in kinds and "tip" in kinds
    assert len(set(kinds)) >= 3, kinds
    for section in body:
        if section["type"] == "steps":
            assert 3 <= len(section["steps"]) <= 6
            for item in section["steps"]:
                assert set(item) == {"title", "text"}
                assert is_text(item["title"]) and is_text(item["text"])
        elif section["type"] == "tip":
            assert section["kind"] in {"tip", "important"}
        elif section["type"] == "checklist":
            assert len(section["items"]) >= 3 and all(map(is_text, section["items"]))
        elif section["type"] == "try_at_home":
            assert isinstance(section["minutes"], int) and section["minutes"] > 0


def test_most_modules_have_a_checklist_and_something_to_try():
    def share(kind):
        having = [m for m in MODULES if any(s["type"] == kind for s in m["body"])]
        return len(having) / len(MODULES)

    assert share("checklist") > 0.5
    assert share("try_at_home") > 0.5


@pytest.mark.parametrize("module", MODULES, ids=MODULE_IDS)
def test_quiz_settings_and_mix_of_kinds(module):
    quiz = module["quiz"]
    assert set(quiz) == {"pass_mark", "max_attempts", "shuffle", "questions"}
    assert 0 < quiz["pass_mark"] <= 100
    assert quiz["max_attempts"] >= 0
    assert isinstance(quiz["shuffle"], bool)
    assert 3 <= len(quiz["questions"]) <= 4
    kinds = [question["kind"] for question in quiz["questions"]]
    assert "single" in kinds
    assert len(set(kinds)) >= 2, kinds


def test_the_quizzes_together_use_every_kind():
    kinds = {question["kind"] for _, _, question in QUESTIONS}
    assert kinds == {"single", "multiple", "true_false"}


@pytest.mark.parametrize("module,number,question", QUESTIONS, ids=QUESTION_IDS)
def test_question_obeys_the_rules_of_its_kind(module, number, question):
    assert set(question) == {"kind", "prompt", "explanation", "choices"}
    assert is_text(question["prompt"]) and is_text(question["explanation"])
    choices = question["choices"]
    for choice in choices:
        assert set(choice) == {"text", "correct", "feedback"}
        assert isinstance(choice["correct"], bool)
        assert is_text(choice["text"]) and is_text(choice["feedback"])
        assert choice["feedback"]["en"].strip() and choice["feedback"]["es"].strip()
    correct = sum(choice["correct"] for choice in choices)
    if question["kind"] == "single":
        assert len(choices) >= 3
        assert correct == 1
    elif question["kind"] == "multiple":
        assert correct >= 1
        assert len(choices) - correct >= 1
    else:
        assert question["kind"] == "true_false"
        assert [c["text"] for c in choices] == [
            {"en": "True", "es": "Verdadero"},
            {"en": "False", "es": "Falso"},
        ]
        assert correct == 1


@pytest.mark.parametrize("pathway", PATHWAYS, ids=PATHWAY_IDS)
def test_pathway_shape_and_references(pathway):
    assert pathway["audience"] in {"parents", "staff"}
    assert isinstance(pathway["issues_certificate"], bool)
    assert isinstance(pathway["retrospective_survey"], bool)
    modules = [step for step in pathway["steps"] if step["kind"] == "module"]
    surveys = [step for step in pathway["steps"] if step["kind"] == "survey"]
    assert modules
    assert all(step["kind"] in {"module", "survey"} for step in pathway["steps"])

    slugs = [step["module"] for step in modules]
    assert len(slugs) == len(set(slugs))
    for step in modules:
        module = module_by_slug(step["module"])  # KeyError if the module does not exist
        assert module["audience"] == pathway["audience"]
        assert isinstance(step["required"], bool)

    if pathway["completion_rule"] == "all":
        assert pathway["required_count"] is None
        assert any(step["required"] for step in modules)
    else:
        assert pathway["completion_rule"] == "m_of_n"
        assert isinstance(pathway["required_count"], int)
        assert 1 <= pathway["required_count"] < len(modules)

    if surveys:
        assert pathway["steps"][0] == {"kind": "survey", "phase": "pre"}
        assert pathway["steps"][-1] == {"kind": "survey", "phase": "post"}
        assert len(surveys) == 2
    else:
        assert not pathway["retrospective_survey"]


def test_parents_get_surveys_and_staff_do_not():
    by_audience = {"parents": [], "staff": []}
    for pathway in PATHWAYS:
        has_survey = any(step["kind"] == "survey" for step in pathway["steps"])
        by_audience[pathway["audience"]].append(has_survey)
    assert by_audience["parents"] and all(by_audience["parents"])
    assert by_audience["staff"] and not any(by_audience["staff"])


def test_every_module_is_used_by_a_pathway():
    used = {step["module"] for p in PATHWAYS for step in p["steps"] if step["kind"] == "module"}
    assert used == set(MODULE_IDS)


def test_module_by_slug_rejects_an_unknown_slug():
    with pytest.raises(KeyError):
        module_by_slug("no-such-module")


def test_instrument_shape():
    assert INSTRUMENT["scale_low"] == 1 and INSTRUMENT["scale_high"] == 5
    labels = INSTRUMENT["scale_labels"]
    assert len(labels) == INSTRUMENT["scale_high"] - INSTRUMENT["scale_low"] + 1 == 5
    assert all(map(is_text, labels))
    assert len({label["en"] for label in labels}) == 5

    keys = [subscale["key"] for subscale in INSTRUMENT["subscales"]]
    assert keys == ["learning", "school"]
    items = INSTRUMENT["items"]
    assert 10 <= len(items) <= 14
    for item in items:
        assert set(item) == {"text", "subscale", "reverse"}
        assert item["subscale"] in keys
        assert isinstance(item["reverse"], bool)
    for key in keys:
        assert sum(item["subscale"] == key for item in items) >= 5
    reverse = [item for item in items if item["reverse"]]
    assert len(reverse) >= 2
    # Reverse items are the negatively worded ones.
    assert all("hard" in item["text"]["en"] for item in reverse)
    texts_en = [item["text"]["en"] for item in items]
    assert len(texts_en) == len(set(texts_en))
