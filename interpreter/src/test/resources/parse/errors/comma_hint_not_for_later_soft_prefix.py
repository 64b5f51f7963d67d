f(x, c omplex)
