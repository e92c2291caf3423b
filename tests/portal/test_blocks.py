"""Every block in portal/blocks.py renders with its template and validates what editors enter."""

import socket
from unittest import mock

import pytest
import wagtail_factories

from django.core.exceptions import ValidationError
from django.test import RequestFactory

from wagtail import blocks as wagtail_blocks
from wagtail.models import Collection
from wagtail.rich_text import RichText

from portal import blocks
from tests.factories import CenterPageFactory, ImageFactory, StandardPageFactory


def render(block, raw, request=None):
    """Render a block from its stored (JSON) form, as a StreamField would."""
    value = block.to_python(raw)
    context = {"request": request or RequestFactory().get("/en/")}
    return block.render(value, context=context)


def clean(block, raw):
    return block.clean(block.to_python(raw))


@pytest.fixture
def no_network():
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a block tried to reach the network")

    with (
        mock.patch.object(socket.socket, "connect", refuse),
        mock.patch.object(socket, "create_connection", refuse),
        mock.patch.object(socket, "getaddrinfo", refuse),
    ):
        yield


@pytest.fixture
def image(db):
    return ImageFactory(title="Parents at a workshop")


@pytest.fixture
def document(db):
    return wagtail_factories.DocumentFactory(
        title="Volunteer handbook", collection=Collection.get_first_root_node()
    )


def test_every_struct_block_describes_itself():
    struct_blocks = [
        obj
        for obj in vars(blocks).values()
        if isinstance(obj, type)
        and issubclass(obj, wagtail_blocks.StructBlock)
        and obj.__module__ == blocks.__name__
    ]
    assert len(struct_blocks) >= 10
    for block_class in struct_blocks:
        meta = block_class()._meta_class
        assert meta.icon, block_class
        assert meta.label, block_class
        assert meta.template and meta.template.startswith("blocks/"), block_class
        assert getattr(meta, "description", None), block_class


class TestHeadingBlock:
    @pytest.mark.parametrize("level", ["h2", "h3", "h4"], ids=["h2", "h3", "h4"])
    def test_renders_the_chosen_level(self, level):
        html = render(blocks.HeadingBlock(), {"text": "Before the first day", "level": level})
        assert html.strip() == f"<{level}>Before the first day</{level}>"

    def test_h1_is_not_a_choice(self):
        with pytest.raises(ValidationError):
            clean(blocks.HeadingBlock(), {"text": "Title", "level": "h1"})

    def test_text_is_escaped(self):
        html = render(blocks.HeadingBlock(), {"text": "<script>x</script>", "level": "h2"})
        assert "<script>" not in html


class TestParagraph:
    def test_renders_rich_text(self):
        block = blocks.BodyBlock().child_blocks["paragraph"]
        html = block.render(RichText("<p>Read <b>every</b> night.</p>"))
        assert '<div class="rich-text">' in html
        assert "<b>every</b>" in html


class TestImageBlock:
    def test_renders_a_rendition_with_the_alt_text(self, image):
        html = render(
            blocks.ImageWithAltBlock(),
            {"image": image.pk, "alt_text": "Two parents reading", "caption": "Family night"},
        )
        assert 'alt="Two parents reading"' in html
        assert 'loading="lazy"' in html
        assert "<figcaption>Family night</figcaption>" in html
        assert image.get_rendition("width-800").url in html

    def test_missing_alt_text_is_a_validation_error(self, image):
        with pytest.raises(wagtail_blocks.StructBlockValidationError) as error:
            clean(blocks.ImageWithAltBlock(), {"image": image.pk, "alt_text": "", "caption": ""})
        assert "alt_text" in error.value.block_errors

    def test_valid_with_alt_text(self, image):
        value = clean(
            blocks.ImageWithAltBlock(), {"image": image.pk, "alt_text": "A map", "caption": ""}
        )
        assert value["image"] == image


