package vn.dxportal.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** The preview rewrites an output file when its fingerprint changed: equal bytes match, any edit does not. */
class HashesTest {
    private static byte[] fp(String s) {
        return Hashes.fingerprint(java.util.List.of(java.nio.ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void equalBytesHaveEqualFingerprintsAndEditsDoNot() {
        String csv = "don_vi,ky,chi_tieu,gia_tri\nhoai-kien,2023,tthc-truc-tuyen,\"89,64\"\n".repeat(1000);
        assertArrayEquals(fp(csv), fp(new String(csv)), "the same bytes");
        assertEquals(16, fp(csv).length);
        assertFalse(java.util.Arrays.equals(fp(csv), fp(csv.replaceFirst("89,64", "89,65"))), "one digit edited");
        assertFalse(java.util.Arrays.equals(fp(csv), fp(csv.replaceFirst("89,64", "64,89"))), "digits swapped");
        assertFalse(java.util.Arrays.equals(fp(csv), fp(csv + "\n")), "a byte more");
        assertFalse(java.util.Arrays.equals(fp(""), fp("\0")), "a zero byte more, from nothing");
    }
}
