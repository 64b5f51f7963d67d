errors = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError]
for err in errors:
    try:
        raise err("x")
    except ArithmeticError:
        print(err.__name__, "-> ArithmeticError")
    except LookupError:
        print(err.__name__, "-> LookupError")
    except Exception as e:
        print(err.__name__, "-> Exception", repr(e))
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.code)
