package io.loquent.api.dialect;

/**
 * The longest identifier a database accepts, measured the way that database measures it: PostgreSQL counts the
 * bytes of the name in UTF-8 (63), MySQL counts characters (64), SQLite has no limit. Loquent checks every quoted
 * name against it and shortens the names it generates to it, so that the server never cuts a name short (PostgreSQL
 * truncates silently) and two long names never collide.
 *
 * @param max  the longest length allowed, in {@code unit}
 * @param unit what a length counts
 */
public record IdentifierLimit(int max, Unit unit) {
    /** No limit at all (SQLite). */
    public static final IdentifierLimit NONE = new IdentifierLimit(Integer.MAX_VALUE, Unit.CHARACTERS);

    /** What a length counts. */
    public enum Unit {
        /** Characters (Unicode code points), as MySQL counts. */
        CHARACTERS,
        /** Bytes of the name encoded in UTF-8, as PostgreSQL counts. */
        UTF8_BYTES
    }

    public IdentifierLimit {
        if (max < 1 || unit == null) {
            throw new IllegalArgumentException("an identifier limit needs a positive length and a unit");
        }
    }

    /** At most {@code max} characters. */
    public static IdentifierLimit characters(int max) {
        return new IdentifierLimit(max, Unit.CHARACTERS);
    }

    /** At most {@code max} bytes in UTF-8. */
    public static IdentifierLimit utf8Bytes(int max) {
        return new IdentifierLimit(max, Unit.UTF8_BYTES);
    }

    /** The length of {@code name} in this limit's unit. */
    public int length(String name) {
        return name.codePoints().map(this::size).sum();
    }

    /** Whether {@code name} is short enough. */
    public boolean fits(String name) {
        return length(name) <= max;
    }

    /** The longest start of {@code name} whose length is at most {@code room}, never splitting a character. */
    public String head(String name, int room) {
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            used += size(codePoint);
            if (used > room) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    /** The limit in words, for messages: {@code 63 bytes in UTF-8}, {@code 64 characters}. */
    public String describe() {
        return unit == Unit.UTF8_BYTES ? max + " bytes in UTF-8" : max + " characters";
    }

    private int size(int codePoint) {
        if (unit == Unit.CHARACTERS) {
            return 1;
        }
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
