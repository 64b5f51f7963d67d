# Without nonlocal it breaks: assigning to count anywhere in counter
# makes count a local variable of counter, for the whole function.

def make_counter():
    count = 0

    def counter():
        # count += 1 reads count first, but the local count has no value yet.
        # The fix is one line above it: nonlocal count
        count += 1
        return count

    return counter


c = make_counter()
print("calling the counter...")
print(c())                 # raises UnboundLocalError
