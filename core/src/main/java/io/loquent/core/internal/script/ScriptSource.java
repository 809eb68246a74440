package io.loquent.core.internal.script;

import java.util.List;

/** Where revisions come from: a folder of {@code .java} files, or compiled classes on the class path. */
public interface ScriptSource {
    /** Every revision, in a stable order. */
    List<LoadedRevision> load();

    /**
     * The repeatable revisions the last {@link #load()} found, sorted by name: {@code .sql} files with a
     * {@code -- loquent:repeatable} header, kept outside the graph. None on the class path.
     */
    default List<Repeatable> repeatables() {
        return List.of();
    }

    /** How many scripts the last {@link #load()} compiled; zero when everything came from the cache or the class path. */
    default int compiledCount() {
        return 0;
    }
}
