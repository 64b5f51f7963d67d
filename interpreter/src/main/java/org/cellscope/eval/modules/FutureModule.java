package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.List;
import org.cellscope.runtime.PyList;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyType;

/** __future__: the record of each feature; importing one changes nothing in Python 3.11 (the parser checks which). */
final class FutureModule {
    private FutureModule() {}

    /** Each feature's name and the repr CPython 3.11 gives it. */
    private static final String[][] FEATURES = {
        {"nested_scopes", "(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16"},
        {"generators", "(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0"},
        {"division", "(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072"},
        {"absolute_import", "(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144"},
        {"with_statement", "(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288"},
        {"print_function", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576"},
        {"unicode_literals", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152"},
        {"barry_as_FLUFL", "(3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304"},
        {"generator_stop", "(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608"},
        {"annotations", "(3, 7, 0, 'beta', 1), None, 16777216"}};

    static void fill(PyModule m) {
        PyType feature = m.textType("_Feature");
        List<PyObject> names = new ArrayList<>();
        for (String[] f : FEATURES) {
            m.put(f[0], PyModule.textObject(feature, "_Feature(" + f[1] + ")"));
            names.add(PyStr.of(f[0]));
        }
        m.put("all_feature_names", new PyList(names));
    }
}
