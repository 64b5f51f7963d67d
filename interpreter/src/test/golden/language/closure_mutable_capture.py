def make_log():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    return log, entries

log, entries = make_log()
log("a"); log("b")
print(entries, log.__closure__[0].cell_contents is entries)
entries.append("from outside")
print(log("c"), entries)
def rebinding_fails():
    items = []
    def add(x):
        items = items + [x]
    add(1)
rebinding_fails()
