"""Drive Wagtail's page editor the way a browser does: read the form, change fields, post."""

from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html


def page_form_data(client, url):
    """The fields of Wagtail's page create/edit form, as the browser would post them.

    The StreamField's inputs are built by the admin's JavaScript; an empty body posts
    only its count.
    """
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return data


def create_standard_page(client, parent, title, slug, action=None, **fields):
    url = reverse("wagtailadmin_pages:add", args=["portal", "standardpage", parent.pk])
    data = page_form_data(client, url)
    data.update({"title": title, "slug": slug, "intro": "Where to find help with enrolment."})
    data.update(fields)
    if action:
        data[action] = action
    return client.post(url, data)


def edit_page(client, page, action=None, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = page_form_data(client, url)
    data.update(fields)
    if action:
        data[action] = action
    return client.post(url, data)


def approve(client, page):
    """Take the moderator's "Approve" action on the page's current workflow task."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": "Looks good."})
