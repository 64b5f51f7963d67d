n = 5
label = ("big"
         if n > 3
         else "small")
print(label)
