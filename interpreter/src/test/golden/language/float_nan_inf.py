import math

nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(inf > 1e308, -inf < 0, inf - inf, inf * 0, inf / inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.inf, -math.inf, math.nan)
print(sorted([3.0, 1.0, 2.0]), max(1.0, inf), min(-inf, 0))
print(1e16, 1e-5, 0.1 + 0.2, 2.0 ** 0.5, 1 / 3, 100.0, 1e22, 123456789012345678.0)
print(float("1e500"), -0.0, 0.0 == -0.0, str(-0.0), repr(1e-7))
print(int(1e10), 10 ** 20 / 3, 7 / 7, 2 ** -1)
try:
    int(nan)
except ValueError as e:
    print(e)
int(inf)
