def make_multipliers():
    result = []
    for factor in range(1, 4):
        def multiply(x):
            return x * factor
        result.append(multiply)
    return result
