from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pathways.viewsets import LearningViewSetGroup

register_snippet(LearningViewSetGroup)


@hooks.register("load_demo")
def load_pathways_demo(tree, log):
    """`manage.py load_demo`: the learning area, modules, pathways and survey in both languages."""
    from pathways.demo.loader import load_pathways

    log(load_pathways(tree))
