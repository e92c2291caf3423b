import factory
import wagtail_factories

from wagtail.models import Collection


class ImageFactory(wagtail_factories.ImageFactory):
    """A Wagtail image in the root collection (wagtail-factories would add a new root)."""

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        django_get_or_create = ["title"]
