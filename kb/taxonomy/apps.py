from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "kb.taxonomy"
    label = "taxonomy"
    verbose_name = _("Taxonomy")
    # Every row of this app shows on public pages: a change empties the page cache.
    public_content = True
