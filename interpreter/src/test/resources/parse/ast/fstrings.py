f"hello"
f"{x}"
f"a{x}b{y}c"
f"{x!r} {y!s} {z!a}"
f"{x:>10}"
f"{x:{w}.{p}f}"
f"{{literal}} {x}"
f"{x=}"
f"{x = }"
f"{x=:>5}"
f"{x=!s}"
F'{a["k"]}'
f"{a + b * 2}"
f"{f(x, y)}" "plain" f"{z}"
"plain" f"{z}"
rf"\n{x}"
f""
f"{'nested' + f'{y}'}"
f"{x!r:^{w}}"
f"{a if b else c}"
f"{x:}"
f'''multi
{x}
line'''
