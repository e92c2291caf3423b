"""Schools confirmed by staff; names without hidden or control characters.

No school is confirmed by this migration: a school a person chose themselves must
not open anyone's records, so staff confirm each school leader's school in the
admin after upgrading. Names already stored lose their hidden characters (the
same rule the validator applies from now on).
"""

import portal.validators
from django.db import migrations, models


def strip_hidden_characters(apps, schema_editor):
    from portal.validators import hidden_characters, strip_hidden_characters as strip

    User = apps.get_model("portal", "User")
    for user in User.objects.only("pk", "first_name", "last_name").iterator():
        if hidden_characters(user.first_name) or hidden_characters(user.last_name):
            User.objects.filter(pk=user.pk).update(
                first_name=strip(user.first_name), last_name=strip(user.last_name)
            )


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0004_user_school'),
    ]

    operations = [
        migrations.AddField(
            model_name='user',
            name='school_confirmed',
            field=models.BooleanField(default=False, help_text="Tick once you have checked that this person works at (or has a child at) this school. Only a confirmed school lets a school leader see that school's staff learning. A person who changes their own school loses the confirmation.", verbose_name='school confirmed by district staff'),
        ),
        migrations.AlterField(
            model_name='audience',
            name='name',
            field=models.CharField(max_length=100, validators=[portal.validators.VisibleTextValidator()], verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='region',
            name='name',
            field=models.CharField(max_length=100, validators=[portal.validators.VisibleTextValidator()], verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='school',
            name='name',
            field=models.CharField(max_length=150, unique=True, validators=[portal.validators.VisibleTextValidator()], verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='user',
            name='first_name',
            field=models.CharField(blank=True, max_length=150, validators=[portal.validators.VisibleTextValidator()], verbose_name='first name'),
        ),
        migrations.AlterField(
            model_name='user',
            name='last_name',
            field=models.CharField(blank=True, max_length=150, validators=[portal.validators.VisibleTextValidator()], verbose_name='last name'),
        ),
        migrations.RunPython(strip_hidden_characters, migrations.RunPython.noop),
    ]
