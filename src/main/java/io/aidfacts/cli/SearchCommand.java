package io.aidfacts.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.aidfacts.index.FacetValue;
import io.aidfacts.index.FactHit;
import io.aidfacts.index.FactJson;
import io.aidfacts.index.FactQuery;
import io.aidfacts.index.FactSearcher;
import io.aidfacts.index.IncompatibleIndexException;
import io.aidfacts.index.SearchResults;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Category;
import io.aidfacts.model.Money;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts search}: facts by donor, recipient, amount, date, place, category and text. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search an aid-fact index by donor, amount, place, date, category and text.",
        "Every criterion given must hold. Output: a table, or one JSON object with --json."})
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path index;

  @Parameters(arity = "0..*", paramLabel = "TEXT",
      description = "Words in the article's title or body (Lucene query syntax: \"...\", OR, -word).")
  List<String> text = new ArrayList<>();

  @Option(names = "--donor", paramLabel = "NAME",
      description = "Donor name contains NAME, as written or canonical; short forms expand (民盟 = 中国民主同盟).")
  String donor;

  @Option(names = "--recipient", paramLabel = "NAME", description = "Recipient name contains NAME.")
  String recipient;

  @Option(names = "--min-amount", paramLabel = "N", description = "Amount at least N (in --currency).")
  BigDecimal minAmount;

  @Option(names = "--max-amount", paramLabel = "N", description = "Amount at most N (in --currency).")
  BigDecimal maxAmount;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "ISO 4217 code; CNY when an amount bound is given without one.")
  String currency;

  @Option(names = "--from", paramLabel = "DATE", description = "Dated on or after DATE (2019, 2019-04 or 2019-04-15).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Dated on or before DATE (2019, 2019-04 or 2019-04-15).")
  String to;

  @Option(names = "--place", paramLabel = "NAME|CODE",
      description = "In the place or division: a name (贵州, 六盘水) or a GB/T 2260 code (52, 520200).")
  String place;

  @Option(names = "--category", paramLabel = "C",
      description = "education, medical, industry, consumption, investment, infrastructure, livelihood, disaster, employment or other.")
  String category;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance (default), amount (largest first) or date (latest first).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--facets", description = "Count and sum (CNY) the matching facts by donor, category, province and year.")
  boolean facets;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    FactQuery q;
    try {
      q = FactQuery.builder().text(text.isEmpty() ? null : String.join(" ", text))
          .donor(donor).recipient(recipient).minAmount(minAmount).maxAmount(maxAmount)
          .currency(currency).from(from).to(to).place(place)
          .category(category == null ? null : Category.fromJsonName(category))
          .sort(FactQuery.Sort.parse(sort)).limit(limit).facets(facets).build();
    } catch (IllegalArgumentException e) {
      err.println("aidfacts search: " + e.getMessage());
      return Main.USAGE;
    }
    SearchResults r;
    try (FactSearcher s = FactSearcher.open(index)) {
      r = s.search(q);
    } catch (IncompatibleIndexException e) {
      err.println("aidfacts search: " + e.getMessage());
      return Main.FATAL;
    } catch (IllegalArgumentException e) {
      err.println("aidfacts search: " + e.getMessage());
      return Main.USAGE;
    }
    if (json) {
      printJson(r, out);
    } else {
      printTable(r, out);
    }
    out.flush();
    return Main.OK;
  }

  private static void printJson(SearchResults r, PrintWriter out) throws IOException {
    JsonFactory f = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    try (JsonGenerator g = f.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("total", r.total());
      g.writeArrayFieldStart("hits");
      for (FactHit h : r.hits()) {
        g.writeStartObject();
        g.writeStringField("articleId", h.articleId());
        g.writeStringField("title", h.title());
        g.writeStringField("published", h.published());
        g.writeNumberField("factIndex", h.factIndex());
        g.writeFieldName("fact");
        FactJson.write(g, h.fact());
        g.writeStringField("snippet", h.snippet());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!r.facets().isEmpty()) {
        g.writeObjectFieldStart("facets");
        for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
          g.writeArrayFieldStart(e.getKey());
          for (FacetValue v : e.getValue()) {
            g.writeStartObject();
            g.writeStringField("value", v.value());
            g.writeNumberField("count", v.count());
            g.writeNumberField("sum", v.sum());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("totals");
        for (Map.Entry<String, BigDecimal> e : r.totals().entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    out.println();
  }

  private static void printTable(SearchResults r, PrintWriter out) {
    out.println(r.total() + (r.total() == 1 ? " fact" : " facts")
        + (r.hits().size() < r.total() ? " (first " + r.hits().size() + " shown)" : ""));
    if (!r.hits().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"date", "donor", "amount", "category", "place", "article", "evidence"});
      for (FactHit h : r.hits()) {
        AidFact f = h.fact();
        rows.add(new String[] {f.date() == null ? "-" : f.date().value(), dash(f.donor()),
            amount(f), f.category().jsonName(), dash(f.place()), h.articleId() + "#" + h.factIndex(),
            h.snippet()});
      }
      printRows(rows, out);
    }
    for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
      out.println();
      out.println(e.getKey() + ":");
      List<String[]> rows = new ArrayList<>();
      for (FacetValue v : e.getValue()) {
        rows.add(new String[] {"  " + v.value(), Long.toString(v.count()), v.sum().toPlainString() + " CNY"});
      }
      printRows(rows, out);
    }
    if (!r.totals().isEmpty()) {
      out.println();
      StringBuilder b = new StringBuilder("total:");
      r.totals().forEach((c, v) -> b.append(' ').append(v.toPlainString()).append(' ').append(c));
      out.println(b);
    }
  }

  private static String amount(AidFact f) {
    if (f.amount() == null) {
      return "-";
    }
    Money m = f.amount().money();
    return (m.approx() ? "~" : "") + m.value().toPlainString() + " " + m.currency()
        + (m.perUnit() ? " each" : "") + (f.isPart() ? " (part)" : "");
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  /** Columns padded to the widest cell, counting CJK characters as two columns as terminals do. */
  private static void printRows(List<String[]> rows, PrintWriter out) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] row : rows) {
      for (int c = 0; c < cols - 1; c++) {
        width[c] = Math.max(width[c], displayWidth(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        b.append(row[c]);
        if (c < cols - 1) {
          b.append(" ".repeat(width[c] - displayWidth(row[c]) + 2));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
  }
}
