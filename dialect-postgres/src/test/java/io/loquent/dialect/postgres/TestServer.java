package io.loquent.dialect.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Where the integration tests find their server, and what they do when it is not configured. */
final class TestServer {
    private static final String REQUIRE = "LOQUENT_TEST_REQUIRE_DATABASES";

    private TestServer() {
    }

    /**
     * The JDBC URL in {@code variable}, or null after a loud message when it is unset; with
     * {@code LOQUENT_TEST_REQUIRE_DATABASES=true} (as CI sets it) an unset variable fails instead, so that a missing
     * server cannot pass unnoticed.
     */
    static String url(String variable, String example) {
        String url = System.getenv(variable);
        if (url != null && !url.isBlank()) {
            return url;
        }
        String message = variable + " is not set, so the integration tests against a real server do not run."
                + " Set it to a JDBC URL such as " + example + " to run them.";
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
            fail(message + " (" + REQUIRE + "=true, so this is a failure.)");
        }
        System.err.println("\n**********\n** SKIPPED: " + message + "\n**********\n");
        return null;
    }

    /** Skips the calling test, so that each one is reported as skipped, when there is no server. */
    static void assumeServer(Object connection, String variable) {
        Assumptions.assumeTrue(connection != null, variable + " is not set: skipped");
    }
}
