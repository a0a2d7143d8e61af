"""Uploaded documents are for members until an editor makes one public.

Minutes, contact lists and case notes get uploaded as documents; Wagtail
would serve a file of the root collection to anyone. A new document that
names no other collection goes to "Members only", which only the holders of
a role (``kb.people.roles``) and administrators download: a signed-in account
without a role (a guest of one session) does not. Its privacy is a Wagtail
collection restriction to the role groups, so editors see and change it in the
admin; an editor who means a leaflet for everyone moves it to a public
collection, and every other collection follows its own privacy.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import pre_save

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from kb.people.roles import ROLES

MEMBERS_ONLY = "Members only"


def members_collection():
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=MEMBERS_ONLY).first()
    if found is not None:
        return found
    collection = root.add_child(name=MEMBERS_ONLY)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=ROLES))
    return collection


def keep_new_documents_private(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is not None:
        return
    if instance.collection_id is None or instance.collection.is_root():
        instance.collection = members_collection()


def connect():
    pre_save.connect(
        keep_new_documents_private,
        sender=get_document_model(),
        dispatch_uid="operations-private-documents",
    )
