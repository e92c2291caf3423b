"""What the office edits about the site itself: logo, contact, social links (SiteSettings)
and, per language, the names in the header and the footer words (SiteText)."""

from phonenumber_field.modelfields import PhoneNumberField

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
)

from portal import page_cache


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = PhoneNumberField(_("contact phone"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    select_related = ["logo"]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings every page shows, from the cache between publishes (with the logo)."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        instance = page_cache.until_publish(("site-settings", site.pk), lambda: cls.for_site(site))
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in links if url]


class SiteText(DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model):
    """The site's words in one language: the names in the header and the footer text.

    Edited, translated and published like content, so a Spanish-speaking parent
    reads "Oficina de Participación Familiar" in the header, not the English name.
    """

    district_name = models.CharField(
        _("district name"), max_length=150, help_text=_("As it is written in this language.")
    )
    office_name = models.CharField(_("office name"), max_length=150)
    footer = RichTextField(_("footer text"), features=["bold", "italic", "link"], blank=True)

    panels = [FieldPanel("district_name"), FieldPanel("office_name"), FieldPanel("footer")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return f"{self.office_name} ({self.locale_id and self.locale.language_code})"

    def get_preview_template(self, request, mode_name):
        return "components/site_text_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "site_text": self}
