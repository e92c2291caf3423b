"""“List your organization”: a community organization's staff member asks to become a
partner, and sees where their request stands. Thin view over ``partner_requests.py``."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

from resources import directory, partner_requests
from resources.partner_forms import PartnerRequestForm


def _organizations():
    """The organizations a person can choose, in the page's language, by name."""
    return (
        directory.model("OrganizationPage")
        .objects.live()
        .filter(locale=Locale.get_active())
        .order_by("title")
        .only("id", "title")
    )


@never_cache
def partner_request(request):
    context = {"directory": directory.directory_page_for(Locale.get_active().pk)}
    user = request.user
    if not user.is_authenticated:
        return render(request, "resources/partner_request.html", context)
    membership = partner_requests.membership_of(user)
    pending = partner_requests.pending_request_of(user)
    if membership is not None or pending is not None:
        context.update(membership=membership, pending=pending)
        return render(request, "resources/partner_request.html", context)
    form = PartnerRequestForm(request.POST or None, organizations=_organizations())
    if request.method == "POST" and form.is_valid():
        try:
            partner_requests.ask(user, **form.cleaned_data)
        except partner_requests.CannotAsk:
            messages.info(request, _("We already have your request."))
        else:
            messages.success(
                request, _("Thank you. We will email you when the office has looked at it.")
            )
        return redirect("resources:partner_request")
    context.update(
        form=form,
        declined=user.partner_requests.filter(status="declined").order_by("-decided_at").first(),
    )
    return render(request, "resources/partner_request.html", context)
