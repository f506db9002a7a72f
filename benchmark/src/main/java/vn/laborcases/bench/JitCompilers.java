package vn.laborcases.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time that the JIT compiler threads of a JVM have used, from the kernel's accounting
 * of each thread (Linux, /proc/{pid}/task/{tid}/stat). While these threads are busy the app is
 * still being compiled: it runs partly interpreted and shares its cores with the compilers.
 */
final class JitCompilers {

    /** USER_HZ: the unit of the kernel's CPU times; 100 on every Linux that a JVM runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private JitCompilers() {
    }

    static Duration cpuTime(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            long ticks = threads.mapToLong(JitCompilers::compilerTicks).sum();
            return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the threads of process " + pid, e);
        }
    }

    private static long compilerTicks(Path thread) {
        try {
            return compilerTicks(Files.readString(thread.resolve("stat")));
        } catch (NoSuchFileException ended) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The user and system ticks of one thread's stat line if it is a compiler thread ("C1
     * CompilerThre", "C2 CompilerThre": the kernel keeps 15 characters of a thread's name), else 0.
     */
    static long compilerTicks(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.matches("C\\d CompilerThre.*")) {
            return 0;
        }
        // After the name: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt,
        // cmajflt, utime, stime.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
