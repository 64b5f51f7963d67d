print("importing os...")
import os
print("never printed")
