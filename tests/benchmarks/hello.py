"""The yardstick of `make bench`: the smallest Django that answers "Hello" (one file).

Served by gunicorn with the same workers as the portal, in the same run, so each
page's requests per second can be read as a share of what Django itself serves
on this machine at that moment.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-hello-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("Hello", content_type="text/plain")


urlpatterns = [path("", hello)]

application = get_wsgi_application()
