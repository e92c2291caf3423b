"""`manage.py load_demo` loads the pathways demo as real pages, in English and Spanish.

The demo is loaded once for the package (twice, to prove the second run changes
nothing): see ``tests/demo/conftest.py``.
"""

import re

import pytest

from django.utils.html import escape

from events.demo.pathways import PATHWAYS as WORKSHOP_PATHWAYS
from pathways.demo import INSTRUMENT, MODULES, PATHWAYS
from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage, SelfEfficacyInstrument

# Run alone, the module still needs pytest-django to create the test database.
pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es"]
LANGUAGE_IDS = ["english", "spanish"]
MODULE_SLUGS = [module["slug"]["en"] for module in MODULES]
PATHWAY_SLUGS = [pathway["slug"]["en"] for pathway in PATHWAYS]


def module_pair(slug):
    english = HowToModulePage.objects.get(slug=slug, locale__language_code="en")
    spanish = english.get_translation(english.get_translations().get().locale).specific
    return english, spanish


def pathway_pair(slug):
    english = PathwayPage.objects.get(slug=slug, locale__language_code="en")
    spanish = PathwayPage.objects.get(
        translation_key=english.translation_key, locale__language_code="es"
    )
    return english, spanish


def test_second_run_creates_nothing_and_prints_a_summary(demo):
    assert demo["second"] == demo["first"]
    assert demo["first"]["indexes"] == 2
    # The events demo loads its workshop pathways after this line is printed.
    for output, pathways in zip(demo["outputs"], (3, 3 + len(WORKSHOP_PATHWAYS)), strict=True):
        assert re.search(
            rf"^Pathways: 10 modules, {pathways} pathways, 1 survey in English and "
            rf"10 modules, {pathways} pathways, 1 survey in Spanish\.$",
            output,
            re.MULTILINE,
        ), output


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_ten_live_modules_and_the_live_pathways_per_language(demo, language):
    learn = LearningIndexPage.objects.get(locale__language_code=language)
    assert learn.live and learn.show_in_menus
    modules = HowToModulePage.objects.child_of(learn)
    pathways = PathwayPage.objects.child_of(learn)
    assert modules.count() == modules.live().count() == len(MODULES)
    assert pathways.count() == pathways.live().count() == len(PATHWAYS + WORKSHOP_PATHWAYS)
    slugs = {item["slug"][language] for item in MODULES + PATHWAYS + WORKSHOP_PATHWAYS}
    assert (
        set(modules.values_list("slug", flat=True)) | set(pathways.values_list("slug", flat=True))
        == slugs
    )


@pytest.mark.parametrize("slug", MODULE_SLUGS, ids=MODULE_SLUGS)
def test_module_pages_render_in_both_languages(demo, client, slug):
    data = next(module for module in MODULES if module["slug"]["en"] == slug)
    english, spanish = module_pair(slug)
    assert spanish.url.startswith("/es/aprender/")
    for page, language, other in ((english, "en", "es"), (spanish, "es", "en")):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert escape(data["title"][language]) in html
        # The body is in the page's language: every steps heading, not the other one's.
        for section in data["body"]:
            if section["type"] == "steps":
                assert escape(section["heading"][language]) in html
                assert escape(section["heading"][other]) not in html


