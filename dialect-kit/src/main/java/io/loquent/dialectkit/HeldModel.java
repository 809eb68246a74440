package io.loquent.dialectkit;

import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelRequest;
import io.loquent.api.model.ModelSource;
import io.loquent.api.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entity model of {@link AutogenerateContract}, so that no JPA provider is involved: it returns the schema a
 * test holds here, whatever the request names. Public only because {@link java.util.ServiceLoader} instantiates
 * it; it is registered in a class loader of the test's own ({@link #loader}), never in the kit's jar, so that it
 * cannot stand in for a real model source on a user's class path.
 */
public final class HeldModel implements ModelSource {
    private static volatile MappedModel held = MappedModel.of(Schema.EMPTY);

    /** Makes {@code schema} the model every following read returns. */
    static void hold(Schema schema) {
        held = MappedModel.of(schema);
    }

    /** The model held now. */
    static Schema held() {
        return held.schema();
    }

    /** A class loader over {@code parent} in which this is the model source, registered in {@code folder}. */
    static ClassLoader loader(Path folder, ClassLoader parent) {
        Path services = folder.resolve("META-INF/services/" + ModelSource.class.getName());
        try {
            Files.createDirectories(services.getParent());
            Files.writeString(services, HeldModel.class.getName() + "\n");
            return new URLClassLoader(new URL[] {folder.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "held";
    }

    @Override
    public MappedModel read(ModelRequest request) {
        return held;
    }
}
