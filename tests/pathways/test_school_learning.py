"""“My school's staff learning”: the rule (who counts, which pathways, which year), who may
see it (a leader of this school only), the page in both languages, and its queries."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from pathways.school_learning import COMPLETED, IN_PROGRESS, NOT_STARTED, staff_learning
from portal import roles
from portal.school_year import SchoolYear
from tests.factories import UserFactory
from tests.factories.school_learning import (
    build_school,
    build_staff_course,
    enroll,
    leader,
    staff_member,
)

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
URL = "/{lang}/my-school/learning/"


@pytest.fixture
def course(site_tree):
    return build_staff_course(site_tree)


@pytest.fixture
def school(course):
    """Lincoln: a leader, three staff (done, halfway, not started), a parent; Adams: one staff."""
    lincoln = build_school("Lincoln Elementary", "LIN")
    adams = build_school("Adams Middle", "ADA")
    pathway, steps = course["pathway"], course["steps"]
    people = {
        "leader": leader(lincoln, first_name="Lena", last_name="Leader", email="lena@lincoln.org"),
        "done": staff_member(lincoln, first_name="Dora", last_name="Done", email="dora@x.org"),
        "half": staff_member(lincoln, first_name="Hugo", last_name="Half", email="hugo@x.org"),
        "none": staff_member(lincoln, first_name="Nina", last_name="None", email="nina@x.org"),
        "parent": UserFactory(school=lincoln, first_name="Pablo", email="pablo@parent.org"),
        "elsewhere": staff_member(adams, first_name="Omar", email="omar@adams.org"),
        "adams_leader": leader(adams, first_name="Ada", email="ada@adams.org"),
    }
    enroll(people["done"], pathway, steps=steps.values(), completed=True)
    enroll(people["half"], pathway, steps=[steps["pre"]])
    enroll(people["half"], course["parent_pathway"])
    enroll(people["parent"], pathway, steps=[steps["pre"]])
    enroll(people["elsewhere"], pathway, completed=True)
    return {"lincoln": lincoln, "adams": adams, **people}


def by_email(learning):
    return {row.person.email: row.statuses for row in learning.staff}


# The rule ------------------------------------------------------------------------


def test_staff_statuses_and_counts_for_the_current_year(course, school):
    learning = staff_learning(school["lincoln"], SchoolYear.current())
    assert [p.title for p in learning.pathways] == [
        "Partnering with your child's school",
        "Reading at home",
    ]
    staff, reading = learning.pathways
    assert (staff.enrolled, staff.completed, staff.in_progress) == (2, 1, 1)
    assert (reading.enrolled, reading.completed, reading.in_progress) == (1, 0, 1)
    rows = by_email(learning)
    # only this school's staff and leaders, by last name; never the parent or Adams' staff
    assert [row.person.first_name for row in learning.staff] == ["Dora", "Hugo", "Lena", "Nina"]
    done, half, none = rows["dora@x.org"][0], rows["hugo@x.org"][0], rows["nina@x.org"][0]
    assert done.state == COMPLETED and done.completed_at is not None
    assert (half.state, half.done, half.total) == (IN_PROGRESS, 1, 3)
    assert none.state == NOT_STARTED
    assert rows["hugo@x.org"][1].state == IN_PROGRESS


def test_a_pathway_for_staff_is_listed_even_before_anyone_starts(course, site_tree):
    quiet = build_school("Quiet School", "QUI")
    staff_member(quiet)
    learning = staff_learning(quiet, SchoolYear.current())
    assert [p.title for p in learning.pathways] == ["Partnering with your child's school"]
    assert learning.pathways[0].enrolled == 0


def test_the_school_year_filter(course, school):
    last_year = SchoolYear.current().previous()
    start, _end = last_year.bounds()
    old = staff_member(school["lincoln"], first_name="Olga", email="olga@x.org")
    enroll(old, course["parent_pathway"], started=start + timedelta(days=3), completed=True)
    current = staff_learning(school["lincoln"], SchoolYear.current())
    assert all(status.state == NOT_STARTED for status in by_email(current)["olga@x.org"])
    past = staff_learning(school["lincoln"], last_year)
    rows = by_email(past)
    titles = [p.title for p in past.pathways]
    assert rows["olga@x.org"][titles.index("Reading at home")].state == COMPLETED
    # this year's enrollments had not started then
    assert rows["dora@x.org"][titles.index("Partnering with your child's school")].state == (
        NOT_STARTED
    )


def test_a_pathway_completed_after_the_year_shows_in_progress_for_that_year(course, school):
    last_year = SchoolYear.current().previous()
    start, end = last_year.bounds()
    late = staff_member(school["lincoln"], email="late@x.org")
    enrollment = enroll(late, course["pathway"], started=end - timedelta(days=2))
    enrollment.completed_at = timezone.now()
    enrollment.save()
    [status] = by_email(staff_learning(school["lincoln"], last_year))["late@x.org"][:1]
    assert status.state == IN_PROGRESS


# Who may see it ------------------------------------------------------------------


@LANGUAGES
def test_a_leader_sees_their_own_schools_staff(client, school, lang):
    client.force_login(school["leader"])
    response = client.get(URL.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    for email in ["dora@x.org", "hugo@x.org", "nina@x.org"]:
        assert email in html
    for email in ["pablo@parent.org", "omar@adams.org", "ada@adams.org"]:
        assert email not in html
    with translation.override(lang):
        assert translation.gettext("My school's staff learning") in html
        assert translation.gettext("Not started") in html
    assert "Lincoln Elementary" in html
    assert '<th scope="col">' in html and "<caption" in html


def test_a_leader_of_another_school_sees_theirs_never_this_one(client, school):
    client.force_login(school["adams_leader"])
    html = client.get(URL.format(lang="en")).content.decode()
    assert "omar@adams.org" in html and "Adams Middle" in html
    for email in ["dora@x.org", "hugo@x.org", "nina@x.org", "lena@lincoln.org"]:
        assert email not in html
    # and no parameter reaches another school
    html = client.get(URL.format(lang="en"), {"school": school["lincoln"].pk}).content.decode()
    assert "dora@x.org" not in html


@pytest.mark.parametrize("who", ["parent", "staff", "nobody"])
def test_others_are_refused(client, school, who):
    person = {
        "parent": school["parent"],
        "staff": school["done"],  # School staff, without the permission
        "nobody": UserFactory(),
    }[who]
    client.force_login(person)
    assert client.get(URL.format(lang="en")).status_code == 403


@LANGUAGES
def test_anonymous_is_sent_to_sign_in(client, site_tree, lang):
    response = client.get(URL.format(lang=lang))
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{lang}/accounts/login/?next=")


@LANGUAGES
def test_a_leader_without_a_school_is_asked_to_set_it(client, site_tree, lang):
    client.force_login(UserFactory(roles=[roles.SCHOOL_LEADERS]))
    response = client.get(URL.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{ {"en": "/en/account/", "es": "/es/cuenta/"}[lang] }"' in html
    assert "<table" not in html


def test_my_learning_links_the_page_for_leaders_only(client, school):
    client.force_login(school["leader"])
    assert 'href="/en/my-school/learning/"' in client.get("/en/my-learning/").content.decode()
    client.force_login(school["done"])
    assert "/my-school/learning/" not in client.get("/en/my-learning/").content.decode()


def test_a_bad_school_year_falls_back_to_the_current_one(client, school):
    client.force_login(school["leader"])
    response = client.get(URL.format(lang="en"), {"school_year": "1999-2000"})
    assert response.status_code == 200
    assert response.context["learning"].school_year == SchoolYear.current()
    previous = SchoolYear.current().previous()
    response = client.get(URL.format(lang="en"), {"school_year": previous.slug})
    assert response.context["learning"].school_year == previous
    assert f'value="{previous.slug}" selected' in response.content.decode()


# Queries --------------------------------------------------------------------------


def page_queries(client, person):
    client.force_login(person)
    client.get(URL.format(lang="en"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL.format(lang="en"))
    assert response.status_code == 200
    return response, len(queries)


def add_staff(school, course, count, start):
    steps = list(course["steps"].values())
    for n in range(start, start + count):
        person = staff_member(school, email=f"staff{n}@x.org")
        if n % 3 == 0:
            enroll(person, course["pathway"], steps=steps[: 1 + n % 2])
        elif n % 3 == 1:
            enroll(person, course["parent_pathway"], completed=True)


def test_queries_do_not_grow_with_the_number_of_staff(client, course, site_tree):
    school = build_school("Budget School", "BUD")
    boss = leader(school)
    add_staff(school, course, 3, 0)
    response, few = page_queries(client, boss)
    assert len(response.context["learning"].staff) == 4
    add_staff(school, course, 22, 3)
    response, many = page_queries(client, boss)
    assert len(response.context["learning"].staff) == 26
    assert many == few, f"{few} queries with 3 staff, {many} with 25"
    assert many <= 15