class TestCallToActionBlock:
    def test_links_to_a_page(self, site_tree):
        page = StandardPageFactory(parent=site_tree["home"], slug="workshops")
        raw = {"title": "Join a workshop", "text": "", "page": page.pk, "url": ""}
        html = render(blocks.CallToActionBlock(), {**raw, "button_label": "See workshops"})
        assert 'href="/en/workshops/"' in html
        assert "See workshops" in html
        assert '<h2 class="cta__title">Join a workshop</h2>' in html

    def test_links_to_a_url(self):
        raw = {"title": "Apply", "page": None, "url": "https://example.org/apply"}
        html = render(blocks.CallToActionBlock(), {**raw, "button_label": "Apply now"})
        assert 'href="https://example.org/apply"' in html

    def test_page_or_url_is_valid(self, site_tree):
        page = StandardPageFactory(parent=site_tree["home"])
        for raw in [{"page": page.pk, "url": ""}, {"page": None, "url": "https://example.org/"}]:
            value = clean(blocks.CallToActionBlock(), {"title": "T", "button_label": "Go", **raw})
            assert bool(value["page"]) != bool(value["url"])

    @pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
    def test_needs_exactly_one_of_page_and_url(self, site_tree, both):
        page = StandardPageFactory(parent=site_tree["home"])
        raw = {
            "title": "Join",
            "button_label": "Go",
            "page": page.pk if both else None,
            "url": "https://example.org/" if both else "",
        }
        with pytest.raises(wagtail_blocks.StructBlockValidationError) as error:
            clean(blocks.CallToActionBlock(), raw)
        assert "url" in error.value.block_errors


class TestAccordionBlock:
    RAW = {
        "heading": "Questions families ask",
        "items": [
            {"question": "Do workshops cost anything?", "answer": "<p>No, they are free.</p>"},
            {"question": "Is there childcare?", "answer": "<p>Yes, at every center.</p>"},
        ],
    }

    def test_renders_details_that_work_without_javascript(self):
        html = render(blocks.AccordionBlock(), self.RAW)
        assert "<h2>Questions families ask</h2>" in html
        assert html.count("<details") == 2
        assert "<summary>Do workshops cost anything?</summary>" in html
        assert "<p>Yes, at every center.</p>" in html

    def test_needs_at_least_one_question(self):
        with pytest.raises(ValidationError):
            clean(blocks.AccordionBlock(), {"heading": "", "items": []})


class TestDocumentLinksBlock:
    def test_lists_documents_with_type_and_title(self, document):
        raw = {
            "heading": "Forms",
            "documents": [{"document": document.pk, "label": ""}],
        }
        html = render(blocks.DocumentLinksBlock(), raw)
        assert "<h2>Forms</h2>" in html
        assert f'href="{document.url}"' in html
        assert ">Volunteer handbook</a>" in html
        assert f"({document.file_extension.upper()}" in html

    def test_label_replaces_the_title(self, document):
        raw = {"heading": "", "documents": [{"document": document.pk, "label": "Handbook"}]}
        html = render(blocks.DocumentLinksBlock(), raw)
        assert ">Handbook</a>" in html
        assert "<h2>" not in html


