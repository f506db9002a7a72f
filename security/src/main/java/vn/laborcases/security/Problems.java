package vn.laborcases.security;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Writes the problem+json answers of the filters, which run before Spring MVC's error
 * handling; the texts are fixed, so no JSON library is needed and nothing leaks.
 */
final class Problems {

    private static final String TYPES = "https://labor-cases.example/problems/";

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + TYPES + type + "\",\"title\":\"" + escape(title)
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
