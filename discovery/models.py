"""Synonyms for the site search, kept by editors per language in the admin (Snippets)."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

SEPARATORS = re.compile(r"[,\n;]")
MAX_WORD_LENGTH = 50


def words_of(text):
    """The group's words: lower case, in the order written, each once."""
    words = (" ".join(part.split()).casefold() for part in SEPARATORS.split(text or ""))
    return list(dict.fromkeys(word for word in words if word))


class SynonymGroup(models.Model):
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    words = models.TextField(
        _("words"),
        help_text=_(
            "Words a visitor may search for the same thing, separated by commas,"
            ' for example "mal, skabelon, template". A search for any of them finds'
            " pages with any of them, in their inflected forms."
        ),
    )

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["language", "words"]

    def __str__(self):
        return ", ".join(self.word_list())

    def word_list(self):
        return words_of(self.words)

    def clean(self):
        words = self.word_list()
        if len(words) < 2:
            raise ValidationError({"words": _("Write at least two words, separated by commas.")})
        too_long = [word for word in words if len(word) > MAX_WORD_LENGTH]
        if too_long:
            message = _("A word can have at most %(max)s characters.")
            raise ValidationError({"words": message % {"max": MAX_WORD_LENGTH}})
        self.words = ", ".join(words)
