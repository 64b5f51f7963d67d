class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError:
        raise ConfigError(f"bad port {settings['port']!r}")


for s in [{}, {"port": "x"}]:
    try:
        read_port(s)
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)

try:
    read_port({"port": "http"})
finally:
    print("finally ran")
