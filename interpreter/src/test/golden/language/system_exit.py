import sys

def finish(code):
    print("finishing with", code)
    sys.exit(code)

try:
    finish(0)
except SystemExit as e:
    print("caught exit", e.code)
print("carrying on")
finish(3)
