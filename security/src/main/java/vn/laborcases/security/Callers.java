package vn.laborcases.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The caller of the request being handled, from Spring Security's context. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (principal instanceof LocalUsers.LocalUserDetails user) {
            return Optional.of(user.caller());
        }
        return Optional.empty();
    }

    /** The caller, for code that only runs behind authentication. */
    public static Caller required() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
    }
}
