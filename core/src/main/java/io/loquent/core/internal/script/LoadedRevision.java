package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A revision with the class that performs it.
 *
 * @param typeName the binary name of the class that performs it; for a {@code .sql} revision, {@link SqlScript}'s.
 *                 A revision from a scripts folder defines its class only when {@code scripts} is first asked.
 * @param earlier the earlier checksum definitions still recognised in history rows, by prefix: a class-path
 *                revision's class-byte checksum ({@code sha256:}) from before {@code ops1:}
 * @param scripts makes a fresh instance of the script for each run
 */
public record LoadedRevision(RevisionInfo info, String typeName, Map<String, Supplier<String>> earlier,
                             Supplier<MigrationScript> scripts) {
    public LoadedRevision {
        earlier = Map.copyOf(earlier);
    }

    /** A revision performed by a fresh instance of {@code type} each time. */
    public LoadedRevision(RevisionInfo info, Class<? extends MigrationScript> type,
                          Map<String, Supplier<String>> earlier) {
        this(info, type.getName(), earlier, () -> instantiate(type, info.source()));
    }

    /** A revision whose checksum has only its current definition. */
    public LoadedRevision(RevisionInfo info, Class<? extends MigrationScript> type) {
        this(info, type, Map.of());
    }

    /** A fresh instance of the script. */
    public MigrationScript newScript() {
        return scripts.get();
    }

    /**
     * This revision's checksum computed the way {@code recorded} was: by the earlier definition its prefix names, or
     * else the current one. Equal to {@code recorded} exactly when the script is unchanged since.
     */
    public String checksumLike(String recorded) {
        for (Map.Entry<String, Supplier<String>> e : earlier.entrySet()) {
            if (recorded.startsWith(e.getKey())) {
                return e.getValue().get();
            }
        }
        return info.checksum();
    }

    /** A fresh instance of {@code type}; a failing static or instance initialiser is reported with its cause and line. */
    static MigrationScript instantiate(Class<? extends MigrationScript> type, String source) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ScriptException(ScriptLocation.of(type, source, cause) + ": the static initialiser of "
                    + type.getSimpleName() + " failed: " + ScriptLocation.reason(cause),
                    "Fix the script's static fields or static block", cause);
        } catch (InvocationTargetException e) {
            throw new ScriptException(ScriptLocation.of(type, source, e.getCause()) + ": the constructor of "
                    + type.getSimpleName() + " failed: " + ScriptLocation.reason(e.getCause()),
                    "Fix the script's constructor or field initialisers", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new ScriptException(source + ": cannot instantiate " + type.getSimpleName() + " ("
                    + ScriptLocation.reason(e) + ")", "Give the script a public no-argument constructor", e);
        }
    }
}
