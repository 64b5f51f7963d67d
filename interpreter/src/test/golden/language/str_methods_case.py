s = "Hello, Closure World"
print(s.upper(), s.lower())
print(s.title(), "hello world".capitalize(), s.swapcase())
print("straße".casefold(), "ABC".isupper(), "abc".islower())
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace())
print("Hello".startswith("He"), "Hello".endswith(("x", "lo")))
print("Title Case".istitle(), "x".isidentifier(), "1x".isidentifier())
