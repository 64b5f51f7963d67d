f = lambda * k=1, **rest: k
