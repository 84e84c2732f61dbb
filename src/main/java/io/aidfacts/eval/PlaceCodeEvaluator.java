package io.aidfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How often a PLACE mention carries the right administrative code. The gold gives each place
 * name of an article its expected code in {@code placeCodes} ({@code {"纳雍县": "520525",
 * "笔架山村": null}}: null for villages, foreign places and regions, which must stay without a
 * code); see {@code corpus/README.md}.
 *
 * <ul>
 *   <li>mentions: every predicted PLACE mention whose name is a gold place of its article is
 *       right when its code equals the expected one (null included);</li>
 *   <li>names: every gold place with an expected code is right when the prediction has it and
 *       all its mentions carry that code (a missed place counts as wrong).</li>
 * </ul>
 *
 * Names are compared as {@code score.py} compares them (simplified script, no pinyin glosses).
 * Stateless.
 */
public final class PlaceCodeEvaluator {

  /** Right and total counts; {@code errors} lists the wrong ones. */
  public record Score(int mentionsRight, int mentions, int codedRight, int coded, int uncodedRight, int uncoded,
      int namesRight, int names, List<String> errors) {

    public double mentionShare() {
      return mentions == 0 ? 0 : (double) mentionsRight / mentions;
    }

    public double nameShare() {
      return names == 0 ? 0 : (double) namesRight / names;
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "place mentions with the right code %d/%d = %.3f (expected a code %d/%d, expected none %d/%d); "
              + "gold places with a code resolved %d/%d = %.3f",
          mentionsRight, mentions, mentionShare(), codedRight, coded, uncodedRight, uncoded, namesRight, names,
          nameShare());
    }
  }

  private PlaceCodeEvaluator() {}

  /**
   * Scores {@code preds} (article JSON as {@code extract} writes it, by id) against the gold
   * records; a gold record without {@code placeCodes} is skipped.
   */
  public static Score score(List<JsonNode> golds, Map<String, JsonNode> preds) {
    int mr = 0;
    int m = 0;
    int cr = 0;
    int c = 0;
    int ur = 0;
    int u = 0;
    int nr = 0;
    int n = 0;
    List<String> errors = new ArrayList<>();
    for (JsonNode g : golds) {
      JsonNode codes = g.get("placeCodes");
      if (codes == null || !codes.isObject()) {
        continue;
      }
      String id = g.path("id").asText();
      Map<String, String> expected = new LinkedHashMap<>();
      codes.fields().forEachRemaining(e -> expected.put(FactEvaluator.norm(TextNode.valueOf(e.getKey())),
          e.getValue().isNull() ? null : e.getValue().asText()));
      Map<String, List<String>> predicted = new LinkedHashMap<>();
      JsonNode p = preds.get(id);
      if (p != null) {
        for (JsonNode mention : p.path("mentions")) {
          if (!"PLACE".equals(mention.path("type").asText())) {
            continue;
          }
          String name = FactEvaluator.norm(mention.get("text"));
          if (!expected.containsKey(name)) {
            continue;
          }
          String code = mention.hasNonNull("code") ? mention.get("code").asText() : null;
          predicted.computeIfAbsent(name, k -> new ArrayList<>()).add(code);
          String want = expected.get(name);
          boolean right = Objects.equals(want, code);
          m++;
          mr += right ? 1 : 0;
          if (want == null) {
            u++;
            ur += right ? 1 : 0;
          } else {
            c++;
            cr += right ? 1 : 0;
          }
          if (!right) {
            errors.add("[" + id + "] " + name + " @" + mention.path("start").asInt() + ": code " + code
                + ", expected " + want);
          }
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        n++;
        List<String> got = predicted.getOrDefault(e.getKey(), List.of());
        boolean right = !got.isEmpty() && got.stream().allMatch(e.getValue()::equals);
        nr += right ? 1 : 0;
        if (got.isEmpty()) {
          errors.add("[" + id + "] " + e.getKey() + ": no mention, expected " + e.getValue());
        }
      }
    }
    return new Score(mr, m, cr, c, ur, u, nr, n, List.copyOf(errors));
  }
}
