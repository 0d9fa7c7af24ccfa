from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from programme.relations import files_for_language

register = template.Library()

IN_LANGUAGE = {"nb": _("in Norwegian"), "da": _("in Danish")}


@register.inclusion_tag("programme/includes/language_badge.html")
def language_badge(obj):
    """Says which language a linked page or term is in when it is not the visitor's."""
    code = obj.locale.language_code
    if code == get_language():
        return {}
    return {"code": code, "label": IN_LANGUAGE.get(code, code)}


@register.filter
def files_in_language_order(tool):
    """The tool's files, those in the visitor's language first."""
    return files_for_language(tool.files.all())
