package org.cellscope.eval;

import java.util.List;
import java.util.Map;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBaseException;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;

/** Making classes from class statements and instances from calls to classes. */
final class Classes {
    private Classes() {}

    static PyType create(String name, String qualname, List<PyType> bases, Map<String, PyObject> namespace) {
        PyType t = new PyType(name, qualname, "__main__", bases.isEmpty() ? List.of(org.cellscope.runtime.Types.OBJECT) : bases);
        t.dict().putAll(namespace);
        t.dict().remove("__qualname__"); // kept on the type itself, as CPython does
        // a class that defines __eq__ but not __hash__ is unhashable, as CPython's type creation makes it
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) t.dict().put("__hash__", PyNone.NONE);
        // a class adds the slots for instance attributes and weak references its bases lack, unless it lists its own
        PyObject slots = namespace.get("__slots__");
        if (slots != null) {
            Slots.declare(t, slots, namespace);
        } else {
            boolean exception = t.isSubtypeOf(Errors.BASE_EXCEPTION);
            if (!exception && !(t.lookup("__dict__") instanceof AttributeSlot)) t.dict().put("__dict__", new AttributeSlot("__dict__", t));
            if (!(t.lookup("__weakref__") instanceof AttributeSlot)) t.dict().put("__weakref__", new AttributeSlot("__weakref__", t));
        }
        t.dict().putIfAbsent("__doc__", PyNone.NONE);
        // type.__new__ makes these two class methods even when they are written as plain functions
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (t.dict().get(implicit) instanceof PyFunction fn) t.dict().put(implicit, Descriptors.classMethod(fn));
        }
        return t;
    }

    /** type(name, bases, namespace): a class made by a call, as a class statement would make it. */
    static PyType fromCall(PyObject name, PyObject bases, PyObject namespace, Map<String, PyObject> keywords) {
        if (!(name instanceof org.cellscope.runtime.PyStr n)) throw newArgument(1, "str", name);
        if (!(bases instanceof PyTuple b)) throw newArgument(2, "tuple", bases);
        if (!(namespace instanceof org.cellscope.runtime.PyDict d)) throw newArgument(3, "dict", namespace);
        List<PyType> baseTypes = new java.util.ArrayList<>();
        for (PyObject base : b.items()) {
            if (!(base instanceof PyType t)) {
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
            }
            baseTypes.add(t);
        }
        Map<String, PyObject> ns = new org.cellscope.runtime.TrackedMap<>(null);
        ns.put("__module__", org.cellscope.runtime.PyStr.of("__main__"));
        d.map().forEach((k, v) -> { if (k instanceof org.cellscope.runtime.PyStr ks) ns.put(ks.value(), v); });
        PyType t = create(n.value(), n.value(), baseTypes, ns);
        initialize(t, ns, keywords == null ? Map.of() : keywords);
        return t;
    }

    private static org.cellscope.runtime.PyRaise newArgument(int position, String expected, PyObject got) {
        return Errors.typeError("type.__new__() argument " + position + " must be " + expected + ", not " + got.type().name());
    }

    /**
     * What type.__new__ does once the class exists: tells each attribute with __set_name__ its
     * owner and name, then calls the parents' __init_subclass__ with the class statement's keywords.
     */
    static void initialize(PyType t, Map<String, PyObject> namespace, Map<String, PyObject> keywords) {
        for (Map.Entry<String, PyObject> attr : namespace.entrySet()) {
            PyObject setName = attr.getValue().type().isUserDefined() ? attr.getValue().type().lookup("__set_name__") : null;
            if (setName != null) {
                Calls.call(setName, new PyObject[] {attr.getValue(), t, org.cellscope.runtime.PyStr.of(attr.getKey())}, null);
            }
        }
        Calls.call(new PySuper(t, t).get("__init_subclass__"), new PyObject[0], keywords.isEmpty() ? null : keywords);
    }

    /** The {@code getset_descriptor}s a class gets for {@code __dict__} and {@code __weakref__}. */
    static final class AttributeSlot extends PyObject {
        private static final PyType TYPE = org.cellscope.runtime.Types.builtin("getset_descriptor", org.cellscope.runtime.Types.OBJECT);
        final String name;
        final PyType owner;

        AttributeSlot(String name, PyType owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public String toString() { return "<attribute '" + name + "' of '" + owner.name() + "' objects>"; }
    }

    static PyObject instantiate(PyType type, PyObject[] args, Map<String, PyObject> kwargs) {
        PyType builtin = type.builtinBase();
        PyObject instance;
        if (builtin.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            if (type == Errors.OS_ERROR && args.length >= 2 && args[0] instanceof org.cellscope.runtime.PyInt errno) {
                type = Errors.osErrorFor(errno.longValue());
            }
            instance = new PyBaseException(type, PyTuple.of(args));
        } else if (!type.isUserDefined() || builtin != org.cellscope.runtime.Types.OBJECT) {
            PyType.Constructor ctor = type.constructor();
            if (ctor == null) throw Errors.typeError("cannot create '" + type.name() + "' instances");
            if (!type.isUserDefined()) return ctor.construct(type, args, kwargs);
            PyObject init = type.lookup("__init__");
            boolean userInit = init instanceof PyFunction;
            // with its own __init__ the subclass fills itself (through super().__init__); else the builtin's arguments apply
            PyObject base = userInit ? ctor.construct(builtin, new PyObject[0], null) : ctor.construct(builtin, args, kwargs);
            PyObject value = org.cellscope.runtime.BuiltinSubclass.of(type, base);
            if (value == null) throw Errors.typeError("subclassing builtin type '" + builtin.name() + "' is not supported by Cellscope");
            if (userInit) Calls.call(init, Calls.prepend(value, args), kwargs);
            return value;
        } else {
            instance = new PyInstance(type);
        }
        PyObject init = type.lookup("__init__");
        if (init != null && type.isUserDefined() && init instanceof PyFunction) {
            PyObject r = Calls.call(init, Calls.prepend(instance, args), kwargs);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        } else if ((args.length > 0 || (kwargs != null && !kwargs.isEmpty())) && !(instance instanceof PyBaseException)) {
            throw Errors.typeError(type.name() + "() takes no arguments");
        }
        return instance;
    }
}
