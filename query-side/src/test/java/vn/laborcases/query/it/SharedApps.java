package vn.laborcases.query.it;

import vn.laborcases.testsupport.CommandSideProcess;
import vn.laborcases.security.Role;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestUsers;
import vn.laborcases.testsupport.TestDatabase;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Both apps against one throwaway database, started once for the query side's integration
 * tests: commands go to the command side, queries to the query side. Besides the tester, it
 * knows one user per role and the jurisdiction tests' readers ({@link TestReaders}).
 */
final class SharedApps {

    static final TestDatabase DATABASE = TestDatabase.create();
    /** One user per role, nationwide, for the authorisation matrix. */
    static final List<TestUsers.TestUser> ROLE_USERS = Arrays.stream(Role.values())
            .map(role -> new TestUsers.TestUser(role.name().toLowerCase(), List.of(role.name()), List.of("ALL"))).toList();
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
            // The gauges read the projections every second, so that a test sees its cases soon.
            querySide = QuerySideApp.start(DATABASE,
                    Stream.concat(ROLE_USERS.stream(), TestReaders.USERS.stream()).toList(),
                    List.of("labor-cases.metrics.refresh-interval=1s", "labor-cases.metrics.lag-refresh-interval=1s"));
            Runtime.getRuntime().addShutdownHook(new Thread(querySide::close));
        }
    }
}
