package vn.laborcases.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** labor-cases.security.*: how callers log in and what limits every request meets. */
@ConfigurationProperties("labor-cases.security")
public class SecurityProperties {

    public enum Mode { JWT, LOCAL }

    /** JWT (production, the default) or LOCAL (users from configuration, for development). */
    private Mode mode = Mode.JWT;
    /** Whether /actuator/prometheus is readable without logging in (for a scraper inside the network). */
    private boolean openMetrics = false;
    /** Request bodies above this size are refused with 413 before they are read. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);
    private final Jwt jwt = new Jwt();
    private final Local local = new Local();
    private final RateLimit rateLimit = new RateLimit();

    public static class Jwt {
        private String issuerUri;
        private String jwkSetUri;
        /** The claim naming the caller, recorded as the actor of events. */
        private String actorClaim = "sub";
        private String rolesClaim = "roles";
        private String provincesClaim = "provinces";
        private String onBehalfOfClaim = "on_behalf_of";

        public boolean configured() {
            return present(issuerUri) || present(jwkSetUri);
        }

        static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        public String getIssuerUri() { return issuerUri; }
        public void setIssuerUri(String issuerUri) { this.issuerUri = issuerUri; }
        public String getJwkSetUri() { return jwkSetUri; }
        public void setJwkSetUri(String jwkSetUri) { this.jwkSetUri = jwkSetUri; }
        public String getActorClaim() { return actorClaim; }
        public void setActorClaim(String actorClaim) { this.actorClaim = actorClaim; }
        public String getRolesClaim() { return rolesClaim; }
        public void setRolesClaim(String rolesClaim) { this.rolesClaim = rolesClaim; }
        public String getProvincesClaim() { return provincesClaim; }
        public void setProvincesClaim(String provincesClaim) { this.provincesClaim = provincesClaim; }
        public String getOnBehalfOfClaim() { return onBehalfOfClaim; }
        public void setOnBehalfOfClaim(String onBehalfOfClaim) { this.onBehalfOfClaim = onBehalfOfClaim; }
    }

    public static class Local {
        private List<LocalUser> users = new ArrayList<>();

        public List<LocalUser> getUsers() { return users; }
        public void setUsers(List<LocalUser> users) { this.users = users; }
    }

    /** A configured user; the password only as a BCrypt hash. */
    public static class LocalUser {
        private String username;
        private String passwordHash;
        private List<Role> roles = new ArrayList<>();
        /** Province names or codes, or ALL. */
        private List<String> provinces = new ArrayList<>();
        private String onBehalfOf;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPasswordHash() { return passwordHash; }
        public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
        public List<Role> getRoles() { return roles; }
        public void setRoles(List<Role> roles) { this.roles = roles; }
        public List<String> getProvinces() { return provinces; }
        public void setProvinces(List<String> provinces) { this.provinces = provinces; }
        public String getOnBehalfOf() { return onBehalfOf; }
        public void setOnBehalfOf(String onBehalfOf) { this.onBehalfOf = onBehalfOf; }
    }

    /** A token bucket per caller (per address before login): capacity requests, refilled every period. */
    public static class RateLimit {
        private long capacity = 600;
        private Duration period = Duration.ofMinutes(1);

        public long getCapacity() { return capacity; }
        public void setCapacity(long capacity) { this.capacity = capacity; }
        public Duration getPeriod() { return period; }
        public void setPeriod(Duration period) { this.period = period; }
    }

    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }
    public boolean isOpenMetrics() { return openMetrics; }
    public void setOpenMetrics(boolean openMetrics) { this.openMetrics = openMetrics; }
    public DataSize getMaxBodySize() { return maxBodySize; }
    public void setMaxBodySize(DataSize maxBodySize) { this.maxBodySize = maxBodySize; }
    public Jwt getJwt() { return jwt; }
    public Local getLocal() { return local; }
    public RateLimit getRateLimit() { return rateLimit; }
}
