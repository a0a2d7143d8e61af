"""Small formatting filters the standard library lacks."""

from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timeuntil

register = template.Library()


@register.filter
def duration(value):
    """A ``timedelta`` in words ("1 hour", "30 minutes"), in the active language."""
    if not isinstance(value, timedelta):
        return ""
    now = timezone.now()
    return timeuntil(now + value, now)
