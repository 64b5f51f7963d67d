package org.cellscope.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An attribute dict seen with Java string keys, backed by the str-keyed map of the object's
 * {@code __dict__}, so that {@code obj.x = 1} and {@code obj.__dict__["x"] = 1} change the same entry.
 */
final class StringKeyMap extends AbstractMap<String, PyObject> {
    private final Map<PyObject, PyObject> backing;

    StringKeyMap(Map<PyObject, PyObject> backing) { this.backing = backing; }

    @Override public PyObject get(Object key) { return key instanceof String s ? backing.get(new PyStr(s)) : null; }

    @Override public boolean containsKey(Object key) { return key instanceof String s && backing.containsKey(new PyStr(s)); }

    @Override public PyObject put(String key, PyObject value) { return backing.put(new PyStr(key), value); }

    @Override public PyObject remove(Object key) { return key instanceof String s ? backing.remove(new PyStr(s)) : null; }

    @Override public void clear() { backing.clear(); }

    @Override public int size() { return backing.size(); }

    @Override
    public Set<Entry<String, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return backing.size(); }

            @Override
            public Iterator<Entry<String, PyObject>> iterator() {
                Iterator<Entry<PyObject, PyObject>> it = backing.entrySet().iterator();
                return new Iterator<>() {
                    @Override public boolean hasNext() { return it.hasNext(); }

                    @Override
                    public Entry<String, PyObject> next() {
                        Entry<PyObject, PyObject> e = it.next();
                        return new SimpleImmutableEntry<>(e.getKey().toString(), e.getValue());
                    }
                };
            }
        };
    }
}
