package io.aidfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.read.ScriptTables;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A port of {@code score.py}: the same metrics, the same matching rules and the same printed
 * numbers on the same input, so users can score their own annotated articles without Python.
 *
 * <ul>
 *   <li>org, place: unique mention texts, exact match after {@link #norm}
 *   <li>amount: multiset of yuan values rounded to cents; date: multiset of ISO values
 *   <li>fact: a predicted fact is right when its yuan value equals a gold fact's and its donor
 *       names the same party ({@link #sameParty}); gold facts without an amount are scored apart
 *   <li>fact.recipient / fact.category / fact.date: accuracy over the matched facts
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class FactEvaluator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PINYIN_GLOSS = Pattern.compile("\\((?:[a-zA-Z\\u00c0-\\u024f]+ ?)\\)");
  // Python's str.splitlines() separators, used on gold .jsonl files as score.py does.
  private static final Pattern SPLITLINES = Pattern.compile("\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]");
  private static final Pattern NEWLINES = Pattern.compile("\r\n|\r|\n");

  private FactEvaluator() {}

  /** Gold records: a {@code .json} file, a {@code .jsonl} file, or a folder of {@code .json} files. */
  public static List<JsonNode> loadGold(Path path) throws IOException {
    List<JsonNode> recs = new ArrayList<>();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
            .sorted((a, b) -> Py.ORDER.compare(a.getFileName().toString(), b.getFileName().toString()))
            .toList();
      }
      for (Path f : files) {
        recs.add(parse(readUtf8(f), f.toString()));
      }
      return recs;
    }
    String text = readUtf8(path);
    if (path.toString().endsWith(".jsonl")) {
      int n = 0;
      for (String line : SPLITLINES.split(text, -1)) {
        n++;
        if (!Py.isBlank(line)) {
          recs.add(parse(line, path + ":" + n));
        }
      }
      return recs;
    }
    recs.add(parse(text, path.toString()));
    return recs;
  }

  /**
   * Extraction output (JSON Lines), by article id; a later line with the same id replaces an
   * earlier one, across files too.
   */
  public static Map<String, JsonNode> loadPredictions(List<Path> paths) throws IOException {
    return loadPredictions(paths, message -> {
      throw new IllegalArgumentException(message);
    });
  }

  /**
   * Extraction output as {@link #loadPredictions(List)} reads it, except that a line that is
   * not JSON goes to {@code onBadLine} (as {@code FILE:LINE: not JSON: ...}) and is skipped.
   */
  public static Map<String, JsonNode> loadPredictions(List<Path> paths, Consumer<String> onBadLine)
      throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Path path : paths) {
      String text = readUtf8(path);
      int n = 0;
      for (String line : NEWLINES.split(text, -1)) {
        n++;
        if (Py.isBlank(line)) {
          continue;
        }
        JsonNode rec;
        try {
          rec = parse(line, path + ":" + n);
        } catch (IOException e) {
          onBadLine.accept(e.getMessage());
          continue;
        }
        out.put(Py.str(rec.path("id")), rec);
      }
    }
    return out;
  }

  private static String readUtf8(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text; gold records and extraction output are UTF-8 JSON", e);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }

  private static JsonNode parse(String text, String where) throws IOException {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException(where + ": not JSON: " + e.getOriginalMessage());
    }
  }

  /** Scores predictions (by id) against gold records, micro-averaged over all of them. */
  public static FactScore score(List<JsonNode> golds, Map<String, JsonNode> preds) {
    Map<String, Prf> m = new LinkedHashMap<>();
    for (String k : List.of("org", "place", "amount", "date", "fact", "fact.noamount")) {
      m.put(k, Prf.ZERO);
    }
    Map<String, long[]> acc = new LinkedHashMap<>();
    for (String k : List.of("fact.recipient", "fact.category", "fact.date", "amount.approx", "amount.inKind")) {
      acc.put(k, new long[2]);
    }
    List<FactScore.Error> errors = new ArrayList<>();
    for (JsonNode g : golds) {
      JsonNode idNode = g.get("id");
      if (idNode == null) {
        throw new IllegalArgumentException("gold record without \"id\": " + abbreviate(g.toString()));
      }
      String gid = Py.str(idNode);
      JsonNode p = preds.get(gid);
      if (p == null) {
        errors.add(new FactScore.Error("[" + gid + "] no prediction with this id", true));
        p = JSON.createObjectNode();
      }
      List<JsonNode> mentions = list(p.get("mentions"));
      for (String[] kt : new String[][] {{"org", "ORG", "orgs"}, {"place", "PLACE", "places"}}) {
        Set<String> ps = new LinkedHashSet<>();
        for (JsonNode x : byType(mentions, kt[1])) {
          ps.add(norm(x.get("text")));
        }
        Set<String> gs = new LinkedHashSet<>();
        for (JsonNode x : list(g.get(kt[2]))) {
          gs.add(norm(x));
        }
        Set<String> both = new LinkedHashSet<>(ps);
        both.retainAll(gs);
        Set<String> missed = new TreeSet<>(Py.ORDER);
        missed.addAll(gs);
        missed.removeAll(ps);
        Set<String> spurious = new TreeSet<>(Py.ORDER);
        spurious.addAll(ps);
        spurious.removeAll(gs);
        m.merge(kt[0], new Prf(both.size(), spurious.size(), missed.size()), Prf::plus);
        for (String x : missed) {
          errors.add(new FactScore.Error("[" + gid + "] " + kt[0] + " missed: " + x, false));
        }
        for (String x : spurious) {
          errors.add(new FactScore.Error("[" + gid + "] " + kt[0] + " spurious: " + x, false));
        }
      }
      List<JsonNode> amounts = byType(mentions, "AMOUNT");
      List<Object> pa = new ArrayList<>();
      for (JsonNode x : amounts) {
        Double y = yuanOf(x);
        if (y != null) {
          pa.add(Py.round(y, 2));
        }
      }
      List<Object> ga = new ArrayList<>();
      for (JsonNode a : list(g.get("amounts"))) {
        if (present(a.get("yuan"))) {
          ga.add(Py.round(number(a.get("yuan")), 2));
        }
      }
      m.merge("amount", multiset(pa, ga, gid, "amount", errors), Prf::plus);
      // Flags of amounts, paired by value.
      List<JsonNode> pool = new ArrayList<>();
      for (JsonNode x : amounts) {
        if (yuanOf(x) != null) {
          pool.add(x);
        }
      }
      for (JsonNode a : list(g.get("amounts"))) {
        if (!present(a.get("yuan"))) {
          continue;
        }
        double yuan = number(a.get("yuan"));
        JsonNode hit = null;
        for (JsonNode x : pool) {
          if (Math.abs(yuanOf(x) - yuan) < 0.01) {
            hit = x;
            break;
          }
        }
        if (hit != null) {
          pool.remove(hit);
          for (String flag : List.of("approx", "inKind")) {
            long[] c = acc.get("amount." + flag);
            c[0] += Py.truthy(hit.get(flag)) == Py.truthy(a.get(flag)) ? 1 : 0;
            c[1]++;
          }
        }
      }
      List<Object> pd = new ArrayList<>();
      for (JsonNode x : byType(mentions, "DATE")) {
        if (Py.truthy(x.get("value"))) {
          pd.add(Py.str(x.get("value")));
        }
      }
      List<Object> gd = new ArrayList<>();
      for (JsonNode d : list(g.get("dates"))) {
        if (Py.truthy(d.get("value"))) {
          gd.add(Py.str(d.get("value")));
        }
      }
      m.merge("date", multiset(pd, gd, gid, "date", errors), Prf::plus);
      scoreFacts(g, p, gid, m, acc, errors);
    }
    Map<String, FactScore.Accuracy> accuracies = new LinkedHashMap<>();
    acc.forEach((k, c) -> accuracies.put(k, new FactScore.Accuracy(c[0], c[1])));
    return new FactScore(m, accuracies, errors);
  }

  private static void scoreFacts(JsonNode g, JsonNode p, String gid, Map<String, Prf> m,
      Map<String, long[]> acc, List<FactScore.Error> errors) {
    List<JsonNode> pf = new ArrayList<>(list(p.get("facts")));
    for (JsonNode gf : list(g.get("facts"))) {
      if (!present(gf.get("yuan"))) {
        continue;
      }
      double yuan = number(gf.get("yuan"));
      JsonNode hit = null;
      for (JsonNode cand : pf) {
        Double y = yuanOf(cand.get("amount"));
        if (y != null && Math.abs(y - yuan) < 0.01
            && sameParty(cand.get("donor"), gf.get("donor"), list(gf.get("alsoDonor")))) {
          hit = cand;
          break;
        }
      }
      if (hit == null) {
        m.merge("fact", new Prf(0, 0, 1), Prf::plus);
        errors.add(new FactScore.Error("[" + gid + "] fact missed: " + Py.str(gf.get("donor")) + " -> "
            + Py.str(gf.get("recipient")) + " " + Py.str(gf.get("yuan")), false));
        continue;
      }
      pf.remove(hit);
      m.merge("fact", new Prf(1, 0, 0), Prf::plus);
      boolean recipient = !present(gf.get("recipient"))
          || sameParty(hit.get("recipient"), gf.get("recipient"), List.of());
      boolean category = Objects.equals(orNull(hit.get("category")), orNull(gf.get("category")));
      String hitDate = Py.truthy(hit.get("date")) ? Py.str(hit.get("date")) : "";
      boolean date = !present(gf.get("date")) || hitDate.startsWith(Py.str(gf.get("date")));
      count(acc, "fact.recipient", recipient);
      count(acc, "fact.category", category);
      count(acc, "fact.date", date);
    }
    List<JsonNode> spurious = new ArrayList<>();
    List<JsonNode> rest = new ArrayList<>();
    for (JsonNode f : pf) {
      (yuanOf(f.get("amount")) != null ? spurious : rest).add(f);
    }
    m.merge("fact", new Prf(0, spurious.size(), 0), Prf::plus);
    for (JsonNode f : spurious) {
      errors.add(new FactScore.Error("[" + gid + "] fact spurious: " + Py.str(f.get("donor")) + " -> "
          + Py.str(f.get("recipient")) + " " + Py.repr(yuanOf(f.get("amount"))), false));
    }
    for (JsonNode gf : list(g.get("facts"))) {
      if (present(gf.get("yuan"))) {
        continue;
      }
      JsonNode hit = null;
      for (JsonNode c : rest) {
        if (sameParty(c.get("donor"), gf.get("donor"), list(gf.get("alsoDonor")))) {
          hit = c;
          break;
        }
      }
      if (hit != null) {
        rest.remove(hit);
      }
      m.merge("fact.noamount", new Prf(hit != null ? 1 : 0, 0, hit == null ? 1 : 0), Prf::plus);
    }
  }

  private static void count(Map<String, long[]> acc, String key, boolean ok) {
    long[] c = acc.get(key);
    c[0] += ok ? 1 : 0;
    c[1]++;
  }

  /** Multiset precision/recall; misses and false hits reported in first-seen order. */
  private static Prf multiset(List<Object> pred, List<Object> gold, String gid, String key,
      List<FactScore.Error> errors) {
    Map<Object, Integer> pc = counter(pred);
    Map<Object, Integer> gc = counter(gold);
    long tp = 0;
    for (Map.Entry<Object, Integer> e : pc.entrySet()) {
      tp += Math.min(e.getValue(), gc.getOrDefault(e.getKey(), 0));
    }
    for (Map.Entry<Object, Integer> e : gc.entrySet()) {
      for (int i = pc.getOrDefault(e.getKey(), 0); i < e.getValue(); i++) {
        errors.add(new FactScore.Error("[" + gid + "] " + key + " missed: " + show(e.getKey()), false));
      }
    }
    for (Map.Entry<Object, Integer> e : pc.entrySet()) {
      for (int i = gc.getOrDefault(e.getKey(), 0); i < e.getValue(); i++) {
        errors.add(new FactScore.Error("[" + gid + "] " + key + " spurious: " + show(e.getKey()), false));
      }
    }
    return new Prf(tp, pred.size() - tp, gold.size() - tp);
  }

  private static String show(Object v) {
    return v instanceof Double d ? Py.repr(d) : v.toString();
  }

  private static Map<Object, Integer> counter(List<Object> xs) {
    Map<Object, Integer> c = new LinkedHashMap<>();
    for (Object x : xs) {
      // -0.0 and 0.0 are one key in Python; Double.equals tells them apart.
      c.merge(x instanceof Double d && d == 0 ? (Object) 0.0 : x, 1, Integer::sum);
    }
    return c;
  }

  /**
   * A name compared in simplified script, without spaces and without the pinyin glosses some
   * mirror sites add (捐贈(zèng) ~ 捐赠).
   */
  static String norm(JsonNode s) {
    String text = s == null || !Py.truthy(s) ? "" : Py.str(s);
    String plain = PINYIN_GLOSS.matcher(text).replaceAll("").replace(" ", "").replace("\u3000", "");
    return ScriptTables.toSimplified(plain);
  }

  /**
   * One name holds the other and is not much longer (九三企业家联合会 ~ 大连九三企业家联合会, but
   * 大连 is not 大连市委统战部).
   */
  static boolean contains(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    String shortName = Py.len(b) < Py.len(a) ? b : a;
    String longName = shortName == a ? b : a;
    return longName.contains(shortName) && Py.len(shortName) >= 0.6 * Py.len(longName);
  }

  /** A gold party of null (the article names no giver) matches only a missing prediction. */
  static boolean sameParty(JsonNode pred, JsonNode gold, List<JsonNode> also) {
    String p = norm(pred);
    if (!present(gold)) {
      return p.isEmpty();
    }
    if (contains(p, norm(gold))) {
      return true;
    }
    for (JsonNode a : also) {
      if (contains(p, norm(a))) {
        return true;
      }
    }
    return false;
  }

  /** The value of a predicted amount in yuan, or null when it has none or is not in CNY. */
  static Double yuanOf(JsonNode amount) {
    if (amount == null || !amount.isObject()) {
      return null;
    }
    JsonNode v = amount.get("value");
    if (!present(v)) {
      return null;
    }
    JsonNode cur = amount.get("currency");
    boolean cny = cur == null || cur.isNull() || cur.isTextual() && cur.textValue().equals("CNY");
    return cny ? number(v) : null;
  }

  private static double number(JsonNode v) {
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? 1 : 0;
    }
    try {
      return Double.parseDouble(v.asText().strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount value " + v + " is not a number", e);
    }
  }

  private static boolean present(JsonNode v) {
    return v != null && !v.isNull() && !v.isMissingNode();
  }

  private static JsonNode orNull(JsonNode v) {
    return present(v) ? v : null;
  }

  private static List<JsonNode> list(JsonNode v) {
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    v.forEach(out::add);
    return out;
  }

  private static List<JsonNode> byType(List<JsonNode> mentions, String type) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode x : mentions) {
      JsonNode t = x.get("type");
      if (t != null && type.equals(t.textValue())) {
        out.add(x);
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
