"""Cell conversion: one raw cell value (as read, or as typed) to the value sent, or a plain-words problem."""

from __future__ import annotations

import datetime as dt
import math
import re

from gui.core.fields import SHOW_AS_LABELS
from gui.core.i18n import installed, tr, tr_noop

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
MAX_ID = 2**63 - 1                 # Apptoto's ids are 64-bit numbers
MAX_MINUTES = 366 * 24 * 60        # a duration of more than a year is a typing slip, not an appointment


class CellProblem(Exception):
    """A cell that cannot be converted; the message says why in plain words."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def number_text(value: float) -> str:
    """A number as staff would read it: 12 not 12.0, never 1.2E+10 (below 10**15)."""
    if not math.isfinite(value):
        return "NaN" if value != value else "∞" if value > 0 else "-∞"
    if abs(value) >= 1e15:
        return f"{value:.15g}"
    if value == int(value):
        return str(int(value))
    return repr(value)


def shown(value: object, limit: int = 30) -> str:
    """A value quoted in a message: numbers as staff read them (1e+20 for a huge one), long text cut short."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        try:
            value = float(value)
        except OverflowError:
            value = math.inf if value > 0 else -math.inf
    text = number_text(value) if isinstance(value, float) else str(value).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def to_text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def to_int(value: object) -> int:
    if isinstance(value, bool):
        raise CellProblem(tr("convert", "should be a whole number, not yes/no"))
    if isinstance(value, int):
        return _in_range(value, value)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return _in_range(int(value), value)
        raise CellProblem(tr("convert", "{value} is not a whole number", value=number_text(value)))
    text = str(value).strip().replace(",", "")
    if re.fullmatch(r"[+-]?\d+(\.0*)?", text):
        digits = text.split(".")[0]
        return _in_range(int(digits) if len(digits) < 40 else MAX_ID + 1, value)
    raise CellProblem(tr("convert", "“{value}” is not a whole number", value=value))


def _in_range(number: int, value: object) -> int:
    if -MAX_ID <= number <= MAX_ID:
        return number
    raise CellProblem(tr("convert", "“{value}” is too large (Apptoto's numbers go up to {most})",
                          value=shown(value), most=f"{MAX_ID:,}"))


_TRUE = {"yes", "y", "true", "t", "1", "x", "on", "✓", "✔"}
_FALSE = {"no", "n", "false", "f", "0", "off"}


def to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = to_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem(tr("convert", "“{value}” is not yes or no (use yes/no, true/false, 1/0 or x)", value=value))


def to_show_as(value: object) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool) and value in (0, 1, 2, 3, 4):
        return int(value)
    text = re.sub(r"\s+", " ", to_text(value).lower())
    if text in ("0", "1", "2", "3", "4"):
        return int(text)
    if text in SHOW_AS_LABELS:
        return SHOW_AS_LABELS[text]
    raise CellProblem(tr("convert", "“{value}” is not one of Free, Tentative, Busy, Out of Office, Working Elsewhere "
                          "(or 0-4)", value=value))


def to_minutes(value: object) -> float:
    if isinstance(value, bool):
        raise CellProblem(tr("convert", "should be a number of minutes"))
    try:
        if isinstance(value, int | float):
            minutes = float(value)
        elif isinstance(value, dt.time):
            minutes = value.hour * 60 + value.minute + value.second / 60
        else:
            found = parse_duration_text(to_text(value))
            if found is None:
                raise CellProblem(tr("convert", "“{value}” is not a number of minutes (e.g. 50, 50 min, 1h 30m, 1:30)",
                                    value=shown(value)))
            minutes = found
    except (ValueError, OverflowError):
        raise CellProblem(tr("convert", "“{value}” is not a number of minutes", value=shown(value))) from None
    if not math.isfinite(minutes):
        raise CellProblem(tr("convert", "“{value}” is not a number of minutes", value=shown(value)))
    minutes = round(minutes * 60) / 60          # 29.99999999999997 from a saved formula is 30
    if minutes <= 0:
        raise CellProblem(tr("convert", "should be more than 0 minutes"))
    if minutes > MAX_MINUTES:
        raise CellProblem(tr("convert", "“{value}” minutes is more than a year (at most {most})", value=shown(value),
                             most=f"{MAX_MINUTES:,}"))
    return minutes


# An address kept exactly as written: plain characters, a dotted domain, and none of "..", ".@", "@-", "-.", ".-"
# nor a leading "." or trailing "-" (the common case, checked in one C-level match; anything else goes through
# email_validator).
PLAIN_EMAIL = re.compile(r"(?!\.)(?!.*\.\.)(?!.*\.@)(?!.*@-)(?!.*-\.)(?!.*\.-)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
                         r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<!-)").fullmatch


def to_email(value: object) -> str:
    text = to_text(value)
    if PLAIN_EMAIL(text):
        return text
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        if installed():                       # email_validator gives its reasons in English only
            raise CellProblem(tr("convert", "“{value}” is not a valid e-mail address", value=text)) from None
        raise CellProblem(tr("convert", "“{value}” is not a valid e-mail address: {reason}", value=text,
                             reason=exc)) from None


