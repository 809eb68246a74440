package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.core.internal.dsl.NamingConvention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the changes, the revision written from them compiles and records exactly their operations. */
class RoundTripPropertiesTest {
    /** A convention of its own, with the check's name in the middle and a limit that cuts long names. */
    private static final NamingConvention NAMING = NamingConvention.of(Map.of("ck", "chk_%name_of_%table",
            "fk", "%table_%columns_fkey"), IdentifierLimit.utf8Bytes(63));

    @Provide
    Arbitrary<List<Change>> changes() {
        return new RandomChanges(NAMING).changes();
    }

    @Provide
    Arbitrary<List<Change>> changesUnderTheDefaults() {
        return new RandomChanges(Samples.NAMING).changes();
    }

    /** One javac run per try. */
    @Property(tries = 60)
    void aWrittenRevisionRecordsTheChangesOperations(@ForAll("changes") List<Change> changes) throws IOException {
        check(NAMING, changes);
    }

    @Property(tries = 30)
    void soItDoesUnderTheDefaultConvention(@ForAll("changesUnderTheDefaults") List<Change> changes)
            throws IOException {
        check(Samples.NAMING, changes);
    }

    private static void check(NamingConvention naming, List<Change> changes) throws IOException {
        Path dir = Files.createTempDirectory("loquent-dsl-writer");
        try {
            RoundTrip.Revision revision = RoundTrip.run(dir, naming, Map.of(changes.get(0).summary(), changes)).get(0);
            assertThat(revision.message()).isEqualTo(changes.get(0).summary());
            assertThat(revision.upgrade()).as(revision.source()).isEqualTo(RoundTrip.upgradeOf(changes));
            assertThat(revision.downgrade()).as(revision.source()).isEqualTo(RoundTrip.downgradeOf(changes));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
