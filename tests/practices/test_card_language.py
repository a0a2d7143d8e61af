"""A related sheet in another language is marked with its own, for readers and screen readers."""

from bs4 import BeautifulSoup

from kb.taxonomy.models import Project
from practices.models import RelatedPractice
from tests import factories


def test_a_related_english_sheet_on_a_french_sheet_is_marked_english(client, practice_index):
    english = factories.make_practice(practice_index, title="First visit to the centre")
    french_index = factories.translate(practice_index, "fr")
    sheet = factories.make_practice(
        french_index, title="Balades photo", project=Project.objects.get(slug="namur")
    )
    sheet.related_practices = [RelatedPractice(practice=english)]
    factories.publish(sheet)

    soup = BeautifulSoup(client.get(sheet.url).content, "html.parser")
    link = soup.find("a", string="First visit to the centre")

    assert link is not None
    assert link["lang"] == "en"
    assert link.find_parent("article").select_one(".card__summary")["lang"] == "en"
