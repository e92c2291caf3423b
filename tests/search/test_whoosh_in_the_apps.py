"""The apps' own searches (the directory, the HSDS API) on the Whoosh backend,
which `make run` uses: the same answers as on the database backend."""

import pytest

from django.core.management import call_command

from resources import directory as rules
from resources.directory import DirectoryFilters
from tests.factories import build_site
from tests.resources.world import build_directory

pytestmark = pytest.mark.django_db

ODD_WORDS = ['say "hi', '"', "NEAR", "a-b", "ab*", "(", "ñ", "OR AND NOT", "%_\\", "a" * 200]


@pytest.fixture
def world(whoosh, db):
    world = build_directory(build_site())
    call_command("update_index", verbosity=0)
    return world


def titles(world, **filters):
    found = rules.find_services(world.page.locale_id, DirectoryFilters(**filters))
    return sorted(service.title for service in found)


def test_the_directory_search(world):
    assert titles(world, q="vaccines") == ["Checkups for children"]
    assert titles(world, q="groceries") == ["Food pantry"]
    assert titles(world, q='"groceries"') == ["Food pantry"]
    assert titles(world, q="grocery") == ["Food pantry"]  # stemmed on Whoosh
    food = world.food.translation_key
    assert titles(world, q="groceries", category_key=food) == ["Food pantry"]
    assert titles(world, q="vaccines", category_key=food) == []
    for words in ODD_WORDS:
        titles(world, q=words)  # no error from the backend


def test_the_hsds_api_search(world, client):
    def names(**params):
        response = client.get("/api/hsds/services", params)
        assert response.status_code == 200, response.content
        return [item["name"] for item in response.json()["contents"]]

    assert names(search="groceries") == ["Food pantry"]
    assert names(search="comestibles", lang="es") == ["Despensa de alimentos"]
    assert names(search="vaccines") == ["Checkups for children"]
    for words in ODD_WORDS[:-1]:
        names(search=words)
