"""StreamField blocks of How-to modules, quizzes, pathways and self-efficacy surveys, one
module per concept. Kept out of the models so migrations stay compact; their
templates are under ``templates/pathways/blocks/``. The words they share with
records and reports (survey phases, question kinds) are in ``pathways.kinds``.
"""

from .module import (
    ActivityBlock,
    CalloutBlock,
    ChecklistBlock,
    ModuleBodyBlock,
    ModuleVideoBlock,
    ObjectivesBlock,
    StepBlock,
    StepsBlock,
    json_for_script,
)
from .pathway import EventStepBlock, ModuleStepBlock, PathwayStepsBlock, SurveyStepBlock
from .quiz import QuestionBlock, QuizBlock, QuizChoiceBlock, question_errors
from .survey import ItemBlock, ItemsBlock, ScaleLabelsBlock, SubscaleBlock, SubscalesBlock

__all__ = [
    "ActivityBlock",
    "CalloutBlock",
    "ChecklistBlock",
    "EventStepBlock",
    "ItemBlock",
    "ItemsBlock",
    "ModuleBodyBlock",
    "ModuleStepBlock",
    "ModuleVideoBlock",
    "ObjectivesBlock",
    "PathwayStepsBlock",
    "QuestionBlock",
    "QuizBlock",
    "QuizChoiceBlock",
    "ScaleLabelsBlock",
    "StepBlock",
    "StepsBlock",
    "SubscaleBlock",
    "SubscalesBlock",
    "SurveyStepBlock",
    "json_for_script",
    "question_errors",
]
