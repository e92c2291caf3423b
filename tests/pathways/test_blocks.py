"""Module, quiz, pathway and instrument blocks: they describe themselves, validate and render."""

import inspect
import json

import pytest

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail import blocks
from wagtail.documents.models import Document

from pathways import blocks as pathway_blocks
from pathways.factories import choice, list_items


def struct_blocks():
    return [
        cls
        for _, cls in inspect.getmembers(pathway_blocks, inspect.isclass)
        if issubclass(cls, blocks.StructBlock)
        and cls.__module__.startswith(pathway_blocks.__name__)
    ]


def test_every_struct_block_is_found():
    assert len(struct_blocks()) >= 10


@pytest.mark.parametrize("block_class", struct_blocks(), ids=lambda cls: cls.__name__)
def test_every_struct_block_describes_itself(block_class):
    meta = block_class().meta
    assert meta.icon and meta.icon != "placeholder"
    assert meta.label and meta.description
    assert meta.template and meta.template.startswith("pathways/blocks/")


def render(block, raw, language="en", context=None):
    with translation.override(language):
        return block.render(block.to_python(raw), context=context or {})


@pytest.fixture
def video_document(db):
    document = Document(title="Parent Portal tour")
    document.file.save("tour.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=False)
    document.save()
    return document


LANGUAGES = pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])


class TestStepsBlock:
    VALUE = {
        "heading": "Check grades",
        "steps": list_items(
            [
                {"title": "Open the portal", "text": "Use your email."},
                {"title": "Choose </script><b>x</b>", "text": ""},
            ]
        ),
    }

    @LANGUAGES
    def test_renders_an_ordered_list_with_how_to_data(self, language):
        html = render(pathway_blocks.StepsBlock(), self.VALUE, language)
        assert html.count('<li class="steps__item">') == 2
        assert html.index("Open the portal") < html.index("Choose")
        script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        data = json.loads(script)
        assert data["@type"] == "HowTo"
        assert data["name"] == "Check grades"
        assert [step["position"] for step in data["step"]] == [1, 2]
        assert data["step"][1]["name"] == "Choose </script><b>x</b>"
        # The step's title cannot close the script element early.
        assert "</script><b>" not in script
        assert "&lt;/script&gt;" in html.split("<script")[0]


