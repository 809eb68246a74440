package io.loquent.jpa;

import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The library fixture's model, read once per database for the tests that only look at it. */
final class LibraryModels {
    static final String PACKAGE = "io.loquent.jpa.fixtures.library";
    private static final Map<String, MappedModel> READ = new ConcurrentHashMap<>();

    private LibraryModels() {
    }

    static MappedModel of(String database) {
        return READ.computeIfAbsent(database, d -> new JpaModelSource().read(packages(d, PACKAGE)));
    }

    static ModelRequest packages(String database, String... packages) {
        return new ModelRequest(LibraryModels.class.getClassLoader(), List.of(), List.of(packages), null,
                new TestNaming(), database);
    }

    static ModelRequest classes(String database, Class<?>... classes) {
        return new ModelRequest(LibraryModels.class.getClassLoader(), List.of(classes), List.of(), null,
                new TestNaming(), database);
    }

    static ModelRequest unit(String database, String unit) {
        return new ModelRequest(LibraryModels.class.getClassLoader(), List.of(), List.of(), unit, new TestNaming(),
                database);
    }
}
