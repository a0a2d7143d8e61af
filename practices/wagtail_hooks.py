"""Admin integration of practice sheets."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_editor_js")
def autosave_after_title():
    return format_html(
        '<script src="{}" defer></script>', static("practices/js/autosave-after-title.js")
    )
