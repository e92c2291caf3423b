"""Demo learners and their records, so the staff reports have something to show.

About 345 parent accounts spread unevenly over the 25 schools (a few schools,
and the whole East region, have fewer than ten, so their figures are
suppressed), some anonymous learners, about 60 school staff in the Welcoming
Schools pathway, and a short story for the demo parent and staff logins.
Their enrollments, steps, quiz attempts, survey responses and certificates
cover part of the previous school year and the current one up to today.

Deterministic (``people.SEED``) and idempotent: learners are recognized by
their uuid5 learner keys and email addresses, and anyone who already has
records is left alone. Fast: one password hash for every account and
``bulk_create`` for every table.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from allauth.account.models import EmailAddress

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from pathways.models import (
    Certificate,
    Enrollment,
    LearnerKey,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from pathways.models.records import CERTIFICATE_ALPHABET, CERTIFICATE_CODE_LENGTH
from portal import roles
from portal.demo.content import DEMO_PASSWORD
from portal.models import School, User
from portal.school_year import SchoolYear

from .course import load_course
from .journeys import Clock, Journey
from .people import LOGIN_SCHOOLS, SEED, login_people, plan_people
from .statements import record_demo_statements

#: Demo logins who work at a school (their school is confirmed by the district).
STAFF_LOGINS = ("staff@example.org", "principal@example.org")


def load_learners(seed=SEED, now=None):
    """Add the demo learners that are missing. Returns a summary line."""
    course = load_course(seed)
    if course is None or course.instrument is None:
        return "Demo learners: no demo pathways to learn from"
    now = now or timezone.now()
    zone = timezone.get_current_timezone()
    logins = dict(
        User.objects.filter(email__in=list(LOGIN_SCHOOLS)).values_list(
            "email", "preferred_language"
        )
    )
    set_login_schools()
    people = plan_people(seed) + login_people(logins)
    keys = learner_keys(people)
    recorded = already_recorded(set(keys.values()))
    todo = [person for person in people if keys[person.number] not in recorded]
    stories = {
        person.number: Journey(person, course, person_rng(seed, person), now, zone).run(
            starts(person, course, person_rng(seed, person, "start"), now, zone)
        )
        for person in todo
    }
    users = create_accounts([p for p in todo if p.has_account], stories, keys, now)
    counts = write_records(todo, stories, keys, users, course.instrument, seed)
    statements = record_demo_statements(keys.values())
    if not todo:
        return f"Demo learners: all {len(people)} already loaded"
    return (
        f"Demo learners: {len(todo)} people, {counts['enrollments']} enrollments, "
        f"{counts['steps']} completed steps, {counts['attempts']} quiz attempts, "
        f"{counts['surveys']} survey responses, {counts['certificates']} certificates, "
        f"{statements} xAPI statements"
    )


def person_rng(seed, person, purpose="story"):
    """Each person's own random stream: skipping someone never changes anyone else."""
    return random.Random(f"{seed}-{person.kind}-{person.number}-{purpose}")


# -- when each person starts ---------------------------------------------------


def starts(person, course, rng, now, zone):
    """(pathway, started_at) per pathway of the person; later pathways start after earlier ones."""
    staff = person.kind == "staff"
    clock = Clock(rng, staff, zone)
    today = timezone.localtime(now, zone).date()
    result = []
    for slug in person.pathways:
        pathway = course.pathways[slug]
        if person.script is not None:
            day = today - datetime.timedelta(days=person.script[slug]["days_ago"])
        else:
            day = start_day(rng, staff, person.previous_year, today)
        result.append((pathway, clock.session(day)))
    return result


def start_day(rng, staff, previous_year, today):
    """A day in the previous school year (September–May) or this one (mid-August to yesterday).

    Staff start on professional-development days: mid-August, October or January.
    """
    year = SchoolYear.of(today)
    if previous_year:
        year = year.previous()
    first = year.first_day
    if staff:
        windows = [(44, 52), (95, 110), (190, 200)]
        windows = [w for w in windows if previous_year or first + datetime.timedelta(w[0]) < today]
        low, high = rng.choice(windows or [(0, 0)])
    elif previous_year:
        low, high = 63, 333
    else:
        low, high = 42, max(42, (today - first).days - 1)
    day = first + datetime.timedelta(days=rng.randint(low, high))
    return min(day, today)


