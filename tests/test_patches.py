"""Each method Samling replaces in Wagtail or wagtail-localize (base.patching) is the one
its replacement was written for: same parameters, and the replacement in place."""

import inspect

import pytest

from django.core.exceptions import ImproperlyConfigured

from base.patching import REPLACED, replace


def test_the_replacements_are_installed():
    names = {(each.owner.__name__, each.name) for each in REPLACED}
    assert {
        ("TranslationSource", "create_or_update_translation"),
        ("StringTranslation", "get_comment"),
        ("SpreadsheetExportMixin", "preprocess_field_value"),
        ("ChooserViewSet", "search_tab_label"),
    } <= names


@pytest.mark.parametrize("each", REPLACED, ids=lambda each: f"{each.owner.__name__}.{each.name}")
def test_a_replacement_takes_the_parameters_of_what_it_replaces(each):
    assert getattr(each.owner, each.name) is each.replacement or not callable(each.replacement)
    if callable(each.replacement):
        assert inspect.signature(each.original) == inspect.signature(each.replacement)


def test_a_replacement_for_another_signature_refuses_to_start():
    class Library:
        def method(self, value, extra=None):
            return value

    def ours(self, value):
        return value

    with pytest.raises(ImproperlyConfigured, match="now takes"):
        replace(Library, "method", ours)
    with pytest.raises(ImproperlyConfigured, match="is gone"):
        replace(Library, "renamed", ours)
    assert Library.method is not ours
