name = "cell"
text = (f"{name}"
        f"-{len(name)}")
print(text)
