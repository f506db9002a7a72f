package vn.laborcases.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's stand-in for the authorities' identity provider: a fresh RSA key whose
 * public half it serves as a JWK set, and signed JWTs for the benchmark's callers. The apps
 * run in their production mode against it ({@code labor-cases.security.jwt.jwk-set-uri}), so
 * each request is authenticated as in production (one signature check), not by the local
 * profile's password check, which is there for development and costs a BCrypt per request.
 */
public final class IdentityProvider implements AutoCloseable {

    static final String JWKS_PATH = "/jwks";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    /** The callers the benchmark acts as, by name: their roles, all in every province. */
    private static final Map<String, List<String>> ROLES = Map.of(
            "inspector", List.of("INSPECTOR"),
            "supervisor", List.of("SUPERVISOR"),
            "auditor", List.of("AUDITOR"),
            "admin", List.of("ADMIN"));

    private final RSAKey key;
    private final HttpServer server;

    private IdentityProvider(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    /** Serves the key set on 127.0.0.1:{@code port} until closed. */
    public static IdentityProvider start(int port) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("benchmark").generate();
            byte[] keySet = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext(JWKS_PATH, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keySet.length);
                exchange.getResponseBody().write(keySet);
                exchange.close();
            });
            server.start();
            return new IdentityProvider(key, server);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the benchmark's signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the JWK set on port " + port, e);
        }
    }

    /** {@code Authorization} header value for one of the benchmark's callers. */
    public String bearer(String caller) {
        return "Bearer " + token(caller);
    }

    /** A signed JWT for one of the benchmark's callers, valid for a day. */
    public String token(String caller) {
        List<String> roles = ROLES.get(caller);
        if (roles == null) {
            throw new IllegalArgumentException("No benchmark caller named " + caller + "; there are " + ROLES.keySet());
        }
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject(caller).claim("roles", roles).claim("provinces", List.of("ALL"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(TOKEN_LIFETIME))).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token for " + caller, e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
