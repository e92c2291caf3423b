"""Saved checklists on a module page: saving, both languages, the wrong person, bad input,
anonymous visitors (and their shared cached page), the export, deletion and the queries."""

import json
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pathways.models import ChecklistProgress, LearningStatement
from portal import personal_data
from tests.factories import UserFactory
from tests.factories.checklists import build_checklist_course

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
ANONYMOUS_BUDGET = 10
SIGNED_IN_BUDGET = 15


@pytest.fixture
def course(site_tree):
    return build_checklist_course(site_tree)


def module_in(course, lang):
    return course["module_es" if lang == "es" else "module"]


def save_url(course, lang="en"):
    return f"/{lang}/learning/checklist/{course['module'].translation_key}/"


def post(client, course, ticked, block=None, lang="en", **extra):
    data = {"ticked": ticked}
    if block:
        data["block"] = block
    return client.post(save_url(course, lang), data, **extra)


def saved(person, course):
    row = ChecklistProgress.objects.filter(user=person).first()
    return row.ticked if row else None


def checked_ids(html):
    return {
        part.split('"')[0]
        for part in html.split('name="ticked" value="')[1:]
        if part.split(">")[0].rstrip().endswith("checked")
    }


@pytest.fixture
def ana(client):
    person = UserFactory(first_name="Ana")
    client.force_login(person)
    return person


# Saving -------------------------------------------------------------------


@LANGUAGES
def test_signed_in_page_has_a_form_per_checklist_with_a_save_button(client, course, ana, lang):
    html = client.get(module_in(course, lang).url).content.decode()
    assert html.count('<form class="checklist-form"') == 2
    assert html.count(f'action="{save_url(course, lang)}"') == 2
    assert html.count('name="csrfmiddlewaretoken"') >= 2
    for block_id in course["blocks"].values():
        assert f'id="checklist-{block_id}"' in html
        assert f'name="block" value="{block_id}"' in html
    with translation.override(lang):
        assert translation.gettext("Save my checklist") in html
    assert "js/checklist" in html
    assert 'role="status" data-checklist-status' in html


@LANGUAGES
def test_saving_keeps_exactly_the_ticked_items_and_redirects_to_the_checklist(
    client, course, ana, lang
):
    bring = course["items"]["bring"]
    response = post(client, course, [bring[1]], course["blocks"]["bring"], lang)
    page = module_in(course, lang)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#checklist-{course['blocks']['bring']}"
    assert saved(ana, course) == [bring[1]]
    row = ChecklistProgress.objects.get(user=ana)
    assert row.module_key == course["module"].translation_key
    assert row.module_title == page.title
    followed = client.get(response["Location"]).content.decode()
    with translation.override(lang):
        assert translation.gettext("Your checklist is saved.") in followed
    assert checked_ids(followed) == {bring[1]}


@pytest.mark.parametrize("saved_in, seen_in", [("en", "es"), ("es", "en")], ids=["en-es", "es-en"])
def test_ticks_show_in_the_other_language_copy(client, course, ana, saved_in, seen_in):
    ticks = [course["items"]["bring"][0], course["items"]["after"][1]]
    post(client, course, ticks, lang=saved_in)
    html = client.get(module_in(course, seen_in).url).content.decode()
    assert checked_ids(html) == set(ticks)


def test_saving_one_checklist_leaves_the_other_alone(client, course, ana):
    bring, after = course["items"]["bring"], course["items"]["after"]
    post(client, course, bring, course["blocks"]["bring"])
    post(client, course, [after[0]], course["blocks"]["after"])
    assert saved(ana, course) == [*bring, after[0]]
    post(client, course, [], course["blocks"]["bring"])  # untick everything in "bring"
    assert saved(ana, course) == [after[0]]


def test_unknown_and_foreign_item_ids_are_ignored(client, course, ana):
    other = build_other_module(course)
    bring = course["items"]["bring"]
    junk = ["nope", str(uuid.uuid4()), other, "<script>", bring[0]]
    response = post(client, course, junk, course["blocks"]["bring"])
    assert response.status_code == 302
    assert saved(ana, course) == [bring[0]]
    # an item of the other checklist posted with this one's block is not taken either
    post(client, course, [course["items"]["after"][0]], course["blocks"]["bring"])
    assert saved(ana, course) == []


