from wagtail.models import Locale

from kb.home.translation_status import is_outdated
from tests import factories


def test_translation_is_outdated_once_the_source_is_published_again(practice_index):
    source = factories.make_practice(practice_index, title="Gazette")
    french = Locale.objects.create(language_code="fr")
    translation = factories.publish(source.copy_for_translation(french, copy_parents=True))
    assert not is_outdated(translation)
    assert not is_outdated(source)

    source.summary = "A gazette written together by tenants and workers."
    factories.publish(source)

    assert is_outdated(translation)
    assert not is_outdated(source)
