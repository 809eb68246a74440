package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written revision, compiled and run, records exactly the operations of the changes it was written from. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyOperationTypeAndOptionRecordsTheSameOperationsInOrder() {
        List<Change> changes = Samples.all();
        RoundTrip.Revision revision = RoundTrip.run(dir, Samples.NAMING, Map.of("autogenerate", changes)).get(0);

        assertThat(revision.upgrade()).containsExactlyElementsOf(RoundTrip.upgradeOf(changes));
        assertThat(revision.downgrade()).containsExactlyElementsOf(RoundTrip.downgradeOf(changes));
    }

    @Test
    void eachChangeAloneRoundTrips() {
        Map<String, List<Change>> revisions = new LinkedHashMap<>();
        List<Change> all = Samples.all();
        for (int i = 0; i < all.size(); i++) {
            revisions.put("change " + i, List.of(all.get(i)));
        }
        List<RoundTrip.Revision> written = RoundTrip.run(dir, Samples.NAMING, revisions);
        for (int i = 0; i < all.size(); i++) {
            assertThat(written.get(i).upgrade()).as(written.get(i).source()).isEqualTo(all.get(i).upgrade());
            assertThat(written.get(i).downgrade()).as(written.get(i).source()).isEqualTo(all.get(i).downgrade());
        }
    }
}
