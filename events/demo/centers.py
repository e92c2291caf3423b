"""The demo centers' "Free workshops" box, pointed at the calendar once there is one.

The portal demo writes each center page before any app adds its pages, so its call to
action can only name the Parent University page (what it is, not when). With the
events demo loaded the box says where the dates are and links to the calendar, in
each language; the center page also lists its next workshops (``center_page_sections``).
A box already pointing at the calendar is left alone, so a second run changes nothing.
"""

from __future__ import annotations

from portal.models import CenterPage

TEXTS = {
    "en": {
        "title": "Free workshops for families",
        "text": "See the dates of every workshop, at this center and online, and sign up.",
        "button_label": "See the workshop calendar",
    },
    "es": {
        "title": "Talleres gratuitos para familias",
        "text": "Vea las fechas de todos los talleres, en este centro y en línea, e inscríbase.",
        "button_label": "Ver el calendario de talleres",
    },
}


def point_centers_at_calendar(index) -> int:
    """Retarget each center's call to action to the calendar of its language. Returns how
    many center pages changed."""
    changed = 0
    for center in CenterPage.objects.live().select_related("locale"):
        language = center.locale.language_code
        calendar = index.get(language)
        if calendar is None or language not in TEXTS:
            continue
        stream = center.body.raw_data
        found = False
        for block in stream:
            if block["type"] != "call_to_action" or block["value"].get("page") == calendar.pk:
                continue
            block["value"].update(TEXTS[language], page=calendar.pk, url="")
            found = True
        if found:
            center.body = stream
            center.save_revision().publish()
            changed += 1
    return changed
