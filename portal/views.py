from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import UpdateView

from portal.accounts import set_language_cookie
from portal.forms import AccountPreferencesForm
from portal.models import User


class AccountView(LoginRequiredMixin, UpdateView):
    """A person's own account: name, preferred language, phone, school."""

    form_class = AccountPreferencesForm
    template_name = "portal/account.html"

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


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    """Rendered without the request context: the failure may be in it."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))
