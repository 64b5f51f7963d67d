package org.cellscope.eval;

import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** A frame as the program sees it ({@code gen.gi_frame}): its line, locals, code and globals, read live. */
final class FrameObject extends PyObject {
    static final PyType TYPE = Types.builtin("frame", Types.OBJECT);

    private final PyFrame frame;

    FrameObject(PyFrame frame) { this.frame = frame; }

    @Override
    public PyType type() { return TYPE; }

    PyObject attribute(String name) {
        return switch (name) {
            // a generator not started yet is on its def line
            case "f_lineno" -> PyInt.of(frame.line > 0 ? frame.line : frame.code.firstLine);
            case "f_locals" -> CoreBuiltins.locals(frame);
            case "f_code" -> frame.code;
            case "f_globals" -> Attributes.dictOf(frame.globals);
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<frame at " + address() + ", file '" + frame.code.filename + "', line " + Repr.repr(attribute("f_lineno"))
            + ", code " + frame.code.name() + ">";
    }
}
