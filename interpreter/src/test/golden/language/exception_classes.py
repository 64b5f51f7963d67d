class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
print(issubclass(NotFound, Exception), isinstance(NotFound(1, "x"), AppError))
print(repr(ValueError("a", 2)), str(KeyError("k")), str(KeyError()))
print(Exception.__mro__ if False else NotFound.__mro__)
raise NotFound(500, "server")
