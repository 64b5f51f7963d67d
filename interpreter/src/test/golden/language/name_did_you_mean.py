def compute():
    result_value = 10
    return result_vlaue * 2

counter = 1
print(counter)
compute()
