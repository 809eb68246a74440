package io.loquent.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.acme.broken.AddTags;
import com.acme.migrations.CreateAuthors;
import com.acme.migrations.CreateBooks;
import com.acme.model.Author;
import com.acme.model.Book;
import io.loquent.core.Loquent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Testing your migrations" says what the build runs: its example test is {@code com.acme.LibraryMigrationsTest}
 * character for character, its Maven snippet names artifacts the BOM lists, and its failure messages are what the kit
 * prints for {@code com.acme.broken.AddTags}.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Testing your migrations\n");
        assertThat(start).as("the README's section 'Testing your migrations'").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The fenced blocks of {@code kind} ({@code java}, {@code xml}, or empty for plain text) in the section. */
    private static List<String> blocks(String kind) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        String open = null;
        for (String line : section().split("\n", -1)) {
            if (block == null && line.startsWith("```")) {
                block = new StringBuilder();
                open = line.substring(3);
            } else if (block != null && line.equals("```")) {
                if (open.equals(kind)) {
                    blocks.add(block.toString());
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void theExampleIsTheTestTheBuildRuns() throws IOException {
        assertThat(blocks("java")).containsExactly(
                Files.readString(Path.of("src/test/java/com/acme/LibraryMigrationsTest.java")));
    }

    @Test
    void theMavenSnippetNamesArtifactsOfTheBom() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String version = Files.readString(ROOT.resolve("pom.xml")).replaceAll("(?s).*?<version>([^<]+)</version>.*",
                "$1");
        String xml = blocks("xml").get(0);
        assertThat(xml).contains("<version>" + version + "</version>");
        Matcher m = Pattern.compile("<artifactId>(loquent-[a-z-]+)</artifactId>").matcher(xml);
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).contains("loquent-bom", "loquent-test-kit");
        named.stream().filter(a -> !a.equals("loquent-bom"))
                .forEach(a -> assertThat(bom).as(a).contains("<artifactId>" + a + "</artifactId>"));
    }

    @Test
    void theFailureMessagesAreTheKitsOwn() throws IOException {
        List<String> printed = new ArrayList<>();
        printed.add(failure(MigrationTests::assertSingleHead, broken("heads.db")));
        printed.add(failure(MigrationTests::assertStairway, broken("stairway.db")));
        printed.add(failure(MigrationTests::assertDowngradeToBaseLeavesNothing, broken("base.db")));
        printed.add(failure(MigrationTests::assertModelsMatch, Loquent.configure().url(url("models.db"))
                .scriptClasses(CreateAuthors.class, CreateBooks.class).models(Author.class, Book.class).load()));
        assertThat(blocks("").get(0).lines().toList()).isEqualTo(printed);
    }

    private Loquent broken(String file) {
        return Loquent.configure().url(url(file)).scriptClasses(CreateAuthors.class, CreateBooks.class, AddTags.class)
                .load();
    }

    private String url(String file) {
        return "jdbc:sqlite:" + dir.resolve(file);
    }

    private static String failure(Consumer<Loquent> check, Loquent loquent) {
        Throwable thrown = catchThrowable(() -> check.accept(loquent));
        assertThat(thrown).isInstanceOf(AssertionError.class);
        return thrown.getMessage();
    }
}
