#!/bin/sh
# Regenerates the parser goldens from CPython 3.11 (python3 must be 3.11).
set -e
cd "$(dirname "$0")"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
for program in ast/*.py; do
    python3 ast_dump.py "$program" > "${program%.py}.ast"
done
python3 errors_dump.py errors > errors/errors.golden
