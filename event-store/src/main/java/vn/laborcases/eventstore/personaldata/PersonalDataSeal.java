package vn.laborcases.eventstore.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.eventstore.StoredForm;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Sealing and opening a person's identity with the JDK's AES-256-GCM: a random 96-bit nonce per
 * seal, and the subject id as associated data, so that a sealed value moved to another subject
 * does not open. No cryptography of our own: only the JDK's cipher, keys and randomness.
 */
public final class PersonalDataSeal {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = StoredForm.objectMapper();

    private PersonalDataSeal() {
    }

    /** A fresh random AES-256 key for one data subject. */
    public static byte[] newKey() {
        return random(KEY_BYTES);
    }

    public static SealedPersonalData seal(UUID subjectId, byte[] key, PersonIdentity identity) {
        byte[] iv = random(IV_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, subjectId, key, iv);
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(identity));
            Base64.Encoder base64 = Base64.getEncoder();
            return new SealedPersonalData(subjectId, base64.encodeToString(sealed), base64.encodeToString(iv));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot seal personal data with AES-GCM", e);
        }
    }

    /** @throws UnopenableSealException when the key is not the subject's or the value was altered */
    public static PersonIdentity open(SealedPersonalData sealed, byte[] key) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.subjectId(), key, base64.decode(sealed.iv()));
            return JSON.readValue(cipher.doFinal(base64.decode(sealed.ciphertext())), PersonIdentity.class);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new UnopenableSealException(sealed.subjectId(), e);
        }
    }

    private static Cipher cipher(int mode, UUID subjectId, byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(subjectId.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    /** The sealed value does not open under the key given: another subject's key, or altered data. */
    public static final class UnopenableSealException extends RuntimeException {
        UnopenableSealException(UUID subjectId, Exception cause) {
            super("The personal data of subject " + subjectId + " does not open with its key: altered, or sealed"
                    + " under another key", cause);
        }
    }
}
