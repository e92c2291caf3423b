"""Quiz item analysis, counted by hand (threshold 3 to keep the examples small).

The sample quiz (tests/factories/pathways.py): Q1 single choice (A right, B wrong),
Q2 multiple choice (A and B right, C wrong), Q3 true/false (True right).
"""

import pytest

from django.test import override_settings

from pathways.learning import submit_quiz
from pathways.reports.filters import ReportFilters
from pathways.reports.quiz_items import quiz_item_analysis, quiz_items_by_school
from portal.school_year import SchoolYear
from tests.factories import AudienceFactory, RegionFactory, SchoolFactory, UserFactory, build_course
from tests.factories.records import right_answers, wrong_answers
from tests.factories.report_data import answer_quiz, in_year, quiz_ids

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_cells")]
THIS_YEAR = SchoolYear.current()


@pytest.fixture
def small_cells():
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=3):
        yield


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def quiz(course):
    """{question number: (question id, choice ids)} of the course's module."""
    return quiz_ids(course["module"])


def answers(quiz, q1, q2, q3):
    """Answers by choice letter: q1 "A", q2 "AC", q3 "A" (True) or "B" (False)."""
    letters = "ABC"
    return {
        quiz[1][0]: quiz[1][1][letters.index(q1)],
        quiz[2][0]: [quiz[2][1][letters.index(letter)] for letter in q2],
        quiz[3][0]: quiz[3][1][letters.index(q3)],
    }


def shares(row):
    return [None if c.share is None else round(c.share, 4) for c in row.choices]


def test_hardest_questions_first_with_both_languages_together(course, quiz):
    module, module_es = course["module"], course["module_es"]
    answer_quiz(module, answers(quiz, "A", "AB", "A"), count=3)
    answer_quiz(module_es, answers(quiz, "B", "A", "B"))
    answer_quiz(module, answers(quiz, "A", "AC", "A"))

    rows = quiz_item_analysis(ReportFilters(school_year=THIS_YEAR), language="en")

    assert [(row.question_number, row.people, row.share_correct) for row in rows] == [
        (2, 5, 0.6),
        (1, 5, 0.8),
        (3, 5, 0.8),
    ]
    q2, q1, q3 = rows
    assert shares(q2) == [1.0, 0.6, 0.2]
    assert shares(q1) == [0.8, 0.2]
    assert shares(q3) == [0.8, 0.2]
    assert [c.correct for c in q2.choices] == [True, True, False]
    assert q1.prompt == "Where do you find your child's grades?"
    assert [c.text for c in q1.choices] == ["In the Parent Portal", "Only on the paper report card"]
    assert {row.module_title for row in rows} == {"How to check grades"}
    assert {row.module_key for row in rows} == {course["module"].translation_key}
    assert not any(row.suppressed for row in rows)


def test_only_first_attempts_count(course, quiz):
    first = answer_quiz(course["module"], wrong_answers(course["module"]), count=3)
    answer_quiz(
        course["module"],
        right_answers(course["module"]),
        attempt_number=2,
        learner_keys=[attempt.learner_key for attempt in first],
    )

    rows = quiz_item_analysis(ReportFilters(), language="en")

    assert {(row.people, row.share_correct) for row in rows} == {(3, 0.0)}


def test_the_services_records_count_once_per_person(course):
    school = SchoolFactory()
    people = [UserFactory(school=school) for _person in range(3)]
    for person in people:
        submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
        submit_quiz(person, course["module"], right_answers(course["module"]), "en")

    rows = quiz_item_analysis(ReportFilters(school=school), language="en")

    assert {(row.people, row.share_correct) for row in rows} == {(3, 0.0)}


def test_wording_comes_from_the_latest_attempt_in_the_admin_language(course, quiz):
    module, module_es = course["module"], course["module_es"]
    answer_quiz(module, right_answers(module), count=2)
    raw = list(module_es.quiz_questions.raw_data)
    raw[0]["value"]["prompt"] = "¿Dónde ve las calificaciones de su hijo?"
    raw[0]["value"]["choices"][0]["value"]["text"] = "En el Portal para Padres"
    module_es.quiz_questions = raw
    module_es.save_revision().publish()
    module_es.refresh_from_db()
    answer_quiz(module_es, right_answers(module_es))
    raw = list(module.quiz_questions.raw_data)
    raw[0]["value"]["prompt"] = "Where are your child's grades?"
    module.quiz_questions = raw
    module.save_revision().publish()
    module.refresh_from_db()
    answer_quiz(module, right_answers(module), submitted_at=in_year(THIS_YEAR, days=40))

    english = {row.question_number: row for row in quiz_item_analysis(ReportFilters(), "en")}
    spanish = {row.question_number: row for row in quiz_item_analysis(ReportFilters(), "es")}

    assert english[1].prompt == "Where are your child's grades?"
    assert spanish[1].prompt == "¿Dónde ve las calificaciones de su hijo?"
    assert spanish[1].choices[0].text == "En el Portal para Padres"
    assert spanish[1].module_title == "Cómo ver las calificaciones"
    assert english[1].people == spanish[1].people == 4


