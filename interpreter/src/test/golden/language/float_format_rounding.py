for v in (0.5, 1.5, 2.5, 3.5, -2.5, 2.675, 0.125, 0.375):
    print(v, round(v), round(v, 2), f"{v:.0f}", f"{v:.2f}", format(v, ".1f"))
for v in (1e22, 1e21, 1e16, 1e15, 123456789012345678.0, 1e-7, 1e-4, 0.0001, 0.1 + 0.2, -0.0, 2.0 ** 60, 1 / 3):
    print(repr(v), str(v), f"{v:g}", f"{v:e}", f"{v:.3}")
print(f"{1e-7:f} {1e16:f} {12345.6789:.3g} {0.00001234:g} {123456789:g}")
print(f"{100:g} {100.0:g} {1e6:g} {1e5:g} {1.5e-5:g} {float('inf'):g} {float('nan'):f}")
print(f"{0.0:.3e} {-0.0:g} {-0.0:.2f} {5e-324!r} {1.7976931348623157e308!r}")
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7, 2), divmod(7, -2))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 5 % -0.5)
print(-1e-20 % 1.0, 1e-20 % -1.0, 3.0 // 0.1, 3.0 % 0.1)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-0.5), round(0.5 + 1e-9))
print(f"{2.5:.0%} {0.125:.1%} {1/3:.2%}")
