"""Community organizations (HSDS ``organization``) and the places they serve from
(HSDS ``location``).

Each organization is a page under the directory, with its services and
opportunities as child pages: a partner's Wagtail page permissions on that
subtree (in both languages) let them edit their own listings and nobody else's,
and every change goes through the approval workflow before it is public.
"""

import uuid

from phonenumber_field.modelfields import PhoneNumberField

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import BasePage
from portal.models.pages import child_by_slug
from resources import directory
from resources.blocks import HoursBlock
from resources.hours import Hours


class OrganizationPage(BasePage):
    """A community partner: who they are, how to reach them, where they are."""

    alternate_name = models.CharField(
        _("other name"),
        max_length=200,
        blank=True,
        help_text=_("A short name or the name families know it by, if different."),
    )
    description = models.TextField(
        _("about the organization"),
        help_text=_("What the organization does, in plain words. Two or three sentences."),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("How families reach you"),
        ),
        InlinePanel(
            "locations",
            heading=_("Places"),
            label=_("Place"),
            help_text=_("Each address where families can find you: an office, a school, a clinic."),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("alternate_name"),
    ]

    parent_page_types = ["resources.DirectoryPage"]
    subpage_types = ["resources.ServicePage", "resources.OpportunityPage"]

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def route(self, request, path_components):
        """Fetch a service or an opportunity in one query (Wagtail's default takes two)."""
        if not path_components:
            return super().route(request, path_components)
        child = child_by_slug(self, path_components[0], "servicepage", "opportunitypage")
        child.__dict__["_organization"] = self
        return child.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = directory.services_of(self)
        context["opportunities"] = directory.opportunities_of(self)
        return context


class Location(Orderable):
    """A place an organization serves from (HSDS ``location`` with its ``address``)."""

    organization = ParentalKey(OrganizationPage, related_name="locations", on_delete=models.CASCADE)
    #: The same place in every language's copy of the organization (the HSDS id).
    location_key = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    name = models.CharField(
        _("name of the place"), max_length=150, help_text=_("For example “Main office”.")
    )
    street_address = models.CharField(_("street address"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    state = models.CharField(_("state"), max_length=2, default="CA")
    postal_code = models.CharField(_("ZIP code"), max_length=12)
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The district region this place is in."),
    )
    center = models.ForeignKey(
        "portal.CenterPage",
        verbose_name=_("at a Family Engagement Center"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the center if this place is inside one."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    phone = PhoneNumberField(_("phone at this place"), blank=True)
    transportation = models.CharField(
        _("getting there"),
        max_length=250,
        blank=True,
        help_text=_("Bus lines, parking, the entrance to use."),
    )
    accessibility = models.CharField(
        _("accessibility"),
        max_length=300,
        blank=True,
        help_text=_("Wheelchair access, elevators, accessible parking, quiet room…"),
    )
    hours = StreamField(HoursBlock(), verbose_name=_("opening hours"), blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("city"),
                FieldPanel("state"),
                FieldPanel("postal_code"),
            ],
            heading=_("Address"),
        ),
        FieldPanel("region"),
        FieldPanel("center"),
        FieldPanel("phone"),
        FieldPanel("hours"),
        FieldPanel("transportation"),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")],
            heading=_("Map position (optional)"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        indexes = [models.Index(fields=["region"], name="resources_location_region")]

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def full_address(self):
        return f"{self.street_address}, {self.city}, {self.state} {self.postal_code}"

    @property
    def opening_hours(self) -> Hours:
        return Hours.from_stream(self.hours)
