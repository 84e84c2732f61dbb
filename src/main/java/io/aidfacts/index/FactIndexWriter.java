package io.aidfacts.index;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds articles and their aid facts to an index, replacing any earlier version of an article
 * (by id), and commits durably.
 *
 * <p>Nothing is visible to a reader that opens the index until {@link #commit()}: a process
 * killed while indexing leaves the last commit intact and searchable, because Lucene writes
 * new segments beside the committed ones and switches to them only in the commit.
 * {@link #searcher()} sees uncommitted changes too (near-real-time), for searching while
 * indexing in the same process.
 *
 * <p>Thread-safe: several threads may add articles at once.
 */
public final class FactIndexWriter implements Closeable {

  private final Directory dir;
  private final boolean ownsDir;
  private final IndexWriter writer;
  private final Path path;
  private FactSearcher nrt;

  private FactIndexWriter(Directory dir, boolean ownsDir, Path path, boolean recreate,
      double ramBufferMb) throws IOException {
    this.dir = dir;
    this.ownsDir = ownsDir;
    this.path = path;
    if (!recreate) {
      IndexSchema.checkVersion(dir, path);
    }
    IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.analyzer());
    cfg.setOpenMode(recreate ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(ramBufferMb);
    cfg.setCommitOnClose(false);
    this.writer = new IndexWriter(dir, cfg);
    writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
  }

  /**
   * Opens (or creates) the index in folder {@code path}.
   *
   * @param recreate start from an empty index, discarding what is there (at the first commit)
   * @throws IncompatibleIndexException if the folder holds an index of another schema version
   */
  public static FactIndexWriter open(Path path, boolean recreate) throws IOException {
    Objects.requireNonNull(path, "path");
    FSDirectory d = FSDirectory.open(path);
    try {
      return new FactIndexWriter(d, true, path, recreate, 64);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Opens (or creates) an index in a directory the caller owns and closes. */
  public static FactIndexWriter open(Directory dir, boolean recreate) throws IOException {
    return new FactIndexWriter(dir, false, null, recreate, 64);
  }

  /** As {@link #open(Path, boolean)}, with a larger indexing buffer for bulk loads. */
  public static FactIndexWriter openForBulk(Path path, boolean recreate, double ramBufferMb)
      throws IOException {
    FSDirectory d = FSDirectory.open(path);
    try {
      return new FactIndexWriter(d, true, path, recreate, ramBufferMb);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * Adds an article with its facts, replacing every document of an article with the same id.
   * The mentions supply the division paths of the facts' places.
   */
  public void add(Article article, List<Mention> mentions, List<AidFact> facts) throws IOException {
    Objects.requireNonNull(article, "article");
    writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, article.id()),
        IndexSchema.block(article, List.copyOf(mentions), List.copyOf(facts)));
  }

  /** Deletes an article and its facts. */
  public void delete(String articleId) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, articleId));
  }

  /** Makes every change so far durable and visible to newly opened searchers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Drops the changes made since the last commit and closes the writer. */
  public void rollback() throws IOException {
    closeRest(true);
  }

  /** A near-real-time searcher over this writer's changes, committed or not; closed with it. */
  public synchronized FactSearcher searcher() throws IOException {
    if (nrt == null) {
      nrt = new FactSearcher(writer);
    }
    return nrt;
  }

  public Path path() {
    return path;
  }

  /** Closes without committing: call {@link #commit()} first to keep the changes. */
  @Override
  public void close() throws IOException {
    closeRest(false);
  }

  private synchronized void closeRest(boolean rollback) throws IOException {
    try {
      if (nrt != null) {
        nrt.close();
        nrt = null;
      }
    } finally {
      try {
        if (rollback) {
          writer.rollback();
        } else {
          writer.close();
        }
      } finally {
        if (ownsDir) {
          dir.close();
        }
      }
    }
  }
}
