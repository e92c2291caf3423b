from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import UpdateView

from portal.forms import AccountPreferencesForm


class AccountView(LoginRequiredMixin, UpdateView):
    """A person's own account: name, preferred language, phone."""

    form_class = AccountPreferencesForm
    template_name = "portal/account.html"

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        user = form.save()
        messages.success(self.request, _("Your preferences are saved."))
        translation.activate(user.preferred_language)
        response = super().form_valid(form)
        response.set_cookie("portal_language", user.preferred_language, samesite="Lax")
        return response

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
