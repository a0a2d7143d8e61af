"""The demo users, one per role and per kind of reader, with passwords from the secret key."""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.db import transaction

from kb.people.models import Membership
from kb.people.roles import ADMINISTRATOR, COACH, FACILITATOR, NEW_HIRE, REVIEWER
from kb.taxonomy.models import Project

# Who belongs to which intervision group is in ``intervision.demo``: ``facilitator`` leads both
# groups, ``facilitator-wb`` and ``facilitator-vl`` one each, ``coach-nogroup`` none, and
# ``guest`` takes part in one session of a group they are not a member of.
DEMO_USERS = {
    "admin": {"role": ADMINISTRATOR, "first_name": "Ada", "superuser": True},
    "coach": {"role": COACH, "first_name": "Camille", "project": "brussels-smes"},
    "coach-nogroup": {"role": COACH, "first_name": "Chloé", "project": "charleroi-relais-social"},
    "facilitator": {"role": FACILITATOR, "first_name": "Filip"},
    "facilitator-wb": {"role": FACILITATOR, "first_name": "Fanny"},
    "facilitator-vl": {"role": FACILITATOR, "first_name": "Femke"},
    "guest": {"role": COACH, "first_name": "Gilles", "project": "liege-relais-social"},
    "newhire": {"role": NEW_HIRE, "first_name": "Nour"},
    "norole": {"role": None, "first_name": "Noa"},
    "reviewer": {"role": REVIEWER, "first_name": "Ruben", "project": "ghent-ocmw"},
}


def demo_password(username):
    """A strong password derived from the secret key, stable across runs of the loader."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"ancora-demo:{username}".encode(), hashlib.sha256
    ).hexdigest()
    return f"{username.capitalize()}-{digest[:8]}-{digest[8:16]}!"


@transaction.atomic
def ensure_demo_users():
    """The demo users; returns ``(users, passwords)`` keyed by username.

    Passwords are only returned when DEBUG is on, so the loader can print them in
    development and never in production.
    """

    user_model = get_user_model()
    users, passwords = {}, {}
    for username, spec in DEMO_USERS.items():
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": spec["first_name"],
                "last_name": "Demo",
                "email": f"{username}@ancora.example",
                "is_staff": spec.get("superuser", False),
                "is_superuser": spec.get("superuser", False),
            },
        )
        password = demo_password(username)
        if created or not user.check_password(password):
            password_validation.validate_password(password, user)
            user.set_password(password)
            user.save()
        if spec["role"] is not None:
            user.groups.add(Group.objects.get(name=spec["role"]))
        project = Project.objects.filter(slug=spec.get("project")).first()
        if project is not None:
            Membership.objects.get_or_create(user=user, project=project)
        users[username] = user
        if settings.DEBUG:
            passwords[username] = password
    return users, passwords
