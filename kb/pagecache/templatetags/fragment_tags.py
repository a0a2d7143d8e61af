"""Parts of a page that every reader of a revision gets alike, rendered once per language.

A sheet's text, its facts box, its partners, its related and similar sheets
and its language links cost most of its time and queries and are the same for
whoever reads that revision. They are kept under the page cache's generation,
so whatever empties the page cache (a publish, a move, an unpublish, a renamed
taxonomy term) drops them too, with the page's live revision, the language and
the host in the key. A fragment is rendered as for a visitor who is not signed
in, whoever asks first, so what the reader's rights would add can never reach
another reader: keep what depends on the reader outside. A preview or a page
that is not live renders afresh and is never kept.

    {% shared_fragment "facts" page %}...{% endshared_fragment %}
"""

from django import template
from django.contrib.auth.context_processors import PermWrapper
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from ..store import until_content_changes

register = template.Library()


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and a page")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), nodelist
    )


class SharedFragmentNode(template.Node):
    def __init__(self, name, page, nodelist):
        self.name = name
        self.page = page
        self.nodelist = nodelist

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        if not _shareable(request, page):
            return self.nodelist.render(context)
        key = ":".join(
            str(part)
            for part in (
                "shared",
                self.name.resolve(context),
                page.pk,
                # Pages written in bulk (the benchmark's corpus) are live without a revision.
                page.live_revision_id or _isoformat(page.last_published_at),
                translation.get_language(),
                request.get_host(),
            )
        )
        return until_content_changes(key, lambda: self._render_for_anyone(context, request))

    def _render_for_anyone(self, context, request):
        """Rendered as for a visitor who is not signed in, whoever asked first."""
        anyone = AnonymousUser()
        with context.push(request=AnyReader(request), user=anyone, perms=PermWrapper(anyone)):
            return self.nodelist.render(context)


class AnyReader:
    """The request without its reader: a kept fragment cannot show what their rights allow."""

    def __init__(self, request):
        self._request = request
        self.user = AnonymousUser()

    def __getattr__(self, name):
        return getattr(self._request, name)


def _shareable(request, page):
    return (
        request is not None
        and not getattr(request, "is_preview", False)
        and getattr(page, "pk", None) is not None
        and page.live
    )


def _isoformat(moment):
    return moment.isoformat() if moment else None
