"""Pathways content: the learning index, How-to modules, pathways and instruments."""

from .instruments import SelfEfficacyInstrument
from .modules import TOPICS, HowToModulePage
from .pathways import LearningIndexPage, PathwayPage
from .records import (
    Certificate,
    Enrollment,
    LearnerKey,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)

__all__ = [
    "Certificate",
    "Enrollment",
    "LearnerKey",
    "QuizAttempt",
    "QuizItemResponse",
    "StepCompletion",
    "SurveyResponse",
    "TOPICS",
    "HowToModulePage",
    "LearningIndexPage",
    "PathwayPage",
    "SelfEfficacyInstrument",
]
