[x for (y := 1) in z]
