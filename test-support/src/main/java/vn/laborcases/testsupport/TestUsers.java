package vn.laborcases.testsupport;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Local-mode users for the tests, as the command-line properties that configure an app with
 * them. BCrypt at its lowest cost, so that thousands of test requests stay cheap.
 */
public final class TestUsers {

    /** Every role, nationwide: the caller of tests that are not about authorisation. */
    public static final TestUser TESTER = new TestUser("tester", List.of("INSPECTOR", "SUPERVISOR", "AUDITOR", "ADMIN"),
            List.of("ALL"));

    private static final String PASSWORD = "test-password";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestUsers() {
    }

    public record TestUser(String username, List<String> roles, List<String> provinces) {
        public String password() {
            return PASSWORD;
        }
    }

    /** The Authorization header value that logs this user in. */
    public static String basic(TestUser user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** Properties for local mode with the tester, these users, and a rate limit tests do not reach. */
    public static List<String> properties(TestUser... users) {
        List<String> properties = new ArrayList<>();
        properties.add("labor-cases.security.mode=local");
        properties.add("labor-cases.security.rate-limit.capacity=1000000");
        List<TestUser> all = new ArrayList<>(List.of(TESTER));
        all.addAll(List.of(users));
        for (int i = 0; i < all.size(); i++) {
            TestUser user = all.get(i);
            String prefix = "labor-cases.security.local.users[" + i + "].";
            properties.add(prefix + "username=" + user.username());
            properties.add(prefix + "password-hash=" + HASH);
            properties.add(prefix + "roles=" + String.join(",", user.roles()));
            properties.add(prefix + "provinces=" + String.join(",", user.provinces()));
        }
        return properties;
    }
}
