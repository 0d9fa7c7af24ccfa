"""Translatable taxonomies: who a programme, task or tool is for, and its themes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a slug that stays the same in every language (used in filter URLs)."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name readers see, e.g. in filters.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Short identifier used in web addresses; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class AudienceRole(Taxonomy):
    """A role in the municipality: politician, chief executive, principal, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("audience role")
        verbose_name_plural = _("audience roles")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(Taxonomy):
    """A perspective or theme of a programme, e.g. "Hvor er vi?" or KL's five themes."""

    question = models.CharField(
        _("guiding question"),
        max_length=200,
        blank=True,
        help_text=_('The question the theme asks, e.g. "Where are we?"'),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("A sentence or two on what the theme covers.")
    )

    panels = [*Taxonomy.panels, FieldPanel("question"), FieldPanel("description")]
    search_fields = [*Taxonomy.search_fields, index.SearchField("question")]
    translatable_fields = [
        *Taxonomy.translatable_fields,
        TranslatableField("question"),
        TranslatableField("description"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
