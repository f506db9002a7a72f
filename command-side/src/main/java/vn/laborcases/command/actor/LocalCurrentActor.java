package vn.laborcases.command.actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * One configured actor for every request, for local runs until authentication is in place.
 * Any other {@link CurrentActor} bean replaces it.
 */
@Component
@ConditionalOnMissingBean(value = CurrentActor.class, ignored = LocalCurrentActor.class)
class LocalCurrentActor implements CurrentActor {

    private final Actor actor;

    LocalCurrentActor(@Value("${labor-cases.local-actor.id:local-inspector}") String id,
                      @Value("${labor-cases.local-actor.role:INSPECTOR}") String role) {
        this.actor = new Actor(id, role, null, Set.of());
    }

    @Override
    public Actor get() {
        return actor;
    }
}
