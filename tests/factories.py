"""Factories for the programme's pages, taxonomies and documents (wagtail-factories)."""

import factory
import wagtail_factories

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale

from programme import pages, snippets


def locale(code="nb"):
    return Locale.objects.get(language_code=code)


class AudienceRoleFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Rolle {n}")
    slug = factory.Sequence(lambda n: f"rolle-{n}")
    locale = factory.LazyFunction(locale)

    class Meta:
        model = snippets.AudienceRole


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    question = "Hvor er vi?"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = snippets.Theme


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(b"%PDF-1.4 test document\n", name=f"{o.title}.pdf")
    )

    class Meta:
        model = get_document_model()


class ImageFactory(wagtail_factories.ImageFactory):
    """A Wagtail image with a real PNG (wagtail-factories draws it)."""

    title = factory.Sequence(lambda n: f"Bilde {n}")


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Program {n}")
    short_name = factory.SelfAttribute("title")
    organisation = "ks"
    summary = "Et program for ledere i kommunen."

    class Meta:
        model = pages.ProgrammePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Modul {n}")
    introduction = "Om samlingen."

    class Meta:
        model = pages.ModulePage


class CompetenceGoalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mål {n}")
    statement = "Deltakerne kan mer."

    class Meta:
        model = pages.CompetenceGoalPage


class ReflectionTaskPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Oppgave {n}")
    timing = "between"
    working_form = "own_group"
    minutes = 30

    class Meta:
        model = pages.ReflectionTaskPage


class ToolIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verktøy"

    class Meta:
        model = pages.ToolIndexPage


class ToolPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Verktøy {n}")
    description = "Et nyttig verktøy."

    class Meta:
        model = pages.ToolPage


def add_file(tool, language="nb", document=None):
    row = pages.ToolFile.objects.create(
        page=tool, document=document or DocumentFactory(), language=language
    )
    return row


def link(model, page, target):
    return model.objects.create(page=page, target=target)
