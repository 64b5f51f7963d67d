[x for *a x in y]
