package it.storia.extractor.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser over the passage text, with one change: a quoted phrase on the default field is
 * searched both unstemmed in {@code text_exact} (boosted, so exact wording ranks first) and stemmed in
 * {@code text}. Words default to AND. Not thread-safe (like QueryParser): one per parse.
 */
final class PassageQueryParser extends QueryParser {
  /** Boost of the exact-phrase clause. */
  static final float EXACT_BOOST = 2f;

  PassageQueryParser(Analyzer perField) {
    super(PassageFields.TEXT, perField);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return phraseOnBoth(field, queryText, quoted, 0);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return phraseOnBoth(field, queryText, true, slop);
  }

  private Query phraseOnBoth(String field, String queryText, boolean quoted, int slop) throws ParseException {
    Query stemmed = withSlop(super.getFieldQuery(field, queryText, quoted), slop);
    if (!quoted || !PassageFields.TEXT.equals(field) || stemmed == null) {
      return stemmed;
    }
    Query exact = withSlop(super.getFieldQuery(PassageFields.TEXT_EXACT, queryText, true), slop);
    if (exact == null) {
      return stemmed;
    }
    return new BooleanQuery.Builder()
        .add(stemmed, BooleanClause.Occur.MUST)
        .add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query withSlop(Query q, int slop) {
    if (slop <= 0 || q == null) {
      return q;
    }
    if (q instanceof PhraseQuery p) {
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
      var terms = p.getTerms();
      var positions = p.getPositions();
      for (int i = 0; i < terms.length; i++) {
        b.add(terms[i], positions[i]);
      }
      return b.build();
    }
    if (q instanceof MultiPhraseQuery mp) {
      return new MultiPhraseQuery.Builder(mp).setSlop(slop).build();
    }
    return q;
  }
}
