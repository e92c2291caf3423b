"""Page types: where each may be created, and that each renders and can be edited."""

from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from portal.models import CenterIndexPage, CenterPage, HomePage, StandardPage
from tests.factories import (
    CenterPageFactory,
    RegionFactory,
    StandardPageFactory,
    build_site,
    publish_translation,
)


class TestPageTree(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # Each app's section names the home page as its parent; nothing else goes there.
        allowed = set(HomePage.allowed_subpage_models())
        self.assertLessEqual({StandardPage, CenterIndexPage}, allowed)
        self.assertNotIn(Page, allowed)
        for model in allowed:
            self.assertIn(HomePage, model.allowed_parent_page_models(), model)
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)
        self.assertCanNotCreateAt(CenterIndexPage, StandardPage)

    def test_center_index_page(self):
        self.assertAllowedParentPageTypes(CenterIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CenterIndexPage, {CenterPage})
        self.assertCanNotCreateAt(StandardPage, CenterIndexPage)
        self.assertCanNotCreateAt(Page, CenterIndexPage)

    def test_center_page(self):
        self.assertAllowedParentPageTypes(CenterPage, {CenterIndexPage})
        self.assertAllowedSubpageTypes(CenterPage, set())
        self.assertCanNotCreateAt(HomePage, CenterPage)
        self.assertCanNotCreateAt(StandardPage, CenterPage)


class SiteTreeMixin:
    @classmethod
    def setUpTestData(cls):
        tree = build_site()
        cls.home = tree["home"]
        cls.home_es = tree["home_es"]
        cls.centers = tree["centers"]
        cls.centers_es = tree["centers_es"]
        cls.about = StandardPageFactory(parent=cls.home, title="About the office", slug="about")
        cls.about_child = StandardPageFactory(parent=cls.about, title="Our team", slug="team")
        cls.region = RegionFactory(name="North")
        cls.center = CenterPageFactory(
            parent=cls.centers, title="North Family Engagement Center", region=cls.region
        )
        cls.center_es = publish_translation(
            cls.center, "es", title="Centro de Participación Familiar Norte"
        )
        # Pages were added below these after they were loaded (treebeard's numchild).
        for page in [cls.home, cls.home_es, cls.centers, cls.centers_es]:
            page.refresh_from_db()


class TestCreationLimits(SiteTreeMixin, WagtailPageTestCase):
    def test_one_home_page_per_language_root(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))

    def test_one_centers_index_per_home(self):
        self.assertFalse(CenterIndexPage.can_create_at(self.home))
        self.assertFalse(CenterIndexPage.can_create_at(self.home_es))

    def test_centers_live_under_either_language_index(self):
        self.assertTrue(CenterPage.can_create_at(self.centers))
        self.assertTrue(CenterPage.can_create_at(self.centers_es))


class TestEveryPageRenders(SiteTreeMixin, WagtailPageTestCase):
    def pages(self):
        return {
            "home-en": self.home,
            "home-es": self.home_es,
            "standard": self.about,
            "standard-child": self.about_child,
            "centers-en": self.centers,
            "centers-es": self.centers_es,
            "center-en": self.center,
            "center-es": self.center_es,
        }

    def test_renderable(self):
        for name, page in self.pages().items():
            with self.subTest(name):
                self.assertPageIsRenderable(page)

    def test_rendered_in_the_page_language(self):
        for name, page in self.pages().items():
            with self.subTest(name):
                html = self.client.get(page.url).content.decode()
                self.assertIn(f'<html lang="{page.locale.language_code}"', html)
                self.assertIn(page.title, html)

    def test_center_page_shows_its_facts(self):
        html = self.client.get(self.center.url).content.decode()
        self.assertIn(self.center.street_address, html)
        self.assertIn("North", html)
        self.assertIn(f'href="tel:{self.center.phone.as_e164}"', html)

    def test_center_index_lists_centers_of_its_language(self):
        english = self.client.get(self.centers.url).content.decode()
        spanish = self.client.get(self.centers_es.url).content.decode()
        self.assertIn("North Family Engagement Center", english)
        self.assertNotIn("Centro de Participación Familiar Norte", english)
        self.assertIn("Centro de Participación Familiar Norte", spanish)
        self.assertNotIn("North Family Engagement Center", spanish)


