"""Document uploads: a closed list of types (Wagtail's setting) and a size cap, told clearly."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm


class DocumentUploadForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
        if uploaded and "file" in self.changed_data and uploaded.size > limit:
            raise ValidationError(
                _("This file is %(size)s; documents may be at most %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            )
        return uploaded
