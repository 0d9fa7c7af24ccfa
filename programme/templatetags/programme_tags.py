import re

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from programme.localize import other_language
from programme.relations import files_for_language

register = template.Library()

# Nynorsk readers see Bokmål marked "(på bokmål)": the nn catalogue names the written form.
IN_LANGUAGE = {"nb": _("in Norwegian"), "nn": _("in Nynorsk"), "da": _("in Danish")}


@register.simple_tag
def language_badge(obj):
    """Says which language a linked page or term is in when it is not the visitor's.
    (A simple tag: lists call it once per item, and an inclusion tag costs a template.)"""
    code = other_language(obj)
    if not code:
        return ""
    label = in_language_label(code)
    return format_html(' <span class="lang-badge" lang="{}">({})</span>', code, label)


@register.simple_tag
def in_language_label(code):
    """ "in Norwegian", "in Danish": the words of the badge, for a language code."""
    return IN_LANGUAGE.get(code, code)


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
    code = other_language(obj)
    return format_html(' lang="{}"', code) if code else ""


@register.filter
def files_in_language_order(tool):
    """The tool's files, those in the visitor's language first."""
    return files_for_language(tool.files.all())