class TestEmbedBlock:
    @pytest.mark.parametrize(
        ("url", "expected"),
        [
            (
                "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
            ),
            (
                "https://youtube.com/watch?feature=share&v=aqz-KE-bpKQ&t=30",
                "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
            ),
            (
                "https://youtu.be/aqz-KE-bpKQ?t=5",
                "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
            ),
            (
                "https://www.youtube.com/shorts/aqz-KE-bpKQ",
                "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
            ),
            ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
            (
                "https://vimeo.com/channels/staffpicks/76979871",
                "https://player.vimeo.com/video/76979871",
            ),
            ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
        ],
        ids=["youtube", "youtube-params", "youtu.be", "shorts", "vimeo", "vimeo-channel", "player"],
    )
    def test_iframe_address_is_computed_locally(self, no_network, url, expected):
        raw = {"url": url, "title": "Parent Portal tour", "transcript": "Open the portal."}
        value = clean(blocks.EmbedBlock(), raw)
        html = blocks.EmbedBlock().render(value)
        assert f'<iframe src="{expected}"' in html
        assert 'title="Parent Portal tour"' in html
        assert "Open the portal." in html

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.org/video/123",
            "https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ",
            "https://www.youtube.com/watch?v=short",
            "https://vimeo.com/76979871/../../evil",
            "javascript:alert(1)",
        ],
        ids=["unknown-host", "lookalike-host", "bad-id", "vimeo-path", "javascript"],
    )
    def test_other_links_are_a_validation_error(self, no_network, url):
        with pytest.raises(ValidationError):
            clean(blocks.EmbedBlock(), {"url": url, "title": "A video"})

    def test_an_unrecognised_stored_link_renders_no_iframe(self, no_network):
        html = render(blocks.EmbedBlock(), {"url": "https://example.org/v", "title": "A video"})
        assert "<iframe" not in html
        assert 'href="https://example.org/v"' in html

    def test_the_body_stream_renders_an_embed_without_network(self, no_network, site_tree, client):
        page = StandardPageFactory(
            parent=site_tree["home"],
            slug="video",
            body=[("embed", {"url": "https://youtu.be/aqz-KE-bpKQ", "title": "Tour"})],
        )
        response = client.get(page.url)
        assert response.status_code == 200
        assert b"https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" in response.content


class TestEntryPointBlock:
    def test_renders_a_way_in(self, site_tree):
        page = StandardPageFactory(parent=site_tree["home"], slug="families")
        raw = {
            "title": "Parents and families",
            "text": "Workshops and help.",
            "page": page.pk,
            "link_label": "Start here",
        }
        html = render(blocks.EntryPointBlock(), raw)
        assert '<h3 class="entry-point__title">Parents and families</h3>' in html
        assert 'href="/en/families/"' in html
        assert "Start here" in html

    def test_needs_a_page(self):
        with pytest.raises(ValidationError):
            clean(
                blocks.EntryPointBlock(),
                {"title": "Staff", "text": "PD.", "page": None, "link_label": "Go"},
            )


class TestOpeningHoursBlock:
    def test_renders_a_table_row(self):
        html = render(blocks.OpeningHoursBlock(), {"days": "Mon–Thu", "hours": "8:00–4:30"})
        assert html.strip() == '<tr><th scope="row">Mon–Thu</th><td>8:00–4:30</td></tr>'

    def test_center_page_shows_its_hours(self, site_tree, client):
        center = CenterPageFactory(
            parent=site_tree["centers"],
            hours=[
                ("hours", {"days": "Mon–Thu", "hours": "8:00–4:30"}),
                ("hours", {"days": "Sat", "hours": "9:00–12:00"}),
            ],
        )
        html = client.get(center.url).content.decode()
        assert '<tr><th scope="row">Mon–Thu</th><td>8:00–4:30</td></tr>' in html
        assert '<tr><th scope="row">Sat</th><td>9:00–12:00</td></tr>' in html


def test_a_body_with_every_block_renders_on_a_page(site_tree, client, image, document):
    target = StandardPageFactory(parent=site_tree["home"], slug="target", title="Target")
    page = StandardPageFactory(
        parent=site_tree["home"],
        slug="everything",
        body=[
            ("heading", {"text": "How to talk to your child's teacher", "level": "h2"}),
            ("paragraph", RichText("<p>Start with a question.</p>")),
            ("image", {"image": image, "alt_text": "A teacher and a parent", "caption": ""}),
            (
                "call_to_action",
                {"title": "Next step", "page": target, "url": "", "button_label": "Go on"},
            ),
            (
                "accordion",
                {"heading": "FAQ", "items": [{"question": "Free?", "answer": RichText("Yes")}]},
            ),
            ("documents", {"heading": "Forms", "documents": [{"document": document}]}),
            ("embed", {"url": "https://vimeo.com/76979871", "title": "Welcome"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<h2>How to talk to your child&#x27;s teacher</h2>" in html
    assert "<p>Start with a question.</p>" in html
    assert 'alt="A teacher and a parent"' in html
    assert 'href="/en/target/"' in html
    assert "<summary>Free?</summary>" in html
    assert document.url in html
    assert "https://player.vimeo.com/video/76979871" in html
