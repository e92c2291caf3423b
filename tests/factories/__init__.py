"""Factories for tests and for the demo loader (`manage.py load_demo`)."""

from .images import ImageFactory
from .pages import (
    CenterIndexPageFactory,
    CenterPageFactory,
    HomePageFactory,
    StandardPageFactory,
    publish_translation,
)
from .pathways import (
    HowToModulePageFactory,
    LearningIndexPageFactory,
    PathwayPageFactory,
    SelfEfficacyInstrumentFactory,
    build_learning_index,
)
from .records import (
    CertificateFactory,
    EnrollmentFactory,
    QuizAttemptFactory,
    StepCompletionFactory,
    SurveyResponseFactory,
    build_course,
)
from .site import build_site
from .site_text import SiteTextFactory
from .users import UserFactory
from .vocabulary import (
    AudienceFactory,
    LanguageFactory,
    RegionFactory,
    SchoolFactory,
    translate_snippet,
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
