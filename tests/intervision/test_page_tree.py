"""Where intervision pages may live, and what `upcoming(now)` returns."""

from datetime import timedelta

from django.utils import timezone

from intervision.models import ExchangeDayPage, IntervisionIndexPage, IntervisionSessionPage
from practices.models import PracticeIndexPage


def test_the_index_lives_once_under_a_home_page(home, intervision_index, practice_index):
    assert IntervisionIndexPage.allowed_parent_page_models() == [home.specific_class]
    assert not IntervisionIndexPage.can_create_at(home)  # one per home page
    assert not IntervisionIndexPage.can_create_at(practice_index)


def test_sessions_and_exchange_days_live_under_the_index_only(home, intervision_index):
    for model in (IntervisionSessionPage, ExchangeDayPage):
        assert model.can_create_at(intervision_index)
        assert not model.can_create_at(home)
        assert model.allowed_subpage_models() == []
    assert set(IntervisionIndexPage.allowed_subpage_models()) == {
        IntervisionSessionPage,
        ExchangeDayPage,
    }
    assert not PracticeIndexPage.can_create_at(intervision_index)


def test_upcoming_returns_live_future_events_in_date_order(intervision_index, make_session):
    later = make_session(days=20)
    sooner = make_session(days=2)
    make_session(days=-2)
    unpublished = make_session(days=3)
    unpublished.unpublish()
    day = ExchangeDayPage(
        title="Visit", slug="visit", date=timezone.localdate(), locale=intervision_index.locale
    )
    intervision_index.add_child(instance=day)
    day.save_revision().publish()
    yesterday = ExchangeDayPage(
        title="Old visit",
        slug="old-visit",
        date=timezone.localdate() - timedelta(days=1),
        locale=intervision_index.locale,
    )
    intervision_index.add_child(instance=yesterday)
    yesterday.save_revision().publish()

    now = timezone.now()
    sessions = IntervisionSessionPage.upcoming(now).filter(locale=intervision_index.locale)
    assert [s.pk for s in sessions] == [sooner.pk, later.pk]
    assert [d.pk for d in ExchangeDayPage.upcoming(now)] == [day.pk]
