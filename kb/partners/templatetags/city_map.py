from django import template
from django.utils.translation import get_language

from .. import belgium
from ..cities import cities_on_map

register = template.Library()


@register.inclusion_tag("components/map.html")
def city_map(current=""):
    """The map of Belgium with every city's counts, and its list; ``current`` marks one city."""
    cities = cities_on_map(get_language())
    return {
        "cities": cities,
        "drawn": [city for city in cities if city.x is not None],
        "current": current,
        "view_box": belgium.VIEW_BOX,
        "outline": belgium.OUTLINE,
    }
