"""KL's "Forpligtende samarbejde om ledelsesudvikling": Danish source, the programme and
its first module translated to Norwegian."""

KL = {
    "slug": "forpligtende-samarbejde",
    "source": "da",
    "organisation": "kl",
    "roles": ["kommunedirektor", "oppvekstsjef", "rektor", "styrer", "radgiver"],
    "themes": [
        "faglig-ledelse",
        "data-dialog",
        "laeringsfaellesskaber",
        "kompetencefordeling",
        "stoettefunktioner",
    ],
    # (fewest, most members per team; roles every team must include)
    "team_rules": (4, 6, ["oppvekstsjef", "rektor"]),
    "translations": ["nb"],
    "da": {
        "title": "Forpligtende samarbejde om ledelsesudvikling",
        "short_name": "Forpligtende samarbejde",
        "cohort_name": "klynge",
        "team_name": "kommunegruppe",
        "full_name": "Forpligtende samarbejde om ledelsesudvikling – ledelse af læring og trivsel",
        "summary": "Et flerårigt fælles program for direktører, chefer, ledere og "
        "nøglepersoner på 0-18-årsområdet, hvor kommuner arbejder sammen i forpligtende klynger.",
        "format": [
            "Klynger af seks til otte kommuner med fire til seks deltagere fra hver mødes til "
            "fem faciliterede heldagsmøder over tolv måneder.",
            "Mellem møderne arbejder deltagerne med hjemmeopgaver, gensidige besøg, sparring "
            "og interview. Midtvejs kan enkelte deltagere tilkøbe et personligt udviklingsforløb.",
        ],
        "body": [
            "Programmet blev planlagt i første halvår af 2016. De første klynger startede i "
            "september 2016 og flere fulgte frem til sommeren 2017, hvorefter erfaringerne "
            "blev spredt gennem tre temakonferencer.",
        ],
        "contacts": [("Mette Kjær", "Projektleder", "mette.kjaer@example.org")],
    },
    "nb": {
        "title": "Forpliktende samarbeid om lederutvikling",
        "short_name": "Forpliktende samarbeid",
        "cohort_name": "klynge",
        "team_name": "kommunegruppe",
        "full_name": "Forpliktende samarbeid om lederutvikling – ledelse av læring og trivsel",
        "summary": "Et flerårig felles program for direktører, sjefer, ledere og "
        "nøkkelpersoner i 0–18-årsområdet, der kommuner samarbeider i forpliktende klynger.",
        "format": [
            "Klynger av seks til åtte kommuner med fire til seks deltakere fra hver møtes til "
            "fem fasiliterte heldagsmøter over tolv måneder.",
            "Mellom møtene arbeider deltakerne med hjemmeoppgaver, gjensidige besøk, sparring "
            "og intervjuer. Halvveis kan enkeltdeltakere kjøpe et personlig utviklingsløp.",
        ],
        "body": [
            "Programmet ble planlagt første halvår 2016. De første klyngene startet i "
            "september 2016 og flere fulgte fram til sommeren 2017, og deretter ble "
            "erfaringene spredt gjennom tre temakonferanser.",
        ],
        "contacts": [("Mette Kjær", "Prosjektleder", "mette.kjaer@example.org")],
    },
    "goals": [
        {
            "slug": "praecise-maal",
            "da": {
                "title": "Præcise mål og tydelig styring",
                "statement": "Deltagerne kan omsætte politiske mål til præcise mål for læring og trivsel.",
                "explanation": [
                    "Målene skal kunne ses fra byrådssalen til den enkelte institution."
                ],
            },
        },
        {
            "slug": "datadialoger",
            "da": {
                "title": "Gode datadialoger",
                "statement": "Deltagerne kan lede dialoger om resultater på et fælles datagrundlag.",
                "explanation": ["Data er et udgangspunkt for nysgerrighed, ikke for kontrol."],
            },
        },
        {
            "slug": "faellesskaber",
            "da": {
                "title": "Stærke læringsfællesskaber",
                "statement": "Deltagerne kan understøtte professionelle læringsfællesskaber.",
                "explanation": ["Fællesskaberne skal findes både i og på tværs af institutioner."],
            },
        },
    ],
    "modules": [
        {
            "slug": "faglig-ledelse",
            "perspective": "faglig-ledelse",
            "goals": ["praecise-maal"],
            "tools": ["arshjul"],
            "translations": ["nb"],
            "da": {
                "title": "Møde 1: Faglig ledelse i en politisk styret organisation",
                "duration": "Heldag, 9.00–15.30",
                "introduction": "Hvordan bliver politiske mål til præcise mål i praksis?",
                "body": ["Vi ser på kæden fra byråd til institution og på, hvor den brister."],
                "agenda": [
                    ("9.00", "Velkomst og klyngens aftaler"),
                    ("10.00", "Oplæg: Mål, der kan bruges"),
                    ("13.00", "Arbejde i kommunegrupper"),
                ],
            },
            "nb": {
                "title": "Møte 1: Faglig ledelse i en politisk styrt organisasjon",
                "duration": "Heldag, 09.00–15.30",
                "introduction": "Hvordan blir politiske mål til presise mål i praksis?",
                "body": ["Vi ser på kjeden fra kommunestyret til enheten, og på hvor den brister."],
                "agenda": [
                    ("09.00", "Velkommen og klyngens avtaler"),
                    ("10.00", "Innlegg: Mål som kan brukes"),
                    ("13.00", "Arbeid i kommunegrupper"),
                ],
            },
            "tasks": [
                {
                    "slug": "kortlaeg-maalkaeden",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 90,
                    "roles": ["kommunedirektor", "oppvekstsjef"],
                    "tools": ["arshjul"],
                    "da": {
                        "title": "Kortlæg målkæden",
                        "introduction": "Find kommunens mål for læring og trivsel frem og følg dem "
                        "ned til institutionerne.",
                        "questions": ["Hvor bliver målene utydelige?"],
                        "expected_outcome": "En tegning af målkæden i jeres kommune.",
                    },
                    "nb": {
                        "title": "Kartlegg målkjeden",
                        "introduction": "Finn fram kommunens mål for læring og trivsel og følg "
                        "dem ned til enhetene.",
                        "questions": ["Hvor blir målene utydelige?"],
                        "expected_outcome": "En tegning av målkjeden i kommunen.",
                    },
                },
                {
                    "slug": "besoeg-i-klyngen",
                    "timing": "between",
                    "working_form": "across",
                    "minutes": 240,
                    "roles": ["rektor", "styrer"],
                    "tools": [],
                    "da": {
                        "title": "Besøg en anden kommune i klyngen",
                        "introduction": "Aftal et besøg hos en anden kommune og interview to ledere.",
                        "questions": ["Hvad gør de, som vi kan lære af?"],
                        "expected_outcome": "Tre iagttagelser, I tager med til næste møde.",
                    },
                    "nb": {
                        "title": "Besøk en annen kommune i klyngen",
                        "introduction": "Avtal et besøk hos en annen kommune og intervju to ledere.",
                        "questions": ["Hva gjør de som vi kan lære av?"],
                        "expected_outcome": "Tre observasjoner dere tar med til neste møte.",
                    },
                },
            ],
        },
        {
            "slug": "data-og-dialog",
            "perspective": "data-dialog",
            "goals": ["datadialoger"],
            "tools": ["datadialog", "styringskort"],
            "da": {
                "title": "Møde 2: Resultater og datainformerede dialoger",
                "duration": "Heldag",
                "introduction": "Hvordan taler vi om data, så det skaber læring?",
                "body": ["Vi øver dialoger om data mellem forvaltning og institution."],
                "agenda": [("9.00", "Erfaringer fra besøgene"), ("10.30", "Øvelse i datadialog")],
            },
            "tasks": [
                {
                    "slug": "forbered-datadialog",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 60,
                    "roles": ["oppvekstsjef", "rektor"],
                    "tools": ["datadialog"],
                    "da": {
                        "title": "Forbered en datadialog",
                        "introduction": "Udfyld første del af skabelonen med jeres nøgletal.",
                        "questions": ["Hvilke tal undrer os?"],
                        "expected_outcome": "En udfyldt skabelon.",
                    },
                },
                {
                    "slug": "gennemfoer-datadialog",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 90,
                    "roles": ["oppvekstsjef", "rektor", "styrer"],
                    "tools": ["datadialog"],
                    "da": {
                        "title": "Gennemfør en datadialog hjemme",
                        "introduction": "Hold en datadialog med en institution i jeres kommune.",
                        "questions": ["Hvad lærte vi om dialogen selv?"],
                        "expected_outcome": "To aftaler, som følges op.",
                    },
                },
            ],
        },
        {
            "slug": "laeringsfaellesskaber",
            "perspective": "laeringsfaellesskaber",
            "goals": ["faellesskaber"],
            "tools": ["planleggingsmodell"],
            "da": {
                "title": "Møde 3: Professionelle læringsfællesskaber",
                "duration": "Heldag",
                "introduction": "Hvad kendetegner et læringsfællesskab, der løfter børnene?",
                "body": ["Vi ser på fællesskaber i og på tværs af institutioner."],
                "agenda": [
                    ("9.00", "Oplæg om læringsfællesskaber"),
                    ("12.30", "Sparring i trioer"),
                ],
            },
            "tasks": [
                {
                    "slug": "interview-medarbejdere",
                    "timing": "before",
                    "working_form": "individual",
                    "minutes": 60,
                    "roles": ["rektor", "styrer"],
                    "tools": [],
                    "da": {
                        "title": "Interview to medarbejdere",
                        "introduction": "Spørg to medarbejdere, hvornår de sidst lærte noget af en "
                        "kollega.",
                        "questions": ["Hvad skulle der til, for at det skete oftere?"],
                        "expected_outcome": "Korte noter til mødet.",
                    },
                },
                {
                    "slug": "sparring",
                    "timing": "between",
                    "working_form": "across",
                    "minutes": 90,
                    "roles": ["rektor", "styrer", "radgiver"],
                    "tools": ["planleggingsmodell"],
                    "da": {
                        "title": "Sparring med en kollega i klyngen",
                        "introduction": "Giv og få sparring på en plan for et læringsfællesskab.",
                        "questions": ["Hvad er det første skridt?"],
                        "expected_outcome": "En justeret plan.",
                    },
                },
            ],
        },
    ],
}
