"""Save a signed-in person's ticks on a module's checklist (a form post or a fetch from JS).

The view takes no person or record id: it only ever writes ``request.user``'s own
ticks. The rules are in ``pathways/checklists.py``.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from pathways import checklists


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def save_checklist(request, module_key):
    found = checklists.module_checklists(module_key, (get_language() or "")[:2])
    page = found.page
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    block_id = request.POST.get("block") or None
    try:
        ticked = checklists.save_ticks(
            request.user, found, request.POST.getlist("ticked"), block_id
        )
    except checklists.UnknownChecklist:
        message = gettext("This checklist has changed since the page was loaded. Please try again.")
        if wants_json(request):
            return JsonResponse({"saved": False, "message": message}, status=400)
        messages.error(request, message)
        return HttpResponseRedirect(page.url)
    if wants_json(request):
        response = JsonResponse({"saved": True, "ticked": ticked, "message": gettext("Saved")})
    else:
        messages.success(request, gettext("Your checklist is saved."))
        anchor = block_id or next(iter(found.blocks))
        response = HttpResponseRedirect(f"{page.url}#checklist-{anchor}")
    response["Cache-Control"] = "private, no-store"
    return response
