"""Pathways content: the learning index, How-to modules, pathways and instruments."""

from .checklists import ChecklistProgress
from .instruments import SelfEfficacyInstrument
from .learning_index import LearningIndexPage
from .modules import TOPICS, HowToModulePage
from .pathways import PathwayPage
from .records import (
    Certificate,
    Enrollment,
    LearnerKey,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from .statements import LearningStatement

__all__ = [
    "Certificate",
    "ChecklistProgress",
    "LearningStatement",
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
