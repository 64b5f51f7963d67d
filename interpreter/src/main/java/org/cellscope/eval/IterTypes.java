package org.cellscope.eval;

import java.util.HashMap;
import java.util.Map;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** The iterator type of each builtin iterable ({@code list_iterator}, {@code range_iterator}...), for repr and type(). */
final class IterTypes {
    private IterTypes() {}

    private static final Map<PyType, PyType> BY_TYPE = new HashMap<>();

    static {
        BY_TYPE.put(Types.LIST, Types.builtin("list_iterator", Types.OBJECT));
        BY_TYPE.put(Types.TUPLE, Types.builtin("tuple_iterator", Types.OBJECT));
        BY_TYPE.put(Types.RANGE, Types.builtin("range_iterator", Types.OBJECT));
        BY_TYPE.put(Types.STR, Types.builtin("str_ascii_iterator", Types.OBJECT));
        BY_TYPE.put(Types.DICT, Types.builtin("dict_keyiterator", Types.OBJECT));
        BY_TYPE.put(Types.SET, Types.builtin("set_iterator", Types.OBJECT));
        BY_TYPE.put(Types.FROZENSET, BY_TYPE.get(Types.SET));
    }

    static PyType of(PyObject iterable) {
        return BY_TYPE.getOrDefault(iterable.type(), Types.ITERATOR);
    }
}
