"""Whom the session and exchange day editors offer to pick: people by name, the group's first.

A role, an action point or a takeaway belongs to someone at the session: a
member or facilitator of its group, or one of its participants. Until the form
knows the group (a new session, before it is chosen), every member of Ancora is
offered. Whoever the page already names stays on offer, so a save never drops
a choice made earlier. Everyone is shown by full name, else by username.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm

from kb.people.roles import ROLES

# The people pickers of a session's rows: formset name -> field.
SESSION_ROW_PEOPLE = {"roles": "person", "action_points": "owner", "takeaways": "participant"}


def full_name(user):
    return user.get_full_name() or user.get_username()


def members(also=()):
    """Everyone holding an Ancora role (or every permission), and the people in ``also``."""
    active = Q(is_active=True) & (Q(groups__name__in=ROLES) | Q(is_superuser=True))
    return _by_name(active | Q(pk__in=also))


def people_of_group(group_id, also=()):
    """The group's members and facilitators, and the people in ``also``."""
    return _by_name(
        Q(intervision_groups=group_id) | Q(facilitated_intervision_groups=group_id) | Q(pk__in=also)
    )


def _by_name(condition):
    return (
        get_user_model()
        .objects.filter(condition)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def offer(field, people):
    field.queryset = people
    field.label_from_instance = full_name


def offer_in_rows(formset, field_name, people):
    """Offer ``people`` in every row of ``formset``, the blank row to add included."""

    class Row(formset.form):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            offer(self.fields[field_name], people)

    formset.form = Row


def posted_ids(form, name):
    """The ids posted for ``name``, leaving out anything that is not one."""
    if not form.is_bound:
        return []
    return [
        int(value)
        for value in form.data.getlist(form.add_prefix(name))
        if value.isascii() and value.isdigit() and len(value) < 12
    ]


class SessionPageForm(WagtailAdminPageForm):
    """The session editor: roles, action points and takeaways among the session's people."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        named = self.people_named(self.instance)
        group_id = self.chosen_group_id()
        offer(self.fields["facilitator"], members(also=named))
        if group_id is None:
            participants = at_the_session = members(also=named)
        else:
            participants = people_of_group(group_id, also=named)
            # Someone ticked as a participant in this same form may take a role at once.
            at_the_session = people_of_group(
                group_id, also=named + posted_ids(self, "participants")
            )
        offer(self.fields["participants"], participants)
        for relation, field_name in SESSION_ROW_PEOPLE.items():
            offer_in_rows(self.formsets[relation], field_name, at_the_session)

    def chosen_group_id(self):
        """The group posted with the form, else the session's; None when there is none."""
        if self.is_bound:
            posted = posted_ids(self, "group")
            return posted[0] if posted else None
        return self.instance.group_id

    @staticmethod
    def people_named(session):
        """Whoever the session names already: facilitator, participants, rows."""
        named = [session.facilitator_id]
        if session.pk:
            named += [user.pk for user in session.participants.all()]
        named += [row.person_id for row in session.roles.all()]
        named += [row.owner_id for row in session.action_points.all()]
        named += [row.participant_id for row in session.takeaways.all()]
        return [pk for pk in named if pk]


class ExchangeDayPageForm(WagtailAdminPageForm):
    """The exchange day editor: any member may visit, shown by name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        visitors = [user.pk for user in self.instance.visitors.all()] if self.instance.pk else []
        offer(self.fields["visitors"], members(also=visitors))
