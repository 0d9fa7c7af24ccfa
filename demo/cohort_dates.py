"""Demo cohorts: one per programme, with sessions placed around the day the command runs."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

# (programme slug, source language, cohort slug, title, region, municipalities,
#  facilitators, [(days from today, venue, address)], translations)
COHORTS = [
    (
        "absolutt",
        "nb",
        "absolutt-innlandet-2026",
        "ABSOLUTT Innlandet 2026",
        "Innlandet",
        ["Hamar", "Elverum", "Kongsvinger"],
        ["Kari Nordli, KS", "Per Haugen, KS"],
        [
            (-70, "Scandic Hamar", "Vangsvegen 121, 2317 Hamar"),
            (-21, "Elverum rådhus", "Sorenskriver Bulls gate 3, 2406 Elverum"),
            (12, "Scandic Hamar", "Vangsvegen 121, 2317 Hamar"),
            (54, "Moelv kulturhus", "Storgata 88, 2390 Moelv"),
        ],
        ["da"],
    ),
    (
        "led-skole",
        "nb",
        "led-skole-vestland-2026",
        "Led skole Vestland 2026",
        "Vestland",
        ["Bergen"],
        ["Ingvild Tveit, KS"],
        [
            (-35, "Bergen rådhus", "Rådhusgaten 10, 5014 Bergen"),
            (20, "Askøy kulturhus", "Kleppevegen 2, 5300 Kleppestø"),
            (80, "Bergen rådhus", "Rådhusgaten 10, 5014 Bergen"),
        ],
        [],
    ),
    (  # ABSOLUTT's Nynorsk pages, for municipalities that write Nynorsk
        "absolutt",
        "nn",
        "absolutt-sogn-2026",
        "ABSOLUTT Sogn 2026",
        "Sogn",
        ["Sogndal", "Luster", "Årdal"],
        ["Solveig Hauge, KS"],
        [
            (-28, "Sogndal kulturhus", "Gravensteinsgata 5, 6856 Sogndal"),
            (15, "Luster rådhus", "Rådhusvegen 1, 6868 Gaupne"),
            (50, "Sogndal kulturhus", "Gravensteinsgata 5, 6856 Sogndal"),
            (85, "Årdal rådhus", "Statsråd Evensens veg 4, 6885 Årdalstangen"),
        ],
        [],
    ),
    (
        "forpligtende-samarbejde",
        "da",
        "klynge-midtjylland",
        "Klynge Midtjylland",
        "Region Midtjylland",
        ["Silkeborg", "Viborg", "Skive"],
        ["Mette Kjær, KL"],
        [
            (-40, "Herning Rådhus", "Torvet 5, 7400 Herning"),
            (6, "Silkeborg Bibliotek", "Hostrupsgade 41, 8600 Silkeborg"),
            (60, "Viborg Rådhus", "Prinsens Allé 5, 8800 Viborg"),
        ],
        [],
    ),
]


def session_times(days, language):
    zone = ZoneInfo(settings.LANGUAGE_TIME_ZONES[language])
    day = datetime.now(zone).date() + timedelta(days=days)
    day += timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)  # a weekday
    return (
        datetime.combine(day, time(9, 30), tzinfo=zone),
        datetime.combine(day, time(15, 30), tzinfo=zone),
    )
