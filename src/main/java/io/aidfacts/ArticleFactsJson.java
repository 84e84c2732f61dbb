package io.aidfacts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.QuantityMention;
import io.aidfacts.model.Script;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The JSON Lines output format ({@code docs/output-format.md}): one object per article,
 * written and read back. Thread-safe.
 */
public final class ArticleFactsJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ArticleFactsJson() {}

  /**
   * Each thread's line buffer and the generator writing into it, kept between calls: a line is
   * written for every article, and a new generator, a growing {@code StringWriter} and its copy
   * into a String cost several times the line in garbage. One string of the line is all that is
   * made per call.
   */
  private static final ThreadLocal<LineBuffer> LINE = ThreadLocal.withInitial(LineBuffer::new);

  /** One line of output, without the line break. */
  public static String toJson(ArticleFacts r, boolean withBody) {
    LineBuffer line = LINE.get();
    line.length = 0;
    if (Line.writable(r)) {
      Line.write(line, r, withBody);
      String s = new String(line.chars, 0, line.length);
      line.trim();
      return s;
    }
    return toJsonByGenerator(r, withBody);
  }

  /** {@link #toJson} through Jackson's generator: the definition {@link Line} is tested against. */
  static String toJsonByGenerator(ArticleFacts r, boolean withBody) {
    LineBuffer line = LINE.get();
    line.length = 0;
    try {
      JsonGenerator g = line.generator();
      write(g, r, withBody);
      g.flush();
    } catch (IOException e) {
      line.generator = null;
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      // A generator stopped halfway is in no state to write the next line.
      line.generator = null;
      throw e;
    }
    String s = new String(line.chars, 0, line.length);
    line.trim();
    return s;
  }

  /**
   * The line {@link #write} makes through Jackson's generator, written straight into the
   * thread's buffer: the fields are fixed, so the object's punctuation is written as literals,
   * and a string is copied whole and escaped only where it holds a character Jackson escapes
   * (a control character, {@code "} or {@code \\}). Jackson writes each string through its own
   * buffer a character at a time, which was most of the time spent writing a line.
   */
  static final class Line {

    private Line() {}

    // Jackson's escapes of the characters below 0x20, '"' and '\\' (CharTypes' output table):
    // a short form where there is one, else backslash-u, 00 and two upper-case hex digits.
    private static final String[] ESCAPES = new String[128];

    static {
      for (int c = 0; c < 0x20; c++) {
        ESCAPES[c] = String.format("\\u%04X", c);
      }
      ESCAPES['\b'] = "\\b";
      ESCAPES['\t'] = "\\t";
      ESCAPES['\n'] = "\\n";
      ESCAPES['\f'] = "\\f";
      ESCAPES['\r'] = "\\r";
      ESCAPES['"'] = "\\\"";
      ESCAPES['\\'] = "\\\\";
    }

    /**
     * Whether the line holds only what is written here as Jackson writes it: a decimal whose
     * scale Jackson refuses to write plain, or a confidence that is not a finite number (which
     * Jackson writes quoted), go through the generator, which fails or writes them its way.
     */
    static boolean writable(ArticleFacts r) {
      for (Mention m : r.mentions()) {
        if (m instanceof AmountMention am && !writable(am.money())
            || m instanceof QuantityMention q && !plain(q.value())) {
          return false;
        }
      }
      for (AidFact f : r.facts()) {
        if (!Double.isFinite(f.confidence()) || f.amount() != null && !writable(f.amount().money())) {
          return false;
        }
      }
      return true;
    }

    private static boolean writable(Money m) {
      return plain(m.value()) && plain(m.max());
    }

    // GeneratorBase.MAX_BIG_DECIMAL_SCALE: beyond it Jackson will not write a decimal plain.
    private static boolean plain(BigDecimal d) {
      return d == null || Math.abs(d.scale()) <= 9999;
    }

    static void write(LineBuffer o, ArticleFacts r, boolean withBody) {
      Article a = r.article();
      o.raw("{\"id\":");
      o.str(a.id());
      o.raw(",\"url\":");
      o.str(a.url());
      o.raw(",\"title\":");
      o.str(a.title());
      o.raw(",\"published\":");
      o.str(a.published());
      o.raw(",\"outlet\":");
      o.str(a.outlet());
      o.raw(",\"script\":");
      o.str(a.script().jsonName());
      if (withBody) {
        o.raw(",\"body\":");
        o.str(a.body());
      }
      o.raw(",\"mentions\":[");
      items(o, r.mentions(), Line::mention);
      o.raw("],\"facts\":[");
      items(o, r.facts(), Line::fact);
      o.raw("]}");
    }

    /** The items of a JSON array, comma-separated, each written by {@code item}. */
    private static <T> void items(LineBuffer o, List<T> items, BiConsumer<LineBuffer, T> item) {
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          o.raw(',');
        }
        item.accept(o, items.get(i));
      }
    }

    private static void mention(LineBuffer o, Mention m) {
      o.raw("{\"type\":");
      o.str(m.type().name());
      o.raw(",\"text\":");
      o.str(m.text());
      o.raw(",\"start\":");
      o.num(m.start());
      o.raw(",\"end\":");
      o.num(m.end());
      if (m instanceof OrgMention org) {
        o.raw(",\"canonical\":");
        o.str(org.canonical());
      } else if (m instanceof PlaceMention p) {
        o.raw(",\"code\":");
        o.str(p.code());
        o.raw(",\"path\":[");
        items(o, p.path(), LineBuffer::str);
        o.raw(']');
      } else if (m instanceof AmountMention am) {
        money(o, am.money());
      } else if (m instanceof DateMention d) {
        o.raw(",\"value\":");
        o.str(d.value() == null ? null : d.value().value());
        if (d.value() != null && d.value().mod() != null) {
          o.raw(",\"mod\":");
          o.str(d.value().mod());
        }
      } else if (m instanceof QuantityMention q) {
        o.raw(",\"value\":");
        o.num(q.value());
        o.raw(",\"unit\":");
        o.str(q.unit());
        o.raw(",\"approx\":");
        o.raw(q.approx() ? "true" : "false");
      }
      o.raw('}');
    }

    private static void money(LineBuffer o, Money money) {
      o.raw(",\"value\":");
      o.num(money.value());
      o.raw(",\"currency\":");
      o.str(money.currency());
      o.raw(money.approx() ? ",\"approx\":true" : ",\"approx\":false");
      o.raw(money.inKind() ? ",\"inKind\":true" : ",\"inKind\":false");
      o.raw(money.perUnit() ? ",\"perUnit\":true" : ",\"perUnit\":false");
      if (money.max() != null) {
        o.raw(",\"max\":");
        o.num(money.max());
      }
    }

    private static void fact(LineBuffer o, AidFact f) {
      o.raw("{\"donor\":");
      o.str(f.donor());
      o.raw(",\"donorType\":");
      o.str(f.donorType() == null ? null : f.donorType().name());
      o.raw(",\"donorCanonical\":");
      o.str(f.donorCanonical());
      o.raw(",\"recipient\":");
      o.str(f.recipient());
      if (f.amount() == null) {
        o.raw(",\"amount\":null");
      } else {
        o.raw(",\"amount\":{\"text\":");
        o.str(f.amount().text());
        o.raw(",\"start\":");
        o.num(f.amount().start());
        o.raw(",\"end\":");
        o.num(f.amount().end());
        money(o, f.amount().money());
        o.raw('}');
      }
      o.raw(",\"goods\":");
      o.str(f.goods());
      o.raw(",\"category\":");
      o.str(f.category().jsonName());
      o.raw(",\"date\":");
      o.str(f.date() == null ? null : f.date().value());
      if (f.date() != null && f.date().mod() != null) {
        o.raw(",\"dateMod\":");
        o.str(f.date().mod());
      }
      o.raw(",\"place\":");
      o.str(f.place());
      o.raw(",\"placeCode\":");
      o.str(f.placeCode());
      o.raw(",\"evidence\":{\"start\":");
      o.num(f.evidence().start());
      o.raw(",\"end\":");
      o.num(f.evidence().end());
      o.raw(",\"text\":");
      o.str(f.evidenceText());
      o.raw("},\"confidence\":");
      // What Jackson writes for a finite double (writable() sends the others to it).
      o.raw(Double.toString(f.confidence()));
      if (f.partOf() >= 0) {
        o.raw(",\"partOf\":");
        o.num(f.partOf());
      }
      if (!f.coDonors().isEmpty()) {
        o.raw(",\"coDonors\":[");
        items(o, f.coDonors(), LineBuffer::str);
        o.raw(']');
      }
      o.raw('}');
    }
  }

  /** A reusable, unsynchronized character sink for {@link #toJson}; one per thread. */
  private static final class LineBuffer extends Writer {
    private static final int KEEP = 1 << 16;
    char[] chars = new char[KEEP];
    int length;
    JsonGenerator generator;

    JsonGenerator generator() throws IOException {
      if (generator == null) {
        generator = FACTORY.createGenerator(this);
        // Each line is a root value of its own: no separator between one call's and the next.
        generator.setRootValueSeparator(null);
      }
      return generator;
    }

    /** Gives back the room of an exceptionally long line, so a thread does not keep it. */
    void trim() {
      if (chars.length > KEEP) {
        chars = new char[KEEP];
      }
    }

    private void ensure(int more) {
      if (length + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
      }
    }

    void raw(String s) {
      int n = s.length();
      ensure(n);
      s.getChars(0, n, chars, length);
      length += n;
    }

    void raw(char c) {
      ensure(1);
      chars[length++] = c;
    }

    void num(int v) {
      if (v < 0) {
        raw(Integer.toString(v));
        return;
      }
      // Offsets, several per mention: their digits written in place rather than in a string.
      int digits = 1;
      for (int x = v; x >= 10; x /= 10) {
        digits++;
      }
      ensure(digits);
      for (int i = length + digits - 1; i >= length; i--) {
        chars[i] = (char) ('0' + v % 10);
        v /= 10;
      }
      length += digits;
    }

    /** A decimal as Jackson writes it with WRITE_BIGDECIMAL_AS_PLAIN (null as null). */
    void num(BigDecimal v) {
      raw(v == null ? "null" : v.toPlainString());
    }

    /** A JSON string (null as null), escaped as Jackson escapes it. */
    void str(String s) {
      if (s == null) {
        raw("null");
        return;
      }
      int n = s.length();
      ensure(n + 2);
      chars[length++] = '"';
      int from = length;
      s.getChars(0, n, chars, from);
      length += n;
      for (int i = from; i < from + n; i++) {
        char c = chars[i];
        if (c < 0x20 || c == '"' || c == '\\') {
          // Rare: the rest is written again, escaped, from the first character that needs it.
          length = i;
          escaped(s, i - from);
          break;
        }
      }
      raw('"');
    }

    private void escaped(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        String e = c < 128 ? Line.ESCAPES[c] : null;
        if (e != null) {
          raw(e);
        } else {
          raw(c);
        }
      }
    }

    @Override
    public void write(char[] c, int off, int len) {
      ensure(len);
      System.arraycopy(c, off, chars, length, len);
      length += len;
    }

    @Override
    public void write(String str, int off, int len) {
      ensure(len);
      str.getChars(off, off + len, chars, length);
      length += len;
    }

    @Override
    public void write(int c) {
      ensure(1);
      chars[length++] = (char) c;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  public static void write(JsonGenerator g, ArticleFacts r, boolean withBody) throws IOException {
    Article a = r.article();
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("script", a.script().jsonName());
    if (withBody) {
      g.writeStringField("body", a.body());
    }
    g.writeArrayFieldStart("mentions");
    for (Mention m : r.mentions()) {
      writeMention(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("facts");
    for (AidFact f : r.facts()) {
      writeFact(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", m.type().name());
    g.writeStringField("text", m.text());
    g.writeNumberField("start", m.start());
    g.writeNumberField("end", m.end());
    if (m instanceof OrgMention o) {
      g.writeStringField("canonical", o.canonical());
    } else if (m instanceof PlaceMention p) {
      g.writeStringField("code", p.code());
      g.writeArrayFieldStart("path");
      for (String s : p.path()) {
        g.writeString(s);
      }
      g.writeEndArray();
    } else if (m instanceof AmountMention am) {
      writeMoney(g, am.money());
    } else if (m instanceof DateMention d) {
      g.writeStringField("value", d.value() == null ? null : d.value().value());
      if (d.value() != null && d.value().mod() != null) {
        g.writeStringField("mod", d.value().mod());
      }
    } else if (m instanceof QuantityMention q) {
      g.writeNumberField("value", q.value());
      g.writeStringField("unit", q.unit());
      g.writeBooleanField("approx", q.approx());
    }
    g.writeEndObject();
  }

  private static void writeMoney(JsonGenerator g, Money money) throws IOException {
    g.writeNumberField("value", money.value());
    g.writeStringField("currency", money.currency());
    g.writeBooleanField("approx", money.approx());
    g.writeBooleanField("inKind", money.inKind());
    g.writeBooleanField("perUnit", money.perUnit());
    if (money.max() != null) {
      g.writeNumberField("max", money.max());
    }
  }

  /** Writes one fact object of the output format; the index stores facts in this form too. */
  public static void writeFact(JsonGenerator g, AidFact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("donor", f.donor());
    g.writeStringField("donorType", f.donorType() == null ? null : f.donorType().name());
    g.writeStringField("donorCanonical", f.donorCanonical());
    g.writeStringField("recipient", f.recipient());
    if (f.amount() == null) {
      g.writeNullField("amount");
    } else {
      g.writeObjectFieldStart("amount");
      g.writeStringField("text", f.amount().text());
      g.writeNumberField("start", f.amount().start());
      g.writeNumberField("end", f.amount().end());
      writeMoney(g, f.amount().money());
      g.writeEndObject();
    }
    g.writeStringField("goods", f.goods());
    g.writeStringField("category", f.category().jsonName());
    g.writeStringField("date", f.date() == null ? null : f.date().value());
    if (f.date() != null && f.date().mod() != null) {
      // Same name as on DATE mentions; written only when set, so the contract's fields stay as they are.
      g.writeStringField("dateMod", f.date().mod());
    }
    g.writeStringField("place", f.place());
    g.writeStringField("placeCode", f.placeCode());
    g.writeObjectFieldStart("evidence");
    g.writeNumberField("start", f.evidence().start());
    g.writeNumberField("end", f.evidence().end());
    g.writeStringField("text", f.evidenceText());
    g.writeEndObject();
    g.writeNumberField("confidence", f.confidence());
    if (f.partOf() >= 0) {
      g.writeNumberField("partOf", f.partOf());
    }
    if (!f.coDonors().isEmpty()) {
      g.writeArrayFieldStart("coDonors");
      for (String c : f.coDonors()) {
        g.writeString(c);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Reads one output line back. The line must carry the body ({@code extract --with-body}),
   * since every offset points into it.
   *
   * @throws IllegalArgumentException naming the problem, if the line is not such an object
   */
  public static ArticleFacts fromJson(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object of the output format");
    }
    if (!n.hasNonNull("body")) {
      throw new IllegalArgumentException("article '" + text(n, "id")
          + "' has no \"body\": write it with 'extract --with-body'");
    }
    Article a = new Article(text(n, "id"), text(n, "url"), text(n, "title"), text(n, "published"),
        text(n, "outlet"), text(n, "body"),
        n.hasNonNull("script") ? Script.fromJsonName(text(n, "script")) : Script.SIMPLIFIED);
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode m : n.path("mentions")) {
      mentions.add(readMention(m));
    }
    List<AidFact> facts = new ArrayList<>();
    for (JsonNode f : n.path("facts")) {
      facts.add(readFact(f));
    }
    return new ArticleFacts(a, mentions, facts);
  }

  private static Mention readMention(JsonNode m) {
    CharSpan span = new CharSpan(m.path("start").asInt(), m.path("end").asInt());
    String text = text(m, "text");
    MentionType type = MentionType.valueOf(text(m, "type"));
    switch (type) {
      case ORG:
        return new OrgMention(span, text, text(m, "canonical"));
      case PLACE: {
        List<String> path = new ArrayList<>();
        m.path("path").forEach(p -> path.add(p.asText()));
        return new PlaceMention(span, text, text(m, "code"), path);
      }
      case PERSON:
        return new PersonMention(span, text);
      case AMOUNT:
        return new AmountMention(span, text, readMoney(m));
      case DATE:
        return new DateMention(span, text, m.hasNonNull("value")
            ? new DateValue(text(m, "value"), text(m, "mod")) : null);
      case QUANTITY:
        return new QuantityMention(span, text, m.path("value").decimalValue(), text(m, "unit"),
            m.path("approx").asBoolean());
      default:
        throw new IllegalArgumentException("unknown mention type " + type);
    }
  }

  private static Money readMoney(JsonNode m) {
    BigDecimal max = m.hasNonNull("max") ? m.get("max").decimalValue() : null;
    return new Money(m.path("value").decimalValue(), max, m.path("currency").asText("CNY"),
        m.path("approx").asBoolean(), m.path("inKind").asBoolean(), m.path("perUnit").asBoolean());
  }

  /** Reads a fact object written by {@link #writeFact}. */
  public static AidFact readFact(JsonNode f) {
    JsonNode am = f.get("amount");
    AmountMention amount = am == null || am.isNull() ? null
        : new AmountMention(new CharSpan(am.path("start").asInt(), am.path("end").asInt()),
            text(am, "text"), readMoney(am));
    JsonNode ev = f.path("evidence");
    return new AidFact(text(f, "donor"),
        f.hasNonNull("donorType") ? MentionType.valueOf(text(f, "donorType")) : null,
        text(f, "donorCanonical"), text(f, "recipient"), amount, text(f, "goods"),
        Category.fromJsonName(f.path("category").asText("other")),
        f.hasNonNull("date") ? new DateValue(text(f, "date"), text(f, "dateMod")) : null,
        text(f, "place"),
        text(f, "placeCode"), new CharSpan(ev.path("start").asInt(), ev.path("end").asInt()),
        text(ev, "text"), f.path("confidence").asDouble(), f.path("partOf").asInt(-1),
        coDonors(f));
  }

  private static List<String> coDonors(JsonNode f) {
    List<String> out = new ArrayList<>();
    f.path("coDonors").forEach(c -> out.add(c.asText()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
