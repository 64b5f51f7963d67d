import builti[ns
x = 1
