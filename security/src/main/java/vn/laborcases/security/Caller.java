package vn.laborcases.security;

import vn.laborcases.api.Province;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated person behind a request, whichever way they logged in.
 *
 * @param onBehalfOf the person or office the caller acts for, if any
 * @param provinces where the caller may act; ignored when {@code national}
 * @param national the caller's jurisdiction is the whole country
 */
public record Caller(String id, Set<Role> roles, String onBehalfOf, Set<Province> provinces, boolean national) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        provinces = provinces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provinces));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether a case in this province lies within the caller's jurisdiction. */
    public boolean covers(Province province) {
        return national || provinces.contains(province);
    }

    /**
     * The role the caller uses for a request that the given roles may make: the first in the
     * table's order, so that the envelope names one role.
     */
    public Role roleFor(Collection<Role> allowed) {
        return EnumSet.copyOf(roles).stream().filter(allowed::contains).findFirst()
                .orElseGet(() -> EnumSet.copyOf(roles).iterator().next());
    }

    /** The jurisdiction as recorded in an event's envelope: sorted province names, or ALL. */
    public String jurisdictionLabel() {
        return national ? Jurisdictions.NATIONAL : provinces.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
    }
}
