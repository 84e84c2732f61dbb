package io.aidfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.MentionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Gold named entities at character level, read from the usual public formats, with their
 * labels mapped to ORG, PLACE and PERSON (other labels are dropped).
 *
 * <ul>
 *   <li>{@code bio}: one character and its tag a line ({@code 中 B-ORG}), a blank line between
 *       sentences (People's Daily NER); BIOES tags are read too.</li>
 *   <li>{@code msra}: a folder (or its {@code sentences.txt}) with {@code sentences.txt}, the
 *       characters of a sentence separated by spaces, and {@code tags.txt}, their tags.</li>
 *   <li>{@code cluener}: JSON lines {@code {"text": ..., "label": {"name": {"张三": [[0, 1]]}}}},
 *       end offsets inclusive.</li>
 * </ul>
 */
public final class NerCorpus {

  /** The formats {@link #read} understands. */
  public enum Format { BIO, MSRA, CLUENER }

  /** A gold or predicted entity: {@code [start, end)} in its sentence. */
  public record Span(MentionType type, int start, int end) {
    public Span {
      Objects.requireNonNull(type, "type");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("entity span must satisfy 0 <= start < end, got [" + start + ".." + end + ")");
      }
    }
  }

  /** A sentence and its gold entities. */
  public record Sentence(String text, List<Span> entities) {
    public Sentence {
      Objects.requireNonNull(text, "text");
      entities = List.copyOf(entities);
      for (Span s : entities) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException("entity " + s + " runs past the sentence of length " + text.length());
        }
      }
    }
  }

  private NerCorpus() {}

  /** The usual label mapping of each format: PER/LOC/ORG, and CLUENER's fine-grained labels. */
  public static Map<String, MentionType> defaultLabels(Format f) {
    Map<String, MentionType> m = new LinkedHashMap<>();
    if (f == Format.CLUENER) {
      m.put("organization", MentionType.ORG);
      m.put("government", MentionType.ORG);
      m.put("company", MentionType.ORG);
      m.put("address", MentionType.PLACE);
      m.put("name", MentionType.PERSON);
    } else {
      m.put("ORG", MentionType.ORG);
      m.put("LOC", MentionType.PLACE);
      m.put("PER", MentionType.PERSON);
      m.put("NT", MentionType.ORG);
      m.put("NS", MentionType.PLACE);
      m.put("NR", MentionType.PERSON);
    }
    return m;
  }

  public static Format format(String name) {
    try {
      return Format.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown NER format '" + name + "': use bio, msra or cluener");
    }
  }

  /** Reads a gold file; labels missing from {@code labels} are dropped. */
  public static List<Sentence> read(Path file, Format format, Map<String, MentionType> labels) throws IOException {
    return switch (format) {
      case BIO -> readBio(file, labels);
      case MSRA -> readMsra(file, labels);
      case CLUENER -> readCluener(file, labels);
    };
  }

  private static List<Sentence> readBio(Path file, Map<String, MentionType> labels) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> tags = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String l = line.strip();
      if (l.isEmpty()) {
        flush(text, tags, labels, out);
        continue;
      }
      String[] f = l.split("\\s+");
      if (f.length != 2 || f[0].codePointCount(0, f[0].length()) != 1) {
        throw new IOException(file + ":" + n + ": expected 'CHARACTER TAG', got '" + line + "'");
      }
      text.append(f[0]);
      for (int i = 0; i < f[0].length(); i++) {
        tags.add(i == 0 ? f[1] : continuation(f[1]));
      }
    }
    flush(text, tags, labels, out);
    return out;
  }

  private static String continuation(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? "I" + tag.substring(1) : tag;
  }

  private static void flush(StringBuilder text, List<String> tags, Map<String, MentionType> labels, List<Sentence> out) {
    if (text.length() > 0) {
      out.add(new Sentence(text.toString(), spans(tags, labels)));
    }
    text.setLength(0);
    tags.clear();
  }

  private static List<Sentence> readMsra(Path file, Map<String, MentionType> labels) throws IOException {
    Path dir = Files.isDirectory(file) ? file : file.getParent();
    Path sentences = dir.resolve("sentences.txt");
    Path tagFile = dir.resolve("tags.txt");
    List<String> s = Files.readAllLines(sentences, StandardCharsets.UTF_8);
    List<String> t = Files.readAllLines(tagFile, StandardCharsets.UTF_8);
    if (s.size() != t.size()) {
      throw new IOException(sentences + " has " + s.size() + " lines but " + tagFile + " has " + t.size());
    }
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).isBlank()) {
        continue;
      }
      String[] chars = s.get(i).strip().split("\\s+");
      String[] tg = t.get(i).strip().split("\\s+");
      if (chars.length != tg.length) {
        throw new IOException(sentences + ":" + (i + 1) + ": " + chars.length + " characters but " + tg.length + " tags");
      }
      StringBuilder text = new StringBuilder();
      List<String> tags = new ArrayList<>();
      for (int k = 0; k < chars.length; k++) {
        text.append(chars[k]);
        for (int c = 0; c < chars[k].length(); c++) {
          tags.add(c == 0 ? tg[k] : continuation(tg[k]));
        }
      }
      out.add(new Sentence(text.toString(), spans(tags, labels)));
    }
    return out;
  }

  /** Spans of BIO/BIOES tags; an I- after O or another type starts a new entity. */
  static List<Span> spans(List<String> tags, Map<String, MentionType> labels) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      char p = tag.isEmpty() ? 'O' : tag.charAt(0);
      String label = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
      boolean continues = (p == 'I' || p == 'E' || p == 'M') && label != null && label.equals(type);
      if (!continues) {
        if (type != null) {
          add(out, type, start, i, labels);
        }
        type = null;
        if (label != null && p != 'O') {
          type = label;
          start = i;
        }
      }
      if (type != null && (p == 'E' || p == 'S')) {
        add(out, type, start, i + 1, labels);
        type = null;
      }
    }
    return out;
  }

  private static void add(List<Span> out, String label, int start, int end, Map<String, MentionType> labels) {
    MentionType t = labels.get(label);
    if (t != null) {
      out.add(new Span(t, start, end));
    }
  }

  private static List<Sentence> readCluener(Path file, Map<String, MentionType> labels) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Sentence> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ":" + n + ": not a JSON object: " + e.getOriginalMessage());
      }
      String text = node.path("text").asText(null);
      if (text == null) {
        throw new IOException(file + ":" + n + ": no \"text\" field");
      }
      List<Span> spans = new ArrayList<>();
      JsonNode label = node.path("label");
      for (Iterator<Map.Entry<String, JsonNode>> it = label.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        MentionType t = labels.get(e.getKey());
        if (t == null) {
          continue;
        }
        for (Iterator<JsonNode> ranges = e.getValue().elements(); ranges.hasNext(); ) {
          for (JsonNode r : ranges.next()) {
            spans.add(new Span(t, r.get(0).asInt(), r.get(1).asInt() + 1));
          }
        }
      }
      spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
      out.add(new Sentence(text, spans));
    }
    return out;
  }
}
