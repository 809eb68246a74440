package io.loquent.dialectkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes revision files, as a user would, for the suites and for a dialect's own tests. */
public final class RevisionFiles {
    private RevisionFiles() {
    }

    /**
     * Writes {@code fileName} into {@code folder}: the revision {@code id} on top of {@code down} (null for a root),
     * whose upgrade and downgrade bodies are the DSL statements given ({@code op.createTable(...);}).
     */
    public static Path write(Path folder, String fileName, String id, String down, String upgrade, String downgrade) {
        String source = """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "%1$s", down = %2$s, message = "revision %1$s")
                public final class R_%1$s implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        %3$s
                    }
                    @Override public void downgrade(Op op) {
                        %4$s
                    }
                }
                """.formatted(id, down == null ? "{}" : "\"" + down + "\"", upgrade, downgrade);
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(fileName), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
