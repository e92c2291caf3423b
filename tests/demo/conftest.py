"""One demo load shared by the package's tests (see ``tests/demo/__init__.py``)."""

import pytest
from allauth.account.models import EmailAddress

from django.db import transaction
from django.test import override_settings

from wagtail.contrib.redirects.models import Redirect
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from pathways.models import (
    Certificate,
    Enrollment,
    HowToModulePage,
    LearnerKey,
    LearningIndexPage,
    LearningStatement,
    PathwayPage,
    QuizAttempt,
    QuizItemResponse,
    SelfEfficacyInstrument,
    StepCompletion,
    SurveyResponse,
)
from portal.models import Audience, CenterPage, Language, Region, School, SiteText, User
from resources.models import (
    Location,
    OpportunityPage,
    OrganizationPage,
    ServiceCategory,
    ServicePage,
)

from . import run_loader


def pytest_collection_modifyitems(items):
    """Every test of the package on one xdist worker, so the demo is loaded once."""
    for item in items:
        if "demo" in item.path.parent.name and item.path.parent.parent.name == "tests":
            item.add_marker(pytest.mark.xdist_group("demo"))


def record_counts():
    """What the demo creates, counted (each module compares its own part)."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "centers": CenterPage.objects.count(),
        "regions": Region.objects.count(),
        "audiences": Audience.objects.count(),
        "languages": Language.objects.count(),
        "schools": School.objects.count(),
        "users": User.objects.count(),
        "email addresses": EmailAddress.objects.count(),
        "images": Image.objects.count(),
        "site texts": SiteText.objects.count(),
        "redirects": Redirect.objects.count(),
        "modules": HowToModulePage.objects.count(),
        "pathways": PathwayPage.objects.count(),
        "indexes": LearningIndexPage.objects.count(),
        "instruments": SelfEfficacyInstrument.objects.count(),
        "learner keys": LearnerKey.objects.count(),
        "group memberships": User.groups.through.objects.count(),
        "enrollments": Enrollment.objects.count(),
        "steps": StepCompletion.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "answers": QuizItemResponse.objects.count(),
        "surveys": SurveyResponse.objects.count(),
        "certificates": Certificate.objects.count(),
        "statements": LearningStatement.objects.count(),
        "organizations": OrganizationPage.objects.count(),
        "services": ServicePage.objects.count(),
        "places": Location.objects.count(),
        "opportunities": OpportunityPage.objects.count(),
        "service categories": ServiceCategory.objects.count(),
    }


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo`` run twice in one transaction, rolled back when the package ends.

    Yields the counts after each run (``first``, ``second``) and both outputs.
    """
    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        first_output = run_loader()
        first = record_counts()
        second_output = run_loader()
        second = record_counts()
        yield {"first": first, "second": second, "outputs": [first_output, second_output]}
        transaction.set_rollback(True)
