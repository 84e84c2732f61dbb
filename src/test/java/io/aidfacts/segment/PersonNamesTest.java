package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static List<String> plausible(String... names) {
    return List.of(names).stream().filter(PersonNames::plausible).collect(Collectors.toList());
  }

  @Test
  void namesReadAsNamesByHanlpsRoleCounts() {
    assertEquals(List.of("王刚", "李强", "张伟", "刘红", "吴仪", "唐胜利", "吴弦光", "罗毅刚", "欧阳修"),
        plausible("王刚", "李强", "张伟", "刘红", "吴仪", "唐胜利", "吴弦光", "罗毅刚", "欧阳修"));
  }

  @Test
  void gluedNeighboursAndCommonWordsAreNot() {
    // 向唐: a preposition before 唐; 曾称, 时说, 都已: an adverb and a verb; 万只, 米长: a
    // numeral or measure word; 代捐: a piece of 代捐款; 卢两国, 相异处: words.
    assertEquals(List.of(), plausible("向唐", "曾称", "时说", "都已", "万只", "米长", "代捐",
        "卢两国", "相异处"));
  }

  @Test
  void otherLengthsAreNotJudged() {
    assertEquals(List.of("王", "司马相如"), plausible("王", "司马相如"));
  }

  @Test
  void prepositionsBeforeNamesAndCutNames() {
    assertEquals("向在", "向在王于".chars().filter(c -> PersonNames.oftenBeforeName((char) c))
        .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
    assertEquals(List.of(true, true, false, false, false),
        List.of(PersonNames.completes("罗毅", "刚"), PersonNames.completes("叶钊", "颖"),
            PersonNames.completes("张伟", "说"), PersonNames.completes("李强", "和"),
            PersonNames.completes("张伟", "大力")));
  }
}
