"""Builds the demo district from `portal.demo.content` on the test factories.

Every function finds before it creates, so a second run changes nothing: what
exists (including edits made in the admin since) is left alone and only what is
missing is added. Pages are made in three passes because bodies link to pages
in their own language: English pages, then Spanish translations, then bodies.
"""

from contextlib import contextmanager

import factory

from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile

from wagtail import hooks
from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.models import Locale, Page
from wagtail.signals import page_slug_changed

from portal.factories import (
    AudienceFactory,
    CenterPageFactory,
    ImageFactory,
    LanguageFactory,
    RegionFactory,
    SchoolFactory,
    SiteTextFactory,
    StandardPageFactory,
    UserFactory,
    build_site,
    publish_translation,
    translate_snippet,
)
from portal.models import CenterPage, Region, School, SiteSettings, StandardPage, User

from . import content
from .images import IMAGES, png_bytes
from .streams import resolve

STREAM_FIELDS = {"body", "entry_points", "hours"}
LANGUAGES = ("en", "es")


def load_demo():
    """Load (or complete) the demo district. Returns the demo logins as (role, email)."""
    tree = build_site()
    images = load_images()
    regions = load_regions()
    audiences = load_audiences()
    load_languages()
    load_schools(regions)
    load_pages(tree, images, regions, audiences)
    load_site_settings(tree["site"])
    load_site_text()
    return load_users()


def load_app_demos(log):
    """Each app's own demo, after the district's: every function registered with the
    Wagtail hook "load_demo" is called with the site tree (as `build_site()` returns it)
    and `log`, a function that prints one summary line. The portal imports no app."""
    tree = build_site()
    for load in hooks.get_hooks("load_demo"):
        load(tree=tree, log=log)


def describe():
    """What the database holds now, in one line."""
    pages = Page.objects.filter(depth__gt=1)
    regions = Region.objects.filter(locale=Locale.get_default()).count()
    return (
        f"{pages.filter(locale__language_code='en').count()} English and "
        f"{pages.filter(locale__language_code='es').count()} Spanish pages, "
        f"{CenterPage.objects.live().count()} center pages, "
        f"{School.objects.count()} schools in {regions} "
        f"regions, {User.objects.count()} accounts"
    )


@contextmanager
def without_slug_redirects():
    """No automatic redirects for the Spanish copies' new slugs: nobody saw the old ones.

    Wagtail sends `page_slug_changed` when the transaction commits, so wrap the
    whole transaction in this.
    """
    page_slug_changed.disconnect(autocreate_redirects_on_slug_change)
    try:
        yield
    finally:
        page_slug_changed.connect(autocreate_redirects_on_slug_change)


def load_images():
    return {
        key: ImageFactory(title=title, file=ContentFile(png_bytes(key), name=f"demo-{key}.png"))
        for key, (title, _draw) in IMAGES.items()
    }


def load_regions():
    regions = {}
    for order, row in enumerate(content.REGIONS, start=1):
        slug, name, description, es_slug, es_name, es_description = row
        region = RegionFactory(slug=slug, name=name, description=description, sort_order=order)
        translate_snippet(region, "es", slug=es_slug, name=es_name, description=es_description)
        regions[slug] = region
    return regions


def load_audiences():
    audiences = {}
    for slug, (name, es_name, es_slug, description, es_description) in content.AUDIENCES.items():
        audience = AudienceFactory(slug=slug, name=name, description=description)
        translate_snippet(audience, "es", slug=es_slug, name=es_name, description=es_description)
        audiences[slug] = audience
    return audiences


def load_languages():
    for order, (code, name, native_name) in enumerate(content.LANGUAGES):
        LanguageFactory(
            code=code,
            name=name,
            native_name=native_name,
            is_site_language=code in content.SITE_LANGUAGES,
            sort_order=order,
        )


def load_schools(regions):
    for code, name, region, level, street, focus in content.SCHOOLS:
        SchoolFactory(
            code=code,
            name=name,
            region=regions[region],
            level=level,
            address=f"{street}, {content.SCHOOL_CITY}",
            is_focus_school=focus,
        )


