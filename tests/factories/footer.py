import factory
from factory.django import DjangoModelFactory

from portal.models import FooterText

from .vocabulary import default_locale


class FooterTextFactory(DjangoModelFactory):
    """The footer text of one language, published (one per locale: get or create)."""

    body = "<p>The Office of Family &amp; Community Engagement.</p>"
    locale = factory.LazyFunction(default_locale)
    live = False

    class Meta:
        model = FooterText
        django_get_or_create = ["locale"]
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted is not False and self.live_revision_id is None:
            self.save_revision().publish()
