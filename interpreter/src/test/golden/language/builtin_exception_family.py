def classify(exc):
    kinds = [k.__name__ for k in (OSError, ValueError, ArithmeticError, SyntaxError, Warning, Exception) if isinstance(exc, k)]
    return type(exc).__name__ + " -> " + ", ".join(kinds)


for exc in [TimeoutError("slow"), BrokenPipeError(), ConnectionRefusedError("no"), UnicodeError("bad"),
            FloatingPointError(), UserWarning("careful"), DeprecationWarning(), MemoryError(),
            TabError("tabs"), BlockingIOError(), ChildProcessError(), InterruptedError()]:
    print(classify(exc))

print(IOError is OSError, EnvironmentError is OSError)
print(ConnectionResetError.__mro__)
print(issubclass(TabError, IndentationError), issubclass(UnicodeDecodeError, ValueError))


class RetryLater(TimeoutError):
    pass


try:
    raise RetryLater("try again")
except OSError as e:
    print("caught", repr(e), isinstance(e, TimeoutError))
raise ResourceWarning("file left open")
