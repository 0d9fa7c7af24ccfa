from django import template

from base.forms import input_attrs

register = template.Library()


@register.filter
def ds_input(field):
    """The field's widget with Designsystemet's input class (base.forms)."""
    return field.as_widget(attrs=input_attrs(field))
