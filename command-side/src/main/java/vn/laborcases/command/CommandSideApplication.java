package vn.laborcases.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The inspectors' app: REST commands to aggregates to the event store. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home at start unless told not to.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
