package vn.laborcases.query.security;

import vn.laborcases.api.Province;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A national reader's jurisdiction, for tests that run queries without a request. */
public final class AllProvinces implements Jurisdiction {

    private static final Set<Province> ALL = Collections.unmodifiableSet(EnumSet.allOf(Province.class));

    @Override
    public Set<Province> provinces() {
        return ALL;
    }

    @Override
    public boolean national() {
        return true;
    }
}
