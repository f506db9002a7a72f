package vn.laborcases.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Production mode: the caller from a validated JWT's claims. Roles the app does not know are
 * ignored (an identity provider issues roles for other systems too); provinces it does not
 * know refuse the token.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtCallers(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller;
        try {
            caller = caller(jwt);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException(e.getMessage());
        }
        var authorities = caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller, jwt, authorities);
    }

    Caller caller(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String entry : Jurisdictions.entries(jwt.getClaims().get(claims.getRolesClaim()))) {
            String name = entry.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        var jurisdiction = Jurisdictions.parse(Jurisdictions.entries(jwt.getClaims().get(claims.getProvincesClaim())));
        String id = jwt.getClaimAsString(claims.getActorClaim());
        return new Caller(id != null ? id : jwt.getSubject(), roles, jwt.getClaimAsString(claims.getOnBehalfOfClaim()),
                jurisdiction.provinces(), jurisdiction.national());
    }
}
