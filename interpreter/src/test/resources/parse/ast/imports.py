import os
import os.path
import a, b as c
import a.b.c as d
from os import path
from os import path as p, sep
from . import x
from .. import y
from .mod import z
from ...pkg.mod import (a, b as c,)
from x import *
from .... import w
