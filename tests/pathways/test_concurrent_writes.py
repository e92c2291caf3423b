"""Twenty submissions at the same moment, on SQLite and on PostgreSQL: no error, rules hold.

What the probe of 2026-11 fired: 20 concurrent quiz POSTs on a three-attempt quiz
(5 to 7 attempts were recorded on PostgreSQL, 11 answered 500), 20 different
"before" answers from one account (all stored), and 20 checklist saves (on SQLite,
"database is locked" for most). Each test here fires the same at the real views.
"""

import itertools

import pytest

from pathways.models import ChecklistProgress, QuizAttempt, SurveyResponse
from tests.concurrency import CONCURRENT, client_like, fire, statuses
from tests.factories import UserFactory, build_course
from tests.factories.checklists import build_checklist_course
from tests.pathways.test_pathway_journey import form_data
from tests.pathways.test_quiz_taking import post_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def ana(client):
    person = UserFactory(first_name="Ana")
    client.force_login(person)
    return person


def distinct_answers(module, count):
    """``count`` different ways to answer the quiz (each would be a new attempt)."""
    questions = module.quiz_definition()["questions"]
    options = []
    for question in questions:
        ids = [choice["choice_id"] for choice in question["choices"]]
        if question["kind"] == "multiple":  # any non-empty set of choices
            subsets = itertools.chain.from_iterable(
                itertools.combinations(ids, size) for size in range(1, len(ids) + 1)
            )
            options.append([list(subset) for subset in subsets])
        else:
            options.append(ids)
    combos = itertools.islice(itertools.product(*options), count)
    ids = [question["question_id"] for question in questions]
    return [dict(zip(ids, combo, strict=True)) for combo in combos]


def test_concurrent_quiz_attempts_never_pass_the_limit(client, site_tree, ana):
    course = build_course(site_tree, max_attempts=3)
    module = course["module"]
    answers = distinct_answers(module, CONCURRENT)
    assert len({str(sorted(a.items())) for a in answers}) == CONCURRENT

    results = fire(lambda i: client_like(client).post(module.url, post_data(answers[i])))

    codes = statuses(results)
    assert set(codes) <= {200, 409}, codes
    assert codes.count(200) == 3
    numbers = sorted(QuizAttempt.objects.filter(user=ana).values_list("attempt_number", flat=True))
    assert numbers == [1, 2, 3]


def test_concurrent_survey_answers_keep_the_first_one_only(client, site_tree, ana):
    course = build_course(site_tree)
    url = course["pathway"].url + "survey/pre/"

    def value(index):
        return index % 5 + 1  # five different sets of answers, each sent four times

    results = fire(lambda i: client_like(client).post(url, form_data(course["survey"], value(i))))

    codes = statuses(results)
    assert set(codes) <= {302, 409}, codes
    stored = SurveyResponse.objects.get(user=ana)  # exactly one
    kept = next(iter(stored.answers.values()))
    # The requests that sent the stored answers were told "saved"; every other one, 409.
    assert codes.count(302) == sum(value(i) == kept for i in range(CONCURRENT)) == 4


def test_concurrent_checklist_saves_all_succeed(client, site_tree, ana):
    course = build_checklist_course(site_tree)
    url = f"/en/learning/checklist/{course['module'].translation_key}/"
    items = course["items"]["bring"] + course["items"]["after"]

    def save(index):
        ticked = [item for bit, item in enumerate(items) if index >> bit & 1]
        return client_like(client).post(url, {"ticked": ticked})

    results = fire(save)

    codes = statuses(results)
    assert codes == [302] * CONCURRENT, codes
    progress = ChecklistProgress.objects.get(user=ana)  # one row, whichever save came last
    assert set(progress.ticked) <= set(items)
