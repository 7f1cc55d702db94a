package vn.dxportal.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content hashes: a file or a rendered page is "changed" when its SHA-256 differs. */
final class Hashes {
    private Hashes() {}

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
