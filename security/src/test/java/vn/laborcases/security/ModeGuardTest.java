package vn.laborcases.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.security.SecurityProperties.Mode.JWT;
import static vn.laborcases.security.SecurityProperties.Mode.LOCAL;

class ModeGuardTest {

    @Test
    void localModeStartsOnlyWithoutProductionProfileOrIssuer() {
        assertThat(ModeGuard.refusal(LOCAL, List.of(), false)).isEmpty();
        assertThat(ModeGuard.refusal(LOCAL, List.of("local", "dev"), false)).isEmpty();
        assertThat(ModeGuard.refusal(LOCAL, List.of("prod"), false)).get().asString().contains("'prod'");
        assertThat(ModeGuard.refusal(LOCAL, List.of("PRODUCTION"), false)).get().asString().contains("'PRODUCTION'");
        assertThat(ModeGuard.refusal(LOCAL, List.of(), true)).get().asString().contains("choose one");
    }

    @Test
    void jwtModeNeedsAnIssuerOrKeySet() {
        assertThat(ModeGuard.refusal(JWT, List.of("prod"), true)).isEmpty();
        assertThat(ModeGuard.refusal(JWT, List.of(), false)).get().asString().contains("jwt.issuer-uri");
    }
}
