def check(value):
    if value < 0:
        print("negative, stopping")
        exit(3)
    return value * 2


print(exit.__class__ is quit.__class__, callable(exit))
print(check(4))
try:
    quit("caught")
except SystemExit as e:
    print("SystemExit caught:", e.code, e.args)
check(-1)
print("never printed")
