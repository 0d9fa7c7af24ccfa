"""Demo tools: each with its generated file per language, roles and themes.

A tool is written in its source language; `da`/`nb` entries translate it. `files` lists
(language, format): the demo command generates those documents.
"""

TOOLS = [
    {
        "slug": "arshjul",
        "source": "nb",
        "files": [("nb", "xlsx"), ("da", "xlsx")],
        "roles": ["politiker", "kommunedirektor", "oppvekstsjef", "rektor", "styrer"],
        "themes": ["hvordan-kommer-vi-dit", "styring"],
        "nb": {
            "title": "Årshjul for kvalitetsarbeidet",
            "description": "Et årshjul som viser når mål settes, planer lages, data samles "
            "inn og tiltak velges, slik at politikk og praksis går i takt.",
            "how_to_use": [
                "Fyll inn de faste møtene i kommunestyret og hovedutvalget først.",
                "Legg deretter inn når resultatdata kommer, og når enhetene skal rapportere.",
                "Gå gjennom årshjulet i ledergruppen hvert halvår og juster datoene.",
            ],
            "rows": [
                ("August–september", "Sette mål for året og gjøre planene kjent i enhetene."),
                ("Oktober–desember", "Gjennomføre tiltak; samle inn kartlegginger og prøver."),
                ("Januar–mars", "Analysere resultatene og skrive kvalitetsrapporten."),
                ("April–juni", "Politisk behandling, evaluering og valg av nye tiltak."),
            ],
        },
        "da": {
            "title": "Årshjul for kvalitetsarbejdet",
            "description": "Et værktøj, der viser, hvornår mål sættes, planer lægges, data "
            "indsamles og indsatser vælges, så politik og praksis følges ad.",
            "how_to_use": [
                "Skriv først de faste møder i kommunalbestyrelsen og fagudvalget ind.",
                "Læg derefter ind, hvornår resultatdata kommer, og hvornår institutionerne "
                "skal rapportere.",
                "Gennemgå årshjulet i ledergruppen hvert halve år og juster datoerne.",
            ],
            "rows": [
                ("August–september", "Sætte årets mål og gøre planerne kendt i institutionerne."),
                ("Oktober–december", "Gennemføre indsatser; indsamle kortlægninger og test."),
                ("Januar–marts", "Analysere resultaterne og skrive kvalitetsrapporten."),
                ("April–juni", "Politisk behandling, evaluering og valg af nye indsatser."),
            ],
        },
    },
    {
        "slug": "styringskort",
        "source": "nb",
        "files": [("nb", "xlsx"), ("da", "xlsx")],
        "roles": ["kommunedirektor", "oppvekstsjef", "rektor", "styrer"],
        "themes": ["hvor-er-vi", "styring"],
        "nb": {
            "title": "Styringskort for oppvekst",
            "description": "Et styringskort med indikatorer som alle enheter rapporterer på, "
            "fra læringsresultater til trivsel og sykefravær.",
            "how_to_use": [
                "Velg få indikatorer som sier noe om det dere faktisk vil oppnå.",
                "Bli enige om målverdier sammen med enhetslederne før året starter.",
            ],
            "rows": [
                ("Læring", "Andel elever på de laveste mestringsnivåene på nasjonale prøver."),
                ("Trivsel", "Andel elever som trives på skolen (elevundersøkelsen)."),
                ("Medarbeidere", "Sykefravær og andel ansatte med godkjent utdanning."),
                ("Foreldre", "Tilfredshet i foreldreundersøkelsen i barnehagene."),
            ],
        },
        "da": {
            "title": "Styringskort for børne- og ungeområdet",
            "description": "Et styringskort med indikatorer, som alle institutioner "
            "rapporterer på, fra læringsresultater til trivsel og sygefravær.",
            "how_to_use": [
                "Vælg få indikatorer, der siger noget om det, I faktisk vil opnå.",
                "Aftal målværdier med institutionslederne, før året begynder.",
            ],
            "rows": [
                ("Læring", "Andel elever med de laveste resultater i de nationale test."),
                ("Trivsel", "Andel elever, der trives i skolen (trivselsmålingen)."),
                ("Medarbejdere", "Sygefravær og andel ansatte med relevant uddannelse."),
                ("Forældre", "Tilfredshed i forældreundersøgelsen i dagtilbuddene."),
            ],
        },
    },
    {
        "slug": "planleggingsmodell",
        "source": "nb",
        "files": [("nb", "pdf"), ("da", "pdf")],
        "roles": ["oppvekstsjef", "radgiver", "rektor", "mellomleder"],
        "themes": ["hvordan-kommer-vi-dit", "utvikling"],
        "nb": {
            "title": "Planleggingsmodell for utviklingsarbeid",
            "description": "Fire trinn fra kunnskap til evaluering: samle kunnskap, analysere "
            "pedagogisk, velge strategier og tiltak, og planlegge evalueringen.",
            "how_to_use": [
                "Bruk modellen når dere starter et nytt utviklingsarbeid.",
                "Analyser utfordringen fra systemets, aktørenes og individets perspektiv.",
            ],
            "rows": [
                ("1 Samle kunnskap", "Hva sier data, forskning og erfaringene til de ansatte?"),
                ("2 Analysere", "Se på system-, aktør- og individperspektivet."),
                ("3 Velge tiltak", "Velg få strategier som henger sammen med analysen."),
                ("4 Planlegge evaluering", "Bestem nå hvordan dere skal se om tiltakene virker."),
            ],
        },
        "da": {
            "title": "Planlægningsmodel for udviklingsarbejde",
            "description": "Fire trin fra viden til evaluering: indsamle viden, analysere "
            "pædagogisk, vælge strategier og indsatser og planlægge evalueringen.",
            "how_to_use": [
                "Brug modellen, når I begynder et nyt udviklingsarbejde.",
                "Analyser udfordringen fra systemets, aktørernes og individets perspektiv.",
            ],
            "rows": [
                ("1 Indsamle viden", "Hvad siger data, forskning og medarbejdernes erfaringer?"),
                ("2 Analysere", "Se på system-, aktør- og individperspektivet."),
                ("3 Vælge indsatser", "Vælg få strategier, der hænger sammen med analysen."),
                ("4 Planlægge evaluering", "Beslut nu, hvordan I vil se, om indsatserne virker."),
            ],
        },
    },
    {
        "slug": "dialogmodell",
        "source": "nb",
        "files": [("nb", "pdf")],
        "roles": ["politiker", "kommunedirektor", "oppvekstsjef", "rektor"],
        "themes": ["hvor-er-vi", "hvem-gjor-hva"],
        "nb": {
            "title": "Dialogmodell for resultatdialoger",
            "description": "En samtalemodell for resultatdialoger mellom folkevalgte, "
            "administrasjon og enheter, der spørsmålene er viktigere enn tallene.",
            "how_to_use": [
                "Send ut resultatene en uke før møtet, sammen med tre spørsmål.",
                "La enhetslederen innlede, og la de folkevalgte spørre før de konkluderer.",
            ],
            "rows": [
                ("Forberedelse", "Hva ser vi i tallene, og hva ser vi ikke?"),
                ("Dialog", "Hva forklarer resultatene, og hva kan vi påvirke?"),
                ("Oppfølging", "Hvem gjør hva før neste dialog?"),
            ],
        },
    },
    {
        "slug": "kvalitetsrapport",
        "source": "nb",
        "files": [("nb", "docx")],
        "roles": ["politiker", "kommunedirektor", "oppvekstsjef", "radgiver"],
        "themes": ["hvor-er-vi"],
        "nb": {
            "title": "Mal for kvalitetsrapport",
            "description": "En mal for den årlige kvalitetsrapporten med resultat-, prosess- "
            "og strukturkvalitet, og med plass til vurdering og tiltak.",
            "how_to_use": [
                "Skriv vurderingen før tabellene: hva betyr tallene for barna?",
                "Legg rapporten fram for kommunestyret sammen med forslag til tiltak.",
            ],
            "rows": [
                ("Resultatkvalitet", "Læringsresultater, trivsel og gjennomføring."),
                ("Prosesskvalitet", "Hvordan arbeider enhetene med læring og inkludering?"),
                ("Strukturkvalitet", "Bemanning, kompetanse og rammer."),
                ("Vurdering og tiltak", "Hva skal vi gjøre annerledes neste år?"),
            ],
        },
    },
    {
        "slug": "lederavtale",
        "source": "nb",
        "files": [("nb", "docx")],
        "roles": ["kommunedirektor", "oppvekstsjef", "rektor", "styrer"],
        "themes": ["hvem-gjor-hva", "styring"],
        "nb": {
            "title": "Mal for lederavtale",
            "description": "En mal for lederavtaler som gjør forventninger, myndighet og "
            "oppfølging tydelig mellom kommunalsjef og enhetsleder.",
            "how_to_use": [
                "Gå gjennom avtalen i en samtale, ikke på e-post.",
                "Følg opp avtalen i medarbeidersamtalen hvert år.",
            ],
            "rows": [
                ("Oppdrag", "Hva er enhetens viktigste oppgaver dette året?"),
                ("Myndighet", "Hvilke beslutninger tar lederen selv?"),
                ("Støtte", "Hva kan lederen forvente av kommunalsjefen?"),
            ],
        },
    },
    {
        "slug": "eierstrategi",
        "source": "nb",
        "files": [("nb", "docx")],
        "roles": ["politiker", "kommunedirektor"],
        "themes": ["hvor-vil-vi", "hvem-gjor-hva"],
        "nb": {
            "title": "Mal for eierstrategi",
            "description": "En mal for kommunens eierstrategi for barnehage og skole: "
            "visjon, mål, roller og hvordan eieren følger opp.",
            "how_to_use": [
                "Lag strategien sammen med ansatte, foreldre og tillitsvalgte.",
                "Vedta den politisk og evaluer den hvert fjerde år.",
            ],
            "rows": [
                ("Visjon", "Hva vil kommunen med barnehagene og skolene sine?"),
                ("Mål", "Hvilke få mål skal styre prioriteringene?"),
                ("Roller", "Hva er kommunestyrets, administrasjonens og enhetenes ansvar?"),
            ],
        },
    },
    {
        "slug": "datadialog",
        "source": "da",
        "files": [("da", "docx")],
        "roles": ["oppvekstsjef", "rektor", "styrer", "mellomleder"],
        "themes": ["data-dialog"],
        "da": {
            "title": "Skabelon for datainformeret dialog",
            "description": "En skabelon til dialogen mellem forvaltning og institution om "
            "data for læring og trivsel, med spørgsmål før, under og efter mødet.",
            "how_to_use": [
                "Udfyld første del sammen med jeres nøgletal før mødet.",
                "Afslut mødet med at aftale to konkrete næste skridt.",
            ],
            "rows": [
                ("Før mødet", "Hvilke tal undrer os, og hvorfor?"),
                ("Under mødet", "Hvad forklarer tallene, og hvad kan vi gøre noget ved?"),
                ("Efter mødet", "Hvilke aftaler følger vi op på, og hvornår?"),
            ],
        },
    },
]
