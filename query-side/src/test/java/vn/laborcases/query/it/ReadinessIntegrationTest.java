package vn.laborcases.query.it;

import vn.laborcases.testsupport.CommandSideProcess;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.HealthProbes;
import vn.laborcases.testsupport.TestDatabase;

/**
 * Readiness follows the database and the projections' processors: while the database refuses
 * connections the query side is not ready (a load balancer stops sending it readers) yet alive
 * (it is not restarted), and once the database is back it is ready again, processors included.
 */
class ReadinessIntegrationTest {

    @Test
    void readinessIsDownWhileTheDatabaseIsGone_andUpWhenItReturns() {
        TestDatabase database = TestDatabase.create();
        // The command side owns the event table's migrations.
        try (CommandSideProcess commandSide = CommandSideProcess.start(database);
             // Without this the health check would wait Hikari's default 30 s for a connection.
             QuerySideApp app = QuerySideApp.startWith(database, "spring.datasource.hikari.connection-timeout=1000")) {
            HealthProbes.awaitReady(app.http());

            HealthProbes.assertNotReadyButAliveWhileCutOff(database, app.http());

            HealthProbes.awaitReady(app.http());
        }
    }
}
