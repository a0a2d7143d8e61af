"""A city's network at a glance, at ``partners:city``.

Until the city page is drawn, the address answers with the city's partners in search.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode

from kb.taxonomy.models import City


def city_page(request, slug):
    city = get_object_or_404(City, slug=slug)
    return redirect(
        f"{reverse('search:search')}?{urlencode({'type': 'partner', 'city': city.slug})}"
    )
