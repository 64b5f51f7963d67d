package org.cellscope.app.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list, dict or instance shows its first slots and its last few, with one row counting
 * the slots between, as a debugger's variables view does; what only hidden slots reference is
 * not drawn. Without it, a list a loop appended to all through a million-step trace would be
 * hundreds of thousands of rows.
 */
final class SlotCollapse {
    /** Containers up to this long are drawn whole. */
    static final int MAX_SLOTS = 20;
    static final int FIRST = 12;
    static final int LAST = 4;

    private SlotCollapse() {}

    /** The indices of the slots shown of a container of size slots, in order. */
    static List<Integer> shown(int size) {
        List<Integer> out = new ArrayList<>();
        boolean whole = size <= MAX_SLOTS;
        for (int i = 0; i < (whole ? size : FIRST); i++) out.add(i);
        if (!whole) for (int i = size - LAST; i < size; i++) out.add(i);
        return out;
    }

    static int hidden(int size) { return size <= MAX_SLOTS ? 0 : size - FIRST - LAST; }
}
