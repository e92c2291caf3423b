"""xAPI statements name learners by a keyed pseudonym; downloading them needs its own permission.

Until now a signed-in learner was named by ``mbox_sha1sum``, an unsalted SHA-1 of
their email: anyone who knows a parent's email could find their statements.
Every stored statement's actor becomes the ``account`` the code now writes
(``pathways.xapi.statements.actor``): this site as ``homePage`` and, as ``name``,
HMAC-SHA256 of the learner key with ``PORTAL_PSEUDONYM_KEY`` (else SECRET_KEY).
The function is copied here so the migration keeps meaning what it meant.
Statements already sent to a learning record store keep their old actor there.

The download (Reports → xAPI statements) needs ``download_learning_statements``,
given to family-engagement staff; reading the reports no longer implies it.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import migrations

FES = "Family-engagement staff"
CHUNK = 500


def pseudonym(learner_key):
    secret = (settings.PORTAL_PSEUDONYM_KEY or settings.SECRET_KEY).encode("utf-8")
    digest = hmac.new(
        secret, b"portal:xapi-actor:" + str(learner_key).encode(), hashlib.sha256
    )
    return digest.hexdigest()[:32]


def home_page():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def rewrite_actors(apps, schema_editor):
    LearningStatement = apps.get_model("pathways", "LearningStatement")
    home = home_page()
    batch = []
    rows = LearningStatement.objects.only("id", "learner_key", "statement").iterator(
        chunk_size=CHUNK
    )
    for row in rows:
        name = pseudonym(row.learner_key)
        actor = {"objectType": "Agent", "account": {"homePage": home, "name": name}}
        row.statement = {**row.statement, "actor": actor}
        batch.append(row)
        if len(batch) >= CHUNK:
            LearningStatement.objects.bulk_update(batch, ["statement"])
            batch = []
    if batch:
        LearningStatement.objects.bulk_update(batch, ["statement"])


def grant_download(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="pathways", model="learningstatement"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="download_learning_statements",
        defaults={"name": "Can download the xAPI statements about learners (pseudonymous)"},
    )
    group, _ = Group.objects.get_or_create(name=FES)
    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0005_attempt_limits_and_leaders"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="learningstatement",
            options={
                "ordering": ["timestamp", "pk"],
                "permissions": [
                    (
                        "download_learning_statements",
                        "Can download the xAPI statements about learners (pseudonymous)",
                    )
                ],
                "verbose_name": "learning statement",
                "verbose_name_plural": "learning statements",
            },
        ),
        migrations.RunPython(rewrite_actors, migrations.RunPython.noop),
        migrations.RunPython(grant_download, migrations.RunPython.noop),
    ]
