"""Privacy by design: warn before a practice sheet names a person.

Sheets describe practices, never tenants. On every save in the admin the text
of the sheet (title, summary, fields, every text inside the StreamField,
testimonies included, tags) and the comments written on it are scanned for what
usually identifies somebody: a known first name with a surname, in either order
and in any case, a title with a surname, a phone number, an e-mail address, a
street address, a Belgian national register or BIS number. When something is
found the form comes back, with everything the coach typed, the findings
listed, and a box to tick: "this text names no tenant". Nothing is ever saved
or blocked without the coach seeing why.
"""

import re
from dataclasses import dataclass

from django import forms
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from taggit.forms import TagField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

from stdnum.be import ssn

from search.analysis.stopwords import stop_words
from search.text import fold

# Common first names in Belgium's communities; the check looks for one followed by a surname.
FIRST_NAMES = frozenset(
    """
Aaron Abdel Abdelkader Abdullah Adam Ahmed Aicha Aïcha Alain Alexander Alexandre Ali Alice Amina
Amir Anna Anne Annick Antoine Arthur Ayse Ayşe Bart Benoît Bernard Bilal Bram Camille Carine
Catherine Céline Chantal Charlotte Chloé Christian Christine Christophe Claude Daniel David Dirk
Dominique Elena Elif Elisa Els Emma Emre Eric Éric Eva Fatima Fatma Femke Filip Francis François
Françoise Frédéric Geert Georges Gert Guillaume Hanne Hassan Hilde Hugo Ibrahim Ilse Inge Ines
Isabelle Jacques Jan Jean Jeroen Jessica Johan John Joris Jozef Julie Julien Juliette Karim
Katrien Kevin Khadija Koen Kris Lars Laura Laurent Léa Leila Lien Liesbeth Lisa Lotte Louis
Louise Luc Lucas Lucie Luis Mamadou Manon Marc Maria Marie Marleen Martine Mathilde Mathieu
Maxime Mehmet Michel Michiel Mihai Mohamed Mohammed Monique Murat Mustafa Nadia Nathalie Nicolas
Nina Noah Nora Olivier Omar Patrick Paul Peter Philippe Pierre Pieter Piotr Rachid Rik Robert
Ruben Said Saïd Samira Sandra Sarah Sébastien Simon Sofie Sophie Stefan Stijn Sylvie Thomas
Tom Valérie Veerle Victor Vincent Wim Wouter Yasmina Youssef Yves Zeynep Zineb Zoé
""".split()  # noqa: SIM905
)
SURNAME_PARTICLES = (
    r"(?:van|von|vande|vanden|de|der|den|del|della|di|du|des|la|le|el|al|ben|ter|ten|d['’]|l['’])"
)
# First names that are also everyday words in lower case ("said", "un lien", "pierre"):
# only their capitalised form counts as a name.
EVERYDAY_WORDS = frozenset(
    """charlotte christian els jan john lien marc maxime olivier pierre said""".split()  # noqa: SIM905
)
UPPER = "A-ZÀ-ÖØ-Þ"
WORD = rf"[{UPPER}][\w'’-]+"
FIRST_NAME = rf"(?:{'|'.join(sorted(FIRST_NAMES))})"
LOWER_CASE_NAME = re.compile(
    rf"(?<![\w'’-])((?i:{FIRST_NAME}))\s+(?:{SURNAME_PARTICLES}\s+){{0,2}}"
    r"([a-zß-öø-ÿ][\w'’-]+)"
)
LOWER_CASE_NAME_SURNAME_FIRST = re.compile(
    rf"(?<![\w'’-])([a-zß-öø-ÿ][\w'’-]+)\s+((?i:{FIRST_NAME}))(?![\w'’-])"
)

