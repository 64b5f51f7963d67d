import math
from functools import reduce
print(math.floor(2.5), reduce(lambda a, b: a + b, [1, 2]))
