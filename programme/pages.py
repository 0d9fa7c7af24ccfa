"""Page types of a programme: programme, module, competence goal, reflection task, tools."""

from modelcluster.fields import ParentalKey
from rest_framework.fields import ReadOnlyField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from base.addresses import route
from base.rich_text import RICH_TEXT_FEATURES
from base.search_index import OwnContentIndexMixin
from base.translated_slugs import SlugFromTitle
from security.visibility import ViewRestrictionsMixin

from . import page_readers
from .blocks import BodyBlock, ContactBlock, EvaluationBlock, QuestionsBlock
from .file_formats import file_format


class ProgrammePage(SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, Page):
    admin_default_ordering = "ord"  # the explorer lists children in their sequence
    ORGANISATIONS = [("ks", "KS"), ("kl", "KL")]
    # The owners' names as they write them, and their marks (static/brand/owners/).
    OWNER_NAMES = {
        "ks": "KS – Kommunesektorens organisasjon",
        "kl": "KL – Kommunernes Landsforening",
    }

    short_name = models.CharField(
        _("short name"), max_length=60, help_text=_('Used in lists, e.g. "ABSOLUTT".')
    )
    full_name = models.CharField(
        _("full name"), max_length=250, blank=True, help_text=_("The programme's whole name.")
    )
    organisation = models.CharField(
        _("owning organisation"),
        max_length=10,
        choices=ORGANISATIONS,
        help_text=_("The association that owns and runs the programme."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in lists and search results.")
    )
    format = RichTextField(
        _("format"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("How the sessions and the work between them run."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The programme's full description."),
    )
    contacts = StreamField(
        [("contact", ContactBlock())],
        verbose_name=_("contact persons"),
        blank=True,
        help_text=_("People participants can ask about the programme."),
    )
    # The programme's own words, where it has them: KL's cohorts are "klynger" of
    # municipal groups, ABSOLUTT's "kull" of "lag". Shown as labels (above a cohort's
    # title, before a team's name, in the admin); sentences use the language's word.
    cohort_name = models.CharField(
        _("what the programme calls a cohort"),
        max_length=40,
        blank=True,
        help_text=_('In lower case, e.g. "klynge". Empty: the language\'s own word.'),
    )
    team_name = models.CharField(
        _("what the programme calls a team"),
        max_length=40,
        blank=True,
        help_text=_('In lower case, e.g. "kommunegruppe". Empty: the language\'s own word.'),
    )
    team_min_members = models.PositiveSmallIntegerField(
        _("fewest members per team"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("How many people a municipality must send at least. Empty: no rule."),
    )
    team_max_members = models.PositiveSmallIntegerField(
        _("most members per team"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("How many people a municipality may send at most. Empty: no rule."),
    )

    evaluation = StreamField(
        EvaluationBlock(),
        verbose_name=_("session evaluation"),
        blank=True,
        help_text=_(
            "The questions participants answer after each session of this programme's"
            " cohorts. Translate them with the page; answers count across languages."
        ),
    )

    @property
    def owner_name(self):
        return self.OWNER_NAMES.get(self.organisation, self.get_organisation_display())

    @property
    def owner_mark(self):
        """The owner's mark, a static file's path (None for an owner without one)."""
        return (
            f"brand/owners/{self.organisation}.svg"
            if self.organisation in self.OWNER_NAMES
            else None
        )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("short_name"), FieldPanel("full_name"), FieldPanel("organisation")],
            heading=_("Name and owner"),
        ),
        FieldPanel("summary"),
        InlinePanel("audience_links", label=_("Target audience")),
        InlinePanel("theme_links", label=_("Perspectives and themes")),
        FieldPanel("format"),
        FieldPanel("body"),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [
                FieldPanel("cohort_name"),
                FieldPanel("team_name"),
                FieldPanel("team_min_members"),
                FieldPanel("team_max_members"),
                InlinePanel("team_role_links", label=_("Required roles")),
            ],
            heading=_("Team rules"),
            help_text=_("What every municipal team in this programme's cohorts must be."),
        ),
        FieldPanel("evaluation"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("full_name"),
        index.SearchField("format"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("short_name"),
        APIField("full_name"),
        APIField("organisation"),
        APIField("summary"),
        APIField("format"),
        APIField("body"),
    ]

    def clean(self):
        super().clean()
        low, high = self.team_min_members, self.team_max_members
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {"team_max_members": _("Must be at least the fewest members per team.")}
            )

    # never shown in lists (programme.localize.lean)
    unlisted_fields = ["body", "contacts", "evaluation"]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "programme.ModulePage",
        "programme.CompetenceGoalPage",
        "programme.CohortPage",
        "programme.SharedResultPage",
    ]
    template = "programme/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }


class ModulePage(
    SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, RoutablePageMixin, Page
):
    admin_default_ordering = "ord"  # the explorer lists children in their sequence
    perspective = models.ForeignKey(
        "programme.Theme",
        verbose_name=_("perspective or theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The programme perspective or theme this session works on."),
    )
    duration = models.CharField(
        _("duration"), max_length=80, blank=True, help_text=_('e.g. "Full day, 09:00–15:30"')
    )
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("What the session is about, in brief.")
    )
    # Required on publish and submit; Wagtail lets drafts be saved without it.
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        help_text=_("The session's content: text, agenda, quotes, media."),
    )
    bring = models.TextField(
        _("what to bring"),
        blank=True,
        help_text=_("What participants bring to the session; sent with the reminders."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("perspective"),
        FieldPanel("duration"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("bring"),
        InlinePanel("goal_links", label=_("Competence goals this module serves")),
        InlinePanel("tool_links", label=_("Tools used in the session")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    # Goals, tasks and tools as the page shows them, with download URLs for tool files.
    api_fields = [
        APIField("introduction"),
        APIField("duration"),
        APIField("body"),
        APIField("goals", serializer=ReadOnlyField(source="api_relations.goals")),
        APIField("tasks", serializer=ReadOnlyField(source="api_relations.tasks")),
        APIField("tools", serializer=ReadOnlyField(source="api_relations.tools")),
    ]
    override_translatable_fields = [
        *SlugFromTitle.override_translatable_fields,
        SynchronizedField("perspective"),
    ]

    unlisted_fields = ["body"]  # never shown in lists (programme.localize.lean)
    parent_page_types = ["programme.ProgrammePage"]
    subpage_types = ["programme.ReflectionTaskPage"]
    template = "programme/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }

    @cached_property
    def api_relations(self):
        return page_readers.api_fields(self)

    @path(route("{tool_bundle}/"), name="bundle")
    def tool_bundle(self, request):
        """All the session's tool files as one zip, in the visitor's language."""
        return page_readers.subpage(self, request)


class CompetenceGoalPage(SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, Page):
    statement = models.CharField(
        _("statement"),
        max_length=300,
        help_text=_("The goal in one sentence: what participants can do afterwards."),
    )
    explanation = RichTextField(
        _("explanation"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Why the goal matters and what it covers."),
    )

    content_panels = [*Page.content_panels, FieldPanel("statement"), FieldPanel("explanation")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("statement"),
        index.SearchField("explanation"),
    ]
    api_fields = [APIField("statement"), APIField("explanation")]

    unlisted_fields = ["explanation"]  # never shown in lists (programme.localize.lean)
    parent_page_types = ["programme.ProgrammePage"]
    subpage_types = []
    template = "programme/competence_goal_page.html"

    class Meta:
        verbose_name = _("competence goal")
        verbose_name_plural = _("competence goals")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }


class ReflectionTaskPage(SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, Page):
    BEFORE, AT, BETWEEN = "before", "at", "between"
    TIMINGS = [
        (BEFORE, _("Before the session")),
        (AT, _("At the session")),
        (BETWEEN, _("Between sessions")),
    ]
    WORKING_FORMS = [
        ("individual", _("Individually")),
        ("own_group", _("In the own municipality group")),
        ("across", _("Across municipalities")),
        ("reference_group", _("In the reference group")),
    ]

    timing = models.CharField(
        _("when"),
        max_length=10,
        choices=TIMINGS,
        default=BETWEEN,
        help_text=_("When participants do the task."),
    )
    working_form = models.CharField(
        _("working form"),
        max_length=20,
        choices=WORKING_FORMS,
        default="own_group",
        help_text=_("Who works together."),
    )
    minutes = models.PositiveSmallIntegerField(
        _("time estimate (minutes)"),
        null=True,
        blank=True,
        help_text=_("About how long the task takes."),
    )
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("What the task is and why.")
    )
    questions = StreamField(
        QuestionsBlock(),
        verbose_name=_("questions"),
        blank=True,
        help_text=_("The questions to reflect on, one per block."),
    )
    expected_outcome = models.TextField(
        _("expected outcome"),
        blank=True,
        help_text=_("What participants should have when the task is done."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("timing"), FieldPanel("working_form"), FieldPanel("minutes")],
            heading=_("When, who and how long"),
        ),
        InlinePanel("audience_links", label=_("Who does the task")),
        FieldPanel("introduction"),
        FieldPanel("questions"),
        FieldPanel("expected_outcome"),
        InlinePanel("tool_links", label=_("Tools needed")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("questions"),
    ]
    api_fields = [
        APIField("timing"),
        APIField("working_form"),
        APIField("minutes"),
        APIField("introduction"),
        APIField("questions"),
        APIField("expected_outcome"),
    ]

    unlisted_fields = ["expected_outcome"]  # never shown in lists (programme.localize.lean)
    parent_page_types = ["programme.ModulePage"]
    subpage_types = []
    template = "programme/reflection_task_page.html"

    class Meta:
        verbose_name = _("reflection task")
        verbose_name_plural = _("reflection tasks")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }


class ToolIndexPage(SlugFromTitle, ViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of tools.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programme.ToolPage"]
    max_count_per_parent = 1
    template = "programme/tool_index_page.html"

    class Meta:
        verbose_name = _("tool library")
        verbose_name_plural = _("tool libraries")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }

    @path("feed/", name="feed")
    def feed(self, request):
        """Atom feed of this library's new and updated tools."""
        return page_readers.subpage(self, request)


class ToolPage(SlugFromTitle, ViewRestrictionsMixin, OwnContentIndexMixin, Page):
    description = models.TextField(
        _("description"), help_text=_("What the tool is, shown in the tool library.")
    )
    how_to_use = RichTextField(
        _("how to use it"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Step by step: how and when to use the tool."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        InlinePanel("files", label=_("Files"), min_num=1),
        FieldPanel("how_to_use"),
        InlinePanel("audience_links", label=_("Audience roles")),
        InlinePanel("theme_links", label=_("Themes")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("how_to_use"),
        index.RelatedFields(
            "files", [index.RelatedFields("document", [index.SearchField("title")])]
        ),
    ]
    api_fields = [
        APIField("description"),
        APIField("how_to_use"),
        APIField("files", serializer=ReadOnlyField(source="api_files")),
    ]

    unlisted_fields = ["how_to_use"]  # never shown in lists (programme.localize.lean)
    parent_page_types = ["programme.ToolIndexPage"]
    subpage_types = []
    template = "programme/tool_page.html"

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_readers.context(self, request),
        }

    @property
    def api_files(self):
        return page_readers.api_fields(self)


class ToolFile(Orderable):
    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="files")
    # SET_NULL: deleting a document in the admin leaves the row, and the page skips it.
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        on_delete=models.SET_NULL,
        help_text=_("The file; its format is read from the file name."),
        related_name="+",
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the file is written in."),
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return f"{self.document} ({self.language})"

    @property
    def format(self):
        return file_format(self.document.file.name) if self.document else ""
