package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "Use as a library" says what this build publishes and tests: its Loquent artifacts are the BOM's, its
 * version is the build's, and each driver it names is at the version the build tests with.
 */
class ReadmeCoordinatesTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Use as a library\n");
        assertThat(start).as("the README's section 'Use as a library'").isNotNegative();
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theArtifactsAreTheBomsAndTheDriversTheBuildsVersions() throws IOException {
        String section = section();
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        List<String> artifacts = all("(loquent-[a-z-]+)", section);
        assertThat(artifacts).isNotEmpty().allSatisfy(a -> assertThat(bom).contains("<artifactId>" + a + "</artifactId>"));
        String version = parent.replaceAll("(?s).*?<version>([^<]+)</version>.*", "$1");
        assertThat(section).contains("<version>" + version + "</version>");
        for (String[] driver : new String[][] {{"org.xerial:sqlite-jdbc:", "sqlite-jdbc.version"},
                {"org.postgresql:postgresql:", "postgresql.version"},
                {"org.mariadb.jdbc:mariadb-java-client:", "mariadb.version"}}) {
            String tested = parent.replaceAll("(?s).*<" + Pattern.quote(driver[1]) + ">([^<]+)</.*", "$1");
            assertThat(section).as(driver[0]).contains(driver[0] + tested);
        }
        assertThat(section).contains("<artifactId>postgresql</artifactId>\n    <version>"
                + parent.replaceAll("(?s).*<postgresql.version>([^<]+)</.*", "$1") + "</version>");
    }
}
