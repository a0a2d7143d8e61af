"""The admin's practice sheet form as a browser posts it."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kb.taxonomy.models import LifeDomain


def practice_form_data(project, action="action-submit", body=(), **fields):
    data = {
        "title": "Guitar lessons",
        "slug": "guitar-lessons",
        "summary": "Tenants teach guitar to each other once a week.",
        "goal": "",
        "target_group": "",
        "preconditions": "",
        "transferability": "",
        "project": project.pk,
        "status": "running",
        "maturity": "described",
        "tags": "",
        "body": streamfield(
            [("context", rich_text(block)) if isinstance(block, str) else block for block in body]
        ),
        "related_practices": inline_formset([]),
        "partner_links": inline_formset([]),
        "comments": inline_formset([]),
        action: "1",
    }
    data.update(fields)
    form_data = nested_form_data(data)
    # Multiple choices are posted as one repeated name, which nested_form_data would number.
    form_data["life_domains"] = [LifeDomain.objects.order_by("pk").first().pk]
    return form_data


def add_practice_url(index):
    return reverse("wagtailadmin_pages:add", args=("practices", "practicepage", index.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def workflow_action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
