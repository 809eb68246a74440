package io.loquent.api.model;

/**
 * Reads the schema an application's entity model maps, without a database: the tables, columns, keys, indexes and
 * sequences the application will use. Implementations are found through {@link java.util.ServiceLoader} under
 * {@code META-INF/services/io.loquent.api.model.ModelSource}; they are stateless and thread-safe.
 *
 * <p>Names are reported as the application sends them to the database, before any folding: the host applies the
 * database's own rule for unquoted identifiers (PostgreSQL folds them to lower case) so that the schema it compares
 * is the one the application's queries will find.
 */
public interface ModelSource {
    /** A short lower-case name for messages, such as {@code jpa}. */
    String name();

    /**
     * Reads the model that {@code request} names.
     *
     * @throws ModelException when the classes cannot be found or loaded, a class is not an entity, or the mapping
     *                        is rejected; the message names the class (and field) and what to do
     */
    MappedModel read(ModelRequest request);
}
