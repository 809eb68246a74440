package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words, as every supported database spells them. */
    public String sql() {
        return sql;
    }

    /** Parses {@code "cascade"}, {@code "SET NULL"}, {@code "set_null"} and the like; anything else is refused. */
    public static ReferentialAction parse(String text) {
        if (text == null) {
            throw new DefinitionException("a referential action cannot be null");
        }
        String normal = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normal)) {
                return action;
            }
        }
        throw new DefinitionException("unknown referential action '" + text
                + "'; use CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION");
    }
}
