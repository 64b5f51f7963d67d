class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value") from e

try:
    load("abc")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
load("xyz")
