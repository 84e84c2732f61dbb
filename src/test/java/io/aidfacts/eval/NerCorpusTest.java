package io.aidfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.MentionType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {

  @TempDir Path dir;

  @Test
  void bioSentencesAndSpans() throws Exception {
    Path f = dir.resolve("dev.bio");
    Files.writeString(f, "民 B-ORG\n盟 I-ORG\n在 O\n大 B-LOC\n连 I-LOC\n\n张 B-PER\n三 I-PER\n来 O\n", StandardCharsets.UTF_8);
    List<NerCorpus.Sentence> s = NerCorpus.read(f, NerCorpus.Format.BIO, NerCorpus.defaultLabels(NerCorpus.Format.BIO));
    assertEquals(2, s.size());
    assertEquals("民盟在大连", s.get(0).text());
    assertEquals(List.of(new NerCorpus.Span(MentionType.ORG, 0, 2), new NerCorpus.Span(MentionType.PLACE, 3, 5)),
        s.get(0).entities());
    assertEquals(List.of(new NerCorpus.Span(MentionType.PERSON, 0, 2)), s.get(1).entities());
  }

  @Test
  void msraFolderAndClueNerInclusiveEnds() throws Exception {
    Files.writeString(dir.resolve("sentences.txt"), "在 江 苏 如 皋\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tags.txt"), "O B-LOC I-LOC B-LOC I-LOC\n", StandardCharsets.UTF_8);
    List<NerCorpus.Sentence> m = NerCorpus.read(dir, NerCorpus.Format.MSRA, NerCorpus.defaultLabels(NerCorpus.Format.MSRA));
    assertEquals(List.of(new NerCorpus.Span(MentionType.PLACE, 1, 3), new NerCorpus.Span(MentionType.PLACE, 3, 5)),
        m.get(0).entities());
    Path c = dir.resolve("dev.json");
    Files.writeString(c, "{\"text\": \"彭小军在台湾\", \"label\": {\"address\": {\"台湾\": [[4, 5]]}, "
        + "\"name\": {\"彭小军\": [[0, 2]]}, \"game\": {\"x\": [[3, 3]]}}}\n", StandardCharsets.UTF_8);
    List<NerCorpus.Sentence> j = NerCorpus.read(c, NerCorpus.Format.CLUENER, NerCorpus.defaultLabels(NerCorpus.Format.CLUENER));
    assertEquals(List.of(new NerCorpus.Span(MentionType.PERSON, 0, 3), new NerCorpus.Span(MentionType.PLACE, 4, 6)),
        j.get(0).entities());
  }

  @Test
  void scoreCountsExactSpansPerType() {
    NerScore score = new NerScore(5);
    List<NerCorpus.Span> gold = List.of(new NerCorpus.Span(MentionType.ORG, 0, 2), new NerCorpus.Span(MentionType.PLACE, 3, 5));
    List<NerCorpus.Span> pred = List.of(new NerCorpus.Span(MentionType.ORG, 0, 2), new NerCorpus.Span(MentionType.PLACE, 3, 4));
    score.add("民盟在大连", gold, pred, Set.of(MentionType.ORG, MentionType.PLACE));
    assertEquals(new Prf(1, 0, 0), score.of(MentionType.ORG));
    assertEquals(new Prf(0, 1, 1), score.of(MentionType.PLACE));
    assertEquals(List.of(new NerScore.Error("spurious", MentionType.PLACE, "大", "民盟在大连"),
        new NerScore.Error("missed", MentionType.PLACE, "大连", "民盟在大连")), score.errors());
  }
}
