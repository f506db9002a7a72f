package vn.laborcases.eventstore.personaldata;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSealTest {

    private static final PersonIdentity LAN = new PersonIdentity("Nguyễn Thị Lan", "079190000123", "0901234567");
    private static final UUID SUBJECT = UUID.randomUUID();

    @Test
    void opensWithTheSubjectsKey() {
        byte[] key = PersonalDataSeal.newKey();

        SealedPersonalData sealed = PersonalDataSeal.seal(SUBJECT, key, LAN);

        assertThat(sealed.subjectId()).isEqualTo(SUBJECT);
        assertThat(PersonalDataSeal.open(sealed, key)).isEqualTo(LAN);
    }

    @Test
    void holdsNoClearText() {
        SealedPersonalData sealed = PersonalDataSeal.seal(SUBJECT, PersonalDataSeal.newKey(), LAN);

        String decoded = new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1);
        assertThat(sealed.toString() + decoded).doesNotContain("079190000123", "Lan", "0901234567");
    }

    @Test
    void aFreshNonceEachTimeSoTwoSealsOfOnePersonDiffer() {
        byte[] key = PersonalDataSeal.newKey();

        SealedPersonalData first = PersonalDataSeal.seal(SUBJECT, key, LAN);
        SealedPersonalData second = PersonalDataSeal.seal(SUBJECT, key, LAN);

        assertThat(Base64.getDecoder().decode(first.iv())).hasSize(12);
        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void doesNotOpenWithAnotherKey() {
        SealedPersonalData sealed = PersonalDataSeal.seal(SUBJECT, PersonalDataSeal.newKey(), LAN);

        assertThatThrownBy(() -> PersonalDataSeal.open(sealed, PersonalDataSeal.newKey()))
                .isInstanceOf(PersonalDataSeal.UnopenableSealException.class)
                .hasMessageContaining(SUBJECT.toString());
    }

    @Test
    void doesNotOpenWhenMovedToAnotherSubject() {
        byte[] key = PersonalDataSeal.newKey();
        SealedPersonalData sealed = PersonalDataSeal.seal(SUBJECT, key, LAN);
        SealedPersonalData moved = new SealedPersonalData(UUID.randomUUID(), sealed.ciphertext(), sealed.iv());

        assertThatThrownBy(() -> PersonalDataSeal.open(moved, key))
                .isInstanceOf(PersonalDataSeal.UnopenableSealException.class);
    }

    @Test
    void doesNotOpenWhenAltered() {
        byte[] key = PersonalDataSeal.newKey();
        SealedPersonalData sealed = PersonalDataSeal.seal(SUBJECT, key, LAN);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[0] ^= 1;
        SealedPersonalData altered = new SealedPersonalData(SUBJECT, Base64.getEncoder().encodeToString(bytes),
                sealed.iv());

        assertThatThrownBy(() -> PersonalDataSeal.open(altered, key))
                .isInstanceOf(PersonalDataSeal.UnopenableSealException.class);
    }
}
