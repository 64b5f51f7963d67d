first = "cell"
second = "ular"
word = first + second
print(word, len(word))
print(word == "cellular", word != "cell")
print(first < second, "Z" < "a")
s = ""
for part in ["x", "y", "z"]:
    s += part
print(s)
print(s * 0 == "")
