"""Who may read a session, as keys: ``group:<id>``, ``user:<id>``, ``staff``.

Kept apart from the access policy so that the session model can declare its
search audience with it; ``access.audience_keys`` gives the keys a user holds.
"""

STAFF_KEY = "staff"


def audience_of(session):
    """Opaque keys of who may read ``session``: ``group:<id>``, ``user:<id>``, ``staff``.

    A reader holding any of these keys (see ``audience_keys``) may read the
    session; search documents store them so that both engines filter by them.
    """
    keys = {STAFF_KEY}
    if session.group_id:
        keys.add(f"group:{session.group_id}")
    if session.facilitator_id:
        keys.add(f"user:{session.facilitator_id}")
    keys.update(f"user:{person.pk}" for person in session.participants.all())
    return keys
