"""The directory's pages in both languages: where each may be created, what each shows,
bad filters, the center's section, the queries each costs, and the editor's form."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils import WagtailPageTestCase

from portal.models import CenterIndexPage, HomePage, StandardPage
from resources.factories import (
    LocationFactory,
    OrganizationPageFactory,
    ServicePageFactory,
)
from resources.models import (
    DirectoryPage,
    OpportunityPage,
    OrganizationPage,
    ServicePage,
)

from .world import DirectoryTestCase

#: Anonymous page budgets: the issue asks for at most 10, the same with 10 services or
#: 200; these are what the pages cost today, so that a regression shows.
DIRECTORY_BUDGET = 8
SERVICE_BUDGET = 8
#: An organization's page lists its services and opportunities and shows its places.
ORGANIZATION_BUDGET = 9
#: A center page is the portal's (its own budget there) plus the services near it.
CENTER_BUDGET = 10


class TestPageTree(WagtailPageTestCase):
    def test_the_directory_sits_under_a_home_page_once(self):
        self.assertAllowedParentPageTypes(DirectoryPage, {HomePage})
        self.assertAllowedSubpageTypes(DirectoryPage, {OrganizationPage})
        self.assertCanNotCreateAt(StandardPage, DirectoryPage)
        self.assertCanNotCreateAt(CenterIndexPage, DirectoryPage)

    def test_organizations_hold_services_and_opportunities(self):
        self.assertAllowedParentPageTypes(OrganizationPage, {DirectoryPage})
        self.assertAllowedSubpageTypes(OrganizationPage, {ServicePage, OpportunityPage})
        for model in (ServicePage, OpportunityPage):
            self.assertAllowedParentPageTypes(model, {OrganizationPage})
            self.assertAllowedSubpageTypes(model, set())


def queries_for(client, url):
    client.get(url)  # warm what every visitor shares (menus, filter choices)
    client.cookies.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
    return len(captured), response


class TestDirectoryPage(DirectoryTestCase):
    def setUp(self):
        self.settings_override = self.settings(PORTAL_PAGE_CACHE_SECONDS=0)
        self.settings_override.enable()
        self.addCleanup(self.settings_override.disable)

    def test_lists_services_with_what_a_family_needs_first(self):
        response = self.client.get(self.world.page.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "5 services" in html
        assert "Food pantry" in html and "Valle Food Bank" in html
        assert 'href="tel:+18185550111"' in html  # tap to call from the list
        assert "Old program" not in html  # defunct
        assert "Browse by kind of help" in html
        assert "Summer camp" in html and "Spring camp" not in html

    def test_filters_by_the_category_slug_of_each_language(self):
        english = self.client.get(self.world.page.url, {"category": "food"}).content.decode()
        assert "2 services" in english and "Checkups for children" not in english
        spanish = self.client.get(self.world.page_es.url, {"category": "alimentos"})
        assert "Despensa de alimentos" in spanish.content.decode()
        assert spanish.headers["Content-Language"] == "es"

    def test_an_unknown_filter_value_is_a_translated_error_and_the_rest_still_applies(self):
        response = self.client.get(
            self.world.page_es.url, {"cost": "gratis-total", "category": "alimentos"}
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert 'role="alert"' in html
        assert "Escoja una opción válida" in html  # Django's own Spanish message
        assert "Despensa de alimentos" in html

    def test_a_page_number_out_of_range_shows_the_last_page(self):
        response = self.client.get(self.world.page.url, {"page": "999"})
        assert response.status_code == 200
        assert "Food pantry" in response.content.decode()

    def test_query_budget_does_not_grow_with_the_directory(self):
        small, _ = queries_for(self.client, self.world.page.url + "?category=health")
        assert small <= DIRECTORY_BUDGET
        clinic = self.world.clinic
        place = LocationFactory(organization=clinic, region=self.world.south)
        for number in range(197):  # 200 services in the category
            ServicePageFactory(
                parent=clinic,
                title=f"Extra service {number}",
                categories=[self.world.health],
                locations=[place],
            )
        large, response = queries_for(self.client, self.world.page.url + "?category=health")
        assert "200 services" in response.content.decode()
        assert large == small

    def test_open_now_filter_renders(self):
        response = self.client.get(self.world.page.url, {"open_now": "on"})
        assert response.status_code == 200


class TestServicePage(DirectoryTestCase):
    def test_shows_how_to_get_help(self):
        response = self.client.get(self.world.services["checkups"].url)
        html = response.content.decode()
        assert response.status_code == 200
        for text in (
            "Well-child visits and vaccines.",
            "Ages 0 to 18.",
            "<li>Insurance card</li>",
            "<li>Vaccine record</li>",
            "Sliding scale (by income)",
            "Tiếng Việt",
            "Palm Clinic",
            "Saturday",
            "Call before you go",  # stale: verified 400 days ago
        ):
            assert text.lower() in html.lower(), text

    def test_a_temporarily_closed_service_says_so(self):
        html = self.client.get(self.world.services["repairs"].url).content.decode()
        assert "This service is temporarily closed." in html
        assert "Back in January." in html

    def test_the_spanish_copy_is_in_spanish(self):
        response = self.client.get(self.world.services["pantry_es"].url)
        assert response.headers["Content-Language"] == "es"
        assert "Comestibles cada semana" in response.content.decode()

    def test_query_budget(self):
        count, _ = queries_for(self.client, self.world.services["pantry"].url)
        assert count <= SERVICE_BUDGET

    def test_an_unknown_service_is_not_found(self):
        response = self.client.get(self.world.food_bank.url + "nothing-here/")
        assert response.status_code == 404


class TestOrganizationAndOpportunity(DirectoryTestCase):
    def test_an_organization_lists_its_services_and_open_opportunities(self):
        html = self.client.get(self.world.food_bank.url).content.decode()
        assert "Food pantry" in html and "Diaper bank" in html
        assert "Checkups for children" not in html
        assert "Summer camp" in html and "Spring camp" not in html

    def test_an_expired_opportunity_page_says_it_has_ended(self):
        spring = OpportunityPage.objects.get(slug="spring-camp")
        html = self.client.get(spring.url).content.decode()
        assert "This program has ended" in html


class TestCenterSection(DirectoryTestCase):
    def test_a_center_page_shows_services_near_it(self):
        html = self.client.get(self.world.center.url).content.decode()
        assert "Community services near this center" in html
        assert "Food pantry" in html and "Checkups for children" not in html
        assert f"{self.world.page.url}?center=north-center" in html

    def test_the_spanish_center_links_to_the_spanish_directory(self):
        html = self.client.get(self.world.center_es.url).content.decode()
        assert f"{self.world.page_es.url}?center=centro-norte" in html


class TestEditorForm(DirectoryTestCase):
    def test_a_service_offers_only_its_organizations_places(self):
        other = OrganizationPageFactory(parent=self.world.page, title="Other")
        LocationFactory(organization=other, name="Elsewhere")
        form_class = ServicePage.get_edit_handler().get_form_class()
        service = self.world.services["pantry"]
        form = form_class(instance=service, parent_page=self.world.food_bank, for_user=None)
        names = {place.name for place in form.fields["locations"].queryset}
        assert names == {"Pantry", "Room 2"}
        categories = {category.name for category in form.fields["categories"].queryset}
        assert categories == {"Food", "Health"}  # not "Alimentos", "Salud"


class TestQueryBudgets(DirectoryTestCase):
    """Anonymous pages the directory adds to, or fills: bounded, whatever the listings."""

    def setUp(self):
        self.settings_override = self.settings(PORTAL_PAGE_CACHE_SECONDS=0)
        self.settings_override.enable()
        self.addCleanup(self.settings_override.disable)

    def test_organization_page(self):
        count, _ = queries_for(self.client, self.world.food_bank.url)
        assert count <= ORGANIZATION_BUDGET

    def test_the_whole_directory_with_its_opportunities_in_both_languages(self):
        for url in (self.world.page.url, self.world.page_es.url):
            count, response = queries_for(self.client, url)
            assert "Summer camp" in response.content.decode() or url == self.world.page_es.url
            assert count <= DIRECTORY_BUDGET, url

    def test_center_page_with_its_services(self):
        count, response = queries_for(self.client, self.world.center.url)
        assert "Food pantry" in response.content.decode()
        assert count <= CENTER_BUDGET


class TestOddSearch(DirectoryTestCase):
    def test_a_stray_quote_in_the_words_is_not_an_error(self):
        for words in ('"', 'say "hi', "(", "*"):
            response = self.client.get(self.world.page.url, {"q": words})
            assert response.status_code == 200, words
