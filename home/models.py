from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from base.sql_rows import keys_param, whole_pages
from base.translated_slugs import SlugFromTitle
from pagecache.routing import route_from
from security.visibility import ViewRestrictionsMixin

from .brand import BrandSettings  # noqa: F401 (a model of this app)


class HomePage(SlugFromTitle, ViewRestrictionsMixin, Page):
    """The root of one language's site: one per locale, translations of each other."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("A sentence or two under the heading that says what the site offers."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Welcome text shown below the introduction."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["programme.ProgrammePage", "programme.ToolIndexPage", "home.InformationPage"]

    @classmethod
    def can_create_at(cls, parent):
        """One home page per content language under the tree root: a language added
        to the settings gets its tree (wagtail-localize's "copy parent pages" or by hand)."""
        homes = parent.get_children().type(cls).count()
        return super().can_create_at(parent) and homes < len(settings.WAGTAIL_CONTENT_LANGUAGES)

    @property
    def localized(self):
        """The live home page in the active language, as Wagtail's, which routing asks
        for on every request: here read once per cache generation."""
        from pagecache.generation_cache import per_generation

        homes = per_generation("homes", self.live_versions, self.translation_key)
        return homes.get(get_language(), self)

    def live_versions(self):
        """{language code: this home page or its translation, when live}."""
        versions = whole_pages(
            HomePage,
            "wagtailcore_page.live = %s AND wagtailcore_page.translation_key = %s",
            [True, *keys_param([self.translation_key])],
            with_locale=True,
        )
        return {home.locale.language_code: home for home in versions}

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_from(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from programme.pages import ProgrammePage
        from programme.relations import children_in_language

        programmes = children_in_language(ProgrammePage.objects.all(), self)
        return {**super().get_context(request, *args, **kwargs), "programmes": programmes}

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class InformationPage(SlugFromTitle, ViewRestrictionsMixin, Page):
    """About the site itself, such as the accessibility statement the law asks public
    bodies for: linked from every page's footer (unless shown in the main menu)."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("A sentence or two under the heading that says what the page is about."),
    )
    body = RichTextField(
        _("body"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("The page's text. Use headings for its parts."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
