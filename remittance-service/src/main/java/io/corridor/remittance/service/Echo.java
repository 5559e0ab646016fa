package io.corridor.remittance.service;

/**
 * A rejected value as a problem may echo it: at most {@value #MAX} characters, cut between code points. A file
 * of a thousand bad cells of a million characters each would otherwise come back as a gigabyte of problems.
 */
final class Echo {

    static final int MAX = 200;

    private Echo() {
    }

    static String of(String value) {
        if (value == null || value.length() <= MAX) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }
}
