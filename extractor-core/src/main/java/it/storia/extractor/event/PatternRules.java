package it.storia.extractor.event;

import it.storia.extractor.model.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The compiled rules of {@code patterns.txt}: a small declarative pattern language over token attributes (word,
 * lemma, POS, word class, entity type), anchored at an event trigger, in the spirit of TokensRegex. See
 * {@code docs/events.md} for the syntax. Elements left of the trigger are matched leftwards from it, so lazy gaps
 * find the nearest match; elements right of it rightwards.
 *
 * <p>Compiled once; immutable and thread-safe (matching state lives in per-call objects).
 */
final class PatternRules {
  /** The keys an action may set. */
  static final Set<String> KEYS = Set.of("voice", "negated", "modality", "type", "extend", "subject", "object",
      "with", "of", "from", "agent", "patient", "organization", "location", "position", "resolve", "carry");

  /** A token condition. */
  private interface Cond {
    boolean test(SentenceView v, int i);
  }

  /** A trigger condition. */
  private interface TriggerCond {
    boolean test(SentenceView v, int i, TriggerLexicon.Reading r);
  }

  private record Quant(int min, int max, boolean lazy) {
    static final Quant ONE = new Quant(1, 1, false);
  }

  private sealed interface Node permits TokenNode, EntityNode, GroupNode {
    String label();

    Quant quant();
  }

  private record TokenNode(List<Cond> conds, String label, Quant quant) implements Node {}

  private record EntityNode(Set<EntityType> types, String label, Quant quant) implements Node {}

  private record GroupNode(List<Node> seq, String label, Quant quant) implements Node {}

  /** One compiled rule. */
  record Rule(String name, List<Node> leftReversed, List<TriggerCond> trigger, List<Node> right,
      Map<String, String> actions) {}

  /** What one rule matched: its actions with captures as token ranges [from, to). */
  record Match(Rule rule, Map<String, int[]> captures) {
    /** The capture an action value "$X" names. */
    int[] capture(String value) {
      return captures.get(value.substring(1));
    }
  }

  private final List<Rule> rules;
  private final Set<String> names;

