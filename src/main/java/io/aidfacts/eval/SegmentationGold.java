package io.aidfacts.eval;

import io.aidfacts.read.CharsetDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads gold segmented text, one sentence a line, in UTF-8 or GB18030/GBK (detected):
 * <ul>
 *   <li>{@link Format#SPACES}: words separated by white space, as in the SIGHAN bakeoffs;
 *   <li>{@link Format#PD1998}: the People's Daily 1998 corpus, {@code word/tag} tokens, compound
 *       names in {@code [word/tag word/tag]nt} brackets (scored as their inner words, as the
 *       PKU standard does) and a leading {@code 19980101-01-001-001/m} paragraph id, dropped.
 * </ul>
 * Blank lines are skipped; every sentence keeps its line number.
 */
public final class SegmentationGold {

  /** The layouts of segmented text. */
  public enum Format {
    SPACES, PD1998, AUTO;

    /** Parses a {@code --format} value, naming the choices when it is none of them. */
    public static Format parse(String name) {
      String n = name.toLowerCase(Locale.ROOT).replace("-", "");
      return switch (n) {
        case "spaces", "sighan", "words" -> SPACES;
        case "pd1998", "pd", "pku" -> PD1998;
        case "auto" -> AUTO;
        default -> throw new IllegalArgumentException(
            "unknown segmentation format '" + name + "': use pd1998, spaces or auto");
      };
    }
  }

  private static final Pattern WHITE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern PARAGRAPH_ID = Pattern.compile("\\d{8}-\\d{2}-\\d{3}-\\d{3}/m");
  private static final Pattern TAGGED = Pattern.compile("\\[?.+/[A-Za-z]+(\\][A-Za-z]+)?");

  private SegmentationGold() {}

  /** Reads a file, naming it and the line in any error. */
  public static List<SegmentedSentence> read(Path file, Format format) throws IOException {
    String text = CharsetDetector.decode(Files.readAllBytes(file), file.toString()).text();
    try {
      return parse(text, format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses decoded text; {@link Format#AUTO} picks PD1998 when the first line is tagged. */
  public static List<SegmentedSentence> parse(String text, Format format) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (format == Format.AUTO) {
      format = detect(lines);
    }
    List<SegmentedSentence> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      String[] tokens = WHITE.split(line);
      for (int t = 0; t < tokens.length; t++) {
        String tok = tokens[t];
        if (tok.isEmpty()) {
          continue;
        }
        if (format == Format.PD1998) {
          if (t == 0 && PARAGRAPH_ID.matcher(tok).matches()) {
            continue;
          }
          tok = pdWord(tok, i + 1);
        }
        words.add(tok);
      }
      if (!words.isEmpty()) {
        out.add(SegmentedSentence.ofWords(i + 1, words));
      }
    }
    return out;
  }

  /** The word of a {@code word/tag} token, without a compound's brackets. */
  private static String pdWord(String tok, int line) {
    int slash = tok.lastIndexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("line " + line + ": token '" + tok
          + "' is not word/tag; is this People's Daily format? (try --format spaces)");
    }
    String word = tok.substring(0, slash);
    if (word.length() > 1 && word.charAt(0) == '[') {
      word = word.substring(1);
    }
    return word;
  }

  private static Format detect(String[] lines) {
    for (String l : lines) {
      String line = l.strip();
      if (!line.isEmpty()) {
        String[] tokens = WHITE.split(line);
        for (String t : tokens) {
          if (!t.isEmpty() && !TAGGED.matcher(t).matches()) {
            return Format.SPACES;
          }
        }
        return Format.PD1998;
      }
    }
    return Format.SPACES;
  }
}
