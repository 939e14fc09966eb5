"""Translating the messages of the layers below Qt: English templates, in another language once the window installs
a translator (the command line never does: it stays English, byte for byte).

    tr("rowbuild", "{label} is empty: a new appointment needs it", label=...)
    trn("words", "{count} row", "{count} rows", n)         # {count} is n written as words.number writes it
    LABELS = (tr_noop("fields", "Start"), ...)  ... tr("fields", label)      # marked here, translated when shown
    COUNTS = {NEW: trn_noop("vocab", "{count} new", "{count} new")}  ... trn("vocab", *COUNTS[NEW], n)

The context (first argument) names the module or the subject; the text is a whole sentence with named
placeholders, filled after translating (a translation may put them in another order). Only literal texts are
found by resources/i18n/update.py, which writes them into the Qt Linguist catalogue; the window installs
QCoreApplication.translate (gui/qt/translation.py) and Qt looks the texts up in the compiled catalogue. A plural
is looked up by its plural text with the count, so that Qt picks the language's numerus form.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str, int], str]        # (context, source text, count or -1) -> translated text

_translate: Translate | None = None


def install(translate: Translate | None) -> None:
    """Translate every message from now on with `translate`; None: English again."""
    global _translate
    _translate = translate


def installed() -> bool:
    """Whether a translator is installed (the window, in a language other than English)."""
    return _translate is not None


def tr(context: str, text: str, /, **values: object) -> str:
    """`text` in the user's language, its `{placeholders}` filled with `values` (none: the text as it is, braces
    and all). A translation whose placeholders do not fit is not used."""
    if _translate is None:
        return text.format(**values) if values else text
    translated = _translate(context, text, -1)
    return _filled(translated, text, values) if values else translated


def trn(context: str, one: str, many: str, n: int, /, **values: object) -> str:
    """`one` or `many` as `n` asks, in the user's language (its own plural forms); `{count}` is `n` written
    `1,234` unless given."""
    values.setdefault("count", f"{n:,}")
    english = one if n == 1 else many
    if _translate is None:
        return english.format(**values)
    translated = _translate(context, many, n)
    return _filled(english if translated == many else translated, english, values)


def tr_noop(context: str, text: str, /) -> str:
    """`text` as it is: marks it for the catalogue, to be translated where it is shown (`tr(context, text)`)."""
    return text


def trn_noop(context: str, one: str, many: str, /) -> tuple[str, str]:
    """`(one, many)` as they are: marks a plural for the catalogue, to be translated where it is shown."""
    return one, many


def _filled(translated: str, english: str, values: dict[str, object]) -> str:
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return english.format(**values)
