package org.cellscope.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of builtin methods, put into its types' dicts the first time one of those dicts is
 * read. Making the hundreds of builtin method objects up front is a large share of a short
 * run's start-up, and a program uses the methods of few types.
 */
public final class LazyMethods {
    /** One lock for all tables: a table may fill several types, and a type may wait for several tables. */
    private static final Object LOCK = new Object();

    private final Runnable installer;
    private final List<PyType> types;
    private boolean installed;

    private LazyMethods(Runnable installer, List<PyType> types) {
        this.installer = installer;
        this.types = types;
    }

    /** Runs installer before the first read of any of types' dicts. It may write only those dicts. */
    public static void installLater(Runnable installer, PyType... types) {
        LazyMethods table = new LazyMethods(installer, List.of(types));
        synchronized (LOCK) {
            for (PyType t : types) t.addPendingMethods(table);
        }
    }

    /** Installs the tables type waits for. Other threads wait meanwhile; the installing thread may re-enter. */
    static void installFor(PyType type) {
        synchronized (LOCK) {
            List<LazyMethods> tables = type.takePendingMethods();
            if (tables == null) return; // done by another thread, or re-entered by an installer writing this dict
            for (LazyMethods table : tables) table.install();
            type.methodsInstalled();
        }
    }

    private void install() {
        if (installed) return;
        installed = true;
        // the writes are no part of any program's trace: they go to this check instead of a recorder
        List<Object> written = new ArrayList<>();
        Mutations.reportingTo(written::add, installer);
        for (Object owner : written) {
            if (!types.contains(owner)) {
                String name = owner instanceof PyType t ? t.name() : String.valueOf(owner);
                throw new IllegalStateException("a builtin method table wrote the dict of " + name + ", not one of its types");
            }
        }
    }
}
