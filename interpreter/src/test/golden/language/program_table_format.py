rows = [("closure", 3, 0.25), ("cell", 12, 1.5), ("frame", 7, 10.125)]
header = f"{'name':<10}|{'count':>6}|{'ratio':>8}"
print(header)
print("-" * len(header))
for name, count, ratio in rows:
    print(f"{name:<10}|{count:>6}|{ratio:>8.2f}")
total = sum(c for _, c, _ in rows)
print(f"{'total':<10}|{total:>6}|{'':>8}")
print(f"{1234567:,} {0.5:.0%} {-3.14159:+.3f} {42:#06x}")
