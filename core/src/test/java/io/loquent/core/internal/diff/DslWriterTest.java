package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DslWriterTest {
    private final DslWriter writer = new DslWriter(Samples.NAMING);

    @Test
    void noChangesWriteEmptyBodies() {
        assertThat(writer.write(List.of())).isEqualTo(io.loquent.core.internal.script.RevisionBody.EMPTY);
    }
}
