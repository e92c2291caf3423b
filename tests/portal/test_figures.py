"""The admin Figures page lists whatever metrics are registered, for the people allowed to see it.

The metrics here are registered by the tests themselves, in an otherwise empty
registry, so these tests do not depend on any domain app.
"""

import csv
import io

import pytest

from django.test import override_settings
from django.urls import reverse

from portal import metrics, roles
from portal.school_year import SchoolYear
from tests.factories import AudienceFactory, RegionFactory, SchoolFactory, UserFactory

URL = "/admin/figures/"


class Recorder:
    """A metric that remembers what it was asked for: the same figure for every group."""

    def __init__(self, value, people):
        self.figure = metrics.Measured(value, people)
        self.calls = []

    def __call__(self, year, audience, layout):
        self.calls.append((year, audience))
        return dict.fromkeys(layout.groups, self.figure)


@pytest.fixture
def test_metrics(monkeypatch):
    """Three metrics of the test's own in an empty registry (the apps' are set aside)."""
    monkeypatch.setattr(metrics, "_registry", {})
    computes = {
        "test.people": Recorder(1234, people=1234),
        "test.share": Recorder(0.755, people=40),
        "test.small": Recorder(0.5, people=2),
    }
    kinds = {"test.people": "count", "test.share": "percent", "test.small": "decimal"}
    labels = {"test.people": "Parents reached", "test.share": "Share passing", "test.small": "Tiny"}
    for order, (key, compute) in enumerate(computes.items()):
        metrics.register(
            metrics.Metric(
                key=key,
                label=labels[key],
                compute=compute,
                app_label="tests",
                kind=kinds[key],
                order=order,
            )
        )
    yield computes
    for key in computes:
        metrics.unregister(key)


@pytest.fixture
def fes(db):
    return UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF])


@pytest.mark.parametrize("who", ["parent", "comms", "school-staff"])
def test_people_outside_family_engagement_are_turned_away(client, site_tree, test_metrics, who):
    groups = {
        "parent": [],
        "comms": [roles.COMMUNICATIONS_STAFF],
        "school-staff": [roles.SCHOOL_STAFF],
    }
    client.force_login(UserFactory(roles=groups[who]))
    for url in (URL, URL + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert "Parents reached" not in response.content.decode()
    assert test_metrics["test.people"].calls == []


def test_anonymous_visitors_are_sent_to_the_login(client, site_tree, test_metrics):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_communications_staff_see_no_menu_item_or_panel(client, site_tree, test_metrics):
    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL not in html
    assert "Figures this school year" not in html


@pytest.mark.parametrize("who", ["fes", "superuser"])
def test_family_engagement_staff_and_superusers_see_the_figures(
    client, site_tree, test_metrics, who
):
    user = (
        UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF])
        if who == "fes"
        else UserFactory(is_superuser=True)
    )
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<th scope="row">' in html and "<caption" in html
    assert "Parents reached" in html and "1,234" in html
    assert "75.5%" in html
    assert "Not shown" in html
    year, audience = test_metrics["test.people"].calls[-1]
    assert year == SchoolYear.current()
    assert audience is None


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_the_threshold_in_the_explanation_follows_the_setting(client, site_tree, test_metrics, fes):
    client.force_login(fes)
    assert "a figure about fewer than 5 people is not shown" in client.get(URL).content.decode()


def test_filters_reach_the_metrics(client, site_tree, test_metrics, fes):
    school = SchoolFactory()
    audience = AudienceFactory(name="School staff", slug="school-staff")
    client.force_login(fes)
    response = client.get(
        URL,
        {
            "school_year": SchoolYear.current().previous().slug,
            "region": school.region.pk,
            "school": school.pk,
            "audience": audience.pk,
        },
    )
    assert response.status_code == 200
    year, chosen = test_metrics["test.share"].calls[-1]
    assert year == SchoolYear.current().previous()
    assert chosen == audience
    assert response.context["figures"][1].result.value == 0.755  # the school's figure
    # The CSV link keeps every filter.
    export_url = response.context["export_url"]
    for part in (f"school={school.pk}", f"audience={audience.pk}", "export=csv"):
        assert part in export_url


