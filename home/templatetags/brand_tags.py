from django import template

from home.brand import brand_for

register = template.Library()


@register.simple_tag(takes_context=True)
def brand(context):
    """The site's name, mark and icons (home.brand), for the header and the head."""
    return brand_for(context["request"])
