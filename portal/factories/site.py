from wagtail.models import Locale, Page, Site

from portal.models import CenterIndexPage, HomePage

from .pages import CenterIndexPageFactory, HomePageFactory, publish_translation

SPANISH_HOME = {
    "title": "Participación de familias y comunidad",
    "intro": "Talleres, recursos y apoyo para todas las familias del distrito.",
}


def _translated(page, language_code, **fields):
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return publish_translation(page, language_code, **fields)


def build_site():
    """The site tree every test and the demo start from (idempotent).

    Root → English home (the default Site's root) with a centers index, and
    their Spanish translations. Wagtail's starter page is removed.
    """
    Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="es")
    root = Page.get_first_root_node()
    starter = Page.objects.filter(depth=2, content_type__model="page")
    starter.update(slug="wagtail-starter-page")
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        home = HomePageFactory(parent=root, slug="home")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Family Engagement Portal",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    for page in starter:
        page.delete()

    centers = CenterIndexPage.objects.child_of(home).first()
    if centers is None:
        centers = CenterIndexPageFactory(parent=home, slug="centers")
    home_es = _translated(home, "es", **SPANISH_HOME)
    centers_es = _translated(
        centers, "es", title="Centros de Participación Familiar", slug="centros"
    )
    return {
        "site": site,
        "home": home,
        "home_es": home_es,
        "centers": centers,
        "centers_es": centers_es,
    }
