package io.loquent.core.internal.script;

/**
 * A repeatable revision: a {@code .sql} file with the header {@code -- loquent:repeatable name=…} and one body (a
 * view, a function, grants), outside the revision graph. Every upgrade runs it again, after the versioned revisions,
 * whenever its checksum differs from the one its last successful {@code repeat} history row recorded, as Flyway runs
 * its {@code R__} files.
 *
 * @param name     its name, unique among the repeatables; the history row's revision column
 * @param message  the header's message, or empty
 * @param source   the file and header line, as messages name it ({@code migrations/views.sql:1})
 * @param checksum {@code sha256:} of the file's normalised text
 * @param body     the SQL after the header, split into statements by the dialect it runs with
 */
public record Repeatable(String name, String message, String source, String checksum, String body) {
    /** The path a run's {@link io.loquent.core.StepResult} and the listener show for it. */
    public String describe() {
        return "repeatable " + name;
    }
}
