package vn.laborcases.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Tomcat's last word on a request no servlet answered, such as one whose path Tomcat itself
 * refuses (an encoded NUL, backslash or slash): problem+json like every other error, where
 * Tomcat's own valve writes an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            Problems.write(response, status, "rejected-request", known == null ? "Error " + status : known.getReasonPhrase(),
                    "The server refused the request before reading it: check the address for characters a URL path"
                            + " may not hold (an encoded NUL, slash or backslash, say) and the headers.");
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is already being written: the status stands alone.
        }
    }
}
