"""Query budgets: the home page and a center page render in at most 10 queries.

Measured with the whole-page cache turned off (so the page really renders) and
the shared caches warm (site root paths, image renditions, navigation, settings),
as they are between two publishes. The count must not grow with the number of
centers, entry points or menu items.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import navigation, page_cache
from portal.models import CenterPage, SiteSettings, SiteText, StandardPage
from tests.factories import (
    CenterPageFactory,
    ImageFactory,
    RegionFactory,
    SiteTextFactory,
    StandardPageFactory,
    publish_translation,
    translate_snippet,
)

BUDGET = 10


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


def add_centers(tree, count, start=0):
    centers = []
    for n in range(start, start + count):
        region = RegionFactory(name=f"Region {n}", slug=f"region-{n}")
        translate_snippet(region, "es", name=f"Región {n}")
        center = CenterPageFactory(
            parent=tree["centers"],
            title=f"Center {n}",
            slug=f"center-{n}",
            region=region,
            listing_image=ImageFactory(),
            hours=[("hours", {"days": "Mon–Thu", "hours": "8:00–4:30"})],
        )
        publish_translation(center, "es", title=f"Centro {n}", slug=f"centro-{n}")
        centers.append(center)
    return centers


@pytest.fixture
def district(site_tree):
    """A realistic site: logo, footer, menu, hero and listing images, 3 ways in, 6 centers."""
    tree = site_tree
    site_settings = SiteSettings.for_site(tree["site"])
    site_settings.logo = ImageFactory(title="Logo")
    site_settings.save()
    SiteTextFactory()
    translate_snippet(
        SiteTextFactory(),
        "es",
        office_name="Oficina de Participación Familiar",
        footer="<p>Oficina de Participación.</p>",
    )

    ways_in = []
    for n in range(3):
        page = StandardPageFactory(parent=tree["home"], slug=f"way-{n}", show_in_menus=True)
        publish_translation(page, "es", slug=f"via-{n}")
        ways_in.append(page)
    home = tree["home"]
    home.hero_image = ImageFactory(title="Hero")
    home.hero_image_alt = "Parents at a workshop"
    home.listing_image = ImageFactory(title="Sharing")
    home.entry_points = [
        ("entry_point", {"title": f"Way {n}", "text": "Start here.", "page": p, "link_label": "Go"})
        for n, p in enumerate(ways_in)
    ]
    home.save_revision().publish()
    publish_translation(
        home,
        "es",
        hero_image=home.hero_image,
        listing_image=home.listing_image,
        entry_points=[
            (
                "entry_point",
                {"title": f"Vía {n}", "text": "Empiece.", "page": p, "link_label": "Ir"},
            )
            for n, p in enumerate(ways_in)
        ],
    )
    tree["center_list"] = add_centers(tree, 6)
    return tree


def rendered_queries(client, url):
    """Queries of one anonymous render, once the shared caches are warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response, "the page must render, not come from the cache"
    return len(queries)


def page_urls(tree):
    center = tree["center_list"][0]
    center_es = center.get_translation(tree["home_es"].locale)
    return {
        "home-en": tree["home"].url,
        "home-es": tree["home_es"].url,
        "center-en": center.url,
        "center-es": center_es.url,
    }


@pytest.mark.parametrize(
    "name", ["home-en", "home-es", "center-en", "center-es"], ids=lambda name: name
)
def test_page_renders_within_the_budget(client, district, name, django_assert_max_num_queries):
    url = page_urls(district)[name]
    client.get(url)  # warm the shared caches
    with django_assert_max_num_queries(BUDGET):
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    if name.startswith("home"):
        assert html.count('class="entry-point"') == 3
        assert html.count('class="card"') == 6
    else:
        assert '<table class="hours">' in html


