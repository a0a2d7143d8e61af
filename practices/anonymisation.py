"""A sheet drafted from intervision notes stays with the session's people until anonymised.

Session notes speak of real people, and a sheet drafted from them starts with
their case summary and insights. Until its author ticks "Anonymised", the sheet
is kept from everyone who may not read the session: in the admin it does not
exist for them (no editor, draft view, history or revisions, not listed nor
offered in the page chooser), and nobody can publish it nor submit it for
review, so it is never on the site nor in search. The app that drafts sheets knows who may read
a session and registers it here (``register_readers``), so practices need not
know intervision.
"""

from wagtail.models import PagePermissionTester

_reader_sources = []


def register_readers(source):
    """``source(user)`` gives the ids of the drafted sheets whose session ``user`` may read."""
    if source not in _reader_sources:
        _reader_sources.append(source)


def _drafted_sheets_readable_by(user):
    if not hasattr(user, "_ancora_drafted_sheets"):
        user._ancora_drafted_sheets = {pk for source in _reader_sources for pk in source(user)}
    return user._ancora_drafted_sheets


def may_read(user, sheet):
    """Whether ``user`` may see ``sheet`` in the admin (always, once it is anonymised)."""
    if sheet.anonymised or user.is_superuser:
        return True
    if not (user.is_authenticated and user.is_active):
        return False
    if sheet.owner_id == user.pk or user.pk in {author.pk for author in sheet.authors.all()}:
        return True
    return sheet.pk in _drafted_sheets_readable_by(user)


def readable_by_anyone(sheets):
    """The sheets an anonymous visitor reads: live, without view restriction, anonymised."""
    return sheets.live().public().filter(anonymised=True)


def withheld_from(user, sheets):
    """The ids of ``sheets`` (a PracticePage queryset) that ``user`` may not see yet."""
    if user.is_superuser:
        return sheets.none().values("pk")
    awaiting = sheets.filter(anonymised=False)
    if user.is_authenticated:
        awaiting = awaiting.exclude(owner=user).exclude(authors=user)
    return awaiting.exclude(pk__in=_drafted_sheets_readable_by(user)).values("pk")


class Withheld(PagePermissionTester):
    """For someone who may not read the sheet: as if it did not exist, every answer is no."""


for _name in [name for name in dir(PagePermissionTester) if name.startswith("can_")]:
    setattr(Withheld, _name, lambda self, *args, **kwargs: False)


class AwaitingAnonymisation(PagePermissionTester):
    """Those who may read the draft work on it; nobody publishes it yet.

    Submitting it for review is refused by its form until "Anonymised" is ticked,
    which may be in the same request.
    """

    def can_publish(self):
        return False


def permissions(user, sheet):
    """What ``user`` may do with ``sheet``: nothing at all when they may not read it."""
    if sheet.anonymised:
        return PagePermissionTester(user, sheet)
    if not may_read(user, sheet):
        return Withheld(user, sheet)
    return AwaitingAnonymisation(user, sheet)
