f = 4
  if x:
	y = 1
