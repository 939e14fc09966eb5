"""Refresh the translation catalogues from the code: `uv run python resources/i18n/update.py [--check]`.

Finds every message of gui/ (the command line's excepted: it stays English) given with a literal text to
gui.core.i18n's tr(context, text), trn(context, one, many, n), tr_noop(context, text) and trn_noop(context, one,
many), and to Qt's own
QCoreApplication.translate(context, text[, disambiguation[, n]]), QT_TRANSLATE_NOOP(context, text) and
self.tr(text[, disambiguation[, n]]) (context: the class). Then rewrites each resources/i18n/*.ts (Qt Linguist's
format): translations kept, new messages added unfinished, messages gone from the code marked vanished (Qt
Linguist shows them as obsolete; they come back translated if the text returns). --check changes nothing and
exits 1 when a catalogue is not up to date. An f-string given as a text stops it: it could never be found.

pyside6-lupdate cannot do this: it reads tr(context, text) as Qt's tr(text, disambiguation), and knows no
message with both English plural forms.
"""

from __future__ import annotations

import argparse
import ast
import copy
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "gui"
SKIPPED = ("cli",)                      # folders of gui/ whose texts are never translated
NUMERUS_FORMS = {"ja": 1, "ko": 1, "zh": 1, "fr": 2, "es": 2, "pt": 2, "de": 2, "it": 2, "nl": 2, "pl": 3,
                 "ru": 3, "uk": 3, "cs": 3}         # how many plural forms a language has (Qt's rules)
ENGLISH_SINGULAR = "English singular: "             # the extra comment of a plural message
LOCATION_PREFIX = "../../"                          # from resources/i18n/ to the project's folder
CATALOGUE = "apptoto-sheets_{language}.ts"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""                       # Qt's disambiguation: part of what is looked up
    numerus: bool = False
    singular: str = ""                      # trn's English singular, shown to translators
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


class FStringError(ValueError):
    pass


# ---- finding the messages -----------------------------------------------------------------------------
def _text(node: ast.expr | None, where: str) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        raise FStringError(f"{where}: an f-string is never found in a catalogue: use a template with placeholders")
    return None                                     # a variable: a text marked with tr_noop elsewhere


def _call_name(func: ast.expr) -> tuple[str, str]:
    """('tr', '') for tr(...) and i18n.tr(...); ('tr', 'self') for self.tr(...); ('translate', 'QCoreApplication')."""
    if isinstance(func, ast.Name):
        return func.id, ""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.attr, func.value.id
    return "", ""


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path, self.classes, self.found = path, [], []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name, owner = _call_name(node.func)
        args = list(node.args)
        where = f"{self.path}:{node.lineno}"
        message = None
        if owner in ("", "i18n") and name in ("tr", "tr_noop", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context, text = _text(args[0], where), _text(args[1], where)
            message = text is not None and context is not None and Message(context, text)
        elif owner in ("", "i18n") and (name == "trn" and len(args) >= 4 or name == "trn_noop" and len(args) == 3):
            context, one, many = (_text(a, where) for a in args[:3])
            message = None not in (context, one, many) and Message(context, many, numerus=True, singular=one)
        elif (owner, name) == ("QCoreApplication", "translate") and len(args) >= 2:
            message = self._qt(args[0], args[1:], where)
        elif (owner in ("self", "cls")) and name == "tr" and args and self.classes:
            message = self._qt(ast.Constant(self.classes[-1]), args, where)
        if message:
            message.files.append(self.path)
            self.found.append(message)

    def _qt(self, context_node: ast.expr, rest: list[ast.expr], where: str) -> Message | None:
        context, text = _text(context_node, where), _text(rest[0], where)
        comment = _text(rest[1], where) if len(rest) > 1 else ""
        if context is None or text is None or comment is None:
            return None
        return Message(context, text, comment or "", numerus=len(rest) > 2)


def find_messages(sources: Path = SOURCES) -> list[Message]:
    """Every message of the code, once (the files it is in, in order), by context then order of appearance."""
    merged: dict[tuple[str, str, str], Message] = {}
    for path in sorted(sources.rglob("*.py")):
        relative = path.relative_to(sources.parent).as_posix()
        if path.relative_to(sources).parts[0] in SKIPPED:
            continue
        finder = _Finder(relative)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), relative))
        for message in finder.found:
            known = merged.setdefault(message.key, message)
            if known is not message:
                known.numerus |= message.numerus
                known.singular = known.singular or message.singular
                known.files += [f for f in message.files if f not in known.files]
    return sorted(merged.values(), key=lambda m: m.context)      # stable: order of appearance within a context


