package io.aidfacts.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Money;
import io.aidfacts.read.ScriptTables;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fact score of {@code ../shared/eval/score.py}, reproduced for tests: a predicted fact is
 * right when its yuan value equals a gold fact's and its donor names the same party (one name
 * holds the other and is at least 0.6 of its length, or it names a gold alsoDonor).
 */
final class GoldScorer {

  private static final Pattern GLOSS = Pattern.compile("\\((?:[a-zA-Z\\u00c0-\\u024f]+ ?)\\)");

  int tp;
  int fp;
  int fn;
  int recipientOk;
  int categoryOk;
  int dateOk;
  final List<String> errors = new ArrayList<>();

  void add(JsonNode gold, ArticleFacts predicted) {
    String id = gold.path("id").asText();
    List<AidFact> pool = new ArrayList<>(predicted == null ? List.of() : predicted.facts());
    for (JsonNode gf : gold.path("facts")) {
      if (gf.path("yuan").isNull() || gf.path("yuan").isMissingNode()) {
        continue;
      }
      double yuan = gf.path("yuan").asDouble();
      List<String> also = new ArrayList<>();
      gf.path("alsoDonor").forEach(a -> also.add(a.asText()));
      AidFact hit = null;
      for (AidFact f : pool) {
        Double y = yuanOf(f);
        if (y != null && Math.abs(y - yuan) < 0.01 && sameParty(f.donor(), text(gf, "donor"), also)) {
          hit = f;
          break;
        }
      }
      if (hit == null) {
        fn++;
        errors.add("[" + id + "] fact missed: " + text(gf, "donor") + " -> " + text(gf, "recipient") + " " + yuan);
        continue;
      }
      pool.remove(hit);
      tp++;
      String gr = text(gf, "recipient");
      recipientOk += gr == null || sameParty(hit.recipient(), gr, List.of()) ? 1 : 0;
      categoryOk += hit.category().jsonName().equals(text(gf, "category")) ? 1 : 0;
      String gd = text(gf, "date");
      dateOk += gd == null || hit.date() != null && hit.date().value().startsWith(gd) ? 1 : 0;
    }
    for (AidFact f : pool) {
      if (yuanOf(f) != null) {
        fp++;
        errors.add("[" + id + "] fact spurious: " + f.donor() + " -> " + f.recipient() + " " + yuanOf(f));
      }
    }
  }

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String summary() {
    return String.format("fact P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); recipient %.3f category %.3f date %.3f",
        precision(), recall(), f1(), tp, fp, fn, tp == 0 ? 0.0 : (double) recipientOk / tp,
        tp == 0 ? 0.0 : (double) categoryOk / tp, tp == 0 ? 0.0 : (double) dateOk / tp);
  }

  static Double yuanOf(AidFact f) {
    if (f.amount() == null) {
      return null;
    }
    Money m = f.amount().money();
    return m.isCny() ? m.value().doubleValue() : null;
  }

  static String norm(String s) {
    return ScriptTables.toSimplified(GLOSS.matcher(s == null ? "" : s).replaceAll("")
        .replace(" ", "").replace("\u3000", ""));
  }

  static boolean contains(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    String shortS = a.length() <= b.length() ? a : b;
    String longS = a.length() <= b.length() ? b : a;
    return longS.contains(shortS) && shortS.length() >= 0.6 * longS.length();
  }

  static boolean sameParty(String pred, String gold, List<String> also) {
    String p = norm(pred);
    if (gold == null) {
      return p.isEmpty();
    }
    if (contains(p, norm(gold))) {
      return true;
    }
    for (String a : also) {
      if (contains(p, norm(a))) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
