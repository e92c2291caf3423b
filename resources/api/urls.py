"""The paths of HSDS 3.0's ``schema/openapi.json``, under ``/api/hsds/``.

The specification writes them without a trailing slash (``/services/{id}``); the
Django habit is to end with one. Both are accepted, and neither redirects, so a
client written against the specification works unchanged.
"""

from django.urls import path, re_path

from resources.api import views

app_name = "hsds"


def both(route: str, view, name: str):
    """``route`` with or without its trailing slash."""
    return re_path(rf"^{route}/?$", view, name=name)


urlpatterns = [
    path("", views.api_root, name="root"),
    both("services", views.services, "services"),
    both(r"services/(?P<id>[^/]+)", views.service, "service"),
    both("organizations", views.organizations, "organizations"),
    both(r"organizations/(?P<id>[^/]+)", views.organization, "organization"),
    both("service_at_locations", views.service_at_locations, "service_at_locations"),
    both(r"service_at_locations/(?P<id>[^/]+)", views.service_at_location, "service_at_location"),
    both("taxonomies", views.taxonomies, "taxonomies"),
    both(r"taxonomies/(?P<id>[^/]+)", views.taxonomy, "taxonomy"),
    both("taxonomy_terms", views.taxonomy_terms, "taxonomy_terms"),
    both(r"taxonomy_terms/(?P<id>[^/]+)", views.taxonomy_term, "taxonomy_term"),
    # Anything else under /api/hsds/ is this API's JSON 404, not a redirect to /en/….
    re_path(r"^.*$", views.no_such_endpoint, name="unknown"),
]
