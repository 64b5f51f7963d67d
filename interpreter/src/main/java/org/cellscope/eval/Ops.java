package org.cellscope.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Operator;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBool;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyIter;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRange;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PySlice;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** The object protocol: truth, operators, comparison, iteration, length, membership. */
public final class Ops {
    private Ops() {}

    static final PyObject NONE = PyNone.NONE;

    public static boolean truthy(PyObject o) {
        if (o instanceof PyBool b) return b.isTrue();
        if (o == NONE) return false;
        if (o instanceof PyInt i) return i.signum() != 0;
        if (o instanceof PyStr s) return !s.value().isEmpty();
        if (o instanceof PyList l) return !l.items().isEmpty();
        if (o instanceof PyTuple t) return t.size() > 0;
        if (o instanceof PyDict d) return !d.map().isEmpty();
        if (o instanceof PySet s) return !s.items().isEmpty();
        if (o instanceof PyFloat f) return f.value() != 0;
        if (o instanceof PyRange r) return r.length() > 0;
        if (o instanceof PyInstance inst && inst.type().isUserDefined()) {
            PyObject m = inst.type().lookup("__bool__");
            if (m != null) {
                PyObject r = Calls.call(m, new PyObject[] {o}, null);
                if (!(r instanceof PyBool b)) throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
                return b.isTrue();
            }
            m = inst.type().lookup("__len__");
            if (m != null) return len(o) != 0;
        }
        return true;
    }

    // ---- binary and unary operators

    private static final String[] DUNDER = new String[Operator.values().length];
    private static final String[] RDUNDER = new String[Operator.values().length];

