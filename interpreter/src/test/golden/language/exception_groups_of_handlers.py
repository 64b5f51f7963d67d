def classify(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        return "zero"
    except TypeError as e:
        return "type: " + str(e)
    finally:
        print("classified", repr(x))

print(classify(2))
print(classify(0))
print(classify("s"))
print(classify(None))
