from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def site_name():
    """The platform's name (WAGTAIL_SITE_NAME), for the admin's titles."""
    return settings.WAGTAIL_SITE_NAME
