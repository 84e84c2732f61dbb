package io.aidfacts.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Province-level divisions (GB/T 2260, two-digit codes) and the names news uses for them, from
 * the bundled {@code provinces.tsv}; and the administrative code arithmetic the place search
 * relies on.
 */
public final class Provinces {

  private static final String RESOURCE = "provinces.tsv";

  private Provinces() {}

  private static final class Holder {
    static final Map<String, String> CODE_BY_NAME;
    static final Map<String, String> NAME_BY_CODE;

    static {
      Map<String, String> byName = new HashMap<>();
      Map<String, String> byCode = new HashMap<>();
      InputStream in = Provinces.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled resource io/aidfacts/index/" + RESOURCE
            + " is missing from the classpath; rebuild the jar");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          byCode.put(f[0], f[1]);
          byName.put(f[1], f[0]);
          if (f.length > 2) {
            for (String s : f[2].split(",")) {
              byName.put(s, f[0]);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
      }
      CODE_BY_NAME = Map.copyOf(byName);
      NAME_BY_CODE = Map.copyOf(byCode);
    }
  }

  /** The two-digit code of a province named in full or short form ({@code 贵州}, {@code 贵州省}). */
  public static Optional<String> codeOf(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(Holder.CODE_BY_NAME.get(ChineseFoldingCharFilter.fold(name.strip())));
  }

  /** The full name of the province with this two-digit code. */
  public static Optional<String> nameOf(String code) {
    return code == null || code.length() < 2 ? Optional.empty()
        : Optional.ofNullable(Holder.NAME_BY_CODE.get(code.substring(0, 2)));
  }

  /**
   * A division code without the zero padding of its level: {@code 520000} -> {@code 52},
   * {@code 520200} -> {@code 5202}, {@code 520203} stays, {@code 520203100000} -> {@code 520203100}.
   * Codes at every level are then prefixes of the codes below them.
   */
  public static String significant(String code) {
    String c = code;
    if (c.length() == 12 && c.endsWith("000")) {
      c = c.substring(0, 9);
    }
    if (c.length() == 9 && c.endsWith("000")) {
      c = c.substring(0, 6);
    }
    if (c.length() == 6 && c.endsWith("00")) {
      c = c.substring(0, 4);
    }
    if (c.length() == 4 && c.endsWith("00")) {
      c = c.substring(0, 2);
    }
    return c;
  }

  /** Whether {@code s} is a division code: 2, 4, 6, 9 or 12 digits. */
  public static boolean isCode(String s) {
    int n = s.length();
    return (n == 2 || n == 4 || n == 6 || n == 9 || n == 12) && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
