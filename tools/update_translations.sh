#!/usr/bin/env bash
# Collect every tr()/translate() string of app/ and widgets/ into the .ts sources (keeps translations).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete -locations relative $(git ls-files 'app/*.py' 'widgets/*.py' 'media/*.py') \
  -ts resources/i18n/oo_en.ts resources/i18n/oo_zh_TW.ts