  private PatternRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> n = new HashSet<>();
    for (Rule r : rules) {
      n.add(r.name());
    }
    this.names = Set.copyOf(n);
  }

  boolean defines(String name) {
    return names.contains(name);
  }

  /** Every rule that matches around trigger token {@code t} read as {@code reading}, in file order. */
  List<Match> matches(SentenceView v, int t, TriggerLexicon.Reading reading) {
    List<Match> out = new ArrayList<>();
    for (Rule r : rules) {
      boolean ok = true;
      for (TriggerCond c : r.trigger()) {
        if (!c.test(v, t, reading)) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        continue;
      }
      Map<String, int[]> caps = new HashMap<>();
      Matcher m = new Matcher(v, caps);
      boolean found = m.seq(r.leftReversed(), 0, t, false,
          p -> m.seq(r.right(), 0, t + 1, true, q -> true));
      if (found) {
        out.add(new Match(r, Map.copyOf(caps)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- matching

  /** Backtracking matcher; positions are token indexes within the sentence. */
  private static final class Matcher {
    private final SentenceView v;
    private final Map<String, int[]> caps;

    Matcher(SentenceView v, Map<String, int[]> caps) {
      this.v = v;
      this.caps = caps;
    }

    /** Forward: pos is the next token to read. Backward: pos - 1 is. */
    boolean seq(List<Node> seq, int i, int pos, boolean fwd, IntPredicate k) {
      if (i == seq.size()) {
        return k.test(pos);
      }
      Node n = seq.get(i);
      IntPredicate next = p -> seq(seq, i + 1, p, fwd, k);
      if (n.label() == null) {
        return repeat(n, 0, pos, fwd, next);
      }
      int start = pos;
      return repeat(n, 0, pos, fwd, p -> {
        int[] old = caps.put(n.label(), new int[] {Math.min(start, p), Math.max(start, p)});
        if (next.test(p)) {
          return true;
        }
        if (old == null) {
          caps.remove(n.label());
        } else {
          caps.put(n.label(), old);
        }
        return false;
      });
    }

    private boolean repeat(Node n, int count, int pos, boolean fwd, IntPredicate k) {
      Quant q = n.quant();
      IntPredicate more = p -> p != pos && repeat(n, count + 1, p, fwd, k);
      if (q.lazy()) {
        if (count >= q.min() && k.test(pos)) {
          return true;
        }
        return count < q.max() && once(n, pos, fwd, more);
      }
      if (count < q.max() && once(n, pos, fwd, more)) {
        return true;
      }
      return count >= q.min() && k.test(pos);
    }

    private boolean once(Node n, int pos, boolean fwd, IntPredicate k) {
      int idx = fwd ? pos : pos - 1;
      if (n instanceof GroupNode g) {
        return seq(g.seq(), 0, pos, fwd, k);
      }
      if (idx < 0 || idx >= v.size()) {
        return false;
      }
      if (n instanceof TokenNode tn) {
        for (Cond c : tn.conds()) {
          if (!c.test(v, idx)) {
            return false;
          }
        }
        return k.test(fwd ? pos + 1 : pos - 1);
      }
      EntityNode en = (EntityNode) n;
      if (v.entity[idx] == null || !en.types().contains(v.entity[idx].type())) {
        return false;
      }
      if (fwd) {
        return v.entityFirst[idx] == idx && k.test(v.entityLast[idx] + 1);
      }
      return v.entityLast[idx] == idx && k.test(v.entityFirst[idx]);
    }
  }

  // ---------------------------------------------------------------- parsing

  static PatternRules parse(List<DataFiles.Line> lines, WordClasses classes, TriggerLexicon lexicon) {
    List<Rule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DataFiles.Line line : lines) {
      String text = line.text();
      int colon = text.indexOf(':');
      int arrow = text.lastIndexOf("=>");
      if (colon < 0 || arrow < colon) {
        throw line.error("expected NAME : PATTERN => ACTIONS");
      }
      String name = text.substring(0, colon).strip();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw line.error("bad rule name '" + name + "'");
      }
      if (!seen.add(name)) {
        throw line.error("rule '" + name + "' defined twice");
      }
      Parser p = new Parser(line, text.substring(colon + 1, arrow), classes, lexicon);
      p.parseRule();
      Map<String, String> actions = new LinkedHashMap<>();
      String act = text.substring(arrow + 2).strip();
      if (!act.isEmpty()) {
        for (String a : act.split(",")) {
          int eq = a.indexOf('=');
          String key = eq < 0 ? "" : a.substring(0, eq).strip();
          if (!KEYS.contains(key)) {
            throw line.error("bad action '" + a.strip() + "', expected KEY=VALUE with KEY in " + KEYS);
          }
          String value = a.substring(eq + 1).strip();
          if (value.startsWith("$") && !p.labels.contains(value.substring(1))) {
            throw line.error("action '" + a.strip() + "' names capture " + value + " that the pattern lacks");
          }
          if (key.equals("type") && !lexicon.hasType(value)) {
            throw line.error("unknown event type '" + value + "'");
          }
          actions.put(key, value);
        }
      }
      List<Node> left = reverse(p.left);
      rules.add(new Rule(name, left, p.trigger, p.right, Collections.unmodifiableMap(actions)));
    }
    return new PatternRules(rules);
  }

  private static List<Node> reverse(List<Node> seq) {
    List<Node> out = new ArrayList<>(seq.size());
    for (int i = seq.size() - 1; i >= 0; i--) {
      Node n = seq.get(i);
      out.add(n instanceof GroupNode g ? new GroupNode(reverse(g.seq()), g.label(), g.quant()) : n);
    }
    return List.copyOf(out);
  }

  /** Recursive-descent parser of one pattern. */
  private static final class Parser {
    private final DataFiles.Line line;
    private final String s;
    private final WordClasses classes;
    private final TriggerLexicon lexicon;
    private int i;
    final Set<String> labels = new HashSet<>();
    List<Node> left;
    List<Node> right;
    List<TriggerCond> trigger;

    Parser(DataFiles.Line line, String s, WordClasses classes, TriggerLexicon lexicon) {
      this.line = line;
      this.s = s;
      this.classes = classes;
      this.lexicon = lexicon;
    }

    void parseRule() {
      left = new ArrayList<>();
      right = new ArrayList<>();
      List<Node> current = left;
      while (true) {
        skipSpace();
        if (i >= s.length()) {
          break;
        }
        if (s.startsWith("@T", i)) {
          if (trigger != null) {
            throw line.error("more than one @T");
          }
          i += 2;
          trigger = new ArrayList<>();
          if (i < s.length() && s.charAt(i) == '[') {
            String body = bracketBody();
            for (String c : splitConds(body)) {
              trigger.add(triggerCond(c));
            }
          }
          current = right;
          continue;
        }
        current.add(item());
      }
      if (trigger == null) {
        throw line.error("pattern has no @T");
      }
      left = List.copyOf(left);
      right = List.copyOf(right);
      trigger = List.copyOf(trigger);
    }

    private List<Node> seqUntilParen() {
      List<Node> out = new ArrayList<>();
      while (true) {
        skipSpace();
        if (i >= s.length()) {
          throw line.error("unclosed (");
        }
        if (s.charAt(i) == ')') {
          i++;
          return List.copyOf(out);
        }
        out.add(item());
      }
    }

    private Node item() {
      String label = null;
      int save = i;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > save && i < s.length() && s.charAt(i) == ':') {
        label = s.substring(save, i);
        labels.add(label);
        i++;
      } else {
        i = save;
      }
      if (i >= s.length()) {
        throw line.error("pattern ends after a label");
      }
      char c = s.charAt(i);
      if (c == '[') {
        List<Cond> conds = new ArrayList<>();
        for (String part : splitConds(bracketBody())) {
          conds.add(tokenCond(part));
        }
        return new TokenNode(List.copyOf(conds), label, quant());
      }
      if (c == '<') {
        int end = s.indexOf('>', i);
        if (end < 0) {
          throw line.error("unclosed <");
        }
        Set<EntityType> types = new HashSet<>();
        for (String t : s.substring(i + 1, end).split("\\|")) {
          types.add(EntityType.parse(t.strip()));
        }
        i = end + 1;
        return new EntityNode(Set.copyOf(types), label, quant());
      }
      if (c == '(') {
        i++;
        List<Node> seq = seqUntilParen();
        return new GroupNode(seq, label, quant());
      }
      throw line.error("unexpected '" + c + "' at column " + i + " of the pattern");
    }

    private Quant quant() {
      if (i >= s.length()) {
        return Quant.ONE;
      }
      int min;
      int max;
      char c = s.charAt(i);
      if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else if (c == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        i++;
      } else if (c == '+') {
        min = 1;
        max = Integer.MAX_VALUE;
        i++;
      } else if (c == '{') {
        int end = s.indexOf('}', i);
        if (end < 0) {
          throw line.error("unclosed {");
        }
        String[] mn = s.substring(i + 1, end).split(",");
        try {
          min = Integer.parseInt(mn[0].strip());
          max = mn.length > 1 ? Integer.parseInt(mn[1].strip()) : min;
        } catch (NumberFormatException e) {
          throw line.error("bad quantifier '" + s.substring(i, end + 1) + "'");
        }
        i = end + 1;
      } else {
        return Quant.ONE;
      }
      boolean lazy = false;
      if (i < s.length() && s.charAt(i) == '?') {
        lazy = true;
        i++;
      }
      return new Quant(min, max, lazy);
    }

    /** The text between '[' at i and its ']', skipping /regex/ parts. */
    private String bracketBody() {
      int start = ++i;
      boolean inRegex = false;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '/' && (inRegex || s.charAt(i - 1) == '=')) {
          inRegex = !inRegex;
        } else if (c == ']' && !inRegex) {
          return s.substring(start, i++);
        }
        i++;
      }
      throw line.error("unclosed [");
    }

    private static List<String> splitConds(String body) {
      List<String> out = new ArrayList<>();
      boolean inRegex = false;
      int start = 0;
      for (int k = 0; k < body.length(); k++) {
        char c = body.charAt(k);
        if (c == '/' && (inRegex || (k > 0 && body.charAt(k - 1) == '='))) {
          inRegex = !inRegex;
        } else if (c == '&' && !inRegex) {
          out.add(body.substring(start, k).strip());
          start = k + 1;
        }
      }
      out.add(body.substring(start).strip());
      return out;
    }

    private record AttrValue(boolean negate, String attr, java.util.function.Predicate<String> value,
        String raw) {}

    private AttrValue attrValue(String c) {
      boolean negate = c.startsWith("!");
      String body = negate ? c.substring(1).strip() : c;
      int eq = body.indexOf('=');
      if (eq < 0) {
        return new AttrValue(negate, body, null, null);
      }
      String attr = body.substring(0, eq).strip();
      String raw = body.substring(eq + 1).strip();
      java.util.function.Predicate<String> value;
      if (raw.length() >= 2 && raw.startsWith("/") && raw.endsWith("/")) {
        try {
          Pattern p = Pattern.compile(raw.substring(1, raw.length() - 1));
          value = x -> x != null && p.matcher(x).matches();
        } catch (PatternSyntaxException e) {
          throw line.error("bad regular expression " + raw + ": " + e.getDescription());
        }
      } else {
        Set<String> alts = Set.of(raw.split("\\|"));
        value = alts::contains;
      }
      return new AttrValue(negate, attr, value, raw);
    }

    private Cond tokenCond(String c) {
      AttrValue av = attrValue(c);
      Cond base = switch (av.attr()) {
        case "word" -> needValue(av, (v, k) -> av.value().test(v.lower[k]));
        case "lemma" -> needValue(av, (v, k) -> {
          String l = v.tokens.get(k).lemma();
          return l != null && av.value().test(l.toLowerCase(Locale.ROOT));
        });
        case "pos" -> needValue(av, (v, k) -> {
          String pos = v.tokens.get(k).pos();
          return pos != null && av.value().test(pos);
        });
        case "class" -> {
          for (String name : av.raw().split("\\|")) {
            if (!classes.defines(name)) {
              throw line.error("unknown word class '" + name + "'");
            }
          }
          Set<String> names = Set.of(av.raw().split("\\|"));
          yield (v, k) -> {
            for (String n : v.classes.of(v.lower[k])) {
              if (names.contains(n)) {
                return true;
              }
            }
            return false;
          };
        }
        case "entity" -> {
          if (av.value() == null) {
            throw line.error("entity needs a value: entity=PERSON|... or entity=any");
          }
          if (av.raw().equals("any")) {
            yield (v, k) -> v.entity[k] != null;
          }
          Set<EntityType> types = new HashSet<>();
          for (String t : av.raw().split("\\|")) {
            types.add(EntityType.parse(t));
          }
          yield (v, k) -> v.entity[k] != null && types.contains(v.entity[k].type());
        }
        case "cap" -> flag(av, SentenceView::isCapitalised);
        case "punct" -> flag(av, SentenceView::isPunct);
        case "trigger" -> flag(av, SentenceView::isTrigger);
        default -> throw line.error("unknown token attribute '" + av.attr()
            + "', expected word, lemma, pos, class, entity, cap, punct or trigger");
      };
      return av.negate() ? (v, k) -> !base.test(v, k) : base;
    }

    private Cond needValue(AttrValue av, Cond c) {
      if (av.value() == null) {
        throw line.error("attribute '" + av.attr() + "' needs a value");
      }
      return c;
    }

    private Cond flag(AttrValue av, Cond c) {
      if (av.value() != null) {
        throw line.error("attribute '" + av.attr() + "' is a flag and takes no value");
      }
      return c;
    }

    private TriggerCond triggerCond(String c) {
      AttrValue av = attrValue(c);
      if (av.value() == null) {
        throw line.error("trigger condition '" + c + "' needs a value");
      }
      TriggerCond base = switch (av.attr()) {
        case "type" -> {
          for (String t : av.raw().split("\\|")) {
            if (!t.startsWith("/") && !lexicon.hasType(t)) {
              throw line.error("unknown event type '" + t + "'");
            }
          }
          yield (v, k, r) -> av.value().test(r.entry().type());
        }
        case "form" -> {
          for (String f : av.raw().split("\\|")) {
            if (!f.startsWith("/") && !TriggerLexicon.FORMS.contains(f)) {
              throw line.error("unknown form '" + f + "', expected one of " + TriggerLexicon.FORMS);
            }
          }
          yield (v, k, r) -> av.value().test(r.form());
        }
        case "lemma" -> (v, k, r) -> av.value().test(r.entry().lemma());
        case "word" -> (v, k, r) -> av.value().test(v.lower[k]);
        default -> throw line.error("unknown trigger attribute '" + av.attr()
            + "', expected type, form, lemma or word");
      };
      return av.negate() ? (v, k, r) -> !base.test(v, k, r) : base;
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
