package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.bulk.SyntheticArchive;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Script;
import io.aidfacts.read.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The topic carried between sentences is read lazily ({@link Discourse#settle}: only when an act
 * asks, from the last sentence back): the facts are those of reading every sentence's subject
 * as it comes.
 */
class SettledTopicTest {

  private static final FrameFactAssembler LAZY = new FrameFactAssembler();
  private static final FrameFactAssembler EVERY = new FrameFactAssembler(true);

  private static void same(Article a, List<io.aidfacts.model.Mention> mentions) {
    List<AidFact> lazy = LAZY.assemble(a, TextNormalizer.normalize(a.body()), mentions);
    List<AidFact> every = EVERY.assemble(a, TextNormalizer.normalize(a.body()), mentions);
    assertEquals(every, lazy, a.id());
  }

  @Test
  void markedTextsWithAnaphorsAndCarriedSubjects() {
    String[] texts = {
        "{PLACE:厦门市}慈善总会召开理事会。该会举行仪式。会议结束。次日又捐赠{AMT=100000:10万元}。",
        "{ORG:甲公司}召开会议。{ORG:乙集团}举行仪式。会议结束。又捐赠{AMT=100000:10万元}。",
        "{ORG:中联华通能源集团有限公司}召开会议。该集团举行仪式。{PERSON:王建军}说。又捐赠{AMT=100000:10万元}。",
        "{ORG:甲基金会}成立。\n他本人出席。该基金会举行仪式。\n捐赠{AMT=100000:10万元}。{ORG:乙公司}成立。该公司又捐赠{AMT=50000:5万元}。",
        // 该会 stands for the topic: read under it, the sentence moves the topic to its paragraph.
        "{ORG:慈善会北京办事处}成立。\n该会举行仪式。会议结束。又捐赠{AMT=100000:10万元}。",
        "社会各界踊跃参与。{ORG:甲公司}召开会议。公司举行仪式。\n捐赠{AMT=100000:10万元}。"};
    for (String t : texts) {
      Marked m = Marked.parse(t);
      same(m.article("2020-06-15"), m.mentions());
    }
  }

  @Test
  void generatedArticlesThroughThePipeline() throws Exception {
    AidFacts mentionsOnly = AidFacts.builder().facts(false).build();
    SyntheticArchive g = new SyntheticArchive(17);
    ObjectMapper json = new ObjectMapper();
    int facts = 0;
    for (int i = 0; i < 150; i++) {
      JsonNode n = json.readTree(g.article("syn" + i, i % 5 != 0));
      Article a = new Article("syn" + i, null, null, n.path("published").asText(), null,
          n.path("body").asText(), Script.SIMPLIFIED);
      ArticleFacts r = mentionsOnly.extract(a);
      same(a, r.mentions());
      facts += EVERY.assemble(a, TextNormalizer.normalize(a.body()), r.mentions()).size();
    }
    assertFalse(facts == 0, "the generated articles hold facts");
  }
}