# -- accounts and keys -----------------------------------------------------------


def learner_keys(people):
    """Person number → learner key: the account's own key if it has one, else the uuid5."""
    emails = [person.email for person in people if person.has_account]
    existing = dict(
        LearnerKey.objects.filter(user__email__in=emails).values_list("user__email", "key")
    )
    return {person.number: existing.get(person.email, person.learner_key) for person in people}


def already_recorded(keys):
    found = set()
    for model in (Enrollment, QuizAttempt, SurveyResponse):
        found |= set(
            model.objects.filter(learner_key__in=keys).values_list("learner_key", flat=True)
        )
    return found


def set_login_schools():
    """The demo logins' schools (the principal's decides what they see), unless set already.

    The staff logins' schools come confirmed by district staff, as a principal's must be
    before they see their school's staff (``pathways.school_learning``).
    """
    schools = dict(School.objects.values_list("code", "pk"))
    for email, code in LOGIN_SCHOOLS.items():
        if code in schools:
            User.objects.filter(email=email, school__isnull=True).update(school_id=schools[code])
    User.objects.filter(
        email__in=STAFF_LOGINS, school__code=LOGIN_SCHOOLS.get("principal@example.org")
    ).update(school_confirmed=True)


def create_accounts(people, stories, keys, now):
    """The people's accounts (email → user), creating the missing ones in bulk."""
    emails = [person.email for person in people]
    users = {user.email: user for user in User.objects.filter(email__in=emails)}
    schools = dict(School.objects.values_list("code", "pk"))
    missing = [person for person in people if person.email not in users]
    if missing:
        hashed = make_password(DEMO_PASSWORD)  # once: a slow hash per account is waste
        User.objects.bulk_create(
            User(
                email=person.email,
                first_name=person.first_name,
                last_name=person.last_name,
                preferred_language=person.language,
                school_id=schools.get(person.school_code),
                # The district confirms where its staff work; parents' schools are their own.
                school_confirmed=person.kind == "staff" and person.school_code in schools,
                password=hashed,
                date_joined=joined(stories[person.number], now),
            )
            for person in missing
        )
        users = {user.email: user for user in User.objects.filter(email__in=emails)}
        EmailAddress.objects.bulk_create(
            EmailAddress(user=users[p.email], email=p.email, verified=True, primary=True)
            for p in missing
        )
        staff = Group.objects.filter(name=roles.SCHOOL_STAFF).first()
        if staff is not None:
            Membership = User.groups.through
            Membership.objects.bulk_create(
                (
                    Membership(user_id=users[p.email].pk, group_id=staff.pk)
                    for p in missing
                    if p.kind == "staff"
                ),
                ignore_conflicts=True,
            )
    with_keys = set(
        LearnerKey.objects.filter(user__in=users.values()).values_list("user", flat=True)
    )
    LearnerKey.objects.bulk_create(
        LearnerKey(user=users[p.email], key=keys[p.number])
        for p in people
        if users[p.email].pk not in with_keys
    )
    return users


def joined(story, now):
    """An account is opened a little before its first record (or a week ago)."""
    moments = [e.started_at for e in story.enrollments] + [now - datetime.timedelta(days=7)]
    return min(moments) - datetime.timedelta(minutes=20)


# -- records ---------------------------------------------------------------------


