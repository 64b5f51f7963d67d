package org.cellscope.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;

/** {@code len.__doc__} and friends: CPython's own docstrings (tools/gen-builtin-docs.py writes them). */
final class BuiltinDocs {
    private BuiltinDocs() {}

    private static final Properties DOCS = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The docstring of a module-level builtin, None for methods and builtins without one. */
    static PyObject of(PyBuiltin b) {
        String doc = b.owner() == null ? DOCS.getProperty(b.name()) : null;
        return doc == null ? PyNone.NONE : PyStr.of(doc);
    }
}