@pytest.mark.parametrize("slug", MODULE_SLUGS, ids=MODULE_SLUGS)
def test_module_fields_and_quiz_ids_are_shared_by_the_translations(demo, slug):
    data = next(module for module in MODULES if module["slug"]["en"] == slug)
    english, spanish = module_pair(slug)
    assert english.estimated_minutes == spanish.estimated_minutes == data["estimated_minutes"]
    assert english.topic == spanish.topic and english.topic
    assert english.quiz_pass_mark == data["quiz"]["pass_mark"]
    assert english.quiz_max_attempts == data["quiz"]["max_attempts"]
    assert english.quiz_shuffle is data["quiz"]["shuffle"]
    assert [a.slug for a in english.audiences.all()] == [
        {"parents": "parents-caregivers", "staff": "school-staff"}[data["audience"]]
    ]
    assert set(spanish.audiences.values_list("translation_key", flat=True)) == set(
        english.audiences.values_list("translation_key", flat=True)
    )

    quiz_en, quiz_es = english.quiz_definition(), spanish.quiz_definition()
    assert len(quiz_en["questions"]) == len(data["quiz"]["questions"])
    for question_en, question_es, question in zip(
        quiz_en["questions"], quiz_es["questions"], data["quiz"]["questions"], strict=True
    ):
        assert question_en["question_id"] == question_es["question_id"]
        assert question_en["prompt"] == question["prompt"]["en"]
        assert question_es["prompt"] == question["prompt"]["es"]
        assert question_es["explanation"] == question["explanation"]["es"]
        choice_ids_en = [choice["choice_id"] for choice in question_en["choices"]]
        choice_ids_es = [choice["choice_id"] for choice in question_es["choices"]]
        assert choice_ids_en == choice_ids_es and all(choice_ids_en)
        assert len(set(choice_ids_en)) == len(choice_ids_en)
        assert [c["correct"] for c in question_es["choices"]] == [
            c["correct"] for c in question["choices"]
        ]
        assert [c["feedback"] for c in question_es["choices"]] == [
            c["feedback"]["es"] for c in question["choices"]
        ]
    question_ids = [question["question_id"] for question in quiz_en["questions"]]
    assert len(set(question_ids)) == len(question_ids) and all(question_ids)
    assert [block.id for block in english.body] == [block.id for block in spanish.body]


@pytest.mark.parametrize("slug", MODULE_SLUGS, ids=MODULE_SLUGS)
def test_spanish_module_body_is_in_spanish(demo, slug):
    data = next(module for module in MODULES if module["slug"]["en"] == slug)
    english, spanish = module_pair(slug)
    body_es = str(spanish.body.raw_data)
    assert [block.block_type for block in spanish.body] == [
        {"tip": "callout", "try_at_home": "activity"}.get(section["type"], section["type"])
        for section in data["body"]
    ]
    for block, section in zip(spanish.body, data["body"], strict=True):
        if section["type"] == "paragraph":
            written, en, es = block.value.source, section["text"]["en"], section["text"]["es"]
        elif section["type"] in ("tip", "try_at_home"):
            written = block.value["text"].source
            en, es = escape(section["text"]["en"]), escape(section["text"]["es"])
        else:
            written, en, es = (
                block.value["heading"],
                section["heading"]["en"],
                section["heading"]["es"],
            )
        assert es in written and en not in written
    assert spanish.body.raw_data != english.body.raw_data
    assert "minutes" not in body_es
    assert [objective.value for objective in spanish.learning_objectives] == [
        objective["es"] for objective in data["objectives"]
    ]


@pytest.mark.parametrize("slug", PATHWAY_SLUGS, ids=PATHWAY_SLUGS)
def test_pathway_pages_render_in_both_languages(demo, client, slug):
    data = next(pathway for pathway in PATHWAYS if pathway["slug"]["en"] == slug)
    english, spanish = pathway_pair(slug)
    for page, language in ((english, "en"), (spanish, "es")):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert escape(data["title"][language]) in html
        for step in data["steps"]:
            if step["kind"] == "module":
                module = next(m for m in MODULES if m["slug"]["en"] == step["module"])
                assert escape(module["title"][language]) in html


