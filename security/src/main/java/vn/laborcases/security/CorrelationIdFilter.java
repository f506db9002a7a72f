package vn.laborcases.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request one correlation id: the caller's X-Correlation-Id, or a new UUID. It is
 * in the MDC (so on every log line written while the request is handled), in the response
 * header, and in a request attribute that the command side copies into the events' envelope,
 * so the id in the logs is the id in the event store. Runs first, so that even a refused
 * request is answered with its id.
 */
public final class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    /** The MDC key, the same as the envelope's. */
    public static final String MDC_KEY = "correlationId";
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    // Safe to log and to store: no spaces, quotes or control characters.
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** The correlation id of a request this filter has seen. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            throw new IllegalStateException("No correlation id: the request did not pass CorrelationIdFilter");
        }
        return (String) id;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given != null && !given.isBlank() && !SAFE_TOKEN.matcher(given).matches()) {
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "invalid-correlation-id",
                    "Invalid correlation id", HEADER + " must be 1-128 letters, digits or . _ : - (a UUID is a good choice).");
            return;
        }
        String id = given == null || given.isBlank() ? UUID.randomUUID().toString() : given;
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
