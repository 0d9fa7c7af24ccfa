"""The translation memory: each text a person translated or corrected, remembered
when the page it belongs to is published.

The same source text later is filled from here before the machine translates, and
texts like it are offered in the translation editor (`translation_memory.lookup`).
Only the text is kept, with the page it was published on: nothing about the person.
"""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


def normalised(text):
    return " ".join(text.split())


def key_of(text):
    return hashlib.sha256(normalised(text).encode()).hexdigest()


class RememberedTranslation(models.Model):
    source_language = models.CharField(max_length=8)
    target_language = models.CharField(max_length=8)
    source_key = models.CharField(max_length=64, editable=False)
    source_text = models.TextField(_("source text"))
    source_length = models.PositiveIntegerField(editable=False)
    target_text = models.TextField(_("translation"))
    page = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("remembered translation")
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language", "source_key"],
                name="one_memory_per_source_text",
            )
        ]
        indexes = [
            models.Index(
                fields=["source_language", "target_language", "source_length"],
                name="memory_by_length",
            )
        ]

    def __str__(self):
        return f"{self.source_text[:40]} → {self.target_text[:40]}"

    def save(self, *args, **kwargs):
        self.source_key = key_of(self.source_text)
        self.source_length = len(normalised(self.source_text))
        super().save(*args, **kwargs)


# The "tool" wagtail-localize records for a text filled from the memory (the same
# source text), and for one a translator took from a close match (still to be read).
TOOL_NAME = "memory"
CLOSE_MATCH = "memory-close"
