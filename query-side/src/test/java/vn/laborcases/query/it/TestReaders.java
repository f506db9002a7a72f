package vn.laborcases.query.it;

import vn.laborcases.api.Province;
import vn.laborcases.testsupport.TestUsers;
import vn.laborcases.testsupport.TestUsers.TestUser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readers for the jurisdiction tests: one local user per province and one national, each a
 * supervisor and an auditor, so that one running app serves a restricted reader and a national
 * one side by side, logged in as real users.
 */
final class TestReaders {

    static final List<TestUser> USERS = users();

    private TestReaders() {
    }

    /**
     * The Authorization header pair (for {@code Http.get(path, headers)}) of a reader of these
     * provinces: every province means the national reader; otherwise exactly one province.
     */
    static String[] readerOf(Province... provinces) {
        String username = provinces.length == Province.values().length ? "reader-national"
                : "reader-" + single(provinces).name();
        TestUser user = USERS.stream().filter(reader -> reader.username().equals(username)).findFirst().orElseThrow();
        return new String[]{"Authorization", TestUsers.basic(user)};
    }

    private static Province single(Province... provinces) {
        if (provinces.length != 1) {
            throw new IllegalArgumentException("A test reader has one province or all: " + Arrays.toString(provinces));
        }
        return provinces[0];
    }

    private static List<TestUser> users() {
        List<TestUser> users = new ArrayList<>();
        users.add(new TestUser("reader-national", List.of("SUPERVISOR", "AUDITOR"), List.of("ALL")));
        for (Province province : Province.values()) {
            users.add(new TestUser("reader-" + province.name(), List.of("SUPERVISOR", "AUDITOR"),
                    List.of(province.name())));
        }
        return List.copyOf(users);
    }
}
