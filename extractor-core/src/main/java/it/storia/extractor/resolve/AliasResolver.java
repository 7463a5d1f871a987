package it.storia.extractor.resolve;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Token;
import it.storia.extractor.ner.Gazetteer;
import it.storia.extractor.ner.NameKeys;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every PERSON, ORGANIZATION and LOCATION mention a canonical name and groups the mentions of a document
 * into referents.
 *
 * <p>Canonical names, the same in every document: a mention that is (after dropping initials) an alias of the
 * alias tables ({@link Gazetteer}: {@code ner/persons.tsv}, {@code organizations.tsv}, {@code locations.tsv}),
 * directly or after {@link Transliteration transliteration folding}, or whose surname is (unless the mention
 * writes another given name: "Paolo Mauri" is not the listed "Angelo Mauri", "Carlo Lueger" is "Karl Lueger" by
 * {@link GivenNames}), takes the listed canonical name ("I.V. Stalin", "IV. Stalin", "Stalin" → "Iosif Stalin";
 * "Trockij" → "Lev Trotsky"). Other
 * persons take their longest form without initials; other organisations and places their most frequent form,
 * with listed names inside replaced by their canonical form and arabic congress ordinals written in roman
 * numerals ("14° Congresso del PCUS (b)" → "XIV Congresso del Partito Comunista dell'Unione Sovietica").
 *
 * <p>Document-level aliases: a surname alone joins the one person of the document with that surname; a
 * truncated form ("Kam.", "KAM", "TR.") joins the one person whose surname it starts.
 *
 * <p>Input: a segmented text and its name mentions in text order (DATE mentions are passed through). Output: the
 * mentions with {@code canonical} set and referents {@code r1, r2, ...} in order of first mention, with their
 * distinct surface forms and mention indexes into the given list. Immutable and thread-safe.
 */
