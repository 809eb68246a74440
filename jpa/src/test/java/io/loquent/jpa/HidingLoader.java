package io.loquent.jpa;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A class loader that delegates to its parent but hides one package's classes and files, so that a child loader
 * can serve them from a jar as an application's class loader would.
 */
final class HidingLoader extends ClassLoader {
    private final String hiddenPackage;
    private final String hiddenPath;

    HidingLoader(ClassLoader parent, String hiddenPackage) {
        super(parent);
        this.hiddenPackage = hiddenPackage + ".";
        this.hiddenPath = hiddenPackage.replace('.', '/');
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPackage)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(hiddenPath) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(hiddenPath) ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
