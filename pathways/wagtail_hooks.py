from wagtail.snippets.models import register_snippet

from pathways.viewsets import LearningViewSetGroup

register_snippet(LearningViewSetGroup)
