"""Wagtail's own strings in the reader's language where Wagtail fixes them too early.

The comment field of the review modal gets its label translated once, when
Wagtail is imported, so it stays English in a Dutch or French admin: it is made
lazy again here, and read in the language of each request. The status line of a
page under review ("Sent to Peer review 2 minutes ago") names the task as stored:
it is given the name in the reader's language.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.forms import TaskStateCommentForm

from kb.people.workflow_names import with_translated_names


def translate_review_comment_label():
    TaskStateCommentForm.base_fields["comment"].label = _("Comment")


def translate_workflow_status():
    """Re-register Wagtail's status tag before templates are compiled, naming tasks translated."""
    wagtail_status = wagtailadmin_tags.workflow_status_with_date

    def workflow_status_with_date(workflow_state):
        return with_translated_names(wagtail_status(workflow_state))

    wagtailadmin_tags.register.simple_tag(name="workflow_status_with_date")(
        workflow_status_with_date
    )
