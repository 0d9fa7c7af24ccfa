from django import template

from home.languages import default_language_code, is_untranslated_alias, language_versions

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"versions": language_versions(request, context.get("page"))}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_alternates(context):
    """<link rel=alternate> for each real translation, and x-default."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return {"alternates": [], "default": None}
    alternates = {
        v.code: request.build_absolute_uri(v.url)
        for v in language_versions(request, page)
        if not v.missing
    }
    # x-default: the default language's version, or this page when it exists only here.
    own = request.build_absolute_uri(page.get_url(request))
    default = alternates.get(default_language_code()) or own
    return {"alternates": alternates, "default": default}


@register.simple_tag
def untranslated_alias(page):
    """The source page when `page` is an untranslated copy made by locale sync, else None."""
    return page.alias_of if is_untranslated_alias(page) else None
