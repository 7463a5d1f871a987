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
  /** The values of the actions that take a fixed word (the others take a capture, a type or a modality). */
  private static final Map<String, List<String>> ACTION_VALUES = Map.of("voice",
      List.of("active", "passive", "reflexive", "noun"), "negated", List.of("true", "false"), "carry",
      List.of("true", "false"), "resolve", List.of("sg", "pl"));

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

  /** A token test; {@code conds} is never written after parsing. */
  private record TokenNode(Cond[] conds, String label, Quant quant) implements Node {}

  private record EntityNode(Set<EntityType> types, String label, Quant quant) implements Node {}

  /** A parenthesised sequence; {@code seq} is never written after parsing. */
  private record GroupNode(Node[] seq, String label, Quant quant) implements Node {}

  /**
   * One compiled rule. The arrays (matched by index, so that matching allocates no iterator) are never written
   * after parsing.
   */
  record Rule(String name, Node[] leftReversed, TriggerCond[] trigger, Node[] right, Map<String, String> actions) {}

  /** What one rule matched: its actions with captures as token ranges [from, to). */
  record Match(Rule rule, Map<String, int[]> captures) {
    /** The capture an action value "$X" names. */
    int[] capture(String value) {
      return captures.get(value.substring(1));
    }
  }

  /** In file order; never written after construction. */
  private final Rule[] rules;
  /**
   * For a reading's form and event type, the rules whose trigger conditions on form and type admit them, in file
   * order (the arrays are never written after construction); the other rules cannot match such a reading.
   */
  private final Map<String, Map<String, Rule[]>> byFormAndType;
  private final Set<String> names;

  private PatternRules(List<Rule> rules, List<Admits> admits, Set<String> types) {
    this.rules = rules.toArray(new Rule[0]);
    Map<String, Map<String, Rule[]>> index = new HashMap<>();
    for (String form : TriggerLexicon.FORMS) {
      Map<String, Rule[]> byType = new HashMap<>();
      for (String type : types) {
        List<Rule> admitted = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
          if (admits.get(k).test(form, type)) {
            admitted.add(rules.get(k));
          }
        }
        byType.put(type, admitted.toArray(new Rule[0]));
      }
      index.put(form, Map.copyOf(byType));
    }
    this.byFormAndType = Map.copyOf(index);
    Set<String> n = new HashSet<>();
    for (Rule r : rules) {
      n.add(r.name());
    }
    this.names = Set.copyOf(n);
  }

  boolean defines(String name) {
    return names.contains(name);
  }

  /**
   * Every rule that matches around trigger token {@code t} read as {@code reading}, in file order. One matcher
   * and one capture map serve every rule tried; a match keeps a copy of its captures.
   */
  List<Match> matches(SentenceView v, int t, TriggerLexicon.Reading reading) {
    List<Match> out = new ArrayList<>();
    Map<String, Rule[]> byType = byFormAndType.get(reading.form());
    Rule[] candidates = byType == null ? null : byType.get(reading.entry().type());
    if (candidates == null) {
      candidates = rules;
    }
    Matcher m = null;
    for (int k = 0; k < candidates.length; k++) {
      Rule r = candidates[k];
      TriggerCond[] trigger = r.trigger();
      boolean ok = true;
      for (int c = 0; c < trigger.length; c++) {
        if (!trigger[c].test(v, t, reading)) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        continue;
      }
      if (m == null) {
        m = new Matcher(v, t);
      }
      if (m.matches(r)) {
        out.add(new Match(r, Map.copyOf(m.caps)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- matching

  /**
   * Backtracking matcher around one trigger; positions are token indexes within the sentence. Token and entity
   * elements are stepped over without continuation objects (a step is deterministic: it reads one token, or one
   * whole entity); only parenthesised groups pass continuations. The order in which alternatives are tried is that
   * of the pattern language (greedy: longest first; lazy: shortest first), so the first match found is the same.
   */
  private static final class Matcher implements IntPredicate {
    private static final IntPredicate END = p -> true;

    private final SentenceView v;
    private final int t;
    private final Map<String, int[]> caps = new HashMap<>();
    private Node[] right;

    Matcher(SentenceView v, int t) {
      this.v = v;
      this.t = t;
    }

    /** Whether rule r matches; its captures are then in {@link #caps}. */
    boolean matches(Rule r) {
      caps.clear();
      right = r.right();
      return seq(r.leftReversed(), 0, t, false, this);
    }

    /** The continuation after the left part: the right part, read forwards from the token after the trigger. */
    @Override
    public boolean test(int p) {
      return seq(right, 0, t + 1, true, END);
    }

    /** Forward: pos is the next token to read. Backward: pos - 1 is. */
    boolean seq(Node[] seq, int i, int pos, boolean fwd, IntPredicate k) {
      if (i == seq.length) {
        return k.test(pos);
      }
      if (seq[i] instanceof GroupNode) {
        return repeatGroup(seq, i, pos, 0, pos, fwd, k);
      }
      return repeatStep(seq, i, pos, 0, pos, fwd, k);
    }

    /** Element i of seq read from start to p: record its capture, go on with element i + 1, undo on failure. */
    private boolean after(Node[] seq, int i, int start, int p, boolean fwd, IntPredicate k) {
      String label = seq[i].label();
      if (label == null) {
        return seq(seq, i + 1, p, fwd, k);
      }
      int[] old = caps.put(label, new int[] {Math.min(start, p), Math.max(start, p)});
      if (seq(seq, i + 1, p, fwd, k)) {
        return true;
      }
      if (old == null) {
        caps.remove(label);
      } else {
        caps.put(label, old);
      }
      return false;
    }

    /** Repetitions of token or entity element i of seq, read from start; {@code count} read so far, up to pos. */
    private boolean repeatStep(Node[] seq, int i, int start, int count, int pos, boolean fwd, IntPredicate k) {
      Node n = seq[i];
      Quant q = n.quant();
      if (q.lazy()) {
        if (count >= q.min() && after(seq, i, start, pos, fwd, k)) {
          return true;
        }
        if (count < q.max()) {
          int p = step(n, pos, fwd);
          return p >= 0 && p != pos && repeatStep(seq, i, start, count + 1, p, fwd, k);
        }
        return false;
      }
      if (count < q.max()) {
        int p = step(n, pos, fwd);
        if (p >= 0 && p != pos && repeatStep(seq, i, start, count + 1, p, fwd, k)) {
          return true;
        }
      }
      return count >= q.min() && after(seq, i, start, pos, fwd, k);
    }

    /**
     * Repetitions of group element i of seq, read from start; {@code count} read so far, up to pos. A repetition
     * is only entered (and its continuation built) when the group's first element can be read at pos.
     */
    private boolean repeatGroup(Node[] seq, int i, int start, int count, int pos, boolean fwd, IntPredicate k) {
      GroupNode g = (GroupNode) seq[i];
      Quant q = g.quant();
      if (q.lazy()) {
        if (count >= q.min() && after(seq, i, start, pos, fwd, k)) {
          return true;
        }
        return count < q.max() && canStart(g.seq(), pos, fwd)
            && seq(g.seq(), 0, pos, fwd, p -> p != pos && repeatGroup(seq, i, start, count + 1, p, fwd, k));
      }
      if (count < q.max() && canStart(g.seq(), pos, fwd)
          && seq(g.seq(), 0, pos, fwd, p -> p != pos && repeatGroup(seq, i, start, count + 1, p, fwd, k))) {
        return true;
      }
      return count >= q.min() && after(seq, i, start, pos, fwd, k);
    }

    /**
     * False only when sequence seq cannot match at pos: its first element is a token or entity element that must
     * be read at least once and cannot be read there (such a failure calls no continuation and sets no capture).
     */
    private boolean canStart(Node[] seq, int pos, boolean fwd) {
      if (seq.length == 0) {
        return true;
      }
      Node first = seq[0];
      return first instanceof GroupNode || first.quant().min() == 0 || step(first, pos, fwd) >= 0;
    }

    /** Where one token or entity element read at pos ends, or -1 when it does not match there. */
    private int step(Node n, int pos, boolean fwd) {
      int idx = fwd ? pos : pos - 1;
      if (idx < 0 || idx >= v.size()) {
        return -1;
      }
      if (n instanceof TokenNode tn) {
        Cond[] conds = tn.conds();
        for (int c = 0; c < conds.length; c++) {
          if (!conds[c].test(v, idx)) {
            return -1;
          }
        }
        return fwd ? pos + 1 : pos - 1;
      }
      EntityNode en = (EntityNode) n;
      if (v.entity[idx] == null || !en.types().contains(v.entity[idx].type())) {
        return -1;
      }
      if (fwd) {
        return v.entityFirst[idx] == idx ? v.entityLast[idx] + 1 : -1;
      }
      return v.entityLast[idx] == idx ? v.entityFirst[idx] : -1;
    }
  }

  // ---------------------------------------------------------------- parsing

  /** Whether a rule's trigger conditions on form and type admit a reading of this form and type. */
  @FunctionalInterface
  private interface Admits {
    boolean test(String form, String type);
  }

  static PatternRules parse(List<DataFiles.Line> lines, WordClasses classes, TriggerLexicon lexicon) {
    List<Rule> rules = new ArrayList<>();
    List<Admits> admits = new ArrayList<>();
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
          List<String> allowed = ACTION_VALUES.get(key);
          if (allowed != null && !allowed.contains(value)) {
            throw line.error("bad value in action '" + a.strip() + "', expected one of " + allowed);
          }
          if (actions.put(key, value) != null) {
            throw line.error("action '" + key + "' given twice");
          }
        }
      }
      rules.add(new Rule(name, reverse(p.left.toArray(new Node[0])), p.trigger.toArray(new TriggerCond[0]),
          p.right.toArray(new Node[0]), Collections.unmodifiableMap(actions)));
      List<java.util.function.Predicate<String>> formTests = List.copyOf(p.formTests);
      List<java.util.function.Predicate<String>> typeTests = List.copyOf(p.typeTests);
      admits.add((form, type) -> formTests.stream().allMatch(f -> f.test(form))
          && typeTests.stream().allMatch(f -> f.test(type)));
    }
    return new PatternRules(rules, admits, lexicon.types());
  }

  private static Node[] reverse(Node[] seq) {
    Node[] out = new Node[seq.length];
    for (int i = 0; i < seq.length; i++) {
      Node n = seq[seq.length - 1 - i];
      out[i] = n instanceof GroupNode g ? new GroupNode(reverse(g.seq()), g.label(), g.quant()) : n;
    }
    return out;
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
    /** The trigger's conditions on the reading's form and on its type, negation applied. */
    final List<java.util.function.Predicate<String>> formTests = new ArrayList<>();
    final List<java.util.function.Predicate<String>> typeTests = new ArrayList<>();

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

    private Node[] seqUntilParen() {
      List<Node> out = new ArrayList<>();
      while (true) {
        skipSpace();
        if (i >= s.length()) {
          throw line.error("unclosed (");
        }
        if (s.charAt(i) == ')') {
          i++;
          return out.toArray(new Node[0]);
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
        return new TokenNode(conds.toArray(new Cond[0]), label, quant());
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
        Node[] seq = seqUntilParen();
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
        String[] mn = s.substring(i + 1, end).split(",", -1);
        if (mn.length > 2) {
          throw line.error("bad quantifier '" + s.substring(i, end + 1) + "', expected {N} or {MIN,MAX}");
        }
        try {
          min = Integer.parseInt(mn[0].strip());
          max = mn.length > 1 ? Integer.parseInt(mn[1].strip()) : min;
        } catch (NumberFormatException e) {
          throw line.error("bad quantifier '" + s.substring(i, end + 1) + "'");
        }
        if (min < 0 || max < min) {
          throw line.error("bad quantifier '" + s.substring(i, end + 1) + "', expected {MIN,MAX} with 0 <= MIN <= MAX");
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
      if (raw.contains("|/") || raw.contains("/|")) {
        value = mixedList(raw);
      } else if (raw.length() >= 2 && raw.startsWith("/") && raw.endsWith("/")) {
        value = regexValue(raw.substring(1, raw.length() - 1));
      } else {
        Set<String> alts = Set.of(raw.split("\\|"));
        value = alts::contains;
      }
      return new AttrValue(negate, attr, value, raw);
    }

    private java.util.function.Predicate<String> regexValue(String regex) {
      try {
        Pattern p = Pattern.compile(regex);
        java.util.function.Predicate<String> suffix = SuffixRegex.of(regex);
        return suffix != null ? x -> x != null && suffix.test(x) : x -> x != null && p.matcher(x).matches();
      } catch (PatternSyntaxException e) {
        throw line.error("bad regular expression /" + regex + "/: " + e.getDescription());
      }
    }

    /**
     * A value list that mixes words and regular expressions ({@code word=a|ad|/\d+/}): an alternative that opens
     * with '/' runs to the next '/' followed by '|' or the end, so a regex may hold '|' itself ({@code /x|y/|z}).
     */
    private java.util.function.Predicate<String> mixedList(String raw) {
      Set<String> words = new HashSet<>();
      List<java.util.function.Predicate<String>> regexes = new ArrayList<>();
      int i = 0;
      while (i <= raw.length()) {
        if (i < raw.length() && raw.charAt(i) == '/') {
          int close = -1;
          for (int k = i + 1; k < raw.length(); k++) {
            if (raw.charAt(k) == '/' && (k + 1 == raw.length() || raw.charAt(k + 1) == '|')) {
              close = k;
              break;
            }
          }
          if (close < 0 || close == i + 1) {
            throw line.error("unclosed or empty regular expression in value list '" + raw + "'");
          }
          regexes.add(regexValue(raw.substring(i + 1, close)));
          i = close + 2;
        } else {
          int bar = raw.indexOf('|', i);
          int stop = bar < 0 ? raw.length() : bar;
          if (stop == i) {
            throw line.error("empty alternative in value list '" + raw + "'");
          }
          words.add(raw.substring(i, stop));
          i = stop + 1;
        }
      }
      Set<String> fixed = Set.copyOf(words);
      List<java.util.function.Predicate<String>> patterns = List.copyOf(regexes);
      return x -> fixed.contains(x) || patterns.stream().anyMatch(p -> p.test(x));
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
          long[] mask = classes.mask(List.of(av.raw().split("\\|")));
          yield (v, k) -> WordClasses.intersects(v.classBits[k], mask);
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
        // !trigger (a gap) reads the forms that close gaps, which may be fewer (SentenceView#blocksGap)
        case "trigger" -> flag(av, av.negate() ? SentenceView::blocksGap : SentenceView::isTrigger);
        case "first" -> flag(av, SentenceView::isFirstWord);
        default -> throw line.error("unknown token attribute '" + av.attr()
            + "', expected word, lemma, pos, class, entity, cap, punct, trigger or first");
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
          typeTests.add(av.negate() ? x -> !av.value().test(x) : av.value());
          yield (v, k, r) -> av.value().test(r.entry().type());
        }
        case "form" -> {
          for (String f : av.raw().split("\\|")) {
            if (!f.startsWith("/") && !TriggerLexicon.FORMS.contains(f)) {
              throw line.error("unknown form '" + f + "', expected one of " + TriggerLexicon.FORMS);
            }
          }
          formTests.add(av.negate() ? x -> !av.value().test(x) : av.value());
          yield (v, k, r) -> av.value().test(r.form());
        }
        case "lemma" -> (v, k, r) -> av.value().test(r.entry().lemma());
        case "word" -> (v, k, r) -> av.value().test(v.lower[k]);
        case "persons" -> {
          for (String p : av.raw().split("\\|")) {
            if (!TriggerLexicon.PERSON_ROLES.contains(p)) {
              throw line.error("unknown person role '" + p + "', expected agent or patient");
            }
          }
          yield (v, k, r) -> r.entry().personRoles().stream().anyMatch(av.value()::test);
        }
        default -> throw line.error("unknown trigger attribute '" + av.attr()
            + "', expected type, form, lemma, word or persons");
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
