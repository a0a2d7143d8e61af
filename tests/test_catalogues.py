"""The Dutch and French catalogues are complete, faithful to their placeholders and compiled.

A coach in Kortrijk or Namur reads the interface in her own language only if every
string of the code is in ``locale/`` with a checked translation, and if the compiled
``.mo`` file Django loads says the same as the ``.po`` file translators edit.
"""

import re
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.utils.translation.template import templatize

import polib
import pytest
from bs4 import BeautifulSoup

from tests import factories

LANGUAGES = ("nl", "fr")
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# The same folders ``make messages`` leaves out: dependencies, generated output, tests, bench.
IGNORED_DIRS = {".venv", "node_modules", "test-output", "tests", "bench"}
# Django's own keywords for the "django" domain (see the makemessages command).
XGETTEXT_KEYWORDS = (
    "gettext_noop",
    "gettext_lazy",
    "ngettext_lazy:1,2",
    "pgettext:1c,2",
    "npgettext:1c,2,3",
    "pgettext_lazy:1c,2",
    "npgettext_lazy:1c,2,3",
)
PERCENT_PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sdfr]")
BRACE_PLACEHOLDER = re.compile(r"\{\w*\}")
HTML_TAG = re.compile(r"<[^>]+>")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def key(entry):
    return (entry.msgctxt or "", entry.msgid)


def live_entries(po):
    return [entry for entry in po if not entry.obsolete]


def label(entry):
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


def source_files():
    """Python and template files of the project, as ``make messages`` walks them."""
    base = Path(settings.BASE_DIR)
    for path in sorted(base.rglob("*")):
        parts = path.relative_to(base).parts
        if any(part in IGNORED_DIRS or part.startswith(".") for part in parts[:-1]):
            continue
        if path.suffix in {".py", ".html", ".txt"} and path.is_file():
            yield path


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory):
    """The (context, msgid) pairs the code marks for translation, extracted with xgettext."""
    if shutil.which("xgettext") is None:
        pytest.skip("xgettext (GNU gettext) is not installed")
    work = tmp_path_factory.mktemp("extract")
    inputs = []
    for number, path in enumerate(source_files()):
        if path.suffix == ".py":
            inputs.append(str(path))
            continue
        copy = work / f"{number}.py"
        copy.write_text(templatize(path.read_text(encoding="utf-8"), origin=str(path)))
        inputs.append(str(copy))
    pot = work / "django.pot"
    subprocess.run(
        [
            "xgettext",
            "--language=Python",
            "--from-code=UTF-8",
            *(f"--keyword={keyword}" for keyword in XGETTEXT_KEYWORDS),
            f"--output={pot}",
            *inputs,
        ],
        check=True,
    )
    return {key(entry) for entry in polib.pofile(str(pot)) if entry.msgid}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_string_of_the_code(language, source_messages):
    known = {key(entry) for entry in live_entries(catalogue(language))}
    absent = sorted(source_messages - known)
    assert not absent, f"run `make messages` and translate: {absent[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_entry(language):
    po = catalogue(language)
    untranslated = [label(entry) for entry in live_entries(po) if not entry.translated()]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_fuzzy_entry(language):
    po = catalogue(language)
    fuzzy = [label(entry) for entry in live_entries(po) if "fuzzy" in entry.flags]
    assert not fuzzy, f"{len(fuzzy)} fuzzy: {fuzzy[:20]}"
    assert not po.metadata_is_fuzzy, "the catalogue header is still marked fuzzy"


def placeholders(text, entry):
    found = PERCENT_PLACEHOLDER.findall(text)
    if "python-brace-format" in entry.flags:
        found += BRACE_PLACEHOLDER.findall(text)
    return sorted(found)


def translation_pairs(entry):
    """(source, translation) pairs; a singular form may drop the count (“One filter…”)."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [
        (entry.msgid if index == 0 else entry.msgid_plural, text)
        for index, text in sorted(entry.msgstr_plural.items())
    ]


def placeholder_mismatches(entry):
    wrong = []
    for source, text in translation_pairs(entry):
        expected = placeholders(source, entry)
        given = placeholders(text, entry)
        if entry.msgid_plural and source == entry.msgid:
            # The first plural form may name the count (French uses it for 0 and 1).
            allowed = set(expected) | set(placeholders(entry.msgid_plural, entry))
            if not set(expected) <= set(given) or not set(given) <= allowed:
                wrong.append((source, text))
        elif given != expected:
            wrong.append((source, text))
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language):
    wrong = []
    for entry in live_entries(catalogue(language)):
        if entry.translated():
            wrong += placeholder_mismatches(entry)
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_html(language):
    wrong = [
        (source, text)
        for entry in live_entries(catalogue(language))
        if entry.translated()
        for source, text in translation_pairs(entry)
        if HTML_TAG.findall(source) != HTML_TAG.findall(text)
    ]
    assert not wrong, wrong[:10]


def test_placeholder_check_catches_a_dropped_or_renamed_placeholder():
    entry = polib.POEntry(
        msgid="Page %(number)s of %(total)s", msgstr="Page %(number)s sur %(all)s"
    )
    assert placeholder_mismatches(entry)
    entry.msgstr = "Page %(number)s sur %(total)s"
    assert not placeholder_mismatches(entry)


def compiled_messages(path):
    return {
        key(entry): entry.msgstr_plural if entry.msgid_plural else entry.msgstr
        for entry in polib.mofile(str(path))
        if entry.msgid
    }


def checked_messages(po):
    """What msgfmt compiles: translated entries that are not fuzzy."""
    return {
        key(entry): entry.msgstr_plural if entry.msgid_plural else entry.msgstr
        for entry in live_entries(po)
        if entry.translated() and "fuzzy" not in entry.flags
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    """Compared by content: git does not keep file times, so they prove nothing."""
    mo = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
    assert mo.exists(), f"{mo.name} is missing for {language}: run `make messages`"
    compiled = compiled_messages(mo)
    source = checked_messages(catalogue(language))
    stale = sorted(k for k in source.keys() | compiled.keys() if source.get(k) != compiled.get(k))
    assert not stale, f"{language} .mo is out of date, run `make messages`: {stale[:10]}"


def search_button(response):
    form = BeautifulSoup(response.content, "html.parser").find("form", role="search")
    return form.find("button", type="submit").get_text(strip=True)


def catalogue_translation(language, msgid):
    return catalogue(language).find(msgid).msgstr


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_under_a_language_prefix_speak_that_language(client, db, language):
    factories.make_site()
    english = client.get("/en/search/")
    translated = client.get(f"/{language}/search/")
    assert english.status_code == translated.status_code == 200
    page = BeautifulSoup(translated.content, "html.parser")
    assert page.html["lang"] == language
    assert search_button(english) == "Search"
    assert search_button(translated) == catalogue_translation(language, "Search")
    assert search_button(translated) != search_button(english)
    skip_link = page.find("a", class_="skip-link").get_text(strip=True)
    assert skip_link == catalogue_translation(language, "Skip to content")