_NOT_DIGIT = re.compile(r"\D")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|extension|#)\s*\d{1,6}\s*$", re.IGNORECASE)


# Countries of the North American Numbering Plan: a number without +country has 10 digits (or 11 from 1).
NANP_REGIONS = frozenset({"US", "CA", "PR", "VI", "GU", "AS", "MP", "AG", "AI", "BB", "BM", "BS", "DM", "DO",
                          "GD", "JM", "KN", "KY", "LC", "MS", "SX", "TC", "TT", "VC", "VG"})


# A phone written as exactly 10 digits among spaces ( ) - . / : kept as written in every region (7 to 15 digits
# anywhere; 10 in the North American plan). The common case, checked in one C-level match.
PLAIN_PHONE = re.compile(r"(?:[\s().\-/]*\d){10}[\s().\-/]*").fullmatch
PHONE_NUMBERS = range(1_000_000, 10**15)      # number cells that are a phone as they are (7 to 15 digits)


def to_phone(value: object, region: str = "") -> str:
    """Phone as text; a number cell becomes its digits (never 5551234567.0 or 5.55E+09).

    `region`: the country of numbers written without +country (e.g. "US"); in the North American plan such
    a number must have 10 digits (or 11 starting with 1). Other regions and "" check 7 to 15 digits."""
    if value.__class__ is int and value in PHONE_NUMBERS:     # the common number cell: no text checks needed
        return str(value)
    if isinstance(value, bool):
        raise CellProblem(tr("convert", "is yes/no, not a phone number"))
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise CellProblem(tr("convert", "{value} is not a phone number", value=number_text(value)))
        value = int(value)
    text = str(value) if isinstance(value, int) else to_text(value)
    core = _EXTENSION.sub("", text) if ("x" in text or "#" in text or "X" in text) else text
    digits = len(_NOT_DIGIT.sub("", core))
    if not _PHONE_CHARS.match(core):
        raise CellProblem(tr("convert", "“{value}” is not a phone number (only digits, spaces, + ( ) - . are expected)",
                             value=text))
    if not 7 <= digits <= 15:
        raise CellProblem(tr("convert", "“{value}” has {digits} digits; a phone number has 7 to 15", value=text,
                             digits=digits))
    if region in NANP_REGIONS and not core.lstrip().startswith("+"):
        first = core.lstrip("( ")[:1]
        if not (digits == 10 or (digits == 11 and first == "1")):
            raise CellProblem(tr("convert", "“{value}” has {digits} digits; a {region} number has 10 (area code and "
                                 "number), or write it with +country", value=text, digits=digits, region=region))
    return text


# ---- dates and times ---------------------------------------------------------------------------

_ORDERS = ("MDY", "DMY", "YMD")
_DATE_RE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_TIME_RE = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m?\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$",
                      re.IGNORECASE)
_MONTH_WORD = re.compile(r"[^\W\d_]{3}")
_MONTH_FORMATS = ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y", "%a %b %d %Y", "%A %B %d %Y", "%a %B %d %Y",
                  "%A %b %d %Y", "%a %d %b %Y", "%A %d %B %Y", "%a %d %B %Y", "%A %d %b %Y")
_AT = re.compile(r"(?<=\S),?\s+at\s+(?=\d)", re.IGNORECASE)      # "December 23, 2026 at 9:00 am"


_NUMBER = r"(\d+(?:[.,]\d+)?)"
_DURATION_RE = re.compile(rf"^(?:{_NUMBER}\s*(?:h|hr|hrs|hour|hours)\.?)?\s*"
                          rf"(?:{_NUMBER}\s*(?:m|min|mins|minute|minutes)?\.?)?$", re.IGNORECASE)


def parse_duration_text(text: str) -> float | None:
    """Minutes in a duration written as text: "90", "50 min", "1h 30m", "1 hour 30 minutes", "1.5 hours", "1:30"
    (hours:minutes); None when it is none of these."""
    text = text.strip()
    hours, colon, rest = text.partition(":")
    if colon:
        parts = [hours, *rest.split(":")]                    # h:mm or h:mm:ss
        if len(parts) > 3 or not all(p.isdigit() for p in parts) or any(len(p) != 2 for p in parts[1:]):
            return None
        return int(parts[0]) * 60 + int(parts[1]) + (int(parts[2]) / 60 if len(parts) == 3 else 0)
    m = _DURATION_RE.match(text)
    if not m or not text or (m.group(1) is None and m.group(2) is None):
        try:
            return float(text)            # a plain number in another notation ("1e3"); nan and inf are judged later
        except ValueError:
            return None
    whole_hours = float(m.group(1).replace(",", ".")) if m.group(1) else 0.0
    minutes = float(m.group(2).replace(",", ".")) if m.group(2) else 0.0
    return whole_hours * 60 + minutes


