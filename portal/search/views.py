"""The public search page and its autocomplete (decisions in ``results.py``)."""

import logging

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.search.backends import get_search_backend

from portal import main_tasks

from . import results

logger = logging.getLogger("portal.search")

#: Seconds a visitor is told to wait while the index is rebuilt.
RETRY_AFTER = 120


def language():
    return (get_language() or "en").split("-")[0]


@require_GET
def search(request):
    """Results, facets and "did you mean" for ``q``, ``kind``, ``tag`` and ``page``; the
    main tasks and the kinds to browse without words; a notice while the index is rebuilt."""
    backend = get_search_backend()
    if not results.is_available(backend):
        logger.warning("search page: the index is unavailable (%s)", request.get_full_path())
        context = {
            "unavailable": True,
            "query": results.clean_query(request.GET.get("q")),
            "main_tasks": main_tasks.tasks_for(request),
        }
        response = render(request, "search/search.html", context, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    outcome = results.search(request.GET, language(), backend)
    context = {
        "outcome": outcome,
        "query": outcome.params.q,
        "main_tasks": [] if outcome.count else main_tasks.tasks_for(request),
    }
    return render(request, "search/search.html", context)


@require_GET
def suggestions(request):
    """JSON for the search boxes' autocomplete: ``{"results": [{title, url, kind}]}``."""
    found = results.suggestions(request.GET.get("q"), language(), get_search_backend())
    return JsonResponse({"results": found}, json_dumps_params={"ensure_ascii": False})
