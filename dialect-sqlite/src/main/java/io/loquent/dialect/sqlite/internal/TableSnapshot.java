package io.loquent.dialect.sqlite.internal;

import java.util.List;

/**
 * Everything the rebuild reads from the database about one table before it changes anything.
 *
 * @param definition    the parsed {@code CREATE TABLE} statement
 * @param indexes       the indexes to recreate, in creation order
 * @param triggers      the table's own triggers, dropped with it and recreated, in creation order
 * @param otherTriggers triggers of other tables whose text names this table
 * @param views         views whose text names this table
 * @param children      foreign keys, in any table, that reference this table
 * @param sequence      its AUTOINCREMENT counter in {@code sqlite_sequence}, or null
 * @param rows          how many rows it holds, or null when unknown (an offline script, written before it runs)
 * @param session       the connection's settings that the rebuild depends on
 * @param scratchName   a free name for the new table while it is built
 */
public record TableSnapshot(TableDefinition definition, List<IndexInfo> indexes, List<SchemaObject> triggers,
                            List<SchemaObject> otherTriggers, List<SchemaObject> views, List<ChildKey> children,
                            Long sequence, Long rows, Session session, String scratchName) {

    /**
     * The connection's settings.
     *
     * @param foreignKeys      whether {@code PRAGMA foreign_keys} is on
     * @param legacyAlterTable whether {@code PRAGMA legacy_alter_table} is on
     * @param version          the SQLite library version, such as {@code 3.46.1}
     */
    public record Session(boolean foreignKeys, boolean legacyAlterTable, String version) {
        /** Whether the library is at least {@code major.minor}. */
        public boolean atLeast(int major, int minor) {
            String[] parts = version.split("\\.");
            int ma = Integer.parseInt(parts[0]);
            int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return ma > major || (ma == major && mi >= minor);
        }
    }

    public TableSnapshot {
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        otherTriggers = List.copyOf(otherTriggers);
        views = List.copyOf(views);
        children = List.copyOf(children);
    }

    /** The table's name as the catalogue spells it. */
    public String table() {
        return definition.name();
    }
}
