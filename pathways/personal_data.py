"""A person's learning records, registered with portal's personal-data registry.

Each section is one kind of record: what "download my data" writes for it
(plain dicts), and what deleting the account does to it. Learning records are
kept for the district's totals with nothing that names the person (their
``user`` is set to null); saved checklist ticks are deleted; certificates keep
the pathway and date but lose the name. See ``portal/personal_data.py``.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from pathways import xapi
from pathways.models import (
    Certificate,
    ChecklistProgress,
    Enrollment,
    LearnerKey,
    LearningStatement,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from portal.personal_data import ANONYMISED, DELETED, PersonalDataSection, register


def _iso(value):
    return value.isoformat() if value else None


def _enrollment(enrollment):
    return {
        "pathway_title": enrollment.pathway_title,
        "pathway_key": str(enrollment.pathway_key),
        "language": enrollment.language,
        "school": enrollment.school.name if enrollment.school_id else None,
        "started_at": _iso(enrollment.started_at),
        "completed_at": _iso(enrollment.completed_at),
        "steps": [
            {
                "step_id": step.step_id,
                "kind": step.kind,
                "target_key": str(step.target_key) if step.target_key else None,
                "completed_at": _iso(step.completed_at),
            }
            for step in enrollment.step_completions.all()
        ],
    }


def _attempt(attempt):
    return {
        "module_title": attempt.module_title,
        "module_key": str(attempt.module_key),
        "language": attempt.language,
        "attempt_number": attempt.attempt_number,
        "submitted_at": _iso(attempt.submitted_at),
        "percent": attempt.percent,
        "pass_mark": attempt.pass_mark,
        "passed": attempt.passed,
        "within_limit": attempt.within_limit,
        "questions": attempt.questions,
        "answers": [
            {"question_id": r.question_id, "chosen": r.chosen, "correct": r.correct}
            for r in attempt.responses.all()
        ],
    }


def _survey(response):
    return {
        "instrument_name": response.instrument_name,
        "instrument_key": str(response.instrument_key),
        "phase": response.phase,
        "language": response.language,
        "submitted_at": _iso(response.submitted_at),
        "instrument": response.instrument,
        "answers": response.answers,
        "scores": response.scores,
    }


def _certificate(certificate):
    return {
        "pathway_title": certificate.pathway_title,
        "code": certificate.code,
        "recipient_name": certificate.recipient_name,
        "language": certificate.language,
        "issued_at": _iso(certificate.issued_at),
        "verify_path": certificate.get_verify_path(),
    }


def _checklist(progress):
    return {
        "module_title": progress.module_title,
        "module_key": str(progress.module_key),
        "ticked": list(progress.ticked),
        "updated_at": _iso(progress.updated_at),
    }


def enrollments(user):
    rows = (
        Enrollment.objects.filter(user=user)
        .select_related("school")
        .prefetch_related(
            Prefetch("step_completions", queryset=StepCompletion.objects.order_by("completed_at"))
        )
    )
    return [_enrollment(enrollment) for enrollment in rows]


def quiz_attempts(user):
    rows = QuizAttempt.objects.filter(user=user).prefetch_related(
        Prefetch("responses", queryset=QuizItemResponse.objects.order_by("pk"))
    )
    return [_attempt(attempt) for attempt in rows]


def survey_responses(user):
    return [_survey(response) for response in SurveyResponse.objects.filter(user=user)]


def certificates(user):
    return [_certificate(c) for c in Certificate.objects.filter(enrollment__user=user)]


def checklists(user):
    rows = ChecklistProgress.objects.filter(user=user).order_by("module_title", "pk")
    return [_checklist(progress) for progress in rows]


def learning_statements(user):
    """The xAPI statements about the person, as a learning record store would receive them."""
    rows = LearningStatement.objects.filter(user=user).only("statement").order_by("timestamp")
    return [row.statement for row in rows]


def forget_certificate_names(user):
    Certificate.objects.filter(enrollment__user=user).update(recipient_name="")


def delete_checklists(user):
    ChecklistProgress.objects.filter(user=user).delete()


def forget_statements(user):
    """Statements name the anonymous learner key instead of the person; the key row goes."""
    xapi.forget_person(user)
    LearnerKey.objects.filter(user=user).delete()


def _count(model, path="user"):
    """How many of ``model``'s rows belong to the person (for the account page), one query."""
    return lambda user: model.objects.filter(**{path: user}).count()


KEPT = _("Kept for the district's totals, without your name or email address.")

for section in (
    PersonalDataSection(
        key="enrollments",
        label=_("Pathways you started, and the steps you did"),
        app_label="pathways",
        collect=enrollments,
        count=_count(Enrollment),
        on_delete=ANONYMISED,
        deletion=KEPT,
        order=10,
    ),
    PersonalDataSection(
        key="quiz_attempts",
        label=_("Quiz attempts and your answers"),
        app_label="pathways",
        collect=quiz_attempts,
        count=_count(QuizAttempt),
        on_delete=ANONYMISED,
        deletion=KEPT,
        order=11,
    ),
    PersonalDataSection(
        key="survey_responses",
        label=_("Survey answers"),
        app_label="pathways",
        collect=survey_responses,
        count=_count(SurveyResponse),
        on_delete=ANONYMISED,
        deletion=KEPT,
        order=12,
    ),
    PersonalDataSection(
        key="certificates",
        label=_("Certificates"),
        app_label="pathways",
        collect=certificates,
        count=_count(Certificate, "enrollment__user"),
        on_delete=ANONYMISED,
        deletion=_("The verification page still confirms the pathway and date, without your name."),
        forget=forget_certificate_names,
        order=13,
    ),
    PersonalDataSection(
        key="checklists",
        label=_("Checklists you ticked"),
        app_label="pathways",
        collect=checklists,
        count=_count(ChecklistProgress),
        on_delete=DELETED,
        deletion=_("Deleted with your account."),
        forget=delete_checklists,
        order=14,
    ),
    PersonalDataSection(
        key="learning_statements",
        label=_("Learning activity records (xAPI statements)"),
        app_label="pathways",
        collect=learning_statements,
        count=_count(LearningStatement),
        on_delete=ANONYMISED,
        deletion=_("Kept for the district's totals under a random code instead of your account."),
        forget=forget_statements,
        order=15,
    ),
):
    register(section)
