package it.storia.extractor.event;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.parse.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person arguments read off a dependency parse ({@code parse-arguments.tsv}): an event whose agent or patient role
 * holds no argument after the token patterns takes the persons that the parse relates to its trigger word, by the
 * relation, the trigger's reading (voice or noun) and the case word of the dependent ("fu arrestato dalla polizia
 * e da X": {@code obl:agent}; "la nomina del generale X": {@code nmod} + {@code di}, through the title).
 *
 * <p>Only persons fill a role: PERSON entities of the sentence (names the patterns typed by their title included).
 * Immutable and thread-safe.
 */
final class ParseArguments {
  /** Word classes of the UD tags that head a trigger (the word of a multi-word token that carries the event). */
  private static final Set<String> CONTENT_POS = Set.of("VERB", "NOUN", "ADJ", "PROPN", "AUX");

  /**
   * One role line: {@code reading} active/passive/reflexive/noun/*; {@code path} the steps from the trigger word,
   * each a relation down to a child or {@code ^relation} up to the head.
   */
  private record Rule(String reading, List<String> path, String caseWord, String role) {}

  private final List<Rule> rules;
  private final Set<String> through;
  private final Set<String> also;
  /** Whether the parse replaces the persons the patterns put in a role (line {@code replace persons}). */
  private final boolean replace;

  private ParseArguments(List<Rule> rules, Set<String> through, Set<String> also, boolean replace) {
    this.replace = replace;
    this.rules = List.copyOf(rules);
    this.through = Set.copyOf(through);
    this.also = Set.copyOf(also);
  }

  static ParseArguments parse(List<DataFiles.Line> lines) {
    List<Rule> rules = new ArrayList<>();
    Set<String> through = new HashSet<>();
    Set<String> also = new HashSet<>();
    boolean replace = false;
    for (DataFiles.Line l : lines) {
      String[] f = l.text().strip().split("\t");
      switch (f[0]) {
        case "role" -> {
          if (f.length != 5) {
            throw l.error("a role line has 5 tab-separated fields");
          }
          if (!Set.of("active", "passive", "reflexive", "noun", "*").contains(f[1])) {
            throw l.error("unknown reading '" + f[1] + "'");
          }
          if (!Set.of("agent", "patient", "subject", "of").contains(f[4])) {
            throw l.error("unknown role '" + f[4] + "'");
          }
          rules.add(new Rule(f[1], List.of(f[2].split(">")), f[3], f[4]));
        }
        case "through", "also" -> {
          if (f.length != 2) {
            throw l.error("a " + f[0] + " line has 2 tab-separated fields");
          }
          (f[0].equals("through") ? through : also).add(f[1]);
        }
        case "replace" -> {
          if (f.length != 2 || !f[1].equals("persons")) {
            throw l.error("a replace line reads 'replace<TAB>persons'");
          }
          replace = true;
        }
        default -> throw l.error("unknown line kind '" + f[0] + "'");
      }
    }
    return new ParseArguments(rules, through, also, replace);
  }

  /**
   * The event with the persons the parse gives its empty agent and patient roles, or the event itself.
   *
   * @param tree the parse of the event's sentence
   * @param first the text's index of the sentence's first token
   * @param v the sentence's tokens and entities
   * @param t the trigger token (index into the sentence)
   * @param voice the reading the patterns gave: active, passive, reflexive or noun
   * @param entry the trigger's lexicon entry (subject and "di" roles)
   * @param original the original input
   */
  Event fill(Event event, DependencyTree tree, int first, SentenceView v, int t, String voice,
      TriggerLexicon.Entry entry, String original) {
    Set<String> present = new HashSet<>();
    for (EventArgument a : event.arguments()) {
      if (!replace || a.type() != EntityType.PERSON) {
        present.add(a.role());
      }
    }
    if (present.contains("agent") && present.contains("patient")) {
      return event;
    }
    int w = triggerWord(tree, first + t);
    if (w < 0) {
      return event;
    }
    String reading = voice;
    if (!reading.equals("noun") && hasChild(tree, w, "aux:pass")) {
      reading = "passive";
    }
    List<EventArgument> added = new ArrayList<>();
    Set<String> confirmed = new HashSet<>();
    List<int[]> taken = new ArrayList<>();
    for (EventArgument a : event.arguments()) {
      taken.add(new int[] {a.begin(), a.end()});
    }
    taken.add(new int[] {event.trigger().begin(), event.trigger().end()});
    for (Rule r : rules) {
      if (!r.reading().equals("*") && !r.reading().equals(reading)) {
        continue;
      }
      List<Integer> candidates = follow(tree, w, r.path());
      String role = switch (r.role()) {
        case "subject" -> reading.equals("reflexive") ? entry.reflexiveRole() : entry.subjectRole();
        case "of" -> entry.ofRole();
        default -> r.role();
      };
      if (!role.equals("agent") && !role.equals("patient") || present.contains(role)) {
        continue;
      }
      boolean filled = false;
      for (int c : candidates) {
        if (!caseMatches(tree, c, r.caseWord())) {
          continue;
        }
        List<Entity> named = persons(tree, c, first, v);
        if (named.stream().anyMatch(e -> holdsOther(event, role, e))) {
          // the parse puts in this role a person the patterns gave another role: the parse is not trusted here
          continue;
        }
        for (Entity e : named) {
          if (holds(event, role, e)) {
            // the parse confirms the patterns' person: the role is settled, no later line adds to it
            filled = true;
            confirmed.add(role);
            continue;
          }
          if (overlapsAny(e, taken)) {
            continue;
          }
          taken.add(new int[] {e.begin(), e.end()});
          added.add(new EventArgument(role, original.substring(e.begin(), e.end()), e.begin(), e.end(),
              EntityType.PERSON, e.canonical()));
          filled = true;
        }
      }
      if (filled) {
        present.add(role);
      }
    }
    if (added.isEmpty()) {
      return event;
    }
    Set<String> filled = new HashSet<>();
    for (EventArgument a : added) {
      filled.add(a.role());
    }
    List<EventArgument> args = new ArrayList<>();
    for (EventArgument a : event.arguments()) {
      // a role the parse confirmed keeps the patterns' persons; else the parse's replace them
      if (!(replace && a.type() == EntityType.PERSON && filled.contains(a.role())
          && !confirmed.contains(a.role()))) {
        args.add(a);
      }
    }
    args.addAll(added);
    return new Event(event.type(), event.sentence(), event.trigger(), args, event.date(), event.modality());
  }

