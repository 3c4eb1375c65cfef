"""A TOML settings file read against declared sections: every mistake listed with its file and line.

Both programs declare their sections as frozen dataclasses whose fields are made by setting(): a
parser that returns the typed value or raises ValueError saying what was expected, a default (or
none: a file that has the section must give the key) and whether the value is a secret, never
repeated in a message. read_sections() checks a whole file and raises SettingsFileError naming every
mistake as "file, line N: [section] key: what was expected". The words come from a Wording: the
classroom client passes its own, translated; the hub keeps the English ones.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import Any


class SettingsFileError(ValueError):
    """A settings file that cannot be used; one line per mistake, each with the file and its line."""


@dataclass(frozen=True)
class Wording:
    """The sentences of settings mistakes, str.format templates; English unless a program passes its own."""

    line: str = "line {line}"
    """Where in the file: {line}."""
    at_line: str = "{path}, {line}: {problem}"
    """A mistake with its place: {line} is the sentence above."""
    in_file: str = "{path}, {problem}"
    """A mistake whose line cannot be found."""
    in_key: str = "[{section}] {key}: {problem}"
    """A value that is not what the key expects."""
    cannot_read: str = "{path}: cannot read it ({error})."
    not_toml: str = "{path}: not a valid TOML file: {error}."
    unknown_section: str = "unknown section [{section}]; known are {names}."
    """{section}; {names}: the known sections, or with {hint} (unknown_section_hint) the nearest one."""
    unknown_section_hint: str = "unknown section [{section}]; did you mean {hint}?"
    not_a_section: str = "[{section}]: expected a section [{section}] with keys under it"
    unknown_key: str = "[{section}] has no key {key!r}; known are {names}."
    unknown_key_hint: str = "[{section}] has no key {key!r}; did you mean {hint}?"
    missing: str = "[{section}] needs {key} ({expected})"
    """A key without a default that a section given in the file lacks; {expected} is the setting's."""
    found: str = "{problem} (found {value!r})"
    """What a value that is not a secret was, after what was expected ({problem})."""
    comma: str = ", "
    """Between the known names of a list."""


def setting(default: Any = MISSING, *, parse: Callable[[Any], Any], secret: bool = False, **about: Any) -> Any:
    """Declare a setting: its default (none: required), its parser and whether it holds a secret.

    about: what else a program keeps with it (the client's title, the hub's `expected`).
    """
    return field(default=default, metadata={"parse": parse, "secret": secret, **about})


def nearest(name: str, known: list[str], did_you_mean: str, known_are: str, comma: str = ", ", **more: Any) -> str:
    """A misspelt name gets the nearest known one ({hint}), anything else the known names ({names})."""
    hint = difflib.get_close_matches(f"[{name}]" if known[0].startswith("[") else name, known, 1)
    if hint:
        return did_you_mean.format(hint=hint[0], **more)
    return known_are.format(names=comma.join(known), **more)


def parse_value(option: Field[Any], value: Any, wording: Wording) -> Any:
    """One setting's value, validated and typed; ValueError says what was expected, and what was
    found unless the setting is a secret."""
    try:
        return option.metadata["parse"](value)
    except ValueError as e:
        if option.metadata["secret"]:
            raise
        raise ValueError(wording.found.format(problem=e, value=value)) from e


def line_of(text: str, section: str, key: str | None = None) -> int | None:
    """The 1-based line where [section] key (or the section header) is written, if it can be found."""
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.fullmatch(r"\[\[?\s*([\w.-]+)\s*\]\]?\s*(#.*)?", stripped)
        if header:
            current, _, table = header.group(1).partition(".")
            if current == section and (key is None or table == key):  # [[network.turn]] is network's turn
                return number
        elif key is not None and current == section and re.match(rf'["\']?{re.escape(key)}["\']?\s*[=.]', stripped):
            return number
    return None


def read_sections(path: Path, sections: Mapping[str, type], wording: Wording) -> dict[str, dict[str, Any]]:
    """The validated values of the file at path, by section and key.

    sections: each section's dataclass of settings. Raises SettingsFileError listing every mistake.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SettingsFileError(wording.cannot_read.format(path=path, error=e)) from e
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SettingsFileError(wording.not_toml.format(path=path, error=e)) from e
    problems: list[str] = []

    def problem(section: str, key: str | None, message: str) -> None:
        line = line_of(text, section, key)
        if line:
            problems.append(wording.at_line.format(path=path, line=wording.line.format(line=line), problem=message))
        else:
            problems.append(wording.in_file.format(path=path, problem=message))

    values: dict[str, dict[str, Any]] = {}
    for name, table in raw.items():
        if name not in sections:
            known = [f"[{s}]" for s in sections]
            hint = nearest(
                name, known, wording.unknown_section_hint, wording.unknown_section, wording.comma, section=name
            )
            problem(name, None, hint)
            continue
        if not isinstance(table, dict):
            problem(name, None, wording.not_a_section.format(section=name))
            continue
        options = {option.name: option for option in fields(sections[name])}
        values[name] = {}
        for key, value in table.items():
            if key not in options:
                known = list(options)
                problem(
                    name,
                    key,
                    nearest(
                        key, known, wording.unknown_key_hint, wording.unknown_key, wording.comma, section=name, key=key
                    ),
                )
                continue
            try:
                values[name][key] = parse_value(options[key], value, wording)
            except ValueError as e:
                problem(name, key, wording.in_key.format(section=name, key=key, problem=e))
        for option in options.values():
            if option.name not in table and option.default is MISSING and option.default_factory is MISSING:
                expected = option.metadata.get("expected", "")
                problem(name, None, wording.missing.format(section=name, key=option.name, expected=expected))
    if problems:
        raise SettingsFileError("\n".join(problems))
    return values
