"""An Atom feed of new and updated tools per language, read by a real feed parser."""

import feedparser
import pytest

from programme.pages import ToolPage

pytestmark = pytest.mark.django_db


TOOL_INDEX = {"nb": "/nb/verktoy/", "da": "/da/vaerktoejer/"}


def feed(client, language):
    response = client.get(f"{TOOL_INDEX[language]}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def test_feed_lists_the_languages_tools_newest_first(client):
    nb = feed(client, "nb")
    tools = ToolPage.objects.live().filter(locale__language_code="nb")
    assert {entry.title for entry in nb.entries} == {tool.title for tool in tools}
    assert nb.feed.title == "Samling: nye og oppdaterte verktøy"
    updated = [entry.updated_parsed for entry in nb.entries]
    assert updated == sorted(updated, reverse=True)
    da = feed(client, "da")
    assert {entry.title for entry in da.entries} == {
        tool.title for tool in ToolPage.objects.live().filter(locale__language_code="da")
    }


def test_an_updated_tool_comes_first_with_its_link(client):
    tool = ToolPage.objects.get(slug="styringskort", locale__language_code="nb")
    tool.description = "Ny versjon med nøkkeltall for 2027."
    tool.save_revision().publish()
    first = feed(client, "nb").entries[0]
    assert first.title == tool.title
    assert first.link == f"http://testserver{tool.url}"
    assert "nøkkeltall for 2027" in first.summary


def test_library_page_announces_its_feed(client):
    html = client.get("/nb/verktoy/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/nb/verktoy/feed/"' in html
