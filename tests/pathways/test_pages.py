"""Learning pages: where each may be created, what each shows in both languages,
the quiz and pathway rules they enforce, and the queries they cost."""

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from pathways.factories import (
    choice,
    list_items,
    module_step,
    question,
    sample_quiz,
    stream,
    survey_step,
)
from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage
from portal.models import CenterIndexPage, HomePage, StandardPage
from tests.factories import (
    AudienceFactory,
    HowToModulePageFactory,
    ImageFactory,
    PathwayPageFactory,
    SelfEfficacyInstrumentFactory,
    build_learning_index,
    build_site,
    publish_translation,
    translate_snippet,
)

MODULE_BUDGET = 10


class TestPageTree(WagtailPageTestCase):
    def test_home_page_offers_the_learning_index(self):
        # The home page takes each app's section (its parent_page_types name the home page).
        allowed = set(HomePage.allowed_subpage_models())
        self.assertLessEqual({StandardPage, CenterIndexPage, LearningIndexPage}, allowed)

    def test_learning_index(self):
        self.assertAllowedParentPageTypes(LearningIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LearningIndexPage, {PathwayPage, HowToModulePage})
        self.assertCanCreateAt(HomePage, LearningIndexPage)
        self.assertCanNotCreateAt(StandardPage, LearningIndexPage)
        self.assertCanNotCreateAt(Page, LearningIndexPage)

    def test_module_and_pathway_live_in_the_learning_index(self):
        for model in [HowToModulePage, PathwayPage]:
            with self.subTest(model.__name__):
                self.assertAllowedParentPageTypes(model, {LearningIndexPage})
                self.assertAllowedSubpageTypes(model, set())
                self.assertCanCreateAt(LearningIndexPage, model)
                self.assertCanNotCreateAt(HomePage, model)
                self.assertCanNotCreateAt(StandardPage, model)

    def test_every_learning_page_shares_the_base_fields(self):
        for model in [LearningIndexPage, HowToModulePage, PathwayPage]:
            with self.subTest(model.__name__):
                names = {field.name for field in model._meta.get_fields()}
                self.assertTrue({"intro", "audiences", "listing_image", "og_title"} <= names)


@pytest.fixture
def learning(site_tree):
    """Learn/Aprender with a module (quiz included), a survey and a pathway, in both languages."""
    tree = site_tree
    learn, learn_es = build_learning_index(tree)
    parents = AudienceFactory(name="Parents", slug="parents")
    staff = AudienceFactory(name="School staff", slug="staff")
    translate_snippet(parents, "es", name="Familias", slug="familias")
    translate_snippet(staff, "es", name="Personal escolar", slug="personal")
    module = HowToModulePageFactory(
        parent=learn,
        title="How to check grades",
        slug="check-grades",
        estimated_minutes=12,
        learning_objectives=stream(("objective", "Find the grades page")),
        body=stream(
            ("paragraph", "<p>Grades are updated every week.</p>"),
            ("checklist", {"heading": "Before you start", "items": ["Your password"]}),
        ),
        quiz_questions=sample_quiz(),
    )
    module.audiences.set([parents])
    module.save_revision().publish()
    module_es = publish_translation(
        module,
        "es",
        title="Cómo ver las calificaciones",
        slug="ver-calificaciones",
        learning_objectives=stream(("objective", "Encontrar la página de calificaciones")),
        body=stream(("paragraph", "<p>Las calificaciones se actualizan cada semana.</p>")),
    )
    staff_module = HowToModulePageFactory(
        parent=learn, title="Welcoming families at the front office", slug="front-office"
    )
    staff_module.audiences.set([staff])
    staff_module.save_revision().publish()
    survey = SelfEfficacyInstrumentFactory(name="Before you start")
    survey_es = translate_snippet(survey, "es", name="Antes de empezar")
    pathway = PathwayPageFactory(
        parent=learn,
        title="Partnering with your child's school",
        slug="partnering",
        steps=stream(
            survey_step(survey, "pre"),
            module_step(module),
            module_step(staff_module, required=False),
        ),
    )
    pathway_es = publish_translation(
        pathway, "es", title="Colaborar con la escuela de su hijo", slug="colaborar"
    )
    return {
        **tree,
        "learn": learn,
        "learn_es": learn_es,
        "module": module,
        "module_es": module_es,
        "staff_module": staff_module,
        "survey": survey,
        "survey_es": survey_es,
        "pathway": pathway,
        "pathway_es": pathway_es,
    }


