package io.loquent.api.model;

import java.util.List;

/**
 * The names a model source gives to keys and indexes its model leaves unnamed: the host's naming convention, the
 * same as its DSL uses, so that a table the model maps and one a script creates carry the same names.
 */
public interface ModelNaming {
    /** The primary key's name. */
    String primaryKey(String table);

    /** A unique constraint's name. */
    String unique(String table, List<String> columns);

    /** A foreign key's name. */
    String foreignKey(String table, List<String> columns, String referencedTable);

    /** An index's name. */
    String index(String table, List<String> columns);
}
