"""Blocks shared by general-purpose pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class BaseStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="components/blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        template="components/blocks/paragraph_block.html",
    )
    image = ImageBlock(label=_("Image"), template="components/blocks/image_block.html")
    practices_by_model = blocks.StaticBlock(
        label=_("Practices of each organisational model"),
        icon="list-ul",
        admin_text=_("Lists the published practices of each organisational model, with counts."),
        template="components/blocks/practices_by_model_block.html",
    )
