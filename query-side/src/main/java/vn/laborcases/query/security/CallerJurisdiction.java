package vn.laborcases.query.security;

import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.security.Caller;
import vn.laborcases.security.Callers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The jurisdiction of the authenticated caller, read request by request: the whole country for
 * a national caller, their provinces otherwise, and nothing at all without a caller.
 */
@Component
class CallerJurisdiction implements Jurisdiction {

    private static final Set<Province> ALL = Collections.unmodifiableSet(EnumSet.allOf(Province.class));

    @Override
    public Set<Province> provinces() {
        return Callers.current().map(CallerJurisdiction::of).orElse(Set.of());
    }

    private static Set<Province> of(Caller caller) {
        return caller.national() ? ALL : caller.provinces();
    }
}