def load_pages(tree, images, regions, audiences):
    """The general pages and the centers in both languages; fills the home and centers index."""
    pages = {
        "home": {"en": tree["home"], "es": tree["home_es"]},
        "centers": {"en": tree["centers"], "es": tree["centers_es"]},
    }
    specs = content.PAGES + content.CENTERS
    for spec in specs:
        parent = pages[spec["parent"]]["en"]
        pages[spec["key"]] = {"en": english_page(spec, parent, regions, audiences)}
    for spec in specs:
        pages[spec["key"]]["es"] = spanish_page(spec, pages[spec["key"]]["en"])

    def links(language):
        return {
            key: by_language.get(language) or by_language["en"]
            for key, by_language in pages.items()
        }

    for spec in specs:
        for language in LANGUAGES:
            page = pages[spec["key"]].get(language)
            if page is not None and not page.body:
                publish(page, {"body": spec[language]["body"]}, links(language), images)
    for language in LANGUAGES:
        home = pages["home"][language]
        if not home.mission:
            fields = {**content.HOME[language], "hero_image": images[content.HERO_IMAGE]}
            publish(home, fields, links(language), images)
        centers = pages["centers"][language]
        if not centers.intro:
            fields = {**content.CENTERS_INDEX[language], "show_in_menus": True}
            publish(centers, fields, links(language), images)
    return pages


def english_page(spec, parent, regions, audiences):
    is_center = spec.get("model") == "center"
    model, factory = (
        (CenterPage, CenterPageFactory) if is_center else (StandardPage, StandardPageFactory)
    )
    fields = page_fields(spec["en"])
    existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing
    if is_center:
        fields.update(spec["shared"], region=regions.get(spec["region"]))
    page = factory(parent=parent, show_in_menus=spec.get("show_in_menus", False), **fields)
    if spec.get("audiences"):
        page.audiences.set([audiences[slug] for slug in spec["audiences"]])
        page.save()
    return page


def spanish_page(spec, page):
    if spec["es"] is None:
        return None
    existing = page.get_translation_or_none(Locale.objects.get(language_code="es"))
    if existing is not None:
        return existing.specific
    return publish_translation(page, "es", **page_fields(spec["es"]))


def page_fields(texts):
    """A page's own fields from its texts; the body is added once every page exists."""
    return {name: value for name, value in texts.items() if name != "body"}


def publish(page, fields, links, images):
    """Set `fields` (StreamFields resolved to this language's pages) and publish a revision.

    The page is read again first: an object held since before its children were added
    has a stale `numchild`, and saving it would hide the children from the tree.
    """
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, resolve(value, links, images) if name in STREAM_FIELDS else value)
    page.save_revision().publish()


def load_site_settings(site):
    settings = SiteSettings.for_site(site)
    if settings.contact_email:
        return settings
    for name, value in content.SITE_SETTINGS.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def load_site_text():
    """The header names and footer words, in English and Spanish."""
    text = SiteTextFactory(
        footer=content.FOOTER["en"], locale=Locale.get_default(), **content.SITE_TEXT["en"]
    )
    translate_snippet(text, "es", footer=content.FOOTER["es"], **content.SITE_TEXT["es"])
    return text


def load_users():
    """One account per role. The password is hashed once: a slow hash per account is waste."""
    hashed = make_password(content.DEMO_PASSWORD)
    verified = {hashed: True}
    logins = []
    for role, email, last_name, language, groups, superuser in content.DEMO_USERS:
        user = UserFactory(
            email=email,
            first_name="Demo",
            last_name=last_name,
            preferred_language=language,
            password=factory.Transformer.Force(hashed),
            is_superuser=superuser,
            is_staff=superuser,
            roles=groups,
        )
        if user.password not in verified:
            verified[user.password] = user.check_password(content.DEMO_PASSWORD)
        if not verified[user.password]:
            user.password = hashed
            user.save(update_fields=["password"])
        logins.append((role, user.email))
    return logins
