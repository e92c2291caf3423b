"""The whole Pathways journey of a parent on a phone, on the demo site, in English and Spanish.

An anonymous parent opens “Partnering with your child's school”, starts it, takes the
before survey, fails the first module's quiz (feedback, a retry) and passes it, signs up
and confirms the emailed link, finds that progress kept on the pathway and in My
learning, carries on from another phone where it left off, finishes the modules and the
after survey, and receives a certificate that a third person checks on its public
verification page. axe-core checks every page on the way (tests/browser/journey.py).
"""

from io import StringIO
from unittest import mock

import pytest
from playwright.sync_api import expect

from django.core.management import call_command
from django.utils import timezone

from tests.browser.journey import PASSWORD, Visit, confirmation_link, field_answers

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

LANGUAGES = ["en", "es"]
# The quiz is answered with the keyboard only (Tab, arrows, Space, Enter) in this run.
KEYBOARD_ONLY = "es"
PARENT = {
    "en": {"email": "maria.journey@example.org", "first": "María", "last": "Journey"},
    "es": {"email": "lucia.recorrido@example.org", "first": "Lucía", "last": "Recorrido"},
}
# The scale point chosen on every statement: unsure before, sure after.
BEFORE, AFTER = 1, 3


@pytest.fixture
def demo(live_server, settings, tmp_path):
    """The demo district and its learning content (`manage.py load_demo`), pictures in tmp.

    Without the hundreds of demo learners: they take most of the loader's time and the
    journey needs none of them. A live-server test gets a fresh database, so the demo
    is loaded per test, not once per module.
    """
    settings.MEDIA_ROOT = str(tmp_path / "media")
    with mock.patch("pathways.demo.loader.load_learners", return_value="no demo learners"):
        call_command("load_demo", "--force", stdout=StringIO())
    return timezone.now()


def partnering(language):
    """The demo's “Partnering with your child's school” pathway: its URL, steps and modules."""
    from pathways.demo.pathways import PARTNERING
    from pathways.models import PathwayPage

    pathway = PathwayPage.objects.get(
        slug=PARTNERING["slug"][language], locale__language_code=language
    )
    steps = pathway.resolved_steps()
    return {
        "page": pathway,
        "url": pathway.url,
        "title": PARTNERING["title"][language],
        "kinds": [(step["kind"], step.get("phase"), step["required"]) for step in steps],
        "modules": [step["module"] for step in steps if step["kind"] == "module"],
        "survey": steps[0]["instrument"].name,
        "before": pathway.survey_step("pre")["title"],
        "after": pathway.survey_step("post")["title"],
    }


def progress(done, total):
    """The statuses the pathway page shows after `done` steps out of `total`."""
    return ["done"] * done + ["next"] * (done < total) + ["todo"] * max(total - done - 1, 0)