class TestEveryPageIsEditable(SiteTreeMixin, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = cls.create_superuser("editor")

    def edit_form_data(self, page):
        """The edit form as posted by a browser; StreamField inputs are built by JS."""
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        self.client.logout()
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        for field in page.specific_class._meta.get_fields():
            if isinstance(field, StreamField):
                data.setdefault(f"{field.name}-count", "0")
        return data

    def test_editable(self):
        pages = {
            "home": self.home,
            "home-es": self.home_es,
            "standard": self.about,
            "centers": self.centers,
            "center": self.center,
        }
        for name, page in pages.items():
            with self.subTest(name):
                revisions = page.revisions.count()
                self.assertPageIsEditable(page, post_data=self.edit_form_data(page))
                # The post was valid: Wagtail saved a new draft revision.
                self.assertEqual(page.revisions.count(), revisions + 1)

    def test_previewable(self):
        for page in [self.home, self.about, self.centers, self.center]:
            with self.subTest(page.specific_class.__name__):
                self.assertPageIsPreviewable(page, post_data=self.edit_form_data(page))


class TestBasePageFields(SiteTreeMixin, WagtailPageTestCase):
    def test_summary_prefers_the_listing_summary(self):
        page = StandardPageFactory(
            parent=self.home, intro="A long introduction.", listing_summary="Short."
        )
        self.assertEqual(page.summary, "Short.")
        page.listing_summary = ""
        self.assertEqual(page.summary, "A long introduction.")

    def test_every_page_type_shares_the_base_fields(self):
        for model in [HomePage, StandardPage, CenterIndexPage, CenterPage]:
            with self.subTest(model.__name__):
                names = {field.name for field in model._meta.get_fields()}
                self.assertTrue(
                    {"intro", "audiences", "listing_image", "listing_summary", "og_title"} <= names
                )


class TestRouting(SiteTreeMixin, WagtailPageTestCase):
    """BasePage.route: pages on the way are routed deferred; the served page is whole."""

    def route(self, path):
        request = self.client.get("/en/").wsgi_request
        components = [part for part in path.split("/") if part]
        return self.home.route(request, components)

    def test_served_page_is_fully_loaded(self):
        result = self.route("about/team/")
        self.assertEqual(result.page.pk, self.about_child.pk)
        self.assertIsInstance(result.page, StandardPage)
        self.assertEqual(result.page.get_deferred_fields(), set())
        parent = result.page._cached_parent_obj
        self.assertEqual(parent.pk, self.about.pk)
        self.assertIsInstance(parent, StandardPage)

    def test_center_is_routed_in_one_query_with_its_region(self):
        request = self.client.get("/en/").wsgi_request
        centers = Page.objects.get(pk=self.centers.pk).specific_deferred
        with self.assertNumQueries(1):
            result = centers.route(request, [self.center.slug])
            self.assertEqual(result.page.region_label, "North")
        self.assertEqual(result.page.get_deferred_fields(), set())

    def test_unknown_and_unpublished_paths_are_not_found(self):
        from django.http import Http404

        StandardPageFactory(parent=self.about, slug="draft", live=False)
        for path in ["nope/", "about/nope/", "about/draft/", "centers/nobody/"]:
            with self.subTest(path), self.assertRaises(Http404):
                self.route(path)

    def test_a_page_that_serves_the_rest_of_the_path_itself_is_loaded_whole(self):
        from unittest import mock

        from wagtail.url_routing import RouteResult

        def serve_sub_path(page, request, components):
            return RouteResult(page, args=components)

        with mock.patch.object(StandardPage, "route", autospec=True, side_effect=serve_sub_path):
            result = self.route("about/2025/")
        self.assertEqual(result.page.pk, self.about.pk)
        self.assertEqual(result.page.get_deferred_fields(), set())
        self.assertEqual(result.args, ["2025"])


def test_spanish_center_names_its_region_in_spanish(client, site_tree):
    from tests.factories import translate_snippet

    region = RegionFactory(name="North", slug="north")
    translate_snippet(region, "es", name="Norte")
    center = CenterPageFactory(parent=site_tree["centers"], title="North Center", region=region)
    center_es = publish_translation(center, "es", title="Centro Norte", slug="centro-norte")
    for url, expected, other in [
        (center.url, "North", "Norte"),
        (center_es.url, "Norte", "North<"),
        (site_tree["centers_es"].url, "Norte", "North<"),
    ]:
        html = client.get(url).content.decode()
        assert f"<dd>{expected}</dd>" in html or f'card__meta">{expected}<' in html, url
        assert other not in html, url
