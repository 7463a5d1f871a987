package it.storia.extractor.corpus;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ENEIDE (Aldo Moro Digitale) CSV pair: {@code paragraphs_*.csv} ({@code doc_id,title,text,
 * publication_date}) and {@code annotations_*.csv} ({@code doc_id,start_pos,end_pos,surface,type,identifier},
 * character offsets into {@code text}), and turns them into token-level {@link NameSentence}s.
 *
 * <p>The CSV parser follows RFC 4180 quoting and accepts any run of CR/LF as a record end (the files end rows
 * in {@code \r\r} and {@code \r\r\n}). Annotations whose surface does not match the text at their offsets, or
 * whose ends fall inside a token, are dropped and counted. Stateless; thread-safe.
 */
public final class EneideReader {
  private EneideReader() {}

  /** A paragraph row. */
  public record Paragraph(String docId, String title, String text, String date) {}

  /** An annotation row (offsets into the paragraph text). */
  public record Annotation(String docId, int begin, int end, String surface, EntityType type, String identifier) {}

  /** The result of aligning annotations to tokens. */
  public record Result(List<NameSentence> sentences, int annotations, int dropped) {}

  /** Reads a paragraphs file. */
  public static List<Paragraph> readParagraphs(Path file) throws IOException {
    List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    List<Paragraph> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() < 4) {
        throw new IOException(file + ": row " + (i + 1) + " has " + r.size() + " fields, expected 4");
      }
      out.add(new Paragraph(r.get(0), r.get(1), r.get(2), r.get(3)));
    }
    return out;
  }

  /** Reads an annotations file. */
  public static List<Annotation> readAnnotations(Path file) throws IOException {
    List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    List<Annotation> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() < 6) {
        throw new IOException(file + ": row " + (i + 1) + " has " + r.size() + " fields, expected 6");
      }
      try {
        out.add(new Annotation(r.get(0), Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)), r.get(3),
            EntityType.parse(r.get(4)), r.get(5)));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": row " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Segments the paragraphs and projects the annotations onto tokens. */
  public static Result toSentences(List<Paragraph> paragraphs, List<Annotation> annotations,
      Segmenter segmenter) {
    Map<String, List<Annotation>> byDoc = new HashMap<>();
    for (Annotation a : annotations) {
      byDoc.computeIfAbsent(a.docId(), k -> new ArrayList<>()).add(a);
    }
    List<NameSentence> out = new ArrayList<>();
    int dropped = 0;
    int total = 0;
    for (Paragraph p : paragraphs) {
      List<Annotation> anns = byDoc.getOrDefault(p.docId(), List.of());
      total += anns.size();
      AnalyzedText a = segmenter.segment(p.text());
      Map<Integer, Integer> startTok = new HashMap<>();
      Map<Integer, Integer> endTok = new HashMap<>();
      for (int i = 0; i < a.tokens().size(); i++) {
        startTok.put(a.tokens().get(i).begin(), i);
        endTok.put(a.tokens().get(i).end(), i);
      }
      List<List<NameSpan>> perSentence = new ArrayList<>();
      for (int s = 0; s < a.sentences().size(); s++) {
        perSentence.add(new ArrayList<>());
      }
      for (Annotation ann : anns) {
        Integer st = startTok.get(ann.begin());
        Integer en = endTok.get(ann.end());
        boolean ok = ann.end() <= p.text().length() && ann.begin() < ann.end()
            && p.text().substring(ann.begin(), ann.end()).equals(ann.surface()) && st != null && en != null
            && en >= st && a.tokens().get(st).sentence() == a.tokens().get(en).sentence();
        if (!ok) {
          dropped++;
          continue;
        }
        int s = a.tokens().get(st).sentence();
        int first = a.sentenceTokens().get(s).first();
        perSentence.get(s).add(new NameSpan(st - first, en + 1 - first, ann.type()));
      }
      for (int s = 0; s < a.sentences().size(); s++) {
        List<String> forms = new ArrayList<>();
        for (Token t : a.tokensOf(s)) {
          forms.add(t.norm());
        }
        List<NameSpan> spans = perSentence.get(s);
        spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<NameSpan> kept = new ArrayList<>();
        int last = 0;
        for (NameSpan n : spans) {
          if (n.start() >= last) {
            kept.add(n);
            last = n.end();
          } else {
            dropped++;
          }
        }
        if (!forms.isEmpty()) {
          out.add(new NameSentence(forms, kept));
        }
      }
    }
    return new Result(List.copyOf(out), total, dropped);
  }

  /** RFC 4180 fields; records end at any run of CR/LF outside quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      i = 1;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r' || c == '\n') {
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
          row.add(field.toString());
          rows.add(row);
          row = new ArrayList<>();
          field.setLength(0);
          fieldStarted = false;
        }
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
