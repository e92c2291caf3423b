"""Attempts beyond a quiz's limit; school leaders alone see a school's staff; clean names.

- ``QuizAttempt.within_limit``: every stored attempt was made within its limit
  (the limit was checked as it was taken), so the default True is right for them.
- ``view_own_school_learning`` belongs to the "School leaders" group only:
  family-engagement staff read the learning reports instead, and a moderator's
  own school must not open that school's staff records to them.
- Certificate names lose hidden and control characters, as user names do
  (portal migration 0005).
"""

import portal.validators
from django.db import migrations, models

FES = "Family-engagement staff"


def leaders_only(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    fes = Group.objects.filter(name=FES).first()
    if fes is not None:
        fes.permissions.remove(
            *fes.permissions.filter(
                content_type__app_label="pathways", codename="view_own_school_learning"
            )
        )


def give_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    fes = Group.objects.filter(name=FES).first()
    permission = Permission.objects.filter(
        content_type__app_label="pathways", codename="view_own_school_learning"
    ).first()
    if fes is not None and permission is not None:
        fes.permissions.add(permission)


def strip_certificate_names(apps, schema_editor):
    from portal.validators import hidden_characters, strip_hidden_characters

    Certificate = apps.get_model("pathways", "Certificate")
    for certificate in Certificate.objects.only("pk", "recipient_name").iterator():
        if hidden_characters(certificate.recipient_name):
            Certificate.objects.filter(pk=certificate.pk).update(
                recipient_name=strip_hidden_characters(certificate.recipient_name)
            )


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('portal', '0005_school_confirmed_visible_names'),
        ('pathways', '0004_learning_roles'),
    ]

    operations = [
        migrations.AddField(
            model_name='quizattempt',
            name='within_limit',
            field=models.BooleanField(default=True, help_text="False for an attempt beyond the module's limit, which can happen only when attempts made before signing in are merged into the account. It is kept, but it does not pass the module or complete a pathway step.", verbose_name='within the attempts allowed'),
        ),
        migrations.AlterField(
            model_name='certificate',
            name='recipient_name',
            field=models.CharField(max_length=255, validators=[portal.validators.VisibleTextValidator()], verbose_name='recipient'),
        ),
        migrations.RunPython(leaders_only, give_back),
        migrations.RunPython(strip_certificate_names, migrations.RunPython.noop),
    ]
