package io.loquent.dialect.sqlite.internal;

/** SQL text from the catalogue that the rebuild could not read; the message says what and where. */
final class SqlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlSyntaxException(String message) {
        super(message);
    }
}