def test_a_question_answered_by_fewer_than_the_threshold_is_suppressed(course):
    module = course["module"]
    answer_quiz(module, right_answers(module), count=2)

    rows = quiz_item_analysis(ReportFilters(), language="en")
    assert [(row.people, row.share_correct, row.suppressed) for row in rows] == [
        (None, None, True)
    ] * 3
    assert all(choice.share is None for row in rows for choice in row.choices)

    answer_quiz(module, wrong_answers(module))
    rows = quiz_item_analysis(ReportFilters(), language="en")
    assert {(row.people, round(row.share_correct, 4), row.suppressed) for row in rows} == {
        (3, round(2 / 3, 4), False)
    }


def test_suppressed_questions_come_last(site_tree, course):
    from pathways.factories import sample_quiz
    from tests.factories import HowToModulePageFactory

    small = HowToModulePageFactory(
        parent=course["module"].get_parent(), title="A small module", quiz_questions=sample_quiz()
    )
    answer_quiz(small, wrong_answers(small), count=2)
    answer_quiz(course["module"], right_answers(course["module"]), count=3)

    rows = quiz_item_analysis(ReportFilters(), language="en")

    assert [(row.module_title, row.suppressed) for row in rows] == [
        ("How to check grades", False)
    ] * 3 + [("A small module", True)] * 3


def test_filters_narrow_the_attempts(course, quiz):
    north = RegionFactory(name="North")
    here, there = SchoolFactory(region=north), SchoolFactory()
    module, module_es = course["module"], course["module_es"]
    answer_quiz(module, right_answers(module), count=3, school=here)
    answer_quiz(module_es, right_answers(module), count=4, school=there)
    answer_quiz(module, right_answers(module), count=5, submitted_at=in_year(THIS_YEAR.previous()))

    def people(**filters):
        rows = quiz_item_analysis(ReportFilters(**filters), language="en")
        return rows[0].people if rows else 0

    assert people() == 12
    assert people(school_year=THIS_YEAR) == 7
    assert people(school_year=THIS_YEAR.previous()) == 5
    assert people(school=here) == 3
    assert people(region=north) == 3
    assert people(language="es") == 4
    parents, staff = AudienceFactory(name="Parents"), AudienceFactory(name="Staff")
    module.audiences.set([parents])
    module.save()
    assert people(audience=parents) == 12
    assert people(audience=staff) == 0


def test_by_school_compares_schools_within_each_question(course, quiz):
    lincoln = SchoolFactory(name="Lincoln Elementary", code="LIN")
    adams = SchoolFactory(name="Adams Elementary", code="ADA")
    module = course["module"]
    answer_quiz(module, answers(quiz, "A", "AB", "A"), count=3, school=adams)
    answer_quiz(module, answers(quiz, "A", "AB", "A"), count=3, school=lincoln)
    answer_quiz(module, answers(quiz, "B", "AB", "A"), school=lincoln)
    answer_quiz(module, right_answers(module), count=2)  # no school: suppressed

    rows = quiz_items_by_school(ReportFilters(), language="en")

    # "No school recorded" (2) is hidden; everyone (9) minus the two regions' figures would
    # give it away, so the smaller region is hidden too, and with it its only school.
    assert [
        (row.question_number, row.school_name, row.people, row.share_correct) for row in rows
    ] == [
        (1, "Lincoln Elementary", 4, 3 / 4),
        (1, "Adams Elementary", None, None),
        (1, "No school recorded", None, None),
        (2, "Lincoln Elementary", 4, 1.0),
        (2, "Adams Elementary", None, None),
        (2, "No school recorded", None, None),
        (3, "Lincoln Elementary", 4, 1.0),
        (3, "Adams Elementary", None, None),
        (3, "No school recorded", None, None),
    ]
    assert rows[0].school_code == "LIN"
    assert [row.suppressed for row in rows[:3]] == [False, True, True]

    only = quiz_items_by_school(ReportFilters(school=lincoln), language="en")
    assert {row.school_name for row in only} == {"Lincoln Elementary"}


@pytest.mark.parametrize(
    "report", [quiz_item_analysis, quiz_items_by_school], ids=["all", "school"]
)
def test_query_count_does_not_grow_with_people(course, report, django_assert_max_num_queries):
    module, school = course["module"], SchoolFactory()
    answer_quiz(module, right_answers(module), count=2, school=school)
    # Answers, regions and schools (the groups), school names, and the questions' texts (3).
    with django_assert_max_num_queries(7):
        report(ReportFilters(school_year=THIS_YEAR), language="en")
    answer_quiz(module, wrong_answers(module), count=28, school=school)
    with django_assert_max_num_queries(7):
        rows = report(ReportFilters(school_year=THIS_YEAR), language="en")
    assert rows[0].people == 30