@pytest.mark.parametrize("slug", PATHWAY_SLUGS, ids=PATHWAY_SLUGS)
def test_pathway_steps_rules_and_translations(demo, slug):
    data = next(pathway for pathway in PATHWAYS if pathway["slug"]["en"] == slug)
    english, spanish = pathway_pair(slug)
    assert english.completion_rule == spanish.completion_rule == data["completion_rule"]
    assert english.issues_certificate is data["issues_certificate"]
    english.full_clean()  # the required count fits the required steps
    spanish.full_clean()

    steps_en, steps_es = english.resolved_steps(), spanish.resolved_steps()
    expected_kinds = [step["kind"] for step in data["steps"]]
    phases = [step["phase"] for step in data["steps"] if step["kind"] == "survey"]
    if data["retrospective_survey"]:
        expected_kinds.append("survey")
        phases.append("retrospective")
    assert [step["kind"] for step in steps_en] == expected_kinds
    assert [step["phase"] for step in steps_es if step["kind"] == "survey"] == phases
    assert [step["step_id"] for step in steps_en] == [step["step_id"] for step in steps_es]
    for step_en, step_es in zip(steps_en, steps_es, strict=True):
        target_en = step_en.get("module") or step_en.get("instrument")
        target_es = step_es.get("module") or step_es.get("instrument")
        assert target_en.locale.language_code == "en"
        assert target_es.locale.language_code == "es"
        assert target_en.translation_key == target_es.translation_key
    # The Spanish steps point at the Spanish pages and survey themselves.
    for item in spanish.steps.raw_data:
        target = item["value"].get("module") or item["value"].get("instrument")
        model = HowToModulePage if item["type"] == "module" else SelfEfficacyInstrument
        assert model.objects.get(pk=target).locale.language_code == "es"

    module_steps = [step for step in data["steps"] if step["kind"] == "module"]
    assert [s["required"] for s in steps_en if s["kind"] == "module"] == [
        s["required"] for s in module_steps
    ]
    if data["completion_rule"] == "m_of_n":
        required_surveys = sum(1 for s in steps_en if s["kind"] == "survey" and s["required"])
        assert english.required_count == data["required_count"] + required_surveys


def test_instrument_items_share_ids_across_languages(demo):
    english = SelfEfficacyInstrument.objects.get(locale__language_code="en")
    spanish = SelfEfficacyInstrument.objects.get(locale__language_code="es")
    assert english.live and spanish.live
    assert english.translation_key == spanish.translation_key
    definition_en, definition_es = english.definition(), spanish.definition()
    assert definition_es["name"] == INSTRUMENT["name"]["es"]
    assert len(definition_en["items"]) == len(definition_es["items"]) == 12
    assert [item["item_id"] for item in definition_en["items"]] == [
        item["item_id"] for item in definition_es["items"]
    ]
    assert [item["text"] for item in definition_es["items"]] == [
        item["text"]["es"] for item in INSTRUMENT["items"]
    ]
    for item_en, item_es, item in zip(
        definition_en["items"], definition_es["items"], INSTRUMENT["items"], strict=True
    ):
        assert item_en["subscale"] == item_es["subscale"] == item["subscale"]
        assert item_en["reverse_scored"] is item_es["reverse_scored"] is item["reverse"]
    assert [label["label"] for label in definition_es["scale_labels"]] == [
        label["es"] for label in INSTRUMENT["scale_labels"]
    ]
    assert [sub["label"] for sub in definition_es["subscales"]] == [
        sub["label"]["es"] for sub in INSTRUMENT["subscales"]
    ]
    english.full_clean()
    spanish.full_clean()


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_learning_index_lists_the_pathways_and_the_menu_links_it(demo, client, language):
    learn = LearningIndexPage.objects.get(locale__language_code=language)
    response = client.get(learn.url)
    assert response.status_code == 200
    html = response.content.decode()
    for pathway in PATHWAYS:
        assert escape(pathway["title"][language]) in html
        assert PathwayPage.objects.get(slug=pathway["slug"][language]).url in html

    home = client.get(f"/{language}/").content.decode()
    title = {"en": "Learn", "es": "Aprender"}[language]
    assert f'<a href="{learn.url}">{title}</a>' in home
