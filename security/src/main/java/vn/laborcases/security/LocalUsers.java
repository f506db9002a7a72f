package vn.laborcases.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Local mode's users, from labor-cases.security.local.users. */
final class LocalUsers implements UserDetailsService {

    private final Map<String, LocalUserDetails> users = new HashMap<>();

    LocalUsers(List<SecurityProperties.LocalUser> configured) {
        for (SecurityProperties.LocalUser user : configured) {
            if (user.getPasswordHash() == null || !user.getPasswordHash().startsWith("$2")) {
                throw new IllegalStateException("Local user '" + user.getUsername()
                        + "' needs password-hash: a BCrypt hash ($2a$...), never a clear-text password");
            }
            var jurisdiction = Jurisdictions.parse(user.getProvinces());
            Caller caller = new Caller(user.getUsername(), Set.copyOf(user.getRoles()), user.getOnBehalfOf(),
                    jurisdiction.provinces(), jurisdiction.national());
            users.put(user.getUsername(), new LocalUserDetails(caller, user.getPasswordHash()));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalUserDetails user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such local user");
        }
        return user;
    }

    record LocalUserDetails(Caller caller, String passwordHash) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return caller.id();
        }
    }
}
