package io.loquent.core.internal.script;

import java.nio.file.Path;

/** Where in a script an exception came from, and why, for messages that point at the script's own line. */
final class ScriptLocation {
    private ScriptLocation() {
    }

    /**
     * {@code source:line} for a revision file ({@code migrations/x.java:12}); {@code class (File.java:12)} for a
     * class-path revision; {@code source} alone when the class has no line numbers (compiled with {@code -g:none}).
     */
    static String of(Class<?> type, String source, Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String name = frame.getClassName();
            if ((name.equals(type.getName()) || name.startsWith(type.getName() + "$")) && frame.getLineNumber() > 0) {
                String file = frame.getFileName();
                if (file == null || Path.of(source).getFileName().toString().equals(file)) {
                    return source + ":" + frame.getLineNumber();
                }
                return source + " (" + file + ":" + frame.getLineNumber() + ")";
            }
        }
        return source;
    }

    /** The exception's message, or its simple type name when it has none ({@code NullPointerException}). */
    static String reason(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null || message.isBlank() ? thrown.getClass().getSimpleName() : message;
    }
}
