"""A shared result: an insight, dilemma, model or idea a municipal team arrived at between
sessions, passed on to municipalities outside the cohort. A facilitator proposes one from
a team's shared answer, with the team's consent (the `teamwork` app); it is then a draft
like any other page and is published through review."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from base.rich_text import RICH_TEXT_FEATURES
from base.search_index import OwnContentIndexMixin
from base.translated_slugs import SlugFromTitle
from security.visibility import ViewRestrictionsMixin


class SharedResultPage(SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, Page):
    KINDS = [
        ("insight", _("Insight")),
        ("dilemma", _("Dilemma")),
        ("model", _("Model")),
        ("idea", _("New idea")),
    ]
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=KINDS,
        default="insight",
        help_text=_("What the team arrived at: an insight, a dilemma, a model or a new idea."),
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in lists.")
    )
    body = RichTextField(
        _("result"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The result in the team's words, naming no person."),
    )
    origin = models.CharField(
        _("from"),
        max_length=200,
        blank=True,
        help_text=_('Where it comes from, e.g. "Hamar kommune, ABSOLUTT Innlandet 2026".'),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("origin"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [APIField("kind"), APIField("summary"), APIField("body"), APIField("origin")]

    unlisted_fields = ["body"]  # never shown in lists (programme.localize.lean)
    parent_page_types = ["programme.ProgrammePage"]
    subpage_types = []
    template = "programme/shared_result_page.html"

    class Meta:
        verbose_name = _("shared result")
        verbose_name_plural = _("shared results")
