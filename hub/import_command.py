"""The body of `oo-hub import FOLDER`: read the manifest, import its rows, say what became of each.

Exit status 0 when every row is in, 1 when some rows failed (each named with its line and why; the others
are in), 2 when the manifest cannot be used at all.
"""

from __future__ import annotations

import asyncio
import sys
from contextlib import closing
from pathlib import Path

from hub.import_lessons import import_rows
from hub.import_manifest import ManifestError, read_manifest
from hub.import_progress import ImportProgress, report
from hub.store import Store


def import_folder(folder: Path, data: Path, db_url: str) -> int:
    if not folder.is_dir():
        print(f"oo-hub import: {folder} is not a folder", file=sys.stderr)
        return 2
    try:
        rows, problems = read_manifest(folder)
    except ManifestError as e:
        print(f"oo-hub import: {e}", file=sys.stderr)
        return 2
    progress = ImportProgress(len(rows))
    with closing(Store(data, db_url)) as store:
        try:
            summary = asyncio.run(import_rows(store, rows, progress))
        finally:
            progress.end()
    report(summary, problems)
    return 1 if problems or summary.failed else 0
