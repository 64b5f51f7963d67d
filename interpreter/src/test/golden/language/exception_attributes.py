try:
    {}["missing"]
except KeyError as e:
    print(e.args, repr(e), str(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
e = StopIteration(42)
print(e.value, e.args)
print(BaseException("x").with_traceback(None).args)
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(ArithmeticError in ZeroDivisionError.__mro__)
