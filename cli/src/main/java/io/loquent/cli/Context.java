package io.loquent.cli;

import io.loquent.core.Loquent;
import java.util.function.Function;

/** What a command needs: a {@link Loquent} built from the global options, and the printer. */
record Context(Function<Boolean, Loquent> factory, Printer printer) {
    Loquent loquent() {
        return factory.apply(false);
    }

    /** A {@link Loquent} that runs even when applied scripts have changed ({@code --ignore-checksums}). */
    Loquent loquentIgnoringChecksums() {
        return factory.apply(true);
    }
}
