"""Led skole (KS): Norwegian only."""

LED_SKOLE = {
    "slug": "led-skole",
    "source": "nb",
    "organisation": "ks",
    "roles": ["oppvekstsjef", "rektor", "mellomleder"],
    "themes": ["laeringsprosesser", "samarbeid", "utvikling", "styring"],
    # (fewest, most members per team; roles every team must include)
    "team_rules": (2, 8, ["rektor"]),
    "translations": [],
    "nb": {
        "title": "Led skole",
        "short_name": "Led skole",
        "full_name": "Led skole – arbeidsgiververktøy og utviklingsprogram for skoleledere",
        "summary": "Et rammeverk for lederutvikling i kommunen, særlig for mellomledere og "
        "ledergrupper i skolen, som gjør ledelsesteori om til praksis.",
        "format": [
            "Kommunen tilpasser programmet til egne behov. Veiledningen hjelper med å "
            "planlegge, gjennomføre og følge opp lederutviklingen lokalt.",
        ],
        "body": [
            "Mellomledere er en underbrukt pedagogisk ressurs. Tradisjonelt har de fått "
            "ansvar for disiplin, enkel administrasjon og foreldrekontakt, og skolen har en "
            "svakere ledelsestradisjon enn mange andre sektorer.",
            "Programmet hjelper lederne å balansere fem områder: elevenes læring, samarbeid "
            "og organisasjonsbygging, utvikling og endring, styring og administrasjon, og "
            "klarhet i egen lederrolle.",
        ],
        "contacts": [("Henrik Aasen", "Rådgiver", "henrik.aasen@example.org")],
    },
    "goals": [
        {
            "slug": "lede-laering",
            "nb": {
                "title": "Lede elevenes læring",
                "statement": "Lederne kan følge opp elevenes læringsprosesser sammen med lærerne.",
                "explanation": [
                    "Ledelse som gjør en forskjell for elevene, skjer nær undervisningen."
                ],
            },
        },
        {
            "slug": "tydelig-rolle",
            "nb": {
                "title": "Tydelig lederrolle",
                "statement": "Mellomlederne har en avklart rolle og vet hva de har myndighet til.",
                "explanation": ["Rolleavklaring er en forutsetning for at mellomlederne kan lede."],
            },
        },
        {
            "slug": "lede-endring",
            "nb": {
                "title": "Lede utvikling og endring",
                "statement": "Ledergruppen kan planlegge og lede endringsarbeid som varer.",
                "explanation": ["Endring som varer, krever at ledergruppen står sammen."],
            },
        },
    ],
    "modules": [
        {
            "slug": "lede-laeringsprosesser",
            "perspective": "laeringsprosesser",
            "goals": ["lede-laering"],
            "tools": ["planleggingsmodell"],
            "nb": {
                "title": "Å lede elevenes læringsprosesser",
                "duration": "To dager",
                "introduction": "Hvordan følger ledere opp læringen i klasserommet uten å "
                "overta lærerens rolle?",
                "body": ["Vi ser på observasjon, veiledning og samtaler om elevenes arbeid."],
                "agenda": [
                    ("09.00", "Ledelse nær undervisningen"),
                    ("13.00", "Øving: en samtale om elevarbeid"),
                ],
            },
            "tasks": [
                {
                    "slug": "observer-undervisning",
                    "timing": "between",
                    "working_form": "individual",
                    "minutes": 90,
                    "roles": ["mellomleder", "rektor"],
                    "tools": [],
                    "nb": {
                        "title": "Observer en undervisningstime",
                        "introduction": "Avtal en observasjon med en lærer og bli enige om fokus.",
                        "questions": [
                            "Hva så du som støttet elevenes læring?",
                            "Hva ville du spørre læreren om?",
                        ],
                        "expected_outcome": "Notater til en samtale med læreren.",
                    },
                },
                {
                    "slug": "les-om-laeringsledelse",
                    "timing": "before",
                    "working_form": "individual",
                    "minutes": 45,
                    "roles": ["mellomleder"],
                    "tools": [],
                    "nb": {
                        "title": "Les og noter",
                        "introduction": "Les kapitlet om læringsledelse og noter to spørsmål.",
                        "questions": ["Hva kjente du igjen fra egen skole?"],
                        "expected_outcome": "To spørsmål til samlingen.",
                    },
                },
            ],
        },
        {
            "slug": "samarbeid-og-organisasjon",
            "perspective": "samarbeid",
            "goals": ["tydelig-rolle"],
            "tools": ["lederavtale"],
            "nb": {
                "title": "Samarbeid og organisasjonsbygging",
                "duration": "Én dag",
                "introduction": "Hvordan bygger ledergruppen et kollektiv som lærer?",
                "body": ["Vi arbeider med ledergruppens samarbeid og med rolleavklaring."],
                "agenda": [
                    ("09.00", "Ledergruppen som team"),
                    ("12.30", "Hvem gjør hva i vår ledergruppe?"),
                ],
            },
            "tasks": [
                {
                    "slug": "rollebeskrivelse",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 60,
                    "roles": ["rektor", "mellomleder"],
                    "tools": ["lederavtale"],
                    "nb": {
                        "title": "Skriv en rollebeskrivelse",
                        "introduction": "Beskriv mellomlederrollen slik den er i dag.",
                        "questions": [
                            "Hva bruker du mest tid på?",
                            "Hva burde du brukt mer tid på?",
                        ],
                        "expected_outcome": "En rollebeskrivelse på en halv side.",
                    },
                },
                {
                    "slug": "avtal-ansvar",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 60,
                    "roles": ["rektor", "mellomleder"],
                    "tools": [],
                    "nb": {
                        "title": "Avtal ansvarsfordeling",
                        "introduction": "Gå gjennom rollebeskrivelsene i ledergruppen.",
                        "questions": ["Hvilke oppgaver bør flyttes?"],
                        "expected_outcome": "En avtalt ansvarsfordeling.",
                    },
                },
            ],
        },
        {
            "slug": "utvikling-og-endring",
            "perspective": "utvikling",
            "goals": ["lede-endring"],
            "tools": ["planleggingsmodell", "arshjul"],
            "nb": {
                "title": "Utvikling og endring",
                "duration": "Én dag",
                "introduction": "Hvordan leder vi endring som blir en del av hverdagen?",
                "body": ["Vi bruker planleggingsmodellen på et utviklingsarbeid fra egen skole."],
                "agenda": [("09.00", "Endring som varer"), ("12.30", "Arbeid med egen plan")],
            },
            "tasks": [
                {
                    "slug": "velg-utviklingsomrade",
                    "timing": "before",
                    "working_form": "own_group",
                    "minutes": 45,
                    "roles": ["rektor", "mellomleder"],
                    "tools": ["planleggingsmodell"],
                    "nb": {
                        "title": "Velg et utviklingsområde",
                        "introduction": "Velg ett område skolen vil arbeide med det neste året.",
                        "questions": ["Hvorfor er dette viktigst nå?"],
                        "expected_outcome": "Et valgt område med en kort begrunnelse.",
                    },
                },
                {
                    "slug": "evaluer-planen",
                    "timing": "between",
                    "working_form": "own_group",
                    "minutes": 60,
                    "roles": ["rektor", "mellomleder", "oppvekstsjef"],
                    "tools": ["arshjul"],
                    "nb": {
                        "title": "Sett evalueringen inn i årshjulet",
                        "introduction": "Legg inn når og hvordan dere skal evaluere arbeidet.",
                        "questions": ["Hvilke data trenger vi, og når?"],
                        "expected_outcome": "Evalueringspunkter i årshjulet.",
                    },
                },
            ],
        },
    ],
}
