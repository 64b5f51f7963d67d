print("  a b  ".split(), "a,b,,c".split(","), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "".split(","), "".split())
print("hello".center(11, "*"), "7".zfill(3), "-7".zfill(4), "+x".zfill(4), "ab".ljust(5, "."), "ab".rjust(5))
print("Hello World".swapcase(), "hello world".title(), "they're bob's".title(), "ABC".casefold())
print("  xx  ".strip(), "xxhixx".strip("x"), "www.site.com".lstrip("w."), "a.txt".removesuffix(".txt"), "pre_x".removeprefix("pre_"))
print("banana".find("na"), "banana".rfind("na"), "banana".index("n"), "banana".count("a"), "banana".count(""), "banana".find("na", 3))
print("banana".replace("a", "o", 2), "aaa".replace("", "-"), "abc".partition("b"), "abc".rpartition("x"))
print("123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "abc1".isalnum(), " ".isspace(), "Title Case".istitle(), "ABC".isupper(), "".isupper())
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"), "a\tb".expandtabs(4), "%".join(map(str, range(3))))
print("abc" * 2, "abc" * 0, "abc" * -1, 3 * "x", "a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc")
print("é".upper(), "ß".upper(), "İ".lower().encode if False else len("İ".lower()), ord("€"), chr(8364), "\u00e9" == "é")
print(str.startswith("hello", ("he", "x")), "hello".endswith(("lo", "z")), "hello".startswith("l", 2))
print("a-b_c d".translate(str.maketrans("-_", "  ")), "hello".translate({ord("l"): None}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\u200b"), repr("tab\there"))
for bad in [lambda: "abc".index("z"), lambda: "a".join([1, 2]), lambda: "abc" + 1, lambda: "x".center("5"),
            lambda: "abc".split(""), lambda: "a" * 1.5, lambda: int("abc"), lambda: "abc".zfill()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
