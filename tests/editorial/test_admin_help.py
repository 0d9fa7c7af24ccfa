"""Every field an editor fills in explains itself in Norwegian and Danish, and every
StreamField block has an icon, a label, a description and (where it can) a preview."""

import pytest

from django.apps import apps
from django.utils import translation

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField
from wagtail.models import Page

OUR_APPS = {"home", "programme"}
MEDIA_BLOCKS = {"image", "video", "document"}  # need a real file or a network lookup


def panels(handler):
    for child in getattr(handler, "children", []):
        yield child
        yield from panels(child)


def our_fields(model):
    """(model, field) for each field of ours that the model's admin form shows."""
    handler = model.get_edit_handler() if hasattr(model, "get_edit_handler") else None
    if handler is None:
        return
    for panel in panels(handler):
        if isinstance(panel, InlinePanel):
            child = panel.db_field.related_model
            for field_name in [p.field_name for p in getattr(child, "panels", [])]:
                yield child, child._meta.get_field(field_name)
        elif isinstance(panel, FieldPanel) and panel.field_name:
            field = model._meta.get_field(panel.field_name)
            if field.model._meta.app_label in OUR_APPS:
                yield model, field


def admin_models():
    for model in apps.get_models():
        if model._meta.app_label in OUR_APPS and hasattr(model, "get_edit_handler"):
            yield model
    from wagtail.snippets.models import get_snippet_models

    yield from (m for m in get_snippet_models() if m._meta.app_label in OUR_APPS)


FIELDS = sorted(
    {(m.__name__, f.name): (m, f) for model in admin_models() for m, f in our_fields(model)}.items()
)


@pytest.mark.parametrize(("key", "pair"), FIELDS, ids=[f"{k[0]}.{k[1]}" for k, _ in FIELDS])
def test_field_has_translated_help_text(key, pair):
    _, field = pair
    assert field.help_text, f"{key} has no help text"
    with translation.override("en"):
        english = str(field.help_text)
    for language in ("nb", "da"):
        with translation.override(language):
            assert str(field.help_text) != english, f"{key}: help text not in {language}"


def stream_blocks():
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS or not issubclass(model, Page):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield from field.stream_block.child_blocks.items()


BLOCKS = sorted({name: block for name, block in stream_blocks()}.items())


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_block_is_labelled_and_previewable(name, block):
    assert block.meta.icon != "placeholder", f"{name} has no icon"
    assert block.label and block.get_description(), f"{name} needs a label and a description"
    if name not in MEDIA_BLOCKS:
        assert block.is_previewable, f"{name} has no preview value"
    assert not isinstance(block, StreamBlock) or block.child_blocks