def build_other_module(course):
    from pathways.factories import list_items, stream
    from tests.factories import HowToModulePageFactory

    items = list_items(["Elsewhere"])
    HowToModulePageFactory(
        parent=course["module"].get_parent(),
        slug="other",
        body=stream(("checklist", {"heading": "Other", "items": items})),
    )
    return items[0]["id"]


def test_an_unknown_checklist_changes_nothing(client, course, ana):
    bring = course["items"]["bring"]
    post(client, course, bring)
    response = post(client, course, [], block="not-a-block")
    assert response.status_code == 302
    assert response["Location"] == course["module"].url
    assert saved(ana, course) == bring
    html = client.get(course["module"].url).content.decode()
    assert "This checklist has changed since the page was loaded" in html


@pytest.mark.parametrize(
    "path",
    [
        f"/en/learning/checklist/{uuid.uuid4()}/",
        "/en/learning/checklist/not-a-uuid/",
        "pathway",
        "no-checklist",
    ],
    ids=["unknown-key", "malformed", "a-pathway", "module-without-checklist"],
)
def test_an_unknown_or_foreign_module_is_not_found(client, course, ana, path):
    if path == "pathway":
        path = f"/en/learning/checklist/{course['pathway'].translation_key}/"
    elif path == "no-checklist":
        from tests.factories import HowToModulePageFactory

        plain = HowToModulePageFactory(parent=course["module"].get_parent(), slug="plain")
        path = f"/en/learning/checklist/{plain.translation_key}/"
    response = client.post(path, {"ticked": course["items"]["bring"]})
    assert response.status_code == 404
    assert not ChecklistProgress.objects.exists()


def test_double_submission_is_harmless(client, course, ana):
    ticks = course["items"]["bring"]
    first = post(client, course, ticks, course["blocks"]["bring"])
    second = post(client, course, ticks, course["blocks"]["bring"])
    assert first.status_code == second.status_code == 302
    assert ChecklistProgress.objects.filter(user=ana).count() == 1
    assert saved(ana, course) == ticks


