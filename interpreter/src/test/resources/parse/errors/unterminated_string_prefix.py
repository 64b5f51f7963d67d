s = rb'abc
