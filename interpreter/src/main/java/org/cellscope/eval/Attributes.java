package org.cellscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyCell;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyRaise;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** {@code obj.name}: reading, writing and deleting attributes, including the closure introspection ones. */
public final class Attributes {
    private Attributes() {}

    public static PyObject get(PyObject obj, String name) {
        PyObject v = find(obj, name);
        if (v != null) return v;
        PyObject fallback = obj instanceof PyType ? null : obj.type().isUserDefined() ? obj.type().lookup("__getattr__") : null;
        if (fallback != null) return Calls.call(fallback, new PyObject[] {obj, new PyStr(name)}, null);
        throw missing(obj, name);
    }

    /** The attribute, or null when there is none (for getattr with a default and hasattr). */
    public static PyObject find(PyObject obj, String name) {
        PyObject special = special(obj, name);
        if (special != null) return special;
        if (obj instanceof PyType t) {
            PyObject v = t.lookup(name);
            return v == null ? null : Descriptors.bindToClass(v, t);
        }
        if (obj instanceof PySuper s) return s.get(name);
        if (obj instanceof PyInstance inst) {
            PyObject cls = obj.type().lookup(name);
            if (Descriptors.isDataDescriptor(cls)) return Descriptors.bindToInstance(cls, obj);
            PyObject own = inst.dict().get(name);
            if (own != null) return own;
        }
        if (obj instanceof PyFunction fn) {
            PyObject own = fn.dict().get(name);
            if (own != null) return own;
        }
        PyObject cls = obj.type().lookup(name);
        if (cls == null) return null;
        return Descriptors.bindToInstance(cls, obj);
    }

