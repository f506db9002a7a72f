package vn.laborcases.command.it;

import vn.laborcases.testsupport.TestDatabase;
import vn.laborcases.testsupport.Http;

/**
 * One database and one running command side shared by the integration tests that need no
 * restart, so the suite starts the app once.
 */
final class SharedCommandSide {

    static final TestDatabase DATABASE = TestDatabase.create();
    private static CommandSideApp app;

    private SharedCommandSide() {
    }

    static synchronized Http http() {
        if (app == null) {
            // Deadlines do not fire here, so that "writes nothing" can count the whole store;
            // DeadlineRestartIntegrationTest covers firing.
            app = CommandSideApp.start(DATABASE, "labor-cases.deadlines.polling-interval=1h");
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        }
        return app.http();
    }

    static <T> T bean(Class<T> type) {
        http();
        return app.bean(type);
    }

    static <T> T bean(String name, Class<T> type) {
        http();
        return app.bean(name, type);
    }
}
