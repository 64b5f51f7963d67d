def tally(words):
    count = 0
    longest = ""
    def see(w):
        nonlocal count, longest
        count += 1
        if len(w) > len(longest):
            longest = w
    for w in words:
        see(w)
    return count, longest

print(tally(["a", "abc", "ab"]))
print(tally([]))
def make():
    x = 0
    def inc():
        nonlocal x
        x += 1
    inc(); inc()
    return x
print(make())
