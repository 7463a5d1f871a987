package it.storia.extractor.bench;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of every stage, computed once per corpus document so that each benchmark times one stage alone.
 * Lists are parallel to the corpus texts. Immutable after {@link #prepare}.
 *
 * @param segmented segmented texts (the tagger's input)
 * @param tagged tagged texts (the name finder's, date tagger's and resolver's input)
 * @param found the names stage's entities (the resolver's input)
 * @param entities the whole pipeline's entities (the event extractor's input)
 * @param documents whole extracted documents (the JSON writer's input)
 * @param sentenceTokens each document's sentences as token strings (the baseline name finder's input)
 */
record StageInputs(List<AnalyzedText> segmented, List<AnalyzedText> tagged, List<List<Entity>> found,
    List<List<Entity>> entities, List<ExtractedDocument> documents, List<List<String[]>> sentenceTokens) {

  /** Runs the stages of {@code extractor} over {@code texts} once and keeps every intermediate result. */
  static StageInputs prepare(Extractor extractor, List<String> texts) {
    Extractor.Stages stages = extractor.stages();
    List<AnalyzedText> segmented = new ArrayList<>();
    List<AnalyzedText> tagged = new ArrayList<>();
    List<List<Entity>> found = new ArrayList<>();
    List<List<Entity>> entities = new ArrayList<>();
    List<ExtractedDocument> documents = new ArrayList<>();
    List<List<String[]>> sentenceTokens = new ArrayList<>();
    for (String text : texts) {
      AnalyzedText s = stages.segmenter().segment(text);
      segmented.add(s);
      AnalyzedText t = s.withTokens(stages.tagger().tag(s));
      tagged.add(t);
      found.add(stages.names().recognize(t));
      ExtractedDocument doc = extractor.extract(text);
      documents.add(doc);
      entities.add(doc.entities());
      List<String[]> sents = new ArrayList<>();
      for (int k = 0; k < s.sentences().size(); k++) {
        sents.add(s.tokensOf(k).stream().map(Token::text).toArray(String[]::new));
      }
      sentenceTokens.add(sents);
    }
    return new StageInputs(List.copyOf(segmented), List.copyOf(tagged), List.copyOf(found), List.copyOf(entities),
        List.copyOf(documents), List.copyOf(sentenceTokens));
  }
}
