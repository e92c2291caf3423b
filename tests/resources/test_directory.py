"""The directory's rules: every filter, "open now", what leaves the lists."""

from datetime import date

from resources import directory as rules
from resources.directory import DirectoryFilters

from .world import DirectoryTestCase, on


def titles(world, moment=None, locale=None, **filters):
    locale_id = locale or world.page.locale_id
    found = rules.find_services(locale_id, DirectoryFilters(**filters), moment=moment)
    return sorted(service.title for service in found)


class TestDirectory(DirectoryTestCase):
    def test_everything_a_family_can_use_is_listed(self):
        assert titles(self.world) == [
            "Checkups for children",
            "Dental van",  # temporarily closed: listed, with its notice
            "Diaper bank",
            "Family counseling",
            "Food pantry",
        ]

    def test_unpublished_services_leave_the_list(self):
        self.world.services["counseling"].unpublish()
        assert "Family counseling" not in titles(self.world)

    def test_category(self):
        assert titles(self.world, category_key=self.world.food.translation_key) == [
            "Diaper bank",
            "Food pantry",
        ]

    def test_language_spoken(self):
        assert titles(self.world, language="vi") == ["Checkups for children"]
        assert titles(self.world, language="es") == ["Diaper bank", "Food pantry"]

    def test_region_includes_services_by_phone_or_online(self):
        assert titles(self.world, region_key=self.world.south.translation_key) == [
            "Checkups for children",
            "Dental van",
            "Diaper bank",  # online: any region
            "Family counseling",
        ]
        assert titles(self.world, region_key=self.world.north.translation_key) == [
            "Diaper bank",
            "Food pantry",
        ]

    def test_near_a_center_means_at_it_or_in_its_region(self):
        options = rules.filter_options(self.world.page.locale_id)
        (center,) = [c for c in options.centers if c.slug == "north-center"]
        assert titles(self.world, center=center) == ["Diaper bank", "Food pantry"]

    def test_cost(self):
        assert titles(self.world, cost="free") == ["Dental van", "Food pantry"]
        assert titles(self.world, cost="sliding_scale") == ["Checkups for children"]

    def test_audience(self):
        assert titles(self.world, audience="children") == ["Checkups for children", "Diaper bank"]
        assert titles(self.world, audience="families") == ["Food pantry"]

    def test_words(self):
        assert titles(self.world, q="vaccines") == ["Checkups for children"]
        assert titles(self.world, q="groceries") == ["Food pantry"]

    def test_filters_combine(self):
        assert titles(self.world, category_key=self.world.food.translation_key, language="en") == [
            "Food pantry"
        ]

    def test_open_now_uses_each_service_hours_or_its_places(self):
        tuesday, saturday = date(2026, 6, 9), date(2026, 6, 13)
        # Tuesday 16:00: the pantry (weekdays 9-5) and counseling (its own Tuesday 3-6).
        assert titles(self.world, moment=on(tuesday, 16), open_now=True) == [
            "Family counseling",
            "Food pantry",
        ]
        # Saturday 10:00: the clinic's place is open; counseling keeps its own hours; the
        # temporarily closed van is never open.
        assert titles(self.world, moment=on(saturday, 10), open_now=True) == [
            "Checkups for children"
        ]
        assert titles(self.world, moment=on(tuesday, 20), open_now=True) == []

    def test_the_spanish_directory_lists_the_spanish_copies(self):
        assert titles(self.world, locale=self.world.page_es.locale_id) == ["Despensa de alimentos"]

    def test_the_spanish_copy_names_the_spanish_places(self):
        """Translating a service ticks the translated organization's copies of its places."""
        spanish = self.world.services["pantry_es"]
        (place,) = spanish.locations.all()
        assert place.organization_id == spanish.get_parent().pk
        assert place.organization_id != self.world.food_bank.pk
        assert place.location_key == self.world.pantry.location_key

    def test_expired_opportunities_leave_by_themselves(self):
        found = rules.open_opportunities(self.world.page.locale_id)
        assert [item.title for item in found] == ["Summer camp"]
        assert [item.title for item in rules.opportunities_of(self.world.food_bank)] == [
            "Summer camp"
        ]

    def test_stale_is_older_than_the_setting(self):
        checkups = self.world.services["checkups"]
        assert rules.is_stale(checkups)
        with self.settings(RESOURCES_STALE_AFTER_DAYS=500):
            assert not rules.is_stale(checkups)
        assert not rules.is_stale(self.world.services["pantry"])

    def test_odd_search_words_never_fail(self):
        for words in ('say "hi', '"', "NEAR", "a-b", "ab*", "(", "ñ"):
            titles(self.world, q=words)  # no error from the search backend
        assert titles(self.world, q='"groceries"') == ["Food pantry"]
