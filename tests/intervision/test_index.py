"""The intervision index lists upcoming and past events, filterable by group, method and city."""

from http import HTTPStatus

from tests import factories


def test_filters_by_group_method_and_city(
    client, coach, intervision_index, make_group, make_session
):
    namur = factories.make_project()
    ghent = factories.make_project(slug="ghent-ocmw", city="ghent", region="flanders")
    wallonia = make_group("Wallonia", members=[coach])
    flanders = make_group("Flanders", members=[coach])
    make_session(title="Codev Namur", group=wallonia, method="codevelopment", case_project=namur)
    make_session(title="Gossip Ghent", group=flanders, method="gossip", case_project=ghent)
    make_session(title="Upcoming Balint", group=wallonia, method="balint", days=5)
    client.force_login(coach)
    url = intervision_index.url

    def titles(**params):
        response = client.get(url, params)
        assert response.status_code == HTTPStatus.OK
        body = response.content.decode()
        return {t for t in ("Codev Namur", "Gossip Ghent", "Upcoming Balint") if t in body}

    assert titles() == {"Codev Namur", "Gossip Ghent", "Upcoming Balint"}
    assert titles(group=wallonia.slug) == {"Codev Namur", "Upcoming Balint"}
    assert titles(method="gossip") == {"Gossip Ghent"}
    assert titles(city="namur") == {"Codev Namur"}
    assert titles(city="namur", method="gossip") == set()


def test_unknown_filters_and_pages_are_ignored(
    client, coach, intervision_index, make_group, make_session
):
    make_session(title="Codev Namur", group=make_group("Namur", members=[coach]))
    client.force_login(coach)

    response = client.get(
        intervision_index.url, {"group": "nope", "method": "<script>", "city": "x", "page": "abc"}
    )

    assert response.status_code == HTTPStatus.OK
    assert "Codev Namur" in response.content.decode()
