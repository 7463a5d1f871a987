package it.storia.extractor.index;

import it.storia.extractor.io.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Italian analysis chains of the passage index, built from Lucene's own filters.
 * <ul>
 *   <li>{@code text}: StandardTokenizer → ElisionFilter (Italian articles: "l'opposizione" → "opposizione") →
 *       LowerCaseFilter → ASCIIFoldingFilter → ItalianLightStemFilter ("espulso" and "espulsi" share a stem).
 *   <li>{@code text_exact}: StandardTokenizer → LowerCaseFilter → ASCIIFoldingFilter: unstemmed, for phrases.
 *   <li>every other field: one keyword.
 * </ul>
 * The elided articles come from {@code it/storia/extractor/index/elision-articles.txt} or a file given to
 * {@link #load(Path)}. Immutable; the analyzers are thread-safe (Lucene keeps per-thread token streams).
 */
public final class ItalianAnalysis {
  /** Classpath location of the bundled elided articles. */
  public static final String ARTICLES_RESOURCE = "/it/storia/extractor/index/elision-articles.txt";

  private final CharArraySet articles;
  private final Analyzer stemmed;
  private final Analyzer exact;
  private final Analyzer perField;

  private ItalianAnalysis(List<String> articleList) {
    this.articles = CharArraySet.unmodifiableSet(new CharArraySet(articleList, true));
    this.stemmed = new Stemmed(articles);
    this.exact = new Exact();
    this.perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(PassageFields.TEXT, stemmed, PassageFields.TEXT_EXACT, exact));
  }

  /** The bundled chains. */
  public static ItalianAnalysis fromClasspath() {
    try (InputStream in = ItalianAnalysis.class.getResourceAsStream(ARTICLES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + ARTICLES_RESOURCE);
      }
      return new ItalianAnalysis(readList(in, ARTICLES_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARTICLES_RESOURCE, e);
    }
  }

  /** Chains whose elided articles are read from a file (one per line, {@code #} comments). */
  public static ItalianAnalysis load(Path articlesFile) throws IOException {
    try (InputStream in = Files.newInputStream(articlesFile)) {
      return new ItalianAnalysis(readList(in, articlesFile.toString()));
    }
  }

  private static List<String> readList(InputStream in, String source) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (DataLines.Line line : DataLines.read(r)) {
      String s = line.word(source);
      if (s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0) {
        throw line.error(source, "write the elided article without its apostrophe");
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Where a word starts once an elided article is dropped: 2 for "l'opposizione", 0 for "opposizione" (the same
   * rule as the ElisionFilter of the stemmed chain; apostrophes ' and ’).
   */
  public int elisionLength(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return articles.contains(word.subSequence(0, i)) ? i + 1 : 0;
      }
      if (!Character.isLetter(c)) {
        return 0;
      }
    }
    return 0;
  }

  /** The stemmed chain of the {@code text} field. */
  public Analyzer stemmed() {
    return stemmed;
  }

  /** The unstemmed chain of the {@code text_exact} field. */
  public Analyzer exact() {
    return exact;
  }

  /** One analyzer for all fields: stemmed for {@code text}, exact for {@code text_exact}, keyword otherwise. */
  public Analyzer perField() {
    return perField;
  }

  private static final class Stemmed extends Analyzer {
    private final CharArraySet articles;

    Stemmed(CharArraySet articles) {
      this.articles = articles;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = new ElisionFilter(source, articles);
      s = new LowerCaseFilter(s);
      s = new ASCIIFoldingFilter(s);
      s = new ItalianLightStemFilter(s);
      return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static final class Exact extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
