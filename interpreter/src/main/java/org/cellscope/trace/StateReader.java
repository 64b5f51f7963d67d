package org.cellscope.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.eval.PyCode;
import org.cellscope.eval.PyFunction;
import org.cellscope.eval.PyGenerator;
import org.cellscope.eval.Repr;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyFloat;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/**
 * Rebuilds one step's views from the recorded history: the frames' variables and every object
 * reachable from them, each as it was at that step. Never runs program code (no user
 * {@code __repr__}), so reading a step cannot create trace events of its own.
 */
final class StateReader {
    private final StateHistory history;
    private final int step;
    private final Map<Long, HeapObject> heap = new LinkedHashMap<>();
    private final Deque<PyObject> pending = new ArrayDeque<>();

    StateReader(StateHistory history, int step) {
        this.history = history;
        this.step = step;
    }

    /** The objects reached so far by {@link #frame} and {@link #value}, in order of first reach. */
    List<HeapObject> heap() {
        drain();
        return List.copyOf(heap.values());
    }

    FrameView frame(RecordedFrame f, int line) {
        PyCode code = f.code;
        List<Variable> vars = new ArrayList<>();
        if (f.names != null) {
            Object[] entries = (Object[]) history.contents(f.names, step);
            for (int i = 0; i < entries.length; i += 2) {
                String n = (String) entries[i];
                if (n.startsWith("__") && n.endsWith("__")) continue;
                vars.add(new Variable(n, VarKind.LOCAL, value((PyObject) entries[i + 1])));
            }
        } else {
            PyObject[] fast = history.fastLocals(f, step);
            List<String> varnames = code.varnames();
            List<String> cellvars = code.cellvars();
            for (int i = 0; i < varnames.size(); i++) {
                if (cellvars.contains(varnames.get(i))) continue; // a cell parameter shows as its cell
                vars.add(new Variable(varnames.get(i), VarKind.LOCAL, value(fast[i])));
            }
        }
        List<String> cellvars = code.cellvars();
        List<String> freevars = code.freevars();
        for (int i = 0; i < cellvars.size(); i++) vars.add(new Variable(cellvars.get(i), VarKind.CELL, value(f.cells[i])));
        for (int i = 0; i < freevars.size(); i++) {
            vars.add(new Variable(freevars.get(i), VarKind.FREE, value(f.cells[cellvars.size() + i])));
        }
        return new FrameView(f.id, code.name(), code.qualname(), line, List.copyOf(vars));
    }

    /** The value of o, reaching the object it refers to (if any) for {@link #heap}. */
    Value value(PyObject o) {
        reach(o);
        return valueOf(o);
    }

    /** What o shows as, without reaching anything: an inline primitive or a reference. */
    static Value valueOf(PyObject o) {
        if (o == null) return Value.UNBOUND;
        return isPrimitive(o) ? new Value.Prim(o.type().name(), primitiveRepr(o)) : new Value.Ref(o.id());
    }

    private static boolean isPrimitive(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o == PyNone.NONE;
    }

    private void reach(PyObject o) {
        if (o == null || isPrimitive(o) || heap.containsKey(o.id())) return;
        heap.put(o.id(), null); // reserve the slot: order of first reach, and no revisits
        pending.add(o);
    }

    /** repr() of an int past 3.11's 4300-digit limit raises; the diagram names its size instead. */
    private static String primitiveRepr(PyObject o) {
        try {
            return Repr.repr(o);
        } catch (org.cellscope.runtime.PyRaise e) {
            return "<int of " + ((PyInt) o).bigValue().bitLength() + " bits>";
        }
    }

    private void drain() {
        while (!pending.isEmpty()) {
            PyObject o = pending.poll();
            heap.put(o.id(), object(o));
        }
    }

    private HeapObject object(PyObject o) {
        long id = o.id();
        if (o instanceof PyCell c) {
            Object contents = history.contents(c, step);
            Value v = contents == Snapshots.EMPTY ? Value.UNBOUND : value((PyObject) contents);
            return new HeapObject.Cell(id, c.varName(), v, c.creatorFrameId());
        }
        if (o instanceof PyFunction fn) {
            List<Long> closure = new ArrayList<>();
            if (fn.closure() != null) for (PyCell c : fn.closure()) closure.add(((Value.Ref) value(c)).id());
            List<Value> defaults = new ArrayList<>();
            for (PyObject d : fn.defaults()) defaults.add(value(d));
            return new HeapObject.Function(id, fn.name(), fn.qualname(), fn.code().firstLine(), fn.code().freevars(),
                List.copyOf(closure), List.copyOf(defaults));
        }
        if (o instanceof PyList) {
            Snapshots.ListItems items = (Snapshots.ListItems) history.contents(o, step);
            return new HeapObject.Sequence(id, o.type().name(), values(items.items(), items.length()));
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = t.items().toArray(new PyObject[0]);
            return new HeapObject.Sequence(id, "tuple", values(items, items.length));
        }
        if (o instanceof PySet s) {
            PyObject[] items = (PyObject[]) history.contents(o, step);
            return new HeapObject.Sequence(id, s.type().name(), values(items, items.length));
        }
        if (o instanceof PyDict) {
            Object[] entries = (Object[]) history.contents(o, step);
            for (Object x : entries) reach((PyObject) x); // keys, then values, as an entry reads
            return new HeapObject.Dict(id, o.type().name(), SnapshotSlots.entries(entries));
        }
        if (o instanceof PyType t && t.isUserDefined()) {
            return new HeapObject.ClassObject(id, t.name(), attributes((Object[]) history.contents(o, step)));
        }
        if (o instanceof PyGenerator g && g.frame().recorded() instanceof RecordedFrame f) {
            // a generator keeps its frame, and the frame's cells, alive between resumptions
            List<HeapObject.Entry> vars = new ArrayList<>();
            for (Variable v : frame(f, 0).variables()) vars.add(new HeapObject.Entry(new Value.Prim("str", Repr.quote(v.name())), v.value()));
            return new HeapObject.Instance(id, "generator", List.copyOf(vars));
        }
        if (o instanceof PyInstance inst && inst.type().isUserDefined()) {
            return new HeapObject.Instance(id, inst.type().name(), attributes((Object[]) history.contents(o, step)));
        }
        return new HeapObject.Other(id, o.type().name(), Repr.repr(o));
    }

    private List<HeapObject.Entry> attributes(Object[] entries) {
        List<HeapObject.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.length; i += 2) {
            String k = (String) entries[i];
            if (!(k.startsWith("__") && k.endsWith("__"))) {
                out.add(new HeapObject.Entry(new Value.Prim("str", Repr.quote(k)), value((PyObject) entries[i + 1])));
            }
        }
        return List.copyOf(out);
    }

    /** Reaches what the first length items refer to now; formats them only when read. */
    private List<Value> values(PyObject[] items, int length) {
        for (int i = 0; i < length; i++) reach(items[i]);
        return SnapshotSlots.items(items, length);
    }
}
