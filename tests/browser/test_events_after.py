"""Events after the door, in a real browser at phone width: a parent answers the survey
from the email's link and reads "My events" in English and Spanish; family-engagement
staff read who is coming and the three event reports on a phone. axe-core finds nothing
on any of these pages, and nothing scrolls sideways."""

import pytest
from playwright.sync_api import expect

from django.test import override_settings

from tests.browser.axe import PHONE, describe_violations, run_axe
from tests.browser.test_events import WCAG_22_AA, check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

SURVEY = {
    "en": {
        "very": "Very satisfied",
        "agree": "Agree",
        "yes": "Yes",
        "send": "Send my answers",
        "thanks": "Thank you!",
        "missing": "Please answer every question",
    },
    "es": {
        "very": "Muy satisfecho",
        "agree": "De acuerdo",
        "yes": "Sí",
        "send": "Enviar mis respuestas",
        "thanks": "¡Gracias!",
        "missing": "Responda todas las preguntas",
    },
}


def ended_date(calendar_site, hours_ago=3):
    """The weekly workshop's first date, moved so that it ended a few hours ago."""
    from datetime import timedelta

    from django.utils import timezone

    from events.factories import occurrences_of

    date = occurrences_of(calendar_site.weekly)[0]
    date.ends_at = timezone.now() - timedelta(hours=hours_ago)
    date.starts_at = date.ends_at - timedelta(hours=2)
    date.save()
    return date


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_a_parent_answers_the_survey_from_the_email(
    new_context, live_server, calendar_site, language, mailoutbox
):
    import re

    from events import registration, surveys
    from events.checkin import check_in_registration
    from events.models import EventSurveyResponse

    words = SURVEY[language]
    date = ended_date(calendar_site)
    made = registration.register(
        date,
        registration.Details(name="Marta Solís", email="marta@example.org", language=language),
        now=date.starts_at,
    )
    check_in_registration(made.registration, now=date.starts_at)
    assert surveys.send_surveys() == 1
    email = mailoutbox[-1]  # after the registration's confirmation
    link = re.search(r"https?://\S+/(?:survey|encuesta)/\S+/", email.body)[0]
    path = re.sub(r"^https?://[^/]+", "", link)
    assert path.startswith(f"/{language}/")

    page = new_context(locale=language, viewport=PHONE).new_page()
    page.goto(path)
    check(page, "survey")
    page.get_by_role("button", name=words["send"]).click()  # nothing chosen
    page.wait_for_load_state("load")
    expect(page.locator(".form-errors")).to_contain_text(words["missing"])
    check(page, "survey with errors")
    assert not EventSurveyResponse.objects.exists()
    page.get_by_label(words["very"], exact=True).check()
    page.get_by_label(words["agree"], exact=True).check()
    page.get_by_label(words["yes"], exact=True).check()
    page.locator("textarea").fill("Muy claro" if language == "es" else "Very clear")
    page.get_by_role("button", name=words["send"]).click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(words["thanks"])
    check(page, "survey answered")
    answer = EventSurveyResponse.objects.get()
    assert (answer.overall, answer.learned, answer.would_recommend) == (5, 4, True)
    assert answer.language == language


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_my_events_lists_a_parents_registrations(new_context, live_server, calendar_site, language):
    from django.test import Client

    from events import registration
    from events.factories import occurrences_of
    from tests.factories import UserFactory

    parent = UserFactory(email="pilar@example.org", first_name="Pilar", preferred_language=language)
    date = occurrences_of(calendar_site.weekly)[0]
    registration.register(date, registration.Details.of_user(parent), user=parent)
    client = Client()
    client.force_login(parent)
    context = new_context(locale=language, viewport=PHONE)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    page.goto(f"/{language}/my-events/")
    title = calendar_site.weekly.title if language == "en" else calendar_site.weekly_es.title
    expect(page.locator("main")).to_contain_text(title)
    check(page, "my events")


@pytest.fixture
def staff_page(new_context, live_server):
    from django.contrib.auth.models import Group

    from portal.roles import FAMILY_ENGAGEMENT_STAFF
    from tests.browser.journey import admin_login
    from tests.factories import UserFactory

    staff = UserFactory(email="office@example.org", is_staff=True)
    staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))
    page = new_context(locale="en", viewport=PHONE).new_page()
    admin_login(page, staff)
    return page


def admin_check(page, name):
    """axe-core on an admin page at phone width (Wagtail's own layout may scroll a table)."""
    violations = run_axe(page, WCAG_22_AA)["violations"]
    assert violations == [], f"{name} {page.url}:\n{describe_violations(violations)}"


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=2)
def test_staff_read_who_is_coming_and_the_event_reports_on_a_phone(staff_page, calendar_site):
    from events import registration, surveys
    from events.checkin import check_in_registration
    from portal.school_year import SchoolYear

    date = ended_date(calendar_site)
    for n, name in enumerate(("Ana Ruiz", "Ben Ortiz", "Cruz Vega")):
        made = registration.register(
            date,
            registration.Details(name=name, email=f"p{n}@example.org"),
            now=date.starts_at,
        )
        attendance, _ = check_in_registration(made.registration, now=date.starts_at)
        surveys.record_answer(
            attendance,
            {"overall": 5 - n, "learned": 4, "would_recommend": True, "comment": f"Note {n}"},
        )
    page = staff_page
    page.goto(f"/admin/events/dates/{date.pk}/people/")
    expect(page.locator("main")).to_contain_text("Cruz Vega")
    admin_check(page, "who is coming")
    year = SchoolYear.of(date.starts_at).slug
    for report in ("workshops", "committee-training", "survey-answers"):
        response = page.goto(f"/admin/event-reports/{report}/?school_year={year}")
        assert response.status == 200, report
        expect(page.locator("#listing-results table").first).to_be_visible()
        admin_check(page, report)
    expect(page.locator("#survey-comments-heading")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Note 2")
    expect(page.locator("main")).not_to_contain_text("Cruz Vega")  # comments carry no names
