package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyMethod;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/**
 * property, staticmethod, classmethod and objects of classes with __get__/__set__/__delete__:
 * class attributes that decide what reading, writing and deleting them do.
 */
final class Descriptors {
    private Descriptors() {}

    static final PyType PROPERTY = Types.builtin("property", Types.OBJECT);
    static final PyType STATICMETHOD = Types.builtin("staticmethod", Types.OBJECT);
    static final PyType CLASSMETHOD = Types.builtin("classmethod", Types.OBJECT);

    static final class Property extends PyObject {
        final PyObject fget;
        final PyObject fset;
        final PyObject fdel;

        Property(PyObject fget, PyObject fset, PyObject fdel) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
        }

        @Override
        public PyType type() { return PROPERTY; }

        String name() {
            PyObject f = fget != null ? fget : fset;
            return f instanceof PyFunction fn ? fn.name : "?";
        }
    }

    /** staticmethod and classmethod: a wrapped function. */
    static final class Wrapper extends PyObject {
        final PyObject function;
        private final PyType type;

        Wrapper(PyObject function, PyType type) {
            this.function = function;
            this.type = type;
        }

        @Override
        public PyType type() { return type; }
    }

    static {
        PROPERTY.setConstructor((t, a, kw) -> new Property(arg(a, kw, 0, "fget"), arg(a, kw, 1, "fset"), arg(a, kw, 2, "fdel")));
        STATICMETHOD.setConstructor((t, a, kw) -> new Wrapper(a[0], STATICMETHOD));
        CLASSMETHOD.setConstructor((t, a, kw) -> new Wrapper(a[0], CLASSMETHOD));
        method("getter", (p, f) -> new Property(f, p.fset, p.fdel));
        method("setter", (p, f) -> new Property(p.fget, f, p.fdel));
        method("deleter", (p, f) -> new Property(p.fget, p.fset, f));
    }

    /** A builtin's classmethod (dict.fromkeys): bound to the class however it is reached. */
    static PyObject classMethod(PyObject function) { return new Wrapper(function, CLASSMETHOD); }

    private interface Rebuild {
        Property with(Property p, PyObject f);
    }

    private static void method(String name, Rebuild r) {
        PROPERTY.dict().put(name, new PyBuiltin(name, PROPERTY, (a, kw) -> r.with((Property) a[0], a[1])));
    }

    private static PyObject arg(PyObject[] a, Map<String, PyObject> kw, int i, String name) {
        PyObject v = i < a.length ? a[i] : kw == null ? null : kw.get(name);
        return v == PyNone.NONE ? null : v;
    }

    /** A descriptor method of a class attribute whose class the program wrote, or null. */
    private static PyObject userSlot(PyObject classAttr, String slot) {
        return classAttr != null && classAttr.type().isUserDefined() ? classAttr.type().lookup(slot) : null;
    }

    /** What reading a class attribute through an instance gives: bound method, property value... */
    static PyObject bindToInstance(PyObject classAttr, PyObject self) {
        PyObject get = userSlot(classAttr, "__get__");
        if (get != null) return Calls.call(get, new PyObject[] {classAttr, self, self.type()}, null);
        if (classAttr instanceof Slots.Member m) return m.get(self);
        if (classAttr instanceof Property p) {
            if (p.fget == null) throw Errors.raise(Errors.ATTRIBUTE_ERROR, "property '" + p.name() + "' of '" + self.type().name() + "' object has no getter");
            return Calls.call(p.fget, new PyObject[] {self}, null);
        }
        if (classAttr instanceof Wrapper w) return w.type == STATICMETHOD ? w.function : new PyMethod(w.function, self.type());
        if (classAttr instanceof PyFunction || classAttr instanceof PyBuiltin) return new PyMethod(classAttr, self);
        return classAttr;
    }

    /** What reading an attribute through the class itself gives. */
    static PyObject bindToClass(PyObject classAttr, PyType cls) {
        PyObject get = userSlot(classAttr, "__get__");
        if (get != null) return Calls.call(get, new PyObject[] {classAttr, PyNone.NONE, cls}, null);
        if (classAttr instanceof Wrapper w) return w.type == STATICMETHOD ? w.function : new PyMethod(w.function, cls);
        return classAttr;
    }

    /** Assignment through a property; false when the attribute is not a property. */
    static boolean set(PyObject self, String name, PyObject value) {
        PyObject attr = self.type().lookup(name);
        if (attr == null) return false;
        PyObject userSet = userSlot(attr, "__set__");
        if (userSet != null) {
            Calls.call(userSet, new PyObject[] {attr, self, value}, null);
            return true;
        }
        if (userSlot(attr, "__delete__") != null) throw Errors.raise(Errors.ATTRIBUTE_ERROR, "__set__");
        if (attr instanceof Slots.Member m) {
            m.set(self, value);
            return true;
        }
        if (!(attr instanceof Property p)) return false;
        if (p.fset == null) {
            throw Errors.raise(Errors.ATTRIBUTE_ERROR, "property '" + name + "' of '" + self.type().name() + "' object has no setter");
        }
        Calls.call(p.fset, new PyObject[] {self, value}, null);
        return true;
    }

    /** {@code del obj.name} through a property; false when the attribute is not a property. */
    static boolean delete(PyObject self, String name) {
        PyObject attr = self.type().lookup(name);
        if (attr == null) return false;
        PyObject userDelete = userSlot(attr, "__delete__");
        if (userDelete != null) {
            Calls.call(userDelete, new PyObject[] {attr, self}, null);
            return true;
        }
        if (userSlot(attr, "__set__") != null) throw Errors.raise(Errors.ATTRIBUTE_ERROR, "__delete__");
        if (attr instanceof Slots.Member m) {
            m.delete(self);
            return true;
        }
        if (!(attr instanceof Property p)) return false;
        if (p.fdel == null) {
            throw Errors.raise(Errors.ATTRIBUTE_ERROR, "property '" + name + "' of '" + self.type().name() + "' object has no deleter");
        }
        Calls.call(p.fdel, new PyObject[] {self}, null);
        return true;
    }

    /** A property's fget/fset/fdel/__doc__ and a static or class method's __func__, or null. */
    static PyObject attribute(PyObject descriptor, String name) {
        if (descriptor instanceof Property p) {
            return switch (name) {
                case "fget" -> orNone(p.fget);
                case "fset" -> orNone(p.fset);
                case "fdel" -> orNone(p.fdel);
                case "__doc__" -> p.fget == null ? PyNone.NONE : Attributes.get(p.fget, "__doc__");
                default -> null;
            };
        }
        if (descriptor instanceof Wrapper w && (name.equals("__func__") || name.equals("__wrapped__"))) return w.function;
        return null;
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    static boolean isDataDescriptor(PyObject attr) {
        return attr instanceof Property || attr instanceof Slots.Member || userSlot(attr, "__set__") != null || userSlot(attr, "__delete__") != null;
    }
}
