"""`manage.py load_demo`: idempotent, bilingual, and every printed login works.

The demo is loaded once for the package (twice, to prove the second run changes
nothing): see ``tests/demo/conftest.py``.
"""

import json
import re

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import authenticate
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from wagtail.models import Locale, Page, Revision, Site

from portal.demo import content
from portal.models import (
    Audience,
    CenterPage,
    Language,
    Region,
    School,
    SiteSettings,
    SiteText,
)
from resources.models import OrganizationPage

LOGIN_ROW = re.compile(r"^\s+(?P<role>\S.*?)\s{2,}(?P<email>\S+@\S+)\s{2,}(?P<password>\S+)$")
MISSING_NOTE = "This page is not translated yet. The link goes to the home page."
UNTRANSLATED_SLUG = "board-policy-family-engagement"

# Ordered with the other database tests, before any transactional (flushing) test.
pytestmark = pytest.mark.django_db


def printed_logins(output):
    rows = {}
    for line in output.splitlines():
        match = LOGIN_ROW.match(line)
        if match and match["email"] != "Email":
            rows[match["email"]] = match["password"]
    return rows


def english_pages():
    root = Site.objects.get(is_default_site=True).root_page
    return Page.objects.descendant_of(root, inclusive=True).filter(locale__language_code="en")


def test_second_run_changes_nothing(demo):
    assert demo["second"] == demo["first"]
    expected_english_pages = 2 + len(content.PAGES) + len(content.CENTERS)
    # Other apps add their own demo pages through the "load_demo" hook.
    portal_pages = english_pages().filter(content_type__app_label="portal")
    assert portal_pages.count() == expected_english_pages
    assert demo["first"]["redirects"] == 0


@pytest.mark.parametrize("language", ["en", "es"], ids=["english", "spanish"])
def test_six_live_centers_per_language(demo, language):
    centers = CenterPage.objects.live().filter(locale__language_code=language)
    assert centers.count() == 6
    district = centers.filter(is_district_center=True)
    assert district.count() == 1
    assert district.get().region is None
    regional_keys = set(
        centers.exclude(region=None).values_list("region__translation_key", flat=True)
    )
    assert regional_keys == set(
        Region.objects.filter(locale__language_code="en").values_list("translation_key", flat=True)
    )


def test_center_contacts_are_valid_and_fictional(demo):
    for center in CenterPage.objects.all():
        assert center.phone.is_valid(), center.title
        assert center.email.endswith("@vallesol.example.org")
        assert center.hours and center.languages_spoken and center.accessibility


def test_schools_cover_every_region(demo):
    schools = School.objects.all()
    assert schools.count() >= 20
    regions = Region.objects.filter(locale__language_code="en")
    assert regions.count() == 5
    for region in regions:
        assert schools.filter(region=region).count() >= 3, region.name
    assert schools.filter(is_focus_school=True).count() == 7


SPANISH_REGIONS = {row[0]: row[4] for row in content.REGIONS}
SPANISH_AUDIENCES = {slug: row[1] for slug, row in content.AUDIENCES.items()}


@pytest.mark.parametrize(
    "model, spanish_names",
    [(Region, SPANISH_REGIONS), (Audience, SPANISH_AUDIENCES)],
    ids=["regions", "audiences"],
)
def test_snippets_have_spanish_translations(demo, model, spanish_names):
    english = model.objects.filter(locale__language_code="en")
    assert set(english.values_list("slug", flat=True)) == set(spanish_names)
    spanish_locale = Locale.objects.get(language_code="es")
    for item in english:
        assert item.get_translation(spanish_locale).name == spanish_names[item.slug]


def test_languages(demo):
    codes = dict(Language.objects.values_list("code", "is_site_language"))
    assert codes == {"en": True, "es": True, "hy": False, "zh": False, "vi": False, "ar": False}


@pytest.mark.parametrize(
    "role, email, groups, superuser",
    [(row[0], row[1], row[4], row[5]) for row in content.DEMO_USERS],
    ids=[row[1].split("@")[0] for row in content.DEMO_USERS],
)
def test_every_printed_login_authenticates(demo, role, email, groups, superuser):
    for output in demo["outputs"]:
        assert role in output
        password = printed_logins(output)[email]
        user = authenticate(email=email, password=password)
        assert user is not None
    assert EmailAddress.objects.filter(user=user, email=email, verified=True, primary=True).exists()
    # A partner also belongs to their organization's own group (resources/partners.py).
    names = set(user.groups.values_list("name", flat=True))
    assert {name for name in names if not name.startswith("Partner: ")} == set(groups)
    assert user.is_superuser is superuser


