package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NIO puts only the path into the message of its exceptions: the reason must come from their type. Permissions
 * cannot be denied to the root user these tests run as, so that case is built by hand; the others are real.
 */
class IoReasonTest {
    @TempDir
    Path dir;

    @Test
    void theReasonComesFromTheExceptionsTypeNotItsMessage() {
        assertThat(IoReason.of(new AccessDeniedException("/srv/app/migrations/x.java"))).isEqualTo("permission denied");
        assertThat(IoReason.of(new FileSystemException("/a", null, "No space left on device")))
                .isEqualTo("No space left on device");
    }

    @Test
    void realFailuresNameTheirReason() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        IOException underAFile = catching(() -> Files.createDirectories(file.resolve("migrations")));
        assertThat(IoReason.of(underAFile)).isEqualTo("Not a directory");
        IOException missing = catching(() -> Files.readString(dir.resolve("nowhere.java")));
        assertThat(missing.getMessage()).as("NIO's own message is only the path").doesNotContain("such");
        assertThat(IoReason.of(missing)).isEqualTo("no such file or directory");
    }

    private interface Io {
        void run() throws IOException;
    }

    private static IOException catching(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("expected an IOException");
    }
}