def pass_module(visit, module, what, keyboard=False):
    from tests.factories.records import right_answers

    visit.answer_quiz(field_answers(right_answers(module)), what, keyboard=keyboard)
    expect(visit.page.locator(".quiz-result--passed")).to_contain_text(visit.text["passed"])
    expect(visit.quiz()).to_have_count(0)


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_parent_journey_on_a_phone_from_first_visit_to_verified_certificate(
    new_context, demo, mailoutbox, language
):
    from pathways.models import Certificate, Enrollment, QuizAttempt, SurveyResponse
    from portal.models import User
    from tests.factories.records import wrong_answers

    since = demo  # records made from here on are the journey's own
    course = partnering(language)
    url, modules, person = course["url"], course["modules"], PARENT[language]
    keyboard = language == KEYBOARD_ONLY
    # Before survey, five modules, after survey, and the optional looking-back survey.
    assert course["kinds"] == [("survey", "pre", True)] + [("module", None, True)] * 5 + [
        ("survey", "post", True),
        ("survey", "retrospective", False),
    ]
    steps = len(course["kinds"])
    required = sum(1 for _kind, _phase, is_required in course["kinds"] if is_required)

    # 1. Anonymous, on a phone: the pathway page, then start it.
    phone = Visit(new_context, language, "the parent's phone")
    phone.open(url, "the pathway page, not started")
    expect(phone.page.locator("h1")).to_have_text(course["title"])
    expect(phone.page.locator("[data-status]")).to_have_count(0)
    start = phone.page.get_by_role("button", name=phone.text["start"])
    phone.follow(start, "the pathway page, just started", url)
    phone.expect_message(phone.text["started"])
    phone.expect_statuses(progress(0, steps))

    # 2. The before survey.
    phone.continue_to(course["before"], "the before survey")
    expect(phone.page.locator("h1")).to_have_text(course["before"])
    phone.answer_survey(BEFORE, url, "the pathway page after the before survey")
    phone.expect_statuses(progress(1, steps))

    # 3. The first module's quiz: all wrong, feedback per answer and a retry; then a pass.
    first = modules[0]
    phone.continue_to(first.title, "the first module")
    expect(phone.page.locator("h1")).to_have_text(first.title)
    phone.answer_quiz(
        field_answers(wrong_answers(first)), "the failed quiz with feedback", keyboard=keyboard
    )
    result = phone.page.locator("#quiz-result")
    expect(result).to_contain_text(phone.text["not_passed"])
    expect(result).to_contain_text("(0%)")
    questions = len(first.quiz_definition()["questions"])
    feedback = phone.page.locator(".quiz-feedback__question--wrong")
    expect(feedback).to_have_count(questions)
    expect(feedback.first).to_contain_text(phone.text["not_correct"])
    expect(feedback.first).to_contain_text(phone.text["your_answer"])
    # What the parent chose is explained, and the right answers are marked.
    expect(phone.page.locator(".quiz-feedback__choice--chosen .quiz-feedback__note")).to_have_count(
        questions
    )
    assert phone.page.locator(".quiz-feedback__choice--right").count() >= questions
    expect(phone.page.locator("#quiz-retry-heading")).to_have_text(phone.text["try_again"])
    pass_module(phone, first, "the passed quiz", keyboard=keyboard)
    attempts = QuizAttempt.objects.filter(submitted_at__gte=since).order_by("attempt_number")
    assert [(a.attempt_number, a.passed, a.user_id) for a in attempts] == [
        (1, False, None),
        (2, True, None),
    ]

    phone.open(url, "the pathway page with anonymous progress")
    phone.expect_statuses(progress(2, steps))

    # 4. Sign up from the pathway page's note, confirm the emailed link (back on the
    #    pathway), then add a name on the account page.
    note = phone.page.locator(".pathway-progress__note a")
    phone.follow(note, "the sign-up form", f"/{language}/accounts/signup/")
    form = phone.page.locator("main form")
    form.locator("input[name=email]").fill(person["email"])
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    form.locator("select[name=preferred_language]").select_option(language)
    phone.follow(
        form.locator("button[type=submit]"),
        "the “check your email” page",
        f"/{language}/accounts/confirm-email/",
    )
    user = User.objects.get(email=person["email"])
    phone.page.goto(confirmation_link(mailoutbox, person["email"]))
    phone.check("the email confirmation page")
    phone.follow(
        phone.page.locator("main form button[type=submit]"),
        "the pathway page, signed in, where the sign-up began",
        url,
    )
    phone.expect_statuses(progress(2, steps))
    phone.open(f"/{language}/account/", "the account page, signed in")
    expect(phone.page.locator("h1")).to_have_text(phone.text["account"])
    phone.page.locator("input[name=first_name]").fill(person["first"])
    phone.page.locator("input[name=last_name]").fill(person["last"])
    phone.follow(
        phone.page.locator("main form.form button[type=submit]"), "the account page, saved"
    )
    phone.expect_message(phone.text["preferences_saved"])

    # 5. What was done before signing up is the account's now: My learning, the pathway.
    attempts = QuizAttempt.objects.filter(submitted_at__gte=since)
    assert set(attempts.values_list("user", flat=True)) == {user.pk}
    enrollment = Enrollment.objects.get(started_at__gte=since)
    assert enrollment.user == user
    my_learning = phone.page.get_by_role("link", name=phone.text["my_learning"])
    learning_path = {"en": "/en/my-learning/", "es": "/es/mi-aprendizaje/"}[language]
    phone.follow(my_learning, "My learning, pathway started", learning_path)
    main = phone.page.locator("main")
    expect(main).to_contain_text(course["title"])
    percent = 2 * 100 // required  # two of the required steps
    expect(main).to_contain_text(phone.text["percent_done"].format(percent))
    expect(main).to_contain_text(first.title)
    expect(main).to_contain_text(phone.text["quiz_passed"])
    expect(main).to_contain_text(phone.text["two_attempts"])
    expect(main).to_contain_text(course["survey"])
    expect(main).to_contain_text(phone.text["no_certificate"])
    phone.follow(main.get_by_role("link", name=course["title"]), "the pathway page, signed in", url)
    phone.expect_statuses(progress(2, steps))
    expect(phone.page.locator("[data-progress-percent]")).to_have_attribute(
        "data-progress-percent", str(percent)
    )
    expect(phone.page.locator(".pathway-progress__note")).to_have_count(0)

    # 6. Another phone: sign in there and carry on exactly where the parent left off.
    other = Visit(new_context, language, "the parent's other phone")
    other.open(url, "the pathway page, signed out on another device")
    expect(other.page.locator("[data-status]")).to_have_count(0)  # a stranger to this phone
    sign_in = other.page.get_by_role("link", name=other.text["sign_in"])
    other.follow(sign_in, "the sign-in form", f"/{language}/accounts/login/")
    login = other.page.locator("main form").first
    login.locator("input[name=login]").fill(person["email"])
    login.locator("input[name=password]").fill(PASSWORD)
    # Back on the pathway, where the sign-in began (the header's link carries ``next``).
    other.follow(login.locator("button[type=submit]"), "the pathway on the other device", url)
    my_learning = other.page.get_by_role("link", name=other.text["my_learning"])
    other.follow(my_learning, "My learning on the other device", learning_path)
    other.follow(
        other.page.locator("main").get_by_role("link", name=course["title"]),
        "the pathway page on the other device",
        url,
    )
    other.expect_statuses(progress(2, steps))
    other.continue_to(modules[1].title, "the second module on the other device")
    pass_module(other, modules[1], "the second module passed on the other device")

    # 7. Back on the first phone: the rest of the modules, then the after survey.
    phone.open(url, "the pathway page after the other device")
    phone.expect_statuses(progress(3, steps))
    for number, module in enumerate(modules[2:], start=3):
        phone.continue_to(module.title, f"module {number}")
        pass_module(phone, module, f"module {number} passed")
        phone.open(url, f"the pathway page after module {number}")
        phone.expect_statuses(progress(number + 1, steps))
    phone.continue_to(course["after"], "the after survey")
    phone.answer_survey(AFTER, url, "the completed pathway page")
    phone.expect_statuses(progress(steps - 1, steps))  # only the optional survey is left
    expect(phone.page.locator(".pathway-progress__done")).to_have_text(phone.text["complete"])
    expect(phone.page.locator("[data-progress-percent]")).to_have_attribute(
        "data-progress-percent", "100"
    )

    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    surveys = SurveyResponse.objects.filter(submitted_at__gte=since)
    assert sorted(surveys.values_list("phase", "language", "user")) == [
        ("post", language, user.pk),
        ("pre", language, user.pk),
    ]
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.recipient_name == f"{person['first']} {person['last']}"

    # 8. The certificate in My learning, and its verification page.
    my_learning = phone.page.get_by_role("link", name=phone.text["my_learning"])
    phone.follow(my_learning, "My learning with the certificate", learning_path)
    certificates = phone.page.locator("section[aria-labelledby=certificates-heading]")
    expect(certificates.locator("h2")).to_have_text(phone.text["certificates"])
    expect(certificates).to_contain_text(course["title"])
    expect(certificates).to_contain_text(certificate.code)
    verify_path = {
        "en": f"/en/verify/{certificate.code}/",
        "es": f"/es/verificar/{certificate.code}/",
    }[language]
    verify_link = certificates.locator(f"a[href='{verify_path}']")
    phone.follow(verify_link, "the certificate's page", verify_path)
    assert_verified(phone, course, certificate, person)

    # 9. A third person (an employer, a school) opens the link on their own phone.
    stranger = Visit(new_context, language, "a third person")
    stranger.open(verify_path, "the certificate's page, signed out")
    assert_verified(stranger, course, certificate, person)

    # 10. The other device sees the finished pathway too.
    other.open(url, "the completed pathway page on the other device")
    other.expect_statuses(progress(steps - 1, steps))
    see = other.page.get_by_role("link", name=other.text["see_certificate"])
    other.follow(see, "the certificate's page from the other device", verify_path)

    assert len(phone.checked) + len(other.checked) + len(stranger.checked) >= 35


def assert_verified(visit, course, certificate, person):
    main = visit.page.locator("main")
    expect(main.locator("h1")).to_have_text(visit.text["verified"])
    expect(main).to_contain_text(visit.text["awarded_to"])
    expect(main).to_contain_text(f"{person['first']} {person['last']}")
    expect(main).to_contain_text(course["title"])
    expect(main.locator("code")).to_have_text(certificate.code)
