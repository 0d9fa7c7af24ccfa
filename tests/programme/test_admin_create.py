"""Every page type is created through the editor's admin form, not only the ORM."""

from django.contrib.auth import get_user_model

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
)
from programme.shared_results import SharedResultPage
from programme.snippets import AudienceRole, Theme
from tests.factories import (
    CompetenceGoalPageFactory,
    DocumentFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)


class CreateThroughAdminTest(WagtailPageTestCase):
    def setUp(self):
        user = get_user_model().objects.create_superuser("admin-test", "a@example.org", "pw")
        self.client.force_login(user)
        self.home = HomePage.objects.get(locale__language_code="nb")
        self.role = AudienceRole.objects.get(slug="rektor", locale__language_code="nb")
        self.theme = Theme.objects.get(slug="hvor-er-vi", locale__language_code="nb")

    def test_editor_creates_a_programme(self):
        data = nested_form_data(
            {
                "title": "Nytt program",
                "slug": "nytt-program",
                "short_name": "Nytt",
                "full_name": "Et nytt program",
                "organisation": "ks",
                "summary": "Kort om programmet.",
                "format": rich_text("<p>Fire samlinger.</p>"),
                "body": streamfield([("text", rich_text("<p>Brødtekst.</p>"))]),
                "contacts": streamfield(
                    [
                        (
                            "contact",
                            {
                                "name": "Kari",
                                "role": "Leder",
                                "email": "kari@example.org",
                                "phone": "",
                            },
                        )
                    ]
                ),
                "audience_links": inline_formset([{"target": self.role.pk}]),
                "theme_links": inline_formset([{"target": self.theme.pk}]),
                "team_min_members": "3",
                "team_max_members": "8",
                "team_role_links": inline_formset([{"target": self.role.pk}]),
                "evaluation": streamfield(
                    [
                        ("scale", {"question": "Nyttig?", "low": "Lite", "high": "Svært"}),
                        ("text", {"question": "Hva tar du med deg?"}),
                    ]
                ),
            }
        )
        self.assertCanCreate(self.home, ProgrammePage, data)
        page = ProgrammePage.objects.get(slug="nytt-program", locale__language_code="nb")
        assert page.audience_links.get().target == self.role
        assert [b.block_type for b in page.evaluation] == ["scale", "text"]
        assert (page.team_min_members, page.team_max_members) == (3, 8)
        assert page.team_role_links.get().target == self.role
        # Locale sync puts an untranslated copy (an alias) into the Danish tree.
        alias = ProgrammePage.objects.get(slug="nytt-program", locale__language_code="da")
        assert alias.alias_of_id == page.pk

    def test_editor_creates_a_module_with_goals_and_tools(self):
        programme = ProgrammePageFactory(parent=self.home)
        goal = CompetenceGoalPageFactory(parent=programme)
        tool = ToolPageFactory(parent=ToolIndexPageFactory(parent=self.home, slug="v2"))
        agenda = {
            "heading": "Dagen",
            "items": streamfield(
                [("item", {"time": "09.00", "activity": "Velkommen", "description": ""})]
            ),
        }
        data = nested_form_data(
            {
                "title": "Modul 1",
                "slug": "modul-1",
                "perspective": self.theme.pk,
                "duration": "Heldag",
                "introduction": "Om samlingen.",
                "bring": "PC og egne data.",
                "body": streamfield(
                    [
                        ("text", rich_text("<p>Innhold.</p>")),
                        ("callout", {"heading": "Husk", "text": rich_text("<p>Ta med data.</p>")}),
                        ("quote", {"quote": "Sitat.", "attribution": "Noen"}),
                        ("agenda", agenda),
                    ]
                ),
                "goal_links": inline_formset([{"target": goal.pk}]),
                "tool_links": inline_formset([{"target": tool.pk}]),
            }
        )
        self.assertCanCreate(programme, ModulePage, data)

    def test_editor_creates_a_competence_goal(self):
        programme = ProgrammePageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Mål",
                "slug": "maal",
                "statement": "Kan mer.",
                "explanation": rich_text("<p>Fordi.</p>"),
            }
        )
        self.assertCanCreate(programme, CompetenceGoalPage, data)

    def test_editor_creates_a_shared_result(self):
        programme = ProgrammePageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Eie overgangen sammen",
                "slug": "eie-overgangen",
                "kind": "insight",
                "summary": "Kort.",
                "body": rich_text("<p>Innsikten.</p>"),
                "origin": "Hamar kommune",
            }
        )
        self.assertCanCreate(programme, SharedResultPage, data)

    def test_editor_creates_a_reflection_task(self):
        module = ModulePageFactory(parent=ProgrammePageFactory(parent=self.home))
        data = nested_form_data(
            {
                "title": "Oppgave",
                "slug": "oppgave",
                "timing": "before",
                "working_form": "individual",
                "minutes": "45",
                "introduction": "Gjør dette.",
                "questions": streamfield([("question", "Hva ser du?")]),
                "expected_outcome": "Notater.",
                "audience_links": inline_formset([{"target": self.role.pk}]),
                "tool_links": inline_formset([]),
            }
        )
        self.assertCanCreate(module, ReflectionTaskPage, data)

    def test_editor_creates_the_tool_library_and_a_tool_with_a_file(self):
        index_data = nested_form_data({"title": "Maler", "slug": "maler", "intro": "Alle maler."})
        # The demo already has a library; one more is allowed under the Danish home page.
        da_home = HomePage.objects.get(locale__language_code="da")
        ToolIndexPage.objects.child_of(da_home).delete()
        self.assertCanCreate(da_home, ToolIndexPage, index_data)
        index = ToolIndexPage.objects.child_of(da_home).get()
        data = nested_form_data(
            {
                "title": "Mal",
                "slug": "mal",
                "description": "En mal.",
                "how_to_use": rich_text("<p>Fyll ut.</p>"),
                "files": inline_formset([{"document": DocumentFactory().pk, "language": "da"}]),
                "audience_links": inline_formset([]),
                "theme_links": inline_formset([]),
            }
        )
        self.assertCanCreate(index, ToolPage, data)

    def test_a_tool_without_a_file_is_refused(self):
        index = ToolIndexPage.objects.get(locale__language_code="nb")
        data = nested_form_data(
            {
                "title": "Uten fil",
                "slug": "uten-fil",
                "description": "Mangler fil.",
                "how_to_use": rich_text(""),
                "files": inline_formset([]),
                "audience_links": inline_formset([]),
                "theme_links": inline_formset([]),
            }
        )
        with self.assertRaises(AssertionError):
            self.assertCanCreate(index, ToolPage, data)
        assert not ToolPage.objects.filter(slug="uten-fil").exists()
