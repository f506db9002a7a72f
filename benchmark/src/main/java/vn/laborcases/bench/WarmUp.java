package vn.laborcases.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Runs the command load, unmeasured, until the apps' JIT compilers are quiet, so that the
 * measured windows time compiled code. A freshly started app spends most of a core compiling
 * for its first minutes under this mix (issue 8's history, item 12): a window opened then
 * measures the compilers and the interpreter, not the app. The load runs in slices; the
 * warm-up ends after the first slice in which each app's compiler threads used less than
 * {@link #QUIET} of one core, or at the limit, whichever comes first.
 */
final class WarmUp {

    static final Duration SLICE = Duration.ofSeconds(10);
    /** The share of one core below which an app's compilers count as quiet. */
    static final double QUIET = 0.05;

    record Result(Duration took, boolean settled, double lastCompilerShare) {
    }

    private final CommandLoad load;
    private final int clients;

    WarmUp(URI commandUrl, IdentityProvider callers, int clients) {
        this.load = new CommandLoad(commandUrl, callers);
        this.clients = clients;
    }

    /**
     * @param pids  the apps whose compilers must settle (those the load reaches)
     * @param limit the longest warm-up; zero skips it
     * @param onAck what the load's acknowledgements feed, so that the query side's read path warms too
     */
    Result run(List<Long> pids, Duration limit, long seed, CommandLoad.Acknowledged onAck) {
        long start = System.nanoTime();
        double share = Double.NaN;
        for (int slice = 0; System.nanoTime() - start < limit.toNanos(); slice++) {
            long[] before = compilerMillis(pids);
            long sliceStart = System.nanoTime();
            load.run(clients, SLICE, seed + slice, onAck);
            long[] after = compilerMillis(pids);
            double sliceMillis = (System.nanoTime() - sliceStart) / 1e6;
            share = 0;
            for (int i = 0; i < pids.size(); i++) {
                share = Math.max(share, (after[i] - before[i]) / sliceMillis);
            }
            System.out.printf("warm-up slice %d: the busiest app's JIT compilers used %.0f%% of a core%n",
                    slice + 1, share * 100);
            if (share < QUIET) {
                return new Result(Duration.ofNanos(System.nanoTime() - start), true, share);
            }
        }
        return new Result(Duration.ofNanos(System.nanoTime() - start), false, share);
    }

    private static long[] compilerMillis(List<Long> pids) {
        return pids.stream().mapToLong(pid -> JitCompilers.cpuTime(pid).toMillis()).toArray();
    }
}
