"""A parent's journey on a pathway page: starting, progress, and the self-efficacy surveys."""

import re

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pathways.factories import stream, survey_step
from pathways.learning import complete_step, enroll, submit_survey
from pathways.models import Enrollment, SurveyResponse
from tests.factories import UserFactory, build_course
from tests.factories.records import survey_answers

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
PAGE_BUDGET = 15


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def pathway_in(course, lang):
    return course["pathway_es" if lang == "es" else "pathway"]


def survey_in(course, lang):
    return course["survey_es" if lang == "es" else "survey"]


def form_data(instrument, value=3, parts=(None,)):
    data = {}
    for item in instrument.definition()["items"]:
        for part in parts:
            name = f"{part}-{item['item_id']}" if part else f"item-{item['item_id']}"
            data[name] = str(value)
    return data


def statuses(html):
    return re.findall(r'data-status="(\w+)"', html)


def own_records(client):
    key = client.session.get("pathways_learner_key")
    return Enrollment.objects.filter(learner_key=key)


# --------------------------------------------------------------------------
# Starting
# --------------------------------------------------------------------------


@LANGUAGES
def test_start_enrolls_in_the_page_language_and_redirects(client, course, lang):
    page = pathway_in(course, lang)
    response = client.post(page.url + "start/")
    assert response.status_code == 302
    assert response["Location"] == page.url
    enrollment = own_records(client).get()
    assert enrollment.language == lang
    assert enrollment.pathway_key == page.translation_key
    assert enrollment.user is None


def test_start_twice_keeps_one_enrollment(client, course):
    page = course["pathway"]
    client.post(page.url + "start/")
    client.post(page.url + "start/")
    assert own_records(client).count() == 1


def test_start_by_get_is_refused(client, course):
    response = client.get(course["pathway"].url + "start/")
    assert response.status_code == 405
    assert not Enrollment.objects.exists()


def test_signed_in_person_starts_with_their_account(client, course):
    person = UserFactory()
    client.force_login(person)
    client.post(course["pathway"].url + "start/")
    assert Enrollment.objects.get().user == person


def test_visitor_sees_start_button_and_signup_invitation(client, course):
    html = client.get(course["pathway"].url).content.decode()
    assert "Start this pathway" in html
    assert 'action="' + course["pathway"].url + 'start/"' in html
    assert "/en/accounts/signup/" in html
    assert statuses(html) == []  # no progress before starting


def test_signed_in_person_gets_no_signup_invitation(client, course):
    client.force_login(UserFactory())
    html = client.get(course["pathway"].url).content.decode()
    assert "Start this pathway" in html
    assert "accounts/signup/" not in html


# --------------------------------------------------------------------------
# Surveys
# --------------------------------------------------------------------------


