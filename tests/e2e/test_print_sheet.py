"""A practice sheet printed from the browser fits on one A4 page, in every language."""

import pytest

from .pdf_pages import is_a4, page_sizes
from .tools import OUTPUT

pytestmark = pytest.mark.e2e

SHEETS = {
    "fr": "/fr/pratiques/namur-guitar-workshop/",
    "nl": "/nl/praktijken/brussels-writing-workshop/",
    "en": "/en/practices/ghent-bright-spots-photos/",
}


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_a_practice_sheet_prints_on_one_a4_page(page, language):
    page.goto(SHEETS[language])
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / f"sheet-{language}.pdf").write_bytes(pdf)

    sizes = page_sizes(pdf)

    assert len(sizes) == 1, f"the sheet prints on {len(sizes)} pages"
    assert is_a4(sizes[0])
