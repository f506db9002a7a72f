package vn.laborcases.eventstore.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.eventstore.StoredForm;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether and how a view shows a sealed identity: opened for the roles whose work needs it,
 * masked for the others, erased when the key is gone. Every opening is recorded.
 */
public class Disclosure {

    /** The roles that see workers' identities: the inspector handling the case, and auditors. */
    static final Set<String> NEED_TO_KNOW = Set.of("INSPECTOR", "AUDITOR");

    private static final Set<String> SEALED_FIELDS = Set.of("subjectId", "ciphertext", "iv");
    private static final ObjectMapper JSON = StoredForm.objectMapper();

    private final SubjectKeys keys;
    private final PersonalDataAccesses accesses;
    private final PersonalDataReader reader;

    public Disclosure(SubjectKeys keys, PersonalDataAccesses accesses, PersonalDataReader reader) {
        this.keys = keys;
        this.accesses = accesses;
        this.reader = reader;
    }

    /** @param purpose what the reader is reading through, e.g. the endpoint, for the access record */
    public DisclosedPerson disclose(SealedPersonalData sealed, String purpose) {
        Optional<SubjectKeys.SubjectKey> key = keys.find(sealed.subjectId());
        if (key.isEmpty() || key.get().erased()) {
            return DisclosedPerson.erased(sealed.subjectId());
        }
        if (!NEED_TO_KNOW.contains(reader.role())) {
            return DisclosedPerson.masked(sealed.subjectId());
        }
        PersonIdentity identity = PersonalDataSeal.open(sealed, key.get().key());
        accesses.record(reader, sealed.subjectId(), purpose);
        return new DisclosedPerson(sealed.subjectId(), identity.name(), identity.idNumber(), identity.phone(), null);
    }

    /**
     * A copy of a stored payload (or any JSON) with every sealed identity in it replaced by its
     * disclosure; the rest is untouched.
     */
    public JsonNode discloseIn(JsonNode tree, String purpose) {
        if (isSealed(tree)) {
            SealedPersonalData sealed = new SealedPersonalData(UUID.fromString(tree.get("subjectId").asText()),
                    tree.get("ciphertext").asText(), tree.get("iv").asText());
            return JSON.valueToTree(disclose(sealed, purpose));
        }
        if (tree instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), discloseIn(field.getValue(), purpose));
            }
            return copy;
        }
        if (tree instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(discloseIn(element, purpose)));
            return copy;
        }
        return tree;
    }

    private static boolean isSealed(JsonNode node) {
        if (!node.isObject() || node.size() != SEALED_FIELDS.size()) {
            return false;
        }
        for (String field : SEALED_FIELDS) {
            if (!node.path(field).isTextual()) {
                return false;
            }
        }
        return true;
    }
}
