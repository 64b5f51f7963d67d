print(", ".join(["a", "b"]), "-".join("xyz"), "".join([]))
print(" ".join(str(n) for n in range(3)))
for items in [[1, 2], ["a", 2], ["a", None], 5]:
    try:
        print("+".join(items))
    except TypeError as e:
        print(e)
print("a,b,,c".split(","), "a b  c".split(), "a=b=c".split("=", 1), "a=b=c".rsplit("=", 1))
try:
    "abc".split("")
except ValueError as e:
    print(e)
print("abc".index("c"), "abc".find("z"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
"abc".replace("a")