def html_of(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response.content.decode()


class TestModulePage:
    @pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])
    def test_shows_minutes_objectives_and_body_in_its_language(self, client, learning, language):
        page = learning["module"] if language == "en" else learning["module_es"]
        html = html_of(client, page)
        assert f'<html lang="{language}"' in html
        assert f"<h1>{page.title}</h1>" in html
        assert "12" in html.split('class="module__meta"')[1].split("</p>")[0]
        objective = page.learning_objectives[0].value
        assert f"<li>{objective}</li>" in html
        body_text = page.body[0].value.source
        assert body_text in html
        assert 'aria-current="page">' + page.title in html  # breadcrumbs

    def test_english_text_does_not_leak_into_spanish(self, client, learning):
        html = html_of(client, learning["module_es"])
        assert "Grades are updated every week." not in html
        assert "Las calificaciones se actualizan cada semana." in html

    def test_visitors_get_the_quiz_form(self, client, learning):
        # Taking the quiz is covered in tests/pathways/test_quiz_taking.py.
        html = html_of(client, learning["module"])
        assert learning["module"].has_quiz
        assert '<form class="quiz__form" method="post"' in html
        assert "quiz-preview" not in html

    def test_editors_preview_the_quiz_read_only(self, learning):
        module = learning["module"]
        response = module.make_preview_request()
        html = response.content.decode()
        assert "Where do you find your child&#x27;s grades?" in html
        assert html.count('class="quiz-preview__question"') == 3
        assert '<input type="radio"' not in html  # no dead form

    def test_checklist_is_native_checkboxes_with_labels(self, client, learning):
        html = html_of(client, learning["module"])
        item_id = learning["module"].body[1].value["items"].bound_blocks[0].id
        assert f'<input type="checkbox" id="checklist-{item_id}"' in html
        assert f'<label for="checklist-{item_id}">Your password</label>' in html
        assert "<script" not in html.split('class="checklist"')[1].split("</fieldset>")[0]


