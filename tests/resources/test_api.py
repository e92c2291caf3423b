"""The HSDS 3.0 API: every endpoint against hand-written JSON Schemas, then filters,
pages, languages, ids, what stays out, errors, the rate limit and its query budget."""

import uuid
from datetime import date, timedelta

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from resources.api import throttle
from resources.api.serializers import TAXONOMY_ID
from resources.factories import (
    LocationFactory,
    OrganizationPageFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
    closure,
    special,
    weekly,
)
from resources.models import Location, ServicePage

from . import hsds_schemas as schemas
from .world import DirectoryTestCase

API = "/api/hsds"
LISTED = ["Checkups for children", "Dental van", "Diaper bank", "Family counseling", "Food pantry"]
#: The most queries one service costs: the service, its organization, its categories,
#: languages and places.
DETAIL_BUDGET = 5


def names(body) -> list[str]:
    return [item["name"] for item in body["contents"]]


def find(items, **fields):
    (found,) = [item for item in items if all(item.get(k) == v for k, v in fields.items())]
    return found


class ApiTestCase(DirectoryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = cls.world
        # A place with everything a location can say, holidays and special hours included.
        place = Location.objects.get(pk=world.pantry.pk)
        place.hours = cls.holiday_hours("Thanksgiving")
        place.accessibility = "Step-free entrance on Oak Street."
        place.transportation = "Bus 12 stops at the door."
        place.latitude, place.longitude = "34.052235", "-118.243683"
        place.phone = "+18185550150"
        place.save()
        # The Spanish copy of the place, its hours entered anew (new block ids).
        spanish = Location.objects.get(
            organization_id=world.services["pantry_es"].get_parent().pk,
            location_key=world.pantry.location_key,
        )
        spanish.hours = cls.holiday_hours("Día de Acción de Gracias")
        spanish.save()
        ServicePage.objects.filter(pk=world.services["checkups"].pk).update(
            fees_description="$10 a visit, less for low incomes."
        )
        # Factories make live pages without publishing them: give each a publish time.
        ServicePage.objects.update(last_published_at=timezone.now() - timedelta(days=30))

    @staticmethod
    def holiday_hours(thanksgiving):
        return [
            weekly("MO,TU,WE,TH,FR", "09:00", "17:00"),
            closure(date(2026, 11, 26), reason=thanksgiving),
            closure(date(2026, 12, 21), date(2027, 1, 1), reason="Winter break"),
            special(date(2026, 7, 3), "09:00", "12:00", reason="Independence Day"),
        ]

    def get(self, path, status=200, **params):
        response = self.client.get(API + path, params)
        assert response.status_code == status, response.content
        assert response["Content-Type"] == "application/json"
        return response.json()

    def valid(self, schema, body):
        problems = schemas.errors(schema, body)
        assert not problems, "\n".join(problems)
        return body

    def key(self, name):
        return str(self.world.services[name].translation_key)

    def service(self, name, **params):
        return self.valid(schemas.SERVICE, self.get(f"/services/{self.key(name)}", **params))


class TestEveryEndpointMatchesTheSpecification(ApiTestCase):
    def test_api_metadata(self):
        body = self.valid(schemas.API_ROOT, self.get("/"))
        assert body["version"] == "3.0"
        assert body["openapi_url"].endswith("/3.0/schema/openapi.json")

    def test_services(self):
        body = self.valid(schemas.page_of(schemas.SERVICE_LIST_ITEM), self.get("/services"))
        assert names(body) == LISTED
        assert body["contents"][0]["organization"]["name"] == "Palm Clinic"
        full = self.get("/services", full="true")
        self.valid(schemas.page_of(schemas.SERVICE), full)
        assert all("service_at_locations" in item for item in full["contents"])

    def test_each_service(self):
        for name in ("pantry", "diapers", "checkups", "counseling", "repairs"):
            body = self.service(name)
            assert body["id"] == self.key(name)

    def test_organizations(self):
        body = self.get("/organizations")
        self.valid(schemas.page_of(schemas.ORGANIZATION_BRIEF), body)
        assert names(body) == ["Palm Clinic", "Valle Food Bank"]
        for params in ({"full": "true"}, {"full_service": "true"}):
            self.valid(schemas.page_of(schemas.ORGANIZATION), self.get("/organizations", **params))

    def test_an_organization_with_its_places_and_services(self):
        path = f"/organizations/{self.world.food_bank.translation_key}"
        body = self.valid(schemas.ORGANIZATION, self.get(path))
        assert [place["name"] for place in body["locations"]] == ["Pantry", "Room 2"]
        assert [service["name"] for service in body["services"]] == ["Diaper bank", "Food pantry"]
        assert "service_at_locations" not in body["services"][0]  # simple information
        full = self.valid(schemas.ORGANIZATION, self.get(path, full_service="true"))
        assert full["services"][1]["service_at_locations"][0]["location"]["name"] == "Pantry"

    def test_services_at_locations(self):
        body = self.get("/service_at_locations")
        self.valid(schemas.page_of(schemas.SERVICE_AT_LOCATION_LIST_ITEM), body)
        assert [(i["service"]["name"], i["location"]["name"]) for i in body["contents"]] == [
            ("Checkups for children", "Clinic"),
            ("Dental van", "Clinic"),
            ("Diaper bank", "Room 2"),
            ("Family counseling", "Clinic"),
            ("Food pantry", "Pantry"),
        ]
        full = self.get("/service_at_locations", full="true")
        self.valid(schemas.page_of(schemas.SERVICE_AT_LOCATION), full)

    def test_a_service_at_a_location(self):
        link = self.service("counseling")["service_at_locations"][0]
        body = self.get(f"/service_at_locations/{link['id']}")
        self.valid(schemas.SERVICE_AT_LOCATION, body)
        assert body["location"]["id"] == str(self.world.clinic_place.location_key)
        assert body["service"]["name"] == "Family counseling"
        assert body["schedules"][0]["byday"] == "TU"  # the service's own hours

    def test_taxonomies(self):
        body = self.valid(schemas.page_of(schemas.TAXONOMY), self.get("/taxonomies"))
        assert [item["id"] for item in body["contents"]] == [str(TAXONOMY_ID)]
        self.valid(schemas.TAXONOMY, self.get(f"/taxonomies/{TAXONOMY_ID}"))

    def test_taxonomy_terms(self):
        body = self.valid(schemas.page_of(schemas.TAXONOMY_TERM), self.get("/taxonomy_terms"))
        assert [(term["code"], term["name"]) for term in body["contents"]] == [
            ("food", "Food"),
            ("health", "Health"),
        ]
        term = self.get(f"/taxonomy_terms/{self.world.food.translation_key}")
        self.valid(schemas.TAXONOMY_TERM, term)
        assert term["taxonomy_id"] == str(TAXONOMY_ID)

    def test_errors(self):
        self.valid(schemas.ERROR, self.get("/services", status=400, page="abc"))
        self.valid(schemas.ERROR, self.get(f"/services/{uuid.uuid4()}", status=404))

    def test_the_paths_work_with_and_without_a_trailing_slash(self):
        key = self.key("pantry")
        for path in ("/services", "/services/", f"/services/{key}", f"/services/{key}/"):
            assert self.client.get(API + path).status_code == 200, path


class TestWhatAServiceSays(ApiTestCase):
    def test_its_own_fields(self):
        body = self.service("checkups")
        assert body["name"] == "Checkups for children"
        assert body["status"] == "active"
        assert (body["minimum_age"], body["maximum_age"]) == (0, 18)
        assert body["assured_date"] == self.world.services["checkups"].assured_date.isoformat()
        assert body["url"].endswith("/en/find-help/clinic/checkups/")
        assert body["organization"]["name"] == "Palm Clinic"
        assert body["organization"]["phones"][0]["number"].startswith("+1818555")
        assert "assurer_email" not in body

    def test_a_temporarily_closed_service_keeps_its_notice(self):
        body = self.service("repairs")
        assert body["status"] == "temporarily closed"
        assert body["alert"] == "Back in January."

    def test_cost_options_documents_languages_and_categories(self):
        body = self.service("checkups")
        (cost,) = body["cost_options"]
        assert cost["option"] == "Sliding scale (by income)"
        assert cost["amount_description"] == "$10 a visit, less for low incomes."
        assert [d["document"] for d in body["required_documents"]] == [
            "Insurance card",
            "Vaccine record",
        ]
        assert [(lang["code"], lang["name"]) for lang in body["languages"]] == [
            ("en", "English"),
            ("vi", "Vietnamese"),
        ]
        (attribute,) = body["attributes"]
        assert attribute["taxonomy_term_id"] == str(self.world.health.translation_key)
        assert attribute["taxonomy_term"]["name"] == "Health"
        assert attribute["link_id"] == body["id"]
        free = self.service("pantry")["cost_options"][0]
        assert (free["option"], free["amount"], free["currency"]) == ("Free", 0, "USD")

    def test_its_places_with_address_accessibility_phone(self):
        (link,) = self.service("pantry")["service_at_locations"]
        place = link["location"]
        assert link["location_id"] == place["id"] == str(self.world.pantry.location_key)
        assert place["organization_id"] == str(self.world.food_bank.translation_key)
        assert (place["latitude"], place["longitude"]) == (34.052235, -118.243683)
        assert place["transportation"] == "Bus 12 stops at the door."
        (address,) = place["addresses"]
        assert address["address_1"] == self.world.pantry.street_address
        assert (address["city"], address["state_province"], address["country"]) == (
            "Valle del Sol",
            "CA",
            "US",
        )
        assert address["region"] == "North"
        assert place["accessibility"][0]["description"] == "Step-free entrance on Oak Street."
        assert place["phones"][0]["number"] == "+18185550150"

    def test_weekly_hours_are_weekly_rules(self):
        schedules = self.service("pantry")["service_at_locations"][0]["location"]["schedules"]
        regular = find(schedules, freq="WEEKLY", byday="MO,TU,WE,TH,FR")
        assert (regular["opens_at"], regular["closes_at"]) == ("09:00", "17:00")
        assert regular["timezone"] in (-8, -7)  # Pacific time, today's offset
        assert regular["description"] == "Monday to Friday: 09:00–17:00"
        assert "valid_from" not in regular
        own = self.service("counseling")["schedules"]
        assert own[0]["service_id"] == self.key("counseling")
        assert (own[0]["byday"], own[0]["opens_at"], own[0]["closes_at"]) == (
            "TU",
            "15:00",
            "18:00",
        )

    def test_holidays_are_dated_schedules_without_opening_times(self):
        schedules = self.service("pantry")["service_at_locations"][0]["location"]["schedules"]
        thanksgiving = find(schedules, valid_from="2026-11-26")
        assert thanksgiving["valid_to"] == "2026-11-26"
        assert thanksgiving["description"] == "Closed all day (Thanksgiving)"
        assert "opens_at" not in thanksgiving and "freq" not in thanksgiving
        assert thanksgiving["timezone"] == -8  # standard time in November
        winter = find(schedules, valid_from="2026-12-21")
        assert winter["valid_to"] == "2027-01-01"

    def test_special_hours_are_dated_weekly_rules(self):
        schedules = self.service("pantry")["service_at_locations"][0]["location"]["schedules"]
        special_day = find(schedules, valid_from="2026-07-03")
        assert special_day["valid_to"] == "2026-07-03"
        assert (special_day["freq"], special_day["byday"]) == ("WEEKLY", "FR")
        assert (special_day["opens_at"], special_day["closes_at"]) == ("09:00", "12:00")
        assert special_day["timezone"] == -7  # daylight saving time in July
        assert special_day["description"].endswith("(Independence Day)")


class TestPages(ApiTestCase):
    def test_per_page_and_page(self):
        body = self.get("/services", per_page=2, page=2)
        assert names(body) == LISTED[2:4]
        assert {k: v for k, v in body.items() if k != "contents"} == {
            "total_items": 5,
            "total_pages": 3,
            "page_number": 2,
            "size": 2,
            "first_page": False,
            "last_page": False,
            "empty": False,
        }
        last = self.get("/services", per_page=2, page=3)
        assert names(last) == LISTED[4:]
        assert last["last_page"] and last["size"] == 1

    def test_a_page_past_the_last_is_empty(self):
        body = self.get("/services", per_page=2, page=4)
        assert body["contents"] == [] and body["empty"] and body["size"] == 0
        assert body["total_items"] == 5

    def test_the_first_page_by_default(self):
        body = self.get("/services")
        assert body["page_number"] == 1 and body["first_page"] and body["last_page"]

    def test_nothing_found(self):
        body = self.get("/services", search="xylophone")
        assert body["total_items"] == 0 and body["total_pages"] == 0 and body["empty"]


class TestFilters(ApiTestCase):
    def test_modified_after_a_publish(self):
        before = timezone.now()
        counseling = self.world.services["counseling"]
        counseling.save_revision().publish()
        assert names(self.get("/services", modified_after=before.isoformat())) == [
            "Family counseling"
        ]
        assert names(self.get("/services", modified_after="2000-01-01T00:00:00Z")) == LISTED
        assert names(self.get("/services", modified_after=timezone.now().isoformat())) == []

    def test_a_page_never_published_counts_as_modified(self):
        ServicePage.objects.filter(pk=self.world.services["diapers"].pk).update(
            last_published_at=None
        )
        later = timezone.now().isoformat()
        assert names(self.get("/services", modified_after=later)) == ["Diaper bank"]
        assert "last_modified" not in self.service("diapers")

    def test_modified_after_accepts_dates_and_offsets(self):
        for value in ("2000-01-01", "2000-01-01T00:00:00", "2000-01-01T00:00:00-08:00"):
            assert names(self.get("/services", modified_after=value)) == LISTED, value
        # An unencoded "+" arrives as a space.
        response = self.client.get(API + "/services?modified_after=2000-01-01T00:00:00+02:00")
        assert response.status_code == 200

    def test_taxonomy_term_id(self):
        food = str(self.world.food.translation_key)
        assert names(self.get("/services", taxonomy_term_id=food)) == ["Diaper bank", "Food pantry"]
        assert names(self.get("/services", taxonomy_term_id=str(uuid.uuid4()))) == []
        assert names(self.get("/organizations", taxonomy_term_id=food)) == ["Valle Food Bank"]

    def test_taxonomy_id(self):
        assert names(self.get("/services", taxonomy_id=str(TAXONOMY_ID))) == LISTED
        assert names(self.get("/services", taxonomy_id=str(uuid.uuid4()))) == []

    def test_search_uses_the_directory_search(self):
        assert names(self.get("/services", search="groceries")) == ["Food pantry"]
        assert names(self.get("/services", search="vaccines")) == ["Checkups for children"]
        assert names(self.get("/services", search="comestibles", lang="es")) == [
            "Despensa de alimentos"
        ]
        assert names(self.get("/taxonomy_terms", search="heal")) == ["Health"]

    def test_organization_id(self):
        body = self.get("/services", organization_id=str(self.world.clinic.translation_key))
        assert names(body) == ["Checkups for children", "Dental van", "Family counseling"]

    def test_filters_apply_to_services_at_locations(self):
        body = self.get(
            "/service_at_locations", taxonomy_term_id=str(self.world.food.translation_key)
        )
        assert [item["service"]["name"] for item in body["contents"]] == [
            "Diaper bank",
            "Food pantry",
        ]
        assert self.get("/service_at_locations", postcode="99999")["contents"] == []

    def test_odd_search_words_never_fail(self):
        for words in ('"', 'say "hi', "'", "AND", "(", "*", "NOT OR", "%_\\", "a" * 200, "niño"):
            self.get("/services", search=words)
            self.get("/organizations", search=words)


class TestLanguagesAndIds(ApiTestCase):
    def test_spanish_copies_with_the_same_ids(self):
        english, spanish = self.service("pantry"), self.service("pantry", lang="es")
        assert spanish["name"] == "Despensa de alimentos"
        assert spanish["description"] == "Comestibles cada semana para las familias."
        assert "/es/" in spanish["url"]
        assert spanish["cost_options"][0]["option"] == "Gratis"
        assert spanish["attributes"][0]["taxonomy_term"]["name"] == "Alimentos"
        place_en = english["service_at_locations"][0]
        place_es = spanish["service_at_locations"][0]
        assert place_es["location"]["addresses"][0]["region"] == "Norte"
        assert place_es["location"]["schedules"][0]["description"].startswith("lunes a viernes")

        def ids(body):
            found = {body["id"], body["organization_id"], body["organization"]["id"]}
            for name in ("phones", "languages", "cost_options", "attributes"):
                found |= {item["id"] for item in body[name]}
            return found

        assert ids(english) == ids(spanish)
        assert place_en["id"] == place_es["id"]
        assert place_en["location"]["id"] == place_es["location"]["id"]
        address_en, address_es = (p["location"]["addresses"][0] for p in (place_en, place_es))
        assert address_en["id"] == address_es["id"]
        hours_en, hours_es = (p["location"]["schedules"] for p in (place_en, place_es))
        assert len(hours_en) == 4
        assert [h["id"] for h in hours_en] == [h["id"] for h in hours_es]
        closed = find(hours_es, valid_from="2026-11-26")
        assert closed["description"] == "Cerrado todo el día (Día de Acción de Gracias)"

    def test_each_language_lists_its_own_copies(self):
        spanish = self.get("/services", lang="es")
        assert names(spanish) == ["Despensa de alimentos"]
        assert spanish["contents"][0]["id"] == self.key("pantry")
        response = self.client.get(API + "/services", {"lang": "es"})
        assert response["Content-Language"] == "es"
        terms = self.get("/taxonomy_terms", lang="es")
        assert [(t["code"], t["name"], t["language"]) for t in terms["contents"]] == [
            ("food", "Alimentos", "es"),
            ("health", "Salud", "es"),
        ]

    def test_a_service_at_a_location_is_found_in_both_languages(self):
        link = self.service("pantry")["service_at_locations"][0]["id"]
        assert self.get(f"/service_at_locations/{link}")["service"]["name"] == "Food pantry"
        spanish = self.get(f"/service_at_locations/{link}", lang="es")
        assert spanish["service"]["name"] == "Despensa de alimentos"

    def test_ids_are_the_same_on_every_request(self):
        assert self.service("checkups") == self.service("checkups")

    def test_ids_are_uuids_derived_from_the_page(self):
        body = self.service("counseling")
        key = uuid.UUID(body["id"])
        (link,) = body["service_at_locations"]
        assert link["id"] == str(
            uuid.uuid5(key, f"service_at_location:{self.world.clinic_place.location_key}")
        )


class TestWhatStaysOut(ApiTestCase):
    def listed(self):
        return names(self.get("/services", per_page=100))

    def test_defunct_and_inactive_services(self):
        assert "Old program" not in self.listed()
        self.get(f"/services/{self.key('gone')}", status=404)
        ServicePage.objects.filter(pk=self.world.services["diapers"].pk).update(status="inactive")
        assert "Diaper bank" not in self.listed()
        self.get(f"/services/{self.key('diapers')}", status=404)

    def test_unpublished_services(self):
        self.world.services["counseling"].unpublish()
        assert "Family counseling" not in self.listed()
        self.get(f"/services/{self.key('counseling')}", status=404)
        links = self.get("/service_at_locations")["contents"]
        assert "Family counseling" not in [item["service"]["name"] for item in links]

    def test_private_services(self):
        PageViewRestriction.objects.create(
            page=self.world.services["checkups"], restriction_type=PageViewRestriction.LOGIN
        )
        assert "Checkups for children" not in self.listed()
        self.get(f"/services/{self.key('checkups')}", status=404)

    def test_opportunities_are_not_services(self):
        body = self.get("/organizations", full_service="true")
        services = [s["name"] for org in body["contents"] for s in org["services"]]
        assert sorted(services) == LISTED


@override_settings(RESOURCES_API_RATE_LIMIT=None)
class TestErrors(ApiTestCase):
    def test_bad_parameters_are_400s_that_say_which(self):
        cases = [
            ("/services", {"page": "abc"}, "page"),
            ("/services", {"page": "0"}, "page"),
            ("/services", {"page": "٣"}, "page"),
            ("/services", {"page": "99999999999999999999"}, "page"),
            ("/services", {"per_page": "101"}, "per_page"),
            ("/services", {"per_page": "-1"}, "per_page"),
            ("/services", {"modified_after": "yesterday"}, "modified_after"),
            ("/services", {"modified_after": "2025-13-01"}, "modified_after"),
            ("/services", {"modified_after": "0001-01-01T00:00:00+05:00"}, "modified_after"),
            ("/services", {"modified_after": "9999-12-31T23:59:59-05:00"}, "modified_after"),
            ("/services", {"lang": "fr"}, "lang"),
            ("/services", {"taxonomy_term_id": "food"}, "taxonomy_term_id"),
            ("/services", {"organization_id": "clinic"}, "organization_id"),
            ("/services", {"full": "maybe"}, "full"),
            ("/services", {"format": "ndjson"}, "format"),
            ("/services", {"search": "a" * 201}, "search"),
            ("/services", {"search": "food\x00"}, "search"),
            ("/service_at_locations", {"postcode": "9\x000"}, "postcode"),
            ("/service_at_locations", {"proximity": "500"}, "proximity"),
            ("/organizations", {"full_service": "2"}, "full_service"),
            ("/taxonomy_terms", {"parent_id": "x"}, "parent_id"),
            ("/", {"lang": "xx"}, "lang"),
        ]
        for path, params, parameter in cases:
            body = self.get(path, status=400, **params)
            assert body["parameter"] == parameter, (path, params)
            assert body["status"] == 400 and parameter in body["message"]

    def test_unknown_ids_are_404s(self):
        unknown = str(uuid.uuid4())
        for kind in (
            "services",
            "organizations",
            "service_at_locations",
            "taxonomies",
            "taxonomy_terms",
        ):
            for wrong in (unknown, "not-a-uuid", "1"):
                body = self.get(f"/{kind}/{wrong}", status=404)
                assert body["status"] == 404

    def test_an_unknown_endpoint_is_a_json_404_not_a_redirect(self):
        self.get("/locations", status=404)
        self.get("/services/a/b", status=404)

    def test_only_reading(self):
        for method in ("post", "put", "patch", "delete"):
            response = getattr(self.client, method)(API + "/services")
            assert response.status_code == 405, method
            assert response["Allow"] == "GET, HEAD, OPTIONS"
            assert response.json()["status"] == 405

    def test_head_and_options(self):
        assert self.client.head(API + "/services").status_code == 200
        response = self.client.options(API + "/services")
        assert response.status_code == 204
        assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"

    def test_any_origin_may_read(self):
        response = self.client.get(API + "/services", HTTP_ORIGIN="https://example.org")
        assert response["Access-Control-Allow-Origin"] == "*"
        assert self.client.get(API + "/services/x")["Access-Control-Allow-Origin"] == "*"


class TestRateLimit(ApiTestCase):
    @override_settings(RESOURCES_API_RATE_LIMIT=(3, 60))
    def test_429_after_the_limit_with_retry_after(self):
        for _ in range(3):
            assert self.client.get(API + "/taxonomies").status_code == 200
        response = self.client.get(API + "/taxonomies")
        assert response.status_code == 429
        assert response["Content-Type"] == "application/json"
        assert 1 <= int(response["Retry-After"]) <= 60
        assert response.json()["status"] == 429
        # Another address has a limit of its own.
        other = self.client.get(API + "/taxonomies", REMOTE_ADDR="192.0.2.9")
        assert other.status_code == 200

    @override_settings(RESOURCES_API_RATE_LIMIT=(2, 60))
    def test_the_window_starts_again(self):
        start = 60 * 16_000 + 20.0  # 20 seconds into a window
        assert throttle.check("client", now=start).allowed
        assert throttle.check("client", now=start + 1).allowed
        refused = throttle.check("client", now=start + 2)
        assert not refused.allowed and refused.retry_after == 38
        assert throttle.check("client", now=start + 40).allowed  # the next window

    def test_the_default_is_120_a_minute(self):
        assert throttle.rate_limit() == (120, 60)
        response = self.client.get(API + "/taxonomies")
        assert response["X-RateLimit-Limit"] == "120"


class TestQueries(ApiTestCase):
    """The same number of queries for 3 services or 30 (everything is loaded per page)."""

    def count(self, path, **params):
        url = API + path
        self.client.get(url, params)  # warm what every request shares (categories, sites)
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url, params)
        assert response.status_code == 200, response.content
        return len(captured), response.json()

    def test_lists_cost_the_same_for_3_services_or_30(self):
        legal = ServiceCategoryFactory(name="Legal help", slug="legal")
        organization = OrganizationPageFactory(parent=self.world.page, title="Law Center")
        place = LocationFactory(organization=organization, region=self.world.south)
        languages = list(self.world.services["pantry"].languages.all())

        def add(count):
            for _ in range(count):
                ServicePageFactory(
                    parent=organization,
                    categories=[legal],
                    languages=languages,
                    locations=[place],
                    required_documents="ID\nProof of address",
                )

        term = str(legal.translation_key)
        cases = [  # path, parameters, the most queries it may cost
            ("/services", {"taxonomy_term_id": term, "per_page": 100}, 3),
            ("/services", {"taxonomy_term_id": term, "per_page": 100, "full": "true"}, 6),
            ("/service_at_locations", {"taxonomy_term_id": term, "full": "true"}, 6),
            ("/organizations", {"taxonomy_term_id": term, "full_service": "true"}, 8),
            (f"/organizations/{organization.translation_key}", {"full_service": "true"}, 6),
        ]
        add(3)
        small = [self.count(path, **params)[0] for path, params, _budget in cases]
        add(27)
        large = [self.count(path, **params)[0] for path, params, _budget in cases]
        assert large == small
        assert all(count <= budget for count, (*_, budget) in zip(small, cases, strict=True))
        _count, body = self.count("/services", taxonomy_term_id=term, per_page=100, full="true")
        assert body["total_items"] == 30 and len(body["contents"]) == 30

    def test_a_service_has_a_fixed_budget(self):
        count, _ = self.count(f"/services/{self.key('pantry')}")
        assert count <= DETAIL_BUDGET
