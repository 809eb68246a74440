package io.loquent.jpa.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;

/**
 * The root of a persistence unit made of given classes: a URL under which nothing exists. EclipseLink opens a unit's
 * root to look for {@code META-INF/orm.xml} and {@code META-INF/eclipselink-orm.xml}; a unit of given classes maps
 * their annotations only, so its root must hold neither file (and must not be a directory EclipseLink would walk).
 */
final class NoEntries extends URLStreamHandler {
    private NoEntries() {
    }

    /** The root URL for a unit called {@code unit}. */
    static URL root(String unit) {
        try {
            return new URL(null, "loquent-model:" + unit + "/", new NoEntries());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a persistence unit root cannot be built for " + unit, e);
        }
    }

    @Override
    protected URLConnection openConnection(URL url) throws IOException {
        throw new FileNotFoundException(url + " (a unit of given classes has no files)");
    }
}
