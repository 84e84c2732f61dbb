package io.aidfacts.extract;

/**
 * HanLP's part-of-speech tags as bits, computed once per word: the entity rules ask each word
 * a dozen questions about its tag ({@code startsWith("ns")}, {@code equals("nnt")}), and asked
 * of the tag string every time they cost a tenth of the recognizer. A {@code P_} bit is a tag
 * starting with that prefix, an {@code E_} bit a tag equal to it.
 */
final class Tags {

  private Tags() {}

  static final long P_N = 1L;
  static final long P_NS = 1L << 1;
  static final long P_NT = 1L << 2;
  static final long P_NR = 1L << 3;
  static final long P_V = 1L << 4;
  static final long P_M = 1L << 5;
  static final long P_Q = 1L << 6;
  static final long P_W = 1L << 7;
  static final long P_P = 1L << 8;
  static final long P_C = 1L << 9;
  static final long P_U = 1L << 10;
  static final long P_R = 1L << 11;
  static final long P_D = 1L << 12;
  static final long P_T = 1L << 13;
  static final long P_A = 1L << 14;

  static final long E_N = 1L << 20;
  static final long E_NR = 1L << 21;
  static final long E_NRF = 1L << 22;
  static final long E_NZ = 1L << 23;
  static final long E_NG = 1L << 24;
  static final long E_NIS = 1L << 25;
  static final long E_NNT = 1L << 26;
  static final long E_NX = 1L << 27;
  static final long E_J = 1L << 28;
  static final long E_B = 1L << 29;
  static final long E_GI = 1L << 30;
  static final long E_G = 1L << 31;
  static final long E_Y = 1L << 32;
  static final long E_E = 1L << 33;
  static final long E_O = 1L << 34;
  static final long E_X = 1L << 35;
  static final long E_RR = 1L << 36;
  static final long E_VN = 1L << 37;

  /** The bits of {@code tag}. */
  static long of(String tag) {
    if (tag.isEmpty()) {
      return 0;
    }
    long f = switch (tag.charAt(0)) {
      case 'n' -> P_N | (tag.length() < 2 ? 0 : switch (tag.charAt(1)) {
        case 's' -> P_NS;
        case 't' -> P_NT;
        case 'r' -> P_NR;
        default -> 0;
      });
      case 'v' -> P_V;
      case 'm' -> P_M;
      case 'q' -> P_Q;
      case 'w' -> P_W;
      case 'p' -> P_P;
      case 'c' -> P_C;
      case 'u' -> P_U;
      case 'r' -> P_R;
      case 'd' -> P_D;
      case 't' -> P_T;
      case 'a' -> P_A;
      default -> 0;
    };
    // Exact tags by their characters: the segmenter's tag strings are fresh, and a switch on
    // them would hash each one.
    int n = tag.length();
    char c0 = tag.charAt(0);
    if (n == 1) {
      return f | switch (c0) {
        case 'n' -> E_N;
        case 'j' -> E_J;
        case 'b' -> E_B;
        case 'g' -> E_G;
        case 'y' -> E_Y;
        case 'e' -> E_E;
        case 'o' -> E_O;
        case 'x' -> E_X;
        default -> 0;
      };
    }
    char c1 = tag.charAt(1);
    if (n == 2) {
      if (c0 == 'n') {
        return f | switch (c1) {
          case 'r' -> E_NR;
          case 'z' -> E_NZ;
          case 'g' -> E_NG;
          case 'x' -> E_NX;
          default -> 0;
        };
      }
      return f | (c0 == 'g' && c1 == 'i' ? E_GI : c0 == 'r' && c1 == 'r' ? E_RR : c0 == 'v' && c1 == 'n' ? E_VN : 0);
    }
    if (n == 3 && c0 == 'n') {
      char c2 = tag.charAt(2);
      return f | (c1 == 'r' && c2 == 'f' ? E_NRF : c1 == 'i' && c2 == 's' ? E_NIS : c1 == 'n' && c2 == 't' ? E_NNT : 0);
    }
    return f;
  }
}
