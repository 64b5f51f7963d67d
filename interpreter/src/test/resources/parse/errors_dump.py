"""Prints how CPython rejects each program in errors/: one tab-separated line per file with
the file name, exception type, line, offset, end offset and message (SyntaxErrorGoldenTest)."""
import glob
import os
import sys

os.chdir(sys.argv[1])
for path in sorted(glob.glob('*.py')):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    try:
        compile(source, path, 'exec')
        sys.exit('%s compiles; it does not belong in errors/' % path)
    except SyntaxError as e:
        print('\t'.join([path, type(e).__name__, str(e.lineno), str(e.offset), str(e.end_offset), e.msg]))
