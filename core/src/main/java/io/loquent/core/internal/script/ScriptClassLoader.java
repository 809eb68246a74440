package io.loquent.core.internal.script;

import java.util.Map;

/** Defines compiled revision classes from memory; its parent is the loader of loquent-api. */
final class ScriptClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    ScriptClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("loquent-scripts", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
