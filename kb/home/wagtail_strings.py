"""Wagtail's own strings in the reader's language where Wagtail fixes them too early.

The comment field of the review modal gets its label translated once, when
Wagtail is imported, so it stays English in a Dutch or French admin: it is made
lazy again here, and read in the language of each request.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm


def translate_review_comment_label():
    TaskStateCommentForm.base_fields["comment"].label = _("Comment")
