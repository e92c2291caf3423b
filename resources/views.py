"""A family's saved list: save and remove a service, see, print and share the list.

Thin views over ``resources/saved.py``. Nothing here is cached: the list is the
visitor's own (their session or their account).
"""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Locale

from portal.middleware import is_local_path
from resources import directory, saved


def _back(request, fallback):
    target = request.POST.get("next", "")
    return HttpResponseRedirect(target if is_local_path(target) else fallback)


def _listed_service(value):
    """The live, listed service a form names (by page id), or None."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    service = directory.model("ServicePage").objects.live().filter(pk=pk).first()
    if service is None or service.status not in directory.LISTED_STATUSES:
        return None
    return service


@require_POST
def save_service(request):
    service = _listed_service(request.POST.get("service"))
    list_url = reverse("resources:saved")
    if service is None:
        messages.error(request, _("That service is not in the directory any more."))
        return _back(request, list_url)
    try:
        added = saved.save(request, service)
    except saved.ListFull:
        messages.error(
            request,
            _("Your list is full (%(count)s services). Remove one to add another.")
            % {"count": saved.MAX_SAVED},
        )
        return _back(request, list_url)
    if added:
        messages.success(request, _("Saved to your list."))
    else:
        messages.info(request, _("It was already on your list."))
    return _back(request, service.url)


@require_POST
def remove_service(request):
    if saved.remove(request, request.POST.get("service_key")):
        messages.success(request, _("Removed from your list."))
    else:
        messages.info(request, _("That service was not on your list."))
    return _back(request, reverse("resources:saved"))


def _locale_id():
    return Locale.get_active().pk


@never_cache
@require_GET
def saved_list(request):
    keys = saved.saved_keys(request)
    context = {
        "entries": saved.entries(keys, _locale_id(), saved.saved_titles(request)),
        "share_url": request.build_absolute_uri(
            reverse("resources:shared", args=[saved.share_token(keys)])
        )
        if keys
        else "",
        "directory": directory.directory_page_for(_locale_id()),
        "shared": False,
    }
    return render(request, "resources/saved_list.html", context)


@require_GET
def shared_list(request, token):
    keys = saved.keys_from_token(token)
    if keys is None:
        raise Http404(_("This link is not complete. Ask for the link again."))
    context = {
        "entries": saved.entries(keys, _locale_id()),
        "directory": directory.directory_page_for(_locale_id()),
        "shared": True,
    }
    response = render(request, "resources/saved_list.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
