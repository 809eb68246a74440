package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.Migration;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.Operation;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.script.CompileCache;
import io.loquent.core.internal.script.DirectoryScripts;
import io.loquent.core.internal.script.LoadedRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example of the README's "The DSL" section is a revision body that compiles against the API and records
 * operations without a definition error: each block becomes the upgrade of a revision file, compiled by the same
 * pipeline as a user's scripts and run against the recorder. (What each example builds on a database is the dialect
 * contracts' business; an example that names a method the API does not have, or that the DSL refuses, fails here.)
 */
class ReadmeDslExamplesTest {
    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path dir;

    /** The {@code java} blocks between the headings "### The DSL" and the next heading of that level or above. */
    static List<String> dslBlocks() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n### The DSL\n");
        assertThat(start).as("README has a section '### The DSL'").isNotNegative();
        int end = readme.indexOf("\n### ", start + 1);
        int chapter = readme.indexOf("\n## ", start + 1);
        end = end < 0 || chapter >= 0 && chapter < end ? chapter : end;
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n", -1)) {
            if (block == null && line.equals("```java")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append("        ").append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void everyDslExampleCompilesAndRecordsOperations() throws Exception {
        List<String> blocks = dslBlocks();
        assertThat(blocks).as("the section's java examples").hasSizeGreaterThanOrEqualTo(5);
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 0; i < blocks.size(); i++) {
            Files.writeString(folder.resolve("example_" + i + ".java"), """
                    import io.loquent.api.*;
                    import io.loquent.api.schema.TableConstraint.Deferral;
                    import java.util.List;
                    import static io.loquent.api.Types.*;

                    @Revision(id = "readme%1$d", message = "README example %1$d")
                    public final class Example%1$d implements MigrationScript {
                        @Override public void upgrade(Op op) {
                    %2$s    }
                        @Override public void downgrade(Op op) {
                        }
                    }
                    """.formatted(i, blocks.get(i)));
        }
        List<LoadedRevision> loaded = new DirectoryScripts(folder, new CompileCache(dir.resolve("cache"), "readme"))
                .load();
        assertThat(loaded).hasSize(blocks.size());
        NamingConvention naming = NamingConvention.defaults(IdentifierLimit.utf8Bytes(63));
        for (LoadedRevision revision : loaded) {
            List<Operation> recorded = new ArrayList<>();
            OperationRecorder op = new OperationRecorder(recorded::add, naming);
            Migration.bind(op, () -> revision.newScript().upgrade(op));
            assertThat(recorded).as("operations of %s", revision.info().source()).isNotEmpty();
        }
    }
}
