package vn.laborcases.demo;

import vn.laborcases.demo.http.CommandRejected;
import vn.laborcases.demo.http.Unreachable;

/**
 * {@code java -jar labor-cases-demo-data.jar --command-url=… --cases=300 --seed=42 --threads=4}.
 * Exit codes: 0 all went well; 1 more than 1% of the commands failed; 2 the command side is
 * unreachable; 3 it refused the credentials; 64 bad arguments.
 */
public final class DemoDataCommand {

    /** The "small share" of refused commands a run may have and still pass. */
    static final double TOLERATED_FAILURES = 0.01;

    private DemoDataCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            return 64;
        }
        System.out.printf("Generating demo data at %s: %s, seed %d, %d threads, business dates up to %s%n",
                options.commandUrl(), options.cases() != null ? options.cases() + " cases" : "~" + options.events() + " events",
                options.seed(), options.threads(), options.today());
        try {
            Summary summary = DemoData.generate(options, System.out);
            System.out.print(summary.describe());
            if (summary.failureShare() > TOLERATED_FAILURES) {
                System.err.printf("%.1f%% of the commands failed (more than %.0f%%); see the answers printed above.%n",
                        summary.failureShare() * 100, TOLERATED_FAILURES * 100);
                return 1;
            }
            return 0;
        } catch (Unreachable e) {
            System.err.println(e.getMessage() + "\nIs the command side running? Start it, or pass --command-url.");
            return 2;
        } catch (CommandRejected e) {
            if (e.problem().isAccessRefused()) {
                System.err.println("The command side refused the credentials (" + e.problem() + ")."
                        + " Pass --user and --password of an inspector, or --token,"
                        + " and --supervisor-user and --supervisor-password of a supervisor, or --supervisor-token.");
                return 3;
            }
            System.err.println("The command side answered unexpectedly: " + e.getMessage());
            return 1;
        }
    }
}
