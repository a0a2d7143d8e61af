from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "name_nl", "name_fr", "name_en"]
    search_fields = ["name_nl", "name_fr", "name_en", "synonyms"]


register_snippet(GlossaryTermViewSet)
