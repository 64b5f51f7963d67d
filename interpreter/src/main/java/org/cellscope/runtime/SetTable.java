package org.cellscope.runtime;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The open-addressing hash table of CPython's setobject.c (linear probes then perturbed jumps,
 * dummies for deleted entries, the same resize rule), so a set iterates in CPython's order.
 * Members compare by their Java equals, which is Python equality for hashable builtin values.
 */
public final class SetTable extends AbstractSet<PyObject> {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = PyNone.ELLIPSIS; // never stored as a key: marked by hash -1 and this object

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;
    private int finger;

    @Override
    public int size() { return used; }

    @Override
    public boolean add(PyObject key) { return addEntry(key, PyHash.of(key)); }

    @Override
    public boolean contains(Object o) {
        return o instanceof PyObject key && find(key, PyHash.of(key)) >= 0;
    }

    @Override
    public boolean remove(Object o) {
        if (!(o instanceof PyObject key)) return false;
        int i = find(key, PyHash.of(key));
        if (i < 0) return false;
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        return true;
    }

    @Override
    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = finger = 0;
    }

    /** set.pop(): the entry after the last one popped, as CPython's finger walks the table. */
    public PyObject pop() {
        if (used == 0) return null;
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) i = (i + 1) & mask;
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Adds every member of another table, as set_merge does (one resize up front, then clean inserts when empty). */
    public void merge(SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0) {
            fill = used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) insertClean(k, other.hashes[i]);
            }
                return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** Makes room for n more members up front, as set.update does for a dict argument. */
    public void reserve(int n) {
        if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
    }

    /** frozenset's hash: CPython's shuffled xor over the members' hashes. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) if (keys[i] != null && keys[i] != DUMMY) hash ^= shuffle(hashes[i]);
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    private int find(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; ; j++) {
                PyObject k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY && (k == key || k.equals(key))) return j;
                if (probes-- == 0) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private boolean addEntry(PyObject key, long hash) {
        int i = (int) (hash & mask);
        int freeslot = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; ; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        store(freeslot, key, hash);
                        used++;
                        return true;
                    }
                    store(j, key, hash);
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || k.equals(key))) return false;
                if (hashes[j] == -1 && k == DUMMY && freeslot < 0) freeslot = j;
                if (probes-- == 0) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void store(int j, PyObject key, long hash) {
        keys[j] = key;
        hashes[j] = hash;
    }

    private void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) size <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) insertClean(oldKeys[i], oldHashes[i]);
        }
    }

    private void insertClean(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                store(i, key, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        store(i + j, key, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Walks the live table in slot order; a change of size during the walk is the caller's error to report. */
    @Override
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private int pos = advance(0);

            private int advance(int from) {
                int p = from;
                while (p <= mask && (keys[p] == null || keys[p] == DUMMY)) p++;
                return p;
            }

            @Override
            public boolean hasNext() { return pos <= mask; }

            @Override
            public PyObject next() {
                if (!hasNext()) throw new NoSuchElementException();
                PyObject k = keys[pos];
                pos = advance(pos + 1);
                return k;
            }
        };
    }
}
