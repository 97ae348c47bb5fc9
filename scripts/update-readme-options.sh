#!/usr/bin/env bash
# Rewrites README.md's option list from the option table (src/app/options.cpp), using the
# unit test that compares them (it prints the expected table). Run after changing an option.
set -euo pipefail
cd "$(dirname "$0")/.."
expected="$(build/tests/aa_unit_tests --gtest_filter='OptionTable.ReadmeListsTheTableAsItIs' 2>&1 |
  sed -n '/paste this in its place:/,/^\[  FAILED/p' | sed '1d;$d' || true)"
[[ -n "$expected" ]] || { echo "README.md's option list is already current"; exit 0; }
python3 - "$expected" <<'PY'
import re, sys
text = open("README.md").read()
start = text.index("| option | default | what it does |")
end = text.index("\n\n", start)
open("README.md", "w").write(text[:start] + sys.argv[1].rstrip("\n") + text[end:])
PY
echo "README.md's option list rewritten"
