package io.aidfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * The few Python semantics {@link FactEvaluator} needs to print exactly what {@code score.py}
 * prints: {@code round}, {@code repr} of floats, {@code str} of JSON values, string order and
 * {@code str.strip}'s notion of white space. Java's own formatting differs in each (HALF_UP,
 * {@code 8.0E7}, code-unit order), which would make the two tools disagree on the same input.
 */
final class Py {

  private Py() {}

  /** Python's {@code round(x, digits)}: the exact binary value, half-even. */
  static double round(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Python's {@code f"{x:.3f}"} (and other digit counts). */
  static String fixed(double x, int digits) {
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Python's {@code repr(float)}: the shortest decimal that reads back as {@code x}. */
  static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal d = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (d.doubleValue() == x) {
        shortest = d;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    // Python switches to exponent notation when the decimal exponent is < -4 or >= 16.
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent < -4 || exponent >= 16) {
      String digits = shortest.unscaledValue().abs().toString();
      StringBuilder b = new StringBuilder();
      if (shortest.signum() < 0) {
        b.append('-');
      }
      b.append(digits.charAt(0));
      if (digits.length() > 1) {
        b.append('.').append(digits, 1, digits.length());
      }
      b.append('e').append(exponent < 0 ? '-' : '+');
      int e = Math.abs(exponent);
      b.append(e < 10 ? "0" + e : Integer.toString(e));
      return b.toString();
    }
    String plain = shortest.toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }

  /** Python's {@code str()} of a value read by {@code json.loads} ({@code None} for null or absent). */
  static String str(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "None";
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return repr(v);
  }

  /** Python's {@code repr()} of a JSON value, as inside a printed dict or list. */
  static String repr(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return repr(v.doubleValue());
    }
    if (v.isTextual()) {
      return quote(v.textValue());
    }
    StringBuilder b = new StringBuilder();
    if (v.isArray()) {
      b.append('[');
      for (int i = 0; i < v.size(); i++) {
        b.append(i > 0 ? ", " : "").append(repr(v.get(i)));
      }
      return b.append(']').toString();
    }
    b.append('{');
    Iterator<Map.Entry<String, JsonNode>> it = v.fields();
    boolean first = true;
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      b.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(repr(e.getValue()));
      first = false;
    }
    return b.append('}').toString();
  }

  private static String quote(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2).append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c == q) {
            b.append('\\');
          }
          b.append(c);
        }
      }
    }
    return b.append(q).toString();
  }

  /** Python's truth value of a JSON value ({@code bool(x)}). */
  static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** Python's string order: by code point, not by UTF-16 unit. */
  static final Comparator<String> ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  /** Python's {@code str.isspace} for one char (what {@code strip()} removes). */
  static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f' || c == '\u0085'
        || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028'
        || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Python's {@code len} of a string: code points. */
  static int len(String s) {
    return s.codePointCount(0, s.length());
  }
}
