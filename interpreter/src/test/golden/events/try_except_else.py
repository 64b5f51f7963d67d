try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
finally:
    x += 10
print(x)
