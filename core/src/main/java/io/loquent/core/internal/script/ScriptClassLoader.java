package io.loquent.core.internal.script;

import java.io.IOException;
import java.util.Map;

/**
 * Defines compiled revision classes, reading each one's bytes only when it is first asked for (from memory, or from
 * the compile cache); its parent is the loader of loquent-api.
 */
final class ScriptClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Where a class's bytes come from. */
    @FunctionalInterface
    interface ClassBytes {
        byte[] read() throws IOException;
    }

    private final Map<String, ClassBytes> classes;

    ScriptClassLoader(Map<String, ClassBytes> classes, ClassLoader parent) {
        super("loquent-scripts", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        ClassBytes source = classes.get(name);
        if (source == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (" + IoReason.of(e) + ")", e);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
