import factory
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from django.contrib.auth.models import Group

from portal.models import User

DEFAULT_PASSWORD = "correct horse battery staple"


class UserFactory(DjangoModelFactory):
    """A person with a verified email address. `roles=[...]` puts them in groups."""

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    preferred_language = "en"
    password = factory.django.Password(DEFAULT_PASSWORD)

    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        EmailAddress.objects.update_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
