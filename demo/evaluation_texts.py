"""The demo programmes' session evaluation, and what participants bring to a session."""

EVALUATION = {
    "nb": [
        (
            "scale",
            "Hvor nyttig var samlingen for arbeidet i kommunen?",
            "Ikke nyttig",
            "Svært nyttig",
        ),
        (
            "scale",
            "Fikk laget tid til å jobbe med egne data og egne spørsmål?",
            "Nei",
            "Ja, god tid",
        ),
        ("scale", "Hvor godt fungerte samarbeidet på tvers av kommunene?", "Dårlig", "Svært godt"),
        ("text", "Hva tar du med deg hjem fra samlingen?", "", ""),
        ("text", "Hva kan vi gjøre bedre til neste gang?", "", ""),
    ],
    "da": [
        (
            "scale",
            "Hvor nyttigt var mødet for arbejdet i kommunen?",
            "Ikke nyttigt",
            "Meget nyttigt",
        ),
        (
            "scale",
            "Fik gruppen tid til at arbejde med egne data og egne spørgsmål?",
            "Nej",
            "Ja, god tid",
        ),
        (
            "scale",
            "Hvor godt fungerede samarbejdet på tværs af kommunerne?",
            "Dårligt",
            "Meget godt",
        ),
        ("text", "Hvad tager du med hjem fra mødet?", "", ""),
        ("text", "Hvad kan vi gøre bedre til næste gang?", "", ""),
    ],
}

BRING = {
    "nb": "PC eller nettbrett, og lagets svar på oppgavene siden forrige samling.",
    "da": "Computer eller tablet og gruppens svar på opgaverne siden sidste møde.",
}


def with_session_texts(data, languages):
    """`data` with the evaluation (or, for a module, what to bring) in each language."""
    key, value = ("evaluation", EVALUATION) if "modules" in data else ("bring", BRING)
    return {
        **data,
        **{lang: {key: value[lang], **data[lang]} for lang in languages if lang in data},
    }
