package io.secweb.core.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic document ids: the same input always yields the same id, so a retry overwrites instead of duplicating. */
public final class DocumentIds {
    private DocumentIds() {}

    /** sha-1 (hex) of the parts joined by a separator that cannot occur in them. */
    public static String sha1(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            for (String p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
