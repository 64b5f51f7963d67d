x = "a\N{NOPE}"
