"""No field of an admin editor is named like a property of the HTML form holding it.

In the browser, ``form.method`` returns the form's input named ``method`` when
there is one, not the form's HTTP method: Wagtail's autosave then posts with
``[object HTMLSelectElement]`` as its method, fails, pauses and calls it a
network error, and a writer who reloads loses what they typed.
"""

from wagtail.admin.panels import get_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

import pytest

# The own properties and methods of HTMLFormElement (and ``id``, which every element reads
# from its attribute): a control with one of these names hides it from the page's scripts.
FORM_PROPERTIES = {
    "acceptCharset",
    "action",
    "autocomplete",
    "checkValidity",
    "elements",
    "encoding",
    "enctype",
    "id",
    "length",
    "method",
    "name",
    "noValidate",
    "rel",
    "relList",
    "reportValidity",
    "requestSubmit",
    "reset",
    "submit",
    "target",
}


def editor_models():
    return [*get_page_models(), *get_snippet_models()]


@pytest.mark.parametrize("model", editor_models(), ids=lambda model: model._meta.label)
def test_no_editor_field_hides_a_property_of_its_form(model):
    form_class = get_edit_handler(model).get_form_class()

    shadowing = sorted(set(form_class.base_fields) & FORM_PROPERTIES)

    assert shadowing == [], (
        f"{model._meta.label}: rename {shadowing}, or the admin's scripts read the field "
        "instead of the form"
    )