  /** The words reached from word w by the steps of a path (down: a child by the relation; ^: up to the head). */
  static List<Integer> follow(DependencyTree tree, int w, List<String> path) {
    List<Integer> at = List.of(w);
    for (String step : path) {
      List<Integer> next = new ArrayList<>();
      for (int x : at) {
        if (step.startsWith("^")) {
          Word xw = tree.words().get(x);
          if (xw.head() >= 0 && xw.deprel().equals(step.substring(1))) {
            next.add(xw.head());
          }
        } else {
          for (int c : tree.children(x)) {
            if (tree.words().get(c).deprel().equals(step)) {
              next.add(c);
            }
          }
        }
      }
      at = next;
    }
    return at;
  }

  /** The word of token {@code token} that carries the event: its first content word, else its first word. */
  static int triggerWord(DependencyTree tree, int token) {
    List<Integer> words = tree.wordsOfToken(token);
    for (int i : words) {
      if (CONTENT_POS.contains(tree.words().get(i).upos())) {
        return i;
      }
    }
    return words.isEmpty() ? -1 : words.get(0);
  }

  private static boolean hasChild(DependencyTree tree, int w, String deprel) {
    for (int c : tree.children(w)) {
      if (tree.words().get(c).deprel().equals(deprel)) {
        return true;
      }
    }
    return false;
  }

  /** Whether word c's case words fit {@code want}: "*" any, "-" none, else a case word with that lemma or form. */
  private static boolean caseMatches(DependencyTree tree, int c, String want) {
    return caseMatches(tree, c, Set.of(want));
  }

  /**
   * Whether word c's case words fit: "*" any, "-" none, else a case word whose lemma or lower-cased form is one of
   * {@code want} (lower case, as the data files write them).
   */
  static boolean caseMatches(DependencyTree tree, int c, Set<String> want) {
    if (want.contains("*")) {
      return true;
    }
    boolean none = true;
    for (int k : tree.children(c)) {
      Word cw = tree.words().get(k);
      if (cw.deprel().equals("case")) {
        none = false;
        if (want.contains(cw.lemma()) || want.contains(cw.form().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return want.contains("-") && none;
  }

  /** The persons word c names: itself, else a child by a {@code through} relation; then their conjuncts. */
  private List<Entity> persons(DependencyTree tree, int c, int first, SentenceView v) {
    List<Entity> out = new ArrayList<>();
    Entity own = named(tree, c, first, v);
    if (own != null) {
      out.add(own);
    }
    for (int k : tree.children(c)) {
      Word kw = tree.words().get(k);
      if (own == null && through.contains(kw.deprel()) && caseMatches(tree, k, "-")) {
        Entity e = named(tree, k, first, v);
        if (e != null && !out.contains(e)) {
          out.add(e);
        }
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    for (int k : tree.children(c)) {
      if (also.contains(tree.words().get(k).deprel())) {
        Entity e = named(tree, k, first, v);
        if (e != null && !out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Entity named(DependencyTree tree, int c, int first, SentenceView v) {
    int i = tree.words().get(c).token() - first;
    if (i < 0 || i >= v.entity.length) {
      return null;
    }
    Entity e = v.entity[i];
    return e != null && e.type() == EntityType.PERSON ? e : null;
  }

  /** Whether the event already has an argument of the role over the mention's words. */
  private static boolean holds(Event event, String role, Entity e) {
    for (EventArgument a : event.arguments()) {
      if (a.role().equals(role) && e.begin() < a.end() && a.begin() < e.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the event has an argument of another role over the mention's words. */
  private static boolean holdsOther(Event event, String role, Entity e) {
    for (EventArgument a : event.arguments()) {
      if (!a.role().equals(role) && e.begin() < a.end() && a.begin() < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(Entity e, List<int[]> spans) {
    for (int[] s : spans) {
      if (e.begin() < s[1] && s[0] < e.end()) {
        return true;
      }
    }
    return false;
  }
}
