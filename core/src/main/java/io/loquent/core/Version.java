package io.loquent.core;

/** Loquent's own version, read from the jar manifest ({@code dev} when running from classes). */
public final class Version {
    public static final String LOQUENT = read();

    private Version() {
    }

    private static String read() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
