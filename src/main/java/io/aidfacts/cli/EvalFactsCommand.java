package io.aidfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.eval.FactEvaluator;
import io.aidfacts.eval.FactScore;
import io.aidfacts.extract.HanlpEntityRecognizer;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import io.aidfacts.segment.Segmenters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aidfacts eval facts}: the metrics of {@code score.py} (same definitions, same printed
 * numbers on the same input), so users can score their own annotated articles without Python.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = {"The metrics of score.py: mentions, amounts, dates and facts against gold records.",
        "Prints what score.py prints for the same gold and output; the last line is the headline 'fact F1 = x.xxx'."})
final class EvalFactsCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "OUTPUT",
      description = "Extraction output (JSON Lines of `extract`); records pair with gold by id, a later one wins.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--gold", required = true, paramLabel = "GOLD",
      description = "A gold .json record, a .jsonl of records, or a folder of .json records.")
  Path gold;

  @Option(names = "--json", description = "Print the scores as one JSON line (score.py --json).")
  boolean json;

  @Option(names = "--show-errors", description = "List every miss and false hit first.")
  boolean showErrors;

  @Option(names = "--baseline", paramLabel = "NAME",
      description = "Also score HanLP portable's own output (hanlp: the nt/ns/nr words of HanLP.segment; "
          + "no amounts, dates or facts) on the --articles, and print both side by side.")
  String baseline;

  @Option(names = "--articles", paramLabel = "PATH", arity = "1..*",
      description = "The articles the OUTPUT was extracted from (files or folders), for --baseline.")
  List<Path> articles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JsonNode> golds;
    Map<String, JsonNode> preds;
    int[] bad = {0};
    try {
      golds = FactEvaluator.loadGold(gold);
      preds = FactEvaluator.loadPredictions(inputs, message -> {
        err.println("aidfacts eval facts: " + message);
        bad[0]++;
      });
    } catch (IOException | IllegalArgumentException e) {
      err.println("aidfacts eval facts: " + e.getMessage());
      return Main.USAGE;
    }
    FactScore score;
    try {
      score = FactEvaluator.score(golds, preds);
    } catch (IllegalArgumentException e) {
      err.println("aidfacts eval facts: " + e.getMessage());
      return Main.USAGE;
    }
    FactScore base = null;
    if (baseline != null) {
      if (!baseline.strip().equalsIgnoreCase("hanlp")) {
        err.println("aidfacts eval facts: unknown baseline '" + baseline + "': use hanlp");
        return Main.USAGE;
      }
      if (articles.isEmpty()) {
        err.println("aidfacts eval facts: --baseline hanlp needs --articles PATH, the articles the output came from");
        return Main.USAGE;
      }
      base = FactEvaluator.score(golds, hanlpBaseline(err, bad));
    }
    if (json) {
      out.println(score.toJson());
      out.println(score.headline());
      if (base != null) {
        out.println(base.toJson());
        out.println("baseline hanlp " + base.headline());
      }
    } else {
      score.toText(showErrors).forEach(out::println);
      if (base != null) {
        out.println();
        out.printf(Locale.ROOT, "%-14s %10s %10s%n", "F1", "aidfacts", "hanlp");
        for (String k : score.metrics().keySet()) {
          out.printf(Locale.ROOT, "%-14s %10s %10s%n", k, FactScore.fixed3(score.metrics().get(k).f1()),
              FactScore.fixed3(base.metrics().get(k).f1()));
        }
      }
    }
    out.flush();
    err.flush();
    return bad[0] == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** HanLP's own entities for every article, as extraction output records by id. */
  private Map<String, JsonNode> hanlpBaseline(PrintWriter err, int[] bad) throws IOException {
    AidFacts hanlp = AidFacts.builder().segmenter(Segmenters.hanlpDefault()).withoutDefaultRecognizers()
        .addRecognizer(new HanlpEntityRecognizer()).facts(false).build();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Path p : articles) {
      List<Path> files;
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(p);
      }
      for (Path f : files) {
        ReadBatch batch = ArticleReader.read(f);
        for (UnreadableInputException e : batch.errors()) {
          err.println("aidfacts eval facts: " + e.getMessage());
          bad[0]++;
        }
        for (Article a : batch.articles()) {
          out.put(a.id(), JSON.readTree(ArticleFactsJson.toJson(hanlp.extract(a), false)));
        }
      }
    }
    return out;
  }
}