    private static PyObject special(PyObject obj, String name) {
        if (obj instanceof PyFunction fn) return functionAttr(fn, name);
        if (obj instanceof PyCell cell && name.equals("cell_contents")) {
            if (cell.get() == null) throw Errors.valueError("Cell is empty");
            return cell.get();
        }
        if (obj instanceof PyCode code) return codeAttr(code, name);
        if (obj instanceof FrameObject frame && frame.attribute(name) != null) return frame.attribute(name);
        if (obj instanceof PyGenerator g) {
            switch (name) {
                case "__name__": return new PyStr(g.frame().code.name());
                case "__qualname__": return new PyStr(g.frame().code.qualname());
                case "gi_code": return g.frame().code;
                case "gi_running": return org.cellscope.runtime.PyBool.of(g.isRunning());
                case "gi_frame": return g.frameObject();
                default: break;
            }
        }
        if (obj instanceof PyType t) return typeAttr(t, name);
        if ((obj instanceof Descriptors.Property || obj instanceof Descriptors.Wrapper) && !name.equals("__class__")) {
            return Descriptors.attribute(obj, name);
        }
        if (obj instanceof PyMethod m) {
            if (name.equals("__self__")) return m.self();
            if (name.equals("__func__")) return m.function();
            PyObject own = m.type().lookup(name); // __call__ calls the method, not its bare function
            return own != null ? Descriptors.bindToInstance(own, m) : find(m.function(), name);
        }
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args": return e.args();
                case "__cause__": return orNone(e.cause());
                case "__context__": return orNone(e.context());
                case "errno":
                case "strerror":
                    if (e.type().isSubtypeOf(org.cellscope.runtime.Errors.OS_ERROR)) {
                        int i = name.equals("errno") ? 0 : 1;
                        return e.args().size() >= 2 ? e.args().get(i) : PyNone.NONE;
                    }
                    break;
                case "code":
                    if (e.type().isSubtypeOf(org.cellscope.runtime.Errors.SYSTEM_EXIT)) {
                        return e.args().size() == 0 ? PyNone.NONE : e.args().size() == 1 ? e.args().get(0) : e.args();
                    }
                    break;
                case "name":
                case "obj":
                    // CPython's member slots: None until the interpreter (or the program) fills them
                    boolean named = e.type().isSubtypeOf(Errors.ATTRIBUTE_ERROR) || name.equals("name")
                        && (e.type().isSubtypeOf(Errors.NAME_ERROR) || e.type().isSubtypeOf(Errors.IMPORT_ERROR));
                    if (named) return orNone(e.dict().get(name));
                    break;
                case "__suppress_context__": return org.cellscope.runtime.PyBool.of(e.suppressContext());
                case "__traceback__": return PyNone.NONE;
                case "value":
                    if (e.type().isSubtypeOf(org.cellscope.runtime.Errors.STOP_ITERATION)) {
                        return e.args().size() > 0 ? e.args().get(0) : PyNone.NONE;
                    }
                    break;
                default: break;
            }
        }
        if (name.equals("__class__")) return obj.type();
        if (name.equals("__dict__") && obj instanceof PyInstance inst && Slots.hasDict(inst.type())) return inst.dictObject();
        return null;
    }

    private static PyObject functionAttr(PyFunction fn, String name) {
        switch (name) {
            case "__name__": return new PyStr(fn.name);
            case "__qualname__": return new PyStr(fn.qualname);
            case "__closure__": return fn.closure == null ? PyNone.NONE : PyTuple.of((PyObject[]) fn.closure);
            case "__code__": return fn.code;
            case "__defaults__": return fn.defaults.length == 0 ? PyNone.NONE : PyTuple.of(fn.defaults);
            case "__kwdefaults__": return fn.kwdefaults == null ? PyNone.NONE : dictOf(fn.kwdefaults);
            case "__module__": return new PyStr("__main__");
            case "__dict__": return dictOf(fn.writableDict());
            case "__globals__": return dictOf(fn.globals);
            case "__doc__": return fn.doc;
            case "__annotations__": return Annotations.of(fn);
            default: return null;
        }
    }

    private static PyObject codeAttr(PyCode c, String name) {
        switch (name) {
            case "co_name": return new PyStr(c.name());
            case "co_qualname": return new PyStr(c.qualname());
            case "co_varnames": return strings(c.varnames);
            case "co_cellvars": return strings(c.cellvars);
            case "co_freevars": return strings(c.freevars);
            case "co_names": return strings(c.names().toArray(String[]::new));
            case "co_argcount": return PyInt.of(c.argcount);
            case "co_posonlyargcount": return PyInt.of(c.posonlyargcount);
            case "co_kwonlyargcount": return PyInt.of(c.kwonlyargcount);
            case "co_nlocals": return PyInt.of(c.varnames.length);
            case "co_filename": return new PyStr(c.filename);
            case "co_firstlineno": return PyInt.of(c.firstLine);
            default: return null;
        }
    }

    private static PyObject typeAttr(PyType t, String name) {
        switch (name) {
            case "__name__": return new PyStr(t.name());
            case "__qualname__": return new PyStr(t.qualname());
            case "__module__": return new PyStr(t.module());
            case "__bases__": return PyTuple.of(new ArrayList<PyObject>(t.bases()));
            case "__base__": return orNone(layoutBase(t));
            case "__mro__": return PyTuple.of(new ArrayList<PyObject>(t.mro()));
            case "__dict__": return dictOf(t.dict());
            case "__doc__": return t.dict().getOrDefault("__doc__", PyNone.NONE);
            // a class's own annotations, made empty on first read when its body had none
            case "__annotations__": return t.isUserDefined() ? t.dict().computeIfAbsent(name, k -> new PyDict()) : null;
            default: return null;
        }
    }

    /** CPython's best base: the base whose builtin layout is the most derived, the first of equals. */
    private static PyType layoutBase(PyType t) {
        PyType best = null;
        for (PyType b : t.bases()) {
            if (best == null || b.builtinBase() != best.builtinBase() && b.builtinBase().isSubtypeOf(best.builtinBase())) best = b;
        }
        return best;
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    private static PyTuple strings(String[] names) {
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(new PyStr(n));
        return PyTuple.of(out);
    }

    /** A snapshot dict of a namespace (Cellscope keeps namespaces as Java maps). */
    static PyDict dictOf(Map<String, PyObject> ns) {
        PyDict d = new PyDict();
        ns.forEach((k, v) -> d.map().put(new PyStr(k), v));
        return d;
    }

    public static void set(PyObject obj, String name, PyObject value) {
        if (obj instanceof PyFunction fn) {
            switch (name) {
                case "__closure__", "__globals__", "__code__" -> throw Errors.raise(Errors.ATTRIBUTE_ERROR, "readonly attribute");
                case "__name__" -> fn.name = text(name, value);
                case "__doc__" -> fn.doc = value;
                case "__annotations__" -> {
                    if (!(value instanceof PyDict d)) throw Errors.typeError("__annotations__ must be set to a dict object");
                    fn.annotations = d;
                }
                case "__qualname__" -> fn.qualname = text(name, value);
                case "__defaults__" -> {
                    if (value != PyNone.NONE && !(value instanceof PyTuple)) throw Errors.typeError("__defaults__ must be set to a tuple object");
                    fn.defaults = value == PyNone.NONE ? new PyObject[0] : ((PyTuple) value).items().toArray(new PyObject[0]);
                }
                default -> fn.writableDict().put(name, value);
            }
        } else if (obj instanceof PyCell cell && name.equals("cell_contents")) {
            cell.set(value);
        } else if (obj instanceof PyType t && t.isUserDefined()) {
            t.dict().put(name, value);
        } else if (obj instanceof PyInstance inst) {
            if (Descriptors.set(obj, name, value)) return;
            if (!Slots.hasDict(inst.type())) {
                throw Errors.raise(Errors.ATTRIBUTE_ERROR, "'" + obj.type().name() + "' object has no attribute '" + name + "'");
            }
            inst.dict().put(name, value);
        } else {
            throw unwritable(obj, name);
        }
    }

    /** Setting or deleting an attribute of a builtin value: CPython's words depend on what the type has by that name. */
    private static PyRaise unwritable(PyObject obj, String name) {
        PyObject cls = obj instanceof PyType ? null : obj.type().lookup(name);
        String type = obj.type().name();
        return Errors.raise(Errors.ATTRIBUTE_ERROR, cls == null ? "'" + type + "' object has no attribute '" + name + "'"
            : cls instanceof Descriptors.Property ? "attribute '" + name + "' of '" + type + "' objects is not writable"
            : "'" + type + "' object attribute '" + name + "' is read-only");
    }

    private static String text(String attribute, PyObject value) {
        if (value instanceof PyStr s) return s.value();
        throw Errors.typeError(attribute + " must be set to a string object");
    }

    public static void delete(PyObject obj, String name) {
        if (obj instanceof PyCell cell && name.equals("cell_contents")) {
            if (cell.get() == null) throw Errors.valueError("Cell is empty");
            cell.set(null);
            return;
        }
        if (obj instanceof PyFunction && functionAttr((PyFunction) obj, name) != null && !name.equals("__doc__")) {
            throw Errors.raise(Errors.ATTRIBUTE_ERROR, "readonly attribute");
        }
        if (obj instanceof PyInstance && Descriptors.delete(obj, name)) return;
        Map<String, PyObject> ns = obj instanceof PyInstance inst ? inst.dict()
            : obj instanceof PyFunction fn ? fn.writableDict() : obj instanceof PyType t && t.isUserDefined() ? t.dict() : null;
        if (ns == null && !(obj instanceof PyType)) throw unwritable(obj, name);
        if (ns == null || ns.remove(name) == null) throw missing(obj, name);
    }

    static PyRaise missing(PyObject obj, String name) {
        String msg = obj instanceof PyType t ? "type object '" + t.name() + "' has no attribute '" + name + "'"
            : "'" + obj.type().name() + "' object has no attribute '" + name + "'";
        PyRaise r = Errors.raise(Errors.ATTRIBUTE_ERROR, msg);
        r.exception().dict().put("name", new PyStr(name));
        r.exception().dict().put("obj", obj);
        r.exception().setSuggestion(Suggestions.forAttribute(name, obj));
        return r;
    }
}
