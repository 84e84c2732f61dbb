package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A sanity check on financial news outside the aid domain (FewFC, {@code ../shared/data/fewfc},
 * CC BY-SA 4.0, read in place and never copied): how often an investment event with money
 * (role {@code sub} invests {@code money}, trigger 投资) comes out as an investment fact with
 * that investor and that money, and how many facts come out of sentences with no investment
 * at all (pledges, guarantees, share transfers: none of them aid). Prints its figures.
 *
 * <p>Run with {@code mvn test -Dtest=FewFcSanityTest -DexcludedTestGroups=none}.
 */
@Tag("eval")
class FewFcSanityTest {

  private static final Path DATA = Path.of("../shared/data/fewfc");
  /** Sentences read per file; the whole set takes over 15 minutes on two cores. */
  private static final int LIMIT = Integer.getInteger("fewfc.limit", 400);

  @Test
  void investmentsAreFoundAndOtherFinancialNewsGivesFewFacts() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DATA), "no " + DATA.toAbsolutePath());
    AidFacts aid = AidFacts.builder().build();
    ObjectMapper json = new ObjectMapper();
    int invest = 0;
    int found = 0;
    int other = 0;
    int otherFacts = 0;
    for (String file : List.of("train_base.json", "train_trans.json")) {
      try (BufferedReader r = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
        String line;
        int read = 0;
        while ((line = r.readLine()) != null && read++ < LIMIT) {
          JsonNode n = json.readTree(line);
          String content = n.path("content").asText();
          if (content.isBlank()) {
            continue;
          }
          ArticleFacts res = aid.extract(Article.of(n.path("id").asText("x"), content));
          boolean anyInvestment = false;
          for (JsonNode e : n.path("events")) {
            if (!e.path("type").asText().equals("投资")) {
              continue;
            }
            anyInvestment = true;
            String sub = null;
            int ms = -1;
            int me = -1;
            boolean verb = false;
            for (JsonNode m : e.path("mentions")) {
              switch (m.path("role").asText()) {
                case "sub" -> sub = m.path("word").asText();
                case "money" -> {
                  ms = m.path("span").get(0).asInt();
                  me = m.path("span").get(1).asInt();
                }
                case "trigger" -> verb = m.path("word").asText().contains("投资");
                default -> { }
              }
            }
            if (sub == null || ms < 0 || !verb) {
              continue;
            }
            invest++;
            for (AidFact f : res.facts()) {
              if (f.amount() != null && f.amount().start() < me && ms < f.amount().end()
                  && sameParty(f.donor(), sub)) {
                found++;
                break;
              }
            }
          }
          if (!anyInvestment) {
            other++;
            otherFacts += res.facts().size();
          }
        }
      }
    }
    System.out.printf("FewFC: investment events with money (trigger 投资): %d, found with investor and money: %d (%.3f)%n",
        invest, found, invest == 0 ? 0.0 : (double) found / invest);
    System.out.printf("FewFC: sentences without an investment: %d, facts from them: %d (%.3f per sentence)%n",
        other, otherFacts, other == 0 ? 0.0 : (double) otherFacts / other);
    assertTrue(invest > 0, "no investment events read from " + DATA.toAbsolutePath());
  }

  /** score.py's rule: one name holds the other and is at least 0.6 of its length. */
  private static boolean sameParty(String a, String b) {
    String s = a.length() <= b.length() ? a : b;
    String l = a.length() <= b.length() ? b : a;
    return !s.isEmpty() && l.contains(s) && s.length() >= 0.6 * l.length();
  }
}
