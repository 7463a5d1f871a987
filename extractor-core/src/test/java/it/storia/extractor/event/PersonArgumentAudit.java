package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 14: person arguments pooled by cause"): every gold agent/patient person of a
 * matched event that the extractor misses, and every PERSON agent/patient it gives that the gold does not have, over
 * every readable set (dev set, held-out 1-17, 18a, 19a; parts 18b and 19b are never loaded), in both entity modes
 * (pipeline and oracle) in one run, each with a cause guessed from the text between the gold name's nearest mention
 * and the trigger. Run with {@code -Devents.personAudit=OUT.tsv}; skipped otherwise. {@code dev/person_causes.py}
 * pools the rows into tables.
 *
 * <p>Columns: set, document, mode, kind ({@code miss} or {@code wrong}), cause, detail, role, person, gold type,
 * trigger, what the extractor gave, and the sentence (corpus text: keep the output out of the repository). The cause
 * is a heuristic: the first that applies of {@code role} (found in the other role), {@code common-noun} (no oracle
 * PERSON mention of the gold name), {@code dropped-subject} / {@code anaphor} / {@code cataphora} (no mention in the
 * trigger's sentence; an anaphor word in it), {@code name-finder} (pipeline: no PERSON entity of that name over the
 * mention), {@code passive-agent}, {@code relative-clause}, {@code coordination}, {@code apposition-title}
 * (a title or person noun among the three words before the name), {@code postposed-past-phrase} (the name after the
 * trigger past two or more words), {@code other-clause}, {@code wrong-candidate} (another person chosen; detail: nearer, wrong side, farther), and
 * {@code not-chosen} (no person in the role; detail: the mention's side and distance in words).
 */
class PersonArgumentAudit {

  private static final Pattern ANAPHOR = Pattern.compile(
      "(?iu)(?<![\\p{L}])(quest'ultim[oaie]|egli|ella|essi|esse|costui|costei|costoro|lui|lei|loro|questi|"
          + "il quale|la quale|i quali|le quali|suo|sua|suoi|sue|proprio|propria|propri|proprie|l[oi] |l'(?=ha|av|ave))");
  private static final Pattern DA_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(da|dal|dallo|dalla|dai|dagli|dalle|dall'|da parte d\\S*)\\s*(\\S+\\s+){0,2}$");
  private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}])(che|cui|il quale|la quale|i quali|le quali)(?![\\p{L}])");
  private static final Pattern COORD_BEFORE = Pattern.compile("(?u)(,|(?<![\\p{L}])ed?)\\s*$");
  private static final Pattern COORD_AFTER = Pattern.compile("(?u)^\\s*(,|ed?(?![\\p{L}]))");
  private static final WordClasses CLASSES = WordClasses.parse(DataFiles.classpath("word-classes.tsv"));
  private static final List<String> TITLE_CLASSES = List.of("post_title", "person_title", "person_noun", "kin",
      "heir_title", "regnal_title");
  private static final Pattern CLAUSE = Pattern.compile("[;:?!()«»\"]");


  @Test
  void personArgumentsOfMatchedEventsByCause() throws IOException {
    String out = System.getProperty("events.personAudit");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.personAudit=OUT.tsv");
    Extractor pipeline = Extractor.withDefaults();
    PatternEventExtractor oracle = PatternEventExtractor.fromClasspath();
    int rows = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      w.println("set\tdoc\tmode\tkind\tcause\tdetail\trole\tperson\ttype\ttrigger\tgot\tsentence");
      for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
        for (EventDevSet.Doc d : set.getValue().load()) {
          var x = pipeline.extract(d.doc().text());
          rows += audit(w, set.getKey(), d, "pipeline", x.events(), x.entities());
          rows += audit(w, set.getKey(), d, "oracle", oracle.extract(d.doc().analyzed(), d.doc().entities()),
              d.doc().entities());
        }
      }
    }
    System.out.println("person audit: " + rows + " rows written to " + out);
    assertThat(rows).isPositive();
  }

  private static int audit(PrintWriter w, String set, EventDevSet.Doc d, String mode, List<Event> events,
      List<Entity> entities) {
    String text = d.doc().text();
    int[] hits = EventScorer.match(d.gold(), events);
    int rows = 0;
    for (int gi = 0; gi < hits.length; gi++) {
      if (hits[gi] < 0) {
        continue;
      }
      EventDevSet.Gold g = d.gold().get(gi);
      Event e = events.get(hits[gi]);
      for (String role : List.of("agent", "patient")) {
        List<String> goldNames = role.equals("agent") ? g.agents() : g.patients();
        List<String> otherNames = role.equals("agent") ? g.patients() : g.agents();
        for (String name : goldNames) {
          if (EventScorer.has(e, role, name)) {
            continue;
          }
          String[] cause = missCause(d, mode, e, role, name, goldNames, entities);
          row(w, set, d, mode, "miss", cause, role, name, g, e, text);
          rows++;
        }
        for (EventArgument a : e.arguments()) {
          if (a.type() != EntityType.PERSON || !a.role().equals(role) || EventScorer.matchesGold(a, goldNames)) {
            continue;
          }
          String[] cause = wrongCause(d, mode, e, a, goldNames, otherNames);
          row(w, set, d, mode, "wrong", cause, role, a.canonical() != null ? a.canonical() : a.text(), g, e, text);
          rows++;
        }
      }
    }
    return rows;
  }

  private static String[] missCause(EventDevSet.Doc d, String mode, Event e, String role, String name,
      List<String> sameRole, List<Entity> entities) {
    String other = role.equals("agent") ? "patient" : "agent";
    if (EventScorer.has(e, other, name)) {
      return new String[] {"role", "found as " + other};
    }
    List<Entity> mentions = personMentions(d.doc().entities(), name);
    if (mentions.isEmpty()) {
      return new String[] {"common-noun", "no oracle PERSON mention"};
    }
    String text = d.doc().text();
    int sentence = d.doc().analyzed().sentenceAt(e.trigger().begin());
    List<Entity> inSentence = mentions.stream().filter(m -> d.doc().analyzed().sentenceAt(m.begin()) == sentence)
        .toList();
    if (inSentence.isEmpty()) {
      boolean earlier = mentions.stream().anyMatch(m -> m.end() <= e.trigger().begin());
      var sent = d.doc().analyzed().sentences().get(sentence);
      String s = text.substring(sent.begin(), sent.end());
      if (!earlier) {
        return new String[] {"cataphora", "mentioned only after the sentence"};
      }
      var a = ANAPHOR.matcher(s);
      return a.find() ? new String[] {"anaphor", a.group(1).strip()} : new String[] {"dropped-subject", ""};
    }
    Entity m = inSentence.get(0);
    for (Entity c : inSentence) {
      if (distance(c, e) < distance(m, e)) {
        m = c;
      }
    }
    if (mode.equals("pipeline")) {
      boolean found = false;
      String seen = "not found";
      for (Entity p : entities) {
        if (p.type() == EntityType.DATE || !p.overlaps(m.begin(), m.end())) {
          continue;
        }
        if (p.type() == EntityType.PERSON && names(p, name)) {
          found = true;
        } else {
          seen = p.type() == EntityType.PERSON ? "span '" + p.text() + "'" : "typed " + p.type() + " '" + p.text() + "'";
        }
      }
      if (!found) {
        return new String[] {"name-finder", seen};
      }
    }
    boolean after = m.begin() >= e.trigger().end();
    String between = after ? text.substring(e.trigger().end(), m.begin()) : text.substring(m.end(), e.trigger().begin());
    String before = text.substring(Math.max(0, m.begin() - 40), m.begin());
    String afterM = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
    String side = (after ? "after" : "before") + " +" + words(between);
    if (after && DA_BEFORE.matcher(before).find()) {
      return new String[] {"passive-agent", side};
    }
    if (RELATIVE.matcher(between).find()) {
      return new String[] {"relative-clause", side};
    }
    boolean coFound = sameRole.stream().anyMatch(n -> !n.equals(name) && EventScorer.has(e, role, n));
    if (coFound || COORD_BEFORE.matcher(before).find() && personEndsBefore(d.doc().entities(), before, m)
        || COORD_AFTER.matcher(afterM).find() && sameRole.size() > 1) {
      return new String[] {"coordination", side};
    }
    if (titleBefore(before)) {
      return new String[] {"apposition-title", side};
    }
    if (after && words(between) >= 2 && !CLAUSE.matcher(between).find()) {
      return new String[] {"postposed-past-phrase", side + (between.contains(",") ? " comma" : "")};
    }
    if (CLAUSE.matcher(between).find()) {
      return new String[] {"other-clause", side};
    }
    for (EventArgument a : e.arguments()) {
      if (a.type() == EntityType.PERSON && a.role().equals(role)) {
        boolean aAfter = a.begin() >= e.trigger().end();
        String where = aAfter != after ? "wrong side" : distanceTo(a, e) < distance(m, e) ? "nearer" : "farther";
        return new String[] {"wrong-candidate", where + "; " + side};
      }
    }
    return new String[] {"not-chosen", side};
  }

  private static String[] wrongCause(EventDevSet.Doc d, String mode, Event e, EventArgument a, List<String> sameRole,
      List<String> otherRole) {
    if (EventScorer.matchesGold(a, otherRole)) {
      return new String[] {"role", "gold has it in the other role"};
    }
    boolean oraclePerson = d.doc().entities().stream()
        .anyMatch(o -> o.type() == EntityType.PERSON && o.overlaps(a.begin(), a.end()));
    boolean anaphor = ANAPHOR.matcher(a.text() + " ").lookingAt() || !a.text().isEmpty()
        && Character.isLowerCase(a.text().charAt(0));
    int sentence = d.doc().analyzed().sentenceAt(e.trigger().begin());
    boolean earlier = d.doc().analyzed().sentenceAt(a.begin()) != sentence;
    String gold = sameRole.isEmpty() ? "gold role has no person" : "gold has another person";
    if (earlier || a.begin() >= e.trigger().begin() && a.end() <= e.trigger().end()) {
      return new String[] {"dropped-subject", gold + (earlier ? "" : "; resolved from the verb")};
    }
    if (anaphor) {
      return new String[] {"anaphor", gold};
    }
    if (mode.equals("pipeline") && !oraclePerson) {
      return new String[] {"name-finder", "not an oracle PERSON; " + gold};
    }
    return new String[] {sameRole.isEmpty() ? "extra" : "wrong-candidate", gold};
  }

  /** Whether one of the three words before a mention is a title or a noun for a person ("il ministro X"). */
  private static boolean titleBefore(String before) {
    String[] w = before.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}.']+");
    for (int i = Math.max(0, w.length - 3); i < w.length; i++) {
      String word = w[i].replaceAll("^.*'", "");
      for (String c : TITLE_CLASSES) {
        if (!word.isEmpty() && CLASSES.has(word, c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean personEndsBefore(List<Entity> oracle, String before, Entity m) {
    int gap = before.length() - before.stripTrailing().length();
    for (Entity o : oracle) {
      if (o.type() == EntityType.PERSON && o.end() <= m.begin() && m.begin() - o.end() <= 4 + gap) {
        return true;
      }
    }
    return false;
  }

  private static List<Entity> personMentions(List<Entity> oracle, String name) {
    List<Entity> out = new ArrayList<>();
    for (Entity o : oracle) {
      if (o.type() == EntityType.PERSON && names(o, name)) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean names(Entity en, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return en.canonical() != null && en.canonical().toLowerCase(Locale.ROOT).contains(n)
        || en.text().toLowerCase(Locale.ROOT).contains(n);
  }

  private static int distance(Entity m, Event e) {
    return m.begin() >= e.trigger().end() ? m.begin() - e.trigger().end() : e.trigger().begin() - m.end();
  }

  private static int distanceTo(EventArgument a, Event e) {
    return a.begin() >= e.trigger().end() ? a.begin() - e.trigger().end() : e.trigger().begin() - a.end();
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static void row(PrintWriter w, String set, EventDevSet.Doc d, String mode, String kind, String[] cause,
      String role, String person, EventDevSet.Gold g, Event e, String text) {
    int s = d.doc().analyzed().sentenceAt(e.trigger().begin());
    var sent = d.doc().analyzed().sentences().get(Math.max(0, s));
    StringBuilder got = new StringBuilder(e.type() + "[" + e.trigger().text() + "]");
    for (EventArgument a : e.arguments()) {
      got.append(' ').append(a.role()).append('=').append(a.canonical() != null ? a.canonical() : a.text());
    }
    w.println(String.join("\t", set, d.id(), mode, kind, cause[0], cause[1], role, person, g.type(), g.trigger(),
        got.toString(), text.substring(sent.begin(), sent.end()).replaceAll("\\s+", " ")));
  }
}
