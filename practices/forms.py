"""The admin form of a practice sheet: a draft needs only a title.

Wagtail defers required fields when a draft is saved (and makes the slug from
the title, so an autosave while the title is typed succeeds); the classification is
asked for when the sheet is submitted for review or published, and the coach
then gets one list of everything still missing instead of errors hidden on
another tab. Authors are picked by their names, as colleagues know them, and tags by
their names in any language (``kb.taxonomy.tags``).
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kb.taxonomy.tags import keywords, names_in

from .privacy import PrivacyCheckedPageForm


def person_name(user):
    """A member as colleagues know them: full name, or the user name when none is given."""
    return user.get_full_name() or user.get_username()


class PracticePageForm(PrivacyCheckedPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left empty, the slug is made from the title when the page is saved.
        if "slug" in self.fields:
            self.fields["slug"].required = False
        # Only a sheet drafted from session notes asks to be marked anonymised, once.
        if self.instance.anonymised:
            self.fields.pop("anonymised", None)
        authors = self.fields.get("authors")
        if authors is not None:
            authors.queryset = authors.queryset.order_by("first_name", "last_name", "username")
            authors.label_from_instance = person_name
        # The sheet's tags read in its language; a name in any language is saved as its tag.
        if "tags" in self.fields and not self.is_bound and self.initial.get("tags"):
            language = self.instance.locale.language_code if self.instance.locale_id else None
            self.initial["tags"] = names_in(self.initial["tags"], language)

    def clean_tags(self):
        return keywords(self.cleaned_data["tags"])

    def missing_fields(self):
        """Labels of the required fields left empty, in the order of the form."""
        return [
            str(self.fields[name].label)
            for name, errors in self.errors.as_data().items()
            if name in self.fields and any(error.code == "required" for error in errors)
        ]

    def clean(self):
        cleaned_data = super().clean()
        if (
            "anonymised" in self.fields
            and not cleaned_data.get("anonymised")
            and not self.is_deferred_validation
        ):
            self.add_error(
                "anonymised",
                _(
                    "This sheet was drafted from intervision notes: anonymise it and tick "
                    "this box before submitting it for review. A draft can be saved as it is."
                ),
            )
        missing = self.missing_fields()
        if missing and not self.is_deferred_validation:
            self.add_error(
                None,
                format_lazy(
                    _(
                        "A draft can be saved as it is. To submit this sheet for review or "
                        "publish it, fill in: {fields}."
                    ),
                    fields=", ".join(missing),
                ),
            )
        return cleaned_data
