package org.cellscope.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** An insertion-ordered map (dict, attribute dict, namespace) reporting each change to {@link Mutations} first. */
public final class TrackedMap<K, V> extends LinkedHashMap<K, V> {
    private final transient Object owner;

    /** owner: the object whose contents this is; null makes the map its own owner (a namespace). */
    public TrackedMap(Object owner) { this.owner = owner == null ? this : owner; }

    private void changing() { Mutations.changing(owner); }

    @Override public V put(K k, V v) { changing(); return super.put(k, v); }
    @Override public void putAll(Map<? extends K, ? extends V> m) { changing(); super.putAll(m); }
    @Override public V remove(Object k) { changing(); return super.remove(k); }
    @Override public boolean remove(Object k, Object v) { changing(); return super.remove(k, v); }
    @Override public void clear() { changing(); super.clear(); }
    @Override public V putIfAbsent(K k, V v) { changing(); return super.putIfAbsent(k, v); }
    @Override public V computeIfAbsent(K k, Function<? super K, ? extends V> f) { changing(); return super.computeIfAbsent(k, f); }
    @Override public V computeIfPresent(K k, BiFunction<? super K, ? super V, ? extends V> f) { changing(); return super.computeIfPresent(k, f); }
    @Override public V compute(K k, BiFunction<? super K, ? super V, ? extends V> f) { changing(); return super.compute(k, f); }
    @Override public V merge(K k, V v, BiFunction<? super V, ? super V, ? extends V> f) { changing(); return super.merge(k, v, f); }
    @Override public V replace(K k, V v) { changing(); return super.replace(k, v); }
    @Override public boolean replace(K k, V o, V n) { changing(); return super.replace(k, o, n); }
    @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { changing(); super.replaceAll(f); }

    @Override public boolean equals(Object o) { return super.equals(o); }
    @Override public int hashCode() { return super.hashCode(); }
}
