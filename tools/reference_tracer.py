"""Reference tracer: runs a program under sys.settrace the way `python3 NAME.py` runs it.

Usage (cwd = the program's directory): python3 reference_tracer.py NAME.py EVENTS_FILE

Writes one line per trace event of the program's own frames to EVENTS_FILE:
    call|line|return|exception CO_NAME LINE [ExcType]
The program's stdout, stderr and exit code are what `python3 NAME.py` would give, so the regen
script can check that tracing did not change them.
"""
import builtins
import sys
import types

# Stack headroom for this script's frames under the program and for the trace function itself,
# so deep but legal recursion still succeeds under tracing. A program that hits RecursionError
# fails at another depth when traced (the trace function is one frame deeper than the frame it
# traces), so its output differs and the regen script keeps no events golden for it.
TRACER_HEADROOM = 5


def main(argv):
    program, events_path = argv[1], argv[2]
    with open(program, encoding="utf-8") as f:
        source = f.read()
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != program:
            return None  # no local events for library frames either
        name, line = frame.f_code.co_name, frame.f_lineno
        if event == "exception":
            events.append(f"exception {name} {line} {arg[0].__name__}")
        else:
            events.append(f"{event} {name} {line}")
        return tracer

    try:
        code = compile(source, program, "exec")
    except SyntaxError as e:
        report(e, None)  # python3 prints no traceback header for a SyntaxError
        write_events(events_path, events)
        return 1

    module = types.ModuleType("__main__")
    module.__file__ = program
    module.__builtins__ = builtins
    sys.modules["__main__"] = module
    sys.argv = [program]
    sys.setrecursionlimit(sys.getrecursionlimit() + TRACER_HEADROOM)
    exit_code = 0
    sys.settrace(tracer)
    try:
        exec(code, module.__dict__)
    except SystemExit as e:
        sys.settrace(None)
        exit_code = exit_code_of(e)
    except BaseException as e:
        sys.settrace(None)
        # Drop this script's frame so the traceback starts at the program's <module>.
        report(e, e.__traceback__.tb_next)
        exit_code = 1
    finally:
        sys.settrace(None)
    sys.stdout.flush()
    write_events(events_path, events)
    return exit_code


def report(e, tb):
    # sys.excepthook is what python3 itself uses; unlike the traceback module it also offers
    # "Did you mean" for NameError. It reads e.__traceback__, not its tb argument.
    e.__traceback__ = tb
    sys.excepthook(type(e), e, tb)


def exit_code_of(e):
    if e.code is None:
        return 0
    if isinstance(e.code, int):
        return e.code
    print(e.code, file=sys.stderr)
    return 1


def write_events(path, events):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in events)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