class TestModuleVideoBlock:
    block = pathway_blocks.ModuleVideoBlock()

    @LANGUAGES
    def test_an_uploaded_file_plays_in_the_page(self, video_document, language):
        raw = {"title": "Tour", "document": video_document.pk, "url": "", "transcript": "Hello."}
        html = render(self.block, raw, language)
        assert '<video class="video__player" controls preload="none"' in html
        assert f'<source src="{video_document.url}" type="video/mp4">' in html
        assert "<iframe" not in html
        assert "<details" in html and "Hello." in html

    @LANGUAGES
    def test_a_link_embeds_without_asking_the_video_site(self, language, monkeypatch):
        import urllib.request

        def no_network(*args, **kwargs):
            raise AssertionError("no network call at render")

        monkeypatch.setattr(urllib.request, "urlopen", no_network)
        raw = {"title": "Tour", "document": None, "url": "https://youtu.be/aqz-KE-bpKQ",
               "transcript": "Words."}  # fmt: skip
        html = render(self.block, raw, language)
        assert 'src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"' in html
        assert 'title="Tour"' in html
        assert "Words." in html

    @pytest.mark.parametrize(
        "fields, error_field",
        [
            ({"document": None, "url": ""}, "url"),
            ({"url": "https://youtu.be/aqz-KE-bpKQ"}, "url"),
            ({"document": None, "url": "https://example.org/video"}, "url"),
            ({"document": None, "url": "https://youtu.be/aqz-KE-bpKQ", "transcript": ""}, None),
        ],
        ids=["neither", "both", "not-a-video-site", "no-transcript"],
    )
    def test_needs_one_source_and_a_transcript(self, video_document, fields, error_field):
        raw = {"title": "Tour", "document": video_document.pk, "url": "", "transcript": "Hi."}
        raw.update(fields)
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self.block.to_python(raw))
        expected = error_field or "transcript"
        assert expected in error.value.block_errors

    def test_other_documents_are_refused(self, db):
        document = Document(title="Flyer")
        document.file.save("flyer.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document.save()
        raw = {"title": "Flyer", "document": document.pk, "url": "", "transcript": "Hi."}
        with pytest.raises(blocks.StructBlockValidationError) as error:
            self.block.clean(self.block.to_python(raw))
        assert "document" in error.value.block_errors

    def test_a_valid_link_passes(self, db):
        raw = {"title": "T", "document": None, "url": "https://vimeo.com/76979871",
               "transcript": "Hi."}  # fmt: skip
        self.block.clean(self.block.to_python(raw))


class TestCalloutActivityChecklist:
    @LANGUAGES
    @pytest.mark.parametrize("kind", ["tip", "important"], ids=["tip", "important"])
    def test_callout_kinds(self, language, kind):
        html = render(
            pathway_blocks.CalloutBlock(), {"kind": kind, "text": "<p>Ask.</p>"}, language
        )
        assert f'class="callout callout--{kind}"' in html
        assert "<p>Ask.</p>" in html
        with translation.override(language):
            from django.utils.translation import gettext

            assert gettext("Important" if kind == "important" else "Tip") in html

    @LANGUAGES
    def test_activity_shows_time_needed(self, language):
        raw = {"title": "Read together", "text": "<p>Pick a book.</p>", "time_needed": "15 min"}
        html = render(pathway_blocks.ActivityBlock(), raw, language)
        assert '<h2 class="activity__title">Read together</h2>' in html
        assert "15 min" in html
        raw["time_needed"] = ""
        assert "activity__time" not in render(pathway_blocks.ActivityBlock(), raw, language)

    @LANGUAGES
    def test_checklist_items_are_labelled_checkboxes(self, language):
        items = list_items(["Report card", "Questions"])
        html = render(
            pathway_blocks.ChecklistBlock(), {"heading": "Bring", "items": items}, language
        )
        assert '<legend class="checklist__heading">Bring</legend>' in html
        for item in items:
            assert f'<input type="checkbox" id="checklist-{item["id"]}"' in html
            assert f'<label for="checklist-{item["id"]}">{item["value"]}</label>' in html


class TestQuestionBlock:
    block = pathway_blocks.QuestionBlock()

    def raw(self, kind, choices):
        return {"kind": kind, "prompt": "Q?", "choices": list_items(choices), "explanation": ""}

    @pytest.mark.parametrize(
        "kind, choices, valid",
        [
            ("single", [choice("A", True), choice("B")], True),
            ("single", [choice("A"), choice("B")], False),
            ("multiple", [choice("A", True), choice("B", True)], True),
            ("multiple", [choice("A"), choice("B")], False),
            ("true_false", [choice("T", True), choice("F")], True),
            ("true_false", [choice("T", True), choice("F"), choice("?")], False),
        ],
        ids=["single", "single-none", "multiple", "multiple-none", "tf", "tf-three"],
    )
    def test_admin_validation(self, kind, choices, valid):
        value = self.block.to_python(self.raw(kind, choices))
        if valid:
            self.block.clean(value)
        else:
            with pytest.raises(blocks.StructBlockValidationError) as error:
                self.block.clean(value)
            assert "choices" in error.value.block_errors

    def test_needs_two_choices(self):
        with pytest.raises(blocks.StructBlockValidationError):
            self.block.clean(self.block.to_python(self.raw("single", [choice("A", True)])))

    @LANGUAGES
    def test_preview_marks_the_correct_choice(self, language):
        html = render(
            self.block, self.raw("single", [choice("A", True, "Yes"), choice("B")]), language
        )
        assert html.count("badge--success") == 1
        assert "Yes" in html
        assert "<input" not in html


@pytest.mark.parametrize(
    "block, raw, expected",
    [
        (
            pathway_blocks.ItemBlock(),
            {"text": "I can help.", "subscale": "learning", "reverse_scored": True},
            "I can help.",
        ),  # fmt: skip
        (pathway_blocks.SubscaleBlock(), {"key": "school", "label": "The school"}, "The school"),
    ],
    ids=["item", "subscale"],
)
@LANGUAGES
def test_instrument_blocks_render(block, raw, expected, language):
    html = render(block, raw, language)
    assert expected in html
    assert html.strip().startswith("<li")


def test_subscale_keys_are_codes():
    block = pathway_blocks.SubscaleBlock()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"key": "Helping Kids!", "label": "x"}))
    block.clean(block.to_python({"key": "helping_kids", "label": "x"}))


def test_pathway_steps_choose_only_modules_instruments_and_workshops():
    steps = pathway_blocks.PathwayStepsBlock()
    assert set(steps.child_blocks) == {"module", "survey", "event"}
    module = steps.child_blocks["module"].child_blocks["module"]
    assert [m._meta.label for m in module.target_models] == ["pathways.HowToModulePage"]
    survey = steps.child_blocks["survey"].child_blocks["instrument"]
    assert survey.target_model._meta.label == "pathways.SelfEfficacyInstrument"
    event = steps.child_blocks["event"].child_blocks["event"]
    assert [m._meta.label for m in event.target_models] == ["events.EventPage"]
    topic = steps.child_blocks["event"].child_blocks["topic"]
    assert topic.target_model._meta.label == "events.Topic"
    assert steps.child_blocks["module"].child_blocks["required"].get_default() is True
