package vn.laborcases.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that keeps local users out of production: local mode must be asked for by name
 * (labor-cases.security.mode=local), and even then the app refuses to start when a prod or
 * production profile is active or a JWT issuer or key set is configured, since either says
 * "this is a real deployment". JWT mode refuses to start without an issuer or key set.
 */
public final class ModeGuard {

    private static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

    private ModeGuard() {
    }

    /** Why the app must not start with this configuration, if it must not. */
    public static Optional<String> refusal(SecurityProperties.Mode mode, Collection<String> activeProfiles,
                                           boolean jwtConfigured) {
        if (mode == SecurityProperties.Mode.LOCAL) {
            var production = activeProfiles.stream()
                    .filter(profile -> PRODUCTION_PROFILES.contains(profile.toLowerCase(Locale.ROOT))).findFirst();
            if (production.isPresent()) {
                return Optional.of("Local users are for development only, but the profile '" + production.get()
                        + "' is active. Remove labor-cases.security.mode=local and configure a JWT issuer.");
            }
            if (jwtConfigured) {
                return Optional.of("labor-cases.security.mode=local together with a JWT issuer or JWK set: "
                        + "choose one. Production uses the JWT issuer; remove mode=local.");
            }
            return Optional.empty();
        }
        if (!jwtConfigured) {
            return Optional.of("No way to authenticate callers: set labor-cases.security.jwt.issuer-uri and/or "
                    + "labor-cases.security.jwt.jwk-set-uri, or for development labor-cases.security.mode=local "
                    + "(./run-local.sh does).");
        }
        return Optional.empty();
    }
}
