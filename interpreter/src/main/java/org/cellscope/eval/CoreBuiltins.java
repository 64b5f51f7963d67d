package org.cellscope.eval;

import java.util.Map;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;

/** The builtins that reach into the interpreter's frames and classes: super, globals, locals, property... */
final class CoreBuiltins {
    private CoreBuiltins() {}

    static {
        // what super() finds at the top of every class hierarchy
        method(org.cellscope.runtime.Types.OBJECT, "__init__", a -> org.cellscope.runtime.PyNone.NONE);
        method(org.cellscope.runtime.Types.OBJECT, "__repr__", a -> org.cellscope.runtime.PyStr.of(Repr.objectRepr(a[0])));
        method(org.cellscope.runtime.Types.OBJECT, "__str__", a -> org.cellscope.runtime.PyStr.of(Repr.str(a[0])));
        // identity hashing, the one a class keeps when it defines neither __eq__ nor __hash__
        method(org.cellscope.runtime.Types.OBJECT, "__hash__", a -> org.cellscope.runtime.PyInt.of(org.cellscope.runtime.PyHash.ofIdentity(a[0])));
        org.cellscope.runtime.Types.OBJECT.dict().put("__init_subclass__", Descriptors.classMethod(
            new PyBuiltin("__init_subclass__", org.cellscope.runtime.Types.OBJECT, CoreBuiltins::initSubclass)));
        method(org.cellscope.runtime.Errors.BASE_EXCEPTION, "__init__", a -> {
            ((org.cellscope.runtime.PyBaseException) a[0]).setArgs(
                org.cellscope.runtime.PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length)));
            return org.cellscope.runtime.PyNone.NONE;
        });
        method(org.cellscope.runtime.Errors.BASE_EXCEPTION, "with_traceback", a -> a[0]);
        method(org.cellscope.runtime.Errors.BASE_EXCEPTION, "__str__",
            a -> org.cellscope.runtime.PyStr.of(Repr.exceptionStr((org.cellscope.runtime.PyBaseException) a[0])));
    }

    /** object.__init_subclass__, a class method that takes nothing: what a class statement's keywords reach last. */
    private static PyObject initSubclass(PyObject[] args, Map<String, PyObject> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw org.cellscope.runtime.Errors.typeError(((PyType) args[0]).name() + ".__init_subclass__() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw org.cellscope.runtime.Errors.typeError("object.__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
        }
        return org.cellscope.runtime.PyNone.NONE;
    }

    private static void method(PyType owner, String name, java.util.function.Function<PyObject[], PyObject> body) {
        owner.dict().put(name, new PyBuiltin(name, owner, (args, kw) -> {
            if (args.length == 0) {
                throw org.cellscope.runtime.Errors.typeError("descriptor '" + name + "' of '" + owner.name() + "' object needs an argument");
            }
            return body.apply(args);
        }));
    }

    static void install(Map<String, PyObject> builtins, Runner runner) {
        UserDunders.install();
        builtins.put("property", Descriptors.PROPERTY);
        builtins.put("staticmethod", Descriptors.STATICMETHOD);
        builtins.put("classmethod", Descriptors.CLASSMETHOD);
        builtins.put("super", PySuper.TYPE);
        builtins.put("globals", new PyBuiltin("globals", null, (args, kw) -> Attributes.dictOf(runner.top.globals)));
        builtins.put("locals", new PyBuiltin("locals", null, (args, kw) -> locals(runner.top)));
    }

    /** A snapshot of a frame's bound variables, as {@code locals()} returns. */
    static org.cellscope.runtime.PyDict locals(PyFrame f) {
        if (f.names != null) return Attributes.dictOf(f.names);
        org.cellscope.runtime.PyDict d = new org.cellscope.runtime.PyDict();
        for (int i = 0; i < f.fast.length; i++) {
            if (f.fast[i] != null) d.put(f.code.varnames[i], f.fast[i]);
        }
        String[] cellNames = new String[f.cells.length];
        System.arraycopy(f.code.cellvars, 0, cellNames, 0, f.code.cellvars.length);
        System.arraycopy(f.code.freevars, 0, cellNames, f.code.cellvars.length, f.code.freevars.length);
        for (int i = 0; i < f.cells.length; i++) {
            if (f.cells[i] != null && f.cells[i].get() != null) d.put(cellNames[i], f.cells[i].get());
        }
        return d;
    }
}
