package io.aidfacts.cli;

import io.aidfacts.AidFacts;
import io.aidfacts.eval.NerCorpus;
import io.aidfacts.eval.NerScore;
import io.aidfacts.eval.Prf;
import io.aidfacts.extract.HanlpEntityRecognizer;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.segment.HanlpSegmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts eval ner}: exact-span P/R/F1 of ORG, PLACE and PERSON against character-level gold. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Exact-span precision, recall and F1 of ORG, PLACE and PERSON against character-level gold.",
        "An entity is right when its type, start and end all match a gold entity."})
final class EvalNerCommand implements Callable<Integer> {

  private static final Set<MentionType> TYPES = EnumSet.of(MentionType.ORG, MentionType.PLACE, MentionType.PERSON);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Gold entities: a BIO file, an MSRA folder (sentences.txt + tags.txt) or CLUENER JSON lines.")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "bio, msra or cluener.")
  String format;

  @Option(names = "--map", paramLabel = "LABEL=TYPE", split = ",",
      description = "Map a gold label to ORG, PLACE or PERSON (repeatable); replaces the format's default "
          + "mapping (PER/LOC/ORG; CLUENER organization/government/company=ORG, address=PLACE, name=PERSON).")
  List<String> map = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "NAME", split = ",",
      description = "Also score these systems in the same run: hanlp (HanLP portable's own person, place and "
          + "organisation recognition).")
  List<String> baselines = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "A user lexicon for the aidfacts pipeline (WORD [TAG [FREQ]] a line).")
  Path lexicon;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Print the first N errors of each system.")
  int errors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences.")
  Integer limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NerCorpus.Format fmt;
    Map<String, MentionType> labels;
    try {
      fmt = NerCorpus.format(format);
      labels = map.isEmpty() ? NerCorpus.defaultLabels(fmt) : labels(map);
    } catch (IllegalArgumentException e) {
      err.println("aidfacts eval ner: " + e.getMessage());
      return Main.USAGE;
    }
    if (!Files.exists(gold)) {
      err.println("aidfacts eval ner: " + gold + ": no such file or folder");
      return Main.USAGE;
    }
    if (lexicon != null && !Files.isReadable(lexicon)) {
      err.println("aidfacts eval ner: lexicon " + lexicon + ": cannot read it");
      return Main.USAGE;
    }
    List<NerCorpus.Sentence> sentences;
    try {
      sentences = NerCorpus.read(gold, fmt, labels);
    } catch (IOException | IllegalArgumentException e) {
      err.println("aidfacts eval ner: " + e.getMessage());
      return Main.SOME_FAILED;
    }
    if (limit != null && limit < sentences.size()) {
      sentences = sentences.subList(0, Math.max(0, limit));
    }
    Map<String, AidFacts> systems = new LinkedHashMap<>();
    AidFacts.Builder ours = AidFacts.builder().facts(false);
    if (lexicon != null) {
      ours.lexicon(lexicon);
    }
    systems.put("aidfacts", ours.build());
    for (String b : baselines) {
      if (!b.equals("hanlp")) {
        err.println("aidfacts eval ner: unknown baseline '" + b + "': use hanlp");
        return Main.USAGE;
      }
      systems.put("hanlp", AidFacts.builder().segmenter(new HanlpSegmenter(HanlpSegmenter.Mode.NAMES))
          .withoutDefaultRecognizers().addRecognizer(new HanlpEntityRecognizer()).facts(false).build());
    }
    out.printf(Locale.ROOT, "%s (%s): %d sentences, %d gold entities%n", gold, fmt.name().toLowerCase(Locale.ROOT),
        sentences.size(), sentences.stream().mapToInt(s -> s.entities().size()).sum());
    out.printf(Locale.ROOT, "%-9s %-7s %6s %6s %6s %7s %7s %7s%n", "system", "type", "P", "R", "F1", "tp", "fp", "fn");
    for (Map.Entry<String, AidFacts> e : systems.entrySet()) {
      NerScore score = new NerScore(errors);
      long t0 = System.nanoTime();
      for (int i = 0; i < sentences.size(); i++) {
        NerCorpus.Sentence s = sentences.get(i);
        score.add(s.text(), s.entities(), predict(e.getValue(), i, s.text()), TYPES);
      }
      long nanos = System.nanoTime() - t0;
      Prf all = Prf.ZERO;
      for (MentionType t : TYPES) {
        Prf p = score.of(t);
        all = all.plus(p);
        row(out, e.getKey(), t.name(), p);
      }
      row(out, e.getKey(), "all", all);
      out.printf(Locale.ROOT, "%-9s %.1f s, %.0f chars/s (dictionaries loaded before timing)%n", e.getKey(),
          nanos / 1e9, score.chars() * 1e9 / Math.max(1, nanos));
      for (NerScore.Error x : score.errors()) {
        out.printf(Locale.ROOT, "  %s %s %s | %s%n", x.kind(), x.type(), x.text(), x.sentence());
      }
    }
    return Main.OK;
  }

  private static void row(PrintWriter out, String system, String type, Prf p) {
    out.printf(Locale.ROOT, "%-9s %-7s %6.3f %6.3f %6.3f %7d %7d %7d%n", system, type, p.precision(), p.recall(),
        p.f1(), p.tp(), p.fp(), p.fn());
  }

  private static List<NerCorpus.Span> predict(AidFacts aid, int i, String text) {
    List<NerCorpus.Span> out = new ArrayList<>();
    for (Mention m : aid.extract(Article.of("s" + i, text)).mentions()) {
      if (TYPES.contains(m.type()) && m.end() > m.start()) {
        out.add(new NerCorpus.Span(m.type(), m.start(), m.end()));
      }
    }
    return out;
  }

  private static Map<String, MentionType> labels(List<String> pairs) {
    Map<String, MentionType> m = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--map expects LABEL=TYPE, got '" + p + "'");
      }
      String type = p.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
      if (!type.equals("ORG") && !type.equals("PLACE") && !type.equals("PERSON")) {
        throw new IllegalArgumentException("--map type must be ORG, PLACE or PERSON, got '" + p.substring(eq + 1) + "'");
      }
      m.put(p.substring(0, eq).strip(), MentionType.valueOf(type));
    }
    return m;
  }
}
