package io.aidfacts;

import io.aidfacts.extract.AmountRecognizer;
import io.aidfacts.extract.AnalyzedText;
import io.aidfacts.extract.DateRecognizer;
import io.aidfacts.extract.EntityRecognizer;
import io.aidfacts.extract.FactPrefilter;
import io.aidfacts.extract.MentionMerger;
import io.aidfacts.extract.QuantityRecognizer;
import io.aidfacts.extract.Recognizer;
import io.aidfacts.facts.FactAssembler;
import io.aidfacts.facts.FrameFactAssembler;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.read.TextNormalizer;
import io.aidfacts.segment.HanlpLexicon;
import io.aidfacts.segment.Segmenters;
import io.aidfacts.segment.Segmenter;
import io.aidfacts.segment.Token;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The extraction pipeline: reads an {@link Article}'s body through its normalized view,
 * segments it, recognizes mentions and assembles aid facts.
 *
 * <pre>{@code
 * AidFacts aid = AidFacts.builder().build();          // once: loads dictionaries
 * ArticleFacts result = aid.extract(Article.of("a1", "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。"));
 * }</pre>
 *
 * <p>Built once by its {@link Builder}, validated then, and immutable afterwards: one instance
 * is safe to share between threads, and every call keeps its state on its own stack.
 */
public final class AidFacts {

  private final Segmenter segmenter;
  private final List<Recognizer> recognizers;
  private final FactAssembler facts;
  private final FactPrefilter factsOnly;

  private AidFacts(Builder b) {
    this.segmenter = b.segmenter != null ? b.segmenter
        : standardSegmenter(b.lexicon);
    List<Recognizer> r = new ArrayList<>();
    if (b.defaultRecognizers) {
      r.add(new EntityRecognizer());
      r.add(new AmountRecognizer());
      r.add(new QuantityRecognizer());
      r.add(new DateRecognizer(b.undatedClock));
    }
    r.addAll(b.extraRecognizers);
    if (r.isEmpty()) {
      throw new IllegalStateException("pipeline has no recognizers: keep the defaults or add one");
    }
    this.recognizers = List.copyOf(r);
    this.facts = b.facts ? (b.assembler != null ? b.assembler : new FrameFactAssembler()) : null;
    if (b.factsOnly && !b.facts) {
      throw new IllegalStateException("factsOnly(true) with facts(false) would find nothing: keep facts on");
    }
    this.factsOnly = b.factsOnly ? FactPrefilter.bundled() : null;
  }

  /**
   * The library's own segmentation, with a user lexicon's words kept whole: what extraction
   * runs by default, and what {@code WordSegmentation.standard()} and the {@code segment} and
   * {@code eval seg} commands run, defined once here so they cannot drift apart.
   */
  public static Segmenter standardSegmenter(HanlpLexicon userLexicon) {
    return Segmenters.forEntities(EntityRecognizer.lexicon().plus(userLexicon));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Extracts mentions and facts from one article. Thread-safe. */
  public ArticleFacts extract(Article article) {
    Objects.requireNonNull(article, "article");
    NormalizedText view = TextNormalizer.normalize(article.body());
    if (factsOnly != null && !factsOnly.mayHoldFact(view.text())) {
      return new ArticleFacts(article, List.of(), List.of());
    }
    List<Token> tokens = segmenter.segment(view.text());
    AnalyzedText text = new AnalyzedText(article, view, tokens);
    List<Mention> all = new ArrayList<>();
    for (Recognizer r : recognizers) {
      all.addAll(r.recognize(text));
    }
    List<Mention> mentions = MentionMerger.merge(all);
    List<AidFact> found = facts == null ? List.of() : facts.assemble(article, view, mentions);
    return new ArticleFacts(article, mentions, found);
  }

  /** Configures a pipeline; {@link #build()} validates and freezes it. Not thread-safe. */
  public static final class Builder {
    private Segmenter segmenter;
    private boolean defaultRecognizers = true;
    private final List<Recognizer> extraRecognizers = new ArrayList<>();
    private FactAssembler assembler;
    private boolean facts = true;
    private Clock undatedClock;
    private boolean factsOnly;
    private HanlpLexicon lexicon = HanlpLexicon.EMPTY;

    private Builder() {}

    /**
     * Adds the words of a lexicon file ({@code WORD [TAG [FREQUENCY]]} a line, UTF-8) to this
     * pipeline's default segmenter; other pipelines in the JVM do not see them. Fails on an
     * unreadable file or a malformed line, naming it.
     */
    public Builder lexicon(Path file) {
      this.lexicon = lexicon.plus(HanlpLexicon.load(Objects.requireNonNull(file, "file")));
      return this;
    }

    /** Adds words, each {@code WORD [TAG [FREQUENCY]]} ({@code 臻溪谷 nt}), to this pipeline's segmenter. */
    public Builder lexicon(List<String> words) {
      this.lexicon = lexicon.plus(HanlpLexicon.of(Objects.requireNonNull(words, "words")));
      return this;
    }

    /** Replaces the HanLP segmenter (tests, or another segmenter). */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /** Adds a recognizer after the default ones. */
    public Builder addRecognizer(Recognizer recognizer) {
      extraRecognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
      return this;
    }

    /** Leaves out the built-in recognizers; only those added run. */
    public Builder withoutDefaultRecognizers() {
      this.defaultRecognizers = false;
      return this;
    }

    /** Replaces the fact assembler. */
    public Builder factAssembler(FactAssembler assembler) {
      this.assembler = Objects.requireNonNull(assembler, "assembler");
      return this;
    }

    /** Whether to assemble facts (default true); mentions only when false. */
    public Builder facts(boolean facts) {
      this.facts = facts;
      return this;
    }

    /**
     * Resolves relative dates (今年, 昨天) of articles without a publication date against today
     * by {@code clock}; by default they stay null. Dated articles never read the clock.
     */
    public Builder relativeDatesOfUndatedArticles(Clock clock) {
      this.undatedClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Facts only (default false): an article with no cue of giving ({@link FactPrefilter},
     * the bundled {@code fact-cues.txt}) is not analysed and comes back with no mentions and
     * no facts. Much faster over archives mostly not about aid; use it when only facts count.
     */
    public Builder factsOnly(boolean factsOnly) {
      this.factsOnly = factsOnly;
      return this;
    }

    public AidFacts build() {
      return new AidFacts(this);
    }
  }
}
