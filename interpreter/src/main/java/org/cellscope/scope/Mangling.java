package org.cellscope.scope;

/** CPython's private name mangling: {@code __x} inside class {@code C} becomes {@code _C__x}. */
final class Mangling {
    private Mangling() {}

    /** privateName is the innermost enclosing class's name, or null outside any class. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = privateName.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }
}