def test_budget_does_not_grow_with_the_number_of_centers(client, site_tree):
    SiteSettings.for_site(site_tree["site"])
    add_centers(site_tree, 2)
    site_tree["center_list"] = list(site_tree["centers"].get_children().specific())
    urls = {**page_urls(site_tree), "centers-en": site_tree["centers"].url}
    with_two = {name: rendered_queries(client, url) for name, url in urls.items()}

    add_centers(site_tree, 6, start=2)
    with_eight = {name: rendered_queries(client, url) for name, url in urls.items()}

    assert with_eight == with_two
    assert client.get(urls["centers-en"]).content.decode().count('class="card"') == 8


def test_a_publish_costs_one_slower_render(client, district):
    """After a publish the navigation, footer, settings, the site, the home page of the
    language, the main tasks' section pages and whether any page has a view restriction
    are looked up once again, then cached."""
    url = district["home"].url
    steady = rendered_queries(client, url)
    page_cache.invalidate()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    assert steady < len(cold) <= steady + 10
    with CaptureQueriesContext(connection) as warm_again:
        client.get(url)
    assert len(warm_again) == steady


def test_breadcrumbs_reuse_the_pages_routing_loaded(client, district, django_assert_num_queries):
    center = district["center_list"][0]
    response = client.get(center.url)
    served = response.context["page"]
    with django_assert_num_queries(0):
        ancestors = navigation.breadcrumb_ancestors(served)
    assert [page.title for page in ancestors] == [
        district["home"].title,
        "Family Engagement Centers",
    ]
    html = response.content.decode()
    assert '<a href="/en/centers/">Family Engagement Centers</a>' in html

    fresh = CenterPage.objects.get(pk=center.pk)
    with django_assert_num_queries(1):
        assert [page.pk for page in navigation.breadcrumb_ancestors(fresh)] == [
            page.pk for page in ancestors
        ]


class TestCachedNavigationFollowsEdits:
    """The navigation, footer and settings are cached between publishes, never stale after one."""

    def test_a_published_menu_page_appears(self, client, district):
        client.get("/en/")
        page = StandardPageFactory(
            parent=district["home"], title="New workshop", slug="new", live=False
        )
        page.show_in_menus = True
        page.save_revision().publish()
        assert '<a href="/en/new/">New workshop</a>' in client.get("/en/").content.decode()

    def test_an_unpublished_menu_page_disappears(self, client, district):
        assert 'href="/en/way-0/"' in client.get("/en/accounts/login/").content.decode()
        StandardPage.objects.get(slug="way-0").unpublish()
        html = client.get("/en/accounts/login/").content.decode()
        assert 'href="/en/way-0/"' not in html

    def test_footer_text_changes_show(self, client, district):
        client.get("/en/")
        text = SiteText.objects.get(locale__language_code="en")
        text.footer = "<p>Open every weekday.</p>"
        text.save_revision().publish()
        assert "Open every weekday." in client.get("/en/").content.decode()

    def test_site_text_is_in_the_page_language(self, client, district):
        english, spanish = client.get("/en/").content.decode(), client.get("/es/").content.decode()
        assert "Oficina de Participación Familiar" in spanish
        assert "Oficina de Participación Familiar" not in english
        assert "Office of Family &amp; Community Engagement" in english

    def test_site_settings_changes_show(self, client, district):
        client.get("/es/")
        site_settings = SiteSettings.for_site(district["site"])
        site_settings.contact_email = "familias@example.org"
        site_settings.save()
        assert "familias@example.org" in client.get("/es/").content.decode()

    def test_a_new_translation_of_the_home_is_linked(self, client, site_tree):
        """The switcher on an untranslated page links the Spanish home once it is published."""
        page = StandardPageFactory(parent=site_tree["home"], slug="only-en")
        html = client.get(page.url).content.decode()
        assert 'href="/es/" hreflang="es"' in html
        site_tree["home_es"].unpublish()
        html = client.get(page.url).content.decode()
        assert 'href="/es/" hreflang="es"' not in html
