x = 1
foo(1, 2
y = 3
