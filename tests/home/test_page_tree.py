"""Editors can create each page type only where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, InformationPage
from programme.cohort_page.page import CohortPage
from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
)
from programme.shared_results import SharedResultPage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_holds_programmes_the_tool_library_and_information_pages(self):
        self.assertAllowedSubpageTypes(HomePage, {ProgrammePage, ToolIndexPage, InformationPage})
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_programme_holds_modules_and_goals(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage})
        self.assertAllowedSubpageTypes(
            ProgrammePage, {ModulePage, CompetenceGoalPage, CohortPage, SharedResultPage}
        )

    def test_cohort_belongs_to_a_programme(self):
        self.assertAllowedParentPageTypes(CohortPage, {ProgrammePage})
        self.assertAllowedSubpageTypes(CohortPage, set())

    def test_module_holds_reflection_tasks(self):
        self.assertAllowedParentPageTypes(ModulePage, {ProgrammePage})
        self.assertAllowedSubpageTypes(ModulePage, {ReflectionTaskPage})

    def test_goals_and_tasks_are_leaves(self):
        self.assertAllowedParentPageTypes(CompetenceGoalPage, {ProgrammePage})
        self.assertAllowedParentPageTypes(ReflectionTaskPage, {ModulePage})
        self.assertAllowedSubpageTypes(CompetenceGoalPage, set())
        self.assertAllowedSubpageTypes(ReflectionTaskPage, set())

    def test_tools_live_in_the_tool_library(self):
        self.assertAllowedParentPageTypes(ToolPage, {ToolIndexPage})
        self.assertAllowedSubpageTypes(ToolIndexPage, {ToolPage})
        self.assertCanNotCreateAt(ProgrammePage, ToolPage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
