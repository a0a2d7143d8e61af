"""Create the role groups of Ancora with their model and collection permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from kb.people.roles import ADMINISTRATOR, ALL_PAGE_PERMISSIONS, COLLECTION_PERMISSIONS, MODEL_PERMISSIONS, ROLES

MEDIA_APPS = ("wagtailimages", "wagtaildocs")


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    root_collection = Collection.objects.filter(depth=1).first()
    root_page = Page.objects.filter(depth=1).first()
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        for entry in MODEL_PERMISSIONS[role]:
            if isinstance(entry, str):
                group.permissions.add(*Permission.objects.filter(content_type__app_label=entry))
            else:
                app_label, codename = entry
                group.permissions.add(
                    *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
                )
        if root_collection is not None:
            for codename in COLLECTION_PERMISSIONS[role]:
                for permission in Permission.objects.filter(
                    content_type__app_label__in=MEDIA_APPS, codename=codename
                ):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        if role == ADMINISTRATOR and root_page is not None:
            for codename in ALL_PAGE_PERMISSIONS:
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taxonomy", "0002_fixed_vocabularies"),
        ("glossary", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
