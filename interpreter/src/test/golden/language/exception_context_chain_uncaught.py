class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e

def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ConfigError:
            out.append(None)
            if item == "stop":
                raise
    return out

print(load(["1", "x", "3"]))
try:
    load(["stop"])
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

def cleanup():
    try:
        {}["missing"]
    finally:
        print("finally runs")

def handler():
    try:
        cleanup()
    except KeyError:
        raise RuntimeError("while handling")

handler()
