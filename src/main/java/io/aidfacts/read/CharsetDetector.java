package io.aidfacts.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of Chinese text from its bytes: UTF-8 (with or without BOM), UTF-16
 * with BOM, GB18030/GBK or Big5.
 *
 * <p>UTF-8 is recognised by strict decoding: multi-byte Chinese text in GBK or Big5 is almost
 * never valid UTF-8. Between GB18030 and Big5, whose byte ranges overlap, each candidate
 * decoding is scored by how many of its characters are common in that encoding's own
 * tradition (the first level of GB2312 for GBK, the frequent-character block of Big5): the
 * wrong decoding yields rare characters. Thread-safe.
 */
public final class CharsetDetector {

  public static final Charset GB18030 = Charset.forName("GB18030");
  public static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset GB2312 = Charset.forName("GB2312");

  private CharsetDetector() {}

  /**
   * Decodes {@code bytes}, naming {@code source} in the error.
   *
   * @throws UnreadableInputException if the bytes are binary or valid in no supported encoding
   */
  public static Decoded decode(byte[] bytes, String source) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, source), StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, source), StandardCharsets.UTF_16BE);
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new UnreadableInputException(source,
          "binary data (a NUL byte at offset " + nul + "), not text");
    }
    String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    String gb = tryDecode(bytes, GB18030);
    String big5 = tryDecode(bytes, BIG5);
    if (gb == null && big5 == null) {
      throw new UnreadableInputException(source,
          "bytes are not valid UTF-8, GB18030/GBK or Big5; convert the file to UTF-8");
    }
    if (gb == null) {
      return new Decoded(big5, BIG5);
    }
    if (big5 == null) {
      return new Decoded(gb, GB18030);
    }
    return commonShare(big5, BIG5) > commonShare(gb, GB2312) ? new Decoded(big5, BIG5) : new Decoded(gb, GB18030);
  }

  /** Share of Chinese characters that lie in the frequent block of their encoding. */
  private static double commonShare(String text, Charset family) {
    CharsetEncoder enc = family.newEncoder();
    int han = 0;
    int common = 0;
    byte[] two = new byte[2];
    for (int i = 0; i < text.length() && han < 20_000; i++) {
      char c = text.charAt(i);
      if (c < 0x3400 || !TextNormalizer.isHan(c)) {
        continue;
      }
      han++;
      ByteBuffer out = ByteBuffer.wrap(two);
      enc.reset();
      if (!enc.encode(CharBuffer.wrap(new char[] {c}), out, true).isError() && out.position() == 2) {
        int code = ((two[0] & 0xFF) << 8) | (two[1] & 0xFF);
        boolean frequent = family == BIG5
            ? code >= 0xA440 && code <= 0xC67E
            : code >= 0xB0A1 && code <= 0xD7FE;
        if (frequent) {
          common++;
        }
      }
    }
    return han == 0 ? 0 : (double) common / han;
  }

  private static String strict(byte[] bytes, int offset, Charset cs, String source) {
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException(source,
          "has a " + cs.name() + " byte-order mark but bytes that are not " + cs.name());
    }
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
