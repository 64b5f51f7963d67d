def pick(flag):
    if flag:
        result = "yes"
    return result

print(pick(True))
print(pick(False))
