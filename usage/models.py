"""Counts per day, never per person: no visitor, address, user agent or cookie is stored,
only how many times a document was downloaded, or a search made, on a day."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DownloadCount(models.Model):
    day = models.DateField(_("day"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The tool the document belongs to (its translation key, the same in every language),
    # so that a tool's downloads add up across its files and languages.
    tool_key = models.UUIDField(_("tool"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    format = models.CharField(_("format"), max_length=16, blank=True)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "document", "language", "format"], name="usage_download_per_day"
            )
        ]
        indexes = [models.Index(fields=["tool_key", "day"])]
        permissions = [("view_usage", _("Can see what is downloaded and searched"))]

    def __str__(self):
        return f"{self.day} {self.document_id} {self.language} {self.format}: {self.count}"


class SearchCount(models.Model):
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("search"), max_length=200)
    results = models.PositiveIntegerField(_("results"), default=0)  # the day's last count
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="usage_search_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.query}: {self.count}"
