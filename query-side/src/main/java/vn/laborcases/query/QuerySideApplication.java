package vn.laborcases.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import vn.laborcases.eventstore.PostgresEventStoreConfiguration;
import vn.laborcases.eventstore.personaldata.PersonalDataConfiguration;

/** The supervisors' and auditors' app: events to projections to REST. */
@SpringBootApplication
@Import({PostgresEventStoreConfiguration.class, PersonalDataConfiguration.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home at start unless told not to.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