class TestQuizRules:
    @pytest.mark.parametrize(
        "kind, choices, message",
        [
            ("single", [choice("A"), choice("B")], "exactly one"),
            ("single", [choice("A", True), choice("B", True)], "exactly one"),
            ("multiple", [choice("A"), choice("B")], "at least one"),
            ("true_false", [choice("True"), choice("False")], "exactly one"),
            ("true_false", [choice("T", True), choice("F"), choice("?")], "exactly two"),
        ],
        ids=["single-none", "single-two", "multiple-none", "tf-none", "tf-three"],
    )
    def test_invalid_questions_are_refused(self, learning, kind, choices, message):
        module = learning["module"]
        module.quiz_questions = stream(question("Q?", choices, kind=kind))
        with pytest.raises(ValidationError) as error:
            module.full_clean()
        messages = " ".join(error.value.message_dict["quiz_questions"])
        assert message in messages
        assert "Question 1" in messages

    @pytest.mark.parametrize(
        "kind, choices",
        [
            ("single", [choice("A", True), choice("B")]),
            ("multiple", [choice("A", True), choice("B", True), choice("C")]),
            ("true_false", [choice("True"), choice("False", True)]),
        ],
        ids=["single", "multiple", "true-false"],
    )
    def test_valid_questions_pass(self, learning, kind, choices):
        module = learning["module"]
        module.quiz_questions = stream(question("Q?", choices, kind=kind))
        module.full_clean()

    def test_saving_an_invalid_quiz_fails(self, learning):
        with pytest.raises(ValidationError):
            HowToModulePageFactory(
                parent=learning["learn"],
                quiz_questions=stream(question("Q?", [choice("A"), choice("B")])),
            )

    def test_quiz_definition_shape(self, learning):
        definition = learning["module"].quiz_definition()
        assert definition["module_key"] == str(learning["module"].translation_key)
        assert (definition["pass_mark"], definition["max_attempts"], definition["shuffle"]) == (
            70,
            0,
            False,
        )
        assert [q["kind"] for q in definition["questions"]] == ["single", "multiple", "true_false"]
        first = definition["questions"][0]
        assert set(first) == {"question_id", "kind", "prompt", "explanation", "choices"}
        assert first["question_id"] == learning["module"].quiz_questions[0].id
        assert set(first["choices"][0]) == {"choice_id", "text", "correct", "feedback"}
        assert [c["correct"] for c in definition["questions"][1]["choices"]] == [True, True, False]
        ids = [c["choice_id"] for q in definition["questions"] for c in q["choices"]]
        assert all(ids) and len(set(ids)) == len(ids) == 7

    def test_question_and_choice_ids_are_shared_by_the_spanish_copy(self, learning):
        english = learning["module"].quiz_definition()
        spanish = HowToModulePage.objects.get(pk=learning["module_es"].pk).quiz_definition()

        def ids(definition):
            return [
                (q["question_id"], [c["choice_id"] for c in q["choices"]])
                for q in definition["questions"]
            ]

        assert ids(spanish) == ids(english)
        assert spanish["module_key"] == english["module_key"]

    def test_ids_survive_an_edit(self, learning):
        module = HowToModulePage.objects.get(pk=learning["module"].pk)
        before = module.quiz_definition()
        module.quiz_questions[0].value["prompt"] = "Where are grades shown?"
        module.save_revision().publish()
        after = HowToModulePage.objects.get(pk=module.pk).quiz_definition()
        assert after["questions"][0]["prompt"] == "Where are grades shown?"
        assert [q["question_id"] for q in after["questions"]] == [
            q["question_id"] for q in before["questions"]
        ]


