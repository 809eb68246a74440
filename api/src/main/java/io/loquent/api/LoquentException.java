package io.loquent.api;

/**
 * The root of every error Loquent raises on purpose. Its message is written for a person: what failed, where, and
 * what to do next, in the reader's terms (a call in library use, a command on the command line); subclasses carry the
 * same facts as fields for programs.
 */
public class LoquentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoquentException(String message) {
        super(message);
    }

    public LoquentException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The message, with its advice in the reader's terms: in library use a command such as
     * {@code 'loquent stamp current'} reads as the call that does the same, {@code loquent.stamp("current", false)}.
     */
    @Override
    public String getMessage() {
        return Wording.of(super.getMessage());
    }

    /**
     * Makes every message name the command line's commands, as they are written. For the command line's
     * {@code main}, once, before anything runs; a library never calls it.
     */
    public static void useCommandLineWording() {
        Wording.useCommandLine();
    }
}