def test_fetch_gets_json_with_a_translated_message(client, course, ana):
    response = post(
        client,
        course,
        course["items"]["after"],
        course["blocks"]["after"],
        lang="es",
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["saved"] is True and data["ticked"] == course["items"]["after"]
    with translation.override("es"):
        assert data["message"] == translation.gettext("Saved")
    bad = post(client, course, [], "nope", HTTP_ACCEPT="application/json")
    assert bad.status_code == 400 and json.loads(bad.content)["saved"] is False


def test_get_is_not_allowed(client, course, ana):
    assert client.get(save_url(course)).status_code == 405


# Who may save and see -----------------------------------------------------


def test_the_wrong_person_neither_sees_nor_changes_anothers_ticks(client, course, ana):
    post(client, course, course["items"]["bring"])
    ben = UserFactory(first_name="Ben")
    other = Client()
    other.force_login(ben)
    html = other.get(course["module"].url).content.decode()
    assert checked_ids(html) == set()
    post(other, course, [course["items"]["after"][0]])
    assert saved(ana, course) == course["items"]["bring"]
    assert saved(ben, course) == [course["items"]["after"][0]]
    assert checked_ids(client.get(course["module"].url).content.decode()) == set(
        course["items"]["bring"]
    )


@LANGUAGES
def test_anonymous_post_is_sent_to_sign_in_and_saves_nothing(client, course, lang):
    response = post(client, course, course["items"]["bring"], lang=lang)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == f"/{lang}/accounts/login/"
    assert parse_qs(location.query) == {"next": [module_in(course, lang).url]}
    assert not ChecklistProgress.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(course):
    person = UserFactory()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(person)
    response = post(strict, course, course["items"]["bring"])
    assert response.status_code == 403
    assert not ChecklistProgress.objects.exists()


@LANGUAGES
def test_anonymous_visitors_tick_locally_and_are_invited_to_sign_in(client, course, lang):
    page = module_in(course, lang)
    html = client.get(page.url).content.decode()
    assert 'class="checklist-form"' in html and '<form class="checklist-form"' not in html
    assert html.count('type="checkbox" id="checklist-') == 4
    assert 'name="block"' not in html and "js/checklist" not in html
    with translation.override(lang):
        invite = translation.gettext("Sign in to save your checklist")
    login = f"/{lang}/accounts/login/?next={page.url.replace('/', '%2F')}"
    assert f'<a href="{login}">{invite}</a>' in html


@override_settings(PORTAL_PAGE_CACHE_SECONDS=300)
def test_the_cached_anonymous_page_carries_nothing_personal(client, course):
    module = course["module"]
    module.quiz_questions = []  # a quiz form's token would keep the page out of the cache
    module.save_revision().publish()
    first = Client().get(module.url)
    assert first["X-Page-Cache"] == "miss"

    person = UserFactory()
    client.force_login(person)
    post(client, course, course["items"]["bring"])
    mine = client.get(module.url)
    assert "X-Page-Cache" not in mine
    assert checked_ids(mine.content.decode()) == set(course["items"]["bring"])

    again = Client().get(module.url)
    assert again["X-Page-Cache"] == "hit"
    html = again.content.decode()
    assert checked_ids(html) == set() and " checked" not in html
    assert "csrfmiddlewaretoken" not in html


# The person's data ----------------------------------------------------------


def test_checklists_are_in_the_export_and_go_with_the_account(client, course, ana):
    post(client, course, [course["items"]["after"][1]])
    data = personal_data.person_data(ana)
    [entry] = data["checklists"]
    assert entry["module_key"] == str(course["module"].translation_key)
    assert entry["ticked"] == [course["items"]["after"][1]]
    rows = personal_data.csv_rows(data)
    assert ["checklists", 1, "ticked.1", course["items"]["after"][1]] in rows

    ben = UserFactory()
    ChecklistProgress.objects.create(
        user=ben, module_key=course["module"].translation_key, module_title="x", ticked=[]
    )
    assert personal_data.person_data(ben)["checklists"][0]["ticked"] == []
    personal_data.delete_account(ana)
    assert ChecklistProgress.objects.filter(user=ben).count() == 1
    assert ChecklistProgress.objects.count() == 1


# Queries ----------------------------------------------------------------------


def queries_of(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    return response, queries


@override_settings(PORTAL_PAGE_CACHE_SECONDS=0)
@LANGUAGES
def test_signed_in_module_with_checklists_and_quiz_fits_the_budget(client, course, ana, lang):
    post(client, course, course["items"]["bring"])
    response, queries = queries_of(client, module_in(course, lang).url)
    assert checked_ids(response.content.decode()) == set(course["items"]["bring"])
    budget = SIGNED_IN_BUDGET
    assert len(queries) <= budget, "\n".join(q["sql"] for q in queries)


@override_settings(PORTAL_PAGE_CACHE_SECONDS=0)
def test_anonymous_module_with_checklists_fits_the_budget(client, course):
    module = course["module"]
    module.quiz_questions = []
    module.save_revision().publish()
    response, queries = queries_of(client, module.url)
    assert 'type="checkbox"' in response.content.decode()
    assert len(queries) <= ANONYMOUS_BUDGET, "\n".join(q["sql"] for q in queries)


@LANGUAGES
def test_saving_a_checklist_is_an_xapi_experienced_statement(client, course, ana, lang):
    ticks = course["items"]["bring"]
    post(client, course, ticks, course["blocks"]["bring"], lang=lang)
    post(client, course, ticks, course["blocks"]["bring"], lang=lang)  # nothing new to say
    rows = LearningStatement.objects.filter(verb="experienced", user=ana)
    assert rows.count() == 1
    statement = rows.get().statement
    assert statement["context"]["language"] == lang
    assert statement["object"]["id"].endswith(f"/module/{course['module'].translation_key}")
