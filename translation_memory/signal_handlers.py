from wagtail.signals import page_published

from base.translated_slugs import translation_of

from .lookup import remember


def remember_published_translation(sender, instance, **kwargs):
    translation = translation_of(instance)
    if translation is not None:
        remember(translation, instance)


def connect():
    page_published.connect(remember_published_translation, dispatch_uid="samling-memory")
