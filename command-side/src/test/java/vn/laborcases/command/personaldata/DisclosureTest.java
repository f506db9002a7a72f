package vn.laborcases.command.personaldata;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.eventstore.personaldata.DisclosedPerson;
import vn.laborcases.eventstore.personaldata.Disclosure;
import vn.laborcases.eventstore.personaldata.PersonalDataAccesses;
import vn.laborcases.eventstore.personaldata.PersonalDataReader;
import vn.laborcases.eventstore.personaldata.SubjectKeys;
import vn.laborcases.testsupport.TestDatabase;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The disclosure policy against the real key and access tables of migration V5. */
class DisclosureTest {

    private static final PersonIdentity LAN = new PersonIdentity("Nguyễn Thị Lan", "079190000123", "0901234567");
    private static SubjectKeys keys;
    private static PersonalDataAccesses accesses;

    @BeforeAll
    static void migrate() {
        TestDatabase database = TestDatabase.create();
        DriverManagerDataSource source = new DriverManagerDataSource(database.url(), database.user(),
                database.password());
        Flyway.configure().dataSource(source).locations("classpath:db/migration/command").load().migrate();
        JdbcClient jdbc = JdbcClient.create(source);
        keys = new SubjectKeys(jdbc);
        accesses = new PersonalDataAccesses(jdbc);
    }

    @Test
    void anAuditorAndAnInspectorReadTheIdentityAndEachReadIsRecorded() {
        SealedPersonalData sealed = keys.sealNewSubject(LAN);

        DisclosedPerson byAuditor = disclosure("auditor-1", "AUDITOR").disclose(sealed, "GET /x");
        DisclosedPerson byInspector = disclosure("inspector-79-001", "INSPECTOR").disclose(sealed, "GET /y");

        assertThat(byAuditor).isEqualTo(new DisclosedPerson(sealed.subjectId(), LAN.name(), LAN.idNumber(),
                LAN.phone(), null));
        assertThat(byInspector).isEqualTo(byAuditor);
        assertThat(accesses.list(sealed.subjectId(), 0, 10))
                .extracting(PersonalDataAccesses.Access::reader, PersonalDataAccesses.Access::role,
                        PersonalDataAccesses.Access::purpose, PersonalDataAccesses.Access::fields)
                .containsExactly(
                        tuple("auditor-1", "AUDITOR", "GET /x", "name,idNumber,phone"),
                        tuple("inspector-79-001", "INSPECTOR", "GET /y",
                                "name,idNumber,phone"));
    }

    @Test
    void anyOtherRoleSeesItMaskedAndNothingIsRecorded() {
        SealedPersonalData sealed = keys.sealNewSubject(LAN);

        DisclosedPerson bySupervisor = disclosure("supervisor-79", "SUPERVISOR").disclose(sealed, "GET /x");

        assertThat(bySupervisor).isEqualTo(new DisclosedPerson(sealed.subjectId(), DisclosedPerson.MASK,
                DisclosedPerson.MASK, DisclosedPerson.MASK, null));
        assertThat(accesses.list(sealed.subjectId(), 0, 10)).isEmpty();
    }

    @Test
    void onceErasedNobodyReadsItAgainAndTheFirstErasureIsKept() {
        SealedPersonalData sealed = keys.sealNewSubject(LAN);

        var erased = keys.erase(sealed.subjectId(), "admin-1", "Asked by the worker").orElseThrow();
        keys.erase(sealed.subjectId(), "admin-2", "Again");

        assertThat(erased.erased()).isTrue();
        assertThat(keys.find(sealed.subjectId()).orElseThrow())
                .extracting(SubjectKeys.SubjectKey::erasedBy, SubjectKeys.SubjectKey::reason)
                .containsExactly("admin-1", "Asked by the worker");
        assertThat(disclosure("auditor-1", "AUDITOR").disclose(sealed, "GET /x"))
                .isEqualTo(new DisclosedPerson(sealed.subjectId(), null, null, null, true));
        assertThat(accesses.list(sealed.subjectId(), 0, 10)).isEmpty();
    }

    @Test
    void anUnknownSubjectIsNeitherFoundNorErased() {
        UUID nobody = UUID.randomUUID();

        assertThat(keys.erase(nobody, "admin-1", "x")).isEmpty();
        assertThat(keys.find(nobody)).isEmpty();
    }

    private static Disclosure disclosure(String id, String role) {
        return new Disclosure(keys, accesses, new PersonalDataReader() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String role() {
                return role;
            }
        });
    }
}
