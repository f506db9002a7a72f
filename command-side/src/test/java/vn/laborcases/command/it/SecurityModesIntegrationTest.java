package vn.laborcases.command.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * Production mode against a JWK set served by the test (its keys generated here), the size
 * and rate limits, and the guard that keeps local users out of production.
 */
class SecurityModesIntegrationTest {

    private static final String ISSUER = "https://login.labor-cases.example/realms/test";
    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final RSAKey KEY = rsaKey("trusted");
    private static HttpServer identityProvider;
    private static CommandSideApp app;

    @BeforeAll
    static void start() throws IOException {
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        identityProvider.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        identityProvider.start();
        app = CommandSideApp.start(DATABASE,
                "labor-cases.security.mode=jwt",
                "labor-cases.security.jwt.issuer-uri=" + ISSUER,
                "labor-cases.security.jwt.jwk-set-uri=http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/jwks",
                "labor-cases.security.max-body-size=2KB",
                "labor-cases.security.rate-limit.capacity=5",
                "labor-cases.security.rate-limit.period=1h",
                "labor-cases.deadlines.polling-interval=1h");
    }

    @AfterAll
    static void stop() {
        app.close();
        identityProvider.stop(0);
    }

    @Test
    void aSignedTokenFromTheIssuerLogsInWithItsRolesAndProvinces() {
        Http inspector = bearer(token(KEY, "nguyen.van.a", ISSUER, List.of("INSPECTOR", "offline_access"), List.of("79"),
                Instant.now().plusSeconds(300)));
        Http.Response filed = inspector.post("/api/disputes", individualDispute(TODAY, TODAY));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        var envelope = StoredEvents.of(DATABASE, filed.json().get("id").asText()).get(0).metaData();
        assertThat(envelope.get("actor").asText()).isEqualTo("nguyen.van.a");
        assertThat(envelope.get("jurisdiction").asText()).isEqualTo("HO_CHI_MINH");

        Http auditor = bearer(token(KEY, "auditor", ISSUER, List.of("AUDITOR"), List.of("ALL"), Instant.now().plusSeconds(300)));
        assertThat(auditor.post("/api/disputes", individualDispute(TODAY, TODAY)).status()).isEqualTo(403);
        assertThat(auditor.get("/api/disputes/" + filed.json().get("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void aForgedExpiredOrForeignTokenIsRefusedWith401() {
        var roles = List.of("AUDITOR");
        var all = List.of("ALL");
        Instant later = Instant.now().plusSeconds(300);
        List<String> tokens = List.of(
                token(rsaKey("trusted"), "mallory", ISSUER, roles, all, later),
                token(KEY, "late", ISSUER, roles, all, Instant.now().minusSeconds(3600)),
                token(KEY, "elsewhere", "https://other.example", roles, all, later),
                token(KEY, "nowhere", ISSUER, roles, List.of("ATLANTIS"), later));
        for (String token : tokens) {
            Http.Response refused = bearer(token).get("/audit/integrity-checks");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.raw().body()).doesNotContain("Exception", "\tat ");
        }
        Http.Response anonymous = app.http().anonymous().get("/audit/integrity-checks");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingIsWritten() {
        Http inspector = bearer(token(KEY, "big-body", ISSUER, List.of("INSPECTOR"), List.of("ALL"), Instant.now().plusSeconds(300)));
        long before = StoredEvents.count(DATABASE);
        String big = individualDispute(TODAY, TODAY).replace("Overtime of March", "x".repeat(3000));
        Http.Response refused = inspector.post("/api/disputes", big);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("limit is 2048 bytes");
        assertThat(StoredEvents.count(DATABASE)).isEqualTo(before);
    }

    @Test
    void aCallerOverTheRateLimitGets429WithRetryAfterWhileOthersGoOn() {
        Instant later = Instant.now().plusSeconds(300);
        Http busy = bearer(token(KEY, "busy", ISSUER, List.of("AUDITOR"), List.of("ALL"), later));
        for (int i = 0; i < 5; i++) {
            assertThat(busy.get("/audit/integrity-checks").status()).isEqualTo(200);
        }
        Http.Response limited = busy.get("/audit/integrity-checks");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        Http other = bearer(token(KEY, "calm", ISSUER, List.of("AUDITOR"), List.of("ALL"), later));
        assertThat(other.get("/audit/integrity-checks").status()).isEqualTo(200);
    }

    @Test
    void localUsersRefuseToStartUnderAProductionProfile() {
        assertThatThrownBy(() -> CommandSideApp.start(DATABASE, "spring.profiles.active=prod", "server.port=0").close())
                .hasRootCauseMessage("Local users are for development only, but the profile 'prod' is active. "
                        + "Remove labor-cases.security.mode=local and configure a JWT issuer.");
    }

    private static Http bearer(String token) {
        return app.http().withAuthorization("Bearer " + token);
    }

    private static String token(RSAKey key, String subject, String issuer, List<String> roles, List<String> provinces,
                                Instant expires) {
        try {
            var claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer).claim("roles", roles)
                    .claim("provinces", provinces).issueTime(Date.from(expires.minusSeconds(600)))
                    .expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString()).build();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh RSA key; two keys with the same id model a forger who knows the key id. */
    private static RSAKey rsaKey(String keyId) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
