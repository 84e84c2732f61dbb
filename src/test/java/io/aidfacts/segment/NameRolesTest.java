package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.recognition.nr.PersonRecognition;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import io.aidfacts.bulk.SyntheticArchive;
import io.aidfacts.extract.EntityRecognizer;
import io.aidfacts.read.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameRoles} must give the roles HanLP's person recognizer gives, and must only skip
 * HanLP's pattern matching where it would insert no name.
 */
class NameRolesTest {

  @Test
  void rolesAreThoseOfHanlpsRoleViterbi() {
    List<String> texts = new ArrayList<>(LatticeSegmentTest.HARD);
    SyntheticArchive archive = new SyntheticArchive(5L);
    for (int i = 0; i < 150; i++) {
      texts.add(archive.article("r" + i, i % 2 == 0));
    }
    int words = 0;
    int named = 0;
    for (boolean lexicon : new boolean[] {false, true}) {
      LatticeSegment segment = new LatticeSegment();
      if (lexicon) {
        segment.enableCustomDictionary(LexiconDictionary.of(EntityRecognizer.lexicon()));
      }
      for (String raw : texts) {
        String t = TextNormalizer.normalize(raw).text();
        for (var span : SentenceSplitter.split(t)) {
          char[] sentence = t.substring(span.start(), span.end()).toCharArray();
          Map.Entry<List<Vertex>, int[]> path = segment.pathBeforeNames(sentence);
          List<NR> expected = PersonRecognition.viterbiComputeSimply(
              PersonRecognition.roleObserve(path.getKey()));
          NR[] roles = NameRoles.current(LatticeSegment.CoreWords.current())
              .roles(path.getKey(), path.getValue());
          assertEquals(expected, Arrays.asList(roles), new String(sentence));
          words += roles.length;
          if (NameRoles.mayMatch(roles)) {
            named++;
          }
        }
      }
    }
    assertTrue(words > 50_000, "compared only " + words + " roles");
    assertTrue(named > 100, "only " + named + " sentences could hold a name");
  }

  /** Every role sequence of up to four words, then long random ones. */
  @Test
  void patternsAreSkippedOnlyWhereHanlpInsertsNoName() {
    NR[] all = NR.values();
    int inserting = 0;
    int skipped = 0;
    for (int length = 1; length <= 4; length++) {
      int[] digits = new int[length];
      for (long k = 0; k < pow(all.length, length); k++) {
        long x = k;
        for (int i = 0; i < length; i++) {
          digits[i] = (int) (x % all.length);
          x /= all.length;
        }
        NR[] roles = new NR[length];
        for (int i = 0; i < length; i++) {
          roles[i] = all[digits[i]];
        }
        int inserted = insertedBy(roles);
        boolean may = NameRoles.mayMatch(roles);
        assertTrue(may || inserted == 0, () -> Arrays.toString(roles) + " skipped but names a person");
        inserting += inserted > 0 ? 1 : 0;
        skipped += may ? 0 : 1;
      }
    }
    // Sentences are long runs of context roles with a rare name role among them.
    Random random = new Random(17);
    NR[] common = {NR.A, NR.A, NR.A, NR.K, NR.L, NR.M, NR.S};
    for (int n = 0; n < 20_000; n++) {
      NR[] roles = new NR[5 + random.nextInt(40)];
      for (int i = 0; i < roles.length; i++) {
        roles[i] = random.nextInt(8) == 0 ? all[random.nextInt(all.length)]
            : common[random.nextInt(common.length)];
      }
      int inserted = insertedBy(roles);
      boolean may = NameRoles.mayMatch(roles);
      assertTrue(may || inserted == 0, () -> Arrays.toString(roles) + " skipped but names a person");
      inserting += inserted > 0 ? 1 : 0;
      skipped += may ? 0 : 1;
    }
    assertTrue(inserting > 1_000, "HanLP named a person in only " + inserting + " sequences");
    assertTrue(skipped > 10_000, "only " + skipped + " sequences were skipped");
  }

  @Test
  void aSurnameAndGivenNameMayMatchAndContextAloneMayNot() {
    assertTrue(NameRoles.mayMatch(new NR[] {NR.K, NR.A, NR.B, NR.E, NR.L, NR.A}));
    assertTrue(NameRoles.mayMatch(new NR[] {NR.K, NR.U, NR.E, NR.A}));
    assertTrue(NameRoles.mayMatch(new NR[] {NR.A, NR.Y, NR.A}));
    assertEquals(false, NameRoles.mayMatch(new NR[] {NR.K, NR.A, NR.A, NR.L, NR.M, NR.A}));
    assertEquals(false, NameRoles.mayMatch(new NR[] {NR.K, NR.B, NR.A, NR.L, NR.A}));
  }

  /** How many names {@code PersonDictionary.parsePattern} inserts for these roles. */
  private static int insertedBy(NR[] roles) {
    HanLP.Config.enableDebug(false);
    List<Vertex> words = new ArrayList<>(roles.length);
    StringBuilder text = new StringBuilder();
    String chars = "王李张刘陈杨黄赵周吴明华伟芳丽强军平东海说称在了是的和";
    for (int i = 0; i < roles.length; i++) {
      String w = "" + chars.charAt((i * 7 + roles[i].ordinal()) % chars.length())
          + chars.charAt((i * 3 + 5) % chars.length());
      words.add(new Vertex(w));
      text.append(w);
    }
    int[] inserted = {0};
    WordNet recording = new WordNet(text.toString().toCharArray()) {
      @Override
      public void insert(int line, Vertex vertex, WordNet wordNetAll) {
        inserted[0]++;
      }
    };
    PersonDictionary.parsePattern(Arrays.asList(roles), words, recording, recording);
    return inserted[0];
  }

  private static long pow(int base, int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= base;
    }
    return p;
  }
}
