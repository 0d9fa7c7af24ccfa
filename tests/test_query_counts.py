"""Pages render in a fixed number of queries, however much content they list."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from programme import links
from programme.pages import ToolIndexPage
from tests.factories import (
    AudienceRoleFactory,
    CompetenceGoalPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    ReflectionTaskPageFactory,
    ThemeFactory,
    ToolPageFactory,
    add_file,
)

pytestmark = pytest.mark.django_db

# Exact budgets: a change that adds a query per item, or a new fixed query, fails here.
EXPECTED = {"programme": 25, "module": 27, "library": 28}


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, templates)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


class Content:
    """A programme whose first module and tool library grow between measurements."""

    def __init__(self, home):
        self.library = ToolIndexPage.objects.child_of(home).get()
        self.programme = ProgrammePageFactory(parent=home, slug="stor")
        self.role, self.theme = AudienceRoleFactory(), ThemeFactory()
        self.first_module = None
        self.modules = self.tools = 0

    def add(self, modules, tools, tasks_per_module, goals_per_module):
        new_tools = [self.tool() for _ in range(tools)]
        for index in range(modules):
            module = ModulePageFactory(parent=self.programme, perspective=self.theme)
            self.first_module = self.first_module or module
            self.link_module(
                self.first_module if index == 0 else module,
                new_tools,
                tasks_per_module,
                goals_per_module,
            )
        self.modules += modules
        self.tools += tools

    def tool(self):
        tool = ToolPageFactory(parent=self.library)
        add_file(tool)
        links.ToolAudience.objects.create(page=tool, target=self.role)
        links.ToolTheme.objects.create(page=tool, target=self.theme)
        return tool

    def link_module(self, module, tools, tasks, goals):
        for tool in tools[:2]:
            links.ModuleTool.objects.create(page=module, target=tool)
        for _ in range(goals):
            goal = CompetenceGoalPageFactory(parent=self.programme)
            links.ModuleGoal.objects.create(page=module, target=goal)
        for index in range(tasks):
            task = ReflectionTaskPageFactory(parent=module, timing=["before", "between"][index % 2])
            links.TaskTool.objects.create(page=task, target=tools[index % len(tools)])
            links.TaskAudience.objects.create(page=task, target=self.role)

    def urls(self):
        return {
            "programme": self.programme.url,
            "module": self.first_module.url,
            "library": self.library.url + f"?role={self.role.slug}&format=PDF",
        }


def test_query_counts_do_not_grow_with_content(client, home_nb):
    content = Content(home_nb)
    content.add(modules=3, tools=10, tasks_per_module=3, goals_per_module=2)
    small = {name: count_queries(client, url) for name, url in content.urls().items()}
    content.add(modules=27, tools=290, tasks_per_module=9, goals_per_module=4)
    assert content.modules == 30 and content.tools == 300
    large = {name: count_queries(client, url) for name, url in content.urls().items()}
    assert small == large
    assert large == EXPECTED
