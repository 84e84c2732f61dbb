package io.aidfacts.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkRunnerTest {

  /** A stage that takes a random little while, so that threads finish out of order. */
  static final BulkRunner.Stage<String> JITTER = new BulkRunner.Stage<>() {
    @Override
    public String process(Article a) throws Exception {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
      if (a.body().contains("BOOM")) {
        throw new IllegalStateException("no good");
      }
      return "{\"id\":\"" + a.id() + "\",\"len\":" + a.body().length() + "}";
    }

    @Override
    public int facts(String line) {
      return 1;
    }
  };

  /** Inputs of every kind of trouble among good ones. */
  static Path corpus(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int f = 0; f < 12; f++) {
      Files.writeString(in.resolve(String.format("f%02d.jsonl", f)), ArchiveReaderTest.jsonl(25, "f" + f + "_"));
    }
    Files.writeString(in.resolve("a.txt"), ArchiveReaderTest.AID);
    Files.write(in.resolve("b_empty.txt"), new byte[0]);
    Files.write(in.resolve("c_bad.txt"), new byte[] {(byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, (byte) 0x81});
    byte[] gz = ArchiveReaderTest.gzip(ArchiveReaderTest.jsonl(2000, "d").getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("d_cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.writeString(in.resolve("e.jsonl"), "{\"id\":\"e1\",\"body\":\"BOOM 捐赠\"}\n{broken\n{\"id\":\"e3\",\"body\":\"好\"}\n");
    Files.writeString(in.resolve("README.md"), "# about this folder");
    Files.writeString(in.resolve(".hidden.txt"), ArchiveReaderTest.AID);
    return in;
  }

  record Result(BulkSummary summary, List<String> out, List<String> errors) {}

  static Result run(Path inDir, Path out, int threads, boolean ordered) throws Exception {
    StringWriter err = new StringWriter();
    BulkRunner runner = BulkRunner.builder().threads(threads).ordered(ordered).window(8).build();
    BulkSummary s;
    try (JsonLinesSink sink = JsonLinesSink.atomic(out);
        ErrorReport errors = new ErrorReport("x: ", new PrintWriter(err), null)) {
      s = runner.run(Inputs.discover(List.of(inDir.toString()), List.of()), JITTER, sink, errors, null, null);
    }
    return new Result(s, Files.readAllLines(out), err.toString().lines().toList());
  }

  @Test
  void orderedOutputEqualsOneThreadAndEveryArticleIsAccountedFor(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Result one = run(in, dir.resolve("one.jsonl"), 1, true);
    Result two = run(in, dir.resolve("two.jsonl"), 3, true);
    assertEquals(one.out(), two.out());
    assertEquals(one.errors(), two.errors());
    List<String> errs = one.errors();
    assertEquals("x: " + in.resolve("b_empty.txt") + ": empty input", errs.get(0));
    assertEquals("x: " + in.resolve("c_bad.txt") + ": bytes are not valid UTF-8, GB18030/GBK or Big5; convert the file to UTF-8", errs.get(1));
    assertEquals("x: " + in.resolve("d_cut.jsonl.gz") + ": truncated: the data ends in the middle (Unexpected end of ZLIB input stream)", errs.get(2));
    assertEquals("x: " + in.resolve("e.jsonl") + ":1: article 'e1': extraction failed: java.lang.IllegalStateException: no good", errs.get(3));
    assertTrue(errs.get(4).startsWith("x: " + in.resolve("e.jsonl") + ":2: not valid JSON: "), errs.get(4));
    assertEquals(5, errs.size());
    // the good ones all came out, in input order: a.txt, the records of d before the cut, e3, then f00..f11
    assertEquals("{\"id\":\"a\",\"len\":" + ArchiveReaderTest.AID.length() + "}", one.out().get(0));
    long dCount = one.out().stream().filter(l -> l.startsWith("{\"id\":\"d")).count();
    assertTrue(dCount > 100 && dCount < 2000, "records before the gzip cut: " + dCount);
    assertEquals("{\"id\":\"d" + dCount + "\",\"len\":" + ArchiveReaderTest.AID.length() + "}", one.out().get((int) dCount));
    assertEquals("{\"id\":\"e3\",\"len\":1}", one.out().get((int) dCount + 1));
    assertEquals("{\"id\":\"f0_1\",\"len\":" + ArchiveReaderTest.AID.length() + "}", one.out().get((int) dCount + 2));
    assertEquals(1 + dCount + 1 + 12 * 25, one.out().size());
    BulkSummary s = one.summary();
    assertEquals(17, s.inputs());
    assertEquals(one.out().size(), s.written());
    assertEquals(5, s.failed());
    assertEquals(s.written(), s.facts());
  }

  @Test
  void unorderedWritesTheSameLinesInSomeOrder(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Result ordered = run(in, dir.resolve("a.jsonl"), 1, true);
    Result unordered = run(in, dir.resolve("b.jsonl"), 3, false);
    List<String> a = new ArrayList<>(ordered.out());
    List<String> b = new ArrayList<>(unordered.out());
    a.sort(null);
    b.sort(null);
    assertEquals(a, b);
    assertEquals(ordered.summary().failed(), unordered.summary().failed());
  }

  @Test
  void failedOutputLeavesTheEarlierFileIntactAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path out = dir.resolve("out/result.jsonl");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "earlier run\n");
    JsonLinesSink real = JsonLinesSink.atomic(out);
    ResultSink<String> failing = new ResultSink<>() {
      int n;

      @Override
      public void write(String line) throws IOException {
        if (++n == 50) {
          throw new IOException("No space left on device");
        }
        real.write(line);
      }

      @Override
      public void commit() throws IOException {
        real.commit();
      }

      @Override
      public void close() throws IOException {
        real.close();
      }
    };
    try (failing; ErrorReport errors = new ErrorReport("x: ", new PrintWriter(new StringWriter()), null)) {
      IOException e = assertThrows(IOException.class, () -> BulkRunner.builder().threads(2).build()
          .run(Inputs.discover(List.of(in.toString()), List.of()), JITTER, failing, errors, null, null));
      assertEquals("No space left on device", e.getMessage());
    }
    assertEquals(List.of("earlier run"), Files.readAllLines(out));
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void discoveryLeavesOutHiddenMarkdownAndTheRunsOwnFiles(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path out = in.resolve("out.jsonl");
    Files.writeString(out, "");
    Files.createDirectories(in.resolve(".git"));
    Files.writeString(in.resolve(".git/x.txt"), "no");
    List<String> names = Inputs.discover(List.of(in.toString()), List.of(out)).stream()
        .map(i -> in.relativize(Path.of(i.name())).toString()).toList();
    assertEquals(List.of("a.txt", "b_empty.txt", "c_bad.txt", "d_cut.jsonl.gz", "e.jsonl", "f00.jsonl",
        "f01.jsonl", "f02.jsonl", "f03.jsonl", "f04.jsonl", "f05.jsonl", "f06.jsonl", "f07.jsonl",
        "f08.jsonl", "f09.jsonl", "f10.jsonl", "f11.jsonl"), names);
    // named explicitly, a Markdown file is read
    assertEquals(List.of(in.resolve("README.md").toString()),
        Inputs.discover(List.of(in.resolve("README.md").toString()), List.of()).stream().map(Input::name).toList());
  }
}