def test_printed_logins_are_the_demo_users_and_urls(demo):
    output = demo["outputs"][-1]
    assert set(printed_logins(output)) == {row[1] for row in content.DEMO_USERS}
    for url in ("http://127.0.0.1:8000/en/", "http://127.0.0.1:8000/es/", "/admin/"):
        assert url in output


def test_every_english_page_but_one_has_a_live_spanish_translation(demo):
    """Translated titles differ, but for the home page and community organizations, whose
    names are proper names ("Conecta Valle") in both languages."""
    proper_names = ContentType.objects.get_for_model(OrganizationPage)
    untranslated = []
    for page in english_pages().live():
        spanish = page.get_translations().live().filter(locale__language_code="es").first()
        if spanish is None:
            untranslated.append(page.slug)
        else:
            if page.content_type_id != proper_names.pk:
                assert spanish.title != page.title or page.depth == 1
    assert untranslated == [UNTRANSLATED_SLUG]


def test_spanish_bodies_are_translated_and_link_spanish_pages(demo):
    """Each Spanish body differs from the English one, and its page links stay in Spanish."""
    untranslated = Page.objects.get(slug=UNTRANSLATED_SLUG)
    for spanish in Page.objects.filter(locale__language_code="es", depth__gt=2).specific():
        if not hasattr(spanish, "body"):
            continue
        english = spanish.get_translation(untranslated.locale)
        assert spanish.body.raw_data and spanish.body.raw_data != english.specific.body.raw_data
        for block in spanish.body.raw_data:
            target = block["value"].get("page") if block["type"] == "call_to_action" else None
            if target and target != untranslated.pk:
                assert Page.objects.get(pk=target).locale.language_code == "es", spanish.title


@pytest.mark.parametrize(
    "path, present, absent",
    [
        (
            "/en/",
            ["Parent University", "Parents and families", "School staff", "Community partners",
             "North Region Family Engagement Center", "Illustration of the sun rising"],
            ["Universidad para Padres"],
        ),
        (
            "/es/",
            ["Universidad para Padres", "Padres y familias", "Personal escolar",
             "Socios comunitarios", "Centro de Participación Familiar de la Región Norte",
             "Ilustración del sol que sale"],
            ["Parent University workshops"],
        ),
    ],
    ids=["home-en", "home-es"],
)  # fmt: skip
def test_home_pages_render_in_their_language(demo, client, path, present, absent):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html


def test_untranslated_page_shows_the_missing_translation_note(demo, client):
    page = Page.objects.get(slug=UNTRANSLATED_SLUG)
    with translation.override("es"):
        note = translation.gettext(MISSING_NOTE)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "language-switcher__missing" in response.content.decode()
    assert note in response.content.decode()
    translated = client.get(page.get_parent().url)
    assert note not in translated.content.decode()


def test_main_menu_pages(demo):
    home = Site.objects.get(is_default_site=True).root_page
    in_menu = set(
        home.get_children()
        .live()
        .in_menu()
        .filter(content_type__app_label="portal")
        .values_list("slug", flat=True)
    )
    assert in_menu == {
        "centers",
        "parents-and-families",
        "school-staff",
        "community-partners",
        "about",
        "contact",
    }


def test_site_settings_and_site_text(demo):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.contact_email.endswith("@vallesol.example.org")
    assert settings.contact_phone.is_valid()
    texts = {text.locale.language_code: text for text in SiteText.objects.filter(live=True)}
    assert set(texts) == {"en", "es"}
    assert texts["en"].district_name == "Valle del Sol Unified School District"
    assert texts["es"].office_name == "Oficina de Participación Familiar y Comunitaria"
    assert texts["en"].footer != texts["es"].footer


def test_every_image_has_alt_text(demo):
    for page in Page.objects.all().specific():
        for block in getattr(page, "body", None) or []:
            if block.block_type == "image":
                assert block.value["alt_text"].strip(), page.title
        if getattr(page, "hero_image_id", None):
            assert page.hero_image_alt.strip(), page.title


def test_no_placeholder_text(demo):
    for revision in Revision.objects.all():
        text = json.dumps(revision.content, ensure_ascii=False).lower()
        assert "lorem" not in text and "ipsum" not in text
