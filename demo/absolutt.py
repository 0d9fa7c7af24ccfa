"""ABSOLUTT (KS): Norwegian source, the programme and two modules translated to Danish."""

ABSOLUTT = {
    "slug": "absolutt",
    "source": "nb",
    "organisation": "ks",
    "roles": [
        "politiker",
        "kommunedirektor",
        "oppvekstsjef",
        "radgiver",
        "rektor",
        "styrer",
        "tillitsvalgt",
    ],
    "themes": ["hvor-er-vi", "hvor-vil-vi", "hvordan-kommer-vi-dit", "hvem-gjor-hva"],
    # (fewest, most members per team; roles every team must include)
    "team_rules": (3, 10, ["politiker", "kommunedirektor"]),
    "translations": ["da"],
    "nb": {
        "title": "ABSOLUTT",
        "short_name": "ABSOLUTT",
        "full_name": "Ansvar for Barnehage, Skole og Oppvekst: Læring – Utvikling – Trivsel "
        "– Tilhørighet",
        "summary": "Et utviklingsprogram der folkevalgte og administrative ledere deltar "
        "sammen, for å styrke kommunens arbeid med barns læring, trivsel og tilhørighet.",
        "format": [
            "Hver kommune stiller med en fast gruppe som deltar på alle samlingene: ordfører, "
            "leder av oppvekstutvalget, kommunedirektør, kommunalsjef, rådgivere, rektorer, "
            "barnehagestyrere og en hovedtillitsvalgt.",
            "Samlingene veksler mellom innlegg, arbeid på tvers av kommunene og arbeid i egen "
            "gruppe. Mellom samlingene arbeider gruppen hjemme med egne møteplasser, "
            "refleksjon og oppfølging.",
        ],
        "body": [
            "Programmet bygger på tre perspektiver med hvert sitt spørsmål: Hvor er vi? Hvor "
            "vil vi? Hvordan kommer vi dit vi vil? Rundt dem står spørsmålene om behovet for "
            "endring og om hvem som gjør hva.",
            "Vi anbefaler en tverrfaglig referansegruppe, og at elever, foreldre, PPT, "
            "barnevernet og frivillige trekkes inn i arbeidet mellom samlingene.",
        ],
        "contacts": [("Ingrid Solberg", "Programleder", "ingrid.solberg@example.org")],
    },
    "da": {
        "title": "ABSOLUTT",
        "short_name": "ABSOLUTT",
        "full_name": "Ansvar for dagtilbud, skole og opvækst: Læring – Udvikling – Trivsel "
        "– Tilhørsforhold",
        "summary": "Et udviklingsprogram, hvor politikere og ledere i forvaltningen deltager "
        "sammen for at styrke kommunens arbejde med børns læring, trivsel og tilhørsforhold.",
        "format": [
            "Hver kommune deltager med en fast gruppe, der er med til alle møderne: borgmester, "
            "formand for børne- og ungeudvalget, kommunaldirektør, børne- og ungechef, "
            "konsulenter, skoleledere, dagtilbudsledere og en tillidsrepræsentant.",
            "Møderne veksler mellem oplæg, arbejde på tværs af kommunerne og arbejde i egen "
            "gruppe. Mellem møderne arbejder gruppen hjemme med egne mødefora, refleksion og "
            "opfølgning.",
        ],
        "body": [
            "Programmet bygger på tre perspektiver med hvert sit spørgsmål: Hvor er vi? Hvor "
            "vil vi hen? Hvordan kommer vi derhen? Omkring dem står spørgsmålene om behovet "
            "for forandring og om, hvem der gør hvad.",
            "Vi anbefaler en tværfaglig referencegruppe, og at elever, forældre, PPR, "
            "socialforvaltningen og frivillige inddrages i arbejdet mellem møderne.",
        ],
        "contacts": [("Ingrid Solberg", "Programleder", "ingrid.solberg@example.org")],
    },
    "goals": [
        {
            "slug": "politisk-ansvar",
            "translations": ["da"],
            "nb": {
                "title": "Politisk ansvar og myndighet",
                "statement": "Deltakerne forstår bedre de folkevalgtes ansvar og myndighet "
                "for barns oppvekstvilkår og utdanning.",
                "explanation": [
                    "Målet handler om eierrollen: hva kommunestyret skal "
                    "bestemme, og hva det bør overlate til fagfolkene."
                ],
            },
            "da": {
                "title": "Politisk ansvar og kompetence",
                "statement": "Deltagerne forstår bedre politikernes ansvar og kompetence "
                "for børns opvækstvilkår og uddannelse.",
                "explanation": [
                    "Målet handler om ejerrollen: hvad kommunalbestyrelsen skal beslutte, "
                    "og hvad det bør overlade til fagfolkene."
                ],
            },
        },
        {
            "slug": "innsikt-i-laering",
            "translations": ["da"],
            "nb": {
                "title": "Innsikt i læring og trivsel",
                "statement": "Deltakerne får innsikt i hva som påvirker barns læring, "
                "utvikling, trivsel og tilhørighet.",
                "explanation": [
                    "Deltakerne bruker forskning og egne data for å forstå "
                    "hva som gjør en forskjell for barna i kommunen."
                ],
            },
            "da": {
                "title": "Indsigt i læring og trivsel",
                "statement": "Deltagerne får indsigt i, hvad der påvirker børns læring, "
                "udvikling, trivsel og tilhørsforhold.",
                "explanation": [
                    "Deltagerne bruger forskning og egne data til at forstå, "
                    "hvad der gør en forskel for børnene i kommunen."
                ],
            },
        },
        {
            "slug": "handlingskapasitet",
            "translations": ["da"],
            "nb": {
                "title": "Handlingskapasitet gjennom styringsdokumenter",
                "statement": "Kommunen får større handlingskapasitet gjennom "
                "styringsdokumenter utviklet sammen med ansatte, barn og foreldre.",
                "explanation": [
                    "Planer som er laget sammen, blir brukt. Målet er dokumenter "
                    "som styrer hverdagen, ikke bare står i en perm."
                ],
            },
            "da": {
                "title": "Handlekraft gennem styringsdokumenter",
                "statement": "Kommunen får større handlekraft gennem styringsdokumenter, "
                "der er udviklet sammen med medarbejdere, børn og forældre.",
                "explanation": [
                    "Planer, der er lavet i fællesskab, bliver brugt. Målet er "
                    "dokumenter, der styrer hverdagen, ikke kun står i en mappe."
                ],
            },
        },
        {
            "slug": "roller-i-oppvekstmiljoet",
            "translations": ["da"],
            "nb": {
                "title": "Rollene i et helhetlig oppvekstmiljø",
                "statement": "Deltakerne forstår rollene til de ulike aktørene i et "
                "helhetlig oppvekstmiljø.",
                "explanation": [
                    "Skole og barnehage er ikke alene: PPT, helsestasjon, "
                    "barnevern og frivillige har også en rolle."
                ],
            },
            "da": {
                "title": "Rollerne i et sammenhængende opvækstmiljø",
                "statement": "Deltagerne forstår de forskellige aktørers roller i et "
                "sammenhængende opvækstmiljø.",
                "explanation": [
                    "Skole og dagtilbud står ikke alene: PPR, sundhedspleje, "
                    "socialforvaltning og frivillige har også en rolle."
                ],
            },
        },
    ],
    "modules": [
        {
            "slug": "hvor-er-vi",
            "perspective": "hvor-er-vi",
            "goals": ["innsikt-i-laering", "politisk-ansvar"],
            "tools": ["styringskort", "kvalitetsrapport"],
            "translations": ["da"],
            "nb": {
                "title": "Hvor er vi? Kunnskapsgrunnlaget",
                "duration": "Heldag, 09.30–15.30",
                "introduction": "Den første samlingen handler om hva vi vet om barna i "
                "kommunen, og hva vi ikke vet ennå.",
                "body": [
                    "Vi ser på nasjonale føringer og lokale data side om side, og "
                    "spør hvor kommunen er sterk og hvor den trenger å endre seg."
                ],
                "agenda": [
                    ("09.30", "Velkommen og hensikten med programmet"),
                    ("10.15", "Innlegg: Hva forteller tallene – og hva gjør de ikke?"),
                    ("12.30", "Arbeid i egen gruppe med egne data"),
                    ("14.30", "Deling på tvers av kommunene"),
                ],
            },
            "da": {
                "title": "Hvor er vi? Vidensgrundlaget",
                "duration": "Heldag, 9.30–15.30",
                "introduction": "Det første møde handler om, hvad vi ved om børnene i "
                "kommunen, og hvad vi endnu ikke ved.",
                "body": [
                    "Vi ser på nationale rammer og lokale data side om side og "
                    "spørger, hvor kommunen står stærkt, og hvor den skal forandre sig."
                ],
                "agenda": [
                    ("9.30", "Velkomst og formålet med programmet"),
                    ("10.15", "Oplæg: Hvad fortæller tallene – og hvad gør de ikke?"),
                    ("12.30", "Arbejde i egen gruppe med egne data"),
                    ("14.30", "Deling på tværs af kommunerne"),
                ],
            },
            "tasks": [
                {
                    "slug": "hent-fram-egne-data",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 90,
                    "roles": ["oppvekstsjef", "radgiver"],
                    "tools": ["styringskort"],
                    "nb": {
                        "title": "Hent fram egne data",
                        "introduction": "Samle de viktigste tallene om læring og trivsel i "
                        "kommunen før samlingen.",
                        "questions": [
                            "Hvilke tre resultater er vi mest stolte av?",
                            "Hvor ser vi størst forskjell mellom enhetene?",
                        ],
                        "expected_outcome": "En side med nøkkeltall som gruppen tar med.",
                    },
                    "da": {
                        "title": "Find jeres egne data frem",
                        "introduction": "Saml de vigtigste tal om læring og trivsel i "
                        "kommunen før mødet.",
                        "questions": [
                            "Hvilke tre resultater er vi mest stolte af?",
                            "Hvor ser vi den største forskel mellem institutionerne?",
                        ],
                        "expected_outcome": "En side med nøgletal, som gruppen tager med.",
                    },
                },
                {
                    "slug": "styrker-og-svakheter",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 120,
                    "roles": ["politiker", "kommunedirektor", "rektor", "styrer"],
                    "tools": ["kvalitetsrapport"],
                    "nb": {
                        "title": "Styrker og svakheter i kunnskapsgrunnlaget",
                        "introduction": "Gå gjennom kvalitetsrapporten sammen og bli enige om "
                        "hva den sier og ikke sier.",
                        "questions": [
                            "Hva mangler vi kunnskap om?",
                            "Hvem bør vi spørre for å forstå mer?",
                        ],
                        "expected_outcome": "En liste over tre områder der endring trengs.",
                    },
                    "da": {
                        "title": "Styrker og svagheder i vidensgrundlaget",
                        "introduction": "Gennemgå kvalitetsrapporten sammen og bliv enige om, "
                        "hvad den siger og ikke siger.",
                        "questions": [
                            "Hvad mangler vi viden om?",
                            "Hvem bør vi spørge for at forstå mere?",
                        ],
                        "expected_outcome": "En liste med tre områder, hvor der er brug for "
                        "forandring.",
                    },
                },
            ],
        },
        {
            "slug": "hvor-vil-vi",
            "perspective": "hvor-vil-vi",
            "goals": ["handlingskapasitet", "roller-i-oppvekstmiljoet"],
            "tools": ["eierstrategi"],
            "translations": ["da"],
            "nb": {
                "title": "Hvor vil vi? Framtidsbilder",
                "duration": "Heldag, 09.30–15.30",
                "introduction": "Den andre samlingen handler om å lage felles bilder av "
                "framtiden sammen med dem det gjelder.",
                "body": [
                    "Vi prøver metoder for samskaping med barn, foreldre og ansatte, "
                    "og ser på hvordan profesjonsfellesskapene kan bære arbeidet."
                ],
                "agenda": [
                    ("09.30", "Hva har gruppene gjort siden sist?"),
                    ("10.30", "Verksted: Framtidsbilder for barna i kommunen"),
                    ("13.00", "Er vi på rett vei? Arbeid på tvers"),
                ],
            },
            "da": {
                "title": "Hvor vil vi hen? Fremtidsbilleder",
                "duration": "Heldag, 9.30–15.30",
                "introduction": "Det andet møde handler om at skabe fælles billeder af "
                "fremtiden sammen med dem, det drejer sig om.",
                "body": [
                    "Vi afprøver metoder til samskabelse med børn, forældre og "
                    "medarbejdere og ser på, hvordan de faglige fællesskaber kan bære "
                    "arbejdet."
                ],
                "agenda": [
                    ("9.30", "Hvad har grupperne gjort siden sidst?"),
                    ("10.30", "Værksted: Fremtidsbilleder for børnene i kommunen"),
                    ("13.00", "Er vi på rette vej? Arbejde på tværs"),
                ],
            },
            "tasks": [
                {
                    "slug": "intervju-barn-og-foreldre",
                    "timing": "before",
                    "working_form": "individual",
                    "minutes": 60,
                    "roles": ["rektor", "styrer"],
                    "tools": [],
                    "nb": {
                        "title": "Snakk med barn og foreldre",
                        "introduction": "Still to barn og to foreldre det samme spørsmålet før "
                        "samlingen.",
                        "questions": ["Hva er en god dag i barnehagen eller på skolen?"],
                        "expected_outcome": "Korte notater med sitater som gruppen kan bruke.",
                    },
                    "da": {
                        "title": "Tal med børn og forældre",
                        "introduction": "Stil to børn og to forældre det samme spørgsmål før "
                        "mødet.",
                        "questions": ["Hvad er en god dag i dagtilbuddet eller i skolen?"],
                        "expected_outcome": "Korte noter med citater, som gruppen kan bruge.",
                    },
                },
                {
                    "slug": "utkast-til-eierstrategi",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 180,
                    "roles": ["politiker", "kommunedirektor", "tillitsvalgt"],
                    "tools": ["eierstrategi"],
                    "nb": {
                        "title": "Utkast til eierstrategi",
                        "introduction": "Skriv et første utkast til visjon og mål i "
                        "eierstrategien.",
                        "questions": [
                            "Hva skal være annerledes for barna om fem år?",
                            "Hvem må være med for at vi skal lykkes?",
                        ],
                        "expected_outcome": "Et utkast på én side som legges fram for "
                        "referansegruppen.",
                    },
                    "da": {
                        "title": "Udkast til ejerstrategi",
                        "introduction": "Skriv et første udkast til vision og mål i "
                        "ejerstrategien.",
                        "questions": [
                            "Hvad skal være anderledes for børnene om fem år?",
                            "Hvem skal være med, for at vi lykkes?",
                        ],
                        "expected_outcome": "Et udkast på én side, som fremlægges for "
                        "referencegruppen.",
                    },
                },
            ],
        },
        {
            "slug": "hvordan-kommer-vi-dit",
            "perspective": "hvordan-kommer-vi-dit",
            "goals": ["handlingskapasitet"],
            "tools": ["planleggingsmodell", "arshjul"],
            "nb": {
                "title": "Hvordan kommer vi dit? Utviklingsprosessen",
                "duration": "Heldag, 09.30–15.30",
                "introduction": "Den tredje samlingen handler om å planlegge og "
                "gjennomføre endring som varer.",
                "body": [
                    "Vi arbeider med planleggingsmodellen og årshjulet, og ser på "
                    "innovasjon og kompetanseutvikling i enhetene."
                ],
                "agenda": [
                    ("09.30", "Fra mål til plan"),
                    ("11.00", "Årshjulet som styringsverktøy"),
                    ("13.00", "Hvordan sikrer vi at forbedringen varer?"),
                ],
            },
            "tasks": [
                {
                    "slug": "lag-arshjul",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 90,
                    "roles": ["oppvekstsjef", "radgiver"],
                    "tools": ["arshjul"],
                    "nb": {
                        "title": "Lag et utkast til årshjul",
                        "introduction": "Fyll inn de faste møtene og rapporteringene i årshjulet.",
                        "questions": [
                            "Når trenger politikerne resultatene for å kunne prioritere?"
                        ],
                        "expected_outcome": "Et utfylt årshjul for neste skoleår.",
                    },
                },
                {
                    "slug": "velg-tiltak",
                    "timing": "between",
                    "working_form": "reference_group",
                    "minutes": 120,
                    "roles": ["rektor", "styrer", "tillitsvalgt"],
                    "tools": ["planleggingsmodell"],
                    "nb": {
                        "title": "Velg tiltak med referansegruppen",
                        "introduction": "Bruk planleggingsmodellen og velg få tiltak sammen "
                        "med referansegruppen.",
                        "questions": [
                            "Hvilke tiltak henger best sammen med analysen?",
                            "Hvordan vet vi om tiltakene virker?",
                        ],
                        "expected_outcome": "En plan med tiltak, ansvar og evaluering.",
                    },
                },
            ],
        },
        {
            "slug": "hvem-gjor-hva",
            "perspective": "hvem-gjor-hva",
            "goals": ["politisk-ansvar", "roller-i-oppvekstmiljoet"],
            "tools": ["dialogmodell", "lederavtale"],
            "nb": {
                "title": "Hvem gjør hva? Roller og oppfølging",
                "duration": "Heldag, 09.30–15.00",
                "introduction": "Den siste samlingen handler om roller, ansvar og "
                "hvordan arbeidet følges opp etter programmet.",
                "body": [
                    "Vi øver på resultatdialoger og avklarer hva folkevalgte, "
                    "administrasjon og enheter har ansvar for."
                ],
                "agenda": [
                    ("09.30", "Rollespill: en resultatdialog"),
                    ("11.30", "Lederavtaler som støtter ledelse"),
                    ("13.30", "Veien videre i egen kommune"),
                ],
            },
            "tasks": [
                {
                    "slug": "forbered-resultatdialog",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 60,
                    "roles": ["politiker", "kommunedirektor"],
                    "tools": ["dialogmodell"],
                    "nb": {
                        "title": "Forbered en resultatdialog",
                        "introduction": "Velg ett resultat dere vil snakke om på samlingen.",
                        "questions": ["Hvilket spørsmål vil dere stille enhetslederen?"],
                        "expected_outcome": "Tre spørsmål til dialogen.",
                    },
                },
                {
                    "slug": "plan-for-oppfolging",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 90,
                    "roles": ["kommunedirektor", "oppvekstsjef"],
                    "tools": ["lederavtale"],
                    "nb": {
                        "title": "Plan for oppfølging etter programmet",
                        "introduction": "Bestem hvordan gruppen skal fortsette å møtes etter "
                        "programmet.",
                        "questions": [
                            "Hvilke møteplasser beholder vi?",
                            "Hvem har ansvar for at arbeidet fortsetter?",
                        ],
                        "expected_outcome": "En enkel plan for det neste året.",
                    },
                },
            ],
        },
    ],
}
