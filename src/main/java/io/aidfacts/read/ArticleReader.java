package io.aidfacts.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aidfacts.model.Article;
import io.aidfacts.model.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an input's bytes into {@link Article}s. The form is recognised from the content, not
 * the file name: JSON (one object, an array, or JSON Lines), HTML, or a raw page dump / plain
 * text; the encoding is detected ({@link CharsetDetector}); the script is detected and recorded.
 * Stateless and thread-safe.
 */
public final class ArticleReader {

  /** Articles longer than this are refused rather than risk the whole batch's memory. */
  public static final int MAX_BODY_CHARS = 2_000_000;

  private ArticleReader() {}

  /** Reads a file; its id is the file name without extension. */
  public static ReadBatch read(Path path) {
    String source = path.toAbsolutePath().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return ReadBatch.failed(new UnreadableInputException(source, "cannot read: " + e, e));
    }
    return read(source, idOf(path.getFileName().toString()), bytes);
  }

  /**
   * Reads the bytes of one input.
   *
   * @param source names the input in errors
   * @param id the article id when the input carries none
   */
  public static ReadBatch read(String source, String id, byte[] bytes) {
    String text;
    try {
      if (bytes.length == 0) {
        throw new UnreadableInputException(source, "empty input");
      }
      text = CharsetDetector.decode(bytes, source).text();
    } catch (UnreadableInputException e) {
      return ReadBatch.failed(e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    return readText(source, id, text);
  }

  /**
   * Reads one line of a JSON Lines input. The line is decoded on its own, so a line in a
   * broken encoding costs only itself, and the bulk reader never holds the whole file.
   *
   * @param source names the line in errors ({@code /data/a.jsonl:17})
   * @param fallbackId the id when the object has none
   */
  public static ReadBatch readJsonLine(String source, String fallbackId, byte[] line) {
    List<Article> articles = new ArrayList<>(1);
    List<UnreadableInputException> errors = new ArrayList<>(0);
    collect(() -> {
      String text = CharsetDetector.decode(line, source).text();
      if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
        text = text.substring(1);
      }
      return JsonArticleParser.parse(text, source, fallbackId);
    }, source, articles, errors);
    return new ReadBatch(articles, errors);
  }

  /** Reads already decoded text of one input. */
  public static ReadBatch readText(String source, String id, String text) {
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      return ReadBatch.failed(new UnreadableInputException(source, "empty input (only white space)"));
    }
    try {
      if (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[') {
        return readJson(source, id, text);
      }
      Article a = looksLikeHtml(trimmed)
          ? HtmlParser.parse(text, id, null)
          : PageDumpParser.parse(text, id);
      return new ReadBatch(List.of(finish(a, source)), List.of());
    } catch (UnreadableInputException e) {
      return ReadBatch.failed(e);
    } catch (RuntimeException e) {
      return ReadBatch.failed(new UnreadableInputException(source, "cannot parse: " + e, e));
    }
  }

  /** The id a file gives its article: its name without the (last, or .warc.gz-like) extension. */
  public static String idOf(String fileName) {
    String name = fileName;
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static ReadBatch readJson(String source, String id, String text) {
    String trimmed = text.strip();
    // A whole-file JSON value (an object or an array of objects), else JSON Lines.
    JsonNode parsed = null;
    try {
      parsed = JsonArticleParser.mapper().readTree(trimmed);
    } catch (JsonProcessingException e) {
      // not one JSON value: read it line by line below
    }
    final JsonNode whole = parsed;
    List<Article> articles = new ArrayList<>();
    List<UnreadableInputException> errors = new ArrayList<>();
    if (whole != null && whole.isArray()) {
      for (int i = 0; i < whole.size(); i++) {
        String where = source + "[" + i + "]";
        JsonNode element = whole.get(i);
        String fallback = id + "_" + (i + 1);
        collect(() -> JsonArticleParser.fromNode(element, where, fallback), where, articles, errors);
      }
    } else if (whole != null && whole.isObject() && trimmed.indexOf('\n') >= 0 && !isJsonLines(trimmed)) {
      collect(() -> JsonArticleParser.fromNode(whole, source, id), source, articles, errors);
    } else {
      String[] lines = text.split("\r\n|\n|\r");
      int count = 0;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        count++;
        String where = source + ":" + (i + 1);
        String fallback = id + "_" + (i + 1);
        String line = lines[i];
        collect(() -> JsonArticleParser.parse(line, where, fallback), where, articles, errors);
      }
      if (count == 1 && errors.isEmpty() && articles.size() == 1 && articles.get(0).id().equals(id + "_1")) {
        // A single-object file names its article after the file.
        Article a = articles.remove(0);
        articles.add(new Article(id, a.url(), a.title(), a.published(), a.outlet(), a.body(), a.script()));
      }
    }
    return new ReadBatch(articles, errors);
  }

  private static boolean isJsonLines(String trimmed) {
    int nl = trimmed.indexOf('\n');
    return trimmed.substring(0, nl).strip().endsWith("}");
  }

  private interface ArticleSupplier {
    Article get();
  }

  private static void collect(ArticleSupplier s, String where, List<Article> out,
      List<UnreadableInputException> errors) {
    try {
      out.add(finish(s.get(), where));
    } catch (UnreadableInputException e) {
      errors.add(e);
    } catch (RuntimeException e) {
      errors.add(new UnreadableInputException(where, e.getMessage(), e));
    }
  }

  private static Article finish(Article a, String source) {
    if (a.body().isBlank()) {
      throw new UnreadableInputException(source, "no article text found");
    }
    if (a.body().length() > MAX_BODY_CHARS) {
      throw new UnreadableInputException(source, "article body of " + a.body().length()
          + " chars exceeds the limit of " + MAX_BODY_CHARS);
    }
    Script script = ScriptTables.detect(a.body());
    return script == a.script() ? a : a.withBody(a.body(), script);
  }

  private static boolean looksLikeHtml(String trimmed) {
    String head = trimmed.substring(0, Math.min(trimmed.length(), 4096)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head") || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div")));
  }
}
