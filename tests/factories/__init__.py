"""Factories for the tests: the content and people factories the demo shares live in the
apps (``portal.factories``, ``pathways.factories``); the learner records' are here."""

from pathways.factories import (
    HowToModulePageFactory,
    LearningIndexPageFactory,
    PathwayPageFactory,
    SelfEfficacyInstrumentFactory,
    build_learning_index,
)
from portal.factories import (
    AudienceFactory,
    CenterIndexPageFactory,
    CenterPageFactory,
    HomePageFactory,
    ImageFactory,
    LanguageFactory,
    RegionFactory,
    SchoolFactory,
    SiteTextFactory,
    StandardPageFactory,
    UserFactory,
    build_site,
    publish_translation,
    translate_snippet,
)

from .records import (
    CertificateFactory,
    EnrollmentFactory,
    QuizAttemptFactory,
    StepCompletionFactory,
    SurveyResponseFactory,
    build_course,
)

__all__ = [
    "AudienceFactory",
    "CenterIndexPageFactory",
    "CenterPageFactory",
    "CertificateFactory",
    "EnrollmentFactory",
    "QuizAttemptFactory",
    "StepCompletionFactory",
    "SurveyResponseFactory",
    "build_course",
    "SiteTextFactory",
    "HomePageFactory",
    "HowToModulePageFactory",
    "ImageFactory",
    "LanguageFactory",
    "LearningIndexPageFactory",
    "PathwayPageFactory",
    "RegionFactory",
    "SchoolFactory",
    "SelfEfficacyInstrumentFactory",
    "StandardPageFactory",
    "UserFactory",
    "build_learning_index",
    "build_site",
    "publish_translation",
    "translate_snippet",
]
