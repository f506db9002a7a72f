package vn.laborcases.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An app's peak resident memory, from the kernel, and its heap in use, from its own metrics. */
final class Memory {

    private static final double MB = 1024 * 1024;

    private Memory() {
    }

    /** VmHWM ("high water mark") of /proc/{pid}/status, in MB. */
    static double peakRssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / MB;
            }
        }
        throw new IllegalStateException("No VmHWM for process " + pid);
    }

    /** The sum of jvm_memory_used_bytes over the heap's pools, from /actuator/prometheus, in MB. */
    static double heapUsedMb(Http app) {
        return heapUsedMb(app.get("/actuator/prometheus").require("the Prometheus endpoint").body());
    }

    static double heapUsedMb(String prometheus) {
        return prometheus.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum() / MB;
    }
}
