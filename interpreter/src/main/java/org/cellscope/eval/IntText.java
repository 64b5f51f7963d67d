package org.cellscope.eval;

import org.cellscope.runtime.Errors;
import org.cellscope.runtime.PyInt;

/** int to decimal text with CPython 3.11's 4300-digit limit. */
final class IntText {
    private IntText() {}

    static final int MAX_DIGITS = 4300;

    static String toDecimal(PyInt i) {
        if (i.isSmall()) return Long.toString(i.longValue());
        // bitLength * log10(2) bounds the digit count; only compute the string when it may fit
        if (i.bigValue().bitLength() > MAX_DIGITS * 3.33 + 10) throw limit();
        String s = i.bigValue().toString();
        if (s.length() - (s.startsWith("-") ? 1 : 0) > MAX_DIGITS) throw limit();
        return s;
    }

    /** int(text) of more than 4300 decimal digits. */
    static RuntimeException parseLimit(int digits) {
        return Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has " + digits
            + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    static RuntimeException limit() {
        return Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit");
    }
}
