from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import FormView, UpdateView

from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from portal import main_tasks, page_cache, personal_data
from portal.accounts import set_language_cookie
from portal.forms import AccountPreferencesForm, DeleteAccountForm
from portal.models import User


class AccountView(LoginRequiredMixin, UpdateView):
    """A person's own account: name, preferred language, phone, school, and what the
    site holds about them (every app's records, with download and deletion links)."""

    form_class = AccountPreferencesForm
    template_name = "portal/account.html"

    def get_context_data(self, **kwargs):
        holdings = personal_data.holdings(self.request.user)
        return super().get_context_data(holdings=holdings, **kwargs)

    def get_object(self, queryset=None):
        # A fresh copy, so a rejected form never alters request.user for the page.
        return User.objects.get(pk=self.request.user.pk)

    def form_valid(self, form):
        self.object = form.save()
        language = self.object.preferred_language
        with translation.override(language):
            messages.success(self.request, gettext("Your preferences are saved."))
        response = HttpResponseRedirect(self.get_success_url())
        return set_language_cookie(response, language)

    def get_success_url(self):
        return translate_url(reverse("portal:account"), self.object.preferred_language)


def _attachment(content, content_type, extension):
    response = HttpResponse(content, content_type=content_type)
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@login_required
def export_json(request):
    """Everything the portal holds about the signed-in person, as one JSON file."""
    data = personal_data.person_data(request.user)
    return _attachment(personal_data.to_json(data), "application/json; charset=utf-8", "json")


@require_GET
@login_required
def export_csv(request):
    """The same as one CSV file (one row per value), for spreadsheet programs."""
    data = personal_data.person_data(request.user)
    # A byte-order mark so spreadsheet programs read the accents right.
    return _attachment("\ufeff" + personal_data.to_csv(data), "text/csv; charset=utf-8", "csv")


class DeleteAccountView(LoginRequiredMixin, FormView):
    """Delete one's own account after typing the password; every app's records follow
    the rule it registered (``portal.personal_data``)."""

    template_name = "portal/delete_account.html"
    form_class = DeleteAccountForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        holdings = personal_data.holdings(self.request.user)
        return super().get_context_data(holdings=holdings, **kwargs)

    def form_valid(self, form):
        user = self.request.user
        logout(self.request)
        personal_data.delete_account(user)
        messages.success(
            self.request,
            gettext("Your account is deleted. Thank you for learning with us."),
        )
        return HttpResponseRedirect(f"/{get_language()}/")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        "Disallow: /*/cuenta/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def page_not_found(request, exception=None):
    """In the visitor's language, with the portal's main tasks to go on from."""
    template = loader.get_template("404.html")
    context = {"request_path": request.path, "main_tasks": main_tasks.tasks_for(request)}
    return HttpResponseNotFound(template.render(context, request))


def server_error(request):
    """Rendered without the request context: the failure may be in it."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


def localized_home(site):
    """The site's home page in the active language, as its specific class, from the cache
    until the next publish (Wagtail looks it up in one or two queries on every page)."""
    language = translation.get_language() or ""
    return page_cache.until_publish(
        ("localized-home", site.pk, language), lambda: site.root_page.localized.specific
    )


def serve_page(request, path):
    """Wagtail's ``serve``, routed from the cached home page of the request's language."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        components = [component for component in path.split("/") if component]
        try:
            route = localized_home(site).route(request, components) if site else None
        except Http404:
            route = None
        request._wagtail_route_for_request = route
    return wagtail_serve(request, path)
