package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One-character place abbreviations through the whole pipeline: spans, names and codes. */
class PlaceAbbreviationsTest {

  private static List<String> places(String body) {
    return PlaceRulesTest.places(body);
  }

  @Test
  void coordinatedCountriesBeforeARelationWord() {
    assertEquals(List.of("中@8#-", "美@9#-", "中@17#-", "美@21#-"),
        places("外交部发言人说，中美关系正在改善，中方欢迎美方的表态。"));
    assertEquals(List.of("中@0#-", "印@1#-"), places("中印两国政府签署协定。"));
  }

  @Test
  void verbOfTravelBeforeAnAbbreviationAndListsWithEnumerationComma() {
    // 京 is 北京市 and carries its code; 华 is China, which has none.
    assertEquals(List.of("京@7#110000", "华@12#-", "英@16#-", "法@18#-"),
        places("代表团于昨日抵京，随后访华的还有英、法两国的议员。"));
    assertEquals(List.of("俄@0#-", "港@10#810000"), places("俄总理表示将于下月赴港参加会议。"));
  }

  @Test
  void aCharacterThatIsBothCountryAndProvinceFollowsItsNeighbours() {
    // 港澳: Hong Kong and Macao; 中澳: China and Australia.
    assertEquals(List.of("港@0#810000", "澳@1#820000", "中@9#-", "澳@10#-"),
        places("港澳同胞纷纷捐款，中澳两国签署协议。"));
  }

  @Test
  void armiesAndFixedWords() {
    assertEquals(List.of("日@2#-", "日@6#-"), places("当年日军在抗日战争中遭到了失败。"));
  }

  @Test
  void ordinaryWordsMadeOfAbbreviationCharactersAreNoPlaces() {
    assertEquals(List.of(), places("学生们学习德、智、体、美、劳等方面的知识。"));
    assertEquals(List.of(), places("他在日前的会议中提出非法移民问题，并要求加以解决。"));
    // 中 "in" before 日方: only 日 is a place.
    assertEquals(List.of("美国@2#-", "日@14#-"), places("其中美国企业捐款最多，会议中日方代表发言。"));
  }

  @Test
  void aBareDivisionNameThatIsNotSupportedFreesTheAbbreviation() {
    // 中方 is also 中方县 (Huaihua); without Huaihua in the article it is China's side.
    assertEquals(List.of("中@0#-", "美@4#-"), places("中方欢迎美方的表态。"));
  }

  @Test
  void aLoneCountryBeforeItsEconomySideOrPart() {
    // 俄 stands for nothing but Russia; 葡|方 is Portugal's side; 巴|南部 a part of Pakistan.
    assertEquals(List.of("俄@4#-"), places("尽管目前俄经济已停止下滑。"));
    assertEquals(List.of("葡@0#-", "中@4#-"), places("葡方还向中方提供了名单。"));
    assertEquals(List.of("巴@4#-"), places("劫机犯在巴南部城市被捕。"));
  }

  @Test
  void aNounOfMajorCountriesNeedsNoRelationWord() {
    assertEquals(List.of("中@0#-", "美@1#-"), places("中美等国的代表出席。"));
    // 新意 "a new idea" is made of 新 (Singapore) and 意 (Italy), which are no major pair.
    assertEquals(List.of(), places("他提出一个有新意的设想。"));
  }
}
