"""A cohort: one run of a programme for a group of municipalities, with dated sessions.
Its municipal teams and people are in the `cohorts` app, apart from the content."""

import uuid

from modelcluster.fields import ParentalKey

from django.db import models
from django.http import Http404, HttpResponse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from base.addresses import route
from base.translated_slugs import SlugFromTitle
from security.visibility import ViewRestrictionsMixin

from ..pages import ModulePage
from ..relations import below
from .calendar import calendar_for, local_zone
from .checklist import ticked_keys
from .context import cohort_context, shown_sessions


class CohortPageForm(WagtailAdminPageForm):
    """Checks the sessions together: dates in order, modules of this programme, no repeats."""

    def clean(self):
        cleaned = super().clean()
        programme = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        allowed = programme_module_keys(programme)
        seen = set()
        for form in self.formsets["sessions"].forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            check_session(form, allowed, seen)
        return cleaned


def programme_module_keys(programme):
    """Translation keys of the modules under the programme or any of its translations."""
    modules = below(ModulePage.objects.filter(depth=programme.depth + 1), programme)
    return set(modules.values_list("translation_key", flat=True))


def check_session(form, allowed, seen):
    data = form.cleaned_data
    start, end, module = data.get("start"), data.get("end"), data.get("module")
    if start and end and end <= start:
        form.add_error("end", _("The session must end after it starts."))
    if module is None:
        return
    if module.translation_key not in allowed:
        form.add_error("module", _("Choose a module of this programme."))
    elif module.translation_key in seen:
        form.add_error("module", _("This module is already scheduled in this cohort."))
    seen.add(module.translation_key)


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A document for the participants only, with a title.")


class CohortPage(SlugFromTitle, ViewRestrictionsMixin, RoutablePageMixin, Page):
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_('e.g. "Innlandet" or "Region Midt"')
    )
    facilitators = models.TextField(
        _("facilitators"), blank=True, help_text=_("One person per line, with organisation.")
    )

    materials = StreamField(
        [("document", MaterialBlock())],
        verbose_name=_("participant material"),
        blank=True,
        help_text=_(
            "Documents for this cohort only, such as participant lists and minutes. Keep them"
            " in a collection that is restricted to the cohort's group."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("region"), FieldPanel("facilitators")],
            heading=_("Who takes part"),
        ),
        InlinePanel("sessions", label=_("Sessions"), heading=_("Sessions")),
        FieldPanel("materials"),
    ]
    base_form_class = CohortPageForm
    parent_page_types = ["programme.ProgrammePage"]
    subpage_types = []
    template = "programme/cohort_page.html"

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    @cached_property
    def programme(self):
        """Its programme page, in one query (the parent is always a programme)."""
        from ..pages import ProgrammePage

        return ProgrammePage.objects.parent_of(self).first() or self.get_parent().specific

    @cached_property
    def own_words(self):
        """The programme's own words as labels ("Klynge", "Kommunegruppe"): for a cohort
        the language's word where it has none, for a team None (the sentence says it)."""
        programme = self.programme
        return {
            "cohort": capfirst(programme.cohort_name) or _("Cohort"),
            "team": capfirst(programme.team_name) or None,
        }

    def facilitator_list(self):
        return [line.strip() for line in self.facilitators.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = cohort_context(self)
        context["period_tasks"] = context["tasks_since"] + context["tasks_before"]
        context["ticked"] = ticked_keys(request.user, context["period_tasks"])
        context["period_done"] = len(context["ticked"])
        return {**super().get_context(request, *args, **kwargs), **context}

    def session_calendar_path(self, uid):
        """The address of one session's calendar file (as linked from emails)."""
        return self.url + self.reverse_subpage("session_calendar", args=[uid])

    @path("kalender/", name="calendar")
    def calendar_feed(self, request):
        """The cohort's sessions as a calendar to subscribe to."""
        sessions = sorted(shown_sessions(self), key=lambda s: s.start)
        return calendar_response(
            calendar_for(self, sessions, request, local_zone()), f"{self.slug}.ics"
        )

    @path(route("{session}/<uuid:uid>/kalender/"), name="session_calendar")
    def session_file(self, request, uid):
        """One session as a calendar file ("add to calendar")."""
        sessions = [s for s in shown_sessions(self) if s.uid == uid]
        if not sessions:
            raise Http404
        name = f"{self.slug}-{sessions[0].start:%Y-%m-%d}.ics"
        return calendar_response(calendar_for(self, sessions, request, local_zone()), name)


def calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class CohortSession(Orderable):
    page = ParentalKey(CohortPage, on_delete=models.CASCADE, related_name="sessions")
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    module = models.ForeignKey(
        "programme.ModulePage",
        verbose_name=_("module"),
        null=True,  # a deleted module leaves the session, shown without its module
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The module this session works on."),
    )
    start = models.DateTimeField(
        _("starts"), help_text=_("Date and local time the session starts.")
    )
    end = models.DateTimeField(_("ends"), help_text=_("Date and local time the session ends."))
    venue = models.CharField(_("venue"), max_length=200, help_text=_("e.g. Scandic Hamar"))
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Street address, shown with the venue and in calendars."),
    )

    panels = [
        FieldPanel("module"),
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("venue"),
        FieldPanel("address"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.module or '–'} {self.start:%Y-%m-%d}"
