"""What leaders and participants see on programme, module, goal, task and tool pages."""

import re

import pytest

from django.utils import translation

from wagtail.models import Page

from demo.translate import translate
from programme.pages import ModulePage, ProgrammePage, ToolPage
from programme.relations import module_sequence
from tests.factories import ModulePageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_demo_page_renders_in_its_language(client, admin_client):
    pages = Page.objects.filter(depth__gt=1, live=True).select_related("locale")
    assert pages.count() > 60
    private = set(pages.not_public().values_list("pk", flat=True))
    assert len(private) == 5  # the demo cohorts (nb, da, nn), for their participants only
    for page in pages:
        visitor = admin_client if page.pk in private else client
        assert f'<html lang="{page.locale.language_code}" ' in html(visitor, page.url)
        if page.pk in private:
            assert client.get(page.url).status_code == 302


def test_module_shows_position_tasks_by_time_goals_tools_and_neighbours(client):
    page = html(client, "/nb/absolutt/hvor-vil-vi/")
    assert "Samling 2 av 4" in page
    before, between = page.index("Før samlingen"), page.index("Mellom samlingene")
    assert before < page.index("Snakk med barn og foreldre") < between
    assert between < page.index("Utkast til eierstrategi")
    assert "Handlingskapasitet gjennom styringsdokumenter" in page
    # The module's own tool and its task's tool are the same tool: listed once.
    assert page.count('href="/nb/verktoy/eierstrategi/"') == 1
    assert "DOCX" in page and "KB" in page
    assert 'rel="prev" href="/nb/absolutt/hvor-er-vi/"' in page
    assert 'rel="next" href="/nb/absolutt/hvordan-kommer-vi-dit/"' in page


def test_danish_module_links_danish_translations_and_marks_norwegian_ones(client):
    page = html(client, "/da/absolutt/hvor-vil-vi-hen-fremtidsbilleder/")
    assert "Møde 2 af 4" in page
    assert 'href="/da/absolutt/handlekraft-gennem-styringsdokumenter/"' in page
    # The next module is not translated: the link goes to the Norwegian page and says so.
    assert 'rel="next" href="/nb/absolutt/hvordan-kommer-vi-dit/"' in page
    assert '<span class="lang-badge" lang="nb">(på norsk)</span>' in page


def test_goal_lists_the_modules_that_serve_it_in_both_languages(client):
    nb = html(client, "/nb/absolutt/politisk-ansvar/")
    assert 'href="/nb/absolutt/hvor-er-vi/"' in nb
    assert 'href="/nb/absolutt/hvem-gjor-hva/"' in nb
    da = html(client, "/da/absolutt/politisk-ansvar-og-kompetence/")
    assert 'href="/da/absolutt/hvor-er-vi-vidensgrundlaget/"' in da
    assert 'href="/nb/absolutt/hvem-gjor-hva/"' in da


def test_tool_lists_programmes_modules_and_tasks_that_use_it(client):
    page = html(client, "/nb/verktoy/arshjul/")
    assert 'href="/nb/absolutt/"' in page
    assert 'href="/nb/led-skole/"' in page
    assert 'href="/nb/absolutt/hvordan-kommer-vi-dit/"' in page
    assert 'href="/nb/absolutt/hvordan-kommer-vi-dit/lag-arshjul/"' in page
    assert (
        'href="/nb/forpliktende-samarbeid-om-lederutvikling/mote-1-faglig-ledelse-i-en-politisk-styrt-organisasjon/kartlegg-malkjeden/"'
        in page
    )


def test_tool_shows_the_visitors_language_file_first(client):
    da = html(client, "/da/vaerktoejer/aarshjul-for-kvalitetsarbejdet/")
    assert da.index("arshjul-da") < da.index("arshjul-nb")
    nb = html(client, "/nb/verktoy/arshjul/")
    assert nb.index("arshjul-nb") < nb.index("arshjul-da")


def test_programme_lists_modules_in_order_goals_audience_and_tools(client):
    page = html(client, "/nb/absolutt/")
    modules = page[page.index('id="modules-heading"') :]
    titles = ["Hvor er vi?", "Hvor vil vi?", "Hvordan kommer vi dit?", "Hvem gjør hva?"]
    positions = [modules.index(f">{t}") for t in titles]
    assert positions == sorted(positions)
    assert "Kunnskapsgrunnlag og kvalitet" in page  # a module's perspective
    assert "Hovedtillitsvalgt" in page
    assert "Rollene i et helhetlig oppvekstmiljø" in page
    assert 'href="/nb/verktoy/lederavtale/"' in page


def test_danish_programme_in_the_norwegian_tree_is_a_translation(client):
    page = html(client, "/nb/forpliktende-samarbeid-om-lederutvikling/")
    assert "Forpliktende samarbeid om lederutvikling" in page
    assert re.search(r'href="/da/forpligtende-samarbejde/data-og-dialog/"', page)
    assert "(på dansk)" in page


def test_translated_modules_follow_the_source_order(home_nb, locale_da):
    programme = ProgrammePageFactory(parent=home_nb, slug="rekkefolge")
    modules = [ModulePageFactory(parent=programme, title=t, slug=t) for t in "abc"]
    for page in (programme, modules[2], modules[0], modules[1]):
        page.save_revision().publish()
    translate(programme, "da", [])
    for module in (modules[2], modules[0], modules[1]):  # translated out of order
        translate(module, "da", [])
    da_programme = programme.get_translation(locale_da)
    with translation.override("da"):
        titles = [m.title for m in module_sequence(da_programme)]
    assert titles == ["a", "b", "c"]
    assert ModulePage.objects.filter(locale__language_code="da", slug__in="abc").count() == 3


def test_tool_page_survives_a_deleted_document(client):
    tool = ToolPage.objects.get(slug="kvalitetsrapport")
    tool.files.get().document.delete()
    page = html(client, "/nb/verktoy/kvalitetsrapport/")
    assert "Det finnes ingen fil for dette verktøyet ennå." in page


def test_programme_pages_exist_in_the_demo():
    assert set(ProgrammePage.objects.values_list("slug", flat=True)) == {
        "absolutt",
        "led-skole",
        "forpligtende-samarbejde",
        "forpliktende-samarbeid-om-lederutvikling",  # its Norwegian translation
    }


def test_a_programme_with_many_tools_shows_the_first_and_links_the_library(client, home_nb):
    from programme import links
    from programme.pages import ToolIndexPage
    from tests.factories import ToolPageFactory, add_file

    library = ToolIndexPage.objects.child_of(home_nb).get()
    programme = ProgrammePageFactory(parent=home_nb, slug="mange-verktoy")
    module = ModulePageFactory(parent=programme)
    tools = [ToolPageFactory(parent=library, title=f"Mal nummer {n:02d}") for n in range(20)]
    for tool in tools:
        add_file(tool)
        links.ModuleTool.objects.create(page=module, target=tool)
    page = html(client, programme.url)
    shown = re.findall(r"Mal nummer (\d\d)", page)
    assert sorted(set(shown)) == [f"{n:02d}" for n in range(12)]  # the first twelve, in order
    assert f'href="{library.url}?programme=mange-verktoy"' in page
    listed = html(client, f"{library.url}?programme=mange-verktoy")
    assert len(set(re.findall(r"Mal nummer (\d\d)", listed))) >= 10  # the library's first page
