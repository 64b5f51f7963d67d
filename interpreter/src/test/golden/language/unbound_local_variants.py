counter = 0

def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("aug:", e)

def read_then_assign():
    try:
        print(total)
    except UnboundLocalError as e:
        print("read:", e)
    total = 5
    return total

def outer():
    n = 1
    def inner():
        try:
            n += 1
        except UnboundLocalError as e:
            print("nested:", e)
    inner()
    return n

def conditional(flag):
    if flag:
        value = "set"
    return value

def deleted():
    x = 1
    del x
    return x

bump()
print(read_then_assign())
print(outer())
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
try:
    deleted()
except NameError as e:
    print(type(e).__name__, e)

def in_comprehension():
    items = [1, 2]
    result = [x + y for x in items]
    y = 3
    return result

try:
    in_comprehension()
except NameError as e:
    print(type(e).__name__, e)

def free_var_later():
    def show():
        return later
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now"
    return show()

print(free_var_later())
conditional(False)
