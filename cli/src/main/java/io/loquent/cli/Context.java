package io.loquent.cli;

import io.loquent.core.Loquent;
import java.util.Map;

/** What a command needs: a {@link Loquent} built from the global options (and the command's own settings), and the printer. */
record Context(Factory factory, Printer printer) {
    /** Builds a {@link Loquent} from the global options, the command's settings by configuration key, and a choice. */
    interface Factory {
        Loquent create(Map<String, String> settings, boolean ignoreChecksums);
    }

    Loquent loquent() {
        return factory.create(Map.of(), false);
    }

    /** A {@link Loquent} with settings the command's flags give, by configuration key ({@code models}). */
    Loquent loquent(Map<String, String> settings) {
        return factory.create(settings, false);
    }

    /** A {@link Loquent} that runs even when applied scripts have changed ({@code --ignore-checksums}). */
    Loquent loquentIgnoringChecksums() {
        return factory.create(Map.of(), true);
    }
}
