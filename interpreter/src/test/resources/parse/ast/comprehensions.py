[x for x in y]
[x * y for x in a for y in b]
[x for x in y if x if x > 1]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(a, b) for a in x if a for b in y if b]
[y for x in z if (y := x)]
[x for *a, x in y]
