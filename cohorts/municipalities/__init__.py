"""The municipalities of the country a cohort runs in: offered in the registration form
and used to spell a typed name as it is officially written. A name not on the list is
kept as typed (a new merger, a district, a typo the facilitator can judge)."""

from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent
COUNTRY_OF_LANGUAGE = {"nb": "NO", "nn": "NO", "da": "DK"}


def key(name):
    words = " ".join(name.split()).casefold()
    return words.removesuffix(" kommune")


@cache
def listed(country):
    lines = (FOLDER / f"{country}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


def for_language(language):
    """The names for a cohort speaking `language`, sorted as its alphabet sorts them
    (Æ, Ø and Å last)."""
    country = COUNTRY_OF_LANGUAGE.get(language, "NO")
    order = str.maketrans({"Æ": "{", "Ø": "|", "Å": "}", "æ": "{", "ø": "|", "å": "}"})
    return sorted(listed(country), key=lambda name: name.translate(order).casefold())


@cache
def by_key(country):
    return {key(name): name for name in listed(country)}


def official(name, language):
    """The name as officially written ("hamar kommune" -> "Hamar"), or None."""
    return by_key(COUNTRY_OF_LANGUAGE.get(language, "NO")).get(key(name))