class TestPathwayPage:
    @pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])
    def test_lists_steps_in_order_in_its_language(self, client, learning, language):
        page = learning["pathway"] if language == "en" else learning["pathway_es"]
        html = html_of(client, page)
        steps = html.split('class="pathway-steps"')[1].split("</ol>")[0]
        survey = learning["survey"] if language == "en" else learning["survey_es"]
        module = learning["module"] if language == "en" else learning["module_es"]
        positions = [
            steps.index(survey.name),
            steps.index(f'<a href="{module.url}">{module.title}</a>'),
            steps.index("Welcoming families at the front office"),  # not translated: English
        ]
        assert positions == sorted(positions)
        assert steps.count('class="pathway-step ') == 3
        assert "12 minutes" in steps or language == "es"
        assert steps.count('class="badge"') == 1  # the optional step

    def test_shows_time_per_step_and_in_total(self, client, learning):
        html = html_of(client, learning["pathway"])
        assert "12 minutes" in html
        assert "10 minutes" in html
        assert "about 22 minutes of reading" in html

    def test_completion_rule_is_stated(self, client, learning):
        pathway = learning["pathway"]
        assert "Complete every required step" in html_of(client, pathway)
        pathway.completion_rule = "m_of_n"
        pathway.required_count = 2
        pathway.issues_certificate = True
        pathway.save_revision().publish()
        html = html_of(client, pathway)
        assert "Complete 2 of the 3 steps" in html
        assert "certificate" in html

    def test_step_definitions_shape(self, learning):
        definitions = learning["pathway"].step_definitions()
        assert [d["kind"] for d in definitions] == ["survey", "module", "module"]
        assert [d["required"] for d in definitions] == [True, True, False]
        survey, module, _ = definitions
        assert survey["target"] == str(learning["survey"].translation_key)
        assert survey["phase"] == "pre"
        assert module["target"] == str(learning["module"].translation_key)
        assert module["estimated_minutes"] == 12
        assert module["step_id"] == learning["pathway"].steps[1].id

    def test_spanish_step_definitions_match_the_english_ones(self, learning):
        english = learning["pathway"].step_definitions()
        spanish = PathwayPage.objects.get(pk=learning["pathway_es"].pk).step_definitions()
        keys = ["step_id", "kind", "required", "target"]
        assert [[d[k] for k in keys] for d in spanish] == [[d[k] for k in keys] for d in english]
        assert spanish[1]["title"] == "Cómo ver las calificaciones"
        # The phase first: a pathway's three surveys share one instrument (named so here).
        assert spanish[0]["title"] == "Antes de empezar: Antes de empezar"

    @pytest.mark.parametrize(
        "required_count, valid",
        [(0, False), (1, False), (2, True), (3, True), (4, False)],
        ids=["zero", "below-required", "required", "all", "more-than-steps"],
    )
    def test_m_of_n_needs_a_count_between_required_and_all(self, learning, required_count, valid):
        pathway = learning["pathway"]  # 3 steps, 2 of them required
        pathway.completion_rule = "m_of_n"
        pathway.required_count = required_count
        if valid:
            pathway.full_clean()
        else:
            with pytest.raises(ValidationError) as error:
                pathway.full_clean()
            assert "required_count" in error.value.message_dict

    def test_the_all_rule_ignores_the_count(self, learning):
        pathway = learning["pathway"]
        pathway.required_count = 9
        pathway.full_clean()

    def test_a_deleted_module_leaves_the_page_readable(self, client, learning):
        learning["staff_module"].delete()
        html = html_of(client, learning["pathway"])
        assert "This step is not available" in html


class TestLearningIndex:
    @pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])
    def test_lists_the_pathways_and_modules_of_its_language(self, client, learning, language):
        page = learning["learn"] if language == "en" else learning["learn_es"]
        html = html_of(client, page)
        if language == "en":
            assert "How to check grades" in html
            assert "Partnering with your child" in html
            assert "Cómo ver las calificaciones" not in html
        else:
            assert "Cómo ver las calificaciones" in html
            assert "Colaborar con la escuela" in html
            assert "How to check grades" not in html
            assert "Welcoming families" not in html  # not translated

    @pytest.mark.parametrize(
        "language, slug", [("en", "parents"), ("es", "familias")], ids=["english", "spanish"]
    )
    def test_filters_by_audience(self, client, learning, language, slug):
        page = learning["learn"] if language == "en" else learning["learn_es"]
        html = html_of(client, page, f"?audience={slug}")
        module = learning["module"] if language == "en" else learning["module_es"]
        assert module.title in html
        assert "Welcoming families" not in html
        assert f'<option value="{slug}" selected>' in html

    def test_staff_filter(self, client, learning):
        html = html_of(client, learning["learn"], "?audience=staff")
        assert "Welcoming families at the front office" in html
        assert "How to check grades" not in html

    def test_routing_finds_modules_and_pathways_and_nothing_else(self, client, learning):
        draft = HowToModulePageFactory(parent=learning["learn"], slug="draft", live=False)
        learn = learning["learn"].url
        assert client.get(learn + "check-grades/").context["page"].pk == learning["module"].pk
        assert client.get(learn + "partnering/").context["page"].pk == learning["pathway"].pk
        for path in ["nobody/", f"{draft.slug}/", "check-grades/deeper/"]:
            assert client.get(learn + path).status_code == 404, path

    def test_unknown_audience_shows_everything(self, client, learning):
        html = html_of(client, learning["learn"], "?audience=nobody")
        assert "How to check grades" in html
        assert "Welcoming families" in html


class EditorCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site()
        cls.learn, cls.learn_es = build_learning_index(tree)
        cls.module = HowToModulePageFactory(parent=cls.learn, slug="m")
        cls.pathway = PathwayPageFactory(
            parent=cls.learn, slug="p", steps=stream(module_step(cls.module))
        )
        cls.editor = cls.create_superuser("editor")

    def edit_form_data(self, page):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        self.client.logout()
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        for field in page.specific_class._meta.get_fields():
            if isinstance(field, StreamField):
                data.setdefault(f"{field.name}-count", "0")
        return data


class TestEditing(EditorCase):
    def test_editable_and_previewable(self):
        for page in [self.learn, self.learn_es, self.module, self.pathway]:
            with self.subTest(page.specific_class.__name__):
                page = page.specific
                revisions = page.revisions.count()
                data = self.edit_form_data(page)
                self.assertPageIsEditable(page, post_data=data)
                self.assertEqual(page.revisions.count(), revisions + 1)
                self.assertPageIsPreviewable(page, post_data=data)

    def test_renderable(self):
        for page in [self.learn, self.learn_es, self.module, self.pathway]:
            with self.subTest(page.specific_class.__name__):
                self.assertPageIsRenderable(page)


@pytest.fixture(autouse=False)
def _render_every_time(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


def rendered_queries(client, url):
    """Queries of one anonymous render, once the shared caches are warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    return len(queries)


@pytest.mark.usefixtures("_render_every_time")
class TestQueryBudgets:
    @pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])
    def test_text_module_within_budget(self, client, learning, language):
        page = learning["module"] if language == "en" else learning["module_es"]
        assert rendered_queries(client, page.url) <= MODULE_BUDGET - 1

    def test_module_with_every_block_within_budget(self, client, learning):
        from django.core.files.base import ContentFile

        from wagtail.documents.models import Document

        handout = Document(title="Conference checklist")
        handout.file.save("checklist.pdf", ContentFile(b"%PDF-1.4"), save=False)
        handout.save()
        photo = ImageFactory(title="Parent and teacher")
        rich_body = stream(
            ("paragraph", "<p>Intro.</p>"),
            ("image", {"image": photo.pk, "alt_text": "A parent meets a teacher", "caption": ""}),
            (
                "documents",
                {"heading": "Handouts", "documents": list_items([{"document": handout.pk}])},
            ),
            ("steps", {"heading": "Do it", "steps": [{"title": "One", "text": "Go."}]}),
            ("callout", {"kind": "tip", "text": "<p>Tip.</p>"}),
            ("checklist", {"heading": "Bring", "items": ["A", "B"]}),
            ("activity", {"title": "Talk", "text": "<p>Ask.</p>", "time_needed": "5 minutes"}),
            (
                "video",
                {
                    "title": "Tour",
                    "url": "https://youtu.be/aqz-KE-bpKQ",
                    "document": None,
                    "transcript": "Words.",
                },
            ),
        )
        module = learning["module"]
        module.body = rich_body
        module.save_revision().publish()
        module_es = publish_translation(module, "es", body=module.body)
        # The Spanish site costs one query more than the English one whatever the page:
        # the portal finds the Spanish home from the site's (English) root.
        budgets = {module.url: MODULE_BUDGET, module_es.url: MODULE_BUDGET + 1}
        for page in [module, module_es]:
            count = rendered_queries(client, page.url)
            assert count <= budgets[page.url], f"{page.url}: {count} queries"
            html = client.get(page.url).content.decode()
            assert 'alt="A parent meets a teacher"' in html
            assert f'href="{handout.url}"' in html
            assert html.count('<li class="steps__item">') == 1
            assert 'class="callout callout--tip"' in html
            assert 'class="activity"' in html
            assert "youtube-nocookie.com/embed/aqz-KE-bpKQ" in html

    def test_pathway_queries_do_not_grow_with_steps(self, client, learning):
        learn = learning["learn"]
        modules = [
            HowToModulePageFactory(parent=learn, slug=f"extra-{n}", estimated_minutes=5)
            for n in range(6)
        ]
        for module in modules[:3]:
            publish_translation(module, "es", slug=f"extra-es-{module.pk}")
        surveys = [SelfEfficacyInstrumentFactory() for _ in range(2)]

        def pathway(slug, step_modules, step_surveys):
            return PathwayPageFactory(
                parent=learn,
                slug=slug,
                steps=stream(
                    *[survey_step(s) for s in step_surveys],
                    *[module_step(m) for m in step_modules],
                ),
            )

        short = pathway("short", modules[:1], surveys[:1])
        long = pathway("long", modules, surveys)
        short_count = rendered_queries(client, short.url)
        long_count = rendered_queries(client, long.url)
        assert long_count == short_count <= MODULE_BUDGET + 1  # + the instruments
        html = client.get(long.url).content.decode()
        assert html.count('class="pathway-step ') == 8
        assert "about 30 minutes of reading" in html

    def test_learning_index_queries_do_not_grow(self, client, learning):
        before = rendered_queries(client, learning["learn"].url)
        for n in range(4):
            HowToModulePageFactory(parent=learning["learn"], slug=f"more-{n}")
            PathwayPageFactory(parent=learning["learn"], slug=f"more-p-{n}")
        after = rendered_queries(client, learning["learn"].url)
        assert after == before <= MODULE_BUDGET + 1  # + the audiences to filter by


class TestQuizInTheAdmin(EditorCase):
    """An editor's invalid question is refused with a message on the form, not a crash."""

    def quiz_post(self, choices, kind="single"):
        data = self.edit_form_data(self.module)
        prefix = "quiz_questions-0"
        data.update(
            {
                "quiz_questions-count": "1",
                f"{prefix}-type": "question",
                f"{prefix}-deleted": "",
                f"{prefix}-order": "0",
                f"{prefix}-id": "11111111-1111-1111-1111-111111111111",
                f"{prefix}-value-kind": kind,
                f"{prefix}-value-prompt": "Where are grades?",
                f"{prefix}-value-explanation": "",
                f"{prefix}-value-choices-count": str(len(choices)),
            }
        )
        for n, (text, correct) in enumerate(choices):
            item = f"{prefix}-value-choices-{n}"
            data.update(
                {
                    f"{item}-deleted": "",
                    f"{item}-order": str(n),
                    f"{item}-id": f"22222222-2222-2222-2222-00000000000{n}",
                    f"{item}-value-text": text,
                    f"{item}-value-feedback": "",
                }
            )
            if correct:
                data[f"{item}-value-correct"] = "on"
        return data

    def post(self, data):
        self.client.force_login(self.editor)
        return self.client.post(f"/admin/pages/{self.module.pk}/edit/", data)

    def test_invalid_question_is_refused_on_the_form(self):
        revisions = self.module.revisions.count()
        response = self.post(self.quiz_post([("Portal", False), ("Paper", False)]))
        self.assertEqual(response.status_code, 200)
        self.assertIn("Mark exactly one choice as correct.", response.content.decode())
        self.assertEqual(self.module.revisions.count(), revisions)

    def test_valid_question_is_saved_with_its_ids(self):
        response = self.post(self.quiz_post([("Portal", True), ("Paper", False)]))
        self.assertEqual(response.status_code, 302)
        draft = HowToModulePage.objects.get(pk=self.module.pk).get_latest_revision_as_object()
        definition = draft.quiz_definition()
        question = definition["questions"][0]
        self.assertEqual(question["question_id"], "11111111-1111-1111-1111-111111111111")
        self.assertEqual(
            [c["choice_id"] for c in question["choices"]],
            ["22222222-2222-2222-2222-000000000000", "22222222-2222-2222-2222-000000000001"],
        )
        self.assertEqual([c["correct"] for c in question["choices"]], [True, False])