    static {
        String[] names = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
            "or", "xor", "and"};
        for (Operator op : Operator.values()) {
            DUNDER[op.ordinal()] = "__" + names[op.ordinal()] + "__";
            RDUNDER[op.ordinal()] = "__r" + names[op.ordinal()] + "__";
        }
    }

    public static PyObject binary(Operator op, PyObject a, PyObject b) {
        PyObject r = builtinOrUser(op, a, b);
        if (r != null) return r;
        if (op == Operator.BITOR && (r = TypeHints.union(a, b)) != null) return r;
        if (op == Operator.ADD) concatError(a, b);
        if (op == Operator.MULT && isSequence(a)) return repeat(a, b);
        if (op == Operator.MULT && isSequence(b)) return repeat(b, a);
        throw unsupported(op.symbol.equals("**") ? "** or pow()" : op.symbol, a, b);
    }

    private static PyObject builtinOrUser(Operator op, PyObject a, PyObject b) {
        PyObject r = Arith.binary(op, a, b);
        if (r != null) return r;
        r = Sequences.binary(op, a, b);
        if (r != null) return r;
        return userBinary(op, a, b);
    }

    /**
     * In-place operators, as CPython's PyNumber_InPlace*: a user __iop__, or a list, set or dict
     * changed in place, else the binary operator; the errors name the augmented operator.
     */
    public static PyObject inplace(Operator op, PyObject a, PyObject b) {
        if (a instanceof PyList l && op == Operator.ADD) {
            l.items().addAll(Sequences.listFrom(b));
            return a;
        }
        PyObject r = a instanceof PyInstance && a.type().isUserDefined()
            ? callDunder(a, "__i" + DUNDER[op.ordinal()].substring(2), b) : null;
        if (r != null) return r;
        r = Sequences.inplace(op, a, b);
        if (r != null) return r;
        r = builtinOrUser(op, a, b);
        if (r != null) return r;
        if (op == Operator.ADD) concatError(a, b);
        // the left operand's sequence slots decide, and the right one's only when it has none
        if (op == Operator.MULT && isSequence(a)) return repeat(a, b);
        if (op == Operator.MULT && !hasSequenceSlots(a) && isSequence(b)) return repeat(b, a);
        throw unsupported(op.symbol + "=", a, b);
    }

    /** str, list and tuple concatenate only with their own type. */
    private static void concatError(PyObject a, PyObject b) {
        if (isSequence(a)) {
            String t = a.type().name();
            throw Errors.typeError("can only concatenate " + t + " (not \"" + b.type().name() + "\") to " + t);
        }
    }

    /** sequence_repeat: the count may be any object with __index__ (an int is repeated before this). */
    private static PyObject repeat(PyObject seq, PyObject count) {
        PyInt n = Items.indexValue(count);
        if (n == null) throw Errors.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        return Sequences.repeat(seq, n);
    }

    private static org.cellscope.runtime.PyRaise unsupported(String symbol, PyObject a, PyObject b) {
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
            + b.type().name() + "'");
    }

    /** Types with CPython's tp_as_sequence table (for `in` or len), though not all of them repeat. */
    private static boolean hasSequenceSlots(PyObject o) {
        return isSequence(o) || o instanceof PyDict || o instanceof PySet || o instanceof PyRange
            || o instanceof DictView || o.type().isUserDefined();
    }

    /**
     * A user class's __op__ or the right operand's __rop__, as slot_nb_* tries them: the reflected
     * method first when the right operand's class is a subclass overriding it, never for two
     * operands of one class.
     */
    private static PyObject userBinary(Operator op, PyObject a, PyObject b) {
        String name = DUNDER[op.ordinal()], reflected = RDUNDER[op.ordinal()];
        PyType ta = a.type(), tb = b.type();
        boolean other = ta != tb && tb.isUserDefined();
        if (other && tb.isSubtypeOf(ta) && tb.lookup(reflected) != ta.lookup(reflected)) {
            PyObject r = callDunder(b, reflected, a);
            if (r != null) return r;
            other = false;
        }
        PyObject r = ta.isUserDefined() ? callDunder(a, name, b) : null;
        if (r == null && other) r = callDunder(b, reflected, a);
        return r;
    }

    /** self.name(other), or null when self's class has no such method or it returns NotImplemented. */
    private static PyObject callDunder(PyObject self, String name, PyObject other) {
        PyObject m = self.type().lookup(name);
        if (m == null) return null;
        PyObject r = Calls.call(m, new PyObject[] {self, other}, null);
        return r == PyNone.NOT_IMPLEMENTED ? null : r;
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    public static PyObject unary(UnaryOperator op, PyObject a) {
        switch (op) {
            case NOT: return PyBool.of(!truthy(a));
            case USUB:
                if (a instanceof PyInt i) return i.isSmall() && i.longValue() != Long.MIN_VALUE
                    ? PyInt.of(-i.longValue()) : PyInt.of(i.bigValue().negate());
                if (a instanceof PyFloat f) return new PyFloat(-f.value());
                break;
            case UADD:
                if (a instanceof PyBool b) return PyInt.of(b.longValue());
                if (a instanceof PyInt || a instanceof PyFloat) return a;
                break;
            case INVERT:
                if (a instanceof PyInt i) return PyInt.of(i.bigValue().not());
                break;
            default: break;
        }
        if (a.type().isUserDefined()) {
            String name = switch (op) { case USUB -> "__neg__"; case UADD -> "__pos__"; default -> "__invert__"; };
            PyObject m = a.type().lookup(name);
            if (m != null) return Calls.call(m, new PyObject[] {a}, null);
        }
        throw Errors.typeError("bad operand type for unary " + op.symbol + ": '" + a.type().name() + "'");
    }

    // ---- comparison

    public static PyObject compare(CmpOp op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return PyBool.of(a == b);
            case IS_NOT: return PyBool.of(a != b);
            case IN: return PyBool.of(contains(b, a));
            case NOT_IN: return PyBool.of(!contains(b, a));
            default: break;
        }
        if (a.type().isUserDefined() || b.type().isUserDefined()) return userCompare(op, a, b);
        if (op == CmpOp.EQ || op == CmpOp.NOT_EQ) return PyBool.of(equal(a, b) == (op == CmpOp.EQ));
        return PyBool.of(order(op, a, b));
    }

    /**
     * A comparison with a user class on either side gives whatever its method returns, as
     * do_richcompare does; without one, == and != fall back to identity (!= through __eq__).
     */
    private static PyObject userCompare(CmpOp op, PyObject a, PyObject b) {
        String[] names = RICH.get(op);
        PyObject r = userRich(a, b, names[0], names[1]);
        if (r != null) return r;
        if (op == CmpOp.EQ) return PyBool.of(a == b);
        if (op == CmpOp.NOT_EQ) {
            PyObject eq = userRich(a, b, "__eq__", "__eq__");
            return PyBool.of(eq != null ? !truthy(eq) : a != b);
        }
        throw notSupported(op, a, b);
    }

    private static org.cellscope.runtime.PyRaise notSupported(CmpOp op, PyObject a, PyObject b) {
        return Errors.typeError("'" + op.symbol + "' not supported between instances of '" + a.type().name()
            + "' and '" + b.type().name() + "'");
    }

    /** {@code a == b}. Containers compare members with {@link #sameOrEqual}, as CPython's PyObject_RichCompareBool does. */
    public static boolean equal(PyObject a, PyObject b) {
        if (a == b && !(a instanceof PyFloat) && !a.type().isUserDefined()) return true; // nan != nan
        if (a.type().isUserDefined() || b.type().isUserDefined()) {
            PyObject r = userRich(a, b, "__eq__", "__eq__");
            if (r != null) return truthy(r);
            return a == b;
        }
        if (a instanceof PyList x && b instanceof PyList y) return elementsEqual(x.items(), y.items());
        if (a instanceof org.cellscope.runtime.PyCell x && b instanceof org.cellscope.runtime.PyCell y) {
            return x.get() == null ? y.get() == null : y.get() != null && equal(x.get(), y.get());
        }
        if (a instanceof PySet x && b instanceof PySet y) return x.items().equals(y.items());
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.map().size() != y.map().size()) return false;
            for (Map.Entry<PyObject, PyObject> e : x.map().entrySet()) {
                PyObject v = y.map().get(e.getKey());
                if (v == null || !sameOrEqual(e.getValue(), v)) return false;
            }
            return true;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) return elementsEqual(x.items(), y.items());
        if (a instanceof PySlice x && b instanceof PySlice y) return equal(parts(x), parts(y));
        if (a instanceof DictView || b instanceof DictView) return setLike(a) && setLike(b) && sameMembers(a, b);
        return a.equals(b);
    }

    /** Slices compare as the tuples of their start, stop and step. */
    private static PyTuple parts(PySlice s) { return PyTuple.of(s.start, s.stop, s.step); }

    /** What a keys or items view compares equal to: sets, frozensets and other such views. */
    private static boolean setLike(PyObject o) {
        return o instanceof PySet || o instanceof DictView v && v.setLike();
    }

    private static boolean sameMembers(PyObject a, PyObject b) {
        List<PyObject> members = toList(a);
        if (members.size() != toList(b).size()) return false;
        for (PyObject x : members) if (!contains(b, x)) return false;
        return true;
    }

    private static boolean elementsEqual(List<PyObject> x, List<PyObject> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!sameOrEqual(x.get(i), y.get(i))) return false;
        return true;
    }

    /** Identity implies equality inside containers: [nan] == [nan] and nan in [nan]. */
    public static boolean sameOrEqual(PyObject a, PyObject b) { return a == b || equal(a, b); }

    private static final Map<CmpOp, String[]> RICH = Map.of(CmpOp.EQ, new String[] {"__eq__", "__eq__"},
        CmpOp.NOT_EQ, new String[] {"__ne__", "__ne__"}, CmpOp.LT, new String[] {"__lt__", "__gt__"}, CmpOp.LT_E, new String[] {"__le__", "__ge__"},
        CmpOp.GT, new String[] {"__gt__", "__lt__"}, CmpOp.GT_E, new String[] {"__ge__", "__le__"});

    static boolean order(CmpOp op, PyObject a, PyObject b) {
        if (a instanceof PySlice x && b instanceof PySlice y) return order(op, parts(x), parts(y));
        int c;
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            if (a instanceof PyInt x && b instanceof PyInt y) {
                c = x.isSmall() && y.isSmall() ? Long.compare(x.longValue(), y.longValue()) : x.bigValue().compareTo(y.bigValue());
            } else {
                if (Arith.isNan(a) || Arith.isNan(b)) return false;
                c = Arith.compare(a, b);
            }
        } else if (a instanceof PyStr x && b instanceof PyStr y) {
            c = StrMethods.compare(x.value(), y.value());
        } else if (a instanceof org.cellscope.runtime.PyCell x && b instanceof org.cellscope.runtime.PyCell y) {
            // cells order by their contents; an empty cell comes first
            if (x.get() == null || y.get() == null) c = Boolean.compare(x.get() != null, y.get() != null);
            else if (equal(x.get(), y.get())) c = 0;
            else return order(op, x.get(), y.get());
        } else if (a instanceof PySet x && b instanceof PySet y) {
            return SetMethods.order(op, x, y);
        } else if ((a instanceof DictView || b instanceof DictView) && setLike(a) && setLike(b)) {
            return SetMethods.order(op, SetMethods.of(false, a), SetMethods.of(false, b));
        } else if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            List<PyObject> x = Sequences.toList(a), y = Sequences.toList(b);
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!sameOrEqual(x.get(i), y.get(i))) return order(op, x.get(i), y.get(i));
            }
            c = Integer.compare(x.size(), y.size());
        } else {
            String[] names = RICH.get(op);
            PyObject r = userRich(a, b, names[0], names[1]);
            if (r != null) return truthy(r);
            throw notSupported(op, a, b);
        }
        return switch (op) {
            case LT -> c < 0;
            case LT_E -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Rich comparison as do_richcompare: the right operand's reflected method first when its class is a subclass of the left's. */
    private static PyObject userRich(PyObject a, PyObject b, String name, String reflected) {
        boolean reflectedFirst = a.type() != b.type() && b.type().isUserDefined() && b.type().isSubtypeOf(a.type());
        PyObject r = reflectedFirst ? callDunder(b, reflected, a) : null;
        if (r == null && a.type().isUserDefined()) r = callDunder(a, name, b);
        if (r == null && !reflectedFirst && b.type().isUserDefined()) r = callDunder(b, reflected, a);
        return r;
    }

    public static boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr i)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value().contains(i.value());
        }
        if (container instanceof PyDict d) return d.map().containsKey(Hashing.key(item));
        if (container instanceof PyRange r) return SequenceMethods.rangeIndex(r, item) >= 0; // arithmetic, not a walk
        if (container instanceof PySet s) return s.items().contains(SetMethods.memberKey(item));
        if (container.type().isUserDefined()) {
            PyObject m = container.type().lookup("__contains__");
            if (m != null) return truthy(Calls.call(m, new PyObject[] {container, item}, null));
        }
        if (!isIterable(container)) {
            throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        PyObject it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) if (sameOrEqual(x, item)) return true;
        return false;
    }

    // ---- iteration and length

    /** Whether iter(o) would succeed, asked without making an iterator. */
    static boolean isIterable(PyObject o) {
        if (o instanceof PyIter || o instanceof PyGenerator || Sequences.isBuiltinIterable(o)) return true;
        PyType t = o.type();
        return t.lookup("__iter__") != null || t.isUserDefined() && t.lookup("__getitem__") != null;
    }

    public static PyObject iter(PyObject o) {
        if (o instanceof PyIter || o instanceof PyGenerator) return o;
        Iterator<PyObject> it = Sequences.javaIterator(o);
        if (it != null) return new PyIter(it, IterTypes.of(o));
        PyType t = o.type();
        PyObject m = t.lookup("__iter__");
        if (m != null && t.isUserDefined()) {
            PyObject made = Calls.call(m, new PyObject[] {o}, null);
            if (!isIterator(made)) throw Errors.typeError("iter() returned non-iterator of type '" + made.type().name() + "'");
            return made;
        }
        if (t.isUserDefined() && t.lookup("__getitem__") != null) return getItemIterator(o);
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    private static boolean isIterator(PyObject o) {
        return o instanceof PyIter || o instanceof PyGenerator || o.type().lookup("__next__") != null;
    }

    /** The next item of an iterator, or null when it is exhausted. */
    public static PyObject next(PyObject it) {
        return next(it, null);
    }

    /**
     * The next item for a for loop or comprehension (FOR_ITER) running in {@code looping}, or null
     * at the end. An end that came with a StopIteration (raised by a __next__, or a generator
     * returning a value) is reported in the looping frame, as CPython's FOR_ITER does, then dropped.
     */
    static PyObject next(PyObject it, PyFrame looping) {
        if (it instanceof PyIter i) return i.next();
        if (it instanceof PyGenerator g) {
            PyObject v = g.next();
            if (v == null && looping != null && g.returned() != PyNone.NONE) {
                Calls.reportException(looping, PyGenerator.stopIteration(g.returned()));
            }
            return v;
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        try {
            return Calls.call(m, new PyObject[] {it}, null);
        } catch (org.cellscope.runtime.PyRaise r) {
            if (!r.exception().type().isSubtypeOf(Errors.STOP_ITERATION)) throw r;
            if (looping != null) Calls.reportException(looping, r);
            return null;
        }
    }

    /** next(it) without a default: the iterator's own StopIteration (with its value) propagates. */
    public static PyObject nextOrStop(PyObject it) {
        if (it instanceof PyGenerator g) return g.send(PyNone.NONE);
        if (it instanceof PyIter i) {
            PyObject v = i.next();
            if (v == null) throw Errors.raise(Errors.STOP_ITERATION, null);
            return v;
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        return Calls.call(m, new PyObject[] {it}, null);
    }

    public static List<PyObject> toList(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) out.add(x);
        return out;
    }

    public static long len(PyObject o) {
        if (o instanceof PyStr s) return s.value().codePointCount(0, s.value().length());
        if (o instanceof PyList l) return l.items().size();
        if (o instanceof PyTuple t) return t.size();
        if (o instanceof PyDict d) return d.map().size();
        if (o instanceof PySet s) return s.items().size();
        if (o instanceof PyRange r) return r.length();
        PyObject m = o.type().lookup("__len__");
        if (m != null && (o.type().isUserDefined() || m instanceof PyBuiltin)) { // builtin: dict views and the like
            PyObject r = Calls.call(m, new PyObject[] {o}, null);
            if (!(r instanceof PyInt i)) throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
            if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
            return i.longValue();
        }
        throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    /** Iterates a user object through __getitem__ with 0, 1, 2... until IndexError. */
    private static PyIter getItemIterator(PyObject target) {
        long[] index = {0};
        return PyIter.of(() -> {
            try {
                return Items.getItem(target, PyInt.of(index[0]++));
            } catch (org.cellscope.runtime.PyRaise r) {
                if (!r.exception().type().isSubtypeOf(Errors.INDEX_ERROR)) throw r;
                return null;
            }
        }, org.cellscope.runtime.Types.ITERATOR);
    }
}
