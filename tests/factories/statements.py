"""Stored xAPI statements for the download and sending tests (the services make real ones)."""

import uuid

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from pathways.models import LearningStatement
from pathways.xapi import statements as x


def _body(obj):
    return x.statement(
        sid=obj.id,
        who=x.actor(obj.learner_key),
        verb_name=obj.verb,
        obj=x.activity("module", obj.object_key, "How to check grades", "en"),
        when=obj.timestamp,
        context_=x.context("en"),
    )


class LearningStatementFactory(DjangoModelFactory):
    """An anonymous learner *experienced* a module, at ``timestamp`` (now by default)."""

    id = factory.LazyFunction(uuid.uuid4)
    learner_key = factory.LazyFunction(uuid.uuid4)
    verb = x.EXPERIENCED
    object_key = factory.LazyFunction(uuid.uuid4)
    timestamp = factory.LazyFunction(timezone.now)
    statement = factory.LazyAttribute(_body)

    class Meta:
        model = LearningStatement
