import math

print(math.sqrt(16), math.isqrt(17), math.factorial(5), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6))
print(math.comb(5, 2), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10), math.hypot(3, 4))
print(math.pi, math.e, math.tau, math.dist((0, 0), (3, 4)), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
            lambda: math.sqrt("4"), lambda: math.acos(2), lambda: math.isqrt(-4), lambda: math.exp(1000),
            lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.fmod(1, 0)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
math.sqrt(-4)
