package io.loquent.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Advice in the reader's terms: a library caller reads the call that does what a command would. */
class WordingTest {
    @Test
    void commandsReadAsTheCallsThatDoTheSame() {
        assertThat(Wording.of("Restore the script as it was, run 'loquent stamp current' to accept the scripts as they"
                + " are now, or pass --ignore-checksums")).isEqualTo("Restore the script as it was, run"
                + " loquent.stamp(\"current\", false) to accept the scripts as they are now, or configure"
                + " ignoreChecksums(true)");
        assertThat(Wording.of("finish it with 'loquent upgrade 3f2a --resume', or run 'loquent stamp 3f2a'"))
                .isEqualTo("finish it with loquent.upgrade(\"3f2a\", true), or run loquent.stamp(\"3f2a\", false)");
        assertThat(Wording.of("Run 'loquent upgrade head' first; record one with 'loquent check --accept-drift'"))
                .isEqualTo("Run loquent.upgrade(\"head\") first; record one with loquent.acceptDrift()");
        assertThat(Wording.of("run 'loquent init' or set scripts")).isEqualTo("run Loquent.init(folder) or set scripts");
        assertThat(Wording.of("a command it does not know: 'loquent frobnicate'")).as("left as it is")
                .isEqualTo("a command it does not know: 'loquent frobnicate'");
        assertThat(Wording.of("no advice at all")).isEqualTo("no advice at all");
    }
}
