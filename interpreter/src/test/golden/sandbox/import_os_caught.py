try:
    import os
except ImportError as e:
    print(type(e).__name__, e, e.name)
print("the program goes on")
from subprocess import run