@LANGUAGES
def test_survey_form_lists_each_statement_with_labelled_points(client, course, lang):
    page, instrument = pathway_in(course, lang), survey_in(course, lang)
    response = client.get(page.url + "survey/pre/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" not in html
    definition = instrument.definition()
    assert html.count('<fieldset class="survey-scale') == len(definition["items"])
    for item in definition["items"]:
        assert item["text"] in html
        for point in definition["scale_labels"]:
            assert f'name="item-{item["item_id"]}" value="{point["value"]}"' in html
    assert html.count("Not at all sure") == len(definition["items"])
    assert instrument.name in html


def test_spanish_survey_uses_the_spanish_instrument(client, course):
    english, spanish = course["survey"], course["survey_es"]
    # A visibly different Spanish label: the form must use the translation's.
    spanish.scale_labels = stream(
        *[("label", text) for text in ["Nada", "Poco", "Algo", "Bastante", "Totalmente"]]
    )
    spanish.save()
    html = client.get(course["pathway_es"].url + "survey/pre/").content.decode()
    assert "Bastante" in html
    assert "Quite sure" not in html
    assert spanish.name in html and english.name not in html


@LANGUAGES
def test_pre_survey_is_stored_with_scores_and_completes_the_step(client, course, lang):
    page, instrument = pathway_in(course, lang), survey_in(course, lang)
    response = client.post(page.url + "survey/pre/", form_data(instrument, 4))
    assert response.status_code == 302
    assert response["Location"] == page.url
    saved = SurveyResponse.objects.get()
    assert (saved.phase, saved.language) == ("pre", lang)
    assert saved.pathway_key == page.translation_key
    assert saved.answers == survey_answers(instrument, 4)
    assert saved.scores["overall"] is not None
    enrollment = own_records(client).get()
    assert set(enrollment.step_completions.values_list("step_id", flat=True)) == {
        course["steps"]["pre"]
    }
    followed = client.get(page.url)
    assert statuses(followed.content.decode()) == ["done", "next", "todo"]
    with translation.override(lang):
        thanks = translation.gettext("Thank you. Your answers are saved.")
    assert [str(m) for m in followed.context["messages"]] == [thanks]


def test_post_survey_is_stored(client, course):
    page, instrument = course["pathway"], course["survey"]
    client.post(page.url + "survey/post/", form_data(instrument, 5))
    saved = SurveyResponse.objects.get()
    assert saved.phase == "post"
    assert own_records(client).get().step_completions.get().step_id == course["steps"]["post"]


@pytest.fixture
def looking_back(course):
    page = course["pathway"]
    page.steps = stream(survey_step(course["survey"], "retrospective"))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_retrospective_asks_each_statement_twice(client, course, looking_back):
    html = client.get(looking_back.url + "survey/retrospective/").content.decode()
    items = course["survey"].definition()["items"]
    assert html.count("Before this pathway") == len(items)
    assert html.count(">Now<") == len(items)
    for item in items:
        assert f'name="then-{item["item_id"]}"' in html
        assert f'name="now-{item["item_id"]}"' in html


def test_retrospective_then_and_now_are_stored(client, course, looking_back):
    instrument = course["survey"]
    data = {**form_data(instrument, 2, parts=("then",)), **form_data(instrument, 4, parts=("now",))}
    response = client.post(looking_back.url + "survey/retrospective/", data)
    assert response.status_code == 302
    saved = SurveyResponse.objects.get()
    assert saved.phase == "retrospective"
    assert saved.answers == {
        "then": survey_answers(instrument, 2),
        "now": survey_answers(instrument, 4),
    }
    assert set(saved.scores) == {"then", "now"}


def _missing_one(instrument):
    data = form_data(instrument)
    data.pop(next(iter(data)))
    return data


def _off_scale(instrument):
    data = form_data(instrument)
    data[next(iter(data))] = "9"
    return data


def _not_a_number(instrument):
    data = form_data(instrument)
    data[next(iter(data))] = "lots"
    return data


@pytest.mark.parametrize(
    "bad, message",
    [
        (_missing_one, "Choose an answer for this statement."),
        (_off_scale, "Choose one of the answers shown."),
        (_not_a_number, "Choose one of the answers shown."),
        (lambda instrument: {}, "Choose an answer for this statement."),
    ],
    ids=["one-unanswered", "off-the-scale", "not-a-number", "nothing"],
)
def test_invalid_answers_show_errors_and_save_nothing(client, course, bad, message):
    response = client.post(course["pathway"].url + "survey/pre/", bad(course["survey"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert not SurveyResponse.objects.exists()
    assert not Enrollment.objects.exists()


def test_errors_are_in_the_language_of_the_page(client, course):
    response = client.post(course["pathway_es"].url + "survey/pre/", {})
    assert response.status_code == 200
    assert response.context["LANGUAGE_CODE"] == "es"
    with translation.override("es"):
        expected = translation.gettext("Choose an answer for this statement.")
    assert response.content.decode().count(expected) == len(
        course["survey_es"].definition()["items"]
    )


def test_kept_answers_are_checked_again_after_an_error(client, course):
    data = _missing_one(course["survey"])
    html = client.post(course["pathway"].url + "survey/pre/", data).content.decode()
    assert html.count(" checked") == len(data)


def test_replayed_submission_is_kept_once(client, course):
    data = form_data(course["survey"])
    url = course["pathway"].url + "survey/pre/"
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert SurveyResponse.objects.count() == 1


@pytest.mark.parametrize(
    "phase", ["retrospective", "during", "PRE"], ids=["not-in-pathway", "unknown", "wrong-case"]
)
def test_survey_phase_the_pathway_lacks_is_404(client, course, phase):
    assert client.get(course["pathway"].url + f"survey/{phase}/").status_code == 404
    assert client.post(course["pathway"].url + f"survey/{phase}/", {}).status_code == 404


# --------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------


def test_english_and_spanish_copies_are_one_pathway(client, course):
    client.post(course["pathway_es"].url + "start/")
    client.post(course["pathway_es"].url + "survey/pre/", form_data(course["survey_es"]))
    client.post(course["pathway"].url + "start/")  # continuing in English starts nothing new
    assert own_records(client).count() == 1
    assert own_records(client).get().language == "es"
    html = client.get(course["pathway"].url).content.decode()
    assert statuses(html) == ["done", "next", "todo"]
    assert "Continue with “How to check grades”" in html
    assert 'href="' + course["module"].url + '" data-continue' in html


def test_progress_statuses_and_percent(client, course):
    person = UserFactory()
    client.force_login(person)
    page = course["pathway"]
    enrollment = enroll(person, page, "en")
    html = client.get(page.url).content.decode()
    assert statuses(html) == ["next", "todo", "todo"]
    assert 'data-progress-percent="0"' in html
    assert "Continue with “Before you start: Confidence with school”" in html
    complete_step(enrollment, course["steps"]["module"])
    html = client.get(page.url).content.decode()
    assert statuses(html) == ["next", "done", "todo"]
    assert 'data-progress-percent="33"' in html
    assert "Start this pathway" not in html


def test_finished_pathway_links_the_certificate(client, course):
    person = UserFactory()
    client.force_login(person)
    enrollment = enroll(person, course["pathway"], "en")
    for step_id in course["steps"].values():
        complete_step(enrollment, step_id)
    html = client.get(course["pathway"].url).content.decode()
    certificate = enrollment.certificate
    assert f'href="/en/verify/{certificate.code}/"' in html
    assert 'data-progress-percent="100"' in html
    assert statuses(html) == ["done", "done", "done"]
    assert "data-continue" not in html


def test_another_persons_progress_is_never_shown(course):
    page = course["pathway"]
    first, second = Client(), Client()
    first.post(page.url + "start/")
    first.post(page.url + "survey/pre/", form_data(course["survey"]))
    second.post(page.url + "start/")
    assert statuses(first.get(page.url).content.decode()) == ["done", "next", "todo"]
    assert statuses(second.get(page.url).content.decode()) == ["next", "todo", "todo"]
    # A third visitor who has not started sees no one's progress.
    assert statuses(Client().get(page.url).content.decode()) == []


def test_signed_in_people_see_their_own_progress(course):
    page = course["pathway"]
    ana, ben = UserFactory(), UserFactory()
    submit_survey(
        ana, course["survey"], "pre", survey_answers(course["survey"]), "en", pathway_page=page
    )
    enroll(ben, page, "en")
    clients = {}
    for person in (ana, ben):
        clients[person] = Client()
        clients[person].force_login(person)
    assert statuses(clients[ana].get(page.url).content.decode()) == ["done", "next", "todo"]
    assert statuses(clients[ben].get(page.url).content.decode()) == ["next", "todo", "todo"]


def test_progress_never_comes_from_the_anonymous_cache(settings, course):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300
    page = course["pathway"]
    visitor = Client()
    first = visitor.get(page.url)  # a plain anonymous read (may be cached)
    assert statuses(first.content.decode()) == []
    learner = Client()
    learner.post(page.url + "start/")
    learner.post(page.url + "survey/pre/", form_data(course["survey"]))
    response = learner.get(page.url)
    assert response.get("X-Page-Cache") != "hit"
    assert statuses(response.content.decode()) == ["done", "next", "todo"]
    other = Client()
    other.post(page.url + "start/")
    assert statuses(other.get(page.url).content.decode()) == ["next", "todo", "todo"]


def test_query_budget_for_a_signed_in_person_with_progress(client, course):
    person = UserFactory()
    client.force_login(person)
    page = course["pathway"]
    enrollment = enroll(person, page, "en")
    complete_step(enrollment, course["steps"]["pre"])
    client.get(page.url)  # warm the site root paths and the session
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert statuses(response.content.decode()) == ["done", "next", "todo"]
    assert len(queries) <= PAGE_BUDGET, "\n".join(q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
def test_signing_up_from_a_pathway_returns_to_it_after_confirming(client, course, mailoutbox, lang):
    from tests.portal.test_accounts import NEW_PASSWORD, path_in

    pathway = course["pathway_es" if lang == "es" else "pathway"]
    client.post(pathway.url + "start/")
    html = client.get(pathway.url).content.decode()
    signup = re.search(r'href="(/\w\w/accounts/signup/\?next=[^"]+)"', html).group(1)
    form = client.get(signup).content.decode()
    assert f'name="next" value="{pathway.url}"' in form
    response = client.post(
        signup,
        {
            "email": "nueva@example.org",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "preferred_language": lang,
            "next": pathway.url,
        },
    )
    assert response.status_code == 302
    confirmed = client.post(path_in(mailoutbox[0]))
    assert confirmed.status_code == 302
    assert confirmed["Location"] == pathway.url  # back on the pathway, progress kept
    from pathways.models import Enrollment

    assert Enrollment.objects.get().user.email == "nueva@example.org"
