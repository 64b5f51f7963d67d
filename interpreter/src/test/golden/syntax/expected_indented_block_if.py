if True:

print("x")
