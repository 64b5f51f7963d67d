package org.cellscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.cellscope.Cellscope;
import org.cellscope.trace.Trace;

/**
 * The trace benchmarks of bench/trace.sh (run on demand, never as a test): recording speed,
 * retained memory per step, and the time to materialize random steps.
 */
public final class TraceBenchmark {
    private TraceBenchmark() {}

    public static void main(String[] args) throws Exception {
        String source = Files.readString(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long baseline = retainedHeap();
        Trace trace = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) { // the first rounds warm the JIT up
            trace = null;
            long t0 = System.nanoTime();
            trace = Cellscope.record(source, "bench.py", "", Cellscope.DEFAULT_MAX_STEPS);
            best = Math.min(best, System.nanoTime() - t0);
        }
        int steps = trace.size();
        long overhead = retainedHeap() - baseline; // the program's own final state is garbage by now
        System.out.printf("recorded %d steps%s in %.3f s (best of %d): %.2f M steps/s%n", steps,
            trace.truncated() ? " (cut at the cap)" : "", best / 1e9, rounds, steps / (best / 1e9) / 1e6);
        System.out.printf("trace memory: %.1f MB retained, %.1f bytes per step%n", overhead / 1e6, (double) overhead / steps);
        long[] times = new long[2000];
        Random random = new Random(42);
        for (int i = 0; i < times.length; i++) {
            int k = random.nextInt(steps);
            long t0 = System.nanoTime();
            trace.step(k);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("random step: median %.3f ms, worst %.3f ms over %d steps%n",
            times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, times.length);
    }

    private static long retainedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
