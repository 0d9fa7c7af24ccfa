import re

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


CLOCK = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\b")


@register.filter
def clock(text):
    """Times as editors type them ("9.30", "9:30–15:30") in the one form both languages
    write: two-digit hours and a full stop, "09.30–15.30"."""
    return CLOCK.sub(lambda m: f"{int(m.group(1)):02d}.{m.group(2)}", text or "")


@register.simple_tag
def lang_of(obj):
    """` lang="nb"` on an element holding `obj`'s text when it is not in the visitor's
    language, so that screen readers pronounce it right (WCAG 3.1.2)."""
    code = obj.locale.language_code
    return "" if code == get_language() else format_html(' lang="{}"', code)


@register.filter
def files_in_language_order(tool):
    """The tool's files, those in the visitor's language first."""
    return files_for_language(tool.files.all())
