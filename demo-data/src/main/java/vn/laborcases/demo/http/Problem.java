package vn.laborcases.demo.http;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer that was not 2xx: its status, and the problem+json type and detail when it had them. */
public record Problem(int status, String type, String detail) {

    static Problem of(int status, JsonNode body, String raw) {
        if (body != null && body.isObject()) {
            String type = body.path("type").asText("");
            return new Problem(status, type.substring(type.lastIndexOf('/') + 1), body.path("detail").asText(raw));
        }
        return new Problem(status, "", raw == null ? "" : raw.strip());
    }

    boolean isVersionConflict() {
        return status == 409 && (type.equals("version-conflict") || type.equals("concurrent-change"));
    }

    public boolean isRuleViolation() {
        return status == 409 && type.equals("rule-violated");
    }

    public boolean isAccessRefused() {
        return status == 401 || status == 403;
    }

    @Override
    public String toString() {
        return status + (type.isEmpty() ? "" : " " + type) + ": " + detail;
    }
}
