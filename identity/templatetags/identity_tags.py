from django import template

from ..providers import providers_for

register = template.Library()


@register.simple_tag
def sign_in_providers():
    """The providers the login pages in the active language offer."""
    return providers_for()
