package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.lang.reflect.InvocationTargetException;

/** A revision with the class that performs it. */
public record LoadedRevision(RevisionInfo info, Class<? extends MigrationScript> type) {

    /** A fresh instance of the script. */
    public MigrationScript newScript() {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new ScriptException(info.source() + ": the constructor of " + type.getName() + " threw "
                    + e.getCause(), "Fix the script's constructor", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ScriptException(info.source() + ": cannot instantiate " + type.getName() + " (" + e + ")",
                    "Give the script a public no-argument constructor", e);
        }
    }
}
