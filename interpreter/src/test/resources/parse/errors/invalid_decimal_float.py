x = 3.5abc
