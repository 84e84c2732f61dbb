package io.aidfacts.cli;

import io.aidfacts.WordSegmentation;
import io.aidfacts.eval.SegmentationEvaluator;
import io.aidfacts.eval.SegmentationGold;
import io.aidfacts.eval.SegmentationScore;
import io.aidfacts.eval.SegmentedSentence;
import io.aidfacts.read.UnreadableInputException;
import io.aidfacts.segment.Segmenters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts eval seg}: word P/R/F1, OOV recall and speed against gold segmented text. */
@Command(name = "seg", mixinStandardHelpOptions = true,
    description = {"Word precision, recall, F1 and OOV recall against gold segmented text, and speed.",
        "A word is right when it starts and ends where a gold word does (the SIGHAN scorer's rule)."})
final class EvalSegCommand implements Callable<Integer> {

  /** Sentences segmented untimed first, so dictionary loading is not counted as speed. */
  private static final int WARM_UP = 300;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Gold segmented text, one sentence a line (UTF-8 or GB18030).")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "pd1998 (word/tag, [..]nt compounds, paragraph ids), spaces (SIGHAN), or auto (default).")
  String format;

  @Option(names = "--dict", paramLabel = "FILE",
      description = "Vocabulary for OOV recall: a word list, one word (first field) a line; repeatable. "
          + "Default: HanLP's core dictionary.")
  List<Path> dicts = new ArrayList<>();

  @Option(names = "--train", paramLabel = "FILE",
      description = "Vocabulary for OOV recall: the words of a segmented training file (same --format).")
  Path train;

  @Option(names = "--segmenter", paramLabel = "NAME", defaultValue = "aidfacts",
      description = "The system scored: aidfacts (default), hanlp or smartcn.")
  String segmenter;

  @Option(names = "--baseline", paramLabel = "NAME", split = ",",
      description = "Also score these systems in the same run: hanlp, smartcn.")
  List<String> baselines = new ArrayList<>();

  @Option(names = "--predicted", paramLabel = "FILE",
      description = "Score this segmented file (spaces, one sentence a line, aligned with FILE's sentences) "
          + "instead of running a segmenter.")
  Path predicted;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences.")
  Integer limit;

  @Option(names = "--markdown", description = "Print the scores as a Markdown table.")
  boolean markdown;

  /** A segmenter name in its canonical form, or an error naming the choices. */
  private static String known(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (!WordSegmentation.NAMES.contains(n)) {
      throw new IllegalArgumentException(
          "unknown segmenter '" + name + "': use one of " + String.join(", ", WordSegmentation.NAMES));
    }
    return n;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SegmentedSentence> sentences;
    SegmentationGold.Format fmt;
    List<String> systems = new ArrayList<>();
    Predicate<String> vocabulary;
    String vocabularyName;
    try {
      fmt = SegmentationGold.Format.parse(format);
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
      }
      sentences = SegmentationGold.read(gold, fmt);
      if (limit != null && sentences.size() > limit) {
        sentences = sentences.subList(0, limit);
      }
      if (sentences.isEmpty()) {
        throw new IllegalArgumentException(gold + ": no sentences; is it segmented text?");
      }
      if (predicted == null) {
        systems.add(known(segmenter));
      }
      for (String b : baselines) {
        if (!systems.contains(known(b))) {
          systems.add(known(b));
        }
      }
      if (!dicts.isEmpty() || train != null) {
        Set<String> words = new HashSet<>();
        for (Path d : dicts) {
          for (String line : TextInputs.lines(TextInputs.read(d.toString()))) {
            String w = line.strip().split("[\\s\\u3000]+", 2)[0];
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
        if (train != null) {
          for (SegmentedSentence s : SegmentationGold.read(train, fmt)) {
            for (int i = 0; i < s.words().size(); i++) {
              words.add(s.word(i));
            }
          }
        }
        vocabulary = words::contains;
        vocabularyName = String.format(Locale.ROOT, "%,d words of %s", words.size(),
            train != null && dicts.isEmpty() ? train : dicts.isEmpty() ? "" : dicts);
      } else {
        vocabulary = Segmenters.hanlpCoreDictionary();
        vocabularyName = "HanLP's core dictionary";
      }
    } catch (IllegalArgumentException | IllegalStateException | UnreadableInputException e) {
      err.println("aidfacts eval seg: " + e.getMessage());
      return Main.USAGE;
    }
    SegmentationEvaluator evaluator = new SegmentationEvaluator(vocabulary);
    Map<String, SegmentationScore> scores = new LinkedHashMap<>();
    if (predicted != null) {
      try {
        List<SegmentedSentence> pred = SegmentationGold.read(predicted, SegmentationGold.Format.SPACES);
        if (limit != null && pred.size() > limit) {
          pred = pred.subList(0, limit);
        }
        scores.put(predicted.getFileName().toString(), evaluator.compare(sentences, pred));
      } catch (IllegalArgumentException | UnreadableInputException e) {
        err.println("aidfacts eval seg: " + predicted + ": " + e.getMessage());
        return Main.SOME_FAILED;
      }
    }
    for (String name : systems) {
      WordSegmentation ws = WordSegmentation.named(name);
      for (int i = 0; i < Math.min(WARM_UP, sentences.size()); i++) {
        ws.words(sentences.get(i).text());
      }
      scores.put(name, evaluator.evaluate(sentences, ws::words));
    }
    long goldWords = sentences.stream().mapToLong(s -> s.words().size()).sum();
    long chars = sentences.stream().mapToLong(s -> s.text().length()).sum();
    SegmentationScore any = scores.values().iterator().next();
    out.printf(Locale.ROOT, "gold: %s (%s): %,d sentences, %,d words, %,d chars; OOV: %,d gold words not in %s%n",
        gold, fmt.name().toLowerCase(Locale.ROOT), sentences.size(), goldWords, chars,
        any.oov().tp() + any.oov().fn(), vocabularyName);
    if (markdown) {
      out.println("| system | P | R | F1 | OOV recall | sentences/s | M chars/s | M chars/CPU s |");
      out.println("|---|---|---|---|---|---|---|---|");
    }
    for (Map.Entry<String, SegmentationScore> e : scores.entrySet()) {
      SegmentationScore sc = e.getValue();
      String speed = sc.timed()
          ? String.format(Locale.ROOT, "%,.0f sentences/s, %.2f M chars/s (%.2f M chars per CPU second)",
              sc.sentencesPerSecond(), sc.charsPerSecond() / 1e6, sc.charsPerCpuSecond() / 1e6)
          : "not timed";
      if (markdown) {
        out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %s | %s | %s |%n", e.getKey(),
            sc.words().precision(), sc.words().recall(), sc.words().f1(), sc.oovRecall(),
            sc.timed() ? String.format(Locale.ROOT, "%,.0f", sc.sentencesPerSecond()) : "-",
            sc.timed() ? String.format(Locale.ROOT, "%.2f", sc.charsPerSecond() / 1e6) : "-",
            sc.cpuNanos() > 0 ? String.format(Locale.ROOT, "%.2f", sc.charsPerCpuSecond() / 1e6) : "-");
      } else {
        out.printf(Locale.ROOT, "%-10s P %.3f  R %.3f  F1 %.3f  OOV-R %.3f  (tp %d, fp %d, fn %d; OOV %d/%d)  %s%n",
            e.getKey(), sc.words().precision(), sc.words().recall(), sc.words().f1(), sc.oovRecall(),
            sc.words().tp(), sc.words().fp(), sc.words().fn(), sc.oov().tp(), sc.oov().tp() + sc.oov().fn(), speed);
      }
    }
    out.flush();
    return Main.OK;
  }
}
