package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.loquent.core.DatabaseException;
import io.loquent.core.Loquent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed connection's error, message and cause chain, never carries the password, although the drivers echo it
 * (MariaDB: {@code Incorrect port value : S3cret@127.0.0.1}; PostgreSQL: {@code UnknownHostException: u:S3cret@...}).
 * Port 1 has no server, so these fail without one; the CLI's process test repeats them against the real servers.
 * Here rather than in core, whose tests have no server dialects or drivers.
 */
class DatabaseErrorRedactionTest {
    private static final String PASSWORD = "S3cret";

    @TempDir
    Path dir;

    private String failure(String url, String password) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Throwable thrown = catchThrowable(() -> Loquent.configure().url(url).password(password)
                .scripts(dir.resolve("migrations")).load().current());
        assertThat(thrown).isInstanceOf(DatabaseException.class);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return thrown.getMessage() + "\n" + trace;
    }

    @Test
    void userInfoPasswordsAreMaskedInTheDriversMessageAndCauses() throws Exception {
        String mariadb = failure("jdbc:mariadb://root:" + PASSWORD + "@127.0.0.1:1/x", null);
        assertThat(mariadb).startsWith("cannot use database jdbc:mariadb://root:***@127.0.0.1:1/x: Incorrect port value :"
                + " ***@127.0.0.1").doesNotContain(PASSWORD);
        assertThat(failure("jdbc:postgresql://u:" + PASSWORD + "@127.0.0.1:1/x", null)).doesNotContain(PASSWORD)
                .contains("u:***@127.0.0.1");
    }

    @Test
    void queryAndGivenPasswordsAreMasked() throws Exception {
        assertThat(failure("jdbc:postgresql://127.0.0.1:1/x?user=u&password=" + PASSWORD, null))
                .doesNotContain(PASSWORD).startsWith("cannot use database jdbc:postgresql://127.0.0.1:1/x?user=u&password=***:");
        assertThat(failure("jdbc:mysql://root:" + PASSWORD + "@127.0.0.1:1/x", "other")).doesNotContain(PASSWORD);
    }
}
