"""One "Taxonomy" menu in the admin for every controlled vocabulary and the tags."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import models, tags


def term_viewset(model, icon="tag", extra_columns=()):
    """A listing/edit viewset for a term model, ordered by hand."""
    return type(
        f"{model.__name__}ViewSet",
        (ModelViewSet,),
        {
            "model": model,
            "icon": icon,
            "list_display": ["__str__", "slug", *extra_columns],
            "sort_order_field": "sort_order",
            "search_fields": ["name_nl", "name_fr", "name_en", "slug"],
            "add_to_admin_menu": False,
        },
    )


class TagViewSet(ModelViewSet):
    model = models.Tag
    icon = "tag"
    form_fields = ["name", "name_nl", "name_fr", "name_en", "slug"]
    list_display = ["name", "name_nl", "name_fr", "name_en", "slug"]
    search_fields = ["name", "name_nl", "name_fr", "name_en"]


class TaxonomyGroup(ModelViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        term_viewset(models.Region, "globe"),
        term_viewset(models.City, "site", ("region",)),
        term_viewset(models.Project, "group", ("city", "model")),
        term_viewset(models.OrganisationalModel, "cogs"),
        term_viewset(models.LifeDomain),
        term_viewset(models.ActionLevel),
        term_viewset(models.Target),
        term_viewset(models.ApproachLevel),
        term_viewset(models.EmpowermentDimension),
        term_viewset(models.SettlingPhase),
        term_viewset(models.PartnerKind, "group"),
        TagViewSet,
    )


@hooks.register("register_admin_viewset")
def register_taxonomy():
    return TaxonomyGroup()


@hooks.register("register_admin_urls")
def register_tag_autocomplete():
    return [
        path("tags/autocomplete/", tags.autocomplete, name="taxonomy_tag_autocomplete"),
    ]
