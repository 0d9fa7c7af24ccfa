"""The accessibility statement, which public bodies in Norway and Denmark must publish
(the Norwegian regulation on universal design of ICT; the Danish web accessibility act)."""

SLUG = "tilgjengelighet"
STATEMENT = {
    "nb": {
        "title": "Tilgjengelighetserklæring",
        "intro": (
            "Samling skal kunne brukes av alle, også med skjermleser, forstørrelse eller "
            "bare tastatur. Her står hvordan nettstedet oppfyller kravene, og hva som "
            "ennå ikke er på plass."
        ),
        "body": [
            ("h2", "Status"),
            (
                "p",
                "Nettstedet er laget for å oppfylle WCAG 2.1 på nivå A og AA, som "
                "forskrift om universell utforming av IKT-løsninger krever. Alle sidetyper "
                "testes automatisk med axe-core i begge språk hver gang koden endres.",
            ),
            ("h2", "Kjente avvik"),
            (
                "p",
                "Verktøy som lastes ned i Word-, Excel- og PowerPoint-format er laget av "
                "programeierne og kan mangle overskrifter eller alternativ tekst.",
            ),
            (
                "p",
                "Videoer fra eksterne tjenester vises først når du ber om det. Teksting "
                "avhenger av den som har lastet opp videoen.",
            ),
            ("h2", "Gi oss beskjed"),
            (
                "p",
                "Finner du noe som ikke virker for deg, kontakt programmets ansvarlige. "
                "Vi svarer innen ti virkedager.",
            ),
            ("h2", "Tilsyn"),
            (
                "p",
                "Tilsynet for universell utforming av ikt i Digitaliseringsdirektoratet "
                "fører tilsyn med at kravene følges, og tar imot klager.",
            ),
        ],
    },
    "da": {
        "title": "Tilgængelighedserklæring",
        "intro": (
            "Samling skal kunne bruges af alle, også med skærmlæser, forstørrelse eller "
            "kun tastatur. Her står, hvordan webstedet lever op til kravene, og hvad der "
            "endnu ikke er på plads."
        ),
        "body": [
            ("h2", "Status"),
            (
                "p",
                "Webstedet er lavet til at overholde WCAG 2.1 på niveau A og AA, som "
                "webtilgængelighedsloven kræver. Alle sidetyper testes automatisk med "
                "axe-core på begge sprog, hver gang koden ændres.",
            ),
            ("h2", "Kendte afvigelser"),
            (
                "p",
                "Værktøjer, der hentes i Word-, Excel- og PowerPoint-format, er lavet af "
                "programejerne og kan mangle overskrifter eller alternativ tekst.",
            ),
            (
                "p",
                "Videoer fra eksterne tjenester vises først, når du beder om det. "
                "Undertekster afhænger af den, der har lagt videoen op.",
            ),
            ("h2", "Giv os besked"),
            (
                "p",
                "Finder du noget, der ikke virker for dig, så kontakt programmets "
                "ansvarlige. Vi svarer inden for ti arbejdsdage.",
            ),
            ("h2", "Tilsyn"),
            (
                "p",
                "Digitaliseringsstyrelsen fører tilsyn med webtilgængelighedsloven og "
                "modtager klager.",
            ),
        ],
    },
}


def html(blocks):
    """The body as the page stores it: one element per (tag, text) pair."""
    return "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)
