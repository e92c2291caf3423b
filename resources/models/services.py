"""Services (HSDS ``service``) and opportunities, the pages a family reads.

A service names its places (HSDS ``service_at_location``) among its organization's
locations, the languages spoken, its categories, cost, audience and hours, and
when it was last verified (``assured_date``).
"""

from phonenumber_field.modelfields import PhoneNumberField

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.models import BasePage
from resources import directory, saved
from resources.blocks import HoursBlock
from resources.hours import Hours
from resources.kinds import AUDIENCES, Cost, OpportunityKind, Status

from .organizations import Location
from .taxonomy import ServiceCategory


class ServicePageForm(WagtailAdminPageForm):
    """Offers only the organization's own places and the categories of the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organization = self.parent_page
        if "locations" in self.fields:
            self.fields["locations"].queryset = Location.objects.filter(
                organization_id=getattr(organization, "pk", None)
            )
        locale_id = self.instance.locale_id or getattr(organization, "locale_id", None)
        if "categories" in self.fields and locale_id:
            self.fields["categories"].queryset = ServiceCategory.objects.filter(locale_id=locale_id)


class ListedUnderOrganization:
    """A page whose parent is an organization (a service or an opportunity)."""

    @property
    def organization(self):
        """The parent organization (set by the directory's listing without a query)."""
        if "_organization" not in self.__dict__:
            self.__dict__["_organization"] = self.get_parent().specific
        return self.__dict__["_organization"]


class ServicePage(ListedUnderOrganization, BasePage):
    """One service a family can use: what it is, who may use it, how, where and when."""

    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    alert = models.CharField(
        _("notice"),
        max_length=250,
        blank=True,
        help_text=_("A short-term notice shown at the top, for example “Closed for repairs”."),
    )
    description = models.TextField(
        _("what the service offers"), help_text=_("In plain words, as you would tell a parent.")
    )
    categories = ParentalManyToManyField(
        "resources.ServiceCategory",
        verbose_name=_("categories"),
        related_name="services",
        help_text=_("Where families will look for it. Choose one or two."),
    )
    for_children = models.BooleanField(_("children"), default=False)
    for_teens = models.BooleanField(_("teens"), default=False)
    for_parents = models.BooleanField(_("parents and caregivers"), default=False)
    for_families = models.BooleanField(_("the whole family"), default=False)
    eligibility_description = models.TextField(
        _("who can use it"),
        blank=True,
        help_text=_("For example “Families living in the district with children under 5”."),
    )
    minimum_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    application_process = models.TextField(
        _("how to get it"),
        blank=True,
        help_text=_("The steps: call, walk in, apply online, a referral…"),
    )
    required_documents = models.TextField(
        _("documents to bring"), blank=True, help_text=_("One document per line.")
    )
    cost = models.CharField(_("cost"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    fees_description = models.CharField(
        _("about the cost"),
        max_length=250,
        blank=True,
        help_text=_("For example “$5 per class; nobody is turned away”."),
    )
    languages = ParentalManyToManyField(
        "portal.Language",
        verbose_name=_("languages spoken by staff"),
        related_name="+",
        blank=True,
    )
    interpretation_services = models.CharField(
        _("interpreters"),
        max_length=250,
        blank=True,
        help_text=_("For example “Interpreters for any language by phone, ask when you call”."),
    )
    locations = ParentalManyToManyField(
        "resources.Location",
        verbose_name=_("where it is offered"),
        related_name="services",
        blank=True,
        help_text=_("Tick the places. Add places on the organization's page."),
    )
    delivered_online = models.BooleanField(
        _("also by phone or online"),
        default=False,
        help_text=_("Families can use it without coming in."),
    )
    hours = StreamField(
        HoursBlock(),
        verbose_name=_("hours of this service"),
        blank=True,
        help_text=_("Leave empty when they are the place's opening hours."),
    )
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("web page"), blank=True)
    assured_date = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set when someone confirms the listing is still correct."),
    )
    assurer_email = models.EmailField(_("verified by"), blank=True)

    base_form_class = ServicePageForm
    content_panels = BasePage.content_panels + [
        FieldPanel("description"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("for_children"),
                        FieldPanel("for_teens"),
                        FieldPanel("for_parents"),
                        FieldPanel("for_families"),
                    ]
                ),
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("application_process"), FieldPanel("required_documents")],
            heading=_("How to get it"),
        ),
        MultiFieldPanel([FieldPanel("cost"), FieldPanel("fees_description")], heading=_("Cost")),
        MultiFieldPanel(
            [
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("interpretation_services"),
            ],
            heading=_("Languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("locations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("delivered_online"),
                FieldPanel("hours"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact for this service"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("alert"), FieldPanel("alternate_name")],
            heading=_("Status"),
        ),
    ]
    settings_panels = BasePage.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("assured_date", read_only=True),
                FieldPanel("assurer_email", read_only=True),
            ],
            heading=_("Verification"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("alternate_name"),
        index.SearchField("eligibility_description"),
        index.SearchField("application_process"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("cost"),
    ]

    parent_page_types = ["resources.OrganizationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        indexes = [models.Index(fields=["status", "cost"], name="resources_service_status_cost")]

    def with_content_json(self, content):
        """A revision restores the content, not the verification stamp: publishing a draft
        made before someone confirmed the listing keeps the newer date."""
        obj = super().with_content_json(content)
        obj.assured_date = self.assured_date
        obj.assurer_email = self.assurer_email
        return obj

    @property
    def audience_labels(self):
        return [label for field, label in AUDIENCES.values() if getattr(self, field)]

    @property
    def document_list(self):
        return [line.strip() for line in self.required_documents.splitlines() if line.strip()]

    @property
    def own_hours(self) -> Hours:
        return Hours.from_stream(self.hours)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory.service_details(self))
        context["is_saved"] = self.translation_key in saved.saved_keys(request)
        return context


class OpportunityPage(ListedUnderOrganization, BasePage):
    """A program with dates and a deadline, which leaves the lists when it expires."""

    kind = models.CharField(_("kind"), max_length=20, choices=OpportunityKind.choices)
    description = models.TextField(_("what it is"))
    eligibility_description = models.TextField(_("who can apply"), blank=True)
    application_process = models.TextField(_("how to apply"), blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    application_deadline = models.DateField(_("apply by"), null=True, blank=True)
    expires_on = models.DateField(
        _("remove from the lists after"),
        db_index=True,
        help_text=_("The last day it is shown. Usually the deadline or the last day."),
    )
    cost = models.CharField(_("cost"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    website = models.URLField(_("web page"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("eligibility_description"),
        FieldPanel("application_process"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("application_deadline"),
                FieldPanel("expires_on"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("cost"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("description")]

    parent_page_types = ["resources.OrganizationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    @property
    def is_expired(self) -> bool:
        return self.expires_on < timezone.localdate()
