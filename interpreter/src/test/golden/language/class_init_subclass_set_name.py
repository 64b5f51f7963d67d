class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, Csv.plugin_name, Json.plugin_name)
print(Plugin.__init_subclass__)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Record:
    title = Field()
    year = Field()


r = Record()
r.title = "Dune"
print(r.title, r.year, vars(r))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(e)
class Plain(extra=1):
    pass