def write_records(people, stories, keys, users, instrument, seed):
    """Every table in bulk, in dependency order; returns how many rows of each."""
    schools = dict(School.objects.values_list("code", "pk"))
    enrollments, steps, attempts, responses, surveys = [], [], [], [], []
    for person in people:
        story = stories[person.number]
        user = users.get(person.email) if person.has_account else None
        owner = {
            "user": user,
            "learner_key": keys[person.number],
            "language": person.language,
        }
        school_id = (user.school_id if user else None) or schools.get(person.school_code)
        if person.kind == "anonymous":
            school_id = None
        for enrolled in story.enrollments:
            enrollment = Enrollment(
                **owner,
                pathway_key=enrolled.pathway.key,
                pathway_title=enrolled.pathway.titles[person.language],
                school_id=school_id,
                started_at=enrolled.started_at,
                completed_at=enrolled.completed_at,
            )
            enrollment.story = enrolled  # for its steps and certificate below
            enrollments.append(enrollment)
        for attempt in story.attempts:
            module, result = attempt.module, attempt.result
            row = QuizAttempt(
                **owner,
                module_key=module.key,
                module_title=module.titles[person.language],
                attempt_number=attempt.number,
                submitted_at=attempt.submitted_at,
                questions=module.definitions[person.language]["questions"],
                pass_mark=module.pass_mark,
                score=Decimal(result.score.numerator) / Decimal(result.score.denominator),
                percent=result.percentage,
                passed=result.passed,
                school_id=school_id,
            )
            row.result = result
            attempts.append(row)
        surveys += [
            survey_row(owner, survey, school_id, person.language, instrument)
            for survey in story.surveys
        ]
    Enrollment.objects.bulk_create(enrollments)
    for enrollment in enrollments:
        steps += [
            StepCompletion(
                enrollment=enrollment,
                step_id=step_id,
                kind=definition["kind"],
                target_key=definition["target"],
                completed_at=moment,
            )
            for step_id, moment in enrollment.story.steps.items()
            for definition in enrollment.story.pathway.definitions
            if definition["step_id"] == step_id
        ]
    StepCompletion.objects.bulk_create(steps)
    QuizAttempt.objects.bulk_create(attempts)
    for attempt in attempts:
        responses += [
            QuizItemResponse(
                attempt=attempt,
                question_id=r.question_id,
                chosen=sorted(r.chosen),
                correct=r.correct,
            )
            for r in attempt.result.results
        ]
    QuizItemResponse.objects.bulk_create(responses)
    SurveyResponse.objects.bulk_create(surveys)
    certificates = certificates_for(enrollments, seed)
    Certificate.objects.bulk_create(certificates)
    return {
        "enrollments": len(enrollments),
        "steps": len(steps),
        "attempts": len(attempts),
        "surveys": len(surveys),
        "certificates": len(certificates),
    }


def survey_row(owner, survey, school_id, language, instrument):
    """A response as ``submit_survey`` stores it: the survey as asked, answers and scores."""
    return SurveyResponse(
        **owner,
        instrument_key=instrument.key,
        instrument_name=instrument.names[language],
        pathway_key=survey.pathway.key,
        phase=survey.phase,
        instrument=instrument.definitions[language],
        answers=survey.answers,
        scores=survey.scores,
        submitted_at=survey.submitted_at,
        school_id=school_id,
    )


def certificates_for(enrollments, seed):
    """A certificate for each completed enrollment of an account in a pathway that gives one.

    Codes come from a seeded stream (same alphabet and length as the site's), skipping
    any code already in use.
    """
    rng = random.Random(f"{seed}-certificates")
    used = set(Certificate.objects.values_list("code", flat=True))
    certificates = []
    for enrollment in enrollments:
        if not (
            enrollment.completed_at
            and enrollment.user
            and enrollment.story.pathway.issues_certificate
        ):
            continue
        code = ""
        while not code or code in used:
            code = "".join(rng.choice(CERTIFICATE_ALPHABET) for _ in range(CERTIFICATE_CODE_LENGTH))
        used.add(code)
        certificates.append(
            Certificate(
                enrollment=enrollment,
                code=code,
                recipient_name=enrollment.user.get_full_name(),
                pathway_title=enrollment.pathway_title,
                language=enrollment.language,
                issued_at=enrollment.completed_at,
            )
        )
    return certificates
