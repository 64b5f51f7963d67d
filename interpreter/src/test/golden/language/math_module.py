import math

print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4), math.comb(5, 2), math.perm(5, 2))
print(math.fsum([0.1] * 10), math.copysign(3, -0.0), math.prod([1, 2, 3, 4]))
print(math.sqrt(-1))
