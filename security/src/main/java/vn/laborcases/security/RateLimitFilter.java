package vn.laborcases.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per caller, or per client address for requests without a caller, so that
 * one client cannot starve the others. Runs after authentication, so the key is the caller.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final SecurityProperties.RateLimit limit;
    // Bounded, so that many addresses cannot exhaust memory; an evicted bucket starts full.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    RateLimitFilter(SecurityProperties.RateLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = Callers.current().map(caller -> "caller:" + caller.id())
                .orElseGet(() -> "address:" + request.getRemoteAddr());
        ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(response, 429, "too-many-requests", "Too many requests",
                    "At most " + limit.getCapacity() + " requests per " + limit.getPeriod()
                            + " per caller; retry after " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.getCapacity())
                .refillGreedy(limit.getCapacity(), limit.getPeriod()).build()).build();
    }
}
