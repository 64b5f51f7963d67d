for i in range(2):
    if i == 5:
        break
else:
    print("no break")
for j in []:
    pass
print("done")
