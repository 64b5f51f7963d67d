x = 1
print(x)
from __future__ import division
