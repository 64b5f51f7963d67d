# The loop pitfall: lambdas made in a comprehension all share ONE cell i.

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])        # [2, 2, 2]: each call reads i now, not then

# All three closures point at the same cell, left holding the last value.
print(funcs[0].__closure__[0].cell_contents)
print(funcs[2].__closure__[0].cell_contents)

# The fix: a default value is evaluated when the lambda is created,
# so each lambda keeps its own copy and needs no cell at all.
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])        # [0, 1, 2]
print(fixed[0].__closure__)        # None: nothing was captured
print(fixed[1](), fixed[1](10))    # 1 10: the default can still be overridden
