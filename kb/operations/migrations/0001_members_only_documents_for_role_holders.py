"""The "Members only" collection, once open to every signed-in account, is for the role groups."""

from django.db import migrations

MEMBERS_ONLY = "Members only"
ROLES = ("Coach", "Reviewer", "Facilitator", "New hire", "Administrator")


def restrict_to_role_groups(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    members = Collection.objects.filter(depth=2, name=MEMBERS_ONLY).first()
    if members is None:
        return
    for restriction in Restriction.objects.filter(collection=members, restriction_type="login"):
        restriction.restriction_type = "groups"
        restriction.save(update_fields=["restriction_type"])
        restriction.groups.set(Group.objects.filter(name__in=ROLES))


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict_to_role_groups, migrations.RunPython.noop)]
