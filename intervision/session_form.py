"""The admin form of a session: its group is one the person filing it facilitates."""

from django.db.models import Q

from intervision.pickers import SessionPageForm


class SessionForm(SessionPageForm):
    """The people pickers keep to the group; the group is one the person facilitates.

    Filing a session under a group would show that group's advice in it (its
    follow-up), so a non-administrator chooses among the groups they
    facilitate, and the session's current group, which an administrator may
    have set.
    """

    def __init__(self, *args, **kwargs):
        from intervision.access import is_administrator

        super().__init__(*args, **kwargs)
        field = self.fields.get("group")
        if field is None or self.for_user is None or is_administrator(self.for_user):
            return
        field.queryset = field.queryset.filter(
            Q(facilitators=self.for_user) | Q(pk=self.instance.group_id)
        ).distinct()
