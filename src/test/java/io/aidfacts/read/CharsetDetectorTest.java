package io.aidfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

  private static final String SIMPLIFIED = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书，并向100名学生捐赠学习用品。";
  private static final String TRADITIONAL = "香港愛心基金會向昭覺縣捐贈善款港幣五千萬元，用於興建學校和醫院。";

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    assertEquals(SIMPLIFIED, CharsetDetector.decode(plain, "t").text());
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    Decoded d = CharsetDetector.decode(bom, "t");
    assertEquals(SIMPLIFIED, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void readsGbk() {
    Decoded d = CharsetDetector.decode(SIMPLIFIED.getBytes(CharsetDetector.GB18030), "t");
    assertEquals(SIMPLIFIED, d.text());
    assertEquals(CharsetDetector.GB18030, d.charset());
  }

  @Test
  void readsBig5() {
    Decoded d = CharsetDetector.decode(TRADITIONAL.getBytes(CharsetDetector.BIG5), "t");
    assertEquals(TRADITIONAL, d.text());
    assertEquals(CharsetDetector.BIG5, d.charset());
  }

  @Test
  void readsTraditionalTextSavedAsGbk() {
    // GBK also encodes traditional characters; the bytes, not the script, decide.
    Decoded d = CharsetDetector.decode(TRADITIONAL.getBytes(CharsetDetector.GB18030), "t");
    assertEquals(TRADITIONAL, d.text());
  }

  @Test
  void refusesBinaryNamingTheInput() {
    UnreadableInputException e = assertThrows(UnreadableInputException.class,
        () -> CharsetDetector.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "/data/a.zip"));
    assertEquals("/data/a.zip", e.source());
    assertTrue(e.getMessage().startsWith("/data/a.zip: binary data"), e.getMessage());
  }

  @Test
  void refusesBytesValidInNoEncoding() {
    byte[] bad = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a'};
    UnreadableInputException e = assertThrows(UnreadableInputException.class,
        () -> CharsetDetector.decode(bad, "x.txt"));
    assertTrue(e.getMessage().contains("not valid UTF-8, GB18030/GBK or Big5"), e.getMessage());
  }
}