# ---- the catalogue --------------------------------------------------------------------------------------
def language(ts: Path) -> str:
    """`es` for apptoto-sheets_es.ts, `pt_BR` for apptoto-sheets_pt_BR.ts."""
    parts = ts.stem.split("_")
    return "_".join(parts[1:]) if len(parts) > 1 else parts[0]


def _old_messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not ts.is_file():
        return {}
    old = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            old[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return old


def _translation(old: ET.Element | None, numerus: bool, forms: int) -> ET.Element:
    if old is not None and old.find("translation") is not None:
        translation = copy.deepcopy(old.find("translation"))
        if translation.get("type") in ("vanished", "obsolete"):
            del translation.attrib["type"]
        has_forms = translation.find("numerusform") is not None
        if has_forms == numerus:
            return translation
    translation = ET.Element("translation", type="unfinished")
    for _ in range(forms if numerus else 0):
        ET.SubElement(translation, "numerusform")
    return translation


def _message_element(message: Message, old: ET.Element | None, forms: int) -> ET.Element:
    element = ET.Element("message", numerus="yes") if message.numerus else ET.Element("message")
    for file in message.files:
        ET.SubElement(element, "location", filename=LOCATION_PREFIX + file)
    ET.SubElement(element, "source").text = message.source
    if message.comment:
        ET.SubElement(element, "comment").text = message.comment
    if message.singular:
        ET.SubElement(element, "extracomment").text = ENGLISH_SINGULAR + message.singular
    if old is not None and old.find("translatorcomment") is not None:
        element.append(copy.deepcopy(old.find("translatorcomment")))
    element.append(_translation(old, message.numerus, forms))
    return element


def catalogue(ts: Path, messages: list[Message]) -> str:
    """The text of the catalogue `ts` for these messages, keeping what it translated."""
    lang = language(ts)
    forms = NUMERUS_FORMS.get(lang, NUMERUS_FORMS.get(lang.split("_")[0], 2))
    old = _old_messages(ts)
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}

    def context_element(name: str) -> ET.Element:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        return contexts[name]

    for message in messages:
        context_element(message.context).append(_message_element(message, old.pop(message.key, None), forms))
    for (context, _source, _comment), element in sorted(old.items(), key=lambda item: item[0][0]):
        translation = element.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue                                # nothing translated is lost: drop it
        vanished = copy.deepcopy(element)
        for location in vanished.findall("location"):
            vanished.remove(location)
        vanished.find("translation").set("type", "vanished")
        context_element(context).append(vanished)
    ET.indent(root, space="    ")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


@dataclass(frozen=True)
class Counts:
    messages: int
    translated: int
    vanished: int


def counts(ts: Path, files_under: tuple[str, ...] = ()) -> Counts:
    """Messages of the catalogue (those in files under `files_under` only, e.g. ('gui/core/',)), how many are
    translated (every plural form), and how many vanished."""
    messages = translated = vanished = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            vanished += 1
            continue
        files = [loc.get("filename", "").removeprefix(LOCATION_PREFIX) for loc in message.iter("location")]
        if files_under and not any(f.startswith(files_under) for f in files):
            continue
        messages += 1
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        translated += kind != "unfinished" and all(texts)
    return Counts(messages, translated, vanished)


def catalogues(folder: Path = HERE) -> list[Path]:
    return sorted(folder.glob("*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a catalogue is stale")
    parser.add_argument("--add", metavar="LANGUAGE", help="start the catalogue of a new language (e.g. pt_BR)")
    args = parser.parse_args(argv)
    if args.add and not (HERE / CATALOGUE.format(language=args.add)).exists():
        (HERE / CATALOGUE.format(language=args.add)).write_text("<TS/>\n", encoding="utf-8")
    try:
        messages = find_messages()
    except FStringError as error:
        print(error, file=sys.stderr)
        return 2
    stale = []
    for ts in catalogues():
        text = catalogue(ts, messages)
        if ts.read_text(encoding="utf-8") != text:
            stale.append(ts.name)
            if not args.check:
                ts.write_text(text, encoding="utf-8")
        c = counts(ts)
        print(f"{ts.name}: {c.messages} messages, {c.translated} translated, {c.messages - c.translated} to "
              f"translate, {c.vanished} vanished{' (stale)' if args.check and ts.name in stale else ''}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
