from wagtail.snippets.models import register_snippet

from portal.viewsets import DistrictViewSetGroup

register_snippet(DistrictViewSetGroup)
