from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=2)))
print(list(permutations("abc", 2)))
print(len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)))
print(list(combinations(range(3), 5)))
