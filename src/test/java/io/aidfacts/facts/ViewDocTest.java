package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.Article;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.read.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The located mentions of a document: view order whatever order the mentions come in. */
class ViewDocTest {

  private static final Marked MARKED = Marked.parse("{DATE=2020-05:5月}，{ORG:纳雍县教育局}向"
      + "{PLACE:福贡县}捐赠{AMT=50000:5万元}，{PERSON:王建军}、{PERSON:李明}出席。");

  private static String located(ViewDoc d) {
    StringBuilder b = new StringBuilder();
    for (ViewDoc.Located l : d.mentions) {
      b.append(l.index()).append(' ').append(l.type()).append(' ').append(l.start()).append('-')
          .append(l.end()).append(' ').append(d.view(l)).append('\n');
    }
    return b.toString();
  }

  private static ViewDoc doc(List<Mention> mentions) {
    Article a = MARKED.article("2020-06-01");
    return new ViewDoc(a, TextNormalizer.normalize(a.body()), mentions);
  }

  @Test
  void mentionsInAnyOrderAreLocatedInViewOrderLongerFirst() {
    List<Mention> ms = new ArrayList<>(MARKED.mentions());
    // A place nested in the organisation's name, at the same start: the organisation comes first.
    Mention org = ms.stream().filter(m -> m.text().equals("纳雍县教育局")).findFirst().orElseThrow();
    ms.add(PlaceMention.unresolved(new CharSpan(org.start(), org.start() + 3), "纳雍县"));
    String expected = "0 DATE 0-2 5月\n1 ORG 3-9 纳雍县教育局\n2 PLACE 3-6 纳雍县\n3 PLACE 10-13 福贡县\n"
        + "4 AMOUNT 15-18 5万元\n5 PERSON 19-22 王建军\n6 PERSON 23-25 李明\n";
    Random r = new Random(3);
    for (int round = 0; round < 50; round++) {
      Collections.shuffle(ms, r);
      assertEquals(expected, located(doc(ms)), ms.toString());
    }
  }
}
