"""A person's own learning data, as plain dicts, JSON and CSV (for "download my data").

``person_data(user)`` gathers every record that belongs to the account; the JSON
and CSV writers turn it into a file. The views in ``pathways/views/learning.py``
serve them; nothing here knows about requests.
"""

import io
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch

from pathways.models import (
    Certificate,
    ChecklistProgress,
    Enrollment,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from portal import spreadsheets

FORMAT_VERSION = 1
CSV_HEADER = ["record", "number", "field", "value"]
SECTIONS = ("enrollments", "quiz_attempts", "survey_responses", "certificates", "checklists")


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


def person_data(user):
    """Every learning record the portal holds about this person (a fixed number of queries)."""
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("school")
        .prefetch_related(
            Prefetch("step_completions", queryset=StepCompletion.objects.order_by("completed_at"))
        )
    )
    attempts = QuizAttempt.objects.filter(user=user).prefetch_related(
        Prefetch("responses", queryset=QuizItemResponse.objects.order_by("pk"))
    )
    surveys = SurveyResponse.objects.filter(user=user)
    certificates = Certificate.objects.filter(enrollment__user=user)
    checklists = ChecklistProgress.objects.filter(user=user).order_by("module_title", "pk")
    return {
        "format_version": FORMAT_VERSION,
        "account": {
            "email": user.email,
            "name": user.get_full_name(),
            "preferred_language": getattr(user, "preferred_language", ""),
            "school": user.school.name if getattr(user, "school_id", None) else None,
        },
        "enrollments": [_enrollment(e) for e in enrollments],
        "quiz_attempts": [_attempt(a) for a in attempts],
        "survey_responses": [_survey(s) for s in surveys],
        "certificates": [_certificate(c) for c in certificates],
        "checklists": [_checklist(c) for c in checklists],
    }


def to_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _flatten(prefix, value, rows, record, number):
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), item, rows, record, number)
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            _flatten(f"{prefix}.{index}", item, rows, record, number)
    else:
        rows.append([record, number, prefix, "" if value is None else value])


def csv_rows(data):
    """One row per value: record type, its number, the field path (``steps.1.step_id``), value."""
    rows = [CSV_HEADER]
    _flatten("", data["account"], rows, "account", 1)
    for section in SECTIONS:
        for number, item in enumerate(data[section], start=1):
            _flatten("", item, rows, section, number)
    return rows


def to_csv(data):
    buffer = io.StringIO()
    spreadsheets.writer(buffer).writerows(csv_rows(data))
    return buffer.getvalue()
