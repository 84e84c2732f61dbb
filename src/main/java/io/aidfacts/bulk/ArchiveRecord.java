package io.aidfacts.bulk;

import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit an archive yields before parsing: a whole document (a file, a zip entry, a WARC
 * response) or one JSON line, still as bytes, so decoding and parsing run on the worker
 * threads rather than on the single reading thread.
 *
 * @param source names the record in errors: {@code /a.jsonl:17}, {@code /a.zip!/b.html},
 *     {@code /crawl.warc.gz@1234} (the record's offset)
 * @param id the article id when the record carries none
 * @param bytes the raw bytes
 * @param jsonLine whether the bytes are one JSON Lines object rather than a document
 * @param url the URL the record was fetched from (WARC), or null
 * @param published the fallback publication date (the WARC capture date), or null
 */
public record ArchiveRecord(String source, String id, byte[] bytes, boolean jsonLine, String url,
    String published) {

  public ArchiveRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Decodes and parses the record; the URL and date fill in what the page does not say. */
  public ReadBatch read() {
    ReadBatch batch = jsonLine
        ? ArticleReader.readJsonLine(source, id, bytes)
        : ArticleReader.read(source, id, bytes);
    if (url == null && published == null) {
      return batch;
    }
    List<Article> filled = new ArrayList<>(batch.articles().size());
    for (Article a : batch.articles()) {
      filled.add(new Article(a.id(), a.url() != null ? a.url() : url, a.title(),
          a.published() != null ? a.published() : published, a.outlet(), a.body(), a.script()));
    }
    return new ReadBatch(filled, batch.errors());
  }
}
