"""The learning pages in a real browser: axe-core, reflow, keyboard, print and HowTo data.

The learning index, a module with every body block and a pathway with module and
survey steps, in English and Spanish, at phone and desktop widths.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.axe import DESKTOP, PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
PAGES = ["index", "module", "pathway"]
SHOTS_DIR = os.environ.get("PORTAL_SHOTS_DIR")

STEPS = {
    "en": [
        ("Open the Parent Portal", "Go to the district website and choose “Parent Portal”."),
        ("Sign in", "Use the email address you gave the school."),
        ("Choose your child", "Then open “Grades”."),
    ],
    "es": [
        ("Abra el Portal para Padres", "Vaya al sitio del distrito y elija “Portal para Padres”."),
        ("Inicie sesión", "Use el correo electrónico que dio a la escuela."),
        ("Elija a su hijo", "Luego abra “Calificaciones”."),
    ],
}
CHECKLIST = {
    "en": ["Your email address", "Your password", "Your child's student number"],
    "es": ["Su correo electrónico", "Su contraseña", "El número de estudiante de su hijo"],
}


def module_fields(language, image, document):
    """Objectives and a body with every module block, as an editor fills them."""
    from pathways.factories import list_items, stream

    en = language == "en"
    return {
        "intro": (
            "Find your child's grades and assignments in the Parent Portal."
            if en
            else "Encuentre las calificaciones y tareas de su hijo en el Portal para Padres."
        ),
        "learning_objectives": stream(
            ("objective", "Sign in to the Parent Portal" if en else "Entrar al Portal"),
            ("objective", "Find the grades page" if en else "Encontrar las calificaciones"),
        ),
        "body": stream(
            (
                "paragraph",
                "<p>The Parent Portal shows <b>grades</b> every day.</p>"
                if en
                else "<p>El Portal para Padres muestra las <b>calificaciones</b> cada día.</p>",
            ),
            (
                "image",
                {
                    "image": image.pk,
                    "alt_text": (
                        "A parent and a child looking at grades on a laptop"
                        if en
                        else "Una madre y su hijo mirando calificaciones en una computadora"
                    ),
                    "caption": "The grades page" if en else "La página de calificaciones",
                },
            ),
            (
                "video",
                {
                    "title": "Parent Portal tour" if en else "Recorrido por el Portal",
                    "document": None,
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "transcript": (
                        "In this video we open the Parent Portal and find the grades page."
                        if en
                        else "En este video abrimos el Portal y buscamos las calificaciones."
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": "Check your child's grades" if en else "Vea las calificaciones",
                    "steps": list_items(
                        [{"title": title, "text": text} for title, text in STEPS[language]]
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Write your password down somewhere safe.</p>"
                    if en
                    else "<p>Anote su contraseña en un lugar seguro.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "text": "<p>Never share your password with anyone.</p>"
                    if en
                    else "<p>Nunca comparta su contraseña con nadie.</p>",
                },
            ),
            (
                "checklist",
                {
                    "heading": "Before you start" if en else "Antes de empezar",
                    "items": list_items(CHECKLIST[language]),
                },
            ),
            (
                "documents",
                {
                    "heading": "Handouts" if en else "Folletos",
                    "documents": list_items(
                        [{"document": document.pk, "label": "Parent Portal guide" if en else ""}]
                    ),
                },
            ),
            (
                "activity",
                {
                    "title": "Look at the grades together" if en else "Miren juntos las notas",
                    "text": "<p>Ask your child which class they enjoy most.</p>"
                    if en
                    else "<p>Pregunte a su hijo qué clase le gusta más.</p>",
                    "time_needed": "10 minutes" if en else "10 minutos",
                },
            ),
        ),
    }


@pytest.fixture
def learning_site(portal_site):
    """Learn/Aprender with a full module, a second module and a pathway, in both languages."""
    import wagtail_factories

    from wagtail.models import Collection

    from pathways.factories import module_step, stream, survey_step
    from tests.factories import (
        AudienceFactory,
        HowToModulePageFactory,
        PathwayPageFactory,
        SelfEfficacyInstrumentFactory,
        build_learning_index,
        publish_translation,
        translate_snippet,
    )

    learn, learn_es = build_learning_index(portal_site)
    # Audiences make the index show its filter form (a labelled select) to check too.
    parents = AudienceFactory(name="Parents and families", slug="parents")
    staff = AudienceFactory(name="School staff", slug="staff")
    translate_snippet(parents, "es", name="Madres, padres y familias", slug="familias")
    translate_snippet(staff, "es", name="Personal escolar", slug="personal")
    image = portal_site["image"]
    document = wagtail_factories.DocumentFactory(
        title="Parent Portal guide", collection=Collection.get_first_root_node()
    )
    module = HowToModulePageFactory(
        parent=learn,
        title="How to check your child's grades",
        slug="check-grades",
        estimated_minutes=12,
        topic="technology",
        listing_image=image,
        **module_fields("en", image, document),
    )
    module.audiences.set([parents])
    module.save_revision().publish()
    module_es = publish_translation(
        module,
        "es",
        title="Cómo ver las calificaciones de su hijo",
        slug="ver-calificaciones",
        **module_fields("es", image, document),
    )
    second = HowToModulePageFactory(
        parent=learn,
        title="How to prepare for a conference",
        slug="conference",
        intro="What to bring and what to ask at the parent–teacher conference.",
    )
    publish_translation(
        second,
        "es",
        title="Cómo prepararse para una conferencia",
        slug="conferencia",
        intro="Qué llevar y qué preguntar en la conferencia con el maestro.",
    )
    survey = SelfEfficacyInstrumentFactory(name="How sure do you feel?")
    translate_snippet(survey, "es", name="¿Qué tan seguro se siente?")
    pathway = PathwayPageFactory(
        parent=learn,
        title="Partnering with your child's school",
        slug="partnering",
        issues_certificate=True,
        steps=stream(
            survey_step(survey, "pre"),
            module_step(module),
            module_step(second, required=False),
            survey_step(survey, "post"),
        ),
    )
    pathway.audiences.set([parents, staff])
    pathway.save_revision().publish()
    pathway_es = publish_translation(
        pathway,
        "es",
        title="Colaborar con la escuela de su hijo",
        slug="colaborar",
        intro="Cinco pasos cortos para trabajar con la escuela de su hijo con confianza.",
    )
    urls = {
        "index": {"en": learn.url, "es": learn_es.url},
        "module": {"en": module.url, "es": module_es.url},
        "pathway": {"en": pathway.url, "es": pathway_es.url},
    }
    return {**portal_site, "learn": learn, "module": module, "pathway": pathway, "urls": urls}


def _open(new_context, url, language, width):
    page = new_context(locale=language, viewport=WIDTHS[width]).new_page()
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    page.wait_for_load_state("load")
    return page


def _shoot(page, name):
    if SHOTS_DIR:
        Path(SHOTS_DIR).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS_DIR}/{name}.png", full_page=True)


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
@pytest.mark.parametrize("name", PAGES, ids=PAGES)
def test_learning_page_has_no_wcag_violations(
    new_context, live_server, learning_site, name, language, width
):
    url = learning_site["urls"][name][language]
    assert url.startswith(f"/{language}/")
    page = _open(new_context, url, language, width)
    assert page.url.endswith(url), f"redirected to {page.url}"
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("h1")).to_have_count(1)
    _shoot(page, f"learning-{name}-{language}-{width}")

    # WCAG 1.4.10 (reflow): nothing forces sideways scrolling, even at phone width.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{url} is {overflow}px wider than the {width} viewport"

    # Check the transcript's text too, not only its summary.
    page.locator("details").evaluate_all("items => items.forEach(d => { d.open = true; })")
    violations = run_axe(page)["violations"]
    assert violations == [], (
        f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {url} at {width} width:\n"
        f"{describe_violations(violations)}"
    )


def test_module_page_shows_every_block(new_context, live_server, learning_site):
    """The fixture really renders each body block (so the axe run above covers them)."""
    page = _open(new_context, learning_site["urls"]["module"]["en"], "en", "desktop")
    main = page.locator("main")
    for selector in [
        ".rich-text, .stream > p",
        "figure.figure img[alt='A parent and a child looking at grades on a laptop']",
        ".video iframe[title='Parent Portal tour']",
        ".video__transcript summary",
        ".steps__list > li",
        ".callout--tip",
        ".callout--important",
        ".checklist input[type=checkbox]",
        ".documents a",
        ".activity",
    ]:
        assert main.locator(selector).count() >= 1, f"no {selector} on the module page"


def test_module_video_uses_the_whole_column_on_a_phone(new_context, live_server, learning_site):
    page = _open(new_context, learning_site["urls"]["module"]["en"], "en", "phone")
    column = page.locator(".module .stream").bounding_box()
    for selector in [".video__frame", ".figure img", ".checklist", ".activity"]:
        box = page.locator(selector).first.bounding_box()
        assert box["x"] == pytest.approx(column["x"], abs=1), f"{selector} is indented"
        assert box["width"] == pytest.approx(column["width"], abs=1), f"{selector} is narrowed"


def test_checklist_is_reached_with_tab_and_ticked_with_space(
    new_context, live_server, learning_site
):
    page = _open(new_context, learning_site["urls"]["module"]["en"], "en", "phone")
    boxes = page.locator(".checklist input[type=checkbox]")
    expect(boxes).to_have_count(len(CHECKLIST["en"]))
    # From the top of the page, Tab alone reaches the first box (within a sane number of stops).
    in_checklist = "() => document.activeElement.matches('.checklist input[type=checkbox]')"
    presses = 0
    while not page.evaluate(in_checklist):
        assert presses < 40, "40 presses of Tab never reached the checklist"
        page.keyboard.press("Tab")
        presses += 1
    assert presses > 1  # the header, menu and video come first: focus really travelled
    for index, label in enumerate(CHECKLIST["en"]):
        if index:
            page.keyboard.press("Tab")
        box = page.get_by_role("checkbox", name=label)
        expect(box).to_be_focused()
        expect(box).not_to_be_checked()
        page.keyboard.press("Space")
        expect(box).to_be_checked()
        assert boxes.nth(index).is_checked()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    expect(page.get_by_role("checkbox", name=CHECKLIST["en"][1])).not_to_be_checked()


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_module_prints_content_without_navigation(
    new_context, live_server, learning_site, language
):
    page = _open(new_context, learning_site["urls"]["module"][language], language, "desktop")
    header_nav, footer = page.locator(".site-header__nav"), page.locator(".site-footer")
    assert header_nav.is_visible() and footer.is_visible()  # on screen both are there

    page.emulate_media(media="print")
    assert not header_nav.is_visible()
    assert not footer.is_visible()
    assert page.locator(".language-switcher").first.is_hidden()
    assert page.locator(".breadcrumbs").first.is_hidden()
    for selector in ["h1", ".steps__list", ".checklist", ".activity", ".video__transcript p"]:
        assert page.locator(selector).first.is_visible(), f"{selector} does not print"
    for title, _text in STEPS[language]:
        assert page.locator(".steps__item", has_text=title).is_visible()
    display = page.locator(".checklist__item").first.evaluate("e => getComputedStyle(e).display")
    assert display != "none"
    assert page.locator(".video__frame").is_hidden()  # an iframe is useless on paper
    # Links print their address, but not the logo's.
    after = "(e) => getComputedStyle(e, '::after').content"
    assert "youtube.com" in page.locator(".video figcaption a").evaluate(after)
    assert page.locator("a.brand").evaluate(after) in ("none", "normal")

    if SHOTS_DIR:
        Path(SHOTS_DIR).mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 816, "height": 1056})  # US Letter at 96 dpi
        page.screenshot(path=f"{SHOTS_DIR}/learning-module-{language}-print.png", full_page=True)
        page.pdf(path=f"{SHOTS_DIR}/learning-module-{language}-print.pdf", format="Letter")


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_module_how_to_json_ld_parses_in_the_browser(
    new_context, live_server, learning_site, language
):
    page = _open(new_context, learning_site["urls"]["module"][language], language, "desktop")
    scripts = page.locator("script[type='application/ld+json']")
    expect(scripts).to_have_count(1)
    data = page.evaluate(
        "() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').text)"
    )
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert [step["@type"] for step in data["step"]] == ["HowToStep"] * len(STEPS[language])
    assert [step["name"] for step in data["step"]] == [title for title, _ in STEPS[language]]
    assert [step["position"] for step in data["step"]] == [1, 2, 3]
    # Nothing was lost in escaping: the browser reads the same text as the editor wrote.
    assert [step["text"] for step in data["step"]] == [text for _, text in STEPS[language]]
