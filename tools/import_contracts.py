"""An import-linter contract that can forbid a part of an external package, such as PySide6.QtWidgets.

import-linter keeps each external package as one node (`PySide6`), so its forbidden contract can forbid
PySide6 but refuses PySide6.QtWidgets ("subpackages of external packages are not valid"). This contract
first points each import of a forbidden part's package at the part its import statement names, then
checks exactly as the forbidden contract does, with the same options.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from grimp import ImportGraph
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.domain.contract import ContractCheck
from importlinter.domain.imports import Module, ModuleExpression


class ForbiddenPartsContract(ForbiddenContract):
    """The forbidden contract, where a forbidden module may be a part of an external package."""

    type_name = "forbidden_parts"

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        # import-linter sets each field's parsed value on the contract in place of the class's field
        forbidden = cast("set[ModuleExpression]", self.forbidden_modules)
        packages = {expression.expression.split(".")[0] for expression in forbidden}
        for package in sorted(packages & graph.modules):
            if graph.is_module_squashed(package):
                point_at_parts(graph, package)
        return super().check(graph, verbose)

    def _validate_external_forbidden_modules(self, external_forbidden_modules: Iterable[Module]) -> None:
        # a part is a node of its own once point_at_parts has run; only a missing include_external_packages
        # is still a mistake
        if external_forbidden_modules and not self._graph_was_built_with_externals():
            super()._validate_external_forbidden_modules(external_forbidden_modules)


def point_at_parts(graph: ImportGraph, package: str) -> None:
    """Adds an import of each part of an external package that an import of it names."""
    for importer in graph.find_modules_that_directly_import(package):
        source = source_of(importer)
        for details in graph.get_import_details(importer=importer, imported=package):
            line = details["line_number"]
            for part in named_parts(source, line, package):
                graph.add_import(
                    importer=importer, imported=part, line_number=line, line_contents=details["line_contents"]
                )


def named_parts(source: ast.Module, line: int, package: str) -> list[str]:
    """The modules of a package that the import statement at a line names (`from PySide6 import QtGui` and
    `from PySide6.QtGui import QImage` both name PySide6.QtGui)."""
    parts = []
    for node in ast.walk(source):
        if getattr(node, "lineno", None) != line:
            continue
        if isinstance(node, ast.Import):
            parts += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module == package:
            parts += [f"{package}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            parts.append(node.module)
    return [part for part in parts if part.startswith(f"{package}.")]


def source_of(module: str) -> ast.Module:
    """The parsed source of one of the root packages' modules, found from the working directory as
    lint-imports finds the root packages."""
    path = Path(*module.split("."))
    file = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    return ast.parse(file.read_text(encoding="utf-8"), str(file))
