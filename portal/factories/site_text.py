import factory
from factory.django import DjangoModelFactory

from portal.models import SiteText

from .vocabulary import default_locale


class SiteTextFactory(DjangoModelFactory):
    """The header names and footer words of one language, published (get or create per locale)."""

    district_name = "Valle del Sol Unified School District"
    office_name = "Office of Family & Community Engagement"
    footer = "<p>The Office of Family &amp; Community Engagement.</p>"
    locale = factory.LazyFunction(default_locale)
    live = False

    class Meta:
        model = SiteText
        django_get_or_create = ["locale"]
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted is not False and self.live_revision_id is None:
            self.save_revision().publish()
