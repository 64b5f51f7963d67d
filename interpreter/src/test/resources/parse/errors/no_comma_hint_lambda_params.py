[lambda x i=i: x]
