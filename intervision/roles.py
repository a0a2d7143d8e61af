"""The roles people take in an intervision session: a fixed vocabulary, named by gettext."""

from django.utils.translation import gettext_lazy as _

ROLES = {
    "case-bringer": _("Case bringer"),
    "facilitator": _("Facilitator"),
    "timekeeper": _("Timekeeper"),
    "note-taker": _("Note-taker"),
    "advisers": _("Advisers"),
    "observer": _("Observer"),
    "interviewer": _("Interviewer"),
    "reflecting-team": _("Reflecting team"),
    "group": _("Whole group"),
}


def role_choices():
    return list(ROLES.items())


def role_label(key):
    return ROLES.get(key, key)
