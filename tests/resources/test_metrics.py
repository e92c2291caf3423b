"""The directory's figures: counted once per service in both languages, by language
spoken and region as the filters count them, and never suppressed (they count
listings, not people)."""

from datetime import timedelta

from django.utils import timezone

from portal import metrics
from portal.metrics import Filters
from portal.school_year import SchoolYear
from portal.suppression import layout_for_district
from resources.models import ServicePage

from .world import DirectoryTestCase


def figure(key, **filters):
    metric = metrics.get(key)
    year = SchoolYear.current()
    return metrics.value_of(metric, year, Filters(**filters), layout_for_district())


class TestDirectoryFigures(DirectoryTestCase):
    def test_services_listed_count_each_service_once(self):
        # Five listed (the defunct one is not), the pantry's Spanish copy is the same service.
        result = figure("directory_services")
        assert result.value == 5
        assert not result.suppressed  # fewer than 10, but they are listings, not people
        assert result.people is None

    def test_by_language_spoken_and_by_region(self):
        assert figure("directory_services", language="es").value == 2
        assert figure("directory_services", region=self.world.south).value == 4  # + online

    def test_stale_and_verified_share(self):
        # Checkups were verified 400 days ago; the others today.
        assert figure("directory_stale").value == 1
        assert figure("directory_verified_share").value == 4 / 5
        key = self.world.services["pantry"].translation_key
        old = timezone.localdate() - timedelta(days=181)
        ServicePage.objects.filter(translation_key=key).update(assured_date=old)
        assert figure("directory_stale").value == 2

    def test_open_opportunities(self):
        assert figure("directory_open_opportunities").value == 1  # the expired camp is not
