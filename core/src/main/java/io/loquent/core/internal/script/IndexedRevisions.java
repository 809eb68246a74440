package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The revisions a scripts folder's {@link RevisionIndex} still vouches for: those whose cache entry is still there.
 * Their classes are defined by one loader, from the cache, when a revision first runs.
 */
final class IndexedRevisions {
    private final CompileCache cache;
    private final RevisionIndex index;
    private final Set<String> entries;
    private final String prefix;
    private final Map<String, ScriptClassLoader.ClassBytes> classes = new HashMap<>();
    private final ScriptClassLoader loader = new ScriptClassLoader(classes, MigrationScript.class.getClassLoader());

    /** @param prefix how messages name the scripts folder, with a separator ({@code migrations/}), or empty */
    IndexedRevisions(CompileCache cache, RevisionIndex index, String prefix) {
        this.cache = cache;
        this.index = index;
        this.entries = index.isEmpty() ? Set.of() : cache.entries(); // one listing, not a stat per entry
        this.prefix = prefix;
    }

    /**
     * The revision of the file {@code name} whose text has {@code checksum}, or null when the index does not declare
     * it or the cache lost its classes; its classes are claimed in {@code owners}, as
     * {@link DirectoryScripts#claim} does.
     */
    LoadedRevision find(String name, String checksum, Map<String, String> owners) {
        RevisionIndex.Declared d = index.declared(checksum);
        if (d == null || !entries.contains(d.entry())) {
            return null;
        }
        String display = prefix + name; // ScriptFile.display(path), without resolving each path again
        for (String c : d.classes()) {
            DirectoryScripts.claim(owners, c, display);
            classes.put(c, () -> cache.classBytes(d.entry(), c));
        }
        // Checked by Declaration when the entry was made, and keyed by content: no need to check it again.
        RevisionInfo info = new RevisionInfo(d.id(), d.down(), d.labels(), d.dependsOn(), d.message(), display,
                checksum);
        Supplier<Class<? extends MigrationScript>> type = new Supplier<>() {
            private Class<? extends MigrationScript> defined;

            @Override
            public synchronized Class<? extends MigrationScript> get() {
                if (defined == null) {
                    defined = scriptClass(d.className(), display);
                }
                return defined;
            }
        };
        return new LoadedRevision(info, d.className(), Map.of(), () -> LoadedRevision.instantiate(type.get(), display));
    }

    private Class<? extends MigrationScript> scriptClass(String name, String display) {
        try {
            return Class.forName(name, false, loader).asSubclass(MigrationScript.class);
        } catch (ClassNotFoundException | LinkageError | ClassCastException e) {
            throw new ScriptException(display + ": cannot load class " + name + " from the compile cache ("
                    + ScriptLocation.reason(e) + ")", "Delete the compile cache folder and run again", e);
        }
    }
}