def serial_to_datetime(serial: float) -> dt.datetime:
    """Excel serial day number (1900 date system) to a naive date-time, to the second."""
    if not 0 <= serial < 2958466:
        raise CellProblem(tr("convert", "{value} is not a date", value=number_text(serial)))
    moment = EXCEL_EPOCH + dt.timedelta(days=serial)
    return (moment + dt.timedelta(microseconds=500_000)).replace(microsecond=0)


def parse_time_text(text: str) -> dt.time | None:
    m = _TIME_RE.match(text.strip())
    if not m:
        return None
    if m.group(5) is not None:
        hour, minute, second, ampm = int(m.group(5)), int(m.group(6)), int(m.group(7) or 0), None
    else:
        hour, minute, second, ampm = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), m.group(4)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def tidy_typed_time(text: str) -> object:
    """What a typed start or end cell keeps: a time of day ('9:30 am', '9:30') as a time, so it reads
    like the sheet's other times (09:30); anything else (a date and time, a mistake) exactly as typed."""
    found = parse_time_text(text) if isinstance(text, str) and text.strip() else None
    return found if found is not None else text


def parse_date_text(text: str, order: str) -> dt.date | None:
    text = text.strip().rstrip(",")
    m = _DATE_RE.match(text)
    if m:
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            y, mo, d = a, b, c          # 2026-12-01 / 2026/12/01 is year-first whatever the order
        elif order == "DMY":
            d, mo, y = a, b, c
        elif order == "YMD":
            y, mo, d = a, b, c
        else:
            mo, d, y = a, b, c
        if y < 100:
            y += 2000
        try:
            return dt.date(y, mo, d)
        except ValueError:
            return None
    cleaned = re.sub(r"[,]", " ", text)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    if not _MONTH_WORD.search(cleaned):
        return None                      # every format below needs a month (or day) name: no strptime tries
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def parse_datetime_text(text: str, order: str) -> dt.datetime | dt.date | dt.time:
    """Text to an aware or naive datetime, a date, or a time; raises CellProblem when unreadable."""
    text = text.strip()
    if " at " in text or " AT " in text or " At " in text:
        text = _AT.sub(" ", text)
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    if re.match(r"^\d{4}-\d{2}-\d{2}", iso):
        try:
            value = dt.datetime.fromisoformat(iso)
        except ValueError:
            value = None
        if value is not None:
            if len(iso) == 10:
                return value.date()
            return value
    t = parse_time_text(text)
    if t is not None:
        return t
    d = parse_date_text(text, order)
    if d is not None:
        return d
    # "date time" with a space (or a "T") between the two parts
    for sep in (" ", "T"):
        head, _, tail = text.partition(sep)
        while tail:
            d = parse_date_text(head, order)
            t = parse_time_text(tail)
            if d is not None and t is not None:
                return dt.datetime.combine(d, t)
            more, _, tail = tail.partition(sep)
            head = f"{head}{sep}{more}"
    raise CellProblem(tr("convert", "“{value}” is not a date or time I can read ({example})", value=text,
                          example=order_hint(order)))


TIME_HINT = tr_noop("convert", "e.g. 9:30 or 2:30 PM")   # a start or end cell beside a Date column: a time is all it needs
#                                                             (tr("convert", TIME_HINT) where shown)


def order_hint(order: str) -> str:
    if order == "MDY":
        return tr("convert", "e.g. 12/31/2026 2:30 PM")
    return tr("convert", "e.g. 31/12/2026 14:30") if order == "DMY" else tr("convert", "e.g. 2026-12-31 14:30")


def to_moment(value: object, order: str, as_time: bool = False) -> dt.datetime | dt.date | dt.time:
    """A start/end/date cell as datetime (naive or aware), date, or time-of-day.

    `as_time`: a bare number below 1 is a time of day (Excel stores 9:30 as 0.3958…).
    """
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value
    if isinstance(value, bool):
        raise CellProblem(tr("convert", "is yes/no, not a date or time"))
    if isinstance(value, int | float):
        if 0 <= value < 1 and (as_time or value != 0):
            moment = serial_to_datetime(value)
            return moment.time()
        if isinstance(value, int) and not 0 <= value < 2958466:
            raise CellProblem(tr("convert", "“{value}” is not a date", value=shown(value)))
        moment = serial_to_datetime(float(value))
        return moment.date() if moment.time() == dt.time(0) and float(value).is_integer() else moment
    if isinstance(value, dt.timedelta):
        return (dt.datetime.min + value).time()
    return parse_datetime_text(str(value), order)


def to_date(value: object, order: str) -> dt.date:
    moment = to_moment(value, order)
    if isinstance(moment, dt.datetime):
        return moment.date()
    if isinstance(moment, dt.date):
        return moment
    raise CellProblem(tr("convert", "“{value}” is a time, not a date", value=to_text(value)))


def wire_time(moment: dt.datetime) -> str:
    """`YYYY-MM-DDTHH:MM:SS±HH:MM` for an aware datetime."""
    return moment.isoformat(timespec="seconds")