PATTERNS = [
    (
        "name",
        _("a first name and a surname"),
        re.compile(
            rf"\b(?:{'|'.join(sorted(FIRST_NAMES))})\s+(?:{SURNAME_PARTICLES}\s*){{0,2}}{WORD}",
        ),
    ),
    (
        "name",
        _("a surname and a first name"),
        re.compile(rf"\b[{UPPER}]{{2,}}(?:[\s-][{UPPER}]{{2,}})*,?\s+{FIRST_NAME}\b"),
    ),
    (
        "name",
        _("a surname and a first name"),
        re.compile(rf"\b{WORD},\s+{FIRST_NAME}\b"),
    ),
    (
        "name",
        _("a title and a surname"),
        re.compile(
            r"(?<!\w)(?i:m\.|mr\.?|mrs\.?|ms\.?|mme\.?|mlle\.?|madame|monsieur|mevrouw|meneer"
            rf"|mijnheer|mevr\.|dhr\.)\s+{WORD}"
        ),
    ),
    (
        "email",
        _("an e-mail address"),
        re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ),
    (
        "phone",
        _("a phone number"),
        re.compile(
            r"(?<![\w/.])(?:(?:\+|00)\d{2}[\s./-]?(?:\(0\)[\s./-]?)?|0)[1-9](?:[\s./-]?\d){7,8}(?!\d)"
        ),
    ),
    (
        "address",
        _("a street address"),
        re.compile(
            r"(?i:\b(?:rue|avenue|av\.|boulevard|bd|chaussée|place|quai|impasse|allée|square"
            r"|drève|chemin|clos)\s+)"
            rf"(?:{SURNAME_PARTICLES}\s*){{0,2}}{WORD}(?:[\s-]+{WORD}){{0,3}},?\s+\d{{1,4}}[a-z]?\b"
        ),
    ),
    (
        "address",
        _("a street address"),
        re.compile(
            rf"\b{WORD}?(?:straat|laan|steenweg|plein|lei|dreef|kaai|dijk|markt|weg|baan|singel"
            r"|vest)\s+\d{1,4}[a-z]?\b"
        ),
    ),
    (
        "address",
        _("a street address"),
        re.compile(rf"\b\d{{1,4}}\s+{WORD}(?:\s+{WORD})?\s+(?:Street|Road|Avenue|Lane|Square)\b"),
    ),
]
# Eleven digits, grouped as people write them: 85.07.30-033.28, 850730/033/28, 85073003328.
NATIONAL_NUMBER = re.compile(
    r"(?<!\d)(\d{2})[./\s-]?(\d{2})[./\s-]?(\d{2})[./\s-]?(\d{3})[./\s-]?(\d{2})(?!\d)"
)
ORDINARY_WORDS = frozenset().union(*(stop_words(code) for code in ("nl", "fr", "en")))


def is_national_register_number(digits):
    """A valid Belgian social security number: a national register or a BIS number.

    ``stdnum.be.ssn`` checks both (a tenant without a residence has a BIS
    number), the check digits of people born before and after 2000, and that
    the birth date can exist, so fewer reference numbers pass for one.
    """
    return ssn.is_valid(digits)


def lower_case_names(text):
    """A first name and a surname written in lower case, in either order ("dupont jean")."""
    for match in LOWER_CASE_NAME.finditer(text):
        if _is_lower_case_name(first=match.group(1), surname=match.group(2)):
            yield match.group(0)
    for match in LOWER_CASE_NAME_SURNAME_FIRST.finditer(text):
        if _is_lower_case_name(first=match.group(2), surname=match.group(1)):
            yield match.group(0)


def _is_lower_case_name(first, surname):
    return first.islower() and first not in EVERYDAY_WORDS and fold(surname) not in ORDINARY_WORDS


@dataclass(frozen=True)
class Finding:
    kind: str
    description: str
    excerpt: str
    where: str

    def __str__(self):
        return _("%(what)s in %(where)s: “%(excerpt)s”") % {
            "what": self.description,
            "where": self.where,
            "excerpt": self.excerpt,
        }


