f(*a b)
