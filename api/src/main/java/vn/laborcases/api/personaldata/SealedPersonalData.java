package vn.laborcases.api.personaldata;

import java.util.UUID;

/**
 * A person's identity as events carry it: never in clear, but sealed with AES-GCM under the one
 * key of its data subject, with the subject id as associated data. Destroying the subject's key
 * (erasure) leaves this in place and unreadable for ever.
 *
 * @param subjectId  the data subject, whose key seals it
 * @param ciphertext the sealed {@link PersonIdentity} JSON with its GCM tag, Base64
 * @param iv         the random 96-bit nonce, Base64
 */
public record SealedPersonalData(UUID subjectId, String ciphertext, String iv) {
}
