package org.cellscope.eval;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Errors;

/** {@code repr()} and {@code str()} exactly as CPython 3.11 prints them. */
public final class Repr {
    private Repr() {}

    /** Containers being printed, so that a list containing itself prints as {@code [...]}. */
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    public static String str(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBaseException e && !hasUserMethod(o, "__str__")) return exceptionStr(e);
        if (hasUserMethod(o, "__str__")) return checkStr(Calls.call(o.type().lookup("__str__"), new PyObject[] {o}, null), "__str__");
        // object.__str__ calls the type's __repr__ slot unchecked: str() is the one complaining
        if (hasUserMethod(o, "__repr__")) return checkStr(Calls.call(o.type().lookup("__repr__"), new PyObject[] {o}, null), "__str__");
        return repr(o);
    }

    public static String repr(PyObject o) {
        if (o instanceof PyBool b) return b.toString();
        if (o instanceof PyInt i) return IntText.toDecimal(i);
        if (o instanceof PyStr s) return quote(s.value());
        if (o instanceof PyFloat f) return FloatRepr.repr(f.value());
        if (o == PyNone.NONE) return "None";
        if (o == PyNone.NOT_IMPLEMENTED) return "NotImplemented";
        if (o == PyNone.ELLIPSIS) return "Ellipsis";
        if (hasUserMethod(o, "__repr__")) return checkStr(Calls.call(o.type().lookup("__repr__"), new PyObject[] {o}, null), "__repr__");
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) return container(o);
        if (o instanceof PyFunction fn) return "<function " + fn.qualname + " at " + fn.address() + ">";
        if (o instanceof PyCell c) {
            PyObject v = c.get();
            return "<cell at " + c.address() + ": " + (v == null ? "empty" : v.type().name() + " object at " + v.address()) + ">";
        }
        if (o instanceof PyType t) return "<class '" + t.qualifiedName() + "'>";
        if (o instanceof PyBuiltin b) {
            return b.owner() == null ? "<built-in function " + b.name() + ">"
                : "<method '" + b.name() + "' of '" + b.owner().name() + "' objects>";
        }
        if (o instanceof PyMethod m) {
            if (m.function() instanceof PyBuiltin b) {
                return "<built-in method " + b.name() + " of " + m.self().type().name() + " object at " + m.self().address() + ">";
            }
            return "<bound method " + ((PyFunction) m.function()).qualname + " of " + repr(m.self()) + ">";
        }
        if (o instanceof PyBaseException e) return e.type().name() + repr(e.args()).replaceAll(",\\)$", ")");
        if (o instanceof PyCode c) {
            return "<code object " + c.name() + " at " + c.address() + ", file \"" + c.filename + "\", line " + c.firstLine + ">";
        }
        if (o instanceof PyGenerator g) return "<generator object " + g.frame().code.qualname() + " at " + g.address() + ">";
        if (o instanceof Classes.AttributeSlot || o instanceof Slots.Member || o instanceof FrameObject) return o.toString();
        if (o instanceof TypeHints.Hint h) return TypeHints.repr(h);
        if (o instanceof PyRange r) return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        // builtin types beyond the core ones (dict views, functools.partial, itertools.count...) bring their own __repr__
        if (o.type().lookup("__repr__") instanceof PyBuiltin b && b.owner() != org.cellscope.runtime.Types.OBJECT) {
            return checkStr(b.call(new PyObject[] {o}, null), "__repr__");
        }
        return objectRepr(o);
    }

    /** object.__repr__: {@code <__main__.Point object at 0x…>}. */
    static String objectRepr(PyObject o) {
        return "<" + o.type().qualifiedName() + " object at " + o.address() + ">";
    }

    private static boolean hasUserMethod(PyObject o, String name) {
        if (!(o instanceof PyInstance) || o instanceof PyType) return false;
        for (PyType t : o.type().mro()) {
            if (!t.isUserDefined()) return false;
            if (t.dict().containsKey(name)) return true;
        }
        return false;
    }

    private static String checkStr(PyObject r, String method) {
        if (r instanceof PyStr s) return s.value();
        throw Errors.typeError(method + " returned non-string (type " + r.type().name() + ")");
    }

    static String exceptionStr(PyBaseException e) {
        PyTuple args = e.args();
        if (e.type().isSubtypeOf(Errors.KEY_ERROR) && args.size() == 1) return repr(args.get(0));
        if (args.size() == 0) return "";
        if (args.size() == 1) return str(args.get(0));
        if (e.type().isSubtypeOf(Errors.OS_ERROR) && args.size() == 2) return "[Errno " + str(args.get(0)) + "] " + str(args.get(1));
        return repr(args);
    }

    private static String container(PyObject o) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "...";
        }
        // each container being printed takes a level of the recursion limit, as in CPython
        Runner runner = Runner.current();
        if (active.size() + (runner == null ? 0 : runner.depth) >= Runner.RECURSION_LIMIT) {
            throw Errors.raise(Errors.RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object");
        }
        active.put(o, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder();
            if (o instanceof PyList l) {
                sb.append('[');
                join(sb, l.items());
                sb.append(']');
            } else if (o instanceof PyTuple t) {
                sb.append('(');
                join(sb, t.items());
                if (t.size() == 1) sb.append(',');
                sb.append(')');
            } else if (o instanceof PyDict d) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                }
                sb.append('}');
            } else {
                PySet s = (PySet) o;
                if (s.items().isEmpty()) return s.frozen() ? "frozenset()" : "set()";
                if (s.frozen()) sb.append("frozenset(");
                sb.append('{');
                join(sb, s.items());
                sb.append('}');
                if (s.frozen()) sb.append(')');
            }
            return sb.toString();
        } finally {
            active.remove(o);
        }
    }

    private static void join(StringBuilder sb, Iterable<PyObject> items) {
        boolean first = true;
        for (PyObject x : items) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(x));
        }
    }

    /** A str literal as repr writes it: single quotes unless the text has ' and no ". */
    public static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c >= 0x80 && !printable(c)) {
                sb.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else sb.appendCodePoint(c);
        }
        return sb.append(q).toString();
    }

    private static boolean printable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED || t == Character.SURROGATE
            || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
            || (t == Character.SPACE_SEPARATOR && c != ' '));
    }
}
