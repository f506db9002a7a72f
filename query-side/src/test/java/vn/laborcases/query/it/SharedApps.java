package vn.laborcases.query.it;

import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

/**
 * Both apps against one throwaway database, started once for the query side's integration
 * tests: commands go to the command side, queries to the query side.
 */
final class SharedApps {

    static final TestDatabase DATABASE = TestDatabase.create();
    private static CommandSideProcess commandSide;
    private static QuerySideApp querySide;

    private SharedApps() {
    }

    /** The command side, where inspectors send commands. */
    static synchronized Http commands() {
        start();
        return commandSide.http();
    }

    /** The query side, where supervisors read the projections. */
    static synchronized Http queries() {
        start();
        return querySide.http();
    }

    static synchronized QuerySideApp querySide() {
        start();
        return querySide;
    }

    private static void start() {
        if (commandSide == null) {
            // The command side owns the event table the query side reads, so it migrates first.
            commandSide = CommandSideProcess.start(DATABASE);
            querySide = QuerySideApp.start(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(querySide::close));
        }
    }
}
