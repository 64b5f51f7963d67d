for n in (0, 7, -7, 255, 1000000, -1234567):
    print(f"[{n:8d}] [{n:<8}] [{n:^8}] [{n:=8}] [{n:08d}] [{n:+,}] [{n:_b}] [{n:#_x}]")
print(format(10**20, ","), format(-10**12, "_"), format(2**40, "#_o"))
print(f"{65:c} {True:d} {True} {True:>5} {False:x}")
print(f"{3:.2f} {3:e} {3:%} {3:g} {7:n}")
print(int("1_000"), int("0x_ff", 16), int(" -12 "), int("0b101", 0), int("z", 36))
for bad in ("{:,x}", "{:_c}", "{:.1d}", "{:=s}", "{:c}"):
    try:
        print(bad.format(-1))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bin(-5), oct(-9), hex(-255), f"{-5:b}", f"{-5:#b}")
