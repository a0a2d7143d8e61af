"""Who may read a members' document: the keys its page declares, the keys a reader holds.

A page type whose readers are fewer than all signed-in members (an
intervision session: its group, its participants) declares
``search_audience()``, the keys of who may read it. The app that knows who
holds which key registers, once, a function giving a user's keys
(``register_reader_keys``). A members' document with keys is shown only to a
reader who shares one of them; search never needs to know what a key means.
"""

AUDIENCE = "audience"
_reader_key_sources = []


def register_reader_keys(source):
    """``source(user) -> set of keys``; called by the app that defines the keys."""
    if source not in _reader_key_sources:
        _reader_key_sources.append(source)


def reader_keys(user):
    """Every key ``user`` holds, from every registered source (none when anonymous)."""
    if user is None or not user.is_authenticated:
        return frozenset()
    return frozenset(key for source in _reader_key_sources for key in source(user))


def page_audience(page):
    """The keys of who may read ``page``, sorted; [] when every member may."""
    declared = getattr(page, "search_audience", None)
    return sorted(declared()) if callable(declared) else []
