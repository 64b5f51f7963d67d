package org.cellscope.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.eval.PyCode;
import org.cellscope.eval.PyFrame;
import org.cellscope.eval.PyFunction;
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
 * Reads the live interpreter state into immutable views: the frame stack and every object
 * reachable from it. Never runs program code (no user {@code __repr__}), so capturing a step
 * cannot create trace events of its own.
 */
final class StateCapture {
    private final Map<Long, HeapObject> previous;
    private final Map<Long, HeapObject> heap = new LinkedHashMap<>();
    private final Deque<PyObject> pending = new ArrayDeque<>();

    /** previous: the last step's objects by id, reused when unchanged so that steps share memory. */
    StateCapture(Map<Long, HeapObject> previous) { this.previous = previous; }

    List<FrameView> frames(PyFrame top) {
        List<FrameView> out = new ArrayList<>();
        for (PyFrame f = top; f != null; f = f.back()) out.add(0, frame(f));
        drain();
        return out;
    }

    Map<Long, HeapObject> heap() { return heap; }

    private FrameView frame(PyFrame f) {
        PyCode code = f.code();
        List<Variable> vars = new ArrayList<>();
        if (f.names() != null) {
            for (Map.Entry<String, PyObject> e : f.names().entrySet()) {
                String n = e.getKey();
                if (n.startsWith("__") && n.endsWith("__")) continue;
                vars.add(new Variable(n, VarKind.LOCAL, value(e.getValue())));
            }
        } else {
            List<String> varnames = code.varnames();
            List<String> cellvars = code.cellvars();
            for (int i = 0; i < varnames.size(); i++) {
                if (cellvars.contains(varnames.get(i))) continue; // a cell parameter shows as its cell
                PyObject v = f.local(i);
                vars.add(new Variable(varnames.get(i), VarKind.LOCAL, v == null ? Value.UNBOUND : value(v)));
            }
        }
        List<String> cellvars = code.cellvars();
        List<String> freevars = code.freevars();
        for (int i = 0; i < cellvars.size(); i++) vars.add(new Variable(cellvars.get(i), VarKind.CELL, value(f.cell(i))));
        for (int i = 0; i < freevars.size(); i++) {
            vars.add(new Variable(freevars.get(i), VarKind.FREE, value(f.cell(cellvars.size() + i))));
        }
        return new FrameView(f.id(), code.name(), code.qualname(), f.line(), List.copyOf(vars));
    }

    Value value(PyObject o) {
        if (o == null) return Value.UNBOUND;
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o == PyNone.NONE) {
            return new Value.Prim(o.type().name(), Repr.repr(o));
        }
        if (!heap.containsKey(o.id())) {
            heap.put(o.id(), null); // reserve the slot: creation order, and no revisits
            pending.add(o);
        }
        return new Value.Ref(o.id());
    }

    private void drain() {
        while (!pending.isEmpty()) {
            PyObject o = pending.poll();
            HeapObject h = object(o);
            HeapObject old = previous.get(h.id());
            heap.put(h.id(), h.equals(old) ? old : h);
        }
    }

    private HeapObject object(PyObject o) {
        long id = o.id();
        if (o instanceof PyCell c) return new HeapObject.Cell(id, c.varName(), value(c.get()), c.creatorFrameId());
        if (o instanceof PyFunction fn) {
            List<Long> closure = new ArrayList<>();
            if (fn.closure() != null) for (PyCell c : fn.closure()) closure.add(value(c) instanceof Value.Ref r ? r.id() : 0L);
            List<Value> defaults = new ArrayList<>();
            for (PyObject d : fn.defaults()) defaults.add(value(d));
            return new HeapObject.Function(id, fn.name(), fn.qualname(), fn.code().firstLine(), fn.code().freevars(),
                List.copyOf(closure), List.copyOf(defaults));
        }
        if (o instanceof PyList l) return new HeapObject.Sequence(id, "list", values(l.items()));
        if (o instanceof PyTuple t) return new HeapObject.Sequence(id, "tuple", values(t.items()));
        if (o instanceof PySet s) return new HeapObject.Sequence(id, s.type().name(), values(s.items()));
        if (o instanceof PyDict d) {
            List<HeapObject.Entry> entries = new ArrayList<>();
            d.map().forEach((k, v) -> entries.add(new HeapObject.Entry(value(k), value(v))));
            return new HeapObject.Dict(id, "dict", List.copyOf(entries));
        }
        if (o instanceof PyType t && t.isUserDefined()) return new HeapObject.ClassObject(id, t.name(), attributes(t.dict()));
        if (o instanceof PyInstance inst && inst.type().isUserDefined()) {
            return new HeapObject.Instance(id, inst.type().name(), attributes(inst.dict()));
        }
        return new HeapObject.Other(id, o.type().name(), Repr.repr(o));
    }

    private List<HeapObject.Entry> attributes(Map<String, PyObject> ns) {
        List<HeapObject.Entry> out = new ArrayList<>();
        ns.forEach((k, v) -> {
            if (!(k.startsWith("__") && k.endsWith("__"))) out.add(new HeapObject.Entry(new Value.Prim("str", Repr.quote(k)), value(v)));
        });
        return List.copyOf(out);
    }

    private List<Value> values(Iterable<PyObject> items) {
        List<Value> out = new ArrayList<>();
        for (PyObject x : items) out.add(value(x));
        return List.copyOf(out);
    }

    static Map<Long, HeapObject> index(List<HeapObject> heap) {
        Map<Long, HeapObject> m = new HashMap<>();
        for (HeapObject h : heap) m.put(h.id(), h);
        return m;
    }
}
