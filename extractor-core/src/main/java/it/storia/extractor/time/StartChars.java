package it.storia.extractor.time;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The characters a match of a rule's regular expression can start with, derived once from the expanded regex
 * source when the rules are loaded, so that {@link RuleTemporalTagger} tries a rule only at the token starts whose
 * first character it can match.
 *
 * <p>The analysis is conservative: it reads literals, {@code \Q...\E} quotes, simple character classes, groups,
 * alternations and quantifiers; look-arounds and other zero-width constructs are skipped (they consume nothing, so
 * the next element supplies the first character); whatever it does not understand ({@code \p{..}}, {@code \d},
 * {@code .}, negated classes, back-references, a regex that can match the empty string...) makes the result
 * {@link #any() any}, and such a rule is tried everywhere, as before. Case is ignored (every rule is compiled
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, and {@code (?-i:...)} only narrows what matches): each character is
 * indexed with its upper-, lower- and folded case, and {@link #mayStart(int)} checks the same variants of the text's
 * character, a superset of what Java's case-insensitive matching accepts.
 *
 * <p>A second, finer filter reads the first two characters: the set of two-character prefixes a match can have
 * (over ASCII, case folded; every non-ASCII character counts as one and the same class; a construct that is not
 * read stands for "any character" from there on), checked by {@link #mayStartPair(int, int)}.
 *
 * <p>Input: an expanded regex (no {@code {@NAME}} left). Output: a set of characters or "any", and the
 * two-character prefixes. Immutable and thread-safe.
 */
final class StartChars {
  /** Ranges wider than this in a character class are not enumerated: the class counts as "any". */
  private static final int MAX_RANGE = 512;

  /** Pair code of every non-ASCII character (and of DEL). */
  private static final char OTHER = 127;
  /** Pair code of "any character from here on" (a construct the analysis does not read). */
  private static final char WILD = 128;
  /** More prefixes than this: the pair filter is off for the rule. */
  private static final int MAX_PREFIXES = 4096;
  /** Pair codes 0..127 (ASCII folded to lower case, {@link #OTHER}). */
  private static final int CODES = 128;

  /** A match length with no bound. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private static final StartChars ANY = new StartChars(null, null, null, null, false, UNBOUNDED, null);

  /** The possible first characters in all case variants; null for "any". */
  private final BitSet chars;
  /** Two-character prefixes {@code a * CODES + b}; null when the pair filter is off. */
  private final BitSet pairs;
  /** First codes after which a match may end (a one-character match). */
  private final BitSet singles;
  /** First codes after which anything may follow. */
  private final BitSet wild;
  /** Whether every match holds an ASCII digit (within its first {@link #maxLength} characters). */
  private final boolean needsDigit;
  /** The longest match, in characters ({@link #UNBOUNDED} when not bounded or not known). */
  private final int maxLength;
  /** Folded words one of which every match holds ({@link #fold}); null when none is known. */
  private final List<String> needWords;

  private StartChars(BitSet chars, BitSet pairs, BitSet singles, BitSet wild, boolean needsDigit, int maxLength,
      Set<String> need) {
    this.chars = chars;
    this.pairs = pairs;
    this.singles = singles;
    this.wild = wild;
    this.needsDigit = needsDigit;
    this.maxLength = maxLength;
    this.needWords = need == null || need.size() > MAX_NEED || shortest(need) < MIN_NEED_LENGTH ? null
        : need.stream().sorted().toList();
  }

  /** The start characters of an expanded regex; {@link #any()} when they cannot be determined. */
  static StartChars of(String regex) {
    try {
      Parser p = new Parser(regex);
      Info info = p.alternation();
      if (p.pos != regex.length() || info.first == null || info.nullable) {
        return ANY;
      }
      BitSet pairs = new BitSet(CODES * CODES);
      BitSet singles = new BitSet(CODES);
      BitSet wild = new BitSet(CODES);
      for (String prefix : info.prefixes) {
        if (prefix.isEmpty() || prefix.charAt(0) == WILD) {
          return new StartChars(info.first, null, null, null, info.digit, info.maxLength, info.required());
        }
        if (prefix.length() == 1) {
          singles.set(prefix.charAt(0));
        } else if (prefix.charAt(1) == WILD) {
          wild.set(prefix.charAt(0));
        } else {
          pairs.set(prefix.charAt(0) * CODES + prefix.charAt(1));
        }
      }
      return new StartChars(info.first, pairs, singles, wild, info.digit, info.maxLength, info.required());
    } catch (Unsupported e) {
      return ANY;
    }
  }

  /**
   * False only when no match can start here: every match holds an ASCII digit ({@code [0-9]}, {@code \\d}, a digit
   * literal, in every alternative and not under an optional quantifier) within its longest length, and the first
   * digit at or after the start, {@code digitSpan} characters from the start to the digit included
   * ({@link Integer#MAX_VALUE} when the text has none), lies beyond that length. Look-arounds consume nothing and
   * count neither for the digit nor for the length.
   */
  boolean mayMatchWithDigitAt(int digitSpan) {
    return !needsDigit || digitSpan <= maxLength;
  }

  /**
   * False only when no match can start here: every match holds one of the {@link #needWords} (folded, as
   * {@link #foldText} folds the text), and {@code wordSpan}, the number of characters from the start to the end of
   * the first-ending such word that starts at or after it ({@link Integer#MAX_VALUE} when none), exceeds the longest
   * match.
   */
  boolean mayMatchWithWordAt(int wordSpan) {
    return needWords == null || wordSpan <= maxLength;
  }

  /** The folded words one of which every match holds, sorted; null when none is known (or they are too weak). */
  List<String> needWords() {
    return needWords;
  }

  /** Whether every match holds an ASCII digit (the filter of {@link #mayMatchWithDigitAt}). */
  boolean needsDigit() {
    return needsDigit;
  }

  /** The longest match in characters, {@link #UNBOUNDED} when not bounded or not known. */
  int maxLength() {
    return maxLength;
  }

  /** True when the start characters could not be determined: the rule must be tried at every start. */
  boolean any() {
    return chars == null;
  }

  /** False only when no match of the regex can start with this code point (in any case). */
  boolean mayStart(int codePoint) {
    return mayStartAny(variants(codePoint));
  }

  /**
   * The case variants of a code point that {@link #mayStartAny(int[])} checks: itself, its upper and lower case,
   * and its case fold (lower case of the upper case), as Java's case-insensitive matching compares them. Computed
   * once per token start for all rules.
   */
  static int[] variants(int codePoint) {
    return new int[] {codePoint, Character.toUpperCase(codePoint), Character.toLowerCase(codePoint),
        Character.toLowerCase(Character.toUpperCase(codePoint))};
  }

  /** False only when no match of the regex can start with the code point whose {@link #variants} are given. */
  boolean mayStartAny(int[] variants) {
    if (chars == null) {
      return true;
    }
    for (int v : variants) {
      if (has(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pair code of a text character ({@link #mayStartPair}): ASCII folded to lower case, {@link #OTHER} for a
   * character none of whose case variants is ASCII, -1 for a non-ASCII character with an ASCII case variant ("ſ",
   * the Kelvin sign: Java's case-insensitive matching lets them match ASCII letters) or no character at all.
   */
  static int pairCode(int codePoint) {
    if (codePoint < 0) {
      return -1;
    }
    if (codePoint < OTHER) {
      return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
    }
    for (int v : variants(codePoint)) {
      if (v < OTHER) {
        return -1;
      }
    }
    return OTHER;
  }

  /**
   * False only when no match can start with these two characters, given as {@link #pairCode pair codes}
   * ({@code second} -1 when the text ends after the first). Always true when the pair filter is off for the rule or
   * a code is unknown; the caller also checks {@link #mayStartAny}.
   */
  boolean mayStartPair(int first, int second) {
    if (pairs == null || first < 0) {
      return true;
    }
    if (singles.get(first) || wild.get(first)) {
      return true;
    }
    return second < 0 || pairs.get(first * CODES + second);
  }

  /**
   * The first-character filter of a list of rules at once: for a character, the bit mask of the rules that may
   * start with it ({@link #any()} or {@link #mayStartAny} of its {@link #variants}; bit {@code r % 64} of word
   * {@code r / 64} for rule {@code r}), tabulated for the ASCII characters when built, so that a token start costs
   * one lookup instead of one filter test per rule. Immutable and thread-safe.
   */
  static final class Index {
    private final List<StartChars> rules;
    private final long[][] ascii = new long[CODES][];
    private final long[] anyOnly;

    /** The index of these rules' start characters, in rule order. */
    Index(List<StartChars> rules) {
      this.rules = List.copyOf(rules);
      for (int c = 0; c < CODES; c++) {
        ascii[c] = compute(variants(c));
      }
      anyOnly = compute(null);
    }

    /**
     * The rules that may start with this code point; for -1 (no character: the start is at the end of the text)
     * only the rules that are tried everywhere. The array may be shared: read it only with {@link #admits}.
     */
    long[] admitting(int codePoint) {
      if (codePoint < 0) {
        return anyOnly;
      }
      return codePoint < CODES ? ascii[codePoint] : compute(variants(codePoint));
    }

    /** Whether rule {@code r} is in a mask of {@link #admitting}. */
    static boolean admits(long[] mask, int r) {
      return (mask[r >>> 6] & (1L << r)) != 0;
    }

    private long[] compute(int[] variants) {
      long[] mask = new long[(rules.size() + 63) >>> 6];
      for (int r = 0; r < rules.size(); r++) {
        StartChars s = rules.get(r);
        if (s.any() || variants != null && s.mayStartAny(variants)) {
          mask[r >>> 6] |= 1L << r;
        }
      }
      return mask;
    }
  }

  /** True when {@link #mayStartPair} can reject anything for this rule. */
  boolean hasPairs() {
    return pairs != null;
  }

  private boolean has(int c) {
    return c <= Character.MAX_VALUE && chars.get(c);
  }

  @Override
  public String toString() {
    if (chars == null) {
      return "StartChars[any]";
    }
    StringBuilder s = new StringBuilder("StartChars[");
    chars.stream().forEach(c -> s.append((char) c));
    return s.append(']').toString();
  }

  /** A construct the analysis does not read: the whole regex counts as "any". */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What an element can start with ({@code first}, null = any), whether it can match the empty string, and the
   * pair-coded prefixes of its matches, cut at two characters ({@link #WILD} ends a prefix that may go on with
   * anything); {@code quotedLength} is the number of characters of a {@code \Q...\E} quote (a quantifier after it
   * applies to its last character only), else 1.
   */
  private record Info(BitSet first, boolean nullable, Set<String> prefixes, int quotedLength, boolean digit,
      int maxLength, Set<String> exact, Set<String> need) {
    static Info empty() {
      return new Info(new BitSet(), true, Set.of(""), 1, false, 0, Set.of(""), null);
    }

    /** One character of any kind (two chars: a supplementary code point is a surrogate pair). */
    static Info any() {
      return new Info(null, false, Set.of(String.valueOf(WILD)), 1, false, 2, null, null);
    }

    /** Any text of any length (a back-reference, {@code \\R}, {@code \\X}). */
    static Info anyText() {
      return new Info(null, false, Set.of(String.valueOf(WILD)), 1, false, UNBOUNDED, null, null);
    }

    /** The better of what every match must hold: the needed words, or the exact texts when they are words. */
    Set<String> required() {
      return better(need, usable(exact));
    }
  }

  /** More exact texts than this: an element's texts are not enumerated. */
  private static final int MAX_EXACT = 64;
  /** Needed words shorter than this, or more of them than {@link #MAX_NEED}, are not used by the word filter. */
  private static final int MIN_NEED_LENGTH = 3;
  private static final int MAX_NEED = 48;

  /**
   * The folded form of a character for the word filter: lower case of upper case, as Java's case-insensitive
   * Unicode matching compares characters ({@link #foldText} folds the text the same way).
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    int f = Character.toLowerCase(Character.toUpperCase((int) c));
    return f <= Character.MAX_VALUE ? (char) f : c;
  }

  /** A text folded character by character with {@link #fold} (same length, same offsets). */
  static String foldText(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  /** A pattern character folded; null (not read) when folding it twice would change it again. */
  private static String foldedLiteral(char c) {
    char f = fold(c);
    return fold(f) != f ? null : String.valueOf(f);
  }

  /** Null when the set holds the empty text (nothing is needed then). */
  private static Set<String> usable(Set<String> words) {
    return words == null || words.contains("") ? null : words;
  }

  /** The more selective of two sets of needed words (longest shortest word, then fewer words); null = none. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int la = shortest(a);
    int lb = shortest(b);
    if (la != lb) {
      return la > lb ? a : b;
    }
    return b.size() < a.size() ? b : a;
  }

  private static int shortest(Set<String> words) {
    int min = Integer.MAX_VALUE;
    for (String w : words) {
      min = Math.min(min, w.length());
    }
    return min;
  }

  /** Every text of {@code a} followed by every text of {@code b}; null when either is or when there are too many. */
  private static Set<String> product(Set<String> a, Set<String> b) {
    if (a == null || b == null || (long) a.size() * b.size() > MAX_EXACT) {
      return null;
    }
    Set<String> out = new HashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** The union of two sets of texts; null when either is or when there are too many. */
  private static Set<String> unionTexts(Set<String> a, Set<String> b, int max) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out.size() > max ? null : out;
  }

  /** The sum of two match lengths, {@link #UNBOUNDED} when either is. */
  private static int plus(int a, int b) {
    long sum = (long) a + b;
    return a == UNBOUNDED || b == UNBOUNDED || sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
  }

  /** A match length times a repetition count, {@link #UNBOUNDED} when either is (and non-zero). */
  private static int times(int length, int count) {
    if (length == 0 || count == 0) {
      return 0;
    }
    long product = (long) length * count;
    return length == UNBOUNDED || count == UNBOUNDED || product >= UNBOUNDED ? UNBOUNDED : (int) product;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a character class holds ASCII digits and nothing else. */
  private static boolean onlyDigits(BitSet set) {
    return !set.isEmpty() && set.nextSetBit(0) >= '0' && set.length() - 1 <= '9';
  }

  /** The prefixes of a concatenation, cut at two characters; {@code {WILD}} when there would be too many. */
  private static Set<String> concat(Set<String> a, Set<String> b) {
    if (complete(a)) {
      return capped(a);
    }
    Set<String> out = new HashSet<>();
    for (String x : a) {
      if (cannotGrow(x)) {
        out.add(x);
        continue;
      }
      for (String y : b) {
        String xy = x + y;
        out.add(xy.length() > 2 ? xy.substring(0, 2) : xy);
      }
    }
    return capped(out);
  }

  /** Whether no prefix of the set can grow: then (a, anything) = a. */
  private static boolean complete(Set<String> prefixes) {
    for (String x : prefixes) {
      if (!cannotGrow(x)) {
        return false;
      }
    }
    return true;
  }

  /** A prefix of two characters, or one holding {@link #WILD}, is final: a concatenation keeps it as it is. */
  private static boolean cannotGrow(String prefix) {
    return prefix.length() >= 2 || prefix.indexOf(WILD) >= 0;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return capped(out);
  }

  private static Set<String> capped(Set<String> prefixes) {
    return prefixes.size() > MAX_PREFIXES ? Set.of(String.valueOf(WILD)) : prefixes;
  }

  /** The pair codes of a pattern character: its case variants, ASCII folded to lower case, else {@link #OTHER}. */
  private static Set<String> codes(char c) {
    Set<String> out = new HashSet<>();
    for (int v : variants(c)) {
      out.add(String.valueOf((char) (v < OTHER ? pairCode(v) : OTHER)));
    }
    return out;
  }

  /** Recursive-descent reader of the regex syntax of {@link java.util.regex.Pattern} (the subset above). */
  private static final class Parser {
    private final String re;
    private int pos;

    Parser(String re) {
      this.re = re;
    }

    private boolean at(String s) {
      return re.startsWith(s, pos);
    }

    private char next() throws Unsupported {
      if (pos >= re.length()) {
        throw new Unsupported();
      }
      return re.charAt(pos++);
    }

    /** Alternatives up to a ')' or the end. */
    Info alternation() throws Unsupported {
      Info result = sequence();
      while (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        Info alt = sequence();
        result = new Info(union(result.first, alt.first), result.nullable || alt.nullable,
            StartChars.union(result.prefixes, alt.prefixes), 1, result.digit && alt.digit,
            Math.max(result.maxLength, alt.maxLength), unionTexts(result.exact, alt.exact, MAX_EXACT),
            unionTexts(result.required(), alt.required(), Integer.MAX_VALUE));
      }
      return result;
    }

    private Info sequence() throws Unsupported {
      BitSet first = new BitSet();
      boolean nullable = true;
      Set<String> prefixes = Set.of("");
      boolean digit = false;
      int maxLength = 0;
      Set<String> need = null;
      Set<String> run = Set.of(""); // the texts of the elements since the last one whose texts are not known
      boolean whole = true; // whether run covers the whole sequence so far
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        Info e = quantified();
        if (nullable) {
          first = union(first, e.first);
          nullable = e.nullable;
        }
        prefixes = concat(prefixes, e.prefixes);
        digit |= e.digit;
        maxLength = plus(maxLength, e.maxLength);
        need = better(need, e.need);
        Set<String> longer = product(run, e.exact);
        if (longer != null) {
          run = longer;
        } else {
          need = better(need, usable(run));
          run = e.exact != null ? e.exact : Set.of("");
          whole = false;
        }
      }
      need = better(need, usable(run));
      return new Info(first, nullable, prefixes, 1, digit, maxLength, whole ? run : null, need);
    }

    private static BitSet union(BitSet a, BitSet b) {
      if (a == null || b == null) {
        return null;
      }
      BitSet u = (BitSet) a.clone();
      u.or(b);
      return u;
    }

    private Info quantified() throws Unsupported {
      Info atom = atom();
      int min;
      int max = Integer.MAX_VALUE;
      if (pos >= re.length()) {
        return atom;
      }
      char c = re.charAt(pos);
      int maxCount = UNBOUNDED; // the exact maximum, for the match length
      if (c == '?') {
        pos++;
        min = 0;
        max = 1;
        maxCount = 1;
      } else if (c == '*') {
        pos++;
        min = 0;
      } else if (c == '+') {
        pos++;
        min = 1;
      } else if (c == '{') {
        pos++;
        int start = pos;
        while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          throw new Unsupported();
        }
        min = Integer.parseInt(re.substring(start, pos));
        if (at("}")) {
          max = min;
        }
        maxCount = maxCount(min);
        while (next() != '}') {
          // the maximum of {n,m}: only whether it is 1 or more matters, and the prefixes below assume more
        }
      } else {
        return atom;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
      if (atom.quotedLength > 1) {
        // the quantifier applies to the quote's last character
        Set<String> prefixes = atom.prefixes;
        if (atom.quotedLength == 2 && min == 0) {
          Set<String> shorter = new HashSet<>();
          for (String x : prefixes) {
            shorter.add(x.substring(0, 1));
          }
          prefixes = StartChars.union(prefixes, shorter);
        }
        // the quantifier makes the quote's last character optional or repeated
        String quote = atom.exact == null ? null : atom.exact.iterator().next();
        Set<String> need = quote == null ? null : Set.of(min >= 1 ? quote : quote.substring(0, quote.length() - 1));
        return new Info(atom.first, atom.nullable, prefixes, 1, atom.digit,
            plus(atom.quotedLength - 1, times(1, maxCount)), min == 1 && maxCount == 1 ? atom.exact : null, need);
      }
      Set<String> prefixes = new HashSet<>();
      if (min == 0) {
        prefixes.add("");
      }
      if (min <= 1) {
        prefixes.addAll(atom.prefixes);
      }
      if (max >= 2) {
        prefixes.addAll(concat(atom.prefixes, atom.prefixes));
      }
      Set<String> exact = null;
      if (min == 0 && maxCount == 1 && atom.exact != null) {
        exact = unionTexts(atom.exact, Set.of(""), MAX_EXACT);
      } else if (min == 1 && maxCount == 1) {
        exact = atom.exact;
      }
      return new Info(atom.first, atom.nullable || min == 0, capped(prefixes), 1, atom.digit && min >= 1,
          times(atom.maxLength, maxCount), exact, min >= 1 ? atom.required() : null);
    }

    /**
     * The maximum of a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier whose minimum {@code n} was just read
     * ({@link #UNBOUNDED} for none, or for anything else).
     */
    private int maxCount(int min) {
      int close = re.indexOf('}', pos);
      if (close < 0) {
        return UNBOUNDED;
      }
      String rest = re.substring(pos, close);
      if (rest.isEmpty()) {
        return min;
      }
      if (rest.length() > 1 && rest.length() <= 9 && rest.charAt(0) == ','
          && rest.substring(1).chars().allMatch(StartChars::isDigit)) {
        return Integer.parseInt(rest.substring(1));
      }
      return UNBOUNDED;
    }

    private Info atom() throws Unsupported {
      char c = next();
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          return Info.any();
        case '^':
        case '$':
          return Info.empty();
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case '|':
          throw new Unsupported();
        default:
          return literal(c);
      }
    }

    private Info group() throws Unsupported {
      boolean zeroWidth = false;
      if (at("?")) {
        pos++;
        if (at("=") || at("!")) {
          pos++;
          zeroWidth = true;
        } else if (at("<=") || at("<!")) {
          pos += 2;
          zeroWidth = true;
        } else if (at("<")) {
          pos++;
          while (Character.isLetterOrDigit(next())) {
            // the group's name
          }
          if (re.charAt(pos - 1) != '>') {
            throw new Unsupported();
          }
        } else if (at(":") || at(">")) {
          pos++;
        } else {
          char f;
          while ((f = next()) != ':') {
            if (f == ')') {
              return Info.empty();
            }
            if ("iusmd-".indexOf(f) < 0) {
              // U, x and c change what \s, a blank or a character means: not read
              throw new Unsupported();
            }
          }
        }
      }
      Info inner = alternation();
      if (next() != ')') {
        throw new Unsupported();
      }
      return zeroWidth ? Info.empty()
          : new Info(inner.first, inner.nullable, inner.prefixes, 1, inner.digit, inner.maxLength, inner.exact,
              inner.need);
    }

    private Info charClass() throws Unsupported {
      boolean negated = at("^");
      if (negated) {
        pos++;
      }
      BitSet set = new BitSet();
      Set<String> prefixes = new HashSet<>();
      boolean anyChar = negated;
      boolean firstItem = true;
      while (true) {
        char c = next();
        if (c == ']' && !firstItem) {
          return anyChar ? Info.any() : new Info(set, false, prefixes, 1, onlyDigits(set), 1, classTexts(set), null);
        }
        if (c == '[' || c == ']' || c == '&') {
          throw new Unsupported();
        }
        firstItem = false;
        int lo = c == '\\' ? classEscape() : c;
        if (lo < 0) {
          anyChar = true;
          continue;
        }
        if (at("-") && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
          pos++;
          char h = next();
          int hi = h == '\\' ? classEscape() : h;
          if (hi < lo || hi - lo > MAX_RANGE) {
            throw new Unsupported();
          }
          for (int x = lo; x <= hi; x++) {
            addVariants(set, (char) x);
            prefixes.addAll(codes((char) x));
          }
        } else {
          addVariants(set, (char) lo);
          prefixes.addAll(codes((char) lo));
        }
      }
    }

    /**
     * An escape inside a class: the escaped punctuation character, or -1 for a shorthand whose characters are not
     * enumerated ({@code \p{L}}, {@code \s}...).
     */
    private int classEscape() throws Unsupported {
      char e = next();
      if (!Character.isLetterOrDigit(e)) {
        return e;
      }
      switch (e) {
        case 't':
          return '\t';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 'f':
          return '\f';
        default:
          skipEscapeBody(e);
          return -1;
      }
    }

    /** Consumes what follows the letter of an escape that stands for "any": {@code {L}}, {@code <name>}, digits. */
    private void skipEscapeBody(char e) throws Unsupported {
      switch (e) {
        case 'p':
        case 'P':
        case 'N':
        case 'x':
          if (at("{")) {
            while (next() != '}') {
              // the property or code point name
            }
          } else if (e == 'x') {
            pos += 2;
          } else {
            pos++;
          }
          break;
        case 'k':
          if (next() != '<') {
            throw new Unsupported();
          }
          while (next() != '>') {
            // the group's name
          }
          break;
        case 'u':
          pos += 4;
          break;
        case 'c':
          pos++;
          break;
        case '0':
          while (pos < re.length() && re.charAt(pos) >= '0' && re.charAt(pos) <= '7') {
            pos++;
          }
          break;
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
        case 'h':
        case 'H':
        case 'v':
        case 'V':
        case 'R':
        case 'X':
          break;
        default:
          if (e >= '1' && e <= '9') {
            while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
              pos++;
            }
            break;
          }
          throw new Unsupported();
      }
      if (pos > re.length()) {
        throw new Unsupported();
      }
    }

    private Info escape() throws Unsupported {
      char e = next();
      if (e == 'Q') {
        int end = re.indexOf("\\E", pos);
        String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
        pos = end < 0 ? re.length() : end + 2;
        if (quoted.isEmpty()) {
          return Info.empty();
        }
        Info first = literal(quoted.charAt(0));
        Set<String> prefixes = first.prefixes;
        if (quoted.length() > 1) {
          prefixes = concat(prefixes, literal(quoted.charAt(1)).prefixes);
        }
        // a quantifier after the quote applies to its last character: only the others count as required digits
        boolean digit = quoted.length() == 1 ? isDigit(quoted.charAt(0))
            : quoted.substring(0, quoted.length() - 1).chars().anyMatch(StartChars::isDigit);
        StringBuilder folded = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length() && folded != null; i++) {
          String f = foldedLiteral(quoted.charAt(i));
          folded = f == null ? null : folded.append(f);
        }
        return new Info(first.first, false, prefixes, quoted.length(), digit, quoted.length(),
            folded == null ? null : Set.of(folded.toString()), null);
      }
      switch (e) {
        case 'E':
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          return Info.empty();
        case 't':
          return literal('\t');
        case 'n':
          return literal('\n');
        case 'r':
          return literal('\r');
        case 'f':
          return literal('\f');
        case 's':
          return whitespace();
        default:
          if (Character.isLetterOrDigit(e)) {
            skipEscapeBody(e);
            // a back-reference, a line break (\r\n) or a grapheme cluster may be longer than one character
            return e == 'k' || e == 'R' || e == 'X' || (e >= '1' && e <= '9') ? Info.anyText() : Info.any();
          }
          return literal(e);
      }
    }

    /** {@code \s} without {@code UNICODE_CHARACTER_CLASS}: space, tab, line feed, vertical tab, form feed, return. */
    private static Info whitespace() throws Unsupported {
      BitSet set = new BitSet();
      Set<String> prefixes = new HashSet<>();
      for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
        addVariants(set, c);
        prefixes.addAll(codes(c));
      }
      return new Info(set, false, prefixes, 1, false, 1, null, null);
    }

    /** The folded one-character texts of a small character class (null for a larger one). */
    private static Set<String> classTexts(BitSet set) {
      Set<String> out = new HashSet<>();
      for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
        String f = foldedLiteral((char) c);
        if (f == null) {
          return null;
        }
        out.add(f);
        if (out.size() > 8) {
          return null;
        }
      }
      return out;
    }

    private static Info literal(char c) throws Unsupported {
      if (Character.isSurrogate(c)) {
        throw new Unsupported();
      }
      BitSet set = new BitSet();
      addVariants(set, c);
      String f = foldedLiteral(c);
      return new Info(set, false, codes(c), 1, isDigit(c), 1, f == null ? null : Set.of(f), null);
    }

    private static void addVariants(BitSet set, char c) throws Unsupported {
      if (Character.isSurrogate(c)) {
        throw new Unsupported();
      }
      int[] variants = {c, Character.toUpperCase(c), Character.toLowerCase(c),
          Character.toLowerCase(Character.toUpperCase((int) c))};
      for (int v : variants) {
        if (v > Character.MAX_VALUE) {
          throw new Unsupported();
        }
        set.set(v);
      }
    }
  }
}
