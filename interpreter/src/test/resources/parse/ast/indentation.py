if a:
  b = 1
  if c:
        d = 2
  e = 3
f = 4
if x:
	y = 1
	if z:
		w = 2
# comment

if q:   # trailing comment

    # comment line
    r = 1
    
s = 5
