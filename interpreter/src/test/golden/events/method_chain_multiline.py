words = ("  A b  "
         .strip()
         .lower()
         .split())
print(words)
