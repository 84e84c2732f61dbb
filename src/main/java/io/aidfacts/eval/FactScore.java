package io.aidfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of extracted articles against gold records, with the definitions and the output
 * of {@code score.py}: {@link #toJson()} is the line {@code score.py --json} prints, and
 * {@link #toText(boolean)} its plain report.
 *
 * @param metrics org, place, amount, date, fact, fact.noamount, in that order
 * @param accuracies fact.recipient, fact.category, fact.date, amount.approx, amount.inKind
 * @param errors misses and false hits in the order found; only {@link Error#always} ones are
 *     printed without {@code --show-errors}
 */
public record FactScore(Map<String, Prf> metrics, Map<String, Accuracy> accuracies, List<Error> errors) {

  /** Right answers among the matched items; no value when nothing was matched. */
  public record Accuracy(long right, long total) {
    public Accuracy {
      if (right < 0 || total < right) {
        throw new IllegalArgumentException("accuracy needs 0 <= right <= total, got " + right + "/" + total);
      }
    }

    /** right/total rounded as score.py rounds it, or null when total is 0. */
    public Double value() {
      return total == 0 ? null : Py.round((double) right / total, 3);
    }
  }

  /** One line of the error report. */
  public record Error(String text, boolean always) {
    public Error {
      Objects.requireNonNull(text, "text");
    }
  }

  public FactScore {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    accuracies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
    errors = List.copyOf(errors);
  }

  public Prf fact() {
    return metrics.get("fact");
  }

  /** The headline line, {@code fact F1 = 0.400}. */
  public String headline() {
    return "fact F1 = " + Py.fixed(fact().f1(), 3);
  }

  /** The {@code --json} line of score.py, byte for byte. */
  public String toJson() {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Prf> e : metrics.entrySet()) {
      Prf m = e.getValue();
      b.append(b.length() > 1 ? ", " : "").append('"').append(e.getKey()).append("\": {\"p\": ")
          .append(Py.repr(Py.round(m.precision(), 3))).append(", \"r\": ")
          .append(Py.repr(Py.round(m.recall(), 3))).append(", \"f1\": ")
          .append(Py.repr(Py.round(m.f1(), 3))).append(", \"tp\": ").append(m.tp())
          .append(", \"fp\": ").append(m.fp()).append(", \"fn\": ").append(m.fn()).append('}');
    }
    for (Map.Entry<String, Accuracy> e : accuracies.entrySet()) {
      Double v = e.getValue().value();
      b.append(", \"").append(e.getKey()).append("\": ").append(v == null ? "null" : Py.repr(v));
    }
    return b.append('}').toString();
  }

  /** score.py's report without {@code --json}: errors, one line per metric, the headline. */
  public List<String> toText(boolean showErrors) {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      if (showErrors || e.always()) {
        out.add(e.text());
      }
    }
    for (Map.Entry<String, Prf> e : metrics.entrySet()) {
      Prf m = e.getValue();
      out.add(pad(e.getKey()) + " {'p': " + Py.repr(Py.round(m.precision(), 3)) + ", 'r': "
          + Py.repr(Py.round(m.recall(), 3)) + ", 'f1': " + Py.repr(Py.round(m.f1(), 3))
          + ", 'tp': " + m.tp() + ", 'fp': " + m.fp() + ", 'fn': " + m.fn() + "}");
    }
    for (Map.Entry<String, Accuracy> e : accuracies.entrySet()) {
      Double v = e.getValue().value();
      out.add(pad(e.getKey()) + " " + (v == null ? "None" : Py.repr(v)));
    }
    out.add(headline());
    return out;
  }

  /** A ratio to three decimals, rounded as score.py rounds. */
  public static String fixed3(double x) {
    return Py.fixed(x, 3);
  }

  private static String pad(String key) {
    return key.length() >= 16 ? key : key + " ".repeat(16 - key.length());
  }
}
