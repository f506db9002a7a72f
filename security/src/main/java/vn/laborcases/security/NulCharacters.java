package vn.laborcases.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.Locale;

/**
 * No text may hold a NUL character (U+0000): PostgreSQL's text types cannot store one, so a
 * NUL in a filter failed the query (500), and a NUL in an accepted command's free text made
 * every projection fail on its event and skip it. Refused at the door, in query strings and in
 * JSON bodies alike.
 */
final class NulCharacters {

    private static final String DETAIL = "Text may not hold a NUL character (U+0000).";

    private NulCharacters() {
    }

    /** Query strings: the encoded NUL, %00, in any parameter. */
    static final class QueryFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String query = request.getQueryString();
            if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
                Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "invalid-request", "Invalid request",
                        "A query parameter holds a NUL character (%00). " + DETAIL);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** JSON bodies: every string value, wherever it sits, is refused as unreadable when it holds a NUL. */
    static JacksonModule jsonModule() {
        return new SimpleModule("no-nul-characters").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new IllegalArgumentException(DETAIL);
                }
                return value;
            }
        });
    }
}
