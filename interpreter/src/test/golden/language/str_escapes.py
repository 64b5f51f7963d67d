print("tab\tend", "new\\nline", 'q"uote', "s'ingle")
print(repr("tab\tend"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\n"), repr("\x00"), repr("\x7f"), repr("é"), repr("\u2603"))
print(len("\u2603"), "\N{SNOWMAN}", "\x41\101")
print(r"raw\n", repr(r"\d+"))
print("""triple
quoted""")
print(ord("é"), chr(233), "\u00e9" == "é")
