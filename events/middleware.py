"""Keeps a kiosk's browser on the kiosk (see ``events/kiosk.py``)."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from events import kiosk

#: What a kiosk may open: its own pages, and switching language.
ALLOWED = {
    "events:kiosk",
    "events:kiosk_find",
    "events:kiosk_walk_in",
    "events:kiosk_done",
    "events:kiosk_close",
    "set_language",
}


class KioskMiddleware:
    """While a browser is a kiosk, every other page sends it back to the kiosk."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and kiosk.is_kiosk(session) and not self.allowed(request):
            return redirect("events:kiosk")
        return self.get_response(request)

    @staticmethod
    def allowed(request) -> bool:
        path = request.path_info
        if path.startswith((settings.STATIC_URL, "/favicon")):
            return True
        try:
            match = resolve(path)
        except Resolver404:
            return False
        return match.view_name in ALLOWED
