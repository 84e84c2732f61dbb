package io.aidfacts.spark;

import io.aidfacts.bulk.Inputs;
import io.aidfacts.spark.Extraction.Parsed;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aidfacts extract} as a Spark job, for archives beyond one machine:
 *
 * <pre>
 * spark-submit --class io.aidfacts.spark.SparkExtractJob aidfacts.jar IN... OUT [--partitions N] [--with-body]
 * </pre>
 *
 * <p>Reads every file under the inputs (any Hadoop file system path; folders recursively) with
 * the same readers as {@code extract}, spreads the articles over {@code --partitions}
 * partitions, extracts them with one pipeline per executor JVM, and writes
 * <ul>
 *   <li>{@code OUT/articles/}: one JSON line per article, exactly the line {@code extract}
 *       writes for it;</li>
 *   <li>{@code OUT/facts/}: Parquet, one row per fact, schema {@link FactRows#SCHEMA};</li>
 *   <li>{@code OUT/errors/}: JSON lines {@code {"input": ..., "reason": ...}}, one per input or
 *       record that could not be read or extracted; such a record never fails the job.</li>
 * </ul>
 * Each folder is written by Spark's commit protocol: it appears whole, with {@code _SUCCESS},
 * or not at all.
 */
public final class SparkExtractJob {

  /** The schema of {@code OUT/errors}. */
  public static final StructType ERRORS_SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)));

  private static final int ERRORS_SHOWN = 20;

  private SparkExtractJob() {}

  /** The job's command line. */
  @Command(name = "SparkExtractJob", mixinStandardHelpOptions = true,
      description = "Extract aid facts from news archives with Apache Spark.")
  static final class Options {
    @Parameters(arity = "2..*", paramLabel = "PATH",
        description = "Input files or folders (any Hadoop file system path), then the output folder, which must not exist.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "N",
        description = "Partitions to extract in (default: twice the default parallelism).")
    Integer partitions;

    @Option(names = "--with-body", description = "Add each article's body to its line (needed by 'aidfacts index').")
    boolean withBody;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    List<String> inputs() {
      return paths.subList(0, paths.size() - 1);
    }

    String output() {
      return paths.get(paths.size() - 1);
    }
  }

  /** What the job did. */
  public record Summary(long articles, long facts, long errors, Duration elapsed, String output,
      List<String> firstErrors) {

    public Summary {
      firstErrors = List.copyOf(firstErrors);
    }

    public double articlesPerSecond() {
      return articles / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    /** One line for the driver's standard output. */
    public String line() {
      return String.format(Locale.ROOT,
          "aidfacts spark: %d articles, %d facts, %d errors in %.1f s (%.1f articles/s) -> %s",
          articles, facts, errors, elapsed.toNanos() / 1e9, articlesPerSecond(), output);
    }
  }

  public static void main(String[] args) {
    Options o = parse(args);
    if (o == null) {
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("aidfacts extract");
    if (o.master != null) {
      b.master(o.master);
    } else if (!new SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      Summary s = run(spark, o);
      PrintWriter err = new PrintWriter(System.err, true);
      s.firstErrors().forEach(e -> err.println("aidfacts spark: " + e));
      if (s.errors() > s.firstErrors().size()) {
        err.println("aidfacts spark: ... " + (s.errors() - s.firstErrors().size()) + " more in "
            + s.output() + "/errors");
      }
      System.out.println(s.line());
    } finally {
      spark.stop();
    }
  }

  /**
   * Parses the command line; null when it only asked for help or the version.
   *
   * @throws IllegalArgumentException with picocli's message and the usage, on bad usage
   */
  static Options parse(String... args) {
    Options o = new Options();
    CommandLine cl = new CommandLine(o);
    try {
      cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n" + cl.getUsageMessage(), e);
    }
    if (cl.isUsageHelpRequested()) {
      cl.usage(System.out);
      return null;
    }
    if (cl.isVersionHelpRequested()) {
      System.out.println("aidfacts spark job");
      return null;
    }
    if (o.partitions != null && o.partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1, got " + o.partitions);
    }
    return o;
  }

  /** Runs the job in a session, with a parsed command line. */
  public static Summary run(SparkSession spark, String... args) {
    Options o = parse(args);
    if (o == null) {
      throw new IllegalArgumentException("help was asked for, not a run");
    }
    return run(spark, o);
  }

  static Summary run(SparkSession spark, Options o) {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    // Folders are read recursively, as extract walks them.
    conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    String out = o.output();
    checkOutput(out, conf);

    // A missing input is reported like a bad one, and the others still run.
    List<String> present = new ArrayList<>();
    List<Outcome> missing = new ArrayList<>();
    for (String in : o.inputs()) {
      if (exists(in, conf)) {
        present.add(in);
      } else {
        missing.add(Outcome.failed(in, "no such file or folder"));
      }
    }
    int partitions = o.partitions != null ? o.partitions : Math.max(1, 2 * sc.defaultParallelism());
    boolean withBody = o.withBody;

    // Missing inputs join the outcomes only if there are any: an empty partition would write
    // an empty part file.
    JavaRDD<Outcome> outcomes = present.isEmpty() || !missing.isEmpty() ? sc.parallelize(missing, 1) : null;
    if (!present.isEmpty()) {
      Set<String> named = qualified(present, conf);
      JavaRDD<Parsed> parsed = sc.binaryFiles(String.join(",", present), partitions)
          .flatMap(f -> readInput(f._1(), f._2(), named));
      // One input can hold many articles and articles differ in cost: spread the articles, not
      // the files, over the partitions that extract.
      JavaRDD<Outcome> extracted = parsed.repartition(partitions).map(p ->
          p.failure() != null ? p.failure() : Extraction.extract(Extraction.pipeline(), p.doc(), withBody));
      outcomes = outcomes == null ? extracted : outcomes.union(extracted);
    }
    // Three outputs come from one extraction: keep it rather than extract three times.
    outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      spark.createDataset(outcomes.filter(Outcome::ok).map(Outcome::json).rdd(), Encoders.STRING())
          .write().text(out + "/articles");
      spark.createDataFrame(outcomes.flatMap(x -> x.facts().iterator()), FactRows.SCHEMA)
          .write().parquet(out + "/facts");
      JavaRDD<Row> errors = outcomes.filter(x -> !x.ok()).map(x -> RowFactory.create(x.input(), x.reason()));
      spark.createDataFrame(errors, ERRORS_SCHEMA).coalesce(1).write().json(out + "/errors");

      long[] counts = outcomes.map(x -> new long[] {x.ok() ? 1 : 0, x.facts().size(), x.ok() ? 0 : 1})
          .fold(new long[3], (a, c) -> new long[] {a[0] + c[0], a[1] + c[1], a[2] + c[2]});
      List<String> firstErrors = counts[2] == 0 ? List.of() : errors.take(ERRORS_SHOWN).stream()
          .map(r -> r.getString(0) + ": " + r.getString(1)).toList();
      return new Summary(counts[0], counts[1], counts[2], Duration.ofNanos(System.nanoTime() - t0),
          out, firstErrors);
    } finally {
      outcomes.unpersist(false);
    }
  }

  /**
   * The records of one file, streamed. A file a folder walk found is skipped when extract
   * would skip it there too (dot files, notes); a file named on the command line never is.
   */
  private static Iterator<Parsed> readInput(String input, PortableDataStream data, Set<String> named) {
    String name = Extraction.fileName(input);
    if (Inputs.ignoredInFolder(name) && !named.contains(input)) {
      return Collections.emptyIterator();
    }
    ArchiveRecords records = new ArchiveRecords(input, data::open);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // A killed or failed task leaves no reader thread behind.
      task.addTaskCompletionListener((TaskCompletionListener) ctx -> records.close());
    }
    return records;
  }

  private static void checkOutput(String out, Configuration conf) {
    Path p = new Path(out);
    try {
      if (p.getFileSystem(conf).exists(p)) {
        throw new IllegalArgumentException("output folder " + p
            + " already exists: name a new one, or remove it first");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check output folder " + p + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> qualified(List<String> inputs, Configuration conf) {
    Set<String> out = new HashSet<>();
    for (String in : inputs) {
      Path p = new Path(in);
      try {
        out.add(p.getFileSystem(conf).makeQualified(p).toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot look up input " + p + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static boolean exists(String in, Configuration conf) {
    Path p = new Path(in);
    try {
      FileStatus[] found = p.getFileSystem(conf).globStatus(p);
      return found != null && found.length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up input " + p + ": " + e.getMessage(), e);
    }
  }
}
