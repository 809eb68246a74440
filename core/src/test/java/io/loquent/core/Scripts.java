package io.loquent.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes revision files for tests. */
public final class Scripts {
    private Scripts() {
    }

    /** A revision file whose upgrade and downgrade bodies are given as Java statements. */
    public static Path write(Path folder, String fileName, String id, String down, String upgrade, String downgrade) {
        String className = "R_" + id;
        String downList = down == null ? "{}" : "\"" + down + "\"";
        String source = """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "%s", down = %s, message = "revision %s")
                public final class %s implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        %s
                    }
                    @Override public void downgrade(Op op) {
                        %s
                    }
                }
                """.formatted(id, downList, id, className, upgrade, downgrade);
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(fileName), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
