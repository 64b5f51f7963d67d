package org.cellscope.app;

/** Python programs several app tests record with the real interpreter. */
public final class TestPrograms {
    private TestPrograms() {}

    /**
     * The chapter's nonlocal counter, compact. python3's trace of it has 18 events; step 9 is
     * {@code line <module> 10}, right after make_counter returned.
     */
    public static final String COUNTER = """
            def make_counter():
                count = 0
                def counter():
                    nonlocal count
                    count += 1
                    return count
                return counter

            c = make_counter()
            print(c(), c())
            """;
}
