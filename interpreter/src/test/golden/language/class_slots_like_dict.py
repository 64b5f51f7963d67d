class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Record({inner})"

r = Record(name="ada", year=1815)
print(r, r.name, r.year)
r.year += 1
r.__dict__["extra"] = True
print(r, hasattr(r, "extra"))
print(Record().__dict__)
