"""Adding many pages under one parent in a few statements, as treebeard would one by one.

Each new child gets the next materialised path step, its depth and URL path;
the page rows go in with ``bulk_create``, the rows of the page type's own table
with the insert Django's ``save()`` uses for multi-table inheritance, and the
parent's child count is recounted at the end. No signals are sent, so callers
rebuild the search index and empty the page cache afterwards.
"""

from wagtail.models import Page

INSERT_CHUNK = 100


class TreeAppender:
    def __init__(self, parent):
        self.parent = parent
        last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True)
        self.next_step = Page._str2int(last[0][-Page.steplen :]) + 1 if last else 1

    def place(self, page):
        """Give an unsaved page its position as the parent's next child."""
        page.path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        page.depth = self.parent.depth + 1
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.locale_id = self.parent.locale_id
        self.next_step += 1
        return page

    def insert(self, pages):
        """Insert placed pages of one type; returns them with their primary keys set."""
        if not pages:
            return pages
        model = type(pages[0])
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in pages]
        )
        for page, base in zip(pages, bases, strict=True):
            page.pk = page.page_ptr_id = base.pk
        local = model._meta.local_concrete_fields
        for start in range(0, len(pages), INSERT_CHUNK):
            # Django has no public bulk insert for multi-table models; save() makes this call.
            model._base_manager._insert(pages[start : start + INSERT_CHUNK], fields=local)
        return pages

    def finish(self):
        numchild = Page.objects.child_of(self.parent).count()
        Page.objects.filter(pk=self.parent.pk).update(numchild=numchild)
