"""The sections of a practice sheet.

A sheet's body is a StreamField so coaches fill only the sections that apply,
in the order that tells the story. Every block renders under its own heading.
A new sheet starts with its main sections in place, each with a one-line hint,
so a coach writes instead of assembling; a section left empty is not shown.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Signs of a successful reanchoring, as coaches named them.
REANCHORING_INDICATORS = [
    ("durable-bonds", _("Durable bonds")),
    ("mobilise-bonds", _("Can call on those bonds in difficulty")),
    ("recognised-citizen", _("Feels recognised as an inhabitant and citizen")),
    ("respected", _("Feels respected")),
    ("own-place", _("Has a place of their own where they live")),
    ("acts-on-life", _("Acts on their own life and decides for themselves")),
    ("follows-wishes", _("Follows their wishes as they come")),
    ("collective-projects", _("Carries out collective projects")),
]


class SectionBlock(blocks.RichTextBlock):
    """Rich text under a fixed, translated heading (the block's label)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "ol", "ul", "link"])
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    class Meta:
        template = "components/blocks/section_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Step"),
        max_length=200,
        help_text=_("One step in a line, in the order another team would follow."),
    )
    description = blocks.TextBlock(label=_("What happens"), required=False)


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Organisation"), max_length=200)
    role = blocks.CharBlock(label=_("Its role"), max_length=300, required=False)


class ResourcesBlock(blocks.StructBlock):
    description = blocks.TextBlock(label=_("Time, material and people needed"))
    cost = blocks.CharBlock(label=_("Approximate cost"), max_length=200, required=False)

    class Meta:
        icon = "tag"
        label = _("Resources and cost")
        template = "components/blocks/resources_block.html"


class ObstacleBlock(blocks.StructBlock):
    obstacle = blocks.TextBlock(label=_("Obstacle"))
    response = blocks.TextBlock(label=_("How it was met"), required=False)


class ResultsValue(blocks.StructValue):
    def indicator_labels(self):
        labels = dict(REANCHORING_INDICATORS)
        return [labels[key] for key in self.get("indicators") or [] if key in labels]


class ResultsBlock(blocks.StructBlock):
    observed = blocks.RichTextBlock(
        label=_("What was observed"), features=["bold", "italic", "ul", "ol"]
    )
    indicators = blocks.MultipleChoiceBlock(
        label=_("Reanchoring indicators seen"),
        choices=REANCHORING_INDICATORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        icon = "success"
        label = _("Observed results")
        template = "components/blocks/results_block.html"
        value_class = ResultsValue


class TestimonyBlock(blocks.StructBlock):
    """An anonymised voice: a quote, the speaker's role and city, never a name."""

    quote = blocks.TextBlock(label=_("Quote"))
    role = blocks.CharBlock(
        label=_("Role of the speaker"),
        max_length=120,
        help_text=_("For example 'tenant', 'coach', 'neighbourhood worker'. Never a name."),
    )
    city = blocks.CharBlock(label=_("City"), max_length=80, required=False)

    class Meta:
        icon = "openquote"
        label = _("Anonymised testimony")
        template = "components/blocks/testimony_block.html"


class MediaBlock(blocks.StructBlock):
    """Audio or video uploaded as a document, played by the browser, with a transcript."""

    file = DocumentChooserBlock(label=_("Audio or video file"))
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=[("audio", _("Audio")), ("video", _("Video"))], default="audio"
    )
    transcript = blocks.TextBlock(label=_("Transcript or description"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio or video")
        template = "components/blocks/media_block.html"


class PracticeBodyBlock(blocks.StreamBlock):
    context = SectionBlock(
        label=_("Context"),
        icon="site",
        help_text=_("Where and why it started: the city, the team, the need it answers."),
    )
    objectives = SectionBlock(label=_("Objectives"), icon="pick")
    steps = blocks.ListBlock(
        StepBlock(),
        label=_("Approach, step by step"),
        icon="list-ol",
        template="components/blocks/steps_block.html",
    )
    working_elements = SectionBlock(
        label=_("Why it works"),
        icon="cogs",
        help_text=_("What makes the difference, as the team sees it."),
    )
    partners = blocks.ListBlock(
        PartnerBlock(),
        label=_("Partners"),
        icon="group",
        template="components/blocks/partners_block.html",
    )
    resources = ResourcesBlock()
    obstacles = blocks.ListBlock(
        ObstacleBlock(),
        label=_("Obstacles and how they were met"),
        icon="warning",
        template="components/blocks/obstacles_block.html",
    )
    results = ResultsBlock()
    testimony = TestimonyBlock()
    tips = SectionBlock(label=_("Tips for starting it elsewhere"), icon="help")
    image = ImageBlock(label=_("Image"), template="components/blocks/image_block.html")
    document = DocumentChooserBlock(
        label=_("Document"), icon="doc-full", template="components/blocks/document_block.html"
    )
    media = MediaBlock()

    class Meta:
        block_counts = {"testimony": {"max_num": 3}}


def empty_sections():
    """The body of a new sheet: context, steps and why it works, ready to be filled."""
    return [("context", ""), ("steps", []), ("working_elements", "")]
