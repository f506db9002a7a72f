package vn.laborcases.command.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.laborcases.command.actor.Actor;
import vn.laborcases.command.actor.CurrentActor;
import vn.laborcases.security.Caller;
import vn.laborcases.security.Callers;
import vn.laborcases.security.EndpointRules;
import vn.laborcases.security.Role;

import java.util.Set;

/**
 * The actor is the authenticated caller, in the role the endpoint lets them use; the envelope
 * records their jurisdiction (empty for the whole country).
 */
@Component
class PrincipalActor implements CurrentActor {

    private final EndpointRules rules;
    private final HttpServletRequest request;

    PrincipalActor(EndpointRules rules, HttpServletRequest request) {
        this.rules = rules;
        this.request = request;
    }

    @Override
    public Actor get() {
        Caller caller = Callers.required();
        Set<Role> allowed = rules.rolesFor(request).orElse(Set.of());
        return new Actor(caller.id(), caller.roleFor(allowed).name(), caller.onBehalfOf(),
                caller.national() ? Set.of() : caller.provinces());
    }
}
