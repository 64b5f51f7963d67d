package org.cellscope.eval.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.eval.Args;
import org.cellscope.eval.Attributes;
import org.cellscope.eval.Builtins;
import org.cellscope.eval.Calls;
import org.cellscope.eval.Hashing;
import org.cellscope.eval.Ops;
import org.cellscope.eval.Repr;
import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyBuiltin;
import org.cellscope.runtime.PyDict;
import org.cellscope.runtime.PyInstance;
import org.cellscope.runtime.PyInt;
import org.cellscope.runtime.PyNone;
import org.cellscope.runtime.PyObject;
import org.cellscope.runtime.PyStr;
import org.cellscope.runtime.PyTuple;
import org.cellscope.runtime.PyType;
import org.cellscope.runtime.Types;

/** functools: reduce, partial, wraps/update_wrapper, lru_cache and cache. */
final class FunctoolsModule {
    private FunctoolsModule() {}

    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__"};

    static void fill(PyModule m) {
        PyType partialType = CallableObject.reprType(m, "partial");
        PyType cacheWrapperType = m.newType("_lru_cache_wrapper");
        PyType cacheInfoType = m.newType("CacheInfo");
        cacheInfoType.dict().put("__repr__", new PyBuiltin("__repr__", cacheInfoType, (a, kw) -> {
            Map<String, PyObject> d = ((PyInstance) Args.self(a, cacheInfoType, "__repr__")).dict();
            return PyStr.of("CacheInfo(hits=" + Repr.repr(d.get("hits")) + ", misses=" + Repr.repr(d.get("misses"))
                + ", maxsize=" + Repr.repr(d.get("maxsize")) + ", currsize=" + Repr.repr(d.get("currsize")) + ")");
        }));
        m.function("reduce", (a, kw) -> {
            Args.noKeywords("reduce", kw);
            Args.count("reduce", a, 2, 3);
            PyObject it;
            try {
                it = Ops.iter(a[1]);
            } catch (org.cellscope.runtime.PyRaise r) {
                if (r.exception().type() != Errors.TYPE_ERROR) throw r;
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            PyObject acc = a.length > 2 ? a[2] : Ops.next(it);
            if (acc == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) acc = Calls.call(a[0], new PyObject[] {acc, x}, null);
            return acc;
        });
        m.function("partial", (a, kw) -> partial(partialType, a, kw));
        m.function("update_wrapper", (a, kw) -> {
            Args.count("update_wrapper", a, 2, 2);
            return updateWrapper(a[0], a[1]);
        });
        m.function("wraps", (a, kw) -> {
            Args.count("wraps", a, 1, 1);
            PyObject wrapped = a[0];
            return new PyBuiltin("decorator", null, (b, bkw) -> {
                Args.count("decorator", b, 1, 1);
                return updateWrapper(b[0], wrapped);
            });
        });
        m.function("lru_cache", (a, kw) -> {
            Args.onlyKeywords("lru_cache", kw, "maxsize", "typed");
            Args.count("lru_cache", a, 0, 2);
            PyObject max = a.length > 0 ? a[0] : Args.kw(kw, "maxsize");
            if (max != null && max != PyNone.NONE && !(max instanceof PyInt) && Builtins.isCallable(max)) {
                return lruCache(cacheWrapperType, cacheInfoType, max, 128L);
            }
            if (max != null && max != PyNone.NONE && !(max instanceof PyInt)) {
                throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
            }
            Long maxsize = max == null ? Long.valueOf(128) : max == PyNone.NONE ? null : Math.max(0, Args.toLong(max));
            return new PyBuiltin("decorating_function", null, (b, bkw) -> {
                Args.count("decorating_function", b, 1, 1);
                return lruCache(cacheWrapperType, cacheInfoType, b[0], maxsize);
            });
        });
        Ordering.fill(m);
        m.function("cache", (a, kw) -> {
            Args.count("cache", a, 1, 1);
            return lruCache(cacheWrapperType, cacheInfoType, a[0], null);
        });
    }

    /** partial(func, *args, **keywords); a partial of a partial flattens, as CPython's does. */
    private static PyObject partial(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        if (a.length == 0) throw Errors.typeError("type 'partial' takes at least one argument");
        PyObject func = a[0];
        List<PyObject> args = new ArrayList<>();
        PyDict keywords = new PyDict();
        if (func instanceof CallableObject inner && inner.type() == type) {
            func = inner.dict().get("func");
            args.addAll(((PyTuple) inner.dict().get("args")).items());
            keywords.map().putAll(((PyDict) inner.dict().get("keywords")).map());
        }
        if (!Builtins.isCallable(func)) throw Errors.typeError("the first argument must be callable");
        for (int i = 1; i < a.length; i++) args.add(a[i]);
        if (kw != null) kw.forEach((k, v) -> keywords.put(k, v));
        PyObject target = func;
        PyTuple frozenArgs = PyTuple.of(args);
        CallableObject p = new CallableObject(type, (b, bkw) -> {
            PyObject[] all = new PyObject[frozenArgs.size() + b.length];
            for (int i = 0; i < frozenArgs.size(); i++) all[i] = frozenArgs.get(i);
            System.arraycopy(b, 0, all, frozenArgs.size(), b.length);
            Map<String, PyObject> merged = new LinkedHashMap<>();
            keywords.map().forEach((k, v) -> { // p.keywords is the program's to change
                if (!(k instanceof PyStr name)) throw Errors.typeError("keywords must be strings");
                merged.put(name.value(), v);
            });
            if (bkw != null) merged.putAll(bkw);
            return Calls.call(target, all, merged.isEmpty() ? null : merged);
        }, () -> {
            StringBuilder sb = new StringBuilder("functools.partial(").append(Repr.repr(target));
            for (PyObject x : frozenArgs.items()) sb.append(", ").append(Repr.repr(x));
            keywords.map().forEach((k, v) -> sb.append(", ").append(Repr.str(k)).append('=').append(Repr.repr(v)));
            return sb.append(')').toString();
        });
        p.dict().put("func", func);
        p.dict().put("args", frozenArgs);
        p.dict().put("keywords", keywords);
        return p;
    }

    /** Copies the wrapped function's name, qualname, doc and dict onto the wrapper, and sets __wrapped__. */
    private static PyObject updateWrapper(PyObject wrapper, PyObject wrapped) {
        for (String attr : WRAPPER_ASSIGNMENTS) {
            PyObject v = Attributes.find(wrapped, attr);
            boolean implicit = attr.equals("__module__") && !(wrapper instanceof PyInstance); // functions know their module
            if (v != null && !implicit) Attributes.set(wrapper, attr, v);
        }
        if (Attributes.find(wrapped, "__dict__") instanceof PyDict d) {
            d.map().forEach((k, v) -> Attributes.set(wrapper, Repr.str(k), v));
        }
        Attributes.set(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    /**
     * CPython's _make_key: a lone int or str argument is its own key (so f(2) and f(2.0) are
     * cached apart), anything else a tuple of the arguments and the keyword items after a marker.
     */
    private static PyObject cacheKey(PyObject[] a, Map<String, PyObject> kw, PyObject mark) {
        boolean noKeywords = kw == null || kw.isEmpty();
        if (noKeywords && a.length == 1 && (a[0].type() == Types.INT || a[0].type() == Types.STR)) return a[0];
        List<PyObject> parts = new ArrayList<>(List.of(a));
        if (!noKeywords) {
            parts.add(mark);
            kw.forEach((k, v) -> {
                parts.add(PyStr.of(k));
                parts.add(v);
            });
        }
        return Hashing.key(PyTuple.of(parts));
    }

    /** An lru_cache wrapper: a least-recently-used map from argument tuples to results, and its statistics. */
    private static PyObject lruCache(PyType wrapperType, PyType infoType, PyObject func, Long maxsize) {
        if (!Builtins.isCallable(func)) throw Errors.typeError("the first argument must be callable");
        LinkedHashMap<PyObject, PyObject> cache = new LinkedHashMap<>(16, 0.75f, true);
        long[] stats = {0, 0}; // hits, misses
        PyObject mark = new PyInstance(Types.OBJECT);
        CallableObject w = new CallableObject(wrapperType, (a, kw) -> {
            PyObject key = cacheKey(a, kw, mark);
            if (maxsize != null && maxsize == 0) {
                stats[1]++;
                return Calls.call(func, a, kw);
            }
            PyObject hit = cache.get(key);
            if (hit != null) {
                stats[0]++;
                return hit;
            }
            stats[1]++;
            PyObject result = Calls.call(func, a, kw);
            if (maxsize != null && cache.size() >= maxsize && !cache.containsKey(key)) {
                Iterator<PyObject> eldest = cache.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            cache.put(key, result);
            return result;
        }, null);
        w.dict().put("cache_info", new PyBuiltin("cache_info", null, (a, kw) -> {
            PyInstance info = new PyInstance(infoType);
            info.dict().put("hits", PyInt.of(stats[0]));
            info.dict().put("misses", PyInt.of(stats[1]));
            info.dict().put("maxsize", maxsize == null ? PyNone.NONE : PyInt.of(maxsize));
            info.dict().put("currsize", PyInt.of(cache.size()));
            return info;
        }));
        w.dict().put("cache_clear", new PyBuiltin("cache_clear", null, (a, kw) -> {
            cache.clear();
            stats[0] = stats[1] = 0;
            return PyNone.NONE;
        }));
        return updateWrapper(w, func);
    }
}
