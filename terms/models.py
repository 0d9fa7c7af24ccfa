"""The term base: the words a programme uses for one concept in each language.

Editors keep it in the admin ("Term base"); machine translation puts a term's
translation where its source term stands, and the review marks a translated text whose
source has a term but whose translation lacks the term's translation (`terms.matching`).
A column per language code, so the CSV file that `import_terms` reads and the listing
exports has the same columns.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from .languages import LANGUAGE_CODES, one_line


class Term(models.Model):
    nb = models.CharField(_("Norwegian Bokmål"), max_length=200, blank=True, validators=[one_line])
    da = models.CharField(_("Danish"), max_length=200, blank=True, validators=[one_line])
    nn = models.CharField(_("Norwegian Nynorsk"), max_length=200, blank=True, validators=[one_line])
    note = models.CharField(
        _("note"),
        max_length=500,
        blank=True,
        help_text=_("When to use the term, or a form to avoid."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel(code) for code in LANGUAGE_CODES] + [FieldPanel("note")]

    class Meta:
        ordering = ["nb", "da"]
        verbose_name = _("term")
        verbose_name_plural = _("terms")

    def __str__(self):
        return " / ".join(value for value in self.words() if value)

    def words(self):
        return [getattr(self, code) for code in LANGUAGE_CODES]

    def clean(self):
        filled = [code for code in LANGUAGE_CODES if getattr(self, code).strip()]
        if len(filled) < 2:
            raise ValidationError(_("Write the term in at least two languages."))
        for code in LANGUAGE_CODES:
            setattr(self, code, getattr(self, code).strip())
        # A word may be in two rows (Danish "dagtilbud" is singular and plural), so
        # only the same pair twice is refused; translation takes the first row's.
        same = Term.objects.exclude(pk=self.pk)
        for code in LANGUAGE_CODES:
            same = same.filter(**{f"{code}__iexact": getattr(self, code)})
        if same.exists():
            raise ValidationError(_("“%(term)s” is already in the term base.") % {"term": self})
