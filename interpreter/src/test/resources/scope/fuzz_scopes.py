"""Differential fuzzing of the scope pass: random programs full of closures, classes,
comprehensions, walruses, global and nonlocal, with CPython's goldens, for ScopeGoldenTest.

  python3 src/test/resources/scope/fuzz_scopes.py SEED COUNT OUTDIR      (from interpreter/)
  mvn -pl interpreter test -Dtest=ScopeGoldenTest -Dscope.corpus=OUTDIR  (from the root)

Programs that CPython rejects for reasons other than scopes, or whose blocks have no code object
(dead code), are dropped. Names repeat on purpose so that scopes collide.
"""
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ among the test resources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dump_scopes  # noqa: E402

NAMES = ["a", "b", "x", "y", "__p"]
RARE = ["super", "__class__"]


def name():
    return random.choice(NAMES) if random.random() < 0.9 else random.choice(RARE)


def comprehension(depth, in_func):
    shape = random.choice(["[{e} for {t} in {i}{more}]", "{{{e} for {t} in {i}{more}}}",
                           "({e} for {t} in {i}{more})", "{{{e}: {e} for {t} in {i}{more}}}"])
    elt = expr(depth - 1, in_func)
    if random.random() < 0.3:
        elt = f"({name()} := {elt})"
    more = f" for {random.choice(['a', 'y'])} in {expr(depth - 1, in_func)}" if random.random() < 0.3 else ""
    return shape.format(e=elt, t=random.choice(["a", "x", "y", "b, y"]), i=expr(depth - 1, in_func), more=more)


def expr(depth, in_func):
    r = random.random()
    if depth <= 0 or r < 0.3:
        return name()
    if r < 0.4:
        params = random.choice(["", "a", "x, y=" + name(), "*b"])
        return f"lambda {params}: {expr(depth - 1, True)}"
    if r < 0.55:
        return comprehension(depth, in_func)
    if r < 0.6 and in_func:
        return f"(yield {name()})"
    if r < 0.7:
        return f"super().m({name()})"
    if r < 0.75:
        return f"{{{name()}: {expr(depth - 1, in_func)}, {name()}: {name()}}}"
    return f"{expr(depth - 1, in_func)} + {expr(depth - 1, in_func)}"


def block(depth, indent, kind, in_loop=False):
    lines = []
    for _ in range(random.randint(1, 4)):
        lines.extend(statement(depth, indent, kind, in_loop))
    return lines


def statement(depth, indent, kind, in_loop):
    p = "    " * indent
    in_func = kind == "function"
    r = random.random()
    if depth > 0 and r < 0.25:
        params = random.choice(["", "a", "x, y", "self", "a, *b, x=1", "y, /, a"])
        default = f", z={name()}" if params and random.random() < 0.2 else ""
        decorator = [p + f"@{name()}"] if random.random() < 0.15 else []
        header = p + f"def {random.choice(['f', 'g', 'h', '__m'])}({params}{default}):"
        return decorator + [header] + block(depth - 1, indent + 1, "function")
    if depth > 0 and r < 0.35:
        base = name() if random.random() < 0.3 else ""
        return [p + f"class {random.choice(['C', 'D'])}({base}):"] + block(depth - 1, indent + 1, "class")
    if r < 0.42:
        return [p + f"global {name()}"]
    if r < 0.5 and kind != "module":
        return [p + f"nonlocal {name()}"]
    if r < 0.55:
        return [p + f"del {name()}"]
    if r < 0.6:
        return [p + f"for {name()} in {expr(1, in_func)}:"] + block(0, indent + 1, kind, True)
    if r < 0.65:
        return [p + "try:", p + "    pass", p + f"except E as {name()}:", p + f"    {name()}"]
    if r < 0.68:
        return [p + f"import {random.choice(['os', 'os.path', 'os as ' + name()])}"]
    if r < 0.7:
        return [p + f"with {expr(1, in_func)} as {name()}:", p + f"    {name()} = {expr(1, in_func)}"]
    if r < 0.72:
        return [p + f"{name()}: {name()} = {expr(1, in_func)}"]
    if r < 0.74 and in_loop:
        return [p + random.choice(["break", "continue"])]
    if r < 0.76 and in_func:
        return [p + f"return {expr(1, in_func)}"]
    if r < 0.8:
        return [p + f"{name()} += 1"]
    if r < 0.9:
        return [p + f"{name()} = {expr(2, in_func)}"]
    return [p + expr(2, in_func)]


def main(seed, count, outdir):
    random.seed(seed)
    os.makedirs(os.path.join(outdir, "errors"), exist_ok=True)
    for i in range(count):
        source = "\n".join(block(3, 0, "module")) + "\n"
        path = os.path.join(outdir, f"fuzz_{seed}_{i:05d}.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        try:
            dump_scopes.main([path])
        except AssertionError:  # a block without code object: dead code
            os.remove(path)
            continue
        stem = path[:-3]
        if os.path.exists(stem + ".err"):
            message = open(stem + ".err", encoding="utf-8").read()
            if "invalid syntax" in message or "cannot assign" in message or "cannot delete" in message:
                os.remove(path)
                os.remove(stem + ".err")
                continue
            for suffix in (".py", ".err"):
                os.replace(stem + suffix, os.path.join(outdir, "errors", os.path.basename(stem) + suffix))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
