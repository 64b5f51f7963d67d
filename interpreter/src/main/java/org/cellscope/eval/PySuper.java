package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** {@code super()}: looks attributes up in the MRO after the class the method was defined in. */
final class PySuper extends PyObject {
    static final PyType TYPE = Types.builtin("super", Types.OBJECT);

    static {
        TYPE.setConstructor((t, args, kw) -> args.length == 2 ? explicit(args[0], args[1])
            : fromFrame(Runner.current().top));
        TYPE.dict().put("__repr__", new PyBuiltin("__repr__", TYPE, (a, kw) -> {
            PySuper s = (PySuper) a[0];
            PyType objType = s.self instanceof PyType t ? t : s.self.type();
            return PyStr.of("<super: <class '" + s.start.name() + "'>, <" + objType.name() + " object>>");
        }));
    }

    /** super(type, obj), with CPython's checks on both arguments. */
    private static PySuper explicit(PyObject type, PyObject obj) {
        if (!(type instanceof PyType start)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + type.type().name());
        }
        boolean fits = obj instanceof PyType cls ? cls.isSubtypeOf(start) : obj.type().isSubtypeOf(start);
        if (!fits) throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(start, obj);
    }

    private final PyType start;
    private final PyObject self;

    PySuper(PyType start, PyObject self) {
        this.start = start;
        this.self = self;
    }

    @Override
    public PyType type() { return TYPE; }

    PyObject get(String name) {
        PyType selfType = self instanceof PyType t ? t : self.type();
        boolean after = false;
        for (PyType t : selfType.mro()) {
            if (after) {
                PyObject v = t.dict().get(name);
                if (v != null) return self instanceof PyType cls ? Descriptors.bindToClass(v, cls) : Descriptors.bindToInstance(v, self);
            }
            if (t == start) after = true;
        }
        throw Errors.raise(Errors.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
    }

    /** Zero-argument super(): the {@code __class__} cell and the first argument of the calling frame. */
    static PySuper fromFrame(PyFrame f) {
        if (f == null || f.code.argcount == 0) throw Errors.raise(Errors.RUNTIME_ERROR, "super(): no arguments");
        int classCell = f.code.freevars().indexOf("__class__");
        if (classCell < 0) throw Errors.raise(Errors.RUNTIME_ERROR, "super(): __class__ cell not found");
        PyObject cls = f.cells[f.code.cellvars.length + classCell].get();
        int firstCell = f.code.cellParamSlots.length > 0 ? indexOfSlot(f.code.cellParamSlots, 0) : -1;
        PyObject self = firstCell >= 0 ? f.cells[firstCell].get() : f.fast[0];
        if (self == null) throw Errors.raise(Errors.RUNTIME_ERROR, "super(): arg[0] deleted");
        return new PySuper((PyType) cls, self);
    }

    private static int indexOfSlot(int[] slots, int slot) {
        for (int i = 0; i < slots.length; i++) if (slots[i] == slot) return i;
        return -1;
    }
}