def find_personal_data(text, where=""):
    """Everything in ``text`` that looks like it identifies a person."""
    findings = []
    for kind, description, pattern in PATTERNS:
        for match in pattern.finditer(text):
            findings.append(Finding(kind, str(description), match.group(0).strip(), str(where)))
    for excerpt in lower_case_names(text):
        findings.append(Finding("name", str(_("a first name and a surname")), excerpt, str(where)))
    for match in NATIONAL_NUMBER.finditer(text):
        if is_national_register_number("".join(match.groups())):
            findings.append(
                Finding(
                    "national-number",
                    str(_("a national register number")),
                    match.group(0),
                    str(where),
                )
            )
    return findings


def names_a_person(text):
    """Whether ``text`` seems to identify somebody (a search is then not logged)."""
    return bool(find_personal_data(text))


def texts_of(value):
    """Every piece of text inside a field or StreamField value, rich text without tags."""
    if isinstance(value, RichText):
        yield strip_tags(value.source)
    elif isinstance(value, str):
        yield strip_tags(value)
    elif isinstance(value, StreamValue):
        for child in value:
            yield from texts_of(child.value)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from texts_of(item)


def unique(findings):
    seen, kept = set(), []
    for finding in findings:
        key = (finding.kind, finding.excerpt, finding.where)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def written_text(form):
    """The text of a comment form when this save writes it (and does not delete it)."""
    if form.is_valid() and "text" in form.changed_data and not form.cleaned_data.get("DELETE"):
        yield form.cleaned_data["text"]


class PrivacyCheckedPageForm(WagtailAdminPageForm):
    """A page form that asks for confirmation before saving text that may name someone.

    ``privacy_exempt_fields`` lists fields meant to hold a professional contact;
    ``privacy_expected`` maps a field to the kinds of finding it is meant to hold
    (an organisation's public address), which are not reported there.
    """

    privacy_exempt_fields = ("slug", "contact", "url_path")
    privacy_expected = {}

    privacy_confirmed = forms.BooleanField(
        required=False,
        label=_("I confirm this text names no tenant or other person"),
        help_text=_(
            "Tick this only if what the check found is not a person: the name of a "
            "place, an organisation or a public figure. Otherwise, anonymise the text."
        ),
    )

    def privacy_findings(self):
        findings = []
        for name, value in self.cleaned_data.items():
            if name in self.privacy_exempt_fields or name not in self.fields:
                continue
            field = self.fields[name]
            label = field.label or name
            expected = self.privacy_expected.get(name, ())
            for text in texts_of(value):
                if isinstance(field, TagField):
                    # A tag is often a slug: "jean-dupont" reads "jean dupont".
                    text = re.sub(r"[-_]+", " ", text)
                found = find_personal_data(text, where=label)
                findings.extend(finding for finding in found if finding.kind not in expected)
        for text in self.comment_texts():
            findings.extend(find_personal_data(text, where=_("comment")))
        return unique(findings)

    def comment_texts(self):
        """The comments and replies written or changed in this save.

        Comments are saved with the page and mailed to its subscribers, so
        they are checked with it; those left as they were are not read again.
        """
        comments = self.formsets.get("comments")
        for form in comments.forms if comments is not None else ():
            yield from written_text(form)
            for reply in form.formsets["replies"].forms:
                yield from written_text(reply)

    def clean(self):
        cleaned_data = super().clean()
        findings = self.privacy_findings()
        if findings and not cleaned_data.get("privacy_confirmed"):
            listed = "; ".join(Truncator(str(finding)).chars(200) for finding in findings[:10])
            self.add_error(
                "privacy_confirmed",
                _(
                    "This text may name a person: %(findings)s. Anonymise it (a role instead "
                    "of a name, no contact details or address), or tick the box if it names "
                    "no one. Nothing you typed has been lost."
                )
                % {"findings": listed},
            )
        return cleaned_data
