"""Privacy by design: warn before a practice sheet names a person.

Sheets describe practices, never tenants. On every save in the admin the text
of the sheet (title, summary, fields, every text inside the StreamField,
testimonies included) is scanned for what usually identifies somebody: a known
first name followed by a surname, a title with a surname, a phone number, an
e-mail address, a street address, a Belgian national register number. When
something is found the form comes back, with everything the coach typed, the
findings listed, and a box to tick: "this text names no tenant". Nothing is
ever saved or blocked without the coach seeing why.
"""

import re
from dataclasses import dataclass

from django import forms
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

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
UPPER = "A-ZÀ-ÖØ-Þ"
WORD = rf"[{UPPER}][\w'’-]+"

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
NATIONAL_NUMBER = re.compile(
    r"(?<!\d)(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-.\s]?(\d{3})[.\s]?(\d{2})(?!\d)"
)


def is_national_register_number(digits):
    """Belgian national register numbers end with 97 minus the rest modulo 97."""
    base, check = digits[:9], int(digits[9:])
    return check in (97 - int(base) % 97, 97 - int("2" + base) % 97)


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


class PrivacyCheckedPageForm(WagtailAdminPageForm):
    """A page form that asks for confirmation before saving text that may name someone.

    ``privacy_exempt_fields`` lists fields meant to hold a professional contact.
    """

    privacy_exempt_fields = ("slug", "contact", "url_path")

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
            label = self.fields[name].label or name
            for text in texts_of(value):
                findings.extend(find_personal_data(text, where=label))
        return unique(findings)

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
