import os
import os.path as osp
from math import sqrt, pi as PI

def f():
    import json
    import collections.abc
    from functools import reduce as fold
    return json, collections, fold
