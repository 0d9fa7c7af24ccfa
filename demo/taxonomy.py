"""Demo audience roles and themes, in Bokmål, Danish and (ABSOLUTT's) Nynorsk."""

ROLES = [
    ("politiker", "Folkevalgt", "Kommunalpolitiker"),
    ("kommunedirektor", "Kommunedirektør", "Kommunaldirektør"),
    ("oppvekstsjef", "Kommunalsjef for oppvekst", "Børne- og ungechef"),
    ("radgiver", "Rådgiver i oppvekstsektoren", "Konsulent i forvaltningen"),
    ("rektor", "Rektor", "Skoleleder"),
    ("styrer", "Barnehagestyrer", "Dagtilbudsleder"),
    ("mellomleder", "Mellomleder", "Mellemleder"),
    ("tillitsvalgt", "Hovedtillitsvalgt", "Tillidsrepræsentant"),
]
# The roles in Nynorsk, for ABSOLUTT's Nynorsk pages and cohort (slug: name).
ROLES_NN = {
    "politiker": "Folkevald",
    "kommunedirektor": "Kommunedirektør",
    "oppvekstsjef": "Kommunalsjef for oppvekst",
    "radgiver": "Rådgivar i oppvekstsektoren",
    "rektor": "Rektor",
    "styrer": "Barnehagestyrar",
    "mellomleder": "Mellomleiar",
    "tillitsvalgt": "Hovudtillitsvald",
}

# (slug, source language, {language: (name, question, description)})
THEMES = [
    (
        "hvor-er-vi",
        "nb",
        {
            "nb": (
                "Kunnskapsgrunnlag og kvalitet",
                "Hvor er vi?",
                "Hva vet vi om barnas læring og trivsel, og hvor trengs endring?",
            ),
            "nn": (
                "Kunnskapsgrunnlag og kvalitet",
                "Kvar er vi?",
                "Kva veit vi om læringa og trivselen til barna, og kvar trengst endring?",
            ),
            "da": (
                "Vidensgrundlag og kvalitet",
                "Hvor er vi?",
                "Hvad ved vi om børnenes læring og trivsel, og hvor er der brug for forandring?",
            ),
        },
    ),
    (
        "hvor-vil-vi",
        "nb",
        {
            "nb": (
                "Framtidsbilder",
                "Hvor vil vi?",
                "Felles bilder av hva barna skal møte, skapt sammen med mange aktører.",
            ),
            "nn": (
                "Framtidsbilete",
                "Kvar vil vi?",
                "Felles bilete av kva barna skal møte, skapte saman med mange aktørar.",
            ),
            "da": (
                "Fremtidsbilleder",
                "Hvor vil vi hen?",
                "Fælles billeder af, hvad børnene skal møde, skabt sammen med mange aktører.",
            ),
        },
    ),
    (
        "hvordan-kommer-vi-dit",
        "nb",
        {
            "nb": (
                "Utviklingsprosessen",
                "Hvordan kommer vi dit vi vil?",
                "Planlegging, gjennomføring og varig forbedring i egen kommune.",
            ),
            "nn": (
                "Utviklingsprosessen",
                "Korleis kjem vi dit vi vil?",
                "Planlegging, gjennomføring og varig forbetring i eigen kommune.",
            ),
            "da": (
                "Udviklingsprocessen",
                "Hvordan kommer vi derhen?",
                "Planlægning, gennemførelse og varig forbedring i egen kommune.",
            ),
        },
    ),
    (
        "hvem-gjor-hva",
        "nb",
        {
            "nb": (
                "Roller og ansvar",
                "Hvem gjør hva?",
                "Hvem har ansvar for hva mellom politikere, administrasjon og enheter?",
            ),
            "nn": (
                "Roller og ansvar",
                "Kven gjer kva?",
                "Kven har ansvar for kva mellom politikarar, administrasjon og einingar?",
            ),
            "da": (
                "Roller og ansvar",
                "Hvem gør hvad?",
                "Hvem har ansvaret for hvad mellem politikere, forvaltning og institutioner?",
            ),
        },
    ),
    (
        "laeringsprosesser",
        "nb",
        {
            "nb": (
                "Elevenes læringsprosesser",
                "",
                "Å følge opp elevenes læring tett og systematisk.",
            ),
        },
    ),
    (
        "samarbeid",
        "nb",
        {
            "nb": (
                "Samarbeid og organisasjonsbygging",
                "",
                "Å bygge et kollektiv som lærer av hverandre.",
            ),
        },
    ),
    (
        "utvikling",
        "nb",
        {
            "nb": ("Utvikling og endring", "", "Å lede endringsarbeid som varer."),
        },
    ),
    (
        "styring",
        "nb",
        {
            "nb": (
                "Styring og administrasjon",
                "",
                "Å bruke styringsverktøyene slik at de støtter det pedagogiske arbeidet.",
            ),
        },
    ),
    (
        "faglig-ledelse",
        "da",
        {
            "da": (
                "Faglig ledelse i en politisk styret organisation",
                "",
                "Mere præcise mål og en tydelig kæde fra byråd til den enkelte institution.",
            ),
            "nb": (
                "Faglig ledelse i en politisk styrt organisasjon",
                "",
                "Tydeligere mål og en klar kjede fra kommunestyret til den enkelte enhet.",
            ),
        },
    ),
    (
        "data-dialog",
        "da",
        {
            "da": (
                "Resultater og datainformerede dialoger",
                "",
                "At dokumentere resultater og tale om læring og trivsel på et fælles grundlag.",
            ),
        },
    ),
    (
        "laeringsfaellesskaber",
        "da",
        {
            "da": (
                "Professionelle læringsfællesskaber",
                "",
                "Læringsfællesskaber i og på tværs af institutioner.",
            ),
        },
    ),
    (
        "kompetencefordeling",
        "da",
        {
            "da": (
                "Kompetence- og opgavefordeling",
                "",
                "Hvem gør hvad mellem forvaltning og de lokale ledere?",
            ),
        },
    ),
    (
        "stoettefunktioner",
        "da",
        {
            "da": (
                "Støttefunktioner på tværs",
                "",
                "Støttefunktioner, der fremmer læring og trivsel på tværs af fagligheder.",
            ),
        },
    ),
]
