def counter_factory():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def watch():
        while True:
            yield count
    return incr, watch()

incr, watcher = counter_factory()
print(next(watcher))
incr(); incr()
print(next(watcher))
print(watcher.gi_code.co_freevars, incr.__code__.co_freevars)
