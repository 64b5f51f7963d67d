package org.cellscope.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PySet;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/**
 * Whether a generator made for a call's argument ({@code f(x for x in xs)}, {@code f(gen())})
 * dies when the call returns, so that CPython's reference counting closes it then (the trace
 * shows the close). It lives on when the callee kept it: a builtin other than the ones that use
 * an argument up (zip, list.append...), or a function that returned it or stored it where the
 * calling frame, the module or the result still reach it.
 */
final class Temporaries {
    private Temporaries() {}

    /** Builtins that use an argument up and keep no reference to it (unlike zip, map, enumerate...). */
    private static final Set<String> CONSUMERS = Set.of("type", "next", "print", "repr", "str", "len",
        "id", "hash", "isinstance", "any", "all", "sum", "min", "max", "sorted", "list", "tuple", "set", "frozenset",
        "dict", "bool");

    /**
     * Generators made for the arguments of calls whose results the walk cannot look into
     * ({@code islice(naturals(), 5)}): they die with that result when it is itself a temporary.
     */
    private static final Map<PyObject, List<PyGenerator>> HELD = Collections.synchronizedMap(new WeakHashMap<>());

    /** After a call: closes the generators made for its arguments that die with it. */
    static void release(PyObject fn, PyObject[] args, int[] temporaries, PyObject result, PyFrame caller) {
        for (int i : temporaries) {
            if (i >= args.length) continue;
            List<PyGenerator> made = args[i] instanceof PyGenerator g ? List.of(g) : HELD.getOrDefault(args[i], List.of());
            for (PyGenerator g : made) {
                if (!g.isUnfinished()) continue;
                if (diesWithCall(g, fn, result, caller)) g.close();
                else if (result != null && !Search.walkable(result)) HELD.computeIfAbsent(result, r -> new ArrayList<>()).add(g);
            }
        }
    }

    /** @param result what the call returned, or null when it raised */
    private static boolean diesWithCall(PyGenerator g, PyObject fn, PyObject result, PyFrame caller) {
        if (isConsumer(fn)) return true;
        if (fn instanceof PyBuiltin || fn instanceof PyMethod m && m.function() instanceof PyBuiltin
            || fn instanceof PyType t && !t.isUserDefined()) {
            return result == null; // a builtin that raised kept nothing
        }
        return !new Search(g).reaches(result, caller);
    }

    private static boolean isConsumer(PyObject fn) {
        if (fn instanceof PyBuiltin b) return b.owner() == null && CONSUMERS.contains(b.name());
        return fn instanceof PyType t && !t.isUserDefined() && CONSUMERS.contains(t.name());
    }

    /** A walk of the objects the program can still reach, looking for one generator. */
    private static final class Search {
        private final PyGenerator target;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Deque<Object> todo = new ArrayDeque<>();

        Search(PyGenerator target) { this.target = target; }

        boolean reaches(PyObject result, PyFrame caller) {
            // a result the walk cannot look into (a zip, a partial...) may hold the generator
            if (result != null && !walkable(result)) return true;
            push(result);
            addFrame(caller);
            todo.add(caller.globals);
            while (!todo.isEmpty()) {
                Object o = todo.pop();
                if (o == target) return true;
                if (o instanceof Map<?, ?> m) {
                    m.keySet().forEach(this::push);
                    m.values().forEach(this::push);
                } else if (o instanceof Iterable<?> items) {
                    items.forEach(this::push);
                } else if (o instanceof PyObject p) {
                    children(p);
                }
            }
            return false;
        }

        private void addFrame(PyFrame f) {
            for (PyObject v : f.fast) push(v);
            for (PyCell c : f.cells) push(c);
            if (f.names != null) todo.add(f.names);
        }

        private void push(Object o) {
            if (o != null && seen.add(o)) todo.push(o);
        }

        private void children(PyObject o) {
            if (o instanceof PyList l) todo.add(l.items());
            else if (o instanceof PyTuple t) todo.add(t.items());
            else if (o instanceof PyDict d) todo.add(d.map());
            else if (o instanceof PySet s) todo.add(s.items());
            else if (o instanceof PyCell c) push(c.get());
            else if (o instanceof PyMethod m) {
                push(m.self());
                push(m.function());
            } else if (o instanceof PyFunction fn) {
                for (PyObject d : fn.defaults) push(d);
                if (fn.closure != null) for (PyCell c : fn.closure) push(c);
                if (fn.kwdefaults != null) todo.add(fn.kwdefaults);
                todo.add(fn.dict());
            } else if (o instanceof PyGenerator g) {
                addFrame(g.frame());
            } else if (o instanceof PyBaseException e) {
                push(e.args());
                todo.add(e.dict());
            } else if (o instanceof PyInstance i) {
                todo.add(i.dict());
            } else if (o instanceof PyType t && t.isUserDefined()) {
                todo.add(t.dict());
            }
        }

        /** Iterators and callables a builtin or module made keep their parts in Java, out of the walk's sight. */
        private static boolean walkable(PyObject o) {
            return !(o instanceof org.cellscope.runtime.PyIter || o instanceof org.cellscope.runtime.PyCallable);
        }
    }
}
