package vn.laborcases.command.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.HealthProbes;
import vn.laborcases.testsupport.TestDatabase;

/**
 * Readiness follows the database: while the app's database refuses connections the app
 * reports itself not ready (so a load balancer stops sending it work) yet alive (so it is not
 * restarted), and it is ready again once the database is back.
 */
class ReadinessIntegrationTest {

    @Test
    void readinessIsDownWhileTheDatabaseIsGone_andUpWhenItReturns() {
        TestDatabase database = TestDatabase.create();
        // Without this the health check would wait Hikari's default 30 s for a connection.
        try (CommandSideApp app = CommandSideApp.start(database, "spring.datasource.hikari.connection-timeout=1000")) {
            HealthProbes.awaitReady(app.http());

            HealthProbes.assertNotReadyButAliveWhileCutOff(database, app.http());

            HealthProbes.awaitReady(app.http());
        }
    }
}
