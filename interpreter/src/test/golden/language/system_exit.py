def finish(code):
    print("finishing with", code)
    raise SystemExit(code)

try:
    finish(0)
except SystemExit as e:
    print("caught exit", e.code)
print("carrying on")
finish(3)
