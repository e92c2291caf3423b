from phonenumber_field.modelfields import PhoneNumberField

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.validators import validate_visible_text


class PortalUserManager(UserManager):
    """Email is the login, so users are created from an email address."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: parent, staff member, partner or volunteer."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    # Names appear on public certificates: no hidden or control characters.
    first_name = models.CharField(
        _("first name"), max_length=150, blank=True, validators=[validate_visible_text]
    )
    last_name = models.CharField(
        _("last name"), max_length=150, blank=True, validators=[validate_visible_text]
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language we use for pages and emails sent to you."),
    )
    phone = PhoneNumberField(
        _("phone number"),
        blank=True,
        help_text=_("Optional. Used only to reach you about events you signed up for."),
    )
    school = models.ForeignKey(
        "portal.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_(
            "Parents: your child's school. Staff: the school where you work. "
            "It lets the district count learning by school; it is never shown to others."
        ),
    )
    school_confirmed = models.BooleanField(
        _("school confirmed by district staff"),
        default=False,
        help_text=_(
            "Tick once you have checked that this person works at (or has a child at) this "
            "school. Only a confirmed school lets a school leader see that school's staff "
            "learning. A person who changes their own school loses the confirmation."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = PortalUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        if self.email:
            self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
