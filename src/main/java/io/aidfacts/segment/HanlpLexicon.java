package io.aidfacts.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words a segmenter must keep whole, each with a part-of-speech tag: {@code 民进 nt},
 * {@code 中寨乡 ns}. One line per word, {@code WORD [TAG [FREQUENCY]]}, {@code #} starts a
 * comment; a word without a tag is a noun ({@code n}). Immutable.
 *
 * <p>Applied per segmenter instance (see {@link HanlpSegmenter#HanlpSegmenter(HanlpSegmenter.Mode,
 * HanlpLexicon)}), never to HanLP's JVM-wide custom dictionary, so two pipelines with different
 * lexicons do not see each other's words.
 */
public final class HanlpLexicon {

  /** A word and the tag it gets. */
  public record Entry(String word, String tag, int frequency) {
    public Entry {
      if (word == null || word.isBlank() || word.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("lexicon word must be non-empty without spaces, got '" + word + "'");
      }
      if (tag == null || !tag.matches("[a-z][a-z0-9]*")) {
        throw new IllegalArgumentException("lexicon tag of '" + word + "' must be a HanLP tag such as nt or ns, got '" + tag + "'");
      }
      if (frequency < 1) {
        throw new IllegalArgumentException("lexicon frequency of '" + word + "' must be at least 1, got " + frequency);
      }
    }
  }

  public static final HanlpLexicon EMPTY = new HanlpLexicon(List.of());

  private final List<Entry> entries;

  private HanlpLexicon(Collection<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** Parses lines of {@code WORD [TAG [FREQUENCY]]}; {@code source} names them in errors. */
  public static HanlpLexicon parse(List<String> lines, String source) {
    Map<String, Entry> out = new LinkedHashMap<>();
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length > 3) {
        throw new IllegalArgumentException(source + ":" + n + ": expected 'WORD [TAG [FREQUENCY]]', got '" + line + "'");
      }
      int freq = 1000;
      if (f.length == 3) {
        try {
          freq = Integer.parseInt(f[2]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + ":" + n + ": frequency must be a whole number, got '" + f[2] + "'");
        }
      }
      try {
        Entry e = new Entry(f[0], f.length > 1 ? f[1] : "n", freq);
        out.put(e.word(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return new HanlpLexicon(out.values());
  }

  /** Words given in code, each as {@code WORD [TAG [FREQUENCY]]}. */
  public static HanlpLexicon of(List<String> lines) {
    return parse(lines, "lexicon list");
  }

  /** Reads a UTF-8 lexicon file. */
  public static HanlpLexicon load(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
  }

  /** This lexicon followed by {@code other}; a word in both takes {@code other}'s tag. */
  public HanlpLexicon plus(HanlpLexicon other) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      out.put(e.word(), e);
    }
    for (Entry e : other.entries) {
      out.put(e.word(), e);
    }
    return new HanlpLexicon(out.values());
  }

  /** A lexicon of the given entries. */
  public static HanlpLexicon ofEntries(Collection<Entry> entries) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      out.put(e.word(), e);
    }
    return new HanlpLexicon(new ArrayList<>(out.values()));
  }
}
