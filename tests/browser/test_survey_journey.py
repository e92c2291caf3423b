"""A parent on a phone starts a pathway and takes the before survey; axe on the pages they see."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import DESKTOP, PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture
def course(portal_site):
    from tests.factories import build_course

    return build_course(portal_site)


def _urls(course, language):
    pathway = course["pathway_es" if language == "es" else "pathway"]
    return pathway.url, pathway.url + "survey/pre/"


def _open(new_context, url, language, width):
    page = new_context(locale=language, viewport=WIDTHS[width]).new_page()
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    return page


def _assert_accessible(page, what):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{what} is {overflow}px wider than the viewport"
    violations = run_axe(page)["violations"]
    assert violations == [], f"axe on {what}:\n{describe_violations(violations)}"


def _answer_every_statement(page, point):
    for scale in page.locator("fieldset.survey-scale").all():
        scale.locator("label.survey-scale__point").nth(point).click()


def test_anonymous_parent_on_a_phone_starts_and_takes_the_before_survey_in_spanish(
    new_context, live_server, course
):
    from pathways.models import Enrollment, SurveyResponse

    pathway_url, survey_url = _urls(course, "es")
    page = _open(new_context, pathway_url, "es", "phone")
    page.locator("form.pathway-start button[type=submit]").click()
    page.wait_for_url(f"**{pathway_url}")
    expect(page.locator("[data-status]")).to_have_count(3)
    expect(page.locator("[data-status=next]")).to_have_count(1)

    page.locator("a[data-continue]").click()
    page.wait_for_url(f"**{survey_url}")
    expect(page.locator("h1")).to_have_text(f"Antes de empezar: {course['survey_es'].name}")
    # Sending with a statement unanswered keeps the parent on the form, with errors.
    page.locator("fieldset.survey-scale").first.locator("label").nth(1).click()
    page.locator("form.survey-form button[type=submit]").click()
    expect(page.locator("#survey-errors")).to_be_visible()
    assert not SurveyResponse.objects.exists()

    _answer_every_statement(page, 3)
    page.locator("form.survey-form button[type=submit]").click()
    page.wait_for_url(f"**{pathway_url}")
    expect(page.locator("[data-status=done]")).to_have_count(1)
    expect(page.locator(".messages")).to_be_visible()

    response = SurveyResponse.objects.get()
    assert (response.phase, response.language) == ("pre", "es")
    assert set(response.answers.values()) == {4}
    assert Enrollment.objects.get().language == "es"


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_pathway_with_progress_and_survey_form_have_no_wcag_violations(
    new_context, live_server, course, language, width
):
    pathway_url, survey_url = _urls(course, language)
    page = _open(new_context, pathway_url, language, width)
    page.locator("form.pathway-start button[type=submit]").click()
    page.wait_for_url(f"**{pathway_url}")
    page.goto(survey_url)
    assert page.locator("html").get_attribute("lang") == language
    _assert_accessible(page, f"{survey_url} at {width}")
    # With errors shown too.
    page.locator("form.survey-form button[type=submit]").click()
    expect(page.locator("#survey-errors")).to_be_visible()
    _assert_accessible(page, f"{survey_url} with errors at {width}")
    _answer_every_statement(page, 2)
    page.locator("form.survey-form button[type=submit]").click()
    page.wait_for_url(f"**{pathway_url}")
    expect(page.locator("[data-status=done]")).to_have_count(1)
    _assert_accessible(page, f"{pathway_url} with progress at {width}")
    # The survey, once answered, says so instead of offering the form again.
    page.goto(survey_url)
    expect(page.locator("form.survey-form")).to_have_count(0)
    expect(page.locator("main .message")).to_be_visible()
    expect(page.locator(f"main a[href='{pathway_url}']")).to_be_visible()
    _assert_accessible(page, f"{survey_url} already answered at {width}")