public final class AliasResolver implements ReferentResolver {
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}|\\p{Lu}{2}\\.?|\\p{Lu}\\.\\p{Lu}");
  /**
   * Tags of a word that is not a given name before a surname ("Amico Nenni": ADJ). The tagger calls an unknown
   * name at the start of a sentence anything, often AUX or VERB ("Sergej Kamenev"), so only these tags exclude.
   */
  private static final Set<String> COMMON_POS =
      Set.of("ADJ", "NOUN", "DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "NUM", "PUNCT");
  private static final Pattern ARABIC_ORDINAL = Pattern.compile("([0-9]{1,3})[°º]");
  private static final int MAX_TRUNCATION = 4;
  /** "dell'Partito" after a canonical name was put in: "del Partito". */
  private static final Pattern ELIDED_BEFORE_CONSONANT =
      Pattern.compile("\\b([Dd]el|[Nn]el|[Aa]l|[Dd]al|[Ss]ul)l'(?=[^AEIOUaeiouÀ-ÿ\\s])()");

  private final Gazetteer aliases;
  private final Transliteration transliteration;
  private final Map<String, Gazetteer.Entry> byKey;
  /** Per listed person, the transliteration keys of the first words of its multi-word names (canonical, aliases). */
  private final Map<Gazetteer.Entry, List<String>> givenNames;
  private final GivenNames variants;

  private AliasResolver(Gazetteer aliases, Transliteration transliteration, GivenNames variants) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.transliteration = Objects.requireNonNull(transliteration, "transliteration");
    this.variants = Objects.requireNonNull(variants, "variants");
    Map<String, Gazetteer.Entry> keys = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Gazetteer.Alias a : aliases.aliases()) {
      String k = a.entry().type() + ":" + transliteration.key(a.text());
      Gazetteer.Entry old = keys.putIfAbsent(k, a.entry());
      if (old != null && !old.equals(a.entry())) {
        ambiguous.add(k);
      }
    }
    ambiguous.forEach(keys::remove);
    this.byKey = Map.copyOf(keys);
    Map<Gazetteer.Entry, List<String>> given = new HashMap<>();
    for (Gazetteer.Alias a : aliases.aliases()) {
      if (a.entry().type() == EntityType.PERSON) {
        addGiven(given, a.entry(), a.text(), transliteration);
        addGiven(given, a.entry(), a.entry().canonical(), transliteration);
      }
    }
    given.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
    this.givenNames = Map.copyOf(given);
  }

  /** The key of a multi-word name's first word, for {@link #givenNameFits}. */
  private static void addGiven(Map<Gazetteer.Entry, List<String>> given, Gazetteer.Entry entry, String name,
      Transliteration transliteration) {
    String[] parts = name.strip().split("\\s+");
    if (parts.length > 1 && !parts[0].isEmpty()) {
      given.computeIfAbsent(entry, k -> new ArrayList<>()).add(transliteration.key(parts[0]));
    }
  }

  /** The bundled alias tables, transliteration rules and given-name groups. */
  public static AliasResolver fromClasspath() {
    Transliteration t = Transliteration.fromClasspath();
    return new AliasResolver(Gazetteer.fromClasspath(), t, GivenNames.fromClasspath(t));
  }

  /** Given alias tables and transliteration rules, with the bundled given-name groups. */
  public static AliasResolver of(Gazetteer aliases, Transliteration transliteration) {
    return new AliasResolver(aliases, transliteration, GivenNames.fromClasspath(transliteration));
  }

  /** Given alias tables, transliteration rules and given-name groups. */
  public static AliasResolver of(Gazetteer aliases, Transliteration transliteration, GivenNames variants) {
    return new AliasResolver(aliases, transliteration, variants);
  }

  /**
   * Alias tables, transliteration rules and given-name groups in the bundled formats (a null table is left empty;
   * a null {@code givenNames} takes the bundled groups).
   */
  public static AliasResolver load(Path persons, Path organizations, Path locations, Path transliteration,
      Path givenNames) throws IOException {
    Transliteration t = Transliteration.load(transliteration);
    return new AliasResolver(Gazetteer.load(persons, organizations, locations), t,
        givenNames == null ? GivenNames.fromClasspath(t) : GivenNames.load(givenNames, t));
  }

  /** The canonical form of a name out of context, from the alias tables only; null when it is not listed. */
  public String listedCanonical(EntityType type, String name) {
    Gazetteer.Entry e = byKey.get(type + ":" + transliteration.key(stripInitials(List.of(name.split("\\s+")))));
    return e == null ? null : e.canonical();
  }

  /** What the resolver knows of one mention. */
  private static final class Mention {
    final int index;
    final Entity entity;
    final List<String> words;
    Gazetteer.Entry entry;
    String form;
    Group group;

    Mention(int index, Entity entity, List<String> words) {
      this.index = index;
      this.entity = entity;
      this.words = words;
    }

    String last() {
      return words.isEmpty() ? entity.text() : words.get(words.size() - 1);
    }
  }

  /** Mentions of one referent. */
  private static final class Group {
    final EntityType type;
    final List<Mention> mentions = new ArrayList<>();
    String listed;

    Group(EntityType type) {
      this.type = type;
    }
  }

  @Override
  public Resolution resolve(AnalyzedText text, List<Entity> names) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Entity e = names.get(i);
      if (e.type() == EntityType.DATE) {
        continue;
      }
      List<Token> toks = tokensOf(text, e);
      List<String> words = new ArrayList<>();
      for (Token t : toks) {
        words.add(t.text());
      }
      if (toks.isEmpty()) {
        words.add(e.text());
      }
      Mention m = new Mention(i, e, e.type() == EntityType.PERSON ? dropInitials(words) : words);
      m.entry = lookup(e.type(), toks, m.words);
      m.form = m.entry != null ? m.entry.canonical() : surfaceCanonical(text, e, toks);
      mentions.add(m);
      String key = m.entry != null ? "T:" + e.type() + ":" + m.entry.canonical()
          : "K:" + e.type() + ":" + transliteration.key(String.join(" ", m.words));
      Group g = groups.computeIfAbsent(key, k -> new Group(e.type()));
      if (m.entry != null) {
        g.listed = m.entry.canonical();
      }
      g.mentions.add(m);
      m.group = g;
    }
    joinSurnames(groups);
    joinTruncations(mentions, groups);
    return output(names, mentions);
  }

  /** A surname alone joins the one person of the document with a longer name ending in it. */
  private void joinSurnames(Map<String, Group> groups) {
    Map<String, Set<Group>> bySurname = new HashMap<>();
    for (Group g : groups.values()) {
      if (g.type == EntityType.PERSON) {
        for (Mention m : g.mentions) {
          if (m.words.size() > 1 || g.listed != null) {
            bySurname.computeIfAbsent(transliteration.key(m.last()), k -> new LinkedHashSet<>()).add(g);
          }
        }
      }
    }
    for (Group g : new ArrayList<>(groups.values())) {
      if (g.type != EntityType.PERSON || g.listed != null || g.mentions.isEmpty()) {
        continue;
      }
      boolean single = g.mentions.stream().allMatch(m -> m.words.size() == 1);
      Set<Group> targets = single ? bySurname.get(transliteration.key(g.mentions.get(0).last())) : null;
      if (targets != null) {
        Set<Group> others = new LinkedHashSet<>(targets);
        others.remove(g);
        if (others.size() == 1) {
          move(g, others.iterator().next());
        }
      }
    }
  }

  /** "Kam." / "KAM" / "TR." join the one person whose surname they start. */
  private void joinTruncations(List<Mention> mentions, Map<String, Group> groups) {
    for (Mention m : mentions) {
      if (m.entity.type() != EntityType.PERSON || m.entry != null || m.words.size() != 1) {
        continue;
      }
      String w = m.words.get(0);
      String letters = NameKeys.letters(w);
      if (letters.length() > MAX_TRUNCATION || !(w.endsWith(".") || NameKeys.allCaps(w))) {
        continue;
      }
      Group target = null;
      boolean unique = true;
      for (Group g : groups.values()) {
        if (g == m.group || g.type != EntityType.PERSON) {
          continue;
        }
        boolean starts = false;
        for (Mention o : g.mentions) {
          String s = NameKeys.letters(o.last());
          starts |= s.length() > letters.length() && s.startsWith(letters);
        }
        if (starts) {
          unique &= target == null;
          target = g;
        }
      }
      if (target != null && unique) {
        Group from = m.group;
        from.mentions.remove(m);
        target.mentions.add(m);
        m.group = target;
      }
    }
  }

  private static void move(Group from, Group to) {
    for (Mention m : from.mentions) {
      m.group = to;
      to.mentions.add(m);
    }
    from.mentions.clear();
  }

  private Resolution output(List<Entity> names, List<Mention> mentions) {
    List<Entity> out = new ArrayList<>(names);
    Map<Group, String> canonical = new HashMap<>();
    List<Group> order = new ArrayList<>();
    for (Mention m : mentions) {
      if (!canonical.containsKey(m.group)) {
        canonical.put(m.group, canonicalOf(m.group));
        order.add(m.group);
      }
      out.set(m.index, m.entity.withCanonical(canonical.get(m.group)));
    }
    List<Referent> referents = new ArrayList<>();
    for (Group g : order) {
      List<Mention> ms = new ArrayList<>(g.mentions);
      ms.sort(Comparator.comparingInt(x -> x.index));
      Set<String> forms = new LinkedHashSet<>();
      List<Integer> indexes = new ArrayList<>();
      for (Mention m : ms) {
        forms.add(m.entity.text().strip().replaceAll("\\s+", " "));
        indexes.add(m.index);
      }
      referents.add(new Referent("r" + (referents.size() + 1), g.type, canonical.get(g), List.copyOf(forms),
          indexes));
    }
    return new Resolution(out, referents);
  }

  private static String canonicalOf(Group g) {
    if (g.listed != null) {
      return g.listed;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : g.mentions) {
      counts.merge(m.form, 1, Integer::sum);
    }
    Comparator<String> better;
    if (g.type == EntityType.PERSON) {
      better = Comparator.comparingInt((String s) -> s.split(" ").length).thenComparingInt(String::length)
          .thenComparing(s -> counts.get(s));
    } else {
      better = Comparator.comparing((String s) -> counts.get(s)).thenComparingInt(String::length);
    }
    return counts.keySet().stream().max(better.thenComparing(Comparator.reverseOrder())).orElseThrow();
  }

  /** The table entry of a mention: the whole mention, its transliteration key, or (persons) its surname. */
  private Gazetteer.Entry lookup(EntityType type, List<Token> toks, List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    if (!toks.isEmpty()) {
      int first = toks.size() - words.size();
      Gazetteer.Match m = aliases.longest(toks, first, toks.size());
      if (m != null && m.end() == toks.size() && m.entry().type() == type) {
        return m.entry();
      }
    }
    Gazetteer.Entry e = byKey.get(type + ":" + transliteration.key(String.join(" ", words)));
    if (e == null && type == EntityType.PERSON && words.size() > 1) {
      e = byKey.get(type + ":" + transliteration.key(words.get(words.size() - 1)));
      if (e != null && e.canonical().split(" ").length < 2) {
        return e;
      }
      if (e != null && (!surnameOf(e, words.get(words.size() - 1)) || !givenNameFits(e, toks, words.get(0)))) {
        e = null;
      }
    }
    return e;
  }

  /**
   * True when a mention's first word may be the given name of the listed person {@code e}: it is not a given name
   * at all (tagged as a common word, {@link #COMMON_POS}; an abbreviation; a word in lower case: "Amico Nenni",
   * "Segr. Scelba", "de Grabmayr"), or it starts with the letter of the first word of the person's canonical name or
   * of one of its longer aliases, or {@link GivenNames} puts it in a group with such a word ("Carlo" / "Karl"). "Paolo
   * Mauri" and "Sergej Kamenev" are not "Angelo Mauri" and "Lev Kamenev"; "Gregorio Zinoviev" is "Grigorij".
   */
  private boolean givenNameFits(Gazetteer.Entry e, List<Token> toks, String first) {
    List<String> listed = givenNames.getOrDefault(e, List.of());
    Token tok = toks.stream().filter(t -> t.text().equals(first)).findFirst().orElse(null);
    if (listed.isEmpty() || tok == null || tok.pos() == null || COMMON_POS.contains(tok.pos()) || first.length() < 2
        || !Character.isUpperCase(first.codePointAt(0)) || NameKeys.allCaps(first)
        || !first.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')) {
      return true;
    }
    String key = transliteration.key(first);
    String initial = initial(key);
    for (String l : listed) {
      if (initial(l).equals(initial) || variants.sameKeys(key, l)) {
        return true;
      }
    }
    return false;
  }

  /** The first letter of a transliteration key ("" for an empty key). */
  private static String initial(String key) {
    return key.isEmpty() ? "" : key.substring(0, key.offsetByCodePoints(0, 1));
  }

  /** True when the word is the last word of the canonical name (so "Giuseppe Stalin" is "Iosif Stalin"). */
  private boolean surnameOf(Gazetteer.Entry e, String word) {
    String[] parts = e.canonical().split(" ");
    return transliteration.key(parts[parts.length - 1]).equals(transliteration.key(word))
        || aliases.word(word) != null;
  }

  /** The canonical form of an unlisted mention: its text with listed names inside made canonical. */
  private String surfaceCanonical(AnalyzedText text, Entity e, List<Token> toks) {
    String original = text.original();
    if (toks.isEmpty()) {
      return e.text();
    }
    int skip = 0;
    if (e.type() == EntityType.PERSON) {
      while (skip < toks.size() - 1 && INITIALS.matcher(toks.get(skip).text()).matches()) {
        skip++;
      }
    }
    StringBuilder b = new StringBuilder();
    int pos = toks.get(skip).begin();
    for (int i = skip; i < toks.size(); i++) {
      Token t = toks.get(i);
      java.util.regex.Matcher ord = ARABIC_ORDINAL.matcher(t.norm());
      if (e.type() == EntityType.ORGANIZATION && i == 0 && ord.matches()) {
        b.append(roman(Integer.parseInt(ord.group(1))));
        pos = t.end();
        continue;
      }
      if (e.type() != EntityType.PERSON && i > skip) {
        Gazetteer.Match m = aliases.longest(toks, i, toks.size());
        if (m != null && m.entry().type() != EntityType.PERSON) {
          b.append(original, pos, t.begin()).append(m.entry().canonical());
          pos = toks.get(m.end() - 1).end();
          i = m.end() - 1;
          continue;
        }
      }
      b.append(original, pos, t.end());
      pos = t.end();
    }
    return ELIDED_BEFORE_CONSONANT.matcher(b.toString().strip().replaceAll("\\s+", " ")).replaceAll("$1 $2");
  }

  private static String roman(int n) {
    int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    int v = n;
    for (int i = 0; i < values.length; i++) {
      while (v >= values[i]) {
        b.append(digits[i]);
        v -= values[i];
      }
    }
    return b.toString();
  }

  private static List<String> dropInitials(List<String> words) {
    int k = 0;
    while (k < words.size() - 1 && INITIALS.matcher(words.get(k)).matches()) {
      k++;
    }
    return List.copyOf(words.subList(k, words.size()));
  }

  private static String stripInitials(List<String> words) {
    return String.join(" ", dropInitials(words));
  }

  /** The tokens that make up the mention exactly, or an empty list when it is part of a token. */
  private static List<Token> tokensOf(AnalyzedText text, Entity e) {
    List<Token> tokens = text.tokens();
    List<Token> out = new ArrayList<>();
    for (int i = text.firstTokenEndingAfter(e.begin()); i < tokens.size() && tokens.get(i).begin() < e.end(); i++) {
      out.add(tokens.get(i));
    }
    if (out.isEmpty() || out.get(0).begin() != e.begin() || out.get(out.size() - 1).end() != e.end()) {
      return List.of();
    }
    return out;
  }
}