def test_a_place_and_a_language_together_are_refused(client, site_tree, test_metrics, fes):
    school = SchoolFactory()
    client.force_login(fes)
    html = client.get(URL, {"school": school.pk, "language": "es"}).content.decode()
    assert "but not both" in html
    assert test_metrics["test.people"].calls == []


@pytest.mark.parametrize(
    "query, field, message",
    [
        ({"school_year": "1999-00"}, "School year", "Choose a school year from the list."),
        ({"school_year": "nonsense"}, "School year", "Choose a school year from the list."),
        ({"school": "999999"}, "School", "Choose a school from the list."),
        ({"region": "abc"}, "Region", "Choose a region from the list."),
        ({"language": "xx"}, "Language", "Choose a language from the list."),
        ({"audience": "999999"}, "Audience", "Choose an audience from the list."),
    ],
    ids=["old-year", "bad-year", "school", "region", "language", "audience"],
)
def test_invalid_filters_are_explained_and_nothing_is_computed(
    client, site_tree, test_metrics, fes, query, field, message
):
    client.force_login(fes)
    response = client.get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert message in html and f">{field}</a>" in html
    assert 'id="figures-caption"' not in html
    assert test_metrics["test.people"].calls == []
    # The export refuses too, rather than exporting everything.
    export = client.get(URL, {**query, "export": "csv"})
    assert export["Content-Type"].startswith("text/html")


def test_a_school_outside_the_chosen_region_is_an_error(client, site_tree, test_metrics, fes):
    school, other_region = SchoolFactory(), RegionFactory()
    client.force_login(fes)
    html = client.get(URL, {"region": other_region.pk, "school": school.pk}).content.decode()
    assert "This school is not in the chosen region." in html
    assert test_metrics["test.people"].calls == []


def test_csv_export_keeps_the_filters_and_the_raw_numbers(client, site_tree, test_metrics, fes):
    school = SchoolFactory(code="S042")
    year = SchoolYear.current().previous()
    client.force_login(fes)
    response = client.get(URL, {"school_year": year.slug, "school": school.pk, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"figures-{year.slug}.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_key = {row["metric"]: row for row in rows}
    assert list(by_key) == ["test.people", "test.share", "test.small"]
    assert by_key["test.people"]["value"] == "1234" and by_key["test.people"]["people"] == "1234"
    assert (by_key["test.share"]["value"], by_key["test.share"]["kind"]) == ("0.755", "percent")
    assert (by_key["test.small"]["value"], by_key["test.small"]["suppressed"]) == ("", "yes")
    assert {row["school"] for row in rows} == {"S042"}
    assert {row["school_year"] for row in rows} == {year.slug}


def test_admin_home_shows_menu_item_and_this_years_figures(client, site_tree, test_metrics, fes):
    client.force_login(fes)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in html  # the menu item
    assert "Figures this school year" in html
    assert "Parents reached" in html
    year, audience = test_metrics["test.people"].calls[-1]
    assert (year, audience) == (SchoolYear.current(), None)


def test_queries_do_not_grow_with_the_metrics(
    client, site_tree, test_metrics, fes, django_assert_max_num_queries
):
    SchoolFactory.create_batch(5)
    client.force_login(fes)
    client.get(URL)  # warm up session and content types
    with django_assert_max_num_queries(17) as few:  # the district's groups: 2 of them
        assert client.get(URL).status_code == 200
    for number in range(20):
        metrics.register(
            metrics.Metric(f"test.more{number}", "More", Recorder(number, number), "tests")
        )
    try:
        with django_assert_max_num_queries(17) as many:
            assert client.get(URL).status_code == 200
    finally:
        for number in range(20):
            metrics.unregister(f"test.more{number}")
    assert len(many) == len(few)
