"""The lists cold pages read with hand-written statements (programme.listing) are the
lists the ORM's queries give (programme.relations, programme.localize): the same
pages, in the same order and language, for every module and programme of the demo, in
each language, with a private tool left out."""

import pytest

from django.utils import translation

from wagtail.models import PageViewRestriction

from programme import listing, localize, relations
from programme.links import ModuleTool, TaskTool
from programme.listing import Links
from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolPage,
)
from programme.snippets import AudienceRole, Theme

pytestmark = pytest.mark.django_db


def pks(objects):
    return [obj.pk for obj in objects]


@pytest.fixture
def a_private_tool():
    tool = ModuleTool.objects.filter(page__live=True).first().target
    PageViewRestriction.objects.create(page=tool, restriction_type=PageViewRestriction.LOGIN)
    return tool


@pytest.mark.parametrize("language", ["nb", "da", "nn"])
def test_module_lists_are_the_orms(language, a_private_tool):
    with translation.override(language):
        for module in ModulePage.objects.live():
            paths = listing.group_paths(module)[module.translation_key]
            tasks = listing.children_in_language(ReflectionTaskPage, paths)
            orm_tasks = relations.children_in_language(ReflectionTaskPage.objects.all(), module)
            assert pks(tasks) == pks(orm_tasks), module.url_path
            ids = [task.pk for task in tasks]
            tools = listing.linked_in_language(
                ToolPage, Links.of(module, "tool_links"), Links.of_pages(TaskTool, ids)
            )
            orm_tools = relations.linked_tools(
                module.tool_links.all(), TaskTool.objects.filter(page__in=ids)
            )
            assert pks(tools) == pks(orm_tools), module.url_path
            assert a_private_tool.pk not in pks(tools)
            goals = listing.linked_in_language(CompetenceGoalPage, Links.of(module, "goal_links"))
            orm_goals = localize.linked_in_language(
                CompetenceGoalPage.objects.all(), module.goal_links.all()
            )
            assert pks(goals) == pks(orm_goals), module.url_path


@pytest.mark.parametrize("language", ["nb", "da", "nn"])
def test_programme_lists_are_the_orms(language, a_private_tool):
    with translation.override(language):
        for programme in ProgrammePage.objects.live():
            paths = listing.group_paths(programme)[programme.translation_key]
            for model in (ModulePage, CompetenceGoalPage):
                ours = listing.children_in_language(model, paths)
                theirs = relations.children_in_language(model.objects.all(), programme)
                assert pks(ours) == pks(theirs), programme.url_path
            for limit in (1, 3, None):
                tools = listing.linked_in_language(
                    ToolPage, *[Links.below(m, programme) for m in (ModuleTool, TaskTool)],
                    limit=limit,
                )  # fmt: skip
                orm_rows = [
                    relations.below(m.objects.filter(page__live=True), programme, "page__path")
                    for m in (ModuleTool, TaskTool)
                ]
                assert pks(tools) == pks(relations.linked_tools(*orm_rows, limit=limit))
            for model, relation in ((Theme, "theme_links"), (AudienceRole, "audience_links")):
                ours = listing.linked_in_language(model, Links.of(programme, relation))
                theirs = localize.linked_in_language(
                    model.objects.all(), getattr(programme, relation).all()
                )
                assert pks(ours) == pks(theirs), (programme.url_path, relation)


def test_rows_saved_without_an_order_come_after_those_with_one():
    module = ModulePage.objects.filter(tool_links__isnull=False).distinct().first()
    rows = list(module.tool_links.all())
    assert len(rows) >= 2
    ModuleTool.objects.filter(pk=rows[0].pk).update(sort_order=None)
    tools = listing.linked_in_language(ToolPage, Links.of(module, "tool_links"))
    assert tools[-1].translation_key == rows[0].target.translation_key
