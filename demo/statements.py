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
                "testes automatisk med axe-core på alle språkene hver gang koden endres.",
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
                "axe-core på alle sprogene, hver gang koden ændres.",
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


PRIVACY_SLUG = "personvern"
PRIVACY = {
    "nb": {
        "title": "Personvernerklæring",
        "intro": (
            "Samling behandler opplysninger om deltakerne i kullene: navn, e-postadresse, "
            "kommune, rolle, oppmøte og det teamet skriver. Her står hvem som ser dem, og "
            "hvor lenge vi tar vare på dem."
        ),
        "body": [
            ("h2", "Hvem som ser opplysningene"),
            (
                "p",
                "Navn og e-postadresser ser bare kullets fasilitatorer og administratorene. "
                "Andre deltakere ser hvilke kommuner og roller som er med, ikke hvem.",
            ),
            ("h2", "Dine egne opplysninger"),
            (
                "p",
                "Som deltaker kan du laste ned alt Samling har om deg fra kullets side "
                "(lenken «Last ned det Samling har om deg»).",
            ),
            ("h2", "Hvor lenge"),
            (
                "p",
                "Tolv måneder etter kullets siste samling sletter Samling deltakernes "
                "medlemskap, oppmøte, påmeldinger, lagenes svar, evalueringer og påminnelser. "
                "Kontoen slettes samtidig, med innlogginger (brukernavn, IP-adresse og "
                "nettleser) og økter, med mindre du er med i et annet kull.",
            ),
            ("h2", "Deltakerbevis"),
            (
                "p",
                "Et deltakerbevis kan alle sjekke på adressen som står på det. Det viser det "
                "beviset sier (navn, program, kull, antall samlinger og dato), ikke noe annet "
                "om deg. Bevisene tas vare på også etter slettingen, uten kobling til noen "
                "konto, slik at de fortsatt kan sjekkes.",
            ),
            ("h2", "Hva vi teller"),
            (
                "p",
                "For å vite hvilke verktøy som brukes, og hva folk leter etter uten å finne, "
                "teller Samling nedlastinger per dokument, språk og format, og søk per "
                "søkeord med antall treff, per dag. Vi lagrer ingen informasjonskapsler, "
                "IP-adresser, nettlesere eller kontoer med tallene, og sletter dem etter "
                "400 dager.",
            ),
            ("h2", "Evalueringer"),
            (
                "p",
                "Evalueringene er anonyme. Svarene lagres uten navn og tidspunkt, og "
                "først når flere har svart: sammen og i tilfeldig rekkefølge, slik at ingen "
                "kan se hvem som svarte hva.",
            ),
        ],
    },
    "da": {
        "title": "Privatlivspolitik",
        "intro": (
            "Samling behandler oplysninger om deltagerne i klyngerne: navn, e-mailadresse, "
            "kommune, rolle, fremmøde og det, teamet skriver. Her står, hvem der ser dem, "
            "og hvor længe vi gemmer dem."
        ),
        "body": [
            ("h2", "Hvem der ser oplysningerne"),
            (
                "p",
                "Navne og e-mailadresser ser kun klyngens facilitatorer og administratorerne. "
                "Andre deltagere ser, hvilke kommuner og roller der er med, ikke hvem.",
            ),
            ("h2", "Dine egne oplysninger"),
            (
                "p",
                "Som deltager kan du hente alt, hvad Samling har om dig, fra klyngens side "
                "(linket »Hent det, Samling har om dig«).",
            ),
            ("h2", "Hvor længe"),
            (
                "p",
                "Tolv måneder efter klyngens sidste møde sletter Samling deltagernes "
                "medlemskaber, fremmøde, tilmeldinger, teamenes svar, evalueringer og "
                "påmindelser. Kontoen slettes samtidig, med logins (brugernavn, IP-adresse og "
                "browser) og sessioner, medmindre du er med i en anden klynge.",
            ),
            ("h2", "Deltagerbeviser"),
            (
                "p",
                "Et deltagerbevis kan alle tjekke på adressen, der står på det. Det viser det, "
                "beviset siger (navn, program, klynge, antal møder og dato), intet andet om "
                "dig. Beviserne gemmes også efter sletningen, uden forbindelse til nogen "
                "konto, så de stadig kan tjekkes.",
            ),
            ("h2", "Hvad vi tæller"),
            (
                "p",
                "For at vide, hvilke værktøjer der bruges, og hvad folk leder efter uden at "
                "finde det, tæller Samling downloads pr. dokument, sprog og format og "
                "søgninger pr. søgeord med antal resultater, pr. dag. Vi gemmer ingen "
                "cookies, IP-adresser, browsere eller konti sammen med tallene og sletter "
                "dem efter 400 dage.",
            ),
            ("h2", "Evalueringer"),
            (
                "p",
                "Evalueringerne er anonyme. Svarene gemmes uden navn og tidspunkt, og først "
                "når flere har svaret: samlet og i tilfældig rækkefølge, så ingen kan se, "
                "hvem der svarede hvad.",
            ),
        ],
    },
}


def html(blocks):
    """The body as the page stores it: one element per (tag, text) pair."""
    return "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)
