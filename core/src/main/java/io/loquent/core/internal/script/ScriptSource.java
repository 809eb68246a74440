package io.loquent.core.internal.script;

import java.util.List;

/** Where revisions come from: a folder of {@code .java} files, or compiled classes on the class path. */
public interface ScriptSource {
    /** Every revision, in a stable order. */
    List<LoadedRevision> load();

    /** How many scripts the last {@link #load()} compiled; zero when everything came from the cache or the class path. */
    default int compiledCount() {
        return 0;
    }
}
