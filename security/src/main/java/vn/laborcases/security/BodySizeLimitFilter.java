package vn.laborcases.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a body larger than the limit from its Content-Length, before reading it. A body
 * without a length (chunked) could only be measured by reading it, so it is refused with 411.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            Problems.write(response, 413, "body-too-large", "Request body too large",
                    "The body has " + length + " bytes; the limit is " + maxBytes + " bytes.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            Problems.write(response, 411, "length-required", "Length required",
                    "Send the body with a Content-Length header, not chunked.");
            return;
        }
        chain.doFilter(request, response);
    }
}
