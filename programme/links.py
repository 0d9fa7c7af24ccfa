"""Structured links between pages and taxonomies, kept as ordered inline rows.

wagtail-localize copies these rows unchanged into translations (synchronised data), so a
row always points at the source-language page or term; templates show the visitor's
language through `programme.localize`. Reverse links are queried from these rows.
"""

from modelcluster.fields import ParentalKey

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


def link_row(name, parent, target, related_name, verbose_name, help_text):
    """An ordered row linking `parent` (a page) to `target` (a page or snippet)."""
    meta = type("Meta", (Orderable.Meta,), {"verbose_name": verbose_name})
    attrs = {
        "__module__": __name__,
        "page": ParentalKey(parent, on_delete=models.CASCADE, related_name=related_name),
        "target": models.ForeignKey(
            target,
            on_delete=models.CASCADE,
            related_name="+",
            verbose_name=verbose_name,
            help_text=help_text,
        ),
        "panels": [FieldPanel("target")],
        "Meta": meta,
        "__str__": lambda self: str(self.target),
    }
    return type(name, (Orderable,), attrs)


ProgrammeAudience = link_row(
    "ProgrammeAudience",
    "programme.ProgrammePage",
    "programme.AudienceRole",
    "audience_links",
    _("audience role"),
    _("Who the programme is for."),
)
ProgrammeTheme = link_row(
    "ProgrammeTheme",
    "programme.ProgrammePage",
    "programme.Theme",
    "theme_links",
    _("theme"),
    _("A perspective the programme works with."),
)
ProgrammeTeamRole = link_row(
    "ProgrammeTeamRole",
    "programme.ProgrammePage",
    "programme.AudienceRole",
    "team_role_links",
    _("required role"),
    _("A role that every municipal team in the programme's cohorts must include."),
)
ModuleGoal = link_row(
    "ModuleGoal",
    "programme.ModulePage",
    "programme.CompetenceGoalPage",
    "goal_links",
    _("competence goal"),
    _("A goal of the programme that this session works towards."),
)
ModuleTool = link_row(
    "ModuleTool",
    "programme.ModulePage",
    "programme.ToolPage",
    "tool_links",
    _("tool"),
    _("A tool the participants use in or bring to the session."),
)
TaskAudience = link_row(
    "TaskAudience",
    "programme.ReflectionTaskPage",
    "programme.AudienceRole",
    "audience_links",
    _("audience role"),
    _("Who does this task."),
)
TaskTool = link_row(
    "TaskTool",
    "programme.ReflectionTaskPage",
    "programme.ToolPage",
    "tool_links",
    _("tool"),
    _("A tool the task needs."),
)
ToolAudience = link_row(
    "ToolAudience",
    "programme.ToolPage",
    "programme.AudienceRole",
    "audience_links",
    _("audience role"),
    _("Who the tool is made for."),
)
ToolTheme = link_row(
    "ToolTheme",
    "programme.ToolPage",
    "programme.Theme",
    "theme_links",
    _("theme"),
    _("A theme the tool supports."),
)
