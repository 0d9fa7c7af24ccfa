from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from programme.relations import files_for_language

register = template.Library()

IN_LANGUAGE = {"nb": _("in Norwegian"), "da": _("in Danish")}


@register.simple_tag
def language_badge(obj):
    """Says which language a linked page or term is in when it is not the visitor's.
    (A simple tag: lists call it once per item, and an inclusion tag costs a template.)"""
    code = obj.locale.language_code
    if code == get_language():
        return ""
    label = IN_LANGUAGE.get(code, code)
    return format_html(' <span class="lang-badge" lang="{}">({})</span>', code, label)


@register.filter
def files_in_language_order(tool):
    """The tool's files, those in the visitor's language first."""
    return files_for_language(tool.files.all())
