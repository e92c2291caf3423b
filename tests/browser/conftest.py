"""Real-browser wiring: Debian's Chromium, offline pages, the live server.

See /work/shared/browser-testing.md for why each piece is here.
"""

import mimetypes
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

from django.conf import settings

from tests.browser.axe import DESKTOP

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# This machine may be slow (2 cores, two xdist workers): be patient, never flaky.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


def chromium_path():
    """$CHROMIUM_PATH if set, else Debian's /usr/bin/chromium; fail loudly otherwise."""
    candidate = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    if Path(candidate).is_file() and os.access(candidate, os.X_OK):
        return candidate
    pytest.fail(
        f"No Chromium for the browser tests at {candidate}. Fix: "
        "sudo apt-get install -y chromium   (or point CHROMIUM_PATH at a Chromium binary; "
        "`make browser` runs tests/browser/ensure_chromium.sh)",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path(),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


def _serve_locally(route):
    """Abort anything leaving the machine; serve uploaded media from MEDIA_ROOT.

    pytest-django's live server serves static files but not media (DEBUG is off),
    so image renditions are answered here from disk.
    """
    url = urlsplit(route.request.url)
    if url.scheme in ("http", "https") and url.hostname not in LOCAL_HOSTS:
        route.abort()
        return
    if url.path.startswith(settings.MEDIA_URL):
        media_root = Path(settings.MEDIA_ROOT).resolve()
        path = (media_root / unquote(url.path[len(settings.MEDIA_URL) :])).resolve()
        if path.is_file() and media_root in path.parents:
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            route.fulfill(path=path, content_type=content_type)
        else:
            route.fulfill(status=404, body="not found")
        return
    route.continue_()


#: Reports every Content-Security-Policy violation of a page to the test (installed in
#: each context before any page script runs, so the policy cannot block it).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.portalCspViolation({
        page: document.location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile + ":" + event.lineNumber,
        sample: event.sample,
    });
});
"""


@pytest.fixture
def csp_violations():
    """Every CSP violation seen by any page of the test; none may remain at its end.

    Every browser test therefore also checks that the site's policy
    (portal/middleware.py) blocks nothing the site itself uses, on every page it
    opens, public or admin.
    """
    seen = []
    yield seen
    assert not seen, "Content-Security-Policy violations:\n" + "\n".join(map(str, seen))


@pytest.fixture
def new_context(new_context, live_server, csp_violations):
    """Contexts aimed at the live server, with generous timeouts, no network, and CSP
    violations reported to ``csp_violations``."""

    def make(**kwargs):
        kwargs.setdefault("base_url", live_server.url)
        context = new_context(**kwargs)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.route("**/*", _serve_locally)
        context.expose_function("portalCspViolation", lambda report: csp_violations.append(report))
        context.add_init_script(CSP_LISTENER)
        return context

    return make


@pytest.fixture
def context(new_context):
    return new_context(locale="en-US", viewport=DESKTOP)


def _center_fields(language, image, centers_index):
    """Hours, a body with every common block, and an image: a center as editors fill it."""
    from wagtail.rich_text import RichText

    english = language == "en"
    return {
        "intro": (
            "Workshops, computer access and friendly help for families in the North region."
            if english
            else "Talleres, computadoras y ayuda amable para las familias de la región Norte."
        ),
        "hours": [
            ("hours", {"days": "Mon–Thu" if english else "lun.–jue.", "hours": "8:00–4:30"}),
            ("hours", {"days": "Fri" if english else "vie.", "hours": "8:00–12:00"}),
        ],
        "languages_spoken": "English, Spanish" if english else "inglés, español",
        "accessibility": (
            "Step-free entrance and free parking."
            if english
            else "Entrada sin escalones y estacionamiento gratuito."
        ),
        "body": [
            (
                "heading",
                {"text": "What we offer" if english else "Lo que ofrecemos", "level": "h2"},
            ),
            (
                "paragraph",
                RichText(
                    "<p>Parent workshops, help with the parent portal and a lending library.</p>"
                    if english
                    else "<p>Talleres para padres, ayuda con el portal y una biblioteca.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": (
                        "Parents and children reading together at a round table"
                        if english
                        else "Madres, padres e hijos leyendo juntos en una mesa redonda"
                    ),
                    "caption": "Family reading night" if english else "Noche de lectura en familia",
                },
            ),
            (
                "accordion",
                {
                    "heading": "Questions" if english else "Preguntas",
                    "items": [
                        {
                            "question": (
                                "Do I need an appointment?" if english else "¿Necesito una cita?"
                            ),
                            "answer": RichText(
                                "<p>No, just drop in.</p>"
                                if english
                                else "<p>No, venga cuando quiera.</p>"
                            ),
                        }
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "See every center" if english else "Vea todos los centros",
                    "text": (
                        "There is a center in each region."
                        if english
                        else "Hay un centro en cada región."
                    ),
                    "page": centers_index,
                    "url": "",
                    "button_label": "All centers" if english else "Todos los centros",
                },
            ),
        ],
    }


@pytest.fixture
def portal_site(db):
    """The site tree plus one center with real content, in English and Spanish."""
    import wagtail_factories

    from wagtail.models import Locale

    from tests.factories import CenterPageFactory, RegionFactory, build_site, publish_translation

    tree = build_site()
    image = wagtail_factories.ImageFactory(
        title="Family reading night", file__width=1200, file__height=800, file__color="#7a9e7e"
    )
    region = RegionFactory(name="North", slug="north")
    region_es = region.copy_for_translation(Locale.objects.get(language_code="es"))
    region_es.name = "Norte"
    region_es.save()
    center = CenterPageFactory(
        parent=tree["centers"],
        title="North Family Engagement Center",
        slug="north",
        region=region,
        listing_image=image,
        **_center_fields("en", image, tree["centers"]),
    )
    center_es = publish_translation(
        center,
        "es",
        title="Centro de Participación Familiar Norte",
        slug="norte",
        **_center_fields("es", image, tree["centers_es"]),
    )
    _furnish_home(tree, image)
    return {**tree, "center": center, "center_es": center_es, "image": image}


WAYS_IN = {
    "en": [
        ("Parents and families", "Workshops, help and answers for your family.", "parents"),
        ("School staff", "Tools for working with the families at your school.", "staff"),
        ("Community partners", "Offer your services to district families.", "partners"),
    ],
    "es": [
        ("Madres, padres y familias", "Talleres, ayuda y respuestas para su familia.", "familias"),
        ("Personal escolar", "Herramientas para trabajar con las familias.", "personal"),
        ("Socios comunitarios", "Ofrezca sus servicios a las familias.", "socios"),
    ],
}


def _furnish_home(tree, image):
    """Mission, hero image and the three ways in on both home pages."""
    from wagtail.rich_text import RichText

    from tests.factories import StandardPageFactory, publish_translation

    english_pages = []
    for (title, _text, slug), (title_es, _text_es, slug_es) in zip(
        WAYS_IN["en"], WAYS_IN["es"], strict=True
    ):
        page = StandardPageFactory(parent=tree["home"], title=title, slug=slug, show_in_menus=True)
        publish_translation(page, "es", title=title_es, slug=slug_es)
        english_pages.append(page)

    for key, language in (("home", "en"), ("home_es", "es")):
        home = tree[key].specific
        home.refresh_from_db()
        english = language == "en"
        home.mission = RichText(
            "<p>We help every family take part in their children's learning.</p>"
            if english
            else "<p>Ayudamos a cada familia a participar en el aprendizaje de sus hijos.</p>"
        )
        home.hero_image = image
        home.hero_image_alt = (
            "Families talking with a teacher in a classroom"
            if english
            else "Familias conversando con una maestra en un salón de clases"
        )
        home.entry_points = [
            (
                "entry_point",
                {
                    "title": title,
                    "text": text,
                    "page": page if english else page.get_translation(home.locale),
                    "link_label": ("Start here" if english else "Empiece aquí"),
                },
            )
            for (title, text, _slug), page in zip(WAYS_IN[language], english_pages, strict=True)
        ]
        home.save_revision().publish()


@pytest.fixture
def calendar_site(db):
    """The events tests' calendar (``tests/events/world.py``): a center, three events."""
    from tests.events.world import build_calendar
    from tests.factories import build_site

    return build_calendar(build_site())
