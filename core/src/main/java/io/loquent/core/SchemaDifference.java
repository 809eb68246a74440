package io.loquent.core;

/**
 * One way in which the database differs from the entity model, as {@code check} lists it and autogenerate writes it.
 *
 * @param summary   one line: {@code users.email: length 255 in the model, 120 in the database}
 * @param note      a warning about the change autogenerate writes for it (a detected rename to check), or null
 * @param generated whether autogenerate writes operations for it; false for what no operation expresses, which is
 *                  left to be changed by hand
 */
public record SchemaDifference(String summary, String note, boolean generated) {
    @Override
    public String toString() {
        return summary;
    }
}
