"""Self-efficacy instruments: validation, the definition scoring reads, translation, admin."""

import uuid

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse

from pathways.factories import stream
from pathways.models import SelfEfficacyInstrument
from tests.factories import SelfEfficacyInstrumentFactory, UserFactory, translate_snippet


@pytest.fixture
def instrument(db):
    return SelfEfficacyInstrumentFactory(name="How sure are you?")


def item(text, subscale, reverse=False):
    return ("item", {"text": text, "subscale": subscale, "reverse_scored": reverse})


class TestValidation:
    def test_the_factory_instrument_is_valid(self, instrument):
        instrument.full_clean()

    @pytest.mark.parametrize(
        "low, high, labels, valid",
        [
            (1, 5, 5, True),
            (1, 5, 4, False),
            (1, 5, 6, False),
            (0, 4, 5, True),
            (1, 4, 4, True),
            (1, 4, 5, False),
            (3, 3, 1, False),
            (5, 1, 5, False),
        ],
        ids=["1-5", "too-few", "too-many", "0-4", "1-4", "1-4-five", "one-point", "reversed"],
    )
    def test_one_label_per_point(self, instrument, low, high, labels, valid):
        instrument.scale_low, instrument.scale_high = low, high
        instrument.scale_labels = stream(*[("label", f"Point {n}") for n in range(labels)])
        if valid:
            instrument.full_clean()
        else:
            with pytest.raises(ValidationError) as error:
                instrument.full_clean()
            assert {"scale_labels", "scale_high"} & set(error.value.message_dict)

    def test_items_must_use_a_known_subscale(self, instrument):
        instrument.items = stream(item("I can help.", "learning"), item("I can ask.", "schol"))
        with pytest.raises(ValidationError) as error:
            instrument.full_clean()
        message = " ".join(error.value.message_dict["items"])
        assert "schol" in message
        assert "learning, school" in message

    def test_subscale_keys_are_unique(self, instrument):
        instrument.subscales = stream(
            ("subscale", {"key": "school", "label": "A"}),
            ("subscale", {"key": "school", "label": "B"}),
        )
        instrument.items = stream(item("I can ask.", "school"))
        with pytest.raises(ValidationError) as error:
            instrument.full_clean()
        assert "subscales" in error.value.message_dict


class TestDefinition:
    def test_shape(self, instrument):
        definition = instrument.definition()
        assert definition["instrument_key"] == str(instrument.translation_key)
        assert (definition["scale_low"], definition["scale_high"]) == (1, 5)
        assert [label["value"] for label in definition["scale_labels"]] == [1, 2, 3, 4, 5]
        assert definition["scale_labels"][0]["label"] == "Not at all sure"
        assert definition["subscales"] == [
            {"key": "learning", "label": "Helping my child learn"},
            {"key": "school", "label": "Working with the school"},
        ]
        assert [i["subscale"] for i in definition["items"]] == [
            "learning",
            "learning",
            "school",
            "school",
        ]
        assert [i["reverse_scored"] for i in definition["items"]] == [False, True, False, False]
        ids = [i["item_id"] for i in definition["items"]]
        assert all(ids) and len(set(ids)) == 4
        assert ids == [block.id for block in instrument.items]

    def test_the_spanish_copy_shares_item_ids(self, instrument):
        spanish = translate_snippet(instrument, "es", name="¿Qué tan seguro está?")
        spanish = SelfEfficacyInstrument.objects.get(pk=spanish.pk)
        english, translated = instrument.definition(), spanish.definition()
        assert translated["instrument_key"] == english["instrument_key"]
        assert [i["item_id"] for i in translated["items"]] == [
            i["item_id"] for i in english["items"]
        ]
        assert translated["name"] == "¿Qué tan seguro está?"
        assert spanish.live


class TestAdmin:
    @pytest.fixture
    def editor(self, db):
        return UserFactory(is_superuser=True, is_staff=True)

    def test_listed_under_learning(self, client, editor, instrument):
        client.force_login(editor)
        url = reverse("wagtailsnippets_pathways_selfefficacyinstrument:list")
        response = client.get(url)
        assert response.status_code == 200
        assert "How sure are you?" in response.content.decode()
        admin = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Learning" in admin

    def test_edit_and_preview(self, client, editor, instrument):
        client.force_login(editor)
        edit = reverse("wagtailsnippets_pathways_selfefficacyinstrument:edit", args=[instrument.pk])
        assert client.get(edit).status_code == 200
        html = instrument.make_preview_request().content.decode()
        assert "<h1>How sure are you?</h1>" in html
        assert html.count('class="instrument__item"') == 4
        assert "Completely sure" in html


def instrument_post(labels, item_subscale="school"):
    """The snippet edit form as a browser posts it (StreamField inputs are built by JS)."""

    def stream_fields(name, values):
        data = {f"{name}-count": str(len(values))}
        for n, (kind, value) in enumerate(values):
            data.update(
                {f"{name}-{n}-type": kind, f"{name}-{n}-deleted": "", f"{name}-{n}-order": str(n)}
            )
            data[f"{name}-{n}-id"] = str(uuid.uuid4())
            if isinstance(value, dict):
                data.update({f"{name}-{n}-value-{k}": v for k, v in value.items()})
            else:
                data[f"{name}-{n}-value"] = value
        return data

    return {
        "name": "How sure are you?",
        "intro": "",
        "scale_low": "1",
        "scale_high": "5",
        **stream_fields("scale_labels", [("label", f"Point {n}") for n in range(labels)]),
        **stream_fields("subscales", [("subscale", {"key": "school", "label": "School"})]),
        **stream_fields(
            "items", [("item", {"text": "I can ask the teacher.", "subscale": item_subscale})]
        ),
    }


@pytest.mark.parametrize(
    "labels, subscale, message",
    [(4, "school", "Give one label per point"), (5, "schol", "Unknown subscale key")],
    ids=["labels", "subscale"],
)
def test_admin_form_shows_the_rule_broken(client, instrument, labels, subscale, message):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    edit = reverse("wagtailsnippets_pathways_selfefficacyinstrument:edit", args=[instrument.pk])
    response = client.post(edit, instrument_post(labels, subscale))
    assert response.status_code == 200
    assert message in response.content.decode()
    instrument.refresh_from_db()
    assert len(instrument.scale_labels) == 5


def test_admin_form_saves_a_valid_instrument(client, instrument):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    edit = reverse("wagtailsnippets_pathways_selfefficacyinstrument:edit", args=[instrument.pk])
    response = client.post(edit, instrument_post(5))
    assert response.status_code == 302
    instrument.refresh_from_db()
    latest = instrument.get_latest_revision_as_object()
    assert [i["subscale"] for i in latest.definition()["items"]] == ["school"]
