s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split())
print("line1\nline2\r\nline3".splitlines())
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("5".zfill(3), "-5".zfill(4), "ab".center(6, "*"), "ab".ljust(4, ".") + "|", "ab".rjust(4))
print("a b".split(" "), "".split(","), "".split())
print("x".join([1, 2]))
