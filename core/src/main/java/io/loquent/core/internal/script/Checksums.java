package io.loquent.core.internal.script;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums as stored in the history table: an algorithm prefix, so that the definition can change without invalidating old rows. */
public final class Checksums {
    /** The prefix of a source file's checksum, and of a class-path revision's checksum before {@code ops1:}. */
    static final String SHA256 = "sha256:";

    private Checksums() {
    }

    /** {@code sha256:} followed by the lower-case hex digest of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return SHA256 + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
