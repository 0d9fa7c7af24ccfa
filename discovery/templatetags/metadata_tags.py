import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .. import metadata

register = template.Library()

# JSON inside <script> must not be able to close the element or open a comment.
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def page_description(page):
    """A line or two about `page`, e.g. under a search result."""
    return metadata.description(page, 200)


@register.simple_tag(takes_context=True)
def page_title(context):
    """The page's title with what makes it unique: its programme or module."""
    page = context.get("page")
    if page is None:
        return ""
    title = page.seo_title or page.title
    parent = context.get("programme") or context.get("module")
    if parent is not None and parent.pk != page.pk:
        title = f"{title} – {getattr(parent, 'short_name', '') or parent.title}"
    return title


@register.inclusion_tag("discovery/includes/metadata.html", takes_context=True)
def page_metadata(context):
    request, page = context["request"], context.get("page")
    if page is None:
        return {}
    canonical = metadata.canonical_page(page)
    data = metadata.structured_data(page, context, request)
    return {
        "description": metadata.description(page),
        "canonical": request.build_absolute_uri(canonical.get_url(request)),
        "title": page_title(context),
        "og_locale": metadata.OG_LOCALES.get(get_language(), ""),
        "og_type": "website" if page.depth <= 2 else "article",
        "json_ld": json_ld(data) if data else "",
    }


def json_ld(data):
    """A data block: browsers never run it, so the CSP needs no nonce for it, and a page
    without a nonce can be replayed from the page cache as it is."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    script = '<script type="application/ld+json">{}</script>'
    return format_html(script, mark_safe(text))  # noqa: S308
