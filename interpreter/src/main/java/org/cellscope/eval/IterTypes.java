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
        BY_TYPE.put(DictView.Kind.KEYS.type, BY_TYPE.get(Types.DICT));
        BY_TYPE.put(DictView.Kind.VALUES.type, Types.builtin("dict_valueiterator", Types.OBJECT));
        BY_TYPE.put(DictView.Kind.ITEMS.type, Types.builtin("dict_itemiterator", Types.OBJECT));
    }

    static PyType of(PyObject iterable) {
        if (iterable instanceof org.cellscope.runtime.PyStr s && !s.value().chars().allMatch(c -> c < 0x80)) return STR_ITERATOR;
        return BY_TYPE.getOrDefault(iterable.type(), Types.ITERATOR);
    }

    private static final PyType STR_ITERATOR = Types.builtin("str_iterator", Types.OBJECT);
}
