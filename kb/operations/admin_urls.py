"""Admin addresses of Wagtail that a hand-made request turns into a 500, answered properly.

Mounted before Wagtail's admin, they answer first:

- the external link chooser reads a posted form without its address as an
  empty one ("This field is required"), where Wagtail's field fails on ``None``;
- the snippet choosers of Ancora have no creation form (snippets are made in
  their own editor), yet Wagtail's chooser answers a POST to its "create"
  address by validating the missing form: "not found" here;
- Wagtail's "failwhale" page raises an error on purpose for anyone with admin
  access, to try the error page: Ancora does not offer it.
"""

from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView


class AddressField(URLOrAbsolutePathField):
    def to_python(self, value):
        return super().to_python(value or "")


class ExternalLinkForm(ExternalLinkChooserForm):
    url = AddressField(required=True, label=ExternalLinkChooserForm.base_fields["url"].label)


def not_offered(request, *args, **kwargs):
    raise Http404


urlpatterns = [
    path(
        "choose-external-link/",
        never_cache(require_admin_access(ExternalLinkView.as_view(form_class=ExternalLinkForm))),
    ),
    path("snippets/choose/<str:app_label>/<str:model_name>/create/", not_offered),
    path("failwhale/", not_offered),
]
