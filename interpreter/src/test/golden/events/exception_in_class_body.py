try:
    class Broken:
        x = 1
        y = undefined_name
except NameError:
    print("class failed")
