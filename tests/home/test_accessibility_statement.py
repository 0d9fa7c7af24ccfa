"""The accessibility statement public bodies must publish: in both languages, linked
from every page's footer, the two versions linked to each other."""

import re

import pytest

pytestmark = pytest.mark.django_db

PRIVACY = {"nb": "Personvernerklæring", "da": "Privatlivspolitik"}
STATEMENTS = {"nb": "Tilgjengelighetserklæring", "da": "Tilgængelighedserklæring"}
PAGES = {
    "nb": ["/absolutt/", "/absolutt/hvor-er-vi/", "/verktoy/", "/tilgjengelighet/"],
    "da": [
        "/absolutt/",
        "/absolutt/hvor-er-vi-vidensgrundlaget/",
        "/vaerktoejer/",
        "/tilgaengelighedserklaering/",
    ],
}


def footer(html):
    return html.split('<footer class="site-footer">')[1]


@pytest.mark.parametrize("language", STATEMENTS)
def test_every_page_links_the_statement_in_its_language_from_the_footer(client, language):
    for path in ["/", *PAGES[language], "/finnes-ikke/"]:
        html = client.get(f"/{language}{path}").content.decode()
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer(html))
        titles = {title: href for href, title in links}
        assert set(titles) == {STATEMENTS[language], PRIVACY[language]}  # and nothing else
        href = titles[STATEMENTS[language]]
        statement = client.get(href)
        assert statement.status_code == 200
        text = statement.content.decode()
        assert f"<h1>{STATEMENTS[language]}</h1>" in text
        assert "WCAG 2.1" in text
        other = "da" if language == "nb" else "nb"
        assert f'<link rel="alternate" hreflang="{other}"' in text  # its translation
