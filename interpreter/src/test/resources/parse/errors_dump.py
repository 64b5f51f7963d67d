"""Prints how CPython rejects each program in errors/: one tab-separated line per file with the
file name, exception type, line, the caret's first column and the column just past its last
'^' (1-based, both 0 when CPython prints no caret) and the message (SyntaxErrorGoldenTest).

The caret is read from the traceback python3 prints when running the file, so the goldens hold
what a user sees, not only the exception's offsets (CPython prints one '^' for an
IndentationError, none where the offset falls in the indentation or at the end of the input).
"""
import glob
import os
import re
import subprocess
import sys


def printed_caret(path, lineno):
    err = subprocess.run([sys.executable, path], capture_output=True, text=True).stderr.splitlines()
    with open(path, encoding='utf-8') as f:
        line = f.read().split('\n')[lineno - 1]
    indent = len(line) - len(line.lstrip(' \t\f'))
    for text in err:
        match = re.fullmatch(r'    ( *)(\^+)', text)
        if match:
            column = indent + len(match.group(1)) + 1
            return column, column + len(match.group(2))
    return 0, 0


os.chdir(sys.argv[1])
for path in sorted(glob.glob('*.py')):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    try:
        compile(source, path, 'exec')
        sys.exit('%s compiles; it does not belong in errors/' % path)
    except SyntaxError as e:
        start, end = printed_caret(path, e.lineno)
        print('\t'.join([path, type(e).__name__, str(e.lineno), str(start), str(end), e.msg]))
