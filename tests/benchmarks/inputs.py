"""Benchmark inputs: realistic appointment schedules as .xlsx, generated once and cached in .cache/."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
FORMAT = 1            # bump when the generated content changes: old cached files are then ignored

# 19 columns as an office exports them: friendly headers (synonyms), custom data, a second participant.
HEADERS = ["Appointment ID", "Provider", "Appointment Type", "Start", "End", "Duration", "Time Zone",
           "All Day", "Show As", "Location", "Notes", "Client Name", "Email", "Mobile",
           "Participant 2 Name", "Participant 2 Email", "custom_data.insurance", "custom_data.visit_ref",
           "custom_data.first_visit"]

_FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
          "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra "
          "Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol "
          "Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura "
          "Jeffrey Cynthia Ryan Amy Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma "
          "Stephen Anna Larry Pamela Justin Nicole Scott Samantha Brandon Katherine Benjamin Christine Samuel "
          "Helen Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack Catherine Dennis "
          "Heather Jerry Diane Tyler Olivia Aaron Julie Jose Joyce Adam Victoria Nathan Ruth Henry Virginia "
          "Zachary Lauren Douglas Kelly Peter Christina Kyle Joan Noah Evelyn Ethan Judith Jeremy Andrea Walter "
          "Hannah Christian Megan Keith Cheryl Roger Jacqueline Terry Martha Austin Madison Sean Teresa Gerald "
          "Gloria Carl Sara Harold Janice Dylan Ann Arthur Kathryn Lawrence Abigail Jordan Sophia Jesse Frances "
          "Bryan Jean Billy Alice Bruce Judy Gabriel Isabella Joe Julia Logan Grace Alan Amber Juan Denise "
          "Albert Danielle Willie Marilyn Elijah Beverly Wayne Charlotte Randy Natalie Vincent Theresa Mason "
          "Diana Roy Brittany Ralph Doris Bobby Kayla Russell Alexis Bradley Lori Philip Marie").split()
_LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
         "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
         "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
         "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
         "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
         "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
         "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
         "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez "
         "Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole "
         "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens "
         "Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker "
         "Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz "
         "Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
         "Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn").split()
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
            "example.org")
CALENDARS = ("Dr Adams", "Dr Baker", "Dr Chen", "Hygiene Room 1", "Hygiene Room 2", "Dr Okafor")
_TITLES = (("Check-up", 30), ("Cleaning", 45), ("Consultation", 60), ("Follow-up", 15), ("Filling", 60),
           ("X-ray", 15), ("New patient exam", 60), ("Crown fitting", 90))
_ZONES = ("America/New_York",) * 17 + ("Eastern Time (US & Canada)", "America/Chicago", "America/Denver")
_INSURERS = ("Aetna", "Cigna", "Delta Dental", "MetLife", "Guardian", "Self-pay", "BlueCross BlueShield")
_NOTES = ("", "", "", "Bring insurance card", "Prefers afternoon", "Wheelchair access", "Fasting required",
          "Call if running late", "Spanish speaker", "Needs parking validation")


def rows(count: int, seed: int = 20250301):
    """`count` realistic rows: unique ids, names, e-mails and phones; 15-minute slots over working days."""
    rng = random.Random(seed)
    name_order = rng.sample(range(len(_FIRST) * len(_LAST) * 26), count)
    phone_order = rng.sample(range(2_000_000, 9_999_999), count)
    id_order = rng.sample(range(10_000_000, 99_999_999), count)
    day = dt.date(2025, 3, 3)
    slot = 0
    for i in range(count):
        per_day = 6 * 36        # six calendars, 08:00-17:00 in 15-minute slots
        if slot >= per_day:
            slot, day = 0, day + dt.timedelta(days=3 if day.weekday() == 4 else 1)
        calendar = CALENDARS[slot % 6]
        start = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=15 * (slot // 6))
        slot += 1
        title, minutes = _TITLES[rng.randrange(len(_TITLES))]
        n = name_order[i]
        first, rest = _FIRST[n % len(_FIRST)], n // len(_FIRST)
        last, initial = _LAST[rest % len(_LAST)], chr(65 + rest // len(_LAST))
        name = f"{first} {initial}. {last}"
        email = f"{first.lower()}.{last.lower()}{i % 997}@{_DOMAINS[n % len(_DOMAINS)]}"
        area = (212, 347, 646, 718, 917, 516, 631, 914)[n % 8]
        number = area * 10_000_000 + phone_order[i]
        phone = number if i % 3 else f"({area}) {str(number)[3:6]}-{str(number)[6:]}"   # numbers and text
        guardian = rng.random() < 0.12
        yield [f"EHR-{id_order[i]}", calendar, title, start,
               start + dt.timedelta(minutes=minutes), minutes, _ZONES[i % len(_ZONES)], "No", "Busy",
               f"Main St Clinic, {calendar}", _NOTES[rng.randrange(len(_NOTES))], name, email, phone,
               f"{_FIRST[(n + 7) % len(_FIRST)]} {last}" if guardian else None,
               f"guardian{i}@{_DOMAINS[(n + 3) % len(_DOMAINS)]}" if guardian else None,
               _INSURERS[n % len(_INSURERS)], 100_000 + i, start.date() if i % 5 == 0 else None]


def schedule_xlsx(count: int) -> Path:
    """The cached schedule of `count` rows (written with openpyxl write-only on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"schedule_{count}x{len(HEADERS)}_v{FORMAT}.xlsx"
    if path.exists():
        return path
    import openpyxl

    print(f"  generating {path.name} (once; cached) ...", flush=True)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Appointments")
    sheet.append(HEADERS)
    for row in rows(count):
        sheet.append(row)
    partial = path.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.replace(path)
    return path
