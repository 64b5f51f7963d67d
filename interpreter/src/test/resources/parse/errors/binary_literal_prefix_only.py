x = 0b_
