"""Demo text for the home pages, written for Samling."""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

from home.models import HomePage

HOME_TEXT = {
    "nb": {
        "title": "Samling",
        "intro": (
            "Innhold, verktøy og oppgaver fra lederutviklingsprogrammene for kommuner, "
            "samlet på ett sted fra den ene samlingen til den neste."
        ),
        "body": (
            "<p>Her finner politikere, kommunedirektører, kommunalsjefer, rektorer og "
            "barnehagestyrere stoffet fra programmene de deltar i: hva hver samling handler "
            "om, hva dere skal forberede, og verktøyene dere trenger i eget arbeid.</p>"
        ),
    },
    "nn": {
        "title": "Samling",
        "intro": (
            "Innhald, verktøy og oppgåver frå leiarutviklingsprogramma for kommunar, "
            "samla på éin stad frå den eine samlinga til den neste."
        ),
        "body": (
            "<p>Her finn politikarar, kommunedirektørar, kommunalsjefar, rektorar og "
            "barnehagestyrarar stoffet frå programma dei er med i: kva kvar samling handlar "
            "om, kva de skal førebu, og verktøya de treng i eige arbeid.</p>"
        ),
    },
    "da": {
        "title": "Samling",
        "intro": (
            "Indhold, værktøjer og opgaver fra kommunernes ledelsesudviklingsprogrammer, "
            "samlet ét sted fra det ene møde til det næste."
        ),
        "body": (
            "<p>Her finder kommunalpolitikere, direktører, børne- og ungechefer, skoleledere "
            "og dagtilbudsledere materialet fra de programmer, de deltager i: hvad hvert møde "
            "handler om, hvad I skal forberede, og de værktøjer, I skal bruge i egen kommune.</p>"
        ),
    },
}


def update_home_pages():
    """Publish the demo text on each home page, only where it differs (no needless revisions)."""
    changed = []
    for home in HomePage.objects.select_related("locale"):
        text = HOME_TEXT.get(home.locale.language_code)
        if text is None or all(getattr(home, field) == value for field, value in text.items()):
            continue
        for field, value in text.items():
            setattr(home, field, value)
        home.save_revision().publish()
        changed.append(home)
    return changed


def point_site_at(base_url):
    """The demo site answers where `make run` serves it, so absolute links (sitemap, API,
    feeds) work on the developer's machine."""
    parts = urlsplit(base_url)
    default = 443 if parts.scheme == "https" else 80
    Site.objects.filter(is_default_site=True).update(
        hostname=parts.hostname or "localhost",
        port=parts.port or default,
        site_name=settings.WAGTAIL_SITE_NAME,
    )
    Site.clear_site_root_paths_cache()  # an update() sends no signal: URLs read anew
